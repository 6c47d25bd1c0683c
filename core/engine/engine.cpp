// SPDX-License-Identifier: Apache-2.0
#include <QCoreApplication>
#include "engine.h"

#include "engine/graphalgo.h"

#include <QLocale>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numeric>

namespace ksd {

namespace {

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

Geo buildGeo(const RefData &ref)
{
    Geo g;
    g.n = int(ref.regions().size());
    const int n = g.n;
    for (const Region &r : ref.regions()) {
        g.index.insert(r.code, int(g.regions.size()));
        g.regions.push_back(&r);
    }
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return g.regions[a]->code < g.regions[b]->code; });
    g.rank.assign(n, 0);
    for (int i = 0; i < n; ++i)
        g.rank[order[i]] = i;
    g.isProvince.resize(n);
    g.administrative.resize(n);
    g.province.resize(n);
    for (int i = 0; i < n; ++i) {
        g.isProvince[i] = g.regions[i]->isProvince();
        g.administrative[i] = g.regions[i]->administrative;
        g.province[i] = g.index.value(g.regions[i]->provinceCode, i);
    }
    g.sameLevelNeighbours.assign(n, {});
    for (const Border &b : ref.borders()) {
        const int a = g.index.value(b.a, -1);
        const int c = g.index.value(b.b, -1);
        if (a < 0 || c < 0 || a == c || g.isProvince[a] != g.isProvince[c])
            continue;
        g.sameLevelNeighbours[a].push_back(c);
        g.sameLevelNeighbours[c].push_back(a);
    }
    for (auto &v : g.sameLevelNeighbours) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }

    // Hops between regions of one level: breadth-first over land borders.
    g.hops.assign(std::size_t(n) * n, NoHop);
    std::vector<int> queue;
    for (int s = 0; s < n; ++s) {
        std::uint8_t *row = &g.hops[g.at(s, 0)];
        row[s] = 0;
        queue.assign(1, s);
        for (std::size_t qi = 0; qi < queue.size(); ++qi) {
            const int u = queue[qi];
            if (row[u] >= 254)
                continue;
            for (int v : g.sameLevelNeighbours[u]) {
                if (row[v] == NoHop) {
                    row[v] = std::uint8_t(row[u] + 1);
                    queue.push_back(v);
                }
            }
        }
    }
    // A province and a kab/kota: 1 for its own kab/kota, otherwise the fewest hops from the kab/kota to any of
    // the province's kab/kota (so 1 when they border, as RefData::adjacency says).
    std::vector<std::uint8_t> toProvince(std::size_t(n) * n, NoHop);
    for (int k = 0; k < n; ++k) {
        if (g.isProvince[k])
            continue;
        for (int j = 0; j < n; ++j) {
            if (g.isProvince[j])
                continue;
            const std::uint8_t h = g.hops[g.at(k, j)];
            std::uint8_t &best = toProvince[g.at(k, g.province[j])];
            best = std::min(best, h);
        }
    }
    g.adjacency.assign(std::size_t(n) * n, std::uint8_t(Adjacency::None));
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            if (a == b)
                continue;
            if (g.isProvince[a] == g.isProvince[b]) {
                if (g.hops[g.at(a, b)] == 1)
                    g.adjacency[g.at(a, b)] = std::uint8_t(Adjacency::Borders);
                continue;
            }
            const int p = g.isProvince[a] ? a : b;
            const int k = g.isProvince[a] ? b : a;
            std::uint8_t h;
            if (g.province[k] == p) {
                h = 1;
                g.adjacency[g.at(a, b)] = std::uint8_t(Adjacency::Within);
            } else {
                h = toProvince[g.at(k, p)];
                if (h == 1)
                    g.adjacency[g.at(a, b)] = std::uint8_t(Adjacency::Borders);
            }
            g.hops[g.at(a, b)] = h;
        }
    }

    g.km.assign(std::size_t(n) * n, 0.f);
    constexpr double R = 6371.0088;
    constexpr double deg = M_PI / 180.0;
    std::vector<double> lat(n), lon(n), cosLat(n);
    for (int i = 0; i < n; ++i) {
        lat[i] = g.regions[i]->labelLat * deg;
        lon[i] = g.regions[i]->labelLon * deg;
        cosLat[i] = std::cos(lat[i]);
    }
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            const double sLat = std::sin((lat[b] - lat[a]) / 2);
            const double sLon = std::sin((lon[b] - lon[a]) / 2);
            const double h = sLat * sLat + cosLat[a] * cosLat[b] * sLon * sLon;
            const float d = float(2 * R * std::asin(std::min(1.0, std::sqrt(h))));
            g.km[g.at(a, b)] = d;
            g.km[g.at(b, a)] = d;
        }
    }

    for (const Urusan &u : ref.urusanList()) {
        g.urusanIndex.insert(u.code, int(g.urusan.size()));
        g.urusan.push_back(&u);
        g.urusanSupport.push_back(!u.isConcurrent());
    }
    g.regionBySlot.assign(100 + 100 * 100, -1);
    g.urusanBySlot.assign(1000, -1);
    for (int i = 0; i < n; ++i) {
        if (const int slot = Geo::regionSlot(g.regions[i]->code); slot >= 0)
            g.regionBySlot[slot] = i;
    }
    for (int i = 0; i < int(g.urusan.size()); ++i) {
        if (const int slot = Geo::urusanSlot(g.urusan[i]->code); slot >= 0)
            g.urusanBySlot[slot] = i;
    }
    return g;
}

const Geo &geo()
{
    static const Geo g = buildGeo(RefData::instance());
    return g;
}

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

/// Externality across the entries: any "yes" counts (either side's problem crossing the border is enough);
/// "no" only when every entry says no.
Evidence combineExternality(const Tally &t)
{
    if (t.yes > 0)
        return Evidence::Yes;
    if (t.no > 0 && t.unknown == 0)
        return Evidence::No;
    return Evidence::Unknown;
}

/// Efficiency is a joint judgment: yes when someone says yes and nobody says no, no when nobody says yes and
/// someone says no and no-one is unsure; conflicting or missing answers call for a study.
Evidence combineEfficiency(const Tally &t)
{
    if (t.yes > 0 && t.no == 0)
        return Evidence::Yes;
    if (t.no > 0 && t.yes == 0 && t.unknown == 0)
        return Evidence::No;
    return Evidence::Unknown;
}

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
double jaccard(const ServiceSet &a, const ServiceSet &b)
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
    Tally ext, eff;
    ServiceSet potServices, needServices;
};

struct Group
{
    int urusan = 0;
    int row = -1;          ///< provincial service row, -1 for the rest of the urusan
    QString urusanCode;
    QString service;       ///< canonical provincial service name, empty for the rest
    std::vector<int> cellOf; ///< region → cell index in cells, -1
    std::vector<int> allocationUnits; ///< units its entries use (one allocation problem each)
    std::vector<Cell> cells;
};

