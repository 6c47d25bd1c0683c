// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records.h"
#include "util/result.h"

#include <functional>
#include <memory>

namespace ksd {

/// Metadata of a copy sent to a perangkat daerah (DESIGN.md §5, issue "sharing").
struct CopyInfo
{
    QString forPd;          ///< e.g. "Dinas Lingkungan Hidup"
    QUuid baseProjectId;    ///< the project it was made from
    QString baseTitle;
    QDateTime madeAt;       ///< UTC: the base version
    QStringList urusan;     ///< empty = all
    bool operator==(const CopyInfo &) const = default;
};

/// The older rows of a long merge log, kept out of memory (a log of a million rows would take hundreds of MB):
/// KsdStore::load() leaves every row but the newest MaxLoadedLogRows in a private copy of the file it read and
/// reads them from there on demand. Immutable; shared by the copies of a Project.
class MergeLogArchive
{
public:
    virtual ~MergeLogArchive();
    /// How many rows it holds.
    virtual qint64 rowCount() const = 0;
    /// SHA-1 over every row's content, in order: two archives with the same rows compare equal.
    virtual QByteArray digest() const = 0;
    /// Calls @p row for every row, oldest first; an error when the private copy cannot be read any more.
    virtual Status forEach(const std::function<void(const MergeLogEntry &)> &row) const = 0;
};

/// The archived part of a project's merge log (empty for most projects). Equal by content, not by address.
struct ArchivedMergeLog
{
    std::shared_ptr<const MergeLogArchive> rows;
    bool operator==(const ArchivedMergeLog &o) const;
};

/// The whole mapping project as held in memory. A .ksd file stores exactly this.
struct Project
{
    QUuid projectId;        ///< identity of the project; copies keep it
    QString title;
    QString ownerRegion;    ///< Kemendagri code of the region doing the mapping
    int year = 0;
    QStringList scope;      ///< region codes in scope, sorted
    QMap<QString, QString> settings; ///< key/value settings (score weights, service table overrides, ...)
    QDateTime created;
    QDateTime modified;
    std::optional<CopyInfo> copyInfo;

    QList<Entry> entries;
    QList<Proposal> proposals;
    QList<Agreement> agreements;
    QList<MonevRecord> monev;
    QList<AttachedDocument> documents;
    QList<IncomingOffer> offers;
    QList<NodePosition> positions;
    /// The merge log's older rows when it is long (see MergeLogArchive); they come before mergeLog.
    ArchivedMergeLog archivedLog;
    /// The merge log (its newest rows when archivedLog is not empty). Read the whole log with forEachMergeLogRow().
    QList<MergeLogEntry> mergeLog;

    /// A new, empty project for @p ownerRegion: fresh id, scope = the owner region.
    static Project create(const QString &ownerRegion, const QString &title, int year);

    /// Live (not tombstoned) records.
    QList<const Entry *> liveEntries() const;
    const Entry *entry(const QUuid &id) const;
    const Proposal *proposal(const QUuid &id) const;
    const Agreement *agreement(const QUuid &id) const;
    const IncomingOffer *offer(const QUuid &id) const;
    /// The latest RecordMeta::modified of any record, deleted ones included (a deletion is a change); invalid
    /// when there is no record. "The data's date" of the report, and what a project's own modified follows.
    QDateTime lastRecordChange() const;

    bool operator==(const Project &) const = default;
};

/// Every row of @p project's merge log, oldest first: the archived rows, then Project::mergeLog. Every reader of
/// the whole log (the merge planner, the save, the CSV export) goes through it.
Status forEachMergeLogRow(const Project &project, const std::function<void(const MergeLogEntry &)> &row);
/// The number of rows forEachMergeLogRow() gives.
qint64 mergeLogRowCount(const Project &project);

} // namespace ksd
