// SPDX-License-Identifier: Apache-2.0
// The suggestion engine (issue 3 item 3): classes from entries, two-way scores, clusters, partners, allocation,
// hubs, determinism, cancellation and bad input.
#include <catch2/catch.hpp>

#include <QHash>

#include "demo/demoproject.h"
#include "engine/engine.h"
#include "engine/graphalgo.h"
#include "engine/synth.h"

#include <QCryptographicHash>

#include <atomic>
#include <functional>
#include <random>
#include <tuple>

using namespace ksd;

namespace {

QString q(const char *s) { return QString::fromUtf8(s); }

Entry entry(const char *region, const char *urusan, EntryKind kind, const char *service, Evidence ext, Evidence eff,
            int priority = 4, std::optional<double> magnitude = {}, const char *unit = "")
{
    Entry e;
    e.meta = RecordMeta::fresh(QStringLiteral("uji"));
    e.kind = kind;
    e.regionCode = q(region);
    e.urusanCode = q(urusan);
    e.service = q(service);
    e.title = QStringLiteral("%1 %2 %3").arg(entryKindKey(kind), q(region), q(service));
    e.priority = priority;
    e.extLocation = ext;
    e.extUsers = ext == Evidence::Yes ? Evidence::Unknown : ext;
    e.extImpact = ext == Evidence::Yes ? Evidence::Unknown : ext;
    e.efficiency = eff;
    e.magnitude = magnitude;
    e.unit = q(unit);
    return e;
}

constexpr EntryKind P = EntryKind::Potensi;
constexpr EntryKind K = EntryKind::Kebutuhan;
constexpr Evidence Y = Evidence::Yes;
constexpr Evidence N = Evidence::No;
constexpr Evidence U = Evidence::Unknown;

/// Kalimantan Selatan with two neighbours of Kalimantan Tengah: the Banjarbakula waste case, a type-B and a
/// type-C pair, a non-adjacent pair and a pair with missing evidence.
Project kalselProject()
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Uji mesin saran"), 2024);
    p.scope = {q("62.03"), q("62.71"), q("63"), q("63.01"), q("63.03"), q("63.04"), q("63.05"), q("63.06"),
               q("63.09"), q("63.71"), q("63.72")};
    // Regional waste: five bordering kab/kota with cross-border needs in the same provincial service.
    p.entries << entry("63.71", "2.11", K, "TPA Regional Banjarbakula", Y, Y, 5, 650, "ton/hari")
              << entry("63.72", "2.11", K, "TPA regional", Y, Y, 4, 140, "ton/hari")
              << entry("63.03", "2.11", K, "persampahan regional", Y, Y, 5, 210, "ton/hari")
              << entry("63.04", "2.11", K, "TPA regional", Y, U, 3, 95, "ton/hari")
              << entry("63.01", "2.11", K, "TPA regional", U, Y, 3, 60, "ton/hari")
              // The province offers the regional landfill: type B with each kab/kota.
              << entry("63", "2.11", P, "TPA regional", Y, Y, 5, 1000, "ton/hari");
    // Type C: the province and Kapuas (Kalimantan Tengah), bordering through Barito Kuala.
    p.entries << entry("63", "1.03", P, "jembatan perbatasan", Y, Y, 4)
              << entry("62.03", "1.03", K, "jembatan perbatasan", Y, Y, 5);
    // Not adjacent: Banjar and Tabalong (tourism).
    p.entries << entry("63.03", "3.26", P, "paket wisata", Y, Y, 3)
              << entry("63.09", "3.26", K, "paket wisata", Y, Y, 4);
    // Missing evidence: Banjar and Banjarmasin (health).
    p.entries << entry("63.03", "1.02", P, "rujukan puskesmas", U, U, 3)
              << entry("63.71", "1.02", K, "rujukan puskesmas", U, U, 4);
    // No externality: Banjar and Tapin (agriculture).
    p.entries << entry("63.03", "3.27", P, "benih", N, Y, 3) << entry("63.05", "3.27", K, "benih", N, Y, 3);
    // Each "ya" names the regions its externality crosses into (evidence per partner, issue 12).
    const QHash<QString, QStringList> named{
        {q("2.11"), {q("63"), q("63.01"), q("63.03"), q("63.04"), q("63.71"), q("63.72")}},
        {q("1.03"), {q("63"), q("62.03")}},
        {q("3.26"), {q("63.03"), q("63.09")}},
    };
    for (Entry &e : p.entries) {
        if (e.externality() != Evidence::Yes)
            continue;
        for (const QString &r : named.value(e.urusanCode)) {
            if (r != e.regionCode)
                e.externalityRegions << r;
        }
    }
    p.settings.insert(QStringLiteral("engine/max_hops"), QStringLiteral("4"));
    p.settings.insert(QStringLiteral("engine/max_km"), QStringLiteral("250"));
    return p;
}

