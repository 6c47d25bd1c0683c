// SPDX-License-Identifier: Apache-2.0
// Internal to the suggestion engine: the geometry of the reference data, the aggregates of one run and the Run
// class whose stages are spread over the engine*.cpp files. Not part of the public API.
#pragma once

#include "engine.h"
#include "graphalgo.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace ksd::detail::engine {

constexpr std::uint8_t NoHop = 255;
constexpr int MaxServicesPerCell = 8; // distinct named services kept per cell for the overlap factor

// -----------------------------------------------------------------------------------------------------------------
// Geometry of the reference data, built once per process: indices, border hops, adjacency and distances.

struct Geo
{
    int n = 0;
    std::vector<const Region *> regions;
    QHash<QString, int> index;
    std::vector<int> rank;              ///< position in code order
    std::vector<std::uint8_t> isProvince;
    std::vector<std::uint8_t> administrative;
    std::vector<int> province;          ///< index of the region's province (itself for a province)
    std::vector<std::uint8_t> hops;     ///< n × n border hops, NoHop when not connected by land
    std::vector<std::uint8_t> adjacency; ///< n × n Adjacency
    std::vector<float> km;              ///< n × n distance between label points
    std::vector<std::vector<int>> sameLevelNeighbours;
    std::vector<const Urusan *> urusan;
    std::vector<std::uint8_t> urusanSupport; ///< not a concurrent urusan
    QHash<QString, int> urusanIndex;
    std::vector<int> regionBySlot;      ///< see regionSlot()
    std::vector<int> urusanBySlot;      ///< see urusanSlot()

    std::size_t at(int a, int b) const { return std::size_t(a) * std::size_t(n) + std::size_t(b); }

    static int digit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9') ? c.unicode() - '0' : -1; }
    /// 0–99 for "PP", 100 + PP·100 + KK for "PP.KK", -1 for any other shape.
    static int regionSlot(const QString &c)
    {
        if (c.size() != 2 && !(c.size() == 5 && c[2] == QLatin1Char('.')))
            return -1;
        const int d0 = digit(c[0]), d1 = digit(c[1]);
        if (d0 < 0 || d1 < 0)
            return -1;
        if (c.size() == 2)
            return d0 * 10 + d1;
        const int d3 = digit(c[3]), d4 = digit(c[4]);
        return d3 < 0 || d4 < 0 ? -1 : 100 + (d0 * 10 + d1) * 100 + d3 * 10 + d4;
    }
    /// U·100 + NN for "U.NN", -1 for any other shape.
    static int urusanSlot(const QString &c)
    {
        if (c.size() != 4 || c[1] != QLatin1Char('.'))
            return -1;
        const int d0 = digit(c[0]), d2 = digit(c[2]), d3 = digit(c[3]);
        return d0 < 0 || d2 < 0 || d3 < 0 ? -1 : d0 * 100 + d2 * 10 + d3;
    }
    /// Index of a region code, -1 when unknown. The usual shapes are parsed directly (the engine looks up every
    /// entry); anything else goes through the hash.
    int regionIndex(const QString &code) const
    {
        const int slot = regionSlot(code);
        return slot >= 0 ? regionBySlot[slot] : index.value(code, -1);
    }
    int urusanOf(const QString &code) const
    {
        const int slot = urusanSlot(code);
        return slot >= 0 ? urusanBySlot[slot] : urusanIndex.value(code, -1);
    }
};

/// Built on first use from RefData::instance() and kept for the process.
const Geo &geo();

// -----------------------------------------------------------------------------------------------------------------
// Aggregates

struct Tally
{
    int yes = 0, no = 0, unknown = 0;
    void add(Evidence e) { (e == Evidence::Yes ? yes : e == Evidence::No ? no : unknown)++; }
    void add(const Tally &o)
    {
        yes += o.yes;
        no += o.no;
        unknown += o.unknown;
    }
};

struct ServiceSet
{
    std::array<int, MaxServicesPerCell> ids{};
    int size = 0;
    void add(int id)
    {
        for (int i = 0; i < size; ++i) {
            if (ids[i] == id)
                return;
        }
        if (size < MaxServicesPerCell) {
            ids[size++] = id;
            std::sort(ids.begin(), ids.begin() + size);
        }
    }
};

