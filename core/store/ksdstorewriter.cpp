// SPDX-License-Identifier: Apache-2.0
// Writing a .ksd file: every record into a new database beside the target, flushed and renamed into place.
#include "ksdstore_p.h"

#include "documentdata.h"
#include "schema.h"
#include "sqliteconnection.h"
#include "util/usertext.h"
#include "util/version.h"

#include <QDir>
#include <QFile>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <filesystem>
#include <map>
#include <memory>
#include <system_error>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace ksd::detail::store {

namespace {

// ---- value conversion -------------------------------------------------------------------------------------

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant optionalReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QString partiesToJson(const QList<Party> &parties)
{
    QJsonArray arr;
    for (const Party &p : parties) {
        arr.append(QJsonObject{{QStringLiteral("kind"), partyKindKey(p.kind)},
                               {QStringLiteral("region"), p.regionCode},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("number"), p.documentNumber},
                               {QStringLiteral("signatory"), p.signatory}});
    }
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QString stagesToJson(const QList<StageDate> &stages)
{
    QJsonArray arr;
    for (const StageDate &s : stages)
        arr.append(QJsonObject{{QStringLiteral("stage"), stageKey(s.stage)}, {QStringLiteral("date"), dateText(s.date)}});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QString scoresToJson(const std::array<int, MonevCriterionCount> &scores)
{
    QJsonObject o;
    for (int i = 0; i < MonevCriterionCount; ++i)
        o.insert(monevCriterionKey(MonevCriterion(i)), scores[std::size_t(i)]);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

class Writer
{
public:
    explicit Writer(SqliteConnection &c) : mConn(c) {}

    /// Inserts one row; the values follow the table's column order. A value over MaxFieldBytes is refused:
    /// the app never writes what it could not read back.
    void insert(const QString &table, const QVariantList &values)
    {
        if (!mError.isEmpty())
            return;
        const int row = ++mRows[table];
        // Text is converted to UTF-8 once: its size is the field check, and SQLite stores it as it is.
        mUtf8.resize(std::size_t(values.size()));
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            const bool isText = v.metaType().id() == QMetaType::QString;
            const bool isBlob = v.metaType().id() == QMetaType::QByteArray;
            if (isText)
                mUtf8[std::size_t(i)] = static_cast<const QString *>(v.constData())->toUtf8();
            const qint64 bytes = isText ? mUtf8[std::size_t(i)].size()
                                 : isBlob ? static_cast<const QByteArray *>(v.constData())->size()
                                          : 0;
            if (bytes > MaxFieldBytes) {
                mError = KsdStore::tr("kolom %1 pada baris %2 tabel %3 (%4) berisi %5 byte, melebihi batas %6 byte "
                                      "per kolom")
                             .arg(columnName(table, i))
                             .arg(row)
                             .arg(table, shownValue(values.first().toString()))
                             .arg(bytes)
                             .arg(MaxFieldBytes);
                return;
            }
        }
        SqliteStatement &q = prepared(table, int(values.size()));
        if (!q.isValid()) {
            mError = q.error();
            return;
        }
        // Bound without copies: the values live until the statement has run.
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            const int at = i + 1;
            switch (v.metaType().id()) {
            case QMetaType::QString: // a null QString too: text columns are NOT NULL and hold "" instead
                q.bindUtf8(at, mUtf8[std::size_t(i)]);
                break;
            case QMetaType::QByteArray: q.bindBlob(at, *static_cast<const QByteArray *>(v.constData())); break;
            case QMetaType::Double:
            case QMetaType::Float:
                if (v.isNull())
                    q.bindNull(at);
                else
                    q.bindReal(at, v.toDouble());
                break;
            default:
                if (v.isNull())
                    q.bindNull(at);
                else
                    q.bindInteger(at, v.toLongLong());
                break;
            }
        }
        if (!q.exec())
            mError = q.error();
    }

    static QVariantList meta(const RecordMeta &m)
    {
        return {m.id.toString(QUuid::WithoutBraces), dateTimeText(m.created), dateTimeText(m.modified), m.modifiedBy,
                m.deleted ? 1 : 0};
    }

    QString error() const { return mError; }

private:
    QString columnName(const QString &table, int index)
    {
        auto names = mConn.rows(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table), 1);
        return names && index < names->size() ? names->at(index).first() : QString::number(index + 1);
    }

