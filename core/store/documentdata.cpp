// SPDX-License-Identifier: Apache-2.0
#include "documentdata.h"

#include "ksdstore.h"
#include "sqliteconnection.h"
#include "util/usertext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <algorithm>

namespace ksd {

namespace detail::store {

struct DocumentFile
{
    QString path;
    QString canonical; ///< to recognise the file a save replaces
    std::shared_ptr<QTemporaryDir> keep; ///< a private copy lives as long as a handle into it
};

} // namespace detail::store

namespace {

using detail::store::DocumentFile;

constexpr qint64 ChunkBytes = 1024 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};

Error cancelledError()
{
    return Error{Tr::tr("Pembacaan lampiran dibatalkan."), {}, 0};
}

/// The private folder of spool files, shared by them: removed with the last one.
std::shared_ptr<QTemporaryDir> spoolDir()
{
    static QMutex mutex;
    static std::weak_ptr<QTemporaryDir> current;
    QMutexLocker lock(&mutex);
    std::shared_ptr<QTemporaryDir> dir = current.lock();
    if (!dir || !dir->isValid()) {
        dir = std::make_shared<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("petaksd-lampiran-XXXXXX")));
        if (dir->isValid())
            QFile::setPermissions(dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        current = dir;
    }
    return dir;
}

/// One private copy on disk, removed when the last handle to it goes.
struct SpoolFile
{
    QString path;
    std::shared_ptr<QTemporaryDir> dir;
    ~SpoolFile() { QFile::remove(path); }
};

/// Writes a new spool file from @p fill(write), where write(chunk) appends; the file is removed on failure.
Result<std::shared_ptr<const SpoolFile>>
makeSpool(const std::function<Status(const std::function<bool(QByteArrayView)> &)> &fill)
{
    std::shared_ptr<QTemporaryDir> dir = spoolDir();
    if (!dir->isValid())
        return Error{Tr::tr("Folder sementara untuk lampiran tidak dapat dibuat."), {}, 0};
    QTemporaryFile file(dir->filePath(QStringLiteral("lampiran-XXXXXX")));
    file.setAutoRemove(false);
    if (!file.open())
        return Error{Tr::tr("Salinan sementara lampiran tidak dapat dibuat: %1").arg(file.errorString()), {}, 0};
    auto spool = std::make_shared<SpoolFile>();
    spool->path = file.fileName();
    spool->dir = dir;
    QString writeError;
    const Status filled = fill([&](QByteArrayView chunk) {
        if (file.write(chunk.data(), chunk.size()) != chunk.size()) {
            writeError = file.errorString();
            return false;
        }
        return true;
    });
    if (!writeError.isEmpty())
        return Error{Tr::tr("Salinan sementara lampiran tidak dapat ditulis: %1").arg(writeError), {}, 0};
    if (!filled)
        return filled.error();
    if (!file.flush())
        return Error{Tr::tr("Salinan sementara lampiran tidak dapat ditulis: %1").arg(file.errorString()), {}, 0};
    return std::shared_ptr<const SpoolFile>(spool);
}

/// A document's bytes on disk: row N of table document of a .ksd file, or a private spool file. A save moves it
/// (see DocumentSave), so the location is guarded; the bytes never change.
class BlobSource final : public DocumentSource
{
public:
    BlobSource(std::shared_ptr<const DocumentFile> file, qint64 rowid, const QUuid &id, qint64 size)
        : mFile(std::move(file)), mRowid(rowid), mId(id.toString(QUuid::WithoutBraces)), mSize(size)
    {
    }
    BlobSource(std::shared_ptr<const SpoolFile> spool, qint64 size) : mSpool(std::move(spool)), mSize(size) {}

    Kind kind() const override
    {
        QMutexLocker lock(&mMutex);
        return mSpool ? Kind::File : Kind::Stored;
    }
    qint64 size() const override { return mSize; }

    Status read(const DocumentChunk &chunk) const override
    {
        std::shared_ptr<const DocumentFile> file;
        std::shared_ptr<const SpoolFile> spool;
        qint64 rowid = 0;
        QString id;
        {
            QMutexLocker lock(&mMutex);
            file = mFile;
            spool = mSpool;
            rowid = mRowid;
            id = mId;
        }
        return spool ? readSpool(*spool, chunk) : readRow(*file, rowid, id, chunk);
    }

