// SPDX-License-Identifier: Apache-2.0
#include "filesite.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace ksd {

namespace {

bool onWindowsShare(const QString &absPath)
{
#ifdef Q_OS_WIN
    // A mapped drive reports the server's file system (NTFS); the drive type tells it is remote.
    if (absPath.startsWith(QLatin1String("//")) || absPath.startsWith(QLatin1String("\\\\")))
        return true;
    const QString root = QDir::toNativeSeparators(absPath.left(3));
    return GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE;
#else
    Q_UNUSED(absPath);
    return false;
#endif
}

} // namespace

bool FileSite::isNetworkType(const QString &fsType)
{
    static const QStringList types = {
        QStringLiteral("cifs"),       QStringLiteral("smb3"),      QStringLiteral("smbfs"),
        QStringLiteral("nfs"),        QStringLiteral("nfs4"),      QStringLiteral("fuse.sshfs"),
        QStringLiteral("9p"),         QStringLiteral("afs"),       QStringLiteral("ceph"),
        QStringLiteral("glusterfs"),  QStringLiteral("fuse.glusterfs"), QStringLiteral("davfs"),
        QStringLiteral("fuse.davfs2"), QStringLiteral("fuse.rclone"), QStringLiteral("fuse.gvfsd-fuse"),
        QStringLiteral("ncpfs"),      QStringLiteral("coda"),
    };
    return types.contains(fsType.toLower());
}

FileSite FileSite::of(const QString &path)
{
    const QFileInfo fi(path);
    FileSite site;
    site.fileWritable = fi.isWritable();
    site.folderWritable = QFileInfo(fi.absolutePath()).isWritable();
    const QStorageInfo storage(fi.absolutePath());
    site.fsType = QString::fromUtf8(storage.fileSystemType());
    site.network = isNetworkType(site.fsType) || onWindowsShare(fi.absoluteFilePath());
    return site;
}

QString FileSite::readOnlyReason() const
{
    if (!folderWritable)
        return tr("Folder berkas ini tidak dapat ditulisi, jadi perubahan tidak dapat disimpan di sana.");
    if (!fileWritable)
        return tr("Berkas ini hanya-baca (read-only), jadi perubahan tidak dapat disimpan ke berkas itu.");
    return {};
}

} // namespace ksd