    SqliteStatement &prepared(const QString &table, int columns)
    {
        auto it = mQueries.find(table);
        if (it == mQueries.end()) {
            QStringList marks;
            for (int i = 0; i < columns; ++i)
                marks.append(QStringLiteral("?"));
            it = mQueries
                     .emplace(table, SqliteStatement(mConn, QStringLiteral("INSERT INTO %1 VALUES (%2)")
                                                                .arg(table, marks.join(QLatin1Char(',')))))
                     .first;
        }
        return it->second;
    }

    SqliteConnection &mConn;
    std::map<QString, SqliteStatement> mQueries;
    std::vector<QByteArray> mUtf8; // the current row's text as UTF-8, bound without a copy
    QHash<QString, int> mRows;
    QString mError;
};

// ---- format version 4 columns (kept apart so that they move with the rest of the writer) ------------------

QString uuidOrEmpty(const QUuid &u)
{
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

QVariantList agreementColumnsV4(const Agreement &a)
{
    return {uuidOrEmpty(a.kbId), uuidOrEmpty(a.previousId), a.termException, a.reviewNote};
}

QVariantList documentColumnsV4(const AttachedDocument &d)
{
    return {d.sha256, documentVersionKey(d.version), d.originalHolder, d.originalLocation};
}

QVariantList offerColumns(const IncomingOffer &o)
{
    return {partnerTypeKey(o.senderType), o.senderRegion, o.senderName, dateText(o.receivedOn), o.letterNumber,
            o.urusanCode, o.title, o.description, o.askedPd, dateText(o.answerDue), o.burdensPublic ? 1 : 0,
            o.inApbd ? 1 : 0, offerStatusKey(o.status), o.declineReason, uuidOrEmpty(o.proposalId)};
}

QString writeProject(SqliteConnection &c, const Project &p, int version, DocumentSave &documents)
{
    Writer w(c);
    const QString uuidNull;
    auto id = [](const QUuid &u) { return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces); };

    QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("project_id"), id(p.projectId)},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("owner_region"), p.ownerRegion},
        {QStringLiteral("year"), QString::number(p.year)},
        {QStringLiteral("created"), dateTimeText(p.created)},
        {QStringLiteral("modified"), dateTimeText(p.modified)},
        // The program that last saved the file (not read back: a file says who wrote it, for support).
        {QStringLiteral("saved_by"), programNameAndVersion()},
    };
    if (p.copyInfo) {
        meta += {{QStringLiteral("copy_for_pd"), p.copyInfo->forPd},
                 {QStringLiteral("copy_base_project"), id(p.copyInfo->baseProjectId)},
                 {QStringLiteral("copy_base_title"), p.copyInfo->baseTitle},
                 {QStringLiteral("copy_made_at"), dateTimeText(p.copyInfo->madeAt)},
                 {QStringLiteral("copy_urusan"), p.copyInfo->urusan.join(QLatin1Char(','))}};
    }
    for (const auto &[k, v] : meta)
        w.insert(QStringLiteral("meta"), {k, v});
    for (const QString &code : p.scope)
        w.insert(QStringLiteral("scope"), {code});
    for (auto it = p.settings.cbegin(); it != p.settings.cend(); ++it)
        w.insert(QStringLiteral("setting"), {it.key(), it.value()});

    for (const Entry &e : p.entries) {
        QVariantList values = Writer::meta(e.meta)
                              + QVariantList{entryKindKey(e.kind), e.regionCode, e.urusanCode, e.service, e.title,
                                             e.description, optionalReal(e.magnitude), e.unit, e.priority,
                                             evidenceKey(e.extLocation), evidenceKey(e.extUsers),
                                             evidenceKey(e.extImpact), e.externalityNote, evidenceKey(e.efficiency),
                                             e.efficiencyNote, e.sourcePd, e.year};
        if (version >= 3)
            values.append(e.externalityRegions.join(QLatin1Char(' ')));
        w.insert(QStringLiteral("entry"), values);
    }
    for (const Proposal &x : p.proposals) {
        QVariantList values = Writer::meta(x.meta)
                              + QVariantList{x.regionCode, x.sourcePd, x.urusanCode, x.title, x.description,
                                             activityKey(x.activity), partnerTypeKey(x.partnerType),
                                             x.partnerRegionCodes.join(QLatin1Char(',')), x.partnerNames,
                                             docTypeKey(x.form), optionalReal(x.estimatedCost), x.inApbd ? 1 : 0,
                                             x.burdensPublic ? 1 : 0, x.suggestionKey, x.year};
        if (version >= 3)
            values.append(x.suggestionNote);
        w.insert(QStringLiteral("proposal"), values);
    }
    for (const Agreement &a : p.agreements) {
        QVariantList values = Writer::meta(a.meta)
                              + QVariantList{id(a.proposalId), categoryKey(a.category), docTypeKey(a.docType), a.title,
                                             a.object, a.scope, a.urusanCode, partiesToJson(a.parties),
                                             dateText(a.signedOn), dateText(a.startDate), dateText(a.endDate),
                                             stagesToJson(a.stages), stageKey(a.stage), statusKey(a.status),
                                             a.implementingPd, a.funding, optionalReal(a.value)};
        if (version >= 4)
            values += agreementColumnsV4(a);
        w.insert(QStringLiteral("agreement"), values);
    }
    for (const MonevRecord &m : p.monev) {
        w.insert(QStringLiteral("monev"),
                 Writer::meta(m.meta)
                     + QVariantList{id(m.agreementId), dateText(m.date), m.evaluatorRole, scoresToJson(m.scores),
                                    m.kendala, recommendationKey(m.recommendation), m.rating});
    }
    for (const AttachedDocument &d : p.documents) {
        // Inserted with an empty BLOB (a document sent without its scan keeps it: the column is NOT NULL), then
        // filled from its source chunk by chunk: a scan is never held whole in memory.
        QVariantList values = Writer::meta(d.meta) + QVariantList{id(d.agreementId), d.kind, d.fileName, d.mimeType,
                                                                  QByteArray("")};
        if (version >= 4)
            values += documentColumnsV4(d);
        w.insert(QStringLiteral("document"), values);
        if (!w.error().isEmpty() || d.data.isEmpty())
            continue;
        const Result<qint64> row = c.integer(QStringLiteral("SELECT last_insert_rowid()"));
        const Status written = row ? documents.write(c, *row, d.data) : Status(row.error());
        if (!written)
            return written.error().message;
    }
    if (version >= 4) {
        for (const IncomingOffer &o : p.offers)
            w.insert(QStringLiteral("offer"), Writer::meta(o.meta) + offerColumns(o));
    }
    if (version >= 2) {
        for (const NodePosition &n : p.positions) {
            if (schema::positionInRange(n.x, n.y)) // the reader would drop it: a drawing hint, laid out again
                w.insert(QStringLiteral("node_position"), {n.layout, n.regionCode, n.x, n.y});
        }
        qint64 seq = 0;
        // The whole log, its archived rows (read from the private copy they stayed in) included.
        const Status log = forEachMergeLogRow(p, [&](const MergeLogEntry &m) {
            w.insert(QStringLiteral("merge_log"), {++seq, dateTimeText(m.at), m.sourcePd, m.sourceFile, m.recordType,
                                                   id(m.recordId), m.action, m.detail});
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

/// Where a save to @p path writes: the file a symbolic link points to (following every link), else @p path.
QString saveTarget(const QString &path)
{
    const QFileInfo fi(QFileInfo(path).absoluteFilePath());
    if (!fi.isSymLink())
        return fi.absoluteFilePath();
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.symLinkTarget() : canonical; // a dangling link: create the file it names
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
