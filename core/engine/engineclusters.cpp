// SPDX-License-Identifier: Apache-2.0
// Engine stage 4: multi-party clusters of bordering regions with cross-border needs in one service.
#include "engine_p.h"

#include <numeric>

namespace ksd::detail::engine {

void Run::clusters()
{
    // Cross-border needs per (group, service, region), with their evidence.
    struct Node
    {
        int group, service, region;
        SideEvidence evidence;
        int needs;
    };
    std::vector<Node> nodes;
    for (const EntryRec &e : mEntries) {
        if (!e.cross || e.service < 0)
            continue;
        Node nd{e.group, e.service, mGroups[e.group].cells[e.cell].region, {}, 1};
        nd.evidence.add(*e.entry);
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
            for (const QString &r : nd.evidence.named)
                merged.back().evidence.add(Evidence::Yes, {r}, Evidence::Unknown);
            merged.back().evidence.externalityNo |= nd.evidence.externalityNo;
            merged.back().evidence.externalityUnnamed |= nd.evidence.externalityUnnamed;
            merged.back().evidence.efficiency = combineEvidence(merged.back().evidence.efficiency,
                                                                nd.evidence.efficiency);
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
                QList<int> regions;
                for (int m : members) {
                    const Node &nd = merged[s + m];
                    regions.append(nd.region);
                    c.needEntries += nd.needs;
                }
                std::sort(regions.begin(), regions.end(), [&](int x, int y) { return mGeo.rank[x] < mGeo.rank[y]; });
                for (int r : regions)
                    c.members.append(mGeo.regions[r]->code);
                // Every bordering pair of members goes through the rule set with the two members' evidence; the
                // cluster shows the weakest pair's class and the evidence combined over its pairs.
                bool firstPair = true;
                double scoreSum = 0;
                int worst = -1;
                bool allGubernur = true;
                for (const auto &[x, y] : edges) {
                    if (findRoot(x) != root)
                        continue;
                    const int ra = merged[s + x].region;
                    const int rb = merged[s + y].region;
                    const RuleSet::Facts f = facts(g, ra, rb, merged[s + x].evidence, merged[s + y].evidence);
                    c.externality = firstPair ? f.evidence.externality
                                              : combineEvidence(c.externality, f.evidence.externality);
                    c.efficiency = firstPair ? f.evidence.efficiency
                                             : combineEvidence(c.efficiency, f.evidence.efficiency);
                    firstPair = false;
                    const RuleSet::Verdict v = mRules.decide(f);
                    worst = std::max(worst, int(v.cls));
                    const QString t = pairTypeKey(v.pairType);
                    if (!t.isEmpty() && !c.pairTypes.contains(t))
                        c.pairTypes.append(t);
                    if (v.pairType != PairType::B && v.pairType != PairType::E)
                        allGubernur = false;
                    c.legalReview = c.legalReview || v.legalReview;
                    c.seaBorder = c.seaBorder || v.seaBorder;
                    c.authorityUnchecked = c.authorityUnchecked || v.authorityUnchecked;
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
                if (c.cls != KsdClass::Wajib && c.cls != KsdClass::PotensiWajib)
                    c.legalReview = false;
                if (c.cls != KsdClass::PotensiWajib)
                    c.seaBorder = false;
                if (c.cls == KsdClass::RujukProvinsi || c.cls == KsdClass::RujukPusat)
                    c.pairTypes.clear();
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

} // namespace ksd::detail::engine
