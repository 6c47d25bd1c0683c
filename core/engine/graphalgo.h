// SPDX-License-Identifier: Apache-2.0
#pragma once

// Graph algorithms on plain integer graphs, behind a domain-free interface so that Boost stays in the .cpp.

#include <cstdint>
#include <vector>

namespace ksd::graph {

/// An arc of a transport problem: from supply node @p from to demand node @p to.
struct Arc
{
    int from = 0;
    int to = 0;
    std::int64_t capacity = 0;
    std::int64_t cost = 0; ///< per unit, ≥ 0
};

/// A transport problem as the allocation builds it: supplies, demands and the arcs between them.
struct TransportProblem
{
    std::vector<std::int64_t> supply;
    std::vector<std::int64_t> demand;
    std::vector<Arc> arcs;
};

struct FlowResult
{
    std::vector<std::int64_t> flow; ///< per arc, in the order given
    std::int64_t totalFlow = 0;
    std::int64_t totalCost = 0;
};

/// Min-cost maximum flow of a transport problem: supply nodes 0..supply.size()-1 offer supply[i], demand nodes
/// 0..demand.size()-1 take at most demand[j], along @p arcs. Maximises the flow, then minimises the cost.
/// Boost's successive_shortest_path_nonnegative_weights (never maximum_weighted_matching, broken in 1.74).
FlowResult minCostMaxFlow(const std::vector<std::int64_t> &supply, const std::vector<std::int64_t> &demand,
                          const std::vector<Arc> &arcs);

/// Brandes betweenness of an undirected, unweighted graph on @p n nodes, each unordered pair of nodes counted
/// once (the usual definition, as networkx's betweenness_centrality(normalized=False)).
std::vector<double> betweenness(int n, const std::vector<std::pair<int, int>> &edges);

} // namespace ksd::graph