    /// The .ksd file it reads from (null for a spool file).
    std::shared_ptr<const DocumentFile> file() const
    {
        QMutexLocker lock(&mMutex);
        return mSpool ? nullptr : mFile;
    }
    qint64 rowid() const
    {
        QMutexLocker lock(&mMutex);
        return mSpool ? 0 : mRowid;
    }
    void moveTo(std::shared_ptr<const DocumentFile> file, qint64 rowid, const QString &id) const
    {
        QMutexLocker lock(&mMutex);
        mFile = std::move(file);
        mRowid = rowid;
        mId = id;
        mSpool.reset();
    }
    void moveTo(std::shared_ptr<const SpoolFile> spool) const
    {
        QMutexLocker lock(&mMutex);
        mSpool = std::move(spool);
        mFile.reset();
    }

private:
    Status readSpool(const SpoolFile &spool, const DocumentChunk &chunk) const
    {
        QFile f(spool.path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{Tr::tr("Salinan sementara lampiran tidak dapat dibaca: %1").arg(f.errorString()), spool.path, 0};
        QByteArray buffer(int(std::min(ChunkBytes, std::max<qint64>(mSize, 1))), Qt::Uninitialized);
        qint64 done = 0;
        while (done < mSize) {
            const qint64 n = f.read(buffer.data(), std::min<qint64>(buffer.size(), mSize - done));
            if (n <= 0)
                return Error{Tr::tr("Salinan sementara lampiran terpotong."), spool.path, 0};
            if (!chunk(QByteArrayView(buffer.constData(), n)))
                return cancelledError();
            done += n;
        }
        return Status::success();
    }

    Status readRow(const DocumentFile &file, qint64 rowid, const QString &id, const DocumentChunk &chunk) const
    {
        auto failed = [&](const QString &why) {
            return Error{Tr::tr("Lampiran tidak dapat dibaca dari berkas proyek: %1").arg(why), file.path, 0};
        };
        // A read-only, defensive connection: the file is untrusted input at every read, not only at open.
        SqliteConnection c(file.path, SqliteConnection::Mode::ReadOnly);
        if (!c.isOpen())
            return failed(c.lastError());
        c.harden();
        if (const QString err = c.exec({QStringLiteral("BEGIN")}); !err.isEmpty())
            return failed(err);
        {
            // The row must still be this document with this size: the file may have been replaced since.
            SqliteStatement q(c, QStringLiteral("SELECT id, length(data) FROM document WHERE rowid = ?"));
            if (!q.isValid())
                return failed(q.error());
            q.bindInteger(1, rowid);
            if (!q.next())
                return failed(q.failed() ? q.error() : Tr::tr("baris %1 tidak ada lagi").arg(rowid));
            if (q.text(0) != id || q.integer(1) != mSize)
                return failed(Tr::tr("berkas itu tidak lagi memuat dokumen ini (baris %1)").arg(rowid));
        }
        sqlite3_blob *blob = nullptr;
        int rc = sqlite3_blob_open(c.handle(), "main", "document", "data", rowid, 0, &blob);
        if (rc != SQLITE_OK) {
            sqlite3_blob_close(blob);
            return failed(QString::fromUtf8(sqlite3_errmsg(c.handle())));
        }
        QByteArray buffer(int(std::min(ChunkBytes, std::max<qint64>(mSize, 1))), Qt::Uninitialized);
        Status out;
        for (qint64 at = 0; at < mSize && out.ok();) {
            const int n = int(std::min<qint64>(buffer.size(), mSize - at));
            rc = sqlite3_blob_read(blob, buffer.data(), n, int(at));
            if (rc != SQLITE_OK)
                out = failed(QString::fromUtf8(sqlite3_errstr(rc)));
            else if (!chunk(QByteArrayView(buffer.constData(), n)))
                out = cancelledError();
            at += n;
        }
        sqlite3_blob_close(blob);
        return out;
    }

    mutable QMutex mMutex;
    mutable std::shared_ptr<const DocumentFile> mFile;
    mutable qint64 mRowid = 0;
    mutable std::shared_ptr<const SpoolFile> mSpool;
    mutable QString mId;
    qint64 mSize;
};

/// Every stored handle alive, to find those into a file a save replaces.
struct Registry
{
    QMutex mutex;
    std::vector<std::weak_ptr<const BlobSource>> sources;
    std::size_t pruneAt = 1024;