const Suggestion *find(const SuggestionSet &set, const char *a, const char *b, const char *urusan)
{
    QString x = q(a), y = q(b);
    if (y < x)
        std::swap(x, y);
    for (const Suggestion &s : set.suggestions) {
        if (s.regionA == x && s.regionB == y && s.urusan == q(urusan))
            return &s;
    }
    return nullptr;
}

/// Everything a run produced, as text: equal text means byte-identical output.
QByteArray serialise(const SuggestionSet &set)
{
    QString t;
    for (const Suggestion &s : set.suggestions) {
        t += QStringLiteral("S %1|%2|%3|%4|%5|%6|%7|%8|%9|").arg(s.key(), s.service, ksdClassKey(s.cls),
                                                              pairTypeKey(s.pairType), takeoverKey(s.takeover),
                                                              s.referTo.join(QLatin1Char(',')))
                 .arg(s.score, 0, 'f', 1)
                 .arg(s.km, 0, 'f', 1)
                 .arg(s.hops);
        for (float f : s.factors)
            t += QString::number(double(f), 'g', 9) + QLatin1Char(',');
        t += SuggestionEngine::reasons(s) + QLatin1Char('\n');
    }
    for (const Cluster &c : set.clusters)
        t += QStringLiteral("C %1|%2|%3\n").arg(c.key(), ksdClassKey(c.cls)).arg(c.score, 0, 'f', 1);
    for (const RegionPartners &r : set.partners) {
        t += QStringLiteral("R %1:").arg(r.region);
        for (const PartnerRank &p : r.partners)
            t += QStringLiteral(" %1/%2/%3/%4").arg(p.partner).arg(p.score, 0, 'f', 1).arg(p.bestUrusan).arg(p.urusanCount);
        t += QLatin1Char('\n');
    }
    for (const Hub &h : set.hubs)
        t += QStringLiteral("H %1 %2 %3\n").arg(h.region).arg(h.betweenness, 0, 'f', 3).arg(h.degree);
    for (const AllocationFlow &f : set.allocation.flows)
        t += QStringLiteral("A %1>%2 %3 %4 %5 %6 %7\n").arg(f.from, f.to, f.urusan, f.service, f.unit).arg(f.amount).arg(f.unitCost);
    for (const EngineIssue &i : set.issues)
        t += QStringLiteral("I %1 %2\n").arg(i.entryId.toString(), i.reason);
    return t.toUtf8();
}

} // namespace

