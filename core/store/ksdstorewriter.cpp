// SPDX-License-Identifier: Apache-2.0
// Writing a .ksd file: every record into a new database beside the target, flushed and renamed into place.
#include "ksdstore_p.h"
#include "ksdstorerows_p.h"

#include "documentdata.h"
#include "schema.h"
#include "sqliteconnection.h"
#include "util/usertext.h"

#include <QDir>
#include <QFile>
#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <memory>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace ksd::detail::store {

namespace {

QString writeProject(SqliteConnection &c, const Project &p, int version, DocumentSave &documents)
{
    RowWriter w(c);
    for (const auto &[k, v] : metaRows(p))
        w.insert(QStringLiteral("meta"), {k, v});
    for (const QString &code : p.scope)
        w.insert(QStringLiteral("scope"), {code});
    for (auto it = p.settings.cbegin(); it != p.settings.cend(); ++it)
        w.insert(QStringLiteral("setting"), {it.key(), it.value()});
    auto all = [&](const auto &records) {
        for (const auto &r : records)
            w.insert(tableOf(&r), recordRow(r, version));
    };
    all(p.entries);
    all(p.proposals);
    all(p.agreements);
    all(p.monev);
    for (const AttachedDocument &d : p.documents) {
        // Inserted with an empty BLOB (the column is NOT NULL; a document sent without its scan keeps it), then
        // filled from its source chunk by chunk: a scan is never held whole in memory.
        w.insert(tableOf(&d), recordRow(d, version));
        if (!w.error().isEmpty() || d.data.isEmpty())
            continue;
        const Result<qint64> row = c.integer(QStringLiteral("SELECT last_insert_rowid()"));
        const Status written = row ? documents.write(c, *row, d.data) : Status(row.error());
        if (!written)
            return written.error().message;
    }
    if (version >= 4)
        all(p.offers);
    if (version >= 2) {
        for (const NodePosition &n : p.positions) {
            if (schema::positionInRange(n.x, n.y)) // the reader would drop it: a drawing hint, laid out again
                w.insert(QStringLiteral("node_position"), positionRow(n));
        }
        qint64 seq = 0;
        // The whole log, its archived rows (read from the private copy they stayed in) included.
        const Status log = forEachMergeLogRow(p, [&](const MergeLogEntry &m) {
            w.insert(QStringLiteral("merge_log"), logRow(++seq, m));
        });
        if (!log)
            return log.error().message;
    }
    return w.error();
}

bool flushToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.flush();
#endif
}

/// Holds an exclusive advisory lock on a file while a save writes it, so that a save in another process does
/// not take it for a stale one.
class SaveLock
{
public:
    explicit SaveLock(const QString &path)
    {
#ifdef Q_OS_UNIX
        mFd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
        if (mFd >= 0 && ::flock(mFd, LOCK_EX | LOCK_NB) != 0) {
            ::close(mFd);
            mFd = -1;
        }
#else
        Q_UNUSED(path);
#endif
    }
    ~SaveLock()
    {
#ifdef Q_OS_UNIX
        if (mFd >= 0)
            ::close(mFd);
#endif
    }
    SaveLock(const SaveLock &) = delete;
    SaveLock &operator=(const SaveLock &) = delete;
    bool held() const
    {
#ifdef Q_OS_UNIX
        return mFd >= 0;
#else
        return true;
#endif
    }

private:
    int mFd = -1;
};

/// The prefix of the temporary files a save of @p target writes beside it.
QString tempPrefix(const QFileInfo &target)
{
    return QStringLiteral(".") + target.fileName() + QStringLiteral(".tmp-");
}

/// Removes the temporary files that killed saves of @p target left: older than a minute and not locked by a
/// save in progress.
void removeStaleTemps(const QFileInfo &target)
{
    const QString prefix = tempPrefix(target);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QDir dir = target.absoluteDir();
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QFileInfo &f : files) {
        if (!f.fileName().startsWith(prefix) || f.lastModified().toUTC() > before)
            continue;
        SaveLock lock(f.absoluteFilePath());
        if (lock.held())
            QFile::remove(f.absoluteFilePath());
    }
}

/// The schema version of the PetaKSD file at @p path, or 0 when it is none (or missing).
int fileVersion(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray h = f.read(100);
    if (h.size() < 100 || !h.startsWith("SQLite format 3"))
        return 0;
    auto be32 = [&](int at) {
        return (quint32(uchar(h[at])) << 24) | (quint32(uchar(h[at + 1])) << 16) | (quint32(uchar(h[at + 2])) << 8)
               | quint32(uchar(h[at + 3]));
    };
    return be32(68) == quint32(schema::ApplicationId) ? int(be32(60)) : 0;
}

} // namespace

