// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>

namespace ksd {

// Sharing a project between perangkat daerah (issue 8, DESIGN.md §5): send a copy, merge the returned copies
// three-way against the copy's base time, show conflicts, lose nothing. Every function here is pure: it never
// changes its inputs, so the UI can make a merge one undo step by swapping the old and the new Project.

/// The record types a merge looks at (named apart from ui/document's RecordType, so that UI code can include both).
enum class MergeRecordType { Entry = 0, Proposal, Agreement, Monev, Document, Offer };
constexpr int RecordTypeCount = 6;
/// Stable keys used in the merge log, CSV and JSON: entry / proposal / agreement / monev / document / offer.
QString recordTypeKey(MergeRecordType t);
std::optional<MergeRecordType> recordTypeFromKey(const QString &key);
/// Translated names: Isian, Usulan, Kerja sama, Monev, Dokumen, Penawaran masuk.
QString recordTypeName(MergeRecordType t);

/// Error::code of the results below (loadCopy passes KsdStore's StoreError codes through unchanged).
enum class MergeError {
    NotACopy = 101,       ///< the other project is not a copy sent from a project (no copy info)
    ForeignProject = 102, ///< a copy of another project
    CopyOfCopy = 103,     ///< a copy cannot be sent on as a copy
    Unresolved = 104,     ///< applyMerge() was given a conflict without a choice
    ProjectChanged = 105, ///< the project changed between planMerge() and applyMerge()
    WriteFailed = 106,    ///< the merge log could not be written
};

// ---- sending a copy -----------------------------------------------------------------------------------------

/// Whether @p project may be sent to a perangkat daerah: a copy cannot be sent on (its changes since its own
/// base would be lost when the second-hand copy came back).
Status canMakeCopy(const Project &project);

/// A copy of @p project for the perangkat daerah @p forPd, made at @p now (UTC, the base time of a later
/// merge). With a non-empty @p urusan only entries, proposals and agreements of those urusan are kept, with the
/// monev records and documents of the kept agreements. The copy keeps the project id and every record id.
Project makeCopy(const Project &project, const QString &forPd, const QStringList &urusan, const QDateTime &now);

/// Who an edit made in @p project is stamped with: the copy's perangkat daerah, or @p fallback for an
/// original project.
QString editorName(const Project &project, const QString &fallback);
/// The time to stamp an edit with: @p now, but never at or before a copy's base time, so that an edit made on a
/// PC whose clock runs behind the coordinator's still counts as a change since the copy was made.
QDateTime editTime(const Project &project, const QDateTime &now = nowUtc());
/// Marks @p meta as changed now in @p project: modifiedBy = editorName(), modified = editTime().
void stampEdit(const Project &project, RecordMeta &meta, const QString &fallbackEditor,
               const QDateTime &now = nowUtc());
/// "Salinan untuk Dinas X, dibuat dari proyek Y pada tanggal Z" for a copy (the banner), empty otherwise.
QString copyBanner(const Project &project);

// ---- planning a merge ---------------------------------------------------------------------------------------

/// One field that differs between my version and the copy's version of a record.
struct FieldDiff
{
    QString field;  ///< stable key, e.g. "title", "priority", "deleted"
    QString label;  ///< translated, e.g. "Judul"
    QString mine;   ///< display text of my value
    QString theirs; ///< display text of the copy's value
    bool operator==(const FieldDiff &) const = default;
};

/// One side's version of a record.
struct RecordVersion
{
    bool present = false; ///< false: the record does not exist on this side
    QDateTime modified;
    QString modifiedBy;
    bool deleted = false;
    bool operator==(const RecordVersion &) const = default;
};

enum class ChangeKind {
    Added,   ///< new in the copy
    Changed, ///< changed in the copy only
    Deleted, ///< deleted (tombstone) in the copy only
};
QString changeKindName(ChangeKind k);

/// A change from the copy that applies without a question.
struct MergeChange
{
    MergeRecordType type = MergeRecordType::Entry;
    QUuid id;
    QString title;            ///< display title of the record
    ChangeKind kind = ChangeKind::Added;
    RecordVersion mine;
    RecordVersion theirs;
    QList<FieldDiff> fields;  ///< for Changed and Deleted: what differs (empty for Added)
};

enum class ConflictKind {
    BothChanged,     ///< changed on both sides since the base, differently
    DeletedInMine,   ///< deleted here, changed (or restored) in the copy
    DeletedInTheirs, ///< changed here, deleted in the copy
    Unclear,         ///< different, but neither side's time says it changed since the base (clock skew)
};
QString conflictKindName(ConflictKind k);

/// A record the planner has to decide on.
struct MergeConflict
{
    MergeRecordType type = MergeRecordType::Entry;
    QUuid id;
    QString title;
    ConflictKind kind = ConflictKind::BothChanged;
    RecordVersion mine;       ///< who changed it here and when
    RecordVersion theirs;     ///< who changed it in the copy and when
    QList<FieldDiff> fields;  ///< field by field, side by side (a "deleted" row when the status differs)