TEST_CASE("Banjarbakula regional waste is one cluster referred to the province", "[engine]")
{
    const SuggestionSet set = SuggestionEngine::run(kalselProject());
    REQUIRE_FALSE(set.cancelled);
    QList<const Cluster *> waste;
    for (const Cluster &c : set.clusters) {
        if (c.urusan == q("2.11"))
            waste.append(&c);
    }
    REQUIRE(waste.size() == 1);
    const Cluster &c = *waste.first();
    CHECK(c.members == QStringList{q("63.01"), q("63.03"), q("63.04"), q("63.71"), q("63.72")});
    CHECK(c.service == q("Persampahan regional"));
    CHECK(c.cls == KsdClass::RujukProvinsi);
    CHECK(c.referTo == QStringList{q("63")});
    CHECK(c.pairTypes.isEmpty()); // referred pairs have no pair type
    CHECK(c.takeover == Takeover::None);
    CHECK(c.needEntries == 5);
    CHECK(c.borderingPairs == 6); // 63.01–63.03, 63.01–63.72, 63.03–63.04, 63.03–63.71, 63.03–63.72, 63.04–63.71
    CHECK(c.score > 0);
    CHECK(SuggestionEngine::reasons(c).contains(q("rujuk ke 63")));

    // Between the kab/kota themselves: referred; between the province and each of them: type B.
    const Suggestion *kk = find(set, "63.03", "63.71", "2.11");
    REQUIRE(kk);
    CHECK(kk->cls == KsdClass::RujukProvinsi);
    CHECK(kk->service == q("Persampahan regional"));
    CHECK(kk->referTo == QStringList{q("63")});
    const Suggestion *b = find(set, "63", "63.71", "2.11");
    REQUIRE(b);
    CHECK(b->pairType == PairType::B);
    CHECK(b->cls == KsdClass::Wajib);
    CHECK(b->takeover == Takeover::Gubernur);
    CHECK(b->potensiA == 1);
    CHECK(b->kebutuhanB == 1);
    CHECK(b->fitAB > 0);
    CHECK(b->fitBA == 0);
}

TEST_CASE("engine classes: type C, non-adjacent, missing and negative evidence", "[engine]")
{
    const SuggestionSet set = SuggestionEngine::run(kalselProject());
    const Suggestion *c = find(set, "63", "62.03", "1.03");
    REQUIRE(c);
    CHECK(c->pairType == PairType::C);
    CHECK(c->cls == KsdClass::Wajib);
    CHECK(c->legalReview);
    CHECK(c->takeover == Takeover::Pusat);
    CHECK(c->adjacent);

    const Suggestion *far = find(set, "63.03", "63.09", "3.26");
    REQUIRE(far);
    CHECK(far->cls == KsdClass::Sukarela);
    CHECK_FALSE(far->adjacent);
    CHECK(far->hops == 3);
    CHECK(far->takeover == Takeover::None);
    CHECK(SuggestionEngine::reasons(*far).contains(q("tidak berbatasan")));

    const Suggestion *unknown = find(set, "63.03", "63.71", "1.02");
    REQUIRE(unknown);
    CHECK(unknown->cls == KsdClass::PotensiWajib);
    CHECK(unknown->externality == Evidence::Unknown);

    const Suggestion *no = find(set, "63.03", "63.05", "3.27");
    REQUIRE(no);
    CHECK(no->cls == KsdClass::Sukarela);
    CHECK(no->adjacent);
    CHECK(no->externality == Evidence::No);
}

