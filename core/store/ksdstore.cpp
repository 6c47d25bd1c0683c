// SPDX-License-Identifier: Apache-2.0
#include "ksdstore.h"
#include "ksdstore_p.h"
#include "ksdstorerows_p.h"

#include "schema.h"
#include "register/formatupgrade.h"
#include "sqliteconnection.h"
#include "util/usertext.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace ksd {

using detail::store::storeError;

namespace {

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(uchar(b[at])) << 24) | (quint32(uchar(b[at + 1])) << 16) | (quint32(uchar(b[at + 2])) << 8)
           | quint32(uchar(b[at + 3]));
}

} // namespace

namespace detail::store {

qint64 stepBudget(qint64 bytes)
{
    // Measured on projects of 2,000 and 50,000 entries: reading every table takes about 0.3 steps per byte of
    // file (the integrity check is a single step). 50 per byte leaves two orders of magnitude of room for
    // other shapes of data, and the constant covers small files; a file whose statements need more is refused.
    return 20'000'000 + 50 * bytes;
}

Result<QString> recoverPrivateCopy(const QString &path, QTemporaryDir *dir)
{
    auto failed = [&](StoreError code, const QString &why) { return storeError(code, why, path); };
    if (!dir->isValid())
        return failed(StoreError::Unreadable, KsdStore::tr("Folder sementara untuk memulihkan berkas tidak dapat dibuat."));
    const QString copy = dir->filePath(QStringLiteral("pulih.ksd"));
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal")}) {
        if (!suffix.isEmpty() && !QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::copy(path + suffix, copy + suffix)) {
            return failed(StoreError::Unreadable,
                          KsdStore::tr("Berkas tidak dapat disalin untuk dipulihkan: %1.")
                              .arg(QFileInfo(path + suffix).fileName()));
        }
        QFile::setPermissions(copy + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    SqliteConnection c(copy, SqliteConnection::Mode::ReadWrite);
    if (!c.isOpen())
        return failed(StoreError::Unreadable, KsdStore::tr("Berkas tidak dapat dibuka: %1.").arg(c.lastError()));
    c.harden();
    c.setStepBudget(stepBudget(QFileInfo(copy).size() + QFileInfo(copy + QStringLiteral("-wal")).size()));
    // The first read rolls a hot journal back; leaving WAL mode checkpoints the WAL into the copy.
    auto read = c.rows(QStringLiteral("SELECT count(*) FROM sqlite_schema"), 1);
    if (read)
        read = c.rows(QStringLiteral("PRAGMA journal_mode=DELETE"), 1);
    if (!read) {
        return failed(StoreError::Damaged, KsdStore::tr("Berkas rusak: jurnal atau WAL-nya tidak dapat dipulihkan (%1).")
                                               .arg(shownValue(read.error().message)));
    }
    return copy;
}

} // namespace detail::store

Result<Loaded> KsdStore::load(const QString &path)
{
    return load(path, LoadOptions{});
}

Result<Loaded> KsdStore::load(const QString &path, const LoadOptions &options)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return storeError(StoreError::Missing, tr("Berkas tidak ditemukan."), path);
    if (!fi.isFile())
        return storeError(StoreError::NotAFile, tr("Ini sebuah folder, bukan berkas proyek PetaKSD."), path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return storeError(StoreError::Unreadable, tr("Berkas tidak dapat dibaca: %1.").arg(f.errorString()), path);
    if (f.size() == 0)
        return storeError(StoreError::Empty, tr("Berkas kosong (0 byte), bukan proyek PetaKSD."), path);
    QByteArray header = f.read(100);
    f.close();
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return storeError(StoreError::NotSqlite,
                          tr("Ini bukan berkas proyek PetaKSD: isinya bukan basis data SQLite."), path);
    }

    // A file left with a rollback journal (a write cut short) or in WAL mode is recovered on a private copy,
    // never beside the original: opening writes nothing next to a file that is only read.
    std::shared_ptr<QTemporaryDir> privateDir; // kept by the document handles into the recovered copy
    QString source = fi.absoluteFilePath();
    const bool walMode = header.size() >= 20 && (header[18] == 2 || header[19] == 2);
    const QString journal = source + QStringLiteral("-journal");
    const QString wal = source + QStringLiteral("-wal");
    if (walMode || QFileInfo(journal).size() > 0 || QFileInfo::exists(wal)) {
        privateDir = std::make_shared<QTemporaryDir>();
        auto recovered = detail::store::recoverPrivateCopy(source, privateDir.get());
        if (!recovered)
            return storeError(StoreError(recovered.error().code), recovered.error().message, path);
        source = *recovered;
        QFile copy(source);
        if (!copy.open(QIODevice::ReadOnly))
            return storeError(StoreError::Unreadable, tr("Berkas tidak dapat dibaca: %1.").arg(copy.errorString()), path);
        header = copy.read(100);
    }
    const qint64 size = QFileInfo(source).size();
    if (header.size() < 100)
        return storeError(StoreError::Damaged, tr("Berkas rusak: terpotong di bagian kepala berkas."), path);

