// SPDX-License-Identifier: Apache-2.0
// Engine stage 3: candidate partners by hops and distance, each pair classified by the rule set and scored.
#include "engine_p.h"

#include <numeric>

namespace ksd::detail::engine {

RuleSet::Facts Run::facts(const Group &g, int a, int b, const SideEvidence &ea, const SideEvidence &eb) const
{
    RuleSet::Facts f;
    f.a = mGeo.regions[a];
    f.b = mGeo.regions[b];
    f.urusan = mGeo.urusan[g.urusan];
    f.supportUnit = mGeo.urusanSupport[g.urusan];
    const RuleSet::Authority auth = mRules.authorityOf(g.row, g.defaultRow, *f.a, *f.b);
    f.level = auth.level;
    f.authorityUnchecked = auth.unchecked;
    f.adjacency = Adjacency(mGeo.adjacency[mGeo.at(a, b)]);
    f.evidence = pairEvidence(ea, f.a->code, eb, f.b->code);
    return f;
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

    RuleSet::Facts f = facts(g, a, b, A.evidence, B.evidence);
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
    out.ext = f.evidence.externality;
    out.eff = f.evidence.efficiency;

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

} // namespace ksd::detail::engine