TEST_CASE("two-way fit score: factors, weights from the settings and the explanation", "[engine]")
{
    Project p = kalselProject();
    const SuggestionSet set = SuggestionEngine::run(p);
    for (const Suggestion &s : set.suggestions) {
        double sum = 0;
        for (int i = 0; i < EngineSettings::FactorCount; ++i) {
            CHECK(s.factors[i] >= 0.f);
            CHECK(s.factors[i] <= 1.f);
            sum += double(s.contributions[i]);
        }
        CHECK(std::abs(sum - s.score) < 0.06);
        CHECK(s.score >= 0);
        CHECK(s.score <= 100);
        CHECK(s.adjacent == (RefData::instance().adjacency(s.regionA, s.regionB).kind != Adjacency::None));
    }
    // A bordering pair scores above the same need three hops away, other things equal.
    const Suggestion *near = find(set, "63", "62.03", "1.03");
    const Suggestion *far = find(set, "63.03", "63.09", "3.26");
    REQUIRE(near);
    REQUIRE(far);
    CHECK(near->factors[EngineSettings::Hops] == 1.f);
    CHECK(far->factors[EngineSettings::Hops] == Approx(1.0 / 3));

    // Weights come from the project: only distance counts → the score is 100 × exp(−km/scale).
    for (int i = 0; i < EngineSettings::FactorCount; ++i)
        p.settings.insert(QStringLiteral("weights/") + EngineSettings::factorKey(i), QStringLiteral("0"));
    p.settings.insert(QStringLiteral("weights/distance"), QStringLiteral("2"));
    p.settings.insert(QStringLiteral("engine/distance_scale_km"), QStringLiteral("50"));
    const SuggestionSet only = SuggestionEngine::run(p);
    const Suggestion *d = find(only, "63.03", "63.09", "3.26");
    REQUIRE(d);
    CHECK(d->score == Approx(std::round(1000.0 * std::exp(-d->km / 50.0)) / 10.0).margin(0.11));
    CHECK(only.settings.weights[EngineSettings::Distance] == 2.0);

    // min_score drops the weak pairs.
    p.settings.insert(QStringLiteral("engine/min_score"), QStringLiteral("99"));
    CHECK(SuggestionEngine::run(p).suggestions.isEmpty());

    // The explanation names the entries, the factor contributions and the rule trace with its basis.
    const Suggestion *b = find(set, "63", "63.71", "2.11");
    REQUIRE(b);
    const Explanation ex = SuggestionEngine::explain(kalselProject(), *b);
    QStringList regions;
    for (const auto &e : ex.entries)
        regions << e.region;
    CHECK(regions == QStringList{q("63"), q("63.71")});
    REQUIRE(ex.factors.size() == EngineSettings::FactorCount);
    double sum = 0;
    for (const auto &f : ex.factors)
        sum += f.contribution;
    CHECK(sum == Approx(b->score).margin(0.06));
    CHECK(ex.rule.cls == b->cls);
    CHECK(ex.rule.pairType == PairType::B);
    REQUIRE(ex.rule.trace.size() >= 6);
    CHECK(ex.rule.trace[2].outcome.contains(q("kewenangan provinsi")));
    CHECK(ex.summary.contains(q("Kota Banjarmasin")));

    const Cluster &cluster = set.clusters.first();
    const Explanation cx = SuggestionEngine::explain(kalselProject(), cluster);
    CHECK(cx.entries.size() == 5);
    CHECK(cx.rule.cls == KsdClass::RujukProvinsi);
}

TEST_CASE("engine settings: defaults, parsing and round trip", "[engine]")
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("x"), 2024);
    const EngineSettings d = EngineSettings::fromProject(p);
    CHECK(d == EngineSettings{});
    CHECK(d.weights[EngineSettings::Complement] == 0.20);
    CHECK(d.maxHops == 2);
    CHECK(d.maxKm == 100);
    p.settings.insert(QStringLiteral("weights/priority"), QStringLiteral("0,3")); // Indonesian decimal comma
    p.settings.insert(QStringLiteral("weights/service"), QStringLiteral("banyak"));  // unparsable: default
    p.settings.insert(QStringLiteral("weights/hops"), QStringLiteral("-1"));         // negative: 0
    p.settings.insert(QStringLiteral("engine/top_partners"), QStringLiteral("5"));
    const EngineSettings s = EngineSettings::fromProject(p);
    CHECK(s.weights[EngineSettings::Priority] == 0.3);
    CHECK(s.weights[EngineSettings::Service] == 0.15);
    CHECK(s.weights[EngineSettings::Hops] == 0.0);
    CHECK(s.topPartners == 5);
    Project back = Project::create(QStringLiteral("63.03"), QStringLiteral("x"), 2024);
    s.writeTo(back.settings);
    CHECK(EngineSettings::fromProject(back) == s);
}