    const quint32 appId = bigEndian32(header, 68);
    const int version = int(bigEndian32(header, 60));
    if (appId != quint32(schema::ApplicationId)) {
        return storeError(StoreError::ForeignApp,
                          tr("Ini bukan berkas proyek PetaKSD: basis data SQLite milik aplikasi lain "
                             "(application_id %1).").arg(appId),
                          path);
    }
    if (version > schema::CurrentVersion) {
        return storeError(StoreError::NewerVersion,
                          tr("Berkas dibuat oleh versi PetaKSD yang lebih baru (format versi %1). Versi ini hanya "
                             "membaca sampai format versi %2. Perbarui PetaKSD untuk membukanya.")
                              .arg(version).arg(schema::CurrentVersion),
                          path);
    }
    if (version < schema::OldestVersion) {
        return storeError(StoreError::TooOld,
                          tr("Format versi %1 tidak dikenal; versi tertua yang dapat dibuka adalah %2.")
                              .arg(version).arg(schema::OldestVersion),
                          path);
    }
    // A header that promises more pages than the file holds means the file was cut short.
    const quint32 pageSizeRaw = (quint32(uchar(header[16])) << 8) | quint32(uchar(header[17]));
    const qint64 pageSize = pageSizeRaw == 1 ? 65536 : pageSizeRaw;
    const quint32 pages = bigEndian32(header, 28);
    if (bigEndian32(header, 92) == bigEndian32(header, 24) && pageSize * qint64(pages) > size) {
        return storeError(StoreError::Damaged,
                          tr("Berkas rusak: terpotong (%1 byte dari %2 byte yang seharusnya).")
                              .arg(size).arg(pageSize * qint64(pages)),
                          path);
    }

    // Every statement over the file shares one budget of SQLite steps, proportional to its size.
    const qint64 budget = detail::store::stepBudget(size);
    auto timedOut = [&] {
        return storeError(StoreError::Damaged,
                          tr("Berkas ditolak: membacanya memerlukan lebih dari %1 langkah SQLite, jauh di atas yang "
                             "diperlukan berkas PetaKSD sebesar ini.")
                              .arg(budget),
                          path);
    };
    auto cancelled = [&] { return cancelledError(path); };
    // A failure of a connection that was stopped on purpose (budget, cancel) is reported as such.
    auto stopped = [&](const SqliteConnection &c) -> std::optional<Error> {
        if (c.cancelled())
            return cancelled();
        if (c.budgetSpent())
            return timedOut();
        return std::nullopt;
    };

    if (options.cancel && options.cancel->load())
        return cancelled();
    auto file = std::make_unique<SqliteConnection>(source, SqliteConnection::Mode::ReadOnly);
    if (!file->isOpen())
        return storeError(StoreError::Unreadable, tr("Berkas tidak dapat dibuka: %1.").arg(file->lastError()), path);
    file->harden();
    file->setStepBudget(budget);
    file->setCancelFlag(options.cancel);
    // The schema first, by its exact text: nothing of the file is evaluated before it is known to be ours.
    if (auto err = detail::store::checkSchema(*file, version, path))
        return stopped(*file).value_or(*err);
    // One read transaction: every table is read from the same state of the file.
    if (const QString err = file->exec({QStringLiteral("BEGIN")}); !err.isEmpty()) {
        return stopped(*file).value_or(
            storeError(StoreError::Unreadable, tr("Berkas tidak dapat dibuka: %1.").arg(err), path));
    }
    // quick_check at every open: the structure of every page (b-trees, free list, overflow chains, cell sizes,
    // NOT NULL and STRICT types), in one pass over the file. The full integrity_check adds that every index
    // matches its table and UNIQUE holds; the reader never goes through an index (every table is read by rowid)
    // and a save writes a new file, so that part runs on demand (petaksd check --full), not at every open.
    const bool full = options.integrity == IntegrityCheck::Full;
    auto check = file->rows(full ? QStringLiteral("PRAGMA integrity_check(1)") : QStringLiteral("PRAGMA quick_check(1)"), 1);
    if (auto why = stopped(*file))
        return *why;
    const QString reason = !check ? check.error().message
                           : check->isEmpty() ? tr("tanpa keterangan") : check->first().first();
    if (reason != QLatin1String("ok")) {
        return storeError(StoreError::Damaged,
                          tr("Berkas rusak: pemeriksaan integritas SQLite gagal (%1).").arg(shownValue(reason)), path);
    }

