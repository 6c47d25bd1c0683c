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

/// What a file looked like when it was read or last written: enough to tell that nobody changed it since. Two
/// stamps are equal only for the same file (device and inode), the same size and modification time, and the same
/// SQLite file change counter (header offset 24, raised by every write transaction of any SQLite program).
struct FileStamp
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 mtimeNs = 0;
    quint32 changeCounter = 0;

    bool isValid() const { return size >= 0; }
    bool operator==(const FileStamp &) const = default;
    /// The stamp of the file at @p path now (invalid when it cannot be read).
    static FileStamp of(const QString &path);
};

/// What open() reports besides the project.
struct LoadInfo
{
    int fileVersion = 0;    ///< user_version of the file as found
    QString backupPath;     ///< always empty: opening writes nothing (the save keeps an older original, see save())
    QStringList warnings;   ///< what was read but left out (a map position out of range), translated
    IntegrityCheck integrityCheck = IntegrityCheck::Quick; ///< the check the file passed
    /// The file read (absolute, symbolic links followed) and its stamp, taken inside the read transaction. The stamp
    /// is invalid when what was read is not the file as it is on disk: an older version migrated in memory, or a
    /// rollback journal or WAL recovered on a private copy. Then the next save rewrites the file whole.
    QString filePath;
    FileStamp stamp;
};

/// The project a file holds and the file's stamp at that moment: what KsdStore::save() needs to write only the
/// changes into that file. Whoever saves keeps it (ProjectDocument), replacing it with SaveInfo::baseline after
/// every save. Cheap to hold: Project's lists are implicitly shared with the project being edited, so only the
/// records edited since are held twice.
struct SaveBaseline
{
    Project project;
    QString filePath; ///< absolute, symbolic links followed; empty: no baseline (the next save is a full rewrite)
    FileStamp stamp;
    bool isValid() const { return !filePath.isEmpty() && stamp.isValid(); }
};

struct Loaded
{
    Project project;
    LoadInfo info;
    /// The baseline of a save back to the file read (invalid when the load was migrated or recovered).
    SaveBaseline baseline() const { return {project, info.stamp.isValid() ? info.filePath : QString(), info.stamp}; }
};

/// How a save wrote the file.
enum class SaveKind {
    Full,        ///< a complete new file beside the target, renamed into place
    Incremental, ///< only the changed rows, in one SQLite transaction on the file itself (rollback journal)
};

/// Why a save with a baseline wrote the file whole instead of in place.
enum class SaveFallback {
    None,            ///< written in place
    NoBaseline,      ///< no baseline (never loaded from a file, or loaded migrated or recovered)
    OtherFile,       ///< Save As: the target is not the file of the baseline
    ChangedOnDisk,   ///< the file's stamp differs from the baseline's: someone else wrote it
    NotInPlaceFile,  ///< the file is not a plain current-version PetaKSD file now (journal, WAL, version, schema)
    NetworkFolder,   ///< on a network file system, where SQLite's locks and journal cannot be trusted
    OrderChanged,    ///< records reordered (an undone deletion put back in the middle) or the merge log shortened
    MostRowsChanged, ///< the changes touch most rows: a new file is as quick and leaves no free pages
    DocumentsChanged, ///< a document was added, removed or edited: its scan is streamed into a new file
    InPlaceFailed,   ///< the transaction failed and was rolled back (SaveInfo::inPlaceError tells why)
};

/// What a save with a baseline did.
struct SaveInfo
{
    SaveKind kind = SaveKind::Full;
    SaveFallback fallback = SaveFallback::NoBaseline;
    QString inPlaceError;   ///< SQLite's message when fallback is InPlaceFailed
    qint64 rowsWritten = 0; ///< rows inserted, updated or deleted in place (0 for a full rewrite)
    SaveBaseline baseline;  ///< the project saved and the file's stamp now: the baseline of the next save
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
    /// Saves @p project to @p path, writing only what changed since @p baseline when @p path is the baseline's file
    /// and that file is exactly as the baseline left it: the rows inserted, updated or deleted (compared by id and
    /// operator==, per table) in one SQLite write transaction on the file, its rollback journal (journal_mode DELETE,
    /// synchronous FULL) making the change atomic. The file is opened with the same defensive settings as a load
    /// and its schema checked again before anything is written. Any other case, and any failure of the
    /// transaction, falls back to the full rewrite of save(path) (SaveInfo says which and why). Either way the
    /// target is always the old or the new project, whole.
    static Result<SaveInfo> save(const Project &project, const QString &path, const SaveBaseline &baseline);

    /// The error of a load cancelled through LoadOptions::cancel (StoreError::Cancelled).
    static Error cancelledError(const QString &path);

    /// Where the save that upgrades the PetaKSD file at @p path from format @p oldVersion keeps the original:
    /// "NAME.ksd.vN.bak" beside the file (the file a symbolic link points to).
    static QString upgradeBackupPath(const QString &path, int oldVersion);

    /// Writes an older schema version (tests and fixtures only; data the old version cannot hold is dropped).
    static Status saveAsVersion(const Project &project, const QString &path, int version);
};

} // namespace ksd