/// One usable entry, compactly, for clusters and the allocation.
struct EntryRec
{
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

std::uint64_t pairKey(int a, int b, int n)
{
    if (a > b)
        std::swap(a, b);
    return std::uint64_t(a) * std::uint64_t(n) + std::uint64_t(b);
}

double round1(double x)
{
    return std::round(x * 10.0) / 10.0;
}

struct Weights
{
    std::array<double, EngineSettings::FactorCount> w{};
};

Weights normalisedWeights(const EngineSettings &s)
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

QString evidenceWord(Evidence e)
{
    switch (e) {
    case Evidence::Yes: return Tr::tr("ya");
    case Evidence::No: return Tr::tr("tidak");
    case Evidence::Unknown: break;
    }
    return Tr::tr("belum diketahui");
}

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

bool Run::tick()
{
    ++mDone;
    if (mOptions.cancel && mOptions.cancel->load(std::memory_order_relaxed))
        mCancelled = true;
    if (!mCancelled && mOptions.progress && !mOptions.progress(std::min(mDone, mTotal), mTotal))
        mCancelled = true;
    return !mCancelled;
}

int Run::internService(const QString &name)
{
    auto it = mServiceIds.constFind(name);
    if (it != mServiceIds.cend())
        return *it;
    const int id = int(mServiceNames.size());
    mServiceIds.insert(name, id);
    mServiceNames.append(name);
    return id;
}

int Run::internUnit(const QString &name)
{
    auto it = mUnitIds.constFind(name);
    if (it != mUnitIds.cend())
        return *it;
    const int id = int(mUnitNames.size());
    mUnitIds.insert(name, id);
    mUnitNames.append(name);
    return id;
}

void Run::aggregate()
{
    const int n = mGeo.n;
    mInScope.assign(n, 0);
    if (mProject.scope.isEmpty()) {
        std::fill(mInScope.begin(), mInScope.end(), 1);
    } else {
        for (const QString &c : mProject.scope) {
            const int i = mGeo.regionIndex(c.trimmed());
            if (i >= 0)
                mInScope[i] = 1;
        }
    }
    const int rows = int(mRules.services().rows().size());
    mGroupOf.assign(std::size_t(mGeo.urusan.size()) * (rows + 1), -1);
    // An urusan filter keeps that urusan only; an unknown one keeps nothing.
    const int onlyUrusan = mOptions.urusan.isEmpty() ? -1 : mGeo.urusanOf(mOptions.urusan.trimmed());
    const bool unknownFilter = !mOptions.urusan.isEmpty() && onlyUrusan < 0;

    const RefData &ref = mRules.refData();
    mEntries.reserve(mProject.entries.size());
    mServiceCache.assign(mGeo.urusan.size(), {});
    const int noUnit = internUnit(QString());
    for (const Entry &e : mProject.entries) {
        if (e.meta.deleted)
            continue;
        auto issue = [&](KsdClass cls, const QString &reason) {
            mOut.issues.append(EngineIssue{e.meta.id, e.regionCode, e.urusanCode, cls, reason});
        };
        const int r = mGeo.regionIndex(e.regionCode);
        const int u = mGeo.urusanOf(e.urusanCode);
        if (unknownFilter || (onlyUrusan >= 0 && u != onlyUrusan))
            continue;
        if (r < 0) {
            const auto found = ref.findRegion(e.regionCode);
            issue(KsdClass::TidakMemenuhi, found ? QString() : found.error().message);
            continue;
        }
        if (mGeo.administrative[r]) {
            issue(KsdClass::TidakMemenuhi,
                  Tr::tr("%1 adalah wilayah administratif, bukan daerah otonom; isian ini sebaiknya dicatat atas nama %2.")
                      .arg(mGeo.regions[r]->name, mGeo.regions[mGeo.province[r]]->name));
            continue;
        }
        if (u < 0) {
            if (RuleSet::isSupportUnitCode(e.urusanCode)) {
                issue(KsdClass::Sukarela, Tr::tr("Unsur penunjang %1 bukan objek kerja sama wajib; dapat diusulkan sebagai "
                                             "kerja sama sukarela.").arg(e.urusanCode));
            } else {
                issue(KsdClass::TidakMemenuhi, ref.findUrusan(e.urusanCode).error().message);
            }
            continue;
        }
        if (!mInScope[r]) {
            issue(KsdClass::TidakMemenuhi, Tr::tr("%1 (%2) berada di luar cakupan wilayah proyek.")
                                               .arg(mGeo.regions[r]->name, mGeo.regions[r]->code));
            continue;
        }

        // Which provincial service (if any) the entry is about, and the service identity for overlap/clusters.
        int row = -1;
        int serviceId = -1;
        if (!e.service.isEmpty()) {
            QHash<QString, QPair<int, int>> &cache = mServiceCache[u];
            auto it = cache.constFind(e.service);
            if (it == cache.cend()) {
                row = mRules.services().match(e.urusanCode, e.service);
                const QString canonical = row >= 0 ? QStringLiteral("#") + mRules.services().rows()[row].service
                                                   : ProvincialServiceTable::normalize(e.service);
                serviceId = canonical.isEmpty() ? -1 : internService(canonical);
                it = cache.insert(e.service, qMakePair(row, serviceId));
            }
            row = it->first;
            serviceId = it->second;
        }
        int &gi = mGroupOf[std::size_t(u) * (rows + 1) + (row + 1)];
        if (gi < 0) {
            gi = int(mGroups.size());
            Group g;
            g.urusan = u;
            g.row = row;
            g.urusanCode = mGeo.urusan[u]->code;
            if (row >= 0)
                g.service = mRules.services().rows()[row].service;
            g.cellOf.assign(n, -1);
            mGroups.push_back(std::move(g));
        }
        Group &g = mGroups[gi];
        int &ci = g.cellOf[r];
        if (ci < 0) {
            ci = int(g.cells.size());
            g.cells.push_back(Cell{});
            g.cells.back().region = r;
        }
        Cell &c = g.cells[ci];
        const Evidence ext = e.externality();
        c.ext.add(ext);
        c.eff.add(e.efficiency);
        const bool hasMagnitude = e.magnitude.has_value() && *e.magnitude > 0;
        int unit = -1;
        if (hasMagnitude) {
            auto it = mRawUnitIds.constFind(e.unit);
            if (it == mRawUnitIds.cend())
                it = mRawUnitIds.insert(e.unit, internUnit(e.unit.trimmed().toLower()));
            unit = *it;
        }
        const int priority = std::clamp(e.priority, 1, 5);
        auto addUnit = [&](int &cellUnit) {
            if (!hasMagnitude)
                return;
            cellUnit = cellUnit == -2 ? unit : (cellUnit == unit ? unit : -1);
        };
        const bool need = e.kind == EntryKind::Kebutuhan;
        if (need) {
            ++c.kebutuhan;
            c.needPriority = std::max(c.needPriority, priority);
            if (hasMagnitude)
                c.needMagnitude += *e.magnitude;
            addUnit(c.needUnit);
            if (ext != Evidence::No)
                ++c.crossNeeds;
            if (serviceId >= 0)
                c.needServices.add(serviceId);
        } else {
            ++c.potensi;
            c.potPriority = std::max(c.potPriority, priority);
            if (hasMagnitude)
                c.potMagnitude += *e.magnitude;
            addUnit(c.potUnit);
            if (serviceId >= 0)
                c.potServices.add(serviceId);
        }
        // Allocation quantities: the magnitude in its unit, or one "isian" when no magnitude was given.
        const int allocUnit = hasMagnitude ? unit : noUnit;
        if (std::find(g.allocationUnits.begin(), g.allocationUnits.end(), allocUnit) == g.allocationUnits.end())
            g.allocationUnits.push_back(allocUnit);
        const std::int64_t qty = hasMagnitude ? std::int64_t(std::clamp(std::llround(*e.magnitude), 1LL, 1000000000000LL)) : 1;
        mEntries.push_back(EntryRec{gi, ci, serviceId, allocUnit, qty, need, need && ext != Evidence::No, ext,
                                    e.efficiency});
    }

    // Groups in output order: urusan code, then the rest of the urusan before its provincial services by name.
    mGroupOrder.resize(mGroups.size());
    std::iota(mGroupOrder.begin(), mGroupOrder.end(), 0);
    std::sort(mGroupOrder.begin(), mGroupOrder.end(), [&](int x, int y) {
        const Group &a = mGroups[x];
        const Group &b = mGroups[y];
        if (a.urusanCode != b.urusanCode)
            return a.urusanCode < b.urusanCode;
        return a.service < b.service;
    });
}

void Run::loadRelations()
{
    const int n = mGeo.n;
    for (const Agreement &a : mProject.agreements) {
        if (a.meta.deleted || (a.status != AgreementStatus::Aktif && a.status != AgreementStatus::Diperpanjang))
            continue;
        std::vector<int> rs;
        for (const Party &p : a.parties) {
            if (p.kind != PartyKind::Region)
                continue;
            const int r = mGeo.index.value(p.regionCode, -1);
            if (r >= 0)
                rs.push_back(r);
        }
        const int u = mGeo.urusanIndex.value(a.urusanCode, -1);
        for (std::size_t i = 0; i < rs.size(); ++i) {
            for (std::size_t j = i + 1; j < rs.size(); ++j) {
                if (rs[i] == rs[j])
                    continue;
                const std::uint64_t k = pairKey(rs[i], rs[j], n);
                mAgreementsAny.push_back(k);
                if (u >= 0)
                    mAgreementsSame.push_back(k * 64 + std::uint64_t(u));
            }
        }
    }
    for (auto *v : {&mAgreementsAny, &mAgreementsSame}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }

    // DPRD facts come from proposals made for a region pair (Proposal::suggestionKey or the partner list).
    for (const Proposal &p : mProject.proposals) {
        if (p.meta.deleted)
            continue;
        QList<QPair<QString, QString>> pairsOf;
        QString urusan = p.urusanCode;
        const QStringList key = p.suggestionKey.split(QLatin1Char('|'));
        if (key.size() == 3) {
            pairsOf.append({key[0], key[1]});
            urusan = key[2];
        } else if (p.partnerType == PartnerType::Daerah) {
            for (const QString &partner : p.partnerRegionCodes)
                pairsOf.append({p.regionCode, partner});
        }
        const int u = mGeo.urusanIndex.value(urusan, -1);
        if (u < 0)
            continue;
        for (const auto &[x, y] : pairsOf) {
            const int a = mGeo.regionIndex(x);
            const int b = mGeo.regionIndex(y);
            if (a >= 0 && b >= 0 && a != b)
                mProposals.push_back(ProposalFacts{pairKey(a, b, n) * 64 + std::uint64_t(u), p.burdensPublic, p.inApbd});
        }
    }
    std::sort(mProposals.begin(), mProposals.end(),
              [](const ProposalFacts &x, const ProposalFacts &y) { return x.key < y.key; });
}

Run::Candidate Run::candidateOf(int a, int b) const
{
    const std::size_t k = mGeo.at(a, b);
    const int hops = mGeo.hops[k];
    Candidate c;
    c.b = b;
    c.hopFactor = hops == NoHop || hops == 0 ? 0.f : float(1.0 / hops);
    c.distanceFactor = float(std::exp(-double(mGeo.km[k]) / std::max(1.0, mSettings.distanceScaleKm)));
    c.anyAgreement = std::binary_search(mAgreementsAny.begin(), mAgreementsAny.end(), pairKey(a, b, mGeo.n));
    return c;
}

void Run::candidates()
{
    const int n = mGeo.n;
    std::vector<std::uint8_t> active(n, 0);
    for (const Group &g : mGroups) {
        for (const Cell &c : g.cells)
            active[c.region] = 1;
    }
    std::vector<int> byRank(n);
    for (int i = 0; i < n; ++i)
        byRank[mGeo.rank[i]] = i;
    mCandidates.assign(n, {});
    const int maxHops = std::clamp(mSettings.maxHops, 0, 254);
    const float maxKm = float(mSettings.maxKm);
    for (int a = 0; a < n; ++a) {
        if (!active[a])
            continue;
        for (int rb = mGeo.rank[a] + 1; rb < n; ++rb) {
            const int b = byRank[rb];
            if (!active[b])
                continue;
            const std::size_t k = mGeo.at(a, b);
            if ((mGeo.hops[k] != NoHop && mGeo.hops[k] <= maxHops) || mGeo.km[k] <= maxKm)
                mCandidates[a].push_back(candidateOf(a, b));
        }
    }
}

bool Run::scorePair(int gi, int ia, int ib, const Candidate &cand, PairRec &out) const
{
    const Group &g = mGroups[gi];
    const Cell &A = g.cells[ia];
    const Cell &B = g.cells[ib];
    const bool ab = A.potensi > 0 && B.kebutuhan > 0;
    const bool ba = B.potensi > 0 && A.kebutuhan > 0;
    const bool shared = A.crossNeeds > 0 && B.crossNeeds > 0;
    if (!ab && !ba && !shared)
        return false;
    const int a = A.region;
    const int b = B.region;

    Tally ext = A.ext, eff = A.eff;
    ext.add(B.ext);
    eff.add(B.eff);
    RuleSet::Facts f;
    f.a = mGeo.regions[a];
    f.b = mGeo.regions[b];
    f.urusan = mGeo.urusan[g.urusan];
    f.supportUnit = mGeo.urusanSupport[g.urusan];
    f.provincial = g.row >= 0;
    f.adjacency = Adjacency(mGeo.adjacency[mGeo.at(a, b)]);
    f.externality = combineExternality(ext);
    f.efficiency = combineEfficiency(eff);
    const std::uint64_t uk = pairKey(a, b, mGeo.n) * 64 + std::uint64_t(g.urusan);
    if (!mProposals.empty()) {
        auto it = std::lower_bound(mProposals.begin(), mProposals.end(), uk,
                                   [](const ProposalFacts &p, std::uint64_t key) { return p.key < key; });
        for (; it != mProposals.end() && it->key == uk; ++it) {
            f.burdensPublic = f.burdensPublic.value_or(false) || it->burdens;
            f.inApbd = f.inApbd.value_or(true) && it->inApbd;
        }
    }
    out.verdict = mRules.decide(f);
    out.ext = f.externality;
    out.eff = f.efficiency;

    // Factors, each 0–1.
    auto direction = [](const Cell &from, const Cell &to, double &magnitude, double &service) {
        magnitude = (from.potUnit >= 0 && from.potUnit == to.needUnit && from.potMagnitude > 0 && to.needMagnitude > 0)
                        ? std::min(from.potMagnitude, to.needMagnitude) / std::max(from.potMagnitude, to.needMagnitude)
                        : 0.5;
        service = jaccard(from.potServices, to.needServices);
    };
    double magAB = 0, svcAB = -1, magBA = 0, svcBA = -1;
    if (ab)
        direction(A, B, magAB, svcAB);
    if (ba)
        direction(B, A, magBA, svcBA);
    const double svcShared = shared ? jaccard(A.needServices, B.needServices) : -1;

    float *F = out.factors;
    F[EngineSettings::Complement] = float(0.5 + 0.25 * ((ab && ba) ? 1 : 0) + 0.25 * (shared ? 1 : 0));
    int prio = 0;
    if (ab)
        prio = std::max(prio, B.needPriority);
    if (ba)
        prio = std::max(prio, A.needPriority);
    if (shared)
        prio = std::max({prio, A.needPriority, B.needPriority});
    F[EngineSettings::Priority] = float(prio / 5.0);
    F[EngineSettings::Magnitude] = float(std::max({ab ? magAB : 0.0, ba ? magBA : 0.0, shared ? 0.5 : 0.0}));
    const double svc = std::max({svcAB, svcBA, svcShared});
    F[EngineSettings::Service] = float(svc < 0 ? 0.5 : svc);
    F[EngineSettings::Hops] = cand.hopFactor;
    F[EngineSettings::Distance] = cand.distanceFactor;
    out.agreementSame = cand.anyAgreement && std::binary_search(mAgreementsSame.begin(), mAgreementsSame.end(), uk);
    F[EngineSettings::Agreements] = out.agreementSame ? 1.f : cand.anyAgreement ? 0.5f : 0.f;
    double score = 0;
    for (int i = 0; i < EngineSettings::FactorCount; ++i)
        score += mWeights.w[i] * double(F[i]);
    out.score = round1(100.0 * score);
    out.fitAB = ab ? float(0.5 * (B.needPriority / 5.0) + 0.25 * magAB + 0.25 * (svcAB < 0 ? 0.5 : svcAB)) : 0.f;
    out.fitBA = ba ? float(0.5 * (A.needPriority / 5.0) + 0.25 * magBA + 0.25 * (svcBA < 0 ? 0.5 : svcBA)) : 0.f;
    out.shared = shared;
    out.group = gi;
    if (mGeo.rank[a] < mGeo.rank[b]) {
        out.a = a, out.b = b, out.cellA = ia, out.cellB = ib;
    } else {
        out.a = b, out.b = a, out.cellA = ib, out.cellB = ia;
        std::swap(out.fitAB, out.fitBA);
    }
    return true;
}

void Run::pairs()
{
    mPairs.assign(mGroups.size(), {});
    std::vector<int> cellsInOrder;
    for (int gi : mGroupOrder) {
        const Group &g = mGroups[gi];
        std::vector<PairRec> &recs = mPairs[gi];
        // Cells in code order and candidates later in code order: the pairs come out sorted.
        cellsInOrder.resize(g.cells.size());
        std::iota(cellsInOrder.begin(), cellsInOrder.end(), 0);
        std::sort(cellsInOrder.begin(), cellsInOrder.end(),
                  [&](int x, int y) { return mGeo.rank[g.cells[x].region] < mGeo.rank[g.cells[y].region]; });
        for (int ia : cellsInOrder) {
            for (const Candidate &c : mCandidates[g.cells[ia].region]) {
                const int ib = g.cellOf[c.b];
                if (ib < 0)
                    continue;
                PairRec &rec = recs.emplace_back();
                if (!scorePair(gi, ia, ib, c, rec) || rec.score < mSettings.minScore)
                    recs.pop_back();
            }
        }
        if (!tick())
            return;
    }
}

void Run::clusters()
{
    // Cross-border needs per (group, service, region), with their evidence.
    struct Node
    {
        int group, service, region;
        Tally ext, eff;
        int needs;
    };
    std::vector<Node> nodes;
    for (const EntryRec &e : mEntries) {
        if (!e.cross || e.service < 0)
            continue;
        Node nd{e.group, e.service, mGroups[e.group].cells[e.cell].region, {}, {}, 1};
        nd.ext.add(e.ext);
        nd.eff.add(e.eff);
        nodes.push_back(nd);
    }
    std::sort(nodes.begin(), nodes.end(), [](const Node &x, const Node &y) {
        return std::tie(x.group, x.service, x.region) < std::tie(y.group, y.service, y.region);
    });
    // Merge duplicates.
    std::vector<Node> merged;
    for (const Node &nd : nodes) {
        if (!merged.empty() && merged.back().group == nd.group && merged.back().service == nd.service
            && merged.back().region == nd.region) {
            merged.back().ext.add(nd.ext);
            merged.back().eff.add(nd.eff);
            merged.back().needs += nd.needs;
        } else {
            merged.push_back(nd);
        }
    }

    const int n = mGeo.n;
    std::vector<int> slot(n, -1);
    std::vector<int> parent;
    std::vector<Cluster> found;
    auto findRoot = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (std::size_t s = 0; s < merged.size();) {
        std::size_t e = s;
        while (e < merged.size() && merged[e].group == merged[s].group && merged[e].service == merged[s].service)
            ++e;
        const int count = int(e - s);
        if (count >= mSettings.clusterMinSize) {
            for (std::size_t i = s; i < e; ++i)
                slot[merged[i].region] = int(i - s);
            parent.resize(count);
            std::iota(parent.begin(), parent.end(), 0);
            std::vector<std::pair<int, int>> edges;
            for (std::size_t i = s; i < e; ++i) {
                const int r = merged[i].region;
                for (int q : mGeo.sameLevelNeighbours[r]) {
                    if (q > r && slot[q] >= 0) {
                        edges.emplace_back(int(i - s), slot[q]);
                        parent[findRoot(int(i - s))] = findRoot(slot[q]);
                    }
                }
            }
            std::vector<std::vector<int>> comps(count);
            for (int i = 0; i < count; ++i)
                comps[findRoot(i)].push_back(i);
            const Group &g = mGroups[merged[s].group];
            for (int root = 0; root < count; ++root) {
                const std::vector<int> &members = comps[root];
                if (int(members.size()) < mSettings.clusterMinSize)
                    continue;
                Cluster c;
                c.urusan = g.urusanCode;
                c.service = g.row >= 0 ? g.service : mServiceNames[merged[s].service];
                Tally ext, eff;
                QList<int> regions;
                for (int m : members) {
                    const Node &nd = merged[s + m];
                    regions.append(nd.region);
                    ext.add(nd.ext);
                    eff.add(nd.eff);
                    c.needEntries += nd.needs;
                }
                std::sort(regions.begin(), regions.end(), [&](int x, int y) { return mGeo.rank[x] < mGeo.rank[y]; });
                for (int r : regions)
                    c.members.append(mGeo.regions[r]->code);
                c.externality = combineExternality(ext);
                c.efficiency = combineEfficiency(eff);
                // Every bordering pair of members goes through the rule set with the cluster's evidence.
                double scoreSum = 0;
                int worst = -1;
                bool allGubernur = true;
                for (const auto &[x, y] : edges) {
                    if (findRoot(x) != root)
                        continue;
                    const int ra = merged[s + x].region;
                    const int rb = merged[s + y].region;
                    RuleSet::Facts f;
                    f.a = mGeo.regions[ra];
                    f.b = mGeo.regions[rb];
                    f.urusan = mGeo.urusan[g.urusan];
                    f.provincial = g.row >= 0;
                    f.adjacency = Adjacency(mGeo.adjacency[mGeo.at(ra, rb)]);
                    f.externality = c.externality;
                    f.efficiency = c.efficiency;
                    const RuleSet::Verdict v = mRules.decide(f);
                    worst = std::max(worst, int(v.cls));
                    const QString t = pairTypeKey(v.pairType);
                    if (!c.pairTypes.contains(t))
                        c.pairTypes.append(t);
                    if (v.pairType != PairType::B && v.pairType != PairType::E)
                        allGubernur = false;
                    c.legalReview = c.legalReview || v.pairType == PairType::C;
                    PairRec rec;
                    const int ca = g.cellOf[ra];
                    const int cb = g.cellOf[rb];
                    if (ca >= 0 && cb >= 0 && scorePair(merged[s].group, ca, cb, candidateOf(ra, rb), rec))
                        scoreSum += rec.score;
                    ++c.borderingPairs;
                }
                c.pairTypes.sort();
                c.cls = KsdClass(std::max(worst, 0));
                if (c.cls == KsdClass::Wajib)
                    c.takeover = allGubernur ? Takeover::Gubernur : Takeover::Pusat;
                else
                    c.legalReview = false;
                if (c.cls == KsdClass::RujukProvinsi) {
                    for (int r : regions) {
                        const QString p = mGeo.regions[mGeo.province[r]]->code;
                        if (!c.referTo.contains(p))
                            c.referTo.append(p);
                    }
                    c.referTo.sort();
                }
                c.score = c.borderingPairs ? round1(scoreSum / c.borderingPairs) : 0;
                found.push_back(std::move(c));
            }
            for (std::size_t i = s; i < e; ++i)
                slot[merged[i].region] = -1;
        }
        s = e;
    }
    std::sort(found.begin(), found.end(), [](const Cluster &x, const Cluster &y) {
        return std::tie(x.urusan, x.service, x.members) < std::tie(y.urusan, y.service, y.members);
    });
    for (Cluster &c : found) {
        if (!mOptions.region.isEmpty() && !c.members.contains(mOptions.region))
            continue;
        mOut.clusters.append(std::move(c));
    }
}

void Run::partnersAndHubs()
{
    const int n = mGeo.n;
    // Links per region (compressed rows), in group order so that ties resolve the same way every run.
    struct Link
    {
        int partner;
        int group;
        double score;
        int cls;
    };
    std::vector<int> start(n + 1, 0);
    for (int gi : mGroupOrder) {
        for (const PairRec &p : mPairs[gi]) {
            ++start[p.a + 1];
            ++start[p.b + 1];
        }
    }
    for (int i = 0; i < n; ++i)
        start[i + 1] += start[i];
    std::vector<Link> links(start[n]);
    std::vector<int> cursor(start.begin(), start.end() - 1);
    for (int gi : mGroupOrder) {
        for (const PairRec &p : mPairs[gi]) {
            links[cursor[p.a]++] = Link{p.b, gi, p.score, int(p.verdict.cls)};
            links[cursor[p.b]++] = Link{p.a, gi, p.score, int(p.verdict.cls)};
        }
    }

    // Strength for ranking: wajib, potensi wajib, referral to the province, sukarela.
    static const int strength[] = {0, 1, 3, 2, 4}; // indexed by KsdClass
    static const KsdClass byStrength[] = {KsdClass::Wajib, KsdClass::PotensiWajib, KsdClass::RujukProvinsi,
                                          KsdClass::Sukarela, KsdClass::TidakMemenuhi};
    struct Acc
    {
        double best = -1;
        int bestGroup = -1;
        int strongest = 4;
        std::uint64_t urusan = 0; // bit per urusan index (there are 32)
    };
    std::vector<Acc> acc(n);
    std::vector<int> touched;
    std::vector<int> byCode(n);
    std::iota(byCode.begin(), byCode.end(), 0);
    std::sort(byCode.begin(), byCode.end(), [&](int x, int y) { return mGeo.rank[x] < mGeo.rank[y]; });
    std::vector<std::pair<int, int>> hubEdges;
    const int keep = std::max({0, mSettings.topPartners, mSettings.hubPartners});
    for (int r : byCode) {
        if (start[r] == start[r + 1])
            continue;
        touched.clear();
        for (int i = start[r]; i < start[r + 1]; ++i) {
            const Link &l = links[i];
            Acc &x = acc[l.partner];
            if (x.bestGroup < 0)
                touched.push_back(l.partner);
            if (l.score > x.best) {
                x.best = l.score;
                x.bestGroup = l.group;
            }
            x.strongest = std::min(x.strongest, strength[l.cls]);
            x.urusan |= std::uint64_t(1) << (mGroups[l.group].urusan & 63);
        }
        auto better = [&](int x, int y) {
            if (acc[x].best != acc[y].best)
                return acc[x].best > acc[y].best;
            const int cx = std::popcount(acc[x].urusan), cy = std::popcount(acc[y].urusan);
            if (cx != cy)
                return cx > cy;
            return mGeo.rank[x] < mGeo.rank[y];
        };
        const int top = std::min<int>(int(touched.size()), keep);
        std::partial_sort(touched.begin(), touched.begin() + top, touched.end(), better);
        for (int i = 0; i < std::min(top, mSettings.hubPartners); ++i)
            hubEdges.emplace_back(std::min(r, touched[i]), std::max(r, touched[i]));
        if (mOptions.region.isEmpty() || mGeo.regions[r]->code == mOptions.region) {
            RegionPartners rp;
            rp.region = mGeo.regions[r]->code;
            for (int i = 0; i < std::min(top, std::max(0, mSettings.topPartners)); ++i) {
                const Acc &x = acc[touched[i]];
                PartnerRank pr;
                pr.partner = mGeo.regions[touched[i]]->code;
                pr.score = x.best;
                pr.bestUrusan = mGroups[x.bestGroup].urusanCode;
                pr.urusanCount = std::popcount(x.urusan);
                pr.strongest = byStrength[x.strongest];
                rp.partners.append(pr);
            }
            mOut.partners.append(rp);
        }
        for (int p : touched)
            acc[p] = Acc{};
    }
    if (!mOptions.hubs)
        return;

    std::sort(hubEdges.begin(), hubEdges.end());
    hubEdges.erase(std::unique(hubEdges.begin(), hubEdges.end()), hubEdges.end());
    std::vector<int> degree(n, 0);
    for (const auto &[a, b] : hubEdges) {
        ++degree[a];
        ++degree[b];
    }
    const std::vector<double> bc = graph::betweenness(n, hubEdges);
    int nodesInNetwork = 0;
    for (int d : degree)
        nodesInNetwork += d > 0;
    const double norm = nodesInNetwork > 2 ? (nodesInNetwork - 1.0) * (nodesInNetwork - 2.0) / 2.0 : 1.0;
    std::vector<int> order;
    for (int i = 0; i < n; ++i) {
        if (bc[i] > 0)
            order.push_back(i);
    }
    // Rounded before sorting so that floating-point noise cannot reorder ties.
    auto rounded = [&](int i) { return std::round(bc[i] * 1000.0) / 1000.0; };
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        if (rounded(x) != rounded(y))
            return rounded(x) > rounded(y);
        return mGeo.rank[x] < mGeo.rank[y];
    });
    for (int i = 0; i < std::min<int>(int(order.size()), std::max(0, mSettings.hubCount)); ++i) {
        const int r = order[i];
        mOut.hubs.append(Hub{mGeo.regions[r]->code, rounded(r), std::round(bc[r] / norm * 1e6) / 1e6, degree[r]});
    }
}

