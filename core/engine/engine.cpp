// SPDX-License-Identifier: Apache-2.0
#include "engine.h"

#include "engine_p.h"

#include "refdata/refdata.h"
#include "rules/authoritytable.h"
#include "rules/legalbasis.h"

#include <cstdio>
#include <ctime>

namespace ksd {

namespace detail::engine {

bool Run::tick()
{
    ++mDone;
    if (mOptions.cancel && mOptions.cancel->load(std::memory_order_relaxed))
        mCancelled = true;
    if (!mCancelled && mOptions.progress && !mOptions.progress(std::min(mDone, mTotal), mTotal))
        mCancelled = true;
    return !mCancelled;
}

namespace {

/// The id of @p name in @p names, appended when new.
int intern(QHash<QString, int> &ids, QStringList &names, const QString &name)
{
    auto it = ids.constFind(name);
    if (it != ids.cend())
        return *it;
    const int id = int(names.size());
    ids.insert(name, id);
    names.append(name);
    return id;
}

} // namespace

int Run::internService(const QString &name)
{
    return intern(mServiceIds, mServiceNames, name);
}

int Run::internUnit(const QString &name)
{
    return intern(mUnitIds, mUnitNames, name);
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
            s.seaBorder = p.verdict.seaBorder;
            s.authorityUnchecked = p.verdict.authorityUnchecked;
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

} // namespace detail::engine

using detail::engine::Tr;

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

void SuggestionEngine::prepare()
{
    RefData::instance();
    detail::engine::geo();
    AuthorityTable::builtin();
    legalBasisTable();
}

SuggestionSet SuggestionEngine::run(const Project &project, const EngineOptions &options)
{
    detail::engine::Run r(project, options);
    return r.execute();
}

} // namespace ksd