    // The stamp of the file as read, taken under the read lock: the baseline of a save in place. Only a file read
    // as it is on disk can take changes in place (not a migrated or recovered one).
    const FileStamp stamp = !privateDir && version == schema::CurrentVersion
                                ? detail::store::stampUnderLock(*file, source)
                                : FileStamp{};

    // Read in place, unless the file needs a private copy: an older version is migrated in the copy (in memory,
    // or on disk when big), and a merge log longer than MaxLoadedLogRows keeps its older rows in a disk copy
    // (Project::archivedLog), so that a log of a million rows neither fills the memory nor slows the opening.
    // (Version 1 has no merge log.)
    auto logRows = version >= 2 ? file->integer(QStringLiteral("SELECT count(*) FROM merge_log")) : Result<qint64>(0);
    if (!logRows) {
        return stopped(*file).value_or(storeError(
            StoreError::Damaged, tr("Tabel %1 tidak dapat dibaca: %2").arg(QStringLiteral("merge_log"), logRows.error().message),
            path));
    }
    const bool longLog = *logRows > MaxLoadedLogRows;
    std::shared_ptr<QTemporaryDir> diskCopy;
    QString diskCopyPath;
    std::unique_ptr<SqliteConnection> copy;
    if (version < schema::CurrentVersion || longLog) {
        if (longLog || size > DiskCopyBytes) {
            diskCopy = std::make_shared<QTemporaryDir>();
            if (!diskCopy->isValid())
                return storeError(StoreError::Unreadable, tr("Folder sementara untuk membaca berkas tidak dapat dibuat."), path);
            diskCopyPath = diskCopy->filePath(QStringLiteral("baca.ksd"));
        }
        copy = std::make_unique<SqliteConnection>(diskCopyPath, diskCopy ? SqliteConnection::Mode::ReadWrite
                                                                           : SqliteConnection::Mode::Memory);
        if (diskCopy)
            copy->exec({QStringLiteral("PRAGMA journal_mode=OFF"), QStringLiteral("PRAGMA synchronous=OFF")});
        if (!copy->isOpen() || !copy->copyFrom(*file))
            return storeError(StoreError::Unreadable, tr("Berkas tidak dapat disalin ke memori."), path);
        file.reset();
        copy->harden();
        copy->setStepBudget(budget);
        copy->setCancelFlag(options.cancel);
    }
    SqliteConnection &reader = copy ? *copy : *file;
    if (!copy && privateDir) { // read in place from the recovered copy: handles into it keep it
        diskCopy = privateDir;
        diskCopyPath = source;
    }

    LoadInfo info;
    info.fileVersion = version;
    info.integrityCheck = options.integrity;
    info.filePath = detail::store::saveTarget(path);
    info.stamp = stamp;
    if (version < schema::CurrentVersion) {
        // Migrated in the private copy only; the original is kept as NAME.ksd.vN.bak by the save that replaces it.
        QStringList steps = {QStringLiteral("BEGIN")};
        for (int v = version; v < schema::CurrentVersion; ++v)
            steps += schema::migrationStatements(v);
        steps.append(QStringLiteral("PRAGMA user_version=%1").arg(schema::CurrentVersion));
        steps.append(QStringLiteral("COMMIT"));
        if (const QString err = reader.exec(steps); !err.isEmpty()) {
            return stopped(reader).value_or(storeError(
                StoreError::Damaged, tr("Berkas versi %1 tidak dapat diperbarui: %2").arg(version).arg(err), path));
        }
        if (auto err = detail::store::checkSchema(reader, schema::CurrentVersion, path))
            return *err;
    }

    Loaded loaded;
    auto err = detail::store::readProject(reader, loaded.project, info.warnings, diskCopy, diskCopyPath,
                                          options.progress);
    if (auto why = stopped(reader))
        return *why;
    if (err) {
        Error e = *err;
        e.where = e.where.isEmpty() ? path : path + QStringLiteral(", ") + e.where;
        return e;
    }
    if (version < 4)
        info.warnings += upgradeRecordsToVersion4(loaded.project);
    loaded.info = info;
    return loaded;
}

Error KsdStore::cancelledError(const QString &path)
{
    return storeError(StoreError::Cancelled, tr("Pembukaan berkas dibatalkan."), path);
}

Status KsdStore::save(const Project &project, const QString &path)
{
    return detail::store::writeFile(project, path, schema::CurrentVersion);
}

Status KsdStore::saveAsVersion(const Project &project, const QString &path, int version)
{
    return detail::store::writeFile(project, path, version);
}

} // namespace ksd
