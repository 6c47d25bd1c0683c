// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "rules/authoritytable.h"

#include <QHash>

#include <QStringList>

namespace ksd {

/// The one rule for combining two answers (DESIGN.md §2.2): "tidak" on either side gives no; otherwise "ya" on
/// either side gives yes; otherwise unknown. Unknown is never read as no.
Evidence combineEvidence(Evidence x, Evidence y);

/**
 * What one region's live entries say about one object (an urusan, or one service of it): the evidence of one
 * side of a pair. Built entry by entry with add(); the engine keeps one per (region, urusan, service) and the
 * proposal screening builds the same, so both read the same facts.
 */
struct SideEvidence
{
    bool externalityNo = false;      ///< some entry says the externality does not hold
    bool externalityUnnamed = false; ///< some entry says "ya" without naming the regions it crosses into
    QStringList named;               ///< regions named by entries saying "ya" (sorted, unique)
    Evidence efficiency = Evidence::Unknown; ///< all entries combined with combineEvidence()
    int entries = 0;

    void add(const Entry &e);
    /// The same from the answers alone (command line, tests).
    void add(Evidence externality, const QStringList &regions, Evidence efficiency);
    bool operator==(const SideEvidence &) const = default;
};

/// Both sides' evidence for the pair (A, B).
struct PairEvidence
{
    Evidence externality = Evidence::Unknown;
    Evidence efficiency = Evidence::Unknown;
    /// An entry said "ya" without naming regions and nothing names the partner: the answer the hint
    /// "sebutkan wilayah terdampak" asks for.
    bool regionsUnnamed = false;
    bool operator==(const PairEvidence &) const = default;
};

/**
 * The evidence between @p codeA and @p codeB (DESIGN.md §2.2): the externality holds when either side's evidence
 * names the other; "tidak" on either side blocks it; "ya" naming other regions only says nothing about this pair.
 * Efficiency combines both sides with combineEvidence().
 */
PairEvidence pairEvidence(const SideEvidence &a, const QString &codeA, const SideEvidence &b, const QString &codeB);

/**
 * The evidence of every (region, urusan, object) of a project: the live entries of a region in an urusan, grouped
 * by the authority-table row their service matches (-1: no row). The suggestion engine groups its cells the same
 * way, so a proposal and the suggestion it came from read the same entries.
 */
class EvidenceIndex
{
public:
    EvidenceIndex(const Project &project, const AuthorityTable &table);
    /// The evidence of @p region for @p urusan and the service row @p row (empty when it entered nothing).
    SideEvidence of(const QString &region, const QString &urusan, int row) const;

private:
    static QString key(const QString &region, const QString &urusan, int row);
    QHash<QString, SideEvidence> mIndex;
};

} // namespace ksd