void Run::allocate()
{
    // Supply and demand per (group, unit, region).
    struct Node
    {
        int group, unit, region;
        bool need;
        std::int64_t qty;
    };
    std::vector<Node> nodes;
    nodes.reserve(mEntries.size());
    for (const EntryRec &e : mEntries)
        nodes.push_back(Node{e.group, e.unit, mGroups[e.group].cells[e.cell].region, e.need, e.qty});
    std::sort(nodes.begin(), nodes.end(), [](const Node &x, const Node &y) {
        return std::tie(x.group, x.unit, x.region, x.need) < std::tie(y.group, y.unit, y.region, y.need);
    });
    const int n = mGeo.n;
    std::vector<int> supplyOf(n, -1), demandOf(n, -1);
    QList<AllocationFlow> flows;
    Allocation &out = mOut.allocation;

    // Problems in output order: group order, then unit name.
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (std::size_t s = 0; s < nodes.size();) {
        std::size_t e = s;
        while (e < nodes.size() && nodes[e].group == nodes[s].group && nodes[e].unit == nodes[s].unit)
            ++e;
        ranges.emplace_back(s, e);
        s = e;
    }
    std::vector<int> groupPos(mGroups.size());
    for (int i = 0; i < int(mGroupOrder.size()); ++i)
        groupPos[mGroupOrder[i]] = i;
    std::sort(ranges.begin(), ranges.end(), [&](const auto &x, const auto &y) {
        const Node &a = nodes[x.first];
        const Node &b = nodes[y.first];
        if (a.group != b.group)
            return groupPos[a.group] < groupPos[b.group];
        return mUnitNames[a.unit] < mUnitNames[b.unit];
    });

    for (const auto &[s, e] : ranges) {
        const Group &g = mGroups[nodes[s].group];
        std::vector<std::int64_t> supply, demand;
        std::vector<int> supplyRegion, demandRegion;
        for (std::size_t i = s; i < e;) {
            std::size_t j = i;
            std::int64_t qty = 0;
            while (j < e && nodes[j].region == nodes[i].region && nodes[j].need == nodes[i].need)
                qty += nodes[j++].qty;
            if (nodes[i].need) {
                demandOf[nodes[i].region] = int(demand.size());
                demand.push_back(qty);
                demandRegion.push_back(nodes[i].region);
                out.totalDemand += qty;
            } else {
                supplyOf[nodes[i].region] = int(supply.size());
                supply.push_back(qty);
                supplyRegion.push_back(nodes[i].region);
                out.totalSupply += qty;
            }
            i = j;
        }
        // Arcs follow the pair suggestions of the group: a potensi may serve a need of a suggested partner.
        std::vector<graph::Arc> arcs;
        for (const PairRec &p : mPairs[nodes[s].group]) {
            const std::int64_t cost = 1000 - std::llround(p.score * 10.0);
            for (const auto &[from, to] : {std::pair{p.a, p.b}, std::pair{p.b, p.a}}) {
                const int si = supplyOf[from];
                const int di = demandOf[to];
                if (si >= 0 && di >= 0)
                    arcs.push_back(graph::Arc{si, di, std::min(supply[si], demand[di]), std::max<std::int64_t>(0, cost)});
            }
        }
        if (!arcs.empty()) {
            if (mOptions.allocationProblems)
                mOptions.allocationProblems->push_back(graph::TransportProblem{supply, demand, arcs});
            const graph::FlowResult r = graph::minCostMaxFlow(supply, demand, arcs);
            out.totalFlow += r.totalFlow;
            out.totalCost += r.totalCost;
            ++out.problems;
            for (std::size_t k = 0; k < arcs.size(); ++k) {
                if (r.flow[k] <= 0)
                    continue;
                AllocationFlow f;
                f.from = mGeo.regions[supplyRegion[arcs[k].from]]->code;
                f.to = mGeo.regions[demandRegion[arcs[k].to]]->code;
                if (!mOptions.region.isEmpty() && f.from != mOptions.region && f.to != mOptions.region)
                    continue;
                f.urusan = g.urusanCode;
                f.service = g.service;
                f.unit = mUnitNames[nodes[s].unit].isEmpty() ? Tr::tr("isian") : mUnitNames[nodes[s].unit];
                f.amount = r.flow[k];
                f.unitCost = arcs[k].cost;
                flows.append(f);
            }
        }
        for (int r : supplyRegion)
            supplyOf[r] = -1;
        for (int r : demandRegion)
            demandOf[r] = -1;
        if (!tick())
            return;
    }
    std::stable_sort(flows.begin(), flows.end(), [](const AllocationFlow &x, const AllocationFlow &y) {
        return std::tie(x.urusan, x.service, x.unit, x.from, x.to) < std::tie(y.urusan, y.service, y.unit, y.from, y.to);
    });
    out.flows = flows;
}

