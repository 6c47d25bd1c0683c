// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ksd {

/// Where a project file lives, and what that allows: whether a save can replace it (the store writes a new file
/// beside it and renames it into place, or writes the changed rows in place with a rollback journal beside it, so
/// both the file and its folder must be writable) and whether it is on a network file system. A file on a network
/// file system is never written in place (SQLite's locks and journal cannot be trusted there): every save writes
/// it whole, so a file on a share gets the same atomic replace as ever.
struct FileSite
{
    Q_DECLARE_TR_FUNCTIONS(ksd::FileSite)

public:
    bool fileWritable = false;
    bool folderWritable = false;
    bool network = false;
    QString fsType; ///< "ext4", "cifs", "nfs4"…, or empty when unknown

    /// Looks at @p path (an existing file).
    static FileSite of(const QString &path);
    /// True for the file systems of shared folders: cifs, smb3, nfs, nfs4, fuse.sshfs, 9p, …
    static bool isNetworkType(const QString &fsType);

    bool canSave() const { return fileWritable && folderWritable; }
    /// Why the project opens read-only, translated; empty when it can be saved in place.
    QString readOnlyReason() const;
};

} // namespace ksd