TEST_CASE("bad entries never crash and never vanish", "[engine]")
{
    Project p = kalselProject();
    const int good = int(p.entries.size());
    p.entries << entry("99.99", "2.11", K, "", Y, Y)         // unknown region
              << entry("Banjar", "2.11", K, "", Y, Y)        // malformed region
              << entry("63.03", "9.99", K, "", Y, Y)         // unknown urusan
              << entry("63.03", "4.01", K, "", Y, Y)         // support unit
              << entry("31.71", "1.03", K, "", Y, Y)         // Jakarta kota administrasi
              << entry("11.01", "1.03", K, "", Y, Y)         // outside the scope
              << entry("63.03", "2.11", K, "", U, U, 99);    // absurd priority is clamped, entry still used
    Entry gone = entry("63.03", "2.11", K, "", Y, Y);
    gone.meta.deleted = true;                                // tombstone: ignored, not an issue
    p.entries << gone;
    const SuggestionSet set = SuggestionEngine::run(p);
    REQUIRE(set.issues.size() == 6);
    for (int i = 0; i < 6; ++i)
        CHECK(set.issues[i].entryId == p.entries[good + i].meta.id);
    CHECK(set.issues[0].reason.contains(q("99.99")));
    CHECK(set.issues[1].cls == KsdClass::TidakMemenuhi);
    CHECK(set.issues[2].reason.contains(q("9.99")));
    CHECK(set.issues[3].cls == KsdClass::Sukarela);
    CHECK(set.issues[4].reason.contains(q("bukan daerah otonom")));
    CHECK(set.issues[5].reason.contains(q("di luar cakupan")));

    // An empty project and a project without scope give empty, valid results.
    const SuggestionSet empty = SuggestionEngine::run(Project::create(q("63.03"), q("kosong"), 2024));
    CHECK(empty.suggestions.isEmpty());
    CHECK(empty.clusters.isEmpty());
    CHECK(empty.allocation.totalFlow == 0);
}

TEST_CASE("the same project gives byte-identical output, whatever the entry order", "[engine]")
{
    SynthOptions o;
    o.entries = 3000;
    o.seed = 11;
    Project p = makeSyntheticProject(o);
    const QByteArray first = serialise(SuggestionEngine::run(p));
    CHECK(first.size() > 10000);
    CHECK(serialise(SuggestionEngine::run(p)) == first);
    std::mt19937 rng(5);
    std::shuffle(p.entries.begin(), p.entries.end(), rng);
    std::shuffle(p.agreements.begin(), p.agreements.end(), rng);
    CHECK(serialise(SuggestionEngine::run(p)) == first);
}

TEST_CASE("national run: invariants of pairs, partners, allocation and hubs", "[engine]")
{
    SynthOptions o;
    o.entries = 8000;
    o.seed = 3;
    const Project p = makeSyntheticProject(o);
    std::vector<graph::TransportProblem> problems;
    EngineOptions opt;
    opt.allocationProblems = &problems;
    const SuggestionSet set = SuggestionEngine::run(p, opt);
    REQUIRE(set.suggestions.size() > 1000);
    const RefData &ref = RefData::instance();
    std::tuple<QString, QString, QString, QString> previous;
    for (const Suggestion &s : set.suggestions) {
        CHECK(s.regionA < s.regionB);
        const auto key = std::make_tuple(s.urusan, s.service, s.regionA, s.regionB);
        CHECK(previous < key); // sorted, no duplicates
        previous = key;
        const AdjacencyResult adj = ref.adjacency(s.regionA, s.regionB);
        CHECK(s.adjacent == (adj.kind != Adjacency::None));
        CHECK(s.adjacent == (s.hops == 1));
        CHECK((s.hops <= 2 || s.km <= 100.05));
        // A referral without a named service comes from an urusan default (kehutanan, ESDM) and says so.
        if ((s.cls == KsdClass::RujukProvinsi || s.cls == KsdClass::RujukPusat) && s.service.isEmpty())
            CHECK(s.authorityUnchecked);
        if (s.pairType != PairType::None)
            CHECK(s.adjacent);
        if (s.cls == KsdClass::Wajib)
            CHECK(s.adjacent);
    }
    // Ranked partners: best first, at most 10, every partner a suggested partner.
    CHECK(set.partners.size() > 400);
    for (const RegionPartners &r : set.partners) {
        CHECK(r.partners.size() <= 10);
        for (int i = 1; i < r.partners.size(); ++i)
            CHECK(r.partners[i - 1].score >= r.partners[i].score);
    }
    // Hubs: highest betweenness first.
    REQUIRE(set.hubs.size() == 20);
    for (int i = 1; i < set.hubs.size(); ++i)
        CHECK(set.hubs[i - 1].betweenness >= set.hubs[i].betweenness);
    CHECK(set.hubs.first().normalized > 0);
    CHECK(set.hubs.first().normalized <= 1);
    // Allocation: flows respect every supply and demand, and agree with the problems solved.
    QHash<QString, qint64> out, in;
    qint64 total = 0;
    for (const AllocationFlow &f : set.allocation.flows) {
        CHECK(f.amount > 0);
        CHECK(f.from != f.to);
        out[f.from + f.urusan + f.service + f.unit] += f.amount;
        in[f.to + f.urusan + f.service + f.unit] += f.amount;
        total += f.amount;
    }
    CHECK(total == set.allocation.totalFlow);
    CHECK(set.allocation.totalFlow <= std::min(set.allocation.totalSupply, set.allocation.totalDemand));
    CHECK(set.allocation.problems == int(problems.size()));
    qint64 supply = 0, demand = 0;
    for (const auto &pr : problems) {
        for (auto v : pr.supply)
            supply += v;
        for (auto v : pr.demand)
            demand += v;
    }
    CHECK(supply <= set.allocation.totalSupply);
    CHECK(demand <= set.allocation.totalDemand);
}