    void add(const std::shared_ptr<const BlobSource> &s)
    {
        QMutexLocker lock(&mutex);
        if (sources.size() >= pruneAt) {
            std::erase_if(sources, [](const std::weak_ptr<const BlobSource> &w) { return w.expired(); });
            pruneAt = std::max<std::size_t>(1024, sources.size() * 2);
        }
        sources.push_back(s);
    }
    /// The live handles that read from the file @p canonical.
    std::vector<std::shared_ptr<const BlobSource>> into(const QString &canonical)
    {
        QMutexLocker lock(&mutex);
        std::vector<std::shared_ptr<const BlobSource>> out;
        for (const auto &w : sources) {
            if (auto s = w.lock()) {
                if (auto f = s->file(); f && f->canonical == canonical)
                    out.push_back(std::move(s));
            }
        }
        return out;
    }
};

Registry &registry()
{
    static Registry r;
    return r;
}

/// What the last save to each file wrote where: for documentsNowIn().
struct LastSaves
{
    QMutex mutex;
    struct Row
    {
        std::weak_ptr<const BlobSource> source;
        qint64 rowid = 0;
        QString id;
    };
    QHash<QString, std::vector<Row>> byFile;
};

LastSaves &lastSaves()
{
    static LastSaves s;
    return s;
}

QString canonicalOf(const QString &path)
{
    const QFileInfo fi(path);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? fi.absoluteFilePath() : c;
}

std::shared_ptr<const DocumentFile> makeDocumentFile(const QString &path, std::shared_ptr<QTemporaryDir> keep)
{
    auto f = std::make_shared<DocumentFile>();
    f->path = path;
    f->canonical = canonicalOf(path);
    f->keep = std::move(keep);
    return f;
}

/// A copy of @p data's bytes in a new spool file.
Result<std::shared_ptr<const BlobSource>> spoolCopy(const DocumentData &data)
{
    auto spool = makeSpool([&data](const std::function<bool(QByteArrayView)> &write) { return data.read(write); });
    if (!spool)
        return spool.error();
    auto source = std::make_shared<const BlobSource>(*spool, data.size());
    registry().add(source);
    return source;
}

} // namespace

namespace detail::store {

std::shared_ptr<const DocumentFile> documentFileOf(SqliteConnection &c, const std::shared_ptr<QTemporaryDir> &privateDir,
                                                   const QString &privatePath)
{
    if (privateDir && !privatePath.isEmpty())
        return makeDocumentFile(privatePath, privateDir);
    const char *name = c.handle() ? sqlite3_db_filename(c.handle(), "main") : nullptr;
    if (!name || !*name)
        return nullptr;
    return makeDocumentFile(QString::fromUtf8(name), nullptr);
}

QString documentColumns(SqliteConnection &c)
{
    QStringList columns;
    auto names = c.rows(QStringLiteral("SELECT name FROM pragma_table_info('document') ORDER BY cid"), 1);
    if (names) {
        for (const QStringList &row : *names) {
            if (row.first() != QLatin1String("data"))
                columns.append(row.first());
        }
    }
    columns += {QStringLiteral("length(data) AS data_size"), QStringLiteral("rowid AS data_rowid")};
    return columns.join(QStringLiteral(", "));
}

Result<DocumentData> storedDocument(SqliteConnection &c, const std::shared_ptr<const DocumentFile> &file, qint64 rowid,
                                    const QUuid &id, qint64 size)
{
    if (size <= 0)
        return DocumentData();
    if (file) {
        auto source = std::make_shared<const BlobSource>(file, rowid, id, size);
        registry().add(source);
        return DocumentData(source);
    }
    // A database in memory goes when the load ends: its (few, small) documents are read now.
    sqlite3_blob *blob = nullptr;
    QByteArray bytes;
    int rc = sqlite3_blob_open(c.handle(), "main", "document", "data", rowid, 0, &blob);
    if (rc == SQLITE_OK) {
        bytes.resize(qsizetype(size));
        rc = sqlite3_blob_read(blob, bytes.data(), int(size), 0);
    }
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errstr(rc)), KsdStore::tr("tabel %1, baris %2").arg(QStringLiteral("document")).arg(rowid), int(StoreError::Damaged)};
    return DocumentData(bytes);
}