void Run::publish()
{
    std::size_t total = 0;
    for (const auto &v : mPairs)
        total += v.size();
    mOut.suggestions.reserve(qsizetype(total));
    const QString filter = mOptions.region;
    for (int gi : mGroupOrder) {
        const Group &g = mGroups[gi];
        for (const PairRec &p : mPairs[gi]) {
            const Region *ra = mGeo.regions[p.a];
            const Region *rb = mGeo.regions[p.b];
            if (!filter.isEmpty() && ra->code != filter && rb->code != filter)
                continue;
            Suggestion &s = mOut.suggestions.emplaceBack();
            s.regionA = ra->code;
            s.regionB = rb->code;
            s.urusan = g.urusanCode;
            s.service = g.service;
            s.cls = p.verdict.cls;
            s.pairType = p.verdict.pairType;
            s.takeover = p.verdict.takeover;
            s.legalReview = p.verdict.legalReview;
            s.dprdApproval = p.verdict.dprdApproval;
            if (s.cls == KsdClass::RujukProvinsi) {
                s.referTo.append(mGeo.regions[mGeo.province[p.a]]->code);
                if (mGeo.province[p.a] != mGeo.province[p.b])
                    s.referTo.append(mGeo.regions[mGeo.province[p.b]]->code);
                s.referTo.sort();
            }
            s.externality = p.ext;
            s.efficiency = p.eff;
            const std::size_t k = mGeo.at(p.a, p.b);
            s.adjacent = mGeo.adjacency[k] != std::uint8_t(Adjacency::None);
            s.hops = mGeo.hops[k];
            s.km = std::round(double(mGeo.km[k]) * 10.0) / 10.0;
            s.score = p.score;
            s.fitAB = std::round(double(p.fitAB) * 1000.0) / 1000.0;
            s.fitBA = std::round(double(p.fitBA) * 1000.0) / 1000.0;
            s.sharedNeed = p.shared;
            for (int i = 0; i < EngineSettings::FactorCount; ++i) {
                s.factors[i] = p.factors[i];
                s.contributions[i] = float(100.0 * mWeights.w[i] * double(p.factors[i]));
            }
            const Cell &A = g.cells[p.cellA];
            const Cell &B = g.cells[p.cellB];
            s.potensiA = A.potensi;
            s.kebutuhanA = A.kebutuhan;
            s.potensiB = B.potensi;
            s.kebutuhanB = B.kebutuhan;
            s.existingAgreement = p.agreementSame;
        }
    }
    if (!filter.isEmpty()) {
        QList<EngineIssue> kept;
        for (const EngineIssue &i : mOut.issues) {
            if (i.regionCode == filter)
                kept.append(i);
        }
        mOut.issues = kept;
    }
}