Status writeFile(const Project &project, const QString &path, int version)
{
    const QFileInfo target(saveTarget(path));
    const QString dir = target.absolutePath();
    if (target.isDir()) {
        return storeError(StoreError::WriteFailed,
                          KsdStore::tr("Tidak dapat menyimpan: \"%1\" adalah sebuah folder.").arg(path), path);
    }
    removeStaleTemps(target);
    QTemporaryFile tmp(dir + QLatin1Char('/') + tempPrefix(target) + QStringLiteral("XXXXXX"));
    tmp.setAutoRemove(false);
    if (!tmp.open()) {
        return storeError(StoreError::WriteFailed,
                          KsdStore::tr("Tidak dapat menulis di folder \"%1\": %2. Data tetap ada di aplikasi; "
                                       "simpan ke folder lain.")
                              .arg(QDir::toNativeSeparators(dir), tmp.errorString()),
                          path);
    }
    const QString tmpPath = tmp.fileName();
    tmp.close();
    const SaveLock lock(tmpPath);
    // QTemporaryFile makes the file private; the project keeps the permissions it had, or ordinary ones.
    QFile::setPermissions(tmpPath, target.exists() ? target.permissions()
                                                   : QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                         | QFileDevice::ReadGroup | QFileDevice::ReadOther);

    auto fail = [&](const QString &why) {
        QFile::remove(tmpPath);
        return storeError(StoreError::WriteFailed,
                          KsdStore::tr("Penyimpanan gagal: %1. Berkas lama tidak berubah.").arg(why), path);
    };

    DocumentSave documents;
    {
        SqliteConnection c(tmpPath, SqliteConnection::Mode::ReadWrite);
        if (!c.isOpen())
            return fail(c.lastError());
        QStringList ddl = {QStringLiteral("PRAGMA journal_mode=OFF"), QStringLiteral("PRAGMA synchronous=OFF"),
                           QStringLiteral("PRAGMA application_id=%1").arg(schema::ApplicationId),
                           QStringLiteral("BEGIN")};
        ddl += schema::createStatements(version);
        if (const QString err = c.exec(ddl); !err.isEmpty())
            return fail(err);
        if (const QString err = writeProject(c, project, version, documents); !err.isEmpty())
            return fail(err);
        if (const QString err = c.exec({QStringLiteral("PRAGMA user_version=%1").arg(version), QStringLiteral("COMMIT")});
            !err.isEmpty())
            return fail(err);
    }
    if (!flushToDisk(tmpPath))
        return fail(KsdStore::tr("data tidak dapat dipastikan tertulis ke disk"));

    // An older PetaKSD file is kept before the new version replaces it (opening it wrote nothing).
    const int oldVersion = fileVersion(target.absoluteFilePath());
    if (oldVersion > 0 && oldVersion < version) {
        const QString backup = KsdStore::upgradeBackupPath(target.absoluteFilePath(), oldVersion);
        if (!QFileInfo::exists(backup) && !QFile::copy(target.absoluteFilePath(), backup)) {
            return fail(KsdStore::tr("berkas format versi %1 tidak dapat dicadangkan ke \"%2\" sebelum diganti")
                            .arg(oldVersion)
                            .arg(QDir::toNativeSeparators(backup)));
        }
    }

    // A rollback journal beside the target (a save in place killed mid-way) would be played back into the new
    // file by the next open: roll it back into the old file first, or refuse to replace the file.
    if (const QString err = settleJournal(target.absoluteFilePath()); !err.isEmpty())
        return fail(err);

    // Handles into the file being replaced that this save did not write stay readable from a private copy.
    if (Status kept = documents.beforeReplace(target.absoluteFilePath()); !kept)
        return fail(kept.error().message);
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(tmpPath.toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()), ec);
    if (ec)
        return fail(QString::fromLocal8Bit(ec.message().c_str()));
    flushToDisk(dir); // make the rename itself durable
    documents.afterReplace(target.absoluteFilePath());
    return Status::success();
}

} // namespace ksd::detail::store

namespace ksd {

QString KsdStore::upgradeBackupPath(const QString &path, int oldVersion)
{
    return QStringLiteral("%1.v%2.bak").arg(detail::store::saveTarget(path)).arg(oldVersion);
}

} // namespace ksd