    /// Key for Resolutions::byConflict: "TYPE:ID", unique within one plan.
    QString key() const;
};

struct MergeCounts
{
    int added = 0;
    int changed = 0;
    int deleted = 0;
    int conflicts = 0;
    MergeCounts &operator+=(const MergeCounts &o);
    bool operator==(const MergeCounts &) const = default;
};

/// A copy's change of a record that another copy of the same merge also changed, later: the later edit is the
/// one merged (mergeAll() decides it over all copies at once), and this one is only logged ("superseded", with
/// both values), so that no copy's value is dropped without a word and the result does not depend on the order.
struct MergeSuperseded
{
    MergeRecordType type = MergeRecordType::Entry;
    QUuid id;
    QString title;
    RecordVersion mine;       ///< the version in this project before the merge
    RecordVersion theirs;     ///< this copy's version, not taken
    QList<FieldDiff> fields;  ///< this project's values against this copy's
    QString winnerPd;         ///< the perangkat daerah whose later edit was merged instead
    RecordVersion winner;     ///< that version
};

/// What merging one copy would do. Records changed only here, identical records and records outside the
/// copy's urusan are not listed: they stay as they are.
struct MergePlan
{
    QString sourcePd;    ///< the copy's perangkat daerah
    QString sourceFile;  ///< file name of the copy (for the log), may be empty
    QDateTime base;      ///< the copy's base time
    QStringList urusan;  ///< the copy's urusan filter (empty = all)
    Project theirs;      ///< the copy itself (the records to take come from here)
    QList<MergeChange> changes;
    QList<MergeConflict> conflicts;
    /// Records the copy changed or deleted exactly as they already are here: nothing changes, but applying the
    /// plan logs them ("same"), so that merging the copy again later does not offer those versions again.
    QList<MergeChange> same;
    /// Project-wide values (title, owner region, year, scope, settings) the copy holds differently from this
    /// project. They are the coordinator's and are not taken; applying the plan logs each ("project_not_taken",
    /// both values), so that none is dropped without a word. One already logged for the same value is not listed.
    QList<FieldDiff> projectFields;
    /// Changes of this copy that lost to another copy's later edit of the same record (set by mergeAll() only).
    QList<MergeSuperseded> superseded;

    /// Not counting `same` and `superseded`.
    MergeCounts counts() const;
    /// Nothing to change, nothing to decide and nothing to note.
    bool isEmpty() const
    {
        return changes.isEmpty() && conflicts.isEmpty() && same.isEmpty() && projectFields.isEmpty()
               && superseded.isEmpty();
    }
};

/// Compares the copy @p theirs with @p mine, three-way against the copy's base time. Refuses a project that is
/// not a copy of @p mine (MergeError::NotACopy / ForeignProject, naming both titles). @p sourceFile is only
/// recorded (its file name goes into the merge log). A version of a record that an earlier merge already took
/// or turned down (per the merge log) is not offered again, so merging the same copy twice changes nothing.
Result<MergePlan> planMerge(const Project &mine, const Project &theirs, const QString &sourceFile = {});

// ---- applying a merge ---------------------------------------------------------------------------------------

enum class Resolution { Unresolved = 0, Mine, Theirs };

/// The planner's choices: per conflict (byConflict, keyed by MergeConflict::key()), else the bulk choice.
struct Resolutions
{
    Resolution all = Resolution::Unresolved;
    QHash<QString, Resolution> byConflict;