SuggestionSet Run::execute()
{
    mOut.settings = mSettings;
    auto stopped = [&] {
        mOut.cancelled = true;
        return mOut;
    };
    // KSD_ENGINE_TIMING=1 prints the time of each stage to stderr (for profiling only).
    // Thread CPU time, so that other processes on the machine do not blur the figures.
    static const bool timing = qEnvironmentVariableIsSet("KSD_ENGINE_TIMING");
    auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    double last = timing ? cpuMs() : 0;
    auto stage = [&](const char *name) {
        if (timing) {
            const double now = cpuMs();
            std::fprintf(stderr, "engine: %-10s %8.2f ms cpu\n", name, now - last);
            last = now;
        }
    };
    aggregate();
    stage("aggregate");
    loadRelations();
    candidates();
    stage("candidates");
    int problems = 0;
    for (const Group &g : mGroups)
        problems += int(g.allocationUnits.size());
    // One step after the set-up, one per group for the pairs, clusters, partners and hubs, one per allocation
    // problem, and the last one when the results are published.
    mTotal = 1 + int(mGroups.size()) + 2 + (mOptions.allocation ? problems : 0) + 1;
    if (!tick())
        return stopped();
    pairs();
    stage("pairs");
    if (mCancelled)
        return stopped();
    clusters();
    stage("clusters");
    if (!tick())
        return stopped();
    partnersAndHubs();
    stage("partners");
    if (!tick())
        return stopped();
    if (mOptions.allocation) {
        allocate();
        stage("allocation");
        if (mCancelled)
            return stopped();
    }
    publish();
    stage("publish");
    if (!tick())
        return stopped();
    return mOut;
}

} // namespace

