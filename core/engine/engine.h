// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/graphalgo.h"
#include "model/project.h"
#include "rules/ruleset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>

namespace ksd {

/**
 * Weights and limits of the suggestion engine, read from Project::settings. Unknown or unparsable values fall
 * back to the defaults; negative weights count as 0. Weights are relative: the score divides by their sum.
 *
 * | key                          | default | meaning                                                            |
 * |------------------------------|---------|--------------------------------------------------------------------|
 * | `weights/complement`         | 0.20    | two-way fit: A's potensi meets B's kebutuhan, the reverse, shared needs |
 * | `weights/priority`           | 0.20    | highest priority (1–5) of the needs involved                       |
 * | `weights/magnitude`          | 0.10    | how well the offered magnitude covers the need (same unit only)    |
 * | `weights/service`            | 0.15    | overlap of the named services (Jaccard); 0.5 when none are named   |
 * | `weights/hops`               | 0.15    | 1 / border hops (1 = bordering, by land or sea, or own kab/kota)   |
 * | `weights/distance`           | 0.10    | exp(−km / `engine/distance_scale_km`), km between label points     |
 * | `weights/agreements`         | 0.10    | 1 = an active agreement in this urusan, 0.5 = in another urusan    |
 * | `engine/max_hops`            | 2       | pairs are considered within this many border hops …               |
 * | `engine/max_km`              | 100     | … or within this distance in km                                    |
 * | `engine/distance_scale_km`   | 100     | scale of the distance factor                                      |
 * | `engine/min_score`           | 0       | pair suggestions scoring below this (0–100) are left out           |
 * | `engine/top_partners`        | 10      | length of each region's ranked partner list                        |
 * | `engine/hub_partners`        | 3       | the hub network links each region to this many best partners      |
 * | `engine/hubs`                | 20      | number of hub regions reported                                     |
 * | `engine/cluster_min_size`    | 3       | smallest multi-party cluster (pairs are suggestions already)       |
 */
struct EngineSettings
{
    enum Factor { Complement = 0, Priority, Magnitude, Service, Hops, Distance, Agreements };
    static constexpr int FactorCount = 7;

    std::array<double, FactorCount> weights{0.20, 0.20, 0.10, 0.15, 0.15, 0.10, 0.10};
    int maxHops = 2;
    double maxKm = 100;
    double distanceScaleKm = 100;
    double minScore = 0;
    int topPartners = 10;
    int hubPartners = 3;
    int hubCount = 20;
    int clusterMinSize = 3;

    static EngineSettings fromProject(const Project &project);
    /// Writes every key with its current value (so a project documents the weights it was run with).
    void writeTo(QMap<QString, QString> &settings) const;
    static QString factorKey(int factor);  ///< complement / priority / magnitude / service / hops / distance / agreements
    static QString factorName(int factor); ///< translated
    bool operator==(const EngineSettings &) const = default;
};

/// One pair of regions for one urusan (and one provincial service, when it is one): the class from the rule set
/// and the two-way fit score.
struct Suggestion
{
    QString regionA;        ///< the smaller code
    QString regionB;
    QString urusan;
    QString service;        ///< the provincial service (canonical name) this pair is about, or empty
    KsdClass cls = KsdClass::TidakMemenuhi;
    PairType pairType = PairType::None;
    Takeover takeover = Takeover::None;
    bool legalReview = false;
    bool dprdApproval = false;
    bool seaBorder = false;
    bool authorityUnchecked = false;
    QStringList referTo;    ///< RUJUK_PROVINSI: province code(s)
    Evidence externality = Evidence::Unknown; ///< combined from both sides' entries
    Evidence efficiency = Evidence::Unknown;
    bool adjacent = false;
    int hops = 0;           ///< border hops (a sea border is one hop); 255 when not connected
    double km = 0;          ///< distance between label points
    double score = 0;       ///< 0–100, one decimal
    double fitAB = 0;       ///< 0–1: how A's potensi meets B's kebutuhan (0 when it does not)
    double fitBA = 0;
    bool sharedNeed = false; ///< both have cross-border needs here
    std::array<float, EngineSettings::FactorCount> factors{};       ///< each factor's value, 0–1
    std::array<float, EngineSettings::FactorCount> contributions{}; ///< points of the score, summing to it
    int potensiA = 0, kebutuhanA = 0, potensiB = 0, kebutuhanB = 0; ///< entry counts behind it
    bool existingAgreement = false; ///< an active agreement between them in this urusan

