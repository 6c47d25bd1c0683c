// SPDX-License-Identifier: Apache-2.0
#include "graphalgo.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

#include <numeric>

namespace ksd::graph {

namespace {

using FlowTraits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using FlowGraph = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, std::int64_t,
                    boost::property<boost::edge_residual_capacity_t, std::int64_t,
                                    boost::property<boost::edge_reverse_t, FlowTraits::edge_descriptor,
                                                    boost::property<boost::edge_weight_t, std::int64_t>>>>>;
using FlowEdge = boost::graph_traits<FlowGraph>::edge_descriptor;

struct FlowBuilder
{
    FlowGraph g;
    boost::property_map<FlowGraph, boost::edge_capacity_t>::type cap = get(boost::edge_capacity, g);
    boost::property_map<FlowGraph, boost::edge_reverse_t>::type rev = get(boost::edge_reverse, g);
    boost::property_map<FlowGraph, boost::edge_weight_t>::type weight = get(boost::edge_weight, g);

    explicit FlowBuilder(int n) : g(n) {}

    FlowEdge add(int u, int v, std::int64_t capacity, std::int64_t cost)
    {
        const FlowEdge e = boost::add_edge(u, v, g).first;
        const FlowEdge r = boost::add_edge(v, u, g).first;
        cap[e] = capacity;
        cap[r] = 0;
        weight[e] = cost;
        weight[r] = -cost;
        rev[e] = r;
        rev[r] = e;
        return e;
    }
};

} // namespace

namespace {

/// One connected piece of a transport problem, solved on its own graph.
void solveComponent(const std::vector<std::int64_t> &supply, const std::vector<std::int64_t> &demand,
                    const std::vector<Arc> &arcs, const std::vector<int> &arcIds, FlowResult &res)
{
    // Local numbering: supplies, then demands, then source and sink.
    std::vector<int> localSupply(supply.size(), -1), localDemand(demand.size(), -1);
    int ns = 0, nd = 0;
    for (int k : arcIds) {
        if (localSupply[arcs[k].from] < 0)
            localSupply[arcs[k].from] = ns++;
        if (localDemand[arcs[k].to] < 0)
            localDemand[arcs[k].to] = nd++;
    }
    const int source = ns + nd;
    const int sink = source + 1;
    FlowBuilder b(ns + nd + 2);
    std::vector<char> seenS(ns, 0), seenD(nd, 0);
    for (int k : arcIds) {
        const int ls = localSupply[arcs[k].from];
        const int ld = localDemand[arcs[k].to];
        if (!seenS[ls]) {
            seenS[ls] = 1;
            b.add(source, ls, std::max<std::int64_t>(0, supply[arcs[k].from]), 0);
        }
        if (!seenD[ld]) {
            seenD[ld] = 1;
            b.add(ns + ld, sink, std::max<std::int64_t>(0, demand[arcs[k].to]), 0);
        }
    }
    std::vector<FlowEdge> arcEdges;
    arcEdges.reserve(arcIds.size());
    for (int k : arcIds) {
        const Arc &a = arcs[k];
        arcEdges.push_back(b.add(localSupply[a.from], ns + localDemand[a.to], std::max<std::int64_t>(0, a.capacity),
                                 std::max<std::int64_t>(0, a.cost)));
    }
    auto residual = get(boost::edge_residual_capacity, b.g);
    boost::successive_shortest_path_nonnegative_weights(b.g, source, sink,
                                                        boost::capacity_map(b.cap)
                                                            .residual_capacity_map(residual)
                                                            .reverse_edge_map(b.rev)
                                                            .weight_map(b.weight));
    for (std::size_t i = 0; i < arcIds.size(); ++i) {
        const int k = arcIds[i];
        const std::int64_t f = b.cap[arcEdges[i]] - residual[arcEdges[i]];
        res.flow[k] = f;
        res.totalFlow += f;
        res.totalCost += f * std::max<std::int64_t>(0, arcs[k].cost);
    }
}

} // namespace

FlowResult minCostMaxFlow(const std::vector<std::int64_t> &supply, const std::vector<std::int64_t> &demand,
                          const std::vector<Arc> &arcs)
{
    FlowResult res;
    res.flow.assign(arcs.size(), 0);
    const int ns = int(supply.size());
    const int nd = int(demand.size());
    // Independent pieces (connected components of the arc graph) are solved separately: each augmenting-path
    // search then only walks its own piece. Arcs with a bad endpoint, no capacity or no supply/demand are left
    // at zero flow.
    std::vector<int> parent(ns + nd);
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    std::vector<int> usable;
    for (int k = 0; k < int(arcs.size()); ++k) {
        const Arc &a = arcs[k];
        if (a.from < 0 || a.from >= ns || a.to < 0 || a.to >= nd || a.capacity <= 0 || supply[a.from] <= 0
            || demand[a.to] <= 0)
            continue;
        usable.push_back(k);
        parent[root(a.from)] = root(ns + a.to);
    }
    std::vector<std::vector<int>> pieces(ns + nd);
    for (int k : usable)
        pieces[root(arcs[k].from)].push_back(k);
    for (const std::vector<int> &piece : pieces) {
        if (!piece.empty())
            solveComponent(supply, demand, arcs, piece, res);
    }
    return res;
}

std::vector<double> betweenness(int n, const std::vector<std::pair<int, int>> &edges)
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph g(n);
    for (const auto &[u, v] : edges) {
        if (u != v)
            boost::add_edge(u, v, g);
    }
    std::vector<double> centrality(n, 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), get(boost::vertex_index, g))));
    // Boost 1.74 already halves the scores on an undirected graph: each unordered pair counts once.
    return centrality;
}

} // namespace ksd::graph