Status DocumentSave::write(SqliteConnection &c, qint64 rowid, const DocumentData &data)
{
    const qint64 size = data.size();
    if (size <= 0)
        return Status::success();
    auto failed = [&](const QString &why) {
        return Error{KsdStore::tr("lampiran pada baris %1 tabel document tidak dapat ditulis: %2").arg(rowid).arg(why), {}, 0};
    };
    {
        SqliteStatement q(c, QStringLiteral("UPDATE document SET data = zeroblob(?) WHERE rowid = ?"));
        q.bindInteger(1, size);
        q.bindInteger(2, rowid);
        if (!q.isValid() || !q.exec())
            return failed(q.error());
    }
    sqlite3_blob *blob = nullptr;
    int rc = sqlite3_blob_open(c.handle(), "main", "document", "data", rowid, 1, &blob);
    if (rc != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return failed(QString::fromUtf8(sqlite3_errmsg(c.handle())));
    }
    qint64 at = 0;
    QString why;
    Status read = data.read([&](QByteArrayView chunk) {
        if (at + chunk.size() > size) {
            why = KsdStore::tr("isinya lebih panjang dari %1 byte").arg(size);
            return false;
        }
        const int wrc = sqlite3_blob_write(blob, chunk.data(), int(chunk.size()), int(at));
        if (wrc != SQLITE_OK) {
            why = QString::fromUtf8(sqlite3_errstr(wrc));
            return false;
        }
        at += chunk.size();
        return true;
    });
    sqlite3_blob_close(blob);
    if (!why.isEmpty())
        return failed(why);
    if (!read)
        return failed(read.error().message);
    if (at != size)
        return failed(KsdStore::tr("%1 dari %2 byte").arg(at).arg(size));
    SqliteStatement q(c, QStringLiteral("SELECT id FROM document WHERE rowid = ?"));
    q.bindInteger(1, rowid);
    if (!q.isValid() || !q.next())
        return failed(q.error());
    mWritten.push_back({data.source(), rowid, q.text(0)});
    return Status::success();
}

namespace {

/// Moves @p s to a new spool file holding its bytes.
Status spill(const std::shared_ptr<const BlobSource> &s)
{
    auto spool = makeSpool([&s](const std::function<bool(QByteArrayView)> &write) { return s->read(write); });
    if (!spool)
        return spool.error();
    s->moveTo(std::shared_ptr<const SpoolFile>(*spool));
    return Status::success();
}

} // namespace

Status DocumentSave::beforeReplace(const QString &target)
{
    if (!QFileInfo::exists(target))
        return Status::success();
    std::vector<std::shared_ptr<const BlobSource>> into = registry().into(canonicalOf(target));
    for (const auto &s : into) {
        const bool written = std::any_of(mWritten.cbegin(), mWritten.cend(),
                                         [&s](const Written &w) { return w.source == s; });
        if (written)
            continue;
        if (Status kept = spill(s); !kept)
            return kept;
    }
    return Status::success();
}

bool DocumentSave::readsFrom(const DocumentData &data, const QString &file, qint64 rowid)
{
    const auto *blob = dynamic_cast<const BlobSource *>(data.source().get());
    if (!blob)
        return false;
    const auto f = blob->file();
    return f && f->canonical == canonicalOf(file) && blob->rowid() == rowid;
}

Status DocumentSave::beforeRowsChange(const QString &file, const QList<qint64> &rowids)
{
    for (const auto &s : registry().into(canonicalOf(file))) {
        if (rowids.contains(s->rowid())) {
            if (Status kept = spill(s); !kept)
                return kept;
        }
    }
    return Status::success();
}

