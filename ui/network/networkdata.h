// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engine.h"
#include "layout/layout.h"
#include "style/mapstyle.h"
#include "model/project.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace ksd {

/// What the network map shows. Filters hide links (and the partner nodes only they reach); they never move nodes.
struct NetworkFilter
{
    QStringList urusan;          ///< urusan codes to show; empty = all
    quint32 kinds = AllLinkKinds; ///< bit mask of LinkKind (linkKindBit)
    QList<Stage> stages;         ///< agreements at these stages only; empty = every stage
    QString province;            ///< province code: its regions and their links only; empty = all
    bool clusters = true;        ///< draw the multi-party clusters as hulls

    bool showsKind(LinkKind k) const { return kinds & linkKindBit(k); }
    bool showsUrusan(const QString &code) const { return urusan.isEmpty() || urusan.contains(code); }
    bool operator==(const NetworkFilter &) const = default;
};

/// A region drawn as a node: every scope region, plus regions outside the scope that a link reaches.
struct NetworkNode
{
    QString code;
    bool inScope = false;
    bool owner = false;      ///< the region doing the mapping
    int potensi = 0;         ///< live entries in the shown urusan
    int kebutuhan = 0;
    double bestScore = 0;    ///< best score of a shown suggestion that involves it (0–100)
    bool visible = true;     ///< false when the filter leaves it out
    bool operator==(const NetworkNode &) const = default;
};

/// One drawn link: all records of one kind between one pair of regions (a thicker line for more).
struct NetworkLink
{
    QString a;               ///< the smaller code
    QString b;
    LinkKind kind = LinkKind::Sukarela;
    QList<int> suggestions;  ///< indexes into SuggestionSet::suggestions (suggestion kinds)
    QList<QUuid> records;    ///< proposal or agreement ids (Proposal / Agreement kinds)
    QStringList urusan;      ///< distinct urusan codes behind it, sorted
    double score = 0;        ///< best suggestion score behind it
    /// A suggestion link whose pair borders by sea only (RefData::adjacency gives Sea): its own line pattern.
    bool seaBorder = false;
    int count() const { return int(suggestions.size() + records.size()); }
    /// "A|B|kind": stable identity of the link for selection and tests.
    QString key() const;
    bool operator==(const NetworkLink &) const = default;
};

/// The content of the network map for one project, suggestion set and filter: plain data, no graphics, so that it
/// can be tested on its own and rebuilt cheaply when a filter changes.
struct NetworkData
{
    QList<NetworkNode> nodes;       ///< sorted by code; the same for every filter (positions never jump)
    QList<NetworkLink> links;       ///< the links the filter shows, sorted by (a, b, kind)
    QList<int> clusters;            ///< indexes into SuggestionSet::clusters the filter shows (at most MaxHulls)
    int hiddenClusters = 0;         ///< clusters the filter admits beyond MaxHulls (the weakest), not drawn
    static constexpr int MaxHulls = 40;
    QList<LayoutLink> layoutLinks;  ///< every link, unfiltered, for the force layout (weights by kind and count)

    /// Builds the map content. Which pairs a suggestion, a proposal and an agreement join is core's rule
    /// (engine/maplinks.h: suggestionMapPairs, proposalMapPairs, agreementMapPairs), shared with the report.
    static NetworkData build(const Project &project, const SuggestionSet &suggestions, const NetworkFilter &filter);

    int indexOfNode(const QString &code) const;
    /// The visible partners of @p code (other ends of its shown links), sorted.
    QStringList partnersOf(const QString &code) const;
};

/// Runs the suggestion engine the way a map alone needs it (no allocation, no hubs: the same pairs and classes,
/// less work): the CLI's `map`, the benchmark and the tests call it. The window draws the workbench's full run.
SuggestionSet computeMapSuggestions(const Project &project);

} // namespace ksd
