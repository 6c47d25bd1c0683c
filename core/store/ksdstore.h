// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QCoreApplication>

namespace ksd {

/// Why a file was refused (Error::code of KsdStore results).
enum class StoreError {
    None = 0,
    Missing,       ///< no such file
    NotAFile,      ///< a directory or other non-file
    Unreadable,    ///< permissions or I/O
    Empty,         ///< zero bytes
    NotSqlite,     ///< not an SQLite database
    ForeignApp,    ///< SQLite, but another application's
    NewerVersion,  ///< made by a newer PetaKSD
    TooOld,        ///< older than anything this build can migrate
    Damaged,       ///< integrity check failed, truncated or malformed
    BadSchema,     ///< unexpected tables, columns, triggers or views
    BadData,       ///< a value that cannot be read (unknown key, bad date, bad JSON)
    WriteFailed,   ///< saving failed; the original is untouched
};

/// What open() reports besides the project.
struct LoadInfo
{
    int fileVersion = 0;    ///< user_version of the file as found
    QString backupPath;     ///< always empty: opening writes nothing (the save keeps an older original, see save())
    QStringList warnings;   ///< what was read but left out (a map position out of range), translated
};

struct Loaded
{
    Project project;
    LoadInfo info;
};

/// A file larger than this is read from a private copy on disk rather than from a copy in memory.
constexpr qint64 DiskCopyBytes = 8 * 1024 * 1024;
/// The newest merge log rows a load keeps in memory (Project::mergeLog) when it read the file from a disk copy;
/// the older rows stay in that copy, read on demand (Project::archivedLog), so that a log of a million rows
/// neither fills the memory nor slows the opening down.
constexpr int MaxLoadedLogRows = 10000;

/// Reads and writes .ksd project files (DESIGN.md §5). Every file is treated as untrusted input.
class KsdStore
{
    Q_DECLARE_TR_FUNCTIONS(ksd::KsdStore)

public:
    /// Opens @p path read-only with SQLite's defensive settings, checks it and reads the whole project into
    /// memory. Nothing is written beside the file: an older version is migrated in memory, and a file with a
    /// rollback journal or in WAL mode is recovered on a private copy. A row SQLite cannot give, a field over
    /// MaxFieldBytes, a schema that differs from this build's by its exact SQL, or more SQLite steps than a file
    /// of its size needs refuses the whole file: it never opens short.
    static Result<Loaded> load(const QString &path);

    /// Writes @p project to a complete new file beside @p path, flushes it and renames it into place, so that
    /// the target is always either the old or the new file, whole. On failure the target is untouched. A field
    /// over MaxFieldBytes refuses the save, naming the table, row and column. When @p path is a symbolic link
    /// the file it points to is written and the link stays. An older-version PetaKSD file at the target is first
    /// kept as "NAME.ksd.vN.bak". Temporary files of saves killed more than a minute ago are removed.
    static Status save(const Project &project, const QString &path);

    /// Where the save that upgrades the PetaKSD file at @p path from format @p oldVersion keeps the original:
    /// "NAME.ksd.vN.bak" beside the file (the file a symbolic link points to).
    static QString upgradeBackupPath(const QString &path, int oldVersion);

    /// Writes an older schema version (tests and fixtures only; data the old version cannot hold is dropped).
    static Status saveAsVersion(const Project &project, const QString &path, int version);
};

} // namespace ksd