// -----------------------------------------------------------------------------------------------------------------
// Settings

QString EngineSettings::factorKey(int factor)
{
    static const char *const keys[] = {"complement", "priority", "magnitude", "service", "hops", "distance",
                                       "agreements"};
    return factor >= 0 && factor < FactorCount ? QString::fromLatin1(keys[factor]) : QString();
}

QString EngineSettings::factorName(int factor)
{
    switch (factor) {
    case Complement: return Tr::tr("saling melengkapi");
    case Priority: return Tr::tr("prioritas");
    case Magnitude: return Tr::tr("besaran");
    case Service: return Tr::tr("kesamaan layanan");
    case Hops: return Tr::tr("langkah batas");
    case Distance: return Tr::tr("jarak");
    case Agreements: return Tr::tr("kerja sama yang ada");
    default: break;
    }
    return {};
}

EngineSettings EngineSettings::fromProject(const Project &project)
{
    EngineSettings s;
    auto number = [&](const QString &key, double fallback) {
        bool ok = false;
        const double v = project.settings.value(key).trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        return ok && std::isfinite(v) ? v : fallback;
    };
    for (int i = 0; i < FactorCount; ++i)
        s.weights[i] = std::max(0.0, number(QStringLiteral("weights/") + factorKey(i), s.weights[i]));
    s.maxHops = int(std::clamp(number(QStringLiteral("engine/max_hops"), s.maxHops), 0.0, 254.0));
    s.maxKm = std::max(0.0, number(QStringLiteral("engine/max_km"), s.maxKm));
    s.distanceScaleKm = std::max(1.0, number(QStringLiteral("engine/distance_scale_km"), s.distanceScaleKm));
    s.minScore = std::clamp(number(QStringLiteral("engine/min_score"), s.minScore), 0.0, 100.0);
    s.topPartners = int(std::clamp(number(QStringLiteral("engine/top_partners"), s.topPartners), 0.0, 1000.0));
    s.hubPartners = int(std::clamp(number(QStringLiteral("engine/hub_partners"), s.hubPartners), 0.0, 1000.0));
    s.hubCount = int(std::clamp(number(QStringLiteral("engine/hubs"), s.hubCount), 0.0, 1000.0));
    s.clusterMinSize = int(std::clamp(number(QStringLiteral("engine/cluster_min_size"), s.clusterMinSize), 2.0, 1000.0));
    return s;
}