    Resolution of(const MergeConflict &c) const;
    static Resolutions allMine() { return {Resolution::Mine, {}}; }
    static Resolutions allTheirs() { return {Resolution::Theirs, {}}; }
};

/// The project after merging @p plan into @p mine: the copy's changes are taken, each conflict is settled as
/// chosen (Theirs takes the copy's record whole, Mine keeps mine), and a merge log row is appended for every
/// record taken, decided or noted as the same (none for an empty plan, which returns @p mine unchanged). New records
/// are placed by (created, id) so that the order of merging does not change the result. Fails with
/// MergeError::Unresolved when a conflict has no choice, and with ProjectChanged when @p mine is no longer the
/// project the plan was made against.
Result<Project> applyMerge(const Project &mine, const MergePlan &plan, const Resolutions &resolutions,
                           const QDateTime &now = nowUtc());

// ---- several copies -----------------------------------------------------------------------------------------

/// A copy read from disk.
struct MergeSource
{
    Project copy;
    QString file;
    int fileVersion = 0;  ///< the schema version found in the file
    QString backupPath;   ///< set when an older file was migrated on load
};

/// Reads a returned copy with KsdStore::load: a newer schema is refused with the store's message and
/// StoreError code, an older one is migrated (backupPath says where the original was kept). Whether it is a copy
/// of the right project is checked by planMerge(), which can name both projects.
Result<MergeSource> loadCopy(const QString &path);

/// The result of merging several copies.
struct MergeOutcome
{
    Project project;           ///< the merged project; provisional while unresolved > 0
    QList<MergePlan> plans;    ///< one per source, each made against the project merged into
    QList<Resolutions> applied; ///< per plan, the choices applied
    int unresolved = 0;        ///< conflicts without a choice (kept as mine provisionally, not logged)
    bool changed = false;      ///< project differs from the input

    bool complete() const { return unresolved == 0; }
    MergeCounts total() const;
};

/// Merges @p sources into @p mine, deciding each record over all copies at once, so that the result (records
/// and log) does not depend on the order of the copies. Every copy is planned against @p mine. When several
/// copies changed the same record, the latest edit wins (winsOver()); the others move to their plan's
/// `superseded` and are logged with both values. The winning version is then taken, or, when it conflicts
/// with this project's own edit, settled by @p resolutions[i] (missing entries: no choice; Resolutions::all is
/// --prefer). A copy whose version equals this project's ("same") takes part too: when it is the latest edit,
/// the others are superseded and nothing changes. Preview: call with no choices and show plans; commit
/// outcome.project only when complete(). Fails on the first source that is not a copy of @p mine.
Result<MergeOutcome> mergeAll(const Project &mine, const QList<MergeSource> &sources,
                              const QList<Resolutions> &resolutions, const QDateTime &now = nowUtc());

/// The merge rule between two copies' edits of one record: the later modified time wins, then the perangkat
/// daerah's name (greater wins), then the copy's file name, then the content (@p aContent, @p bContent: any
/// stable text of the record). True when edit a wins over edit b. A total order: no tie is left to the order
/// of the copies.
bool winsOver(const RecordVersion &a, const QString &aPd, const QString &aFile, const QString &aContent,
              const RecordVersion &b, const QString &bPd, const QString &bFile, const QString &bContent);

// ---- merge log ----------------------------------------------------------------------------------------------

/// Translated name of a MergeLogEntry::action key (added, changed, deleted, same, conflict_mine, conflict_theirs,
/// superseded, project_not_taken).
QString mergeActionName(const QString &action);
/// The merge log as CSV for Excel: UTF-8 with BOM, ';' separated, CRLF line ends, a translated header row.
QByteArray mergeLogCsv(const QList<MergeLogEntry> &log);
/// Writes mergeLogCsv() to @p path atomically.
Status exportMergeLogCsv(const QList<MergeLogEntry> &log, const QString &path);

} // namespace ksd
