// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

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
    Cancelled,     ///< the load was cancelled (LoadOptions::cancel)
};

/// Which SQLite check a load ran over the file.
enum class IntegrityCheck {
    Quick, ///< PRAGMA quick_check: every page's structure, NOT NULL and STRICT types (at every open)
    Full,  ///< PRAGMA integrity_check: quick_check plus every index against its table and UNIQUE (on demand)
};

/// How load() checks the file, and how a caller on another thread follows and stops it.
struct LoadOptions
{
    IntegrityCheck integrity = IntegrityCheck::Quick;
    /// When set and turned true (from any thread), the load stops soon and fails with StoreError::Cancelled.
    const std::atomic<bool> *cancel = nullptr;
    /// Called on the loading thread now and then with the rows read so far and the rows in all.
    std::function<void(qint64 done, qint64 total)> progress;
};

/// What open() reports besides the project.
struct LoadInfo
{
    int fileVersion = 0;    ///< user_version of the file as found
    QString backupPath;     ///< always empty: opening writes nothing (the save keeps an older original, see save())
    QStringList warnings;   ///< what was read but left out (a map position out of range), translated
    IntegrityCheck integrityCheck = IntegrityCheck::Quick; ///< the check the file passed
};

struct Loaded
{
    Project project;
    LoadInfo info;
};

/// A file that needs a private copy (see load()) and is larger than this gets it on disk rather than in memory.
constexpr qint64 DiskCopyBytes = 8 * 1024 * 1024;
/// The newest merge log rows a load keeps in memory (Project::mergeLog); with more, the file is read from a disk copy and
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
    /// The check at open is PRAGMA quick_check (IntegrityCheck::Quick). The file is read in place, in one read
    /// transaction; only an older version (migrated) or a long merge log (archived) is read from a private copy.
    static Result<Loaded> load(const QString &path);
    /// load() with the full integrity check on request (petaksd check --full), progress and cancel (a load on a
    /// worker thread). The same file gives the same project; only a cancel or the full check can refuse more.
    static Result<Loaded> load(const QString &path, const LoadOptions &options);

    /// Writes @p project to a complete new file beside @p path, flushes it and renames it into place, so that
    /// the target is always either the old or the new file, whole. On failure the target is untouched. A field
    /// over MaxFieldBytes refuses the save, naming the table, row and column. When @p path is a symbolic link
    /// the file it points to is written and the link stays. An older-version PetaKSD file at the target is first
    /// kept as "NAME.ksd.vN.bak". Temporary files of saves killed more than a minute ago are removed.
    static Status save(const Project &project, const QString &path);

    /// The error of a load cancelled through LoadOptions::cancel (StoreError::Cancelled).
    static Error cancelledError(const QString &path);

    /// Where the save that upgrades the PetaKSD file at @p path from format @p oldVersion keeps the original:
    /// "NAME.ksd.vN.bak" beside the file (the file a symbolic link points to).
    static QString upgradeBackupPath(const QString &path, int oldVersion);

    /// Writes an older schema version (tests and fixtures only; data the old version cannot hold is dropped).
    static Status saveAsVersion(const Project &project, const QString &path, int version);
};

} // namespace ksd