    /// "A|B|urusan", the Proposal::suggestionKey of a proposal accepted from it.
    QString key() const;
};


/// A multi-party suggestion: bordering regions with cross-border needs in the same service.
struct Cluster
{
    QStringList members;    ///< sorted codes
    QString urusan;
    QString service;        ///< the service they share (canonical provincial name or the entered text)
    KsdClass cls = KsdClass::TidakMemenuhi;
    QStringList pairTypes;  ///< types of the bordering member pairs, e.g. {"E"} or {"D","E"}
    Takeover takeover = Takeover::None;
    bool legalReview = false;
    bool seaBorder = false;
    bool authorityUnchecked = false;
    QStringList referTo;    ///< RUJUK_PROVINSI: the province(s)
    Evidence externality = Evidence::Unknown;
    Evidence efficiency = Evidence::Unknown;
    double score = 0;       ///< mean score of the bordering member pairs, one decimal
    int borderingPairs = 0;
    int needEntries = 0;
    QString key() const;    ///< "A;B;C|urusan|service"
};

struct PartnerRank
{
    QString partner;
    double score = 0;       ///< best pair score with this partner
    QString bestUrusan;     ///< where that best score comes from
    int urusanCount = 0;    ///< urusan in which they are suggested together
    KsdClass strongest = KsdClass::TidakMemenuhi; ///< the strongest class among those suggestions
};

struct RegionPartners
{
    QString region;
    QList<PartnerRank> partners; ///< best first
};

/// A flow of the allocation: how much of @p from's potensi is assigned to @p to's kebutuhan.
struct AllocationFlow
{
    QString from;
    QString to;
    QString urusan;
    QString service;
    QString unit;
    qint64 amount = 0;
    qint64 unitCost = 0;    ///< 1000 − 10 × pair score
};

struct Allocation
{
    QList<AllocationFlow> flows; ///< sorted by urusan, service, unit, from, to
    qint64 totalSupply = 0;
    qint64 totalDemand = 0;
    qint64 totalFlow = 0;
    qint64 totalCost = 0;
    int problems = 0;            ///< independent (urusan, service, unit) flow problems solved
};

struct Hub
{
    QString region;
    double betweenness = 0;      ///< Brandes betweenness on the hub network (pairs counted once)
    double normalized = 0;       ///< divided by (n−1)(n−2)/2
    int degree = 0;
};

/// An entry the engine could not use, with the reason: bad input never vanishes silently.
struct EngineIssue
{
    QUuid entryId;
    QString regionCode;
    QString urusanCode;
    KsdClass cls = KsdClass::TidakMemenuhi;
    QString reason;
};

/// Everything one run produces. Byte-identical for the same project and settings.
struct SuggestionSet
{
    QList<Suggestion> suggestions;  ///< sorted by urusan, service, regionA, regionB
    QList<Cluster> clusters;        ///< sorted by urusan, service, first member
    QList<RegionPartners> partners; ///< one per region in scope that has a suggestion, by code
    QList<Hub> hubs;                ///< highest betweenness first
    Allocation allocation;
    QList<EngineIssue> issues;
    EngineSettings settings;
    bool cancelled = false;         ///< the run was stopped: the lists are incomplete
};

/// Why a suggestion came out as it did: the entries, each factor and the rule trace.
struct Explanation
{
    struct EntryRef
    {
        QUuid id;
        QString region;
        EntryKind kind = EntryKind::Kebutuhan;
        QString title;
        QString service;
        int priority = 0;
        Evidence externality = Evidence::Unknown;
        Evidence efficiency = Evidence::Unknown;
    };
    struct FactorLine
    {
        QString key;
        QString name;
        double value = 0;        ///< 0–1
        double weight = 0;       ///< normalised, sums to 1
        double contribution = 0; ///< points of the score
        QString detail;          ///< e.g. "berbatasan (1 langkah)"
    };
    QList<EntryRef> entries;     ///< sorted by region, kind, title
    QList<FactorLine> factors;
    RuleResult rule;             ///< class, flags and the trace with basis texts
    QString summary;             ///< one paragraph
};

/// Options of one run. The UI runs it in a worker thread and passes a progress callback and/or a cancel flag.
struct EngineOptions
{
    QString urusan;             ///< only this urusan (empty: all)
    QString region;             ///< keep only pairs/clusters involving this region (empty: all)
    bool allocation = true;     ///< solve the min-cost-flow allocation
    bool hubs = true;           ///< compute betweenness hubs
    /// Called between steps with (done, total); return false to cancel. May be empty.
    std::function<bool(int done, int total)> progress;
    const std::atomic<bool> *cancel = nullptr; ///< set to true from another thread to cancel
    /// Benchmarks and tests: when set, each allocation problem is appended here before it is solved.
    std::vector<graph::TransportProblem> *allocationProblems = nullptr;
};

/**
 * The suggestion engine (DESIGN.md §3): entries → explained partner pairs, clusters, ranked partners, an
 * allocation of potentials to needs and hub regions.
 *
 * Work is aggregated per (region, urusan, service) first, so a national project (552 regions, 32 urusan, 50,000
 * entries) runs in about 100 ms. Reentrant: run() keeps no state between calls and can run in a worker thread.
 */
class SuggestionEngine
{
    Q_DECLARE_TR_FUNCTIONS(ksd::SuggestionEngine)

public:
    static SuggestionSet run(const Project &project, const EngineOptions &options = {});
    /// Builds the process-wide tables every run reads (reference data, the region geometry with its adjacency,
    /// hops and distances, the authority and legal-basis tables) now, so that the first run does not pay for
    /// them. Thread-safe; the window calls it on a worker thread at start, while the user picks a file.
    static void prepare();

    /// Entries, factor contributions and the full rule trace behind @p s (on demand: O(entries)).
    static Explanation explain(const Project &project, const Suggestion &s);
    /// The same for a cluster: its members' entries and the rule trace of one bordering pair.
    static Explanation explain(const Project &project, const Cluster &c);

    /// A one-line reason for tables and CSV: class reason, entries, adjacency, evidence, factors, basis.
    static QString reasons(const Suggestion &s);
    static QString reasons(const Cluster &c);
};

} // namespace ksd