TEST_CASE("progress is reported and the run can be cancelled", "[engine]")
{
    SynthOptions o;
    o.entries = 4000;
    const Project p = makeSyntheticProject(o);

    EngineOptions opt;
    int calls = 0, lastDone = -1, lastTotal = 0;
    opt.progress = [&](int done, int total) {
        ++calls;
        CHECK(done >= lastDone);
        CHECK(done <= total);
        lastDone = done;
        lastTotal = total;
        return true;
    };
    const SuggestionSet full = SuggestionEngine::run(p, opt);
    CHECK_FALSE(full.cancelled);
    CHECK(calls > 10);
    CHECK(lastDone == lastTotal);

    EngineOptions stop;
    int seen = 0;
    stop.progress = [&](int, int) { return ++seen < 3; };
    const SuggestionSet cut = SuggestionEngine::run(p, stop);
    CHECK(cut.cancelled);
    CHECK(seen == 3);
    CHECK(cut.suggestions.isEmpty());

    std::atomic<bool> cancel{true};
    EngineOptions flag;
    flag.cancel = &cancel;
    CHECK(SuggestionEngine::run(p, flag).cancelled);
}

TEST_CASE("urusan and region filters", "[engine]")
{
    EngineOptions o;
    o.urusan = q("2.11");
    const SuggestionSet waste = SuggestionEngine::run(kalselProject(), o);
    CHECK_FALSE(waste.suggestions.isEmpty());
    for (const Suggestion &s : waste.suggestions)
        CHECK(s.urusan == q("2.11"));
    CHECK(waste.clusters.size() == 1);
    EngineOptions r;
    r.region = q("62.03");
    const SuggestionSet kapuas = SuggestionEngine::run(kalselProject(), r);
    REQUIRE(kapuas.suggestions.size() == 1);
    CHECK(kapuas.suggestions.first().regionB == q("63"));
    CHECK(kapuas.clusters.isEmpty());
    REQUIRE(kapuas.partners.size() == 1);
    CHECK(kapuas.partners.first().region == q("62.03"));
}

TEST_CASE("the demo project gives the Banjarbakula cluster", "[engine][demo]")
{
    const SuggestionSet set = SuggestionEngine::run(makeDemoProject(QDate(2024, 9, 1)));
    const Cluster *found = nullptr;
    for (const Cluster &c : set.clusters) {
        if (c.members.contains(q("63.71")) && c.members.contains(q("63.03")) && c.urusan == q("2.11"))
            found = &c;
    }
    REQUIRE(found);
    for (const char *m : {"63.01", "63.03", "63.04", "63.71", "63.72"})
        CHECK(found->members.contains(q(m)));
    CHECK(found->cls == KsdClass::RujukProvinsi);
    CHECK(found->referTo == QStringList{q("63")});
}