/// Overlap of two service sets (Jaccard); -1 when either is empty.
inline double jaccard(const ServiceSet &a, const ServiceSet &b)
{
    if (a.size == 0 || b.size == 0)
        return -1;
    int i = 0, j = 0, common = 0;
    while (i < a.size && j < b.size) {
        if (a.ids[i] == b.ids[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a.ids[i] < b.ids[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return double(common) / double(a.size + b.size - common);
}

/// Everything one region entered for one urusan (and one provincial service, or the rest).
struct Cell
{
    int region = 0;
    int potensi = 0, kebutuhan = 0, crossNeeds = 0;
    int potPriority = 0, needPriority = 0;
    double potMagnitude = 0, needMagnitude = 0;
    int potUnit = -2, needUnit = -2; ///< -2 none yet, -1 mixed, else the unit id
    SideEvidence evidence;           ///< what the region's entries in this group say (the rule set's input)
    ServiceSet potServices, needServices;
};

struct Group
{
    int urusan = 0;
    int row = -1;          ///< authority table service row, -1 for the rest of the urusan
    int defaultRow = -1;   ///< the urusan's default row in the authority table (-1: split)
    QString urusanCode;
    QString service;       ///< canonical service name of the authority table, empty for the rest
    std::vector<int> cellOf; ///< region → cell index in cells, -1
    std::vector<int> allocationUnits; ///< units its entries use (one allocation problem each)
    std::vector<Cell> cells;
};

/// One usable entry, compactly, for clusters and the allocation.
struct EntryRec
{
    const Entry *entry;
    int group;
    int cell;
    int service;   ///< interned service id (-1 none)
    int unit;      ///< interned allocation unit
    std::int64_t qty;
    bool need;
    bool cross;    ///< a need whose externality is not known to be absent
    Evidence ext;
    Evidence eff;
};

/// A pair suggestion before it becomes a public Suggestion.
struct PairRec
{
    int group;
    int a, b;      ///< region indices, a before b in code order
    int cellA, cellB;
    RuleSet::Verdict verdict;
    Evidence ext, eff;
    float factors[EngineSettings::FactorCount];
    float fitAB, fitBA;
    double score;
    bool shared;
    bool agreementSame;
};

inline std::uint64_t pairKey(int a, int b, int n)
{
    if (a > b)
        std::swap(a, b);
    return std::uint64_t(a) * std::uint64_t(n) + std::uint64_t(b);
}

inline double round1(double x)
{
    return std::round(x * 10.0) / 10.0;
}

struct Weights
{
    std::array<double, EngineSettings::FactorCount> w{};
};

inline Weights normalisedWeights(const EngineSettings &s)
{
    Weights out;
    double sum = 0;
    for (double w : s.weights)
        sum += std::max(0.0, w);
    for (int i = 0; i < EngineSettings::FactorCount; ++i)
        out.w[i] = sum > 0 ? std::max(0.0, s.weights[i]) / sum : 1.0 / EngineSettings::FactorCount;
    return out;
}

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::SuggestionEngine)
};

/// The working state of one run.
class Run
{
public:
    Run(const Project &p, const EngineOptions &o)
        : mProject(p)
        , mOptions(o)
        , mGeo(geo())
        , mRules(RuleSet::forProject(p))
        , mSettings(EngineSettings::fromProject(p))
        , mWeights(normalisedWeights(mSettings))
    {
    }

    SuggestionSet execute();

private:
    bool tick();
    void aggregate();
    void loadRelations();
    void candidates();
    void pairs();
    struct Candidate
    {
        int b;              ///< partner region, later in code order
        float hopFactor;
        float distanceFactor;
        bool anyAgreement;  ///< an active agreement between them in some urusan
    };
    bool scorePair(int g, int cellA, int cellB, const Candidate &c, PairRec &out) const;
    /// The rule set's facts for a pair of one group: the same functions RuleSet::evaluate() resolves them with.
    RuleSet::Facts facts(const Group &g, int a, int b, const SideEvidence &ea, const SideEvidence &eb) const;
    Candidate candidateOf(int a, int b) const;
    void clusters();
    void partnersAndHubs();
    void allocate();
    void publish();

    int internService(const QString &name);
    int internUnit(const QString &name);

    const Project &mProject;
    const EngineOptions &mOptions;
    const Geo &mGeo;
    RuleSet mRules;
    EngineSettings mSettings;
    Weights mWeights;

    int mDone = 0;
    int mTotal = 1;
    bool mCancelled = false;

    std::vector<std::uint8_t> mInScope;
    std::vector<int> mGroupOf;   ///< (urusan, row+1) → group index
    std::vector<Group> mGroups;
    std::vector<int> mGroupOrder; ///< groups sorted by urusan code, service
    std::vector<EntryRec> mEntries;
    QHash<QString, int> mServiceIds;
    QStringList mServiceNames;
    QHash<QString, int> mUnitIds;      ///< normalised unit → id
    QHash<QString, int> mRawUnitIds;   ///< unit as entered → id
    QStringList mUnitNames;
    std::vector<QHash<QString, QPair<int, int>>> mServiceCache; ///< per urusan: service as entered → (row, id)

    std::vector<std::uint64_t> mAgreementsAny;  ///< pairKey
    std::vector<std::uint64_t> mAgreementsSame; ///< pairKey * 64 + urusan
    struct ProposalFacts { std::uint64_t key; bool burdens; bool inApbd; };
    std::vector<ProposalFacts> mProposals;      ///< key = pairKey * 64 + urusan, sorted

    std::vector<std::vector<Candidate>> mCandidates; ///< per region: partners later in code order
    std::vector<std::vector<PairRec>> mPairs;    ///< per group

    SuggestionSet mOut;
};

} // namespace ksd::detail::engine
