// SPDX-License-Identifier: Apache-2.0
// Engine stage 6: allocation of potentials to needs as min-cost-flow problems along the pair suggestions.
#include "engine_p.h"

namespace ksd::detail::engine {

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

} // namespace ksd::detail::engine