void EngineSettings::writeTo(QMap<QString, QString> &settings) const
{
    for (int i = 0; i < FactorCount; ++i)
        settings.insert(QStringLiteral("weights/") + factorKey(i), QString::number(weights[i]));
    settings.insert(QStringLiteral("engine/max_hops"), QString::number(maxHops));
    settings.insert(QStringLiteral("engine/max_km"), QString::number(maxKm));
    settings.insert(QStringLiteral("engine/distance_scale_km"), QString::number(distanceScaleKm));
    settings.insert(QStringLiteral("engine/min_score"), QString::number(minScore));
    settings.insert(QStringLiteral("engine/top_partners"), QString::number(topPartners));
    settings.insert(QStringLiteral("engine/hub_partners"), QString::number(hubPartners));
    settings.insert(QStringLiteral("engine/hubs"), QString::number(hubCount));
    settings.insert(QStringLiteral("engine/cluster_min_size"), QString::number(clusterMinSize));
}

QString Suggestion::key() const
{
    return regionA + QLatin1Char('|') + regionB + QLatin1Char('|') + urusan;
}

QString Cluster::key() const
{
    return members.join(QLatin1Char(';')) + QLatin1Char('|') + urusan + QLatin1Char('|') + service;
}

// -----------------------------------------------------------------------------------------------------------------
// The engine

SuggestionSet SuggestionEngine::run(const Project &project, const EngineOptions &options)
{
    Run r(project, options);
    return r.execute();
}

namespace {

QString regionName(const QString &code)
{
    const Region *r = RefData::instance().region(code);
    return r ? r->name : code;
}

QString basisShort(KsdClass cls, PairType type)
{
    switch (cls) {
    case KsdClass::Wajib:
        return type == PairType::C ? Tr::tr("UU 23/2014 Pasal 364; PP 28/2018; tipe C perlu kajian hukum (tidak disebut "
                                        "Permendagri 22/2020)")
                                   : Tr::tr("UU 23/2014 Pasal 364; PP 28/2018; Permendagri 22/2020");
    case KsdClass::PotensiWajib: return Tr::tr("UU 23/2014 Pasal 364 (perlu kajian eksternalitas/efisiensi)");
    case KsdClass::Sukarela: return Tr::tr("UU 23/2014 Pasal 365; PP 28/2018");
    case KsdClass::RujukProvinsi: return Tr::tr("UU 23/2014 Pasal 13 ayat (3)");
    case KsdClass::TidakMemenuhi: break;
    }
    return Tr::tr("UU 23/2014 Pasal 363; PP 28/2018");
}

} // namespace

QString SuggestionEngine::reasons(const Suggestion &s)
{
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    QStringList parts;
    switch (s.cls) {
    case KsdClass::Wajib:
        parts << Tr::tr("wajib: berbatasan, eksternalitas lintas daerah dan efisiensi terpenuhi");
        break;
    case KsdClass::PotensiWajib:
        parts << Tr::tr("potensi wajib: berbatasan, bukti belum lengkap (eksternalitas %1, efisiensi %2), perlu kajian")
                     .arg(evidenceWord(s.externality), evidenceWord(s.efficiency));
        break;
    case KsdClass::Sukarela:
        parts << (s.adjacent ? Tr::tr("sukarela: syarat wajib tidak terpenuhi (eksternalitas %1, efisiensi %2)")
                                   .arg(evidenceWord(s.externality), evidenceWord(s.efficiency))
                             : Tr::tr("sukarela: tidak berbatasan"));
        break;
    case KsdClass::RujukProvinsi:
        parts << Tr::tr("rujuk ke provinsi %1: %2 antar-kabupaten/kota adalah kewenangan provinsi")
                     .arg(s.referTo.join(QStringLiteral(", ")), s.service);
        break;
    case KsdClass::TidakMemenuhi:
        parts << Tr::tr("tidak memenuhi syarat para pihak atau objek");
        break;
    }
    QStringList fits;
    if (s.potensiA > 0 && s.kebutuhanB > 0)
        fits << Tr::tr("potensi %1 (%2) → kebutuhan %3 (%4)").arg(s.regionA).arg(s.potensiA).arg(s.regionB).arg(s.kebutuhanB);
    if (s.potensiB > 0 && s.kebutuhanA > 0)
        fits << Tr::tr("potensi %1 (%2) → kebutuhan %3 (%4)").arg(s.regionB).arg(s.potensiB).arg(s.regionA).arg(s.kebutuhanA);
    if (s.sharedNeed)
        fits << Tr::tr("kebutuhan lintas batas di kedua pihak");
    parts << fits.join(QStringLiteral(", "));
    if (s.adjacent)
        parts << Tr::tr("berbatasan; jarak antartitik pusat %1 km").arg(id.toString(s.km, 'f', 0));
    else if (s.hops != 255)
        parts << Tr::tr("%1 langkah batas; jarak antartitik pusat %2 km").arg(s.hops).arg(id.toString(s.km, 'f', 0));
    else
        parts << Tr::tr("tidak terhubung darat; jarak antartitik pusat %1 km").arg(id.toString(s.km, 'f', 0));
    QStringList f;
    for (int i = 0; i < EngineSettings::FactorCount; ++i)
        f << QStringLiteral("%1 %2").arg(EngineSettings::factorName(i), id.toString(double(s.contributions[i]), 'f', 1));
    parts << Tr::tr("skor %1 = %2").arg(id.toString(s.score, 'f', 1), f.join(QStringLiteral(" + ")));
    if (s.existingAgreement)
        parts << Tr::tr("sudah ada kerja sama aktif pada urusan ini");
    if (s.takeover != Takeover::None)
        parts << Tr::tr("bila tidak dilaksanakan diambil alih %1").arg(takeoverName(s.takeover));
    if (s.dprdApproval)
        parts << Tr::tr("perlu persetujuan DPRD");
    parts << Tr::tr("dasar: %1").arg(basisShort(s.cls, s.pairType));
    return parts.join(QStringLiteral("; "));
}

