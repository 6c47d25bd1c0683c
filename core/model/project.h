// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records.h"

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
    QList<NodePosition> positions;
    QList<MergeLogEntry> mergeLog;

    /// A new, empty project for @p ownerRegion: fresh id, scope = the owner region.
    static Project create(const QString &ownerRegion, const QString &title, int year);

    /// Live (not tombstoned) records.
    QList<const Entry *> liveEntries() const;
    const Entry *entry(const QUuid &id) const;
    const Proposal *proposal(const QUuid &id) const;
    const Agreement *agreement(const QUuid &id) const;

    bool operator==(const Project &) const = default;
};

} // namespace ksd