void DocumentSave::afterReplace(const QString &target)
{
    const QString canonical = canonicalOf(target);
    std::shared_ptr<const DocumentFile> file;
    std::vector<LastSaves::Row> written;
    for (const Written &w : mWritten) {
        auto blob = std::dynamic_pointer_cast<const BlobSource>(w.source);
        if (!blob)
            continue;
        written.push_back({blob, w.rowid, w.id});
        if (auto f = blob->file(); f && f->canonical == canonical) {
            if (!file)
                file = makeDocumentFile(target, nullptr);
            blob->moveTo(file, w.rowid, w.id);
        }
    }
    QMutexLocker lock(&lastSaves().mutex);
    lastSaves().byFile.insert(canonical, std::move(written));
}

} // namespace detail::store

void documentsNowIn(const QString &path)
{
    const QString canonical = canonicalOf(path);
    std::vector<LastSaves::Row> written;
    {
        QMutexLocker lock(&lastSaves().mutex);
        written = lastSaves().byFile.take(canonical);
    }
    std::shared_ptr<const DocumentFile> file;
    for (const LastSaves::Row &w : written) {
        if (auto blob = w.source.lock()) {
            if (!file)
                file = makeDocumentFile(path, nullptr);
            blob->moveTo(file, w.rowid, w.id);
        }
    }
}

Result<SpooledFile> spoolFile(const QString &path, qint64 maxBytes, const DocumentProgress &progress)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Berkas tidak dapat dibaca: %1").arg(in.errorString()), path, 0};
    const qint64 total = in.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    SpooledFile out;
    qint64 done = 0;
    bool tooBig = false;
    bool cancelled = false;
    QString readError;
    auto spool = makeSpool([&](const std::function<bool(QByteArrayView)> &write) -> Status {
        QByteArray buffer(int(ChunkBytes), Qt::Uninitialized);
        for (;;) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0) {
                readError = in.errorString();
                return Status::success();
            }
            if (n == 0)
                return Status::success();
            if (done + n > maxBytes) { // the file grew after its size was checked
                tooBig = true;
                return Status::success();
            }
            const QByteArrayView chunk(buffer.constData(), n);
            if (out.head.size() < 4096)
                out.head.append(chunk.first(std::min<qint64>(n, 4096 - out.head.size())));
            hash.addData(chunk);
            if (!write(chunk))
                return Status::success();
            done += n;
            if (progress && !progress(done, std::max(total, done))) {
                cancelled = true;
                return Status::success();
            }
        }
    });
    if (!spool)
        return Error{spool.error().message, path, 0};
    if (cancelled)
        return Error{Tr::tr("Melampirkan \"%1\" dibatalkan.").arg(QFileInfo(path).fileName()), path, 0};
    if (!readError.isEmpty())
        return Error{Tr::tr("Berkas tidak dapat dibaca: %1").arg(readError), path, 0};
    if (tooBig)
        return Error{Tr::tr("Berkas \"%1\" bertambah besar saat dibaca.").arg(QFileInfo(path).fileName()), path, 0};
    if (done > 0) {
        auto source = std::make_shared<const BlobSource>(*spool, done);
        registry().add(source);
        out.data = DocumentData(source);
    }
    out.sha256 = QString::fromLatin1(hash.result().toHex());
    return out;
}

Result<DocumentData> spoolDocument(const DocumentData &data)
{
    if (data.isEmpty())
        return DocumentData();
    auto copy = spoolCopy(data);
    if (!copy)
        return copy.error();
    return DocumentData(std::shared_ptr<const DocumentSource>(*copy));
}

Status writeDocumentTo(const DocumentData &data, QIODevice &device, const DocumentProgress &progress)
{
    qint64 done = 0;
    QString writeError;
    const Status read = data.read([&](QByteArrayView chunk) {
        if (device.write(chunk.data(), chunk.size()) != chunk.size()) {
            writeError = device.errorString();
            return false;
        }
        done += chunk.size();
        return !progress || progress(done, data.size());
    });
    if (!writeError.isEmpty())
        return Error{writeError, {}, 0};
    return read;
}

} // namespace ksd