QString SuggestionEngine::reasons(const Cluster &c)
{
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    QStringList parts;
    switch (c.cls) {
    case KsdClass::RujukProvinsi:
        parts << Tr::tr("klaster %1 daerah berbatasan dengan kebutuhan lintas batas \"%2\": kewenangan provinsi, rujuk ke %3")
                     .arg(c.members.size())
                     .arg(c.service, c.referTo.join(QStringLiteral(", ")));
        break;
    case KsdClass::Wajib:
        parts << Tr::tr("klaster %1 daerah berbatasan dengan kebutuhan lintas batas \"%2\": wajib").arg(c.members.size()).arg(c.service);
        break;
    case KsdClass::PotensiWajib:
        parts << Tr::tr("klaster %1 daerah berbatasan dengan kebutuhan lintas batas \"%2\": potensi wajib, perlu kajian "
                    "(eksternalitas %3, efisiensi %4)")
                     .arg(c.members.size())
                     .arg(c.service, evidenceWord(c.externality), evidenceWord(c.efficiency));
        break;
    default:
        parts << Tr::tr("klaster %1 daerah berbatasan dengan kebutuhan lintas batas \"%2\": sukarela (eksternalitas %3, "
                    "efisiensi %4)")
                     .arg(c.members.size())
                     .arg(c.service, evidenceWord(c.externality), evidenceWord(c.efficiency));
        break;
    }
    parts << Tr::tr("anggota %1").arg(c.members.join(QStringLiteral(", ")));
    parts << Tr::tr("%1 isian kebutuhan, %2 pasangan berbatasan, skor rata-rata %3")
                 .arg(c.needEntries)
                 .arg(c.borderingPairs)
                 .arg(id.toString(c.score, 'f', 1));
    if (c.takeover != Takeover::None)
        parts << Tr::tr("bila tidak dilaksanakan diambil alih %1").arg(takeoverName(c.takeover));
    parts << Tr::tr("dasar: %1").arg(basisShort(c.cls, c.legalReview ? PairType::C : PairType::E));
    return parts.join(QStringLiteral("; "));
}

namespace {

std::optional<bool> proposalFact(const Project &p, const QString &a, const QString &b, const QString &urusan,
                                 bool burdens)
{
    std::optional<bool> out;
    for (const Proposal &x : p.proposals) {
        if (x.meta.deleted)
            continue;
        const QStringList key = x.suggestionKey.split(QLatin1Char('|'));
        bool match = false;
        if (key.size() == 3) {
            match = key[2] == urusan && ((key[0] == a && key[1] == b) || (key[0] == b && key[1] == a));
        } else if (x.partnerType == PartnerType::Daerah && x.urusanCode == urusan) {
            match = (x.regionCode == a && x.partnerRegionCodes.contains(b))
                    || (x.regionCode == b && x.partnerRegionCodes.contains(a));
        }
        if (!match)
            continue;
        out = burdens ? (out.value_or(false) || x.burdensPublic) : (out.value_or(true) && x.inApbd);
    }
    return out;
}

void collectEntries(const Project &project, const RuleSet &rules, const QStringList &regions, const QString &urusan,
                    const QString &service, bool needsOnly, Explanation &ex)
{
    int row = -1;
    for (int i = 0; i < rules.services().rows().size(); ++i) {
        const ProvincialService &r = rules.services().rows()[i];
        if (r.urusan == urusan && r.service == service)
            row = i;
    }
    const QString normalized = ProvincialServiceTable::normalize(service);
    for (const Entry &e : project.entries) {
        if (e.meta.deleted || e.urusanCode != urusan || !regions.contains(e.regionCode))
            continue;
        const int er = rules.services().match(e.urusanCode, e.service);
        if (row >= 0 ? er != row : (needsOnly ? ProvincialServiceTable::normalize(e.service) != normalized : er >= 0))
            continue;
        if (needsOnly && (e.kind != EntryKind::Kebutuhan || e.externality() == Evidence::No))
            continue;
        ex.entries.append(Explanation::EntryRef{e.meta.id, e.regionCode, e.kind, e.title, e.service, e.priority,
                                                e.externality(), e.efficiency});
    }
    std::sort(ex.entries.begin(), ex.entries.end(), [](const Explanation::EntryRef &x, const Explanation::EntryRef &y) {
        return std::tie(x.region, x.kind, x.title, x.id) < std::tie(y.region, y.kind, y.title, y.id);
    });
}

} // namespace

Explanation SuggestionEngine::explain(const Project &project, const Suggestion &s)
{
    Explanation ex;
    const RuleSet rules = RuleSet::forProject(project);
    collectEntries(project, rules, {s.regionA, s.regionB}, s.urusan, s.service, false, ex);
    const EngineSettings settings = EngineSettings::fromProject(project);
    const Weights w = normalisedWeights(settings);
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    for (int i = 0; i < EngineSettings::FactorCount; ++i) {
        Explanation::FactorLine line;
        line.key = EngineSettings::factorKey(i);
        line.name = EngineSettings::factorName(i);
        line.value = double(s.factors[i]);
        line.weight = w.w[i];
        line.contribution = double(s.contributions[i]);
        switch (i) {
        case EngineSettings::Complement:
            line.detail = Tr::tr("potensi A→kebutuhan B: %1; potensi B→kebutuhan A: %2; kebutuhan bersama: %3")
                              .arg(s.fitAB > 0 ? Tr::tr("ya") : Tr::tr("tidak"), s.fitBA > 0 ? Tr::tr("ya") : Tr::tr("tidak"),
                                   s.sharedNeed ? Tr::tr("ya") : Tr::tr("tidak"));
            break;
        case EngineSettings::Hops:
            line.detail = s.hops == 255 ? Tr::tr("tidak terhubung darat") : Tr::tr("%n langkah batas", nullptr, s.hops);
            break;
        case EngineSettings::Distance:
            line.detail = Tr::tr("%1 km antar titik label").arg(id.toString(s.km, 'f', 1));
            break;
        case EngineSettings::Agreements:
            line.detail = s.existingAgreement ? Tr::tr("sudah ada kerja sama aktif pada urusan ini")
                                              : s.factors[i] > 0 ? Tr::tr("ada kerja sama aktif pada urusan lain")
                                                                 : Tr::tr("belum ada kerja sama aktif");
            break;
        default:
            break;
        }
        ex.factors.append(line);
    }
    RuleInput in;
    in.regionA = s.regionA;
    in.regionB = s.regionB;
    in.urusan = s.urusan;
    in.service = s.service;
    in.externality = s.externality;
    in.efficiency = s.efficiency;
    in.burdensPublic = proposalFact(project, s.regionA, s.regionB, s.urusan, true);
    in.inApbd = proposalFact(project, s.regionA, s.regionB, s.urusan, false);
    ex.rule = rules.evaluate(in);
    ex.summary = Tr::tr("%1 – %2, urusan %3: %4. %5")
                     .arg(regionName(s.regionA), regionName(s.regionB), s.urusan, ksdClassName(s.cls), reasons(s));
    return ex;
}

Explanation SuggestionEngine::explain(const Project &project, const Cluster &c)
{
    Explanation ex;
    const RuleSet rules = RuleSet::forProject(project);
    collectEntries(project, rules, c.members, c.urusan, c.service, true, ex);
    // The trace of the first bordering pair of members stands for the cluster (they share its evidence).
    const RefData &ref = RefData::instance();
    for (int i = 0; i < c.members.size() && ex.rule.trace.isEmpty(); ++i) {
        for (int j = i + 1; j < c.members.size(); ++j) {
            if (ref.adjacency(c.members[i], c.members[j]).kind == Adjacency::None)
                continue;
            RuleInput in;
            in.regionA = c.members[i];
            in.regionB = c.members[j];
            in.urusan = c.urusan;
            in.service = c.service;
            in.externality = c.externality;
            in.efficiency = c.efficiency;
            ex.rule = rules.evaluate(in);
            break;
        }
    }
    QStringList names;
    for (const QString &m : c.members)
        names << regionName(m);
    ex.summary = Tr::tr("Klaster %1, urusan %2: %3. %4")
                     .arg(names.join(QStringLiteral(", ")), c.urusan, ksdClassName(c.cls), reasons(c));
    return ex;
}

} // namespace ksd