TEST_CASE("min-cost max-flow equals brute force on small random transport problems", "[engine][allocation]")
{
    std::mt19937 rng(2024);
    for (int iter = 0; iter < 300; ++iter) {
        const int ns = 1 + int(rng() % 3), nd = 1 + int(rng() % 3);
        graph::TransportProblem p;
        for (int i = 0; i < ns; ++i)
            p.supply.push_back(int(rng() % 4));
        for (int j = 0; j < nd; ++j)
            p.demand.push_back(int(rng() % 4));
        for (int i = 0; i < ns; ++i) {
            for (int j = 0; j < nd; ++j) {
                if (rng() % 3 != 0)
                    p.arcs.push_back(graph::Arc{i, j, std::int64_t(rng() % 4), std::int64_t(rng() % 10)});
            }
        }
        // Brute force: every flow vector within the arc capacities.
        const int m = int(p.arcs.size());
        std::vector<std::int64_t> f(m, 0);
        std::int64_t bestFlow = 0, bestCost = 0;
        std::function<void(int)> walk = [&](int k) {
            if (k == m) {
                std::vector<std::int64_t> out(ns, 0), in(nd, 0);
                std::int64_t flow = 0, cost = 0;
                for (int a = 0; a < m; ++a) {
                    out[p.arcs[a].from] += f[a];
                    in[p.arcs[a].to] += f[a];
                    flow += f[a];
                    cost += f[a] * p.arcs[a].cost;
                }
                for (int i = 0; i < ns; ++i)
                    if (out[i] > p.supply[i])
                        return;
                for (int j = 0; j < nd; ++j)
                    if (in[j] > p.demand[j])
                        return;
                if (flow > bestFlow || (flow == bestFlow && cost < bestCost)) {
                    bestFlow = flow;
                    bestCost = cost;
                }
                return;
            }
            for (std::int64_t v = 0; v <= p.arcs[k].capacity; ++v) {
                f[k] = v;
                walk(k + 1);
            }
            f[k] = 0;
        };
        walk(0);
        const graph::FlowResult r = graph::minCostMaxFlow(p.supply, p.demand, p.arcs);
        INFO("iteration " << iter);
        REQUIRE(r.totalFlow == bestFlow);
        REQUIRE(r.totalCost == bestCost);
        for (int a = 0; a < m; ++a) {
            REQUIRE(r.flow[a] >= 0);
            REQUIRE(r.flow[a] <= p.arcs[a].capacity);
        }
    }
}

TEST_CASE("Brandes betweenness counts each pair once", "[engine][hubs]")
{
    // Path 0–1–2–3: node 1 lies on (0,2) and (0,3); node 2 on (0,3) and (1,3).
    const std::vector<double> path = graph::betweenness(4, {{0, 1}, {1, 2}, {2, 3}});
    CHECK(path == std::vector<double>{0, 2, 2, 0});
    // Star with four leaves: the centre lies on all C(4,2) = 6 leaf pairs.
    const std::vector<double> star = graph::betweenness(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    CHECK(star[0] == 6);
    CHECK(star[1] == 0);
}

TEST_CASE("synthetic national project is deterministic and realistic", "[engine][synth]")
{
    SynthOptions o;
    o.entries = 5000;
    o.seed = 42;
    const Project a = makeSyntheticProject(o);
    const Project b = makeSyntheticProject(o);
    CHECK(a == b);
    o.seed = 43;
    CHECK_FALSE(makeSyntheticProject(o).entries == a.entries);
    CHECK(a.scope.size() == 552);
    CHECK(a.entries.size() == 5000);
    QHash<QString, int> perUrusan;
    int potensi = 0, provincial = 0;
    const AuthorityTable &table = AuthorityTable::builtin();
    for (const Entry &e : a.entries) {
        ++perUrusan[e.urusanCode];
        potensi += e.kind == EntryKind::Potensi;
        const int row = table.match(e.urusanCode, e.service);
        provincial += row >= 0 && table.rows()[row].acrossKabKota == AuthorityLevel::Provinsi;
        const Region *r = RefData::instance().region(e.regionCode);
        REQUIRE(r);
        CHECK_FALSE(r->administrative);
        CHECK(e.priority >= 1);
        CHECK(e.priority <= 5);
    }
    CHECK(perUrusan.size() == 32);
    CHECK(perUrusan.value(q("1.03")) > 4 * perUrusan.value(q("2.21"))); // PU common, persandian rare
    CHECK(potensi > 1800);
    CHECK(potensi < 2700);
    CHECK(provincial > 300);
}
