// SPDX-License-Identifier: Apache-2.0
// Engine stage 5: ranked partner lists and hub regions (betweenness on the hub network).
#include "engine_p.h"

#include <array>
#include <bit>
#include <iterator>
#include <numeric>

namespace ksd::detail::engine {

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

    // Strength for ranking: wajib, potensi wajib, referral to the province, referral to the centre, sukarela.
    static constexpr KsdClass byStrength[] = {KsdClass::Wajib,      KsdClass::PotensiWajib, KsdClass::RujukProvinsi,
                                              KsdClass::RujukPusat, KsdClass::Sukarela,     KsdClass::TidakMemenuhi};
    static_assert(std::size(byStrength) == KsdClassCount, "every class has a strength");
    static const auto strength = [] { // indexed by KsdClass
        std::array<int, KsdClassCount> s{};
        for (int i = 0; i < KsdClassCount; ++i)
            s[std::size_t(byStrength[i])] = i;
        return s;
    }();
    struct Acc
    {
        double best = -1;
        int bestGroup = -1;
        int strongest = KsdClassCount - 1;
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

} // namespace ksd::detail::engine
