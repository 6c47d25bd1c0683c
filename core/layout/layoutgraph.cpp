// SPDX-License-Identifier: Apache-2.0
// The graph behind the force layout and the stress figure: nodes, summed links, lengths, components and shortest
// paths (Boost.Graph's breadth-first search and Dijkstra). Boost stays inside this file.
#include "layout.h"

#include "layout_p.h"

#include <QHash>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <utility>

namespace ksd::detail {

WeightedGraph weightedGraph(const LayoutInput &input)
{
    WeightedGraph g;
    g.codes = distinctSortedCodes(input.nodes);
    QHash<QString, int> index; // lookup only; never iterated
    for (int i = 0; i < int(g.codes.size()); ++i)
        index.insert(g.codes[i], i);
    // Parallel links are summed in sorted order, so the sums (and the layout) do not depend on the input order.
    std::vector<std::pair<std::pair<int, int>, double>> weighted;
    weighted.reserve(size_t(input.links.size()));
    for (const LayoutLink &l : input.links) {
        const auto a = index.constFind(l.a.trimmed()), b = index.constFind(l.b.trimmed());
        if (a == index.cend() || b == index.cend() || *a == *b || !(l.weight > 0))
            continue;
        weighted.emplace_back(std::minmax(*a, *b), l.weight);
    }
    std::sort(weighted.begin(), weighted.end());
    for (const auto &[pair, w] : weighted) {
        if (!g.links.empty() && g.links.back().a == pair.first && g.links.back().b == pair.second)
            g.links.back().weight += w;
        else
            g.links.push_back(GraphLink{pair.first, pair.second, w, 1.0});
    }
    return g;
}

void linkLengths(std::vector<GraphLink> &links)
{
    if (links.empty())
        return;
    std::vector<double> w;
    w.reserve(links.size());
    for (const GraphLink &l : links)
        w.push_back(l.weight);
    std::nth_element(w.begin(), w.begin() + std::ptrdiff_t(w.size() / 2), w.end());
    const double median = w[w.size() / 2];
    for (GraphLink &l : links)
        l.length = l.weight == median ? 1.0 : std::clamp(std::sqrt(median / l.weight), 0.5, 2.0);
}

std::vector<std::vector<int>> components(int n, const std::vector<GraphLink> &links)
{
    // Union–find; roots are the smallest index, so the result does not depend on the link order.
    std::vector<int> parent(size_t(std::max(n, 0)));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (const GraphLink &l : links) {
        const int ra = find(l.a), rb = find(l.b);
        if (ra != rb)
            parent[size_t(std::max(ra, rb))] = std::min(ra, rb);
    }
    std::map<int, std::vector<int>> byRoot;
    for (int i = 0; i < n; ++i)
        byRoot[find(i)].push_back(i);
    std::vector<std::vector<int>> out;
    out.reserve(byRoot.size());
    for (auto &[root, nodes] : byRoot)
        out.push_back(std::move(nodes));
    // Largest first, ties by smallest index (the map's order, kept by the stable sort).
    std::stable_sort(out.begin(), out.end(),
                     [](const std::vector<int> &a, const std::vector<int> &b) { return a.size() > b.size(); });
    return out;
}

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    boost::property<boost::edge_weight_t, double>>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

} // namespace

struct ShortestPaths::Impl
{
    Graph graph;
    bool unit = true;
    mutable std::vector<boost::default_color_type> color;
    mutable boost::queue<Vertex> queue;
};

ShortestPaths::ShortestPaths(int n, const std::vector<GraphLink> &links, bool useLengths)
    : d(std::make_unique<Impl>())
{
    d->graph = Graph(size_t(std::max(n, 0)));
    for (const GraphLink &l : links) {
        const double len = useLengths ? l.length : 1.0;
        add_edge(Vertex(l.a), Vertex(l.b), len, d->graph);
        d->unit = d->unit && len == 1.0;
    }
    d->color.resize(size_t(std::max(n, 0)));
}

ShortestPaths::~ShortestPaths() = default;

void ShortestPaths::from(int source, std::vector<double> &dist) const
{
    const Graph &g = d->graph;
    constexpr double inf = std::numeric_limits<double>::infinity();
    dist.assign(num_vertices(g), inf);
    dist[size_t(source)] = 0;
    auto distMap = boost::make_iterator_property_map(dist.begin(), get(boost::vertex_index, g));
    if (d->unit) {
        auto colorMap = boost::make_iterator_property_map(d->color.begin(), get(boost::vertex_index, g));
        boost::breadth_first_search(
            g, Vertex(source), d->queue,
            boost::make_bfs_visitor(boost::record_distances(distMap, boost::on_tree_edge())), colorMap);
    } else {
        boost::dijkstra_shortest_paths_no_color_map(
            g, Vertex(source), boost::distance_map(distMap).distance_inf(inf).weight_map(get(boost::edge_weight, g)));
    }
}

} // namespace ksd::detail
