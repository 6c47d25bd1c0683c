// SPDX-License-Identifier: Apache-2.0
#include "ksdstore.h"
#include "ksdstore_p.h"

#include "schema.h"
#include "sqliteconnection.h"

#include <QFile>
#include <QFileInfo>

namespace ksd {

using detail::store::storeError;

namespace {

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(uchar(b[at])) << 24) | (quint32(uchar(b[at + 1])) << 16) | (quint32(uchar(b[at + 2])) << 8)
           | quint32(uchar(b[at + 3]));
}

} // namespace

Result<Loaded> KsdStore::load(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return storeError(StoreError::Missing, tr("Berkas tidak ditemukan."), path);
    if (!fi.isFile())
        return storeError(StoreError::NotAFile, tr("Ini sebuah folder, bukan berkas proyek PetaKSD."), path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return storeError(StoreError::Unreadable, tr("Berkas tidak dapat dibaca: %1.").arg(f.errorString()), path);
    const qint64 size = f.size();
    if (size == 0)
        return storeError(StoreError::Empty, tr("Berkas kosong (0 byte), bukan proyek PetaKSD."), path);
    const QByteArray header = f.read(100);
    f.close();
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return storeError(StoreError::NotSqlite,
                          tr("Ini bukan berkas proyek PetaKSD: isinya bukan basis data SQLite."), path);
    }
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

    SqliteConnection memory({}, SqliteConnection::Mode::Memory);
    {
        SqliteConnection file(fi.absoluteFilePath(), SqliteConnection::Mode::ReadOnly);
        if (!file.isOpen())
            return storeError(StoreError::Unreadable, tr("Berkas tidak dapat dibuka: %1.").arg(file.lastError()), path);
        file.harden();
        const QVariant check = file.scalar(QStringLiteral("PRAGMA integrity_check(1)"));
        if (check.toString() != QLatin1String("ok")) {
            return storeError(StoreError::Damaged,
                              tr("Berkas rusak: pemeriksaan integritas SQLite gagal (%1).")
                                  .arg(check.isValid() ? check.toString() : file.lastError()),
                              path);
        }
        if (!memory.isOpen() || !memory.copyFrom(file))
            return storeError(StoreError::Unreadable, tr("Berkas tidak dapat disalin ke memori."), path);
    }
    memory.harden();

    LoadInfo info;
    info.fileVersion = version;
    if (version < schema::CurrentVersion) {
        const QString backup = QStringLiteral("%1.v%2.bak").arg(fi.absoluteFilePath()).arg(version);
        if (!QFileInfo::exists(backup) && !QFile::copy(fi.absoluteFilePath(), backup)) {
            return storeError(StoreError::WriteFailed,
                              tr("Berkas versi lama tidak dapat dicadangkan ke \"%1\" sebelum diperbarui.").arg(backup),
                              path);
        }
        info.backupPath = backup;
        QStringList steps = {QStringLiteral("BEGIN")};
        for (int v = version; v < schema::CurrentVersion; ++v)
            steps += schema::migrationStatements(v);
        steps.append(QStringLiteral("PRAGMA user_version=%1").arg(schema::CurrentVersion));
        steps.append(QStringLiteral("COMMIT"));
        if (const QString err = memory.exec(steps); !err.isEmpty()) {
            return storeError(StoreError::Damaged,
                              tr("Berkas versi %1 tidak dapat diperbarui: %2").arg(version).arg(err), path);
        }
    }
    if (auto err = detail::store::checkSchema(memory, path))
        return *err;

    Loaded loaded;
    loaded.info = info;
    if (auto err = detail::store::readProject(memory, loaded.project)) {
        Error e = *err;
        e.where = e.where.isEmpty() ? path : path + QStringLiteral(", ") + e.where;
        return e;
    }
    return loaded;
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
