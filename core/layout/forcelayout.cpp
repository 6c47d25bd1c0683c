// SPDX-License-Identifier: Apache-2.0
// Seeded force-directed layout on Boost.Graph's Fruchterman–Reingold. Boost stays inside this file.
#include "layout.h"

#include "layout_p.h"

#include <QHash>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <utility>
#include <vector>

namespace ksd {

namespace {

using Topology = boost::rectangle_topology<boost::minstd_rand>;
using Point = Topology::point_type;
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    boost::property<boost::edge_weight_t, double>>;

// Ideal edge length in layout units; the result is scaled to the bounds afterwards, so only ratios matter.
constexpr double kIdeal = 10.0;

/// Fruchterman–Reingold's attraction d²/k, multiplied by the link's weight.
struct WeightedAttraction
{
    template<typename G>
    double operator()(typename boost::graph_traits<G>::edge_descriptor e, double k, double d, const G &g) const
    {
        return get(boost::edge_weight, g, e) * d * d / k;
    }
};

/// Fruchterman and Reingold's grid variant of the repulsion: only pairs closer than 2k repel, found through
/// cells 2k wide. Boost's own grid_force_pairs sizes its cells from the area instead of k, which puts every node
/// in one cell and costs all n² pairs. Vertices are visited in index order, so the sums are deterministic.
struct GridPairs
{
    const std::vector<Point> *position = nullptr;
    double left = 0, top = 0, width = 0, height = 0;
    double cell = 1; ///< 2k

    template<typename G, typename ApplyForce>
    void operator()(const G &g, ApplyForce apply) const
    {
        const std::size_t n = num_vertices(g);
        const int cols = std::max(1, int(width / cell) + 1), rows = std::max(1, int(height / cell) + 1);
        std::vector<int> cellOf(n), start(std::size_t(cols) * std::size_t(rows) + 1, 0), items(n);
        for (std::size_t v = 0; v < n; ++v) {
            const Point &p = (*position)[v];
            const int cx = std::clamp(int((p[0] - left) / cell), 0, cols - 1);
            const int cy = std::clamp(int((p[1] - top) / cell), 0, rows - 1);
            cellOf[v] = cy * cols + cx;
            ++start[std::size_t(cellOf[v]) + 1];
        }
        for (std::size_t c = 1; c < start.size(); ++c)
            start[c] += start[c - 1];
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (std::size_t v = 0; v < n; ++v)
            items[std::size_t(fill[std::size_t(cellOf[v])]++)] = int(v);

        const double cell2 = cell * cell;
        for (std::size_t v = 0; v < n; ++v) {
            const Point &pv = (*position)[v];
            const int cx = cellOf[v] % cols, cy = cellOf[v] / cols;
            for (int y = std::max(0, cy - 1); y <= std::min(rows - 1, cy + 1); ++y) {
                for (int x = std::max(0, cx - 1); x <= std::min(cols - 1, cx + 1); ++x) {
                    const std::size_t c = std::size_t(y) * std::size_t(cols) + std::size_t(x);
                    for (int k = start[c]; k < start[c + 1]; ++k) {
                        const std::size_t u = std::size_t(items[std::size_t(k)]);
                        if (u == v)
                            continue;
                        const Point &pu = (*position)[u];
                        const double dx = pu[0] - pv[0], dy = pu[1] - pv[1];
                        if (dx * dx + dy * dy < cell2)
                            apply(u, v);
                    }
                }
            }
        }
    }
};

/// A per-component seed derived from the user's seed (splitmix64 finaliser), so that components of equal shape
/// do not get identical starts. minstd_rand wants a seed in [1, 2^31 − 2].
boost::minstd_rand::result_type componentSeed(quint32 seed, std::size_t component)
{
    quint64 z = (quint64(seed) << 32) ^ quint64(component) ^ 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return boost::minstd_rand::result_type(z % 2147483646ull + 1);
}

struct Component
{
    std::vector<int> nodes; ///< global indices, ascending
    std::vector<QPointF> pos;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

/// Lays out one component (global indices @p nodes, links among them) around the origin.
void layOutComponent(Component &c, const std::map<std::pair<int, int>, double> &links, quint32 seed,
                     std::size_t componentIndex, int iterations, double aspect)
{
    const std::size_t n = c.nodes.size();
    c.pos.assign(n, QPointF(0, 0));
    if (n == 1)
        return;

    std::map<int, int> local; // global → local index (ordered: deterministic)
    for (std::size_t i = 0; i < n; ++i)
        local.emplace(c.nodes[i], int(i));
    Graph g(n);
    for (const auto &[pair, w] : links) {
        const auto a = local.find(pair.first);
        if (a == local.end())
            continue;
        add_edge(std::size_t(a->second), std::size_t(local.at(pair.second)), w, g);
    }

    // Boost's k = sqrt(area / n): an area of n·kIdeal² gives k = kIdeal. Shaped like the bounds, so that a
    // large component fills them.
    const double halfW = kIdeal * std::sqrt(double(n) * aspect) / 2;
    const double halfH = kIdeal * std::sqrt(double(n) / aspect) / 2;
    boost::minstd_rand gen(componentSeed(seed, componentIndex));
    Topology topology(gen, -halfW, -halfH, halfW, halfH);
    std::vector<Point> position(n);
    auto posMap = boost::make_iterator_property_map(position.begin(), get(boost::vertex_index, g));
    boost::random_graph_layout(g, posMap, topology);
    boost::fruchterman_reingold_force_directed_layout(
        g, posMap, topology,
        boost::attractive_force(WeightedAttraction())
            .force_pairs(GridPairs{&position, -halfW, -halfH, 2 * halfW, 2 * halfH, 2 * kIdeal})
            .cooling(boost::linear_cooling<double>(std::size_t(std::max(1, iterations)), std::max(halfW, halfH) / 5)));
    for (std::size_t i = 0; i < n; ++i)
        c.pos[i] = QPointF(position[i][0], position[i][1]);
}

/// Shelf-packs the components (already in packing order) into rows no wider than @p rowLimit; returns the
/// offsets of their boxes' top-left corners and the packed width and height.
struct Packing
{
    std::vector<QPointF> offsets;
    double width = 0, height = 0;
};

Packing shelfPack(const std::vector<Component> &comps, double rowLimit, double gap)
{
    Packing p;
    p.offsets.reserve(comps.size());
    double x = 0, y = 0, rowHeight = 0;
    for (const Component &c : comps) {
        const double w = c.width() + gap, h = c.height() + gap;
        if (x > 0 && x + w > rowLimit) {
            y += rowHeight;
            x = 0;
            rowHeight = 0;
        }
        p.offsets.emplace_back(x, y);
        x += w;
        rowHeight = std::max(rowHeight, h);
        p.width = std::max(p.width, x);
    }
    p.height = y + rowHeight;
    return p;
}

} // namespace

Layout forceLayout(const LayoutInput &input)
{
    Layout out;
    out.kind = LayoutKind::Force;
    out.bounds = input.bounds;
    const QStringList codes = detail::distinctSortedCodes(input.nodes);
    const int n = int(codes.size());
    if (n == 0)
        return out;

    QHash<QString, int> index; // lookup only; never iterated
    for (int i = 0; i < n; ++i)
        index.insert(codes[i], i);
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
    std::map<std::pair<int, int>, double> links; // ordered
    for (const auto &[pair, w] : weighted)
        links[pair] += w;

    // Connected components by union–find; roots are the smallest index, so the result is order-independent.
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (const auto &[pair, w] : links) {
        const int ra = find(pair.first), rb = find(pair.second);
        if (ra != rb)
            parent[size_t(std::max(ra, rb))] = std::min(ra, rb);
    }
    std::map<int, Component> byRoot;
    for (int i = 0; i < n; ++i)
        byRoot[find(i)].nodes.push_back(i);
    std::vector<Component> comps;
    comps.reserve(byRoot.size());
    for (auto &[root, c] : byRoot)
        comps.push_back(std::move(c));
    // Largest first, ties by smallest code: the packing order and the seed index of every component.
    std::stable_sort(comps.begin(), comps.end(),
                     [](const Component &a, const Component &b) { return a.nodes.size() > b.nodes.size(); });

    const QRectF inner = detail::innerBounds(input.bounds, input.nodeRadius);
    const double aspect = inner.width() > 0 && inner.height() > 0
                              ? std::clamp(inner.width() / inner.height(), 0.1, 10.0) : 1.0;
    for (std::size_t ci = 0; ci < comps.size(); ++ci) {
        Component &c = comps[ci];
        layOutComponent(c, links, input.seed, ci, input.iterations, aspect);
        c.minX = c.maxX = c.pos.front().x();
        c.minY = c.maxY = c.pos.front().y();
        for (const QPointF &p : c.pos) {
            c.minX = std::min(c.minX, p.x());
            c.maxX = std::max(c.maxX, p.x());
            c.minY = std::min(c.minY, p.y());
            c.maxY = std::max(c.maxY, p.y());
        }
    }

    // Pick the row width whose packing scales largest into the bounds.
    const double gap = kIdeal;
    double widest = 0, total = 0;
    for (const Component &c : comps) {
        widest = std::max(widest, c.width() + gap);
        total += c.width() + gap;
    }
    Packing best;
    double bestScale = -1;
    constexpr int kCandidates = 48;
    for (int k = 0; k <= kCandidates; ++k) {
        const double limit = widest * std::pow(std::max(total / widest, 1.0), double(k) / kCandidates);
        Packing p = shelfPack(comps, limit, gap);
        const double s = std::min(inner.width() / std::max(p.width, 1e-9), inner.height() / std::max(p.height, 1e-9));
        if (s > bestScale * (1 + 1e-12)) {
            bestScale = s;
            best = std::move(p);
        }
    }

    std::vector<QPointF> packed(static_cast<size_t>(n));
    for (std::size_t ci = 0; ci < comps.size(); ++ci) {
        const Component &c = comps[ci];
        // Centre each box within its slot (gap/2 on each side).
        const QPointF shift = best.offsets[ci] + QPointF(gap / 2 - c.minX, gap / 2 - c.minY);
        for (std::size_t i = 0; i < c.nodes.size(); ++i)
            packed[size_t(c.nodes[i])] = c.pos[i] + shift;
    }
    // Fit the packed slots (not just the node centres) so that the margins stay even.
    std::vector<QPointF> frame = {QPointF(0, 0), QPointF(best.width, best.height)};
    const detail::FitTransform fit = detail::fitTransform(frame, inner);
    QMap<QString, QPointF> raw;
    for (int i = 0; i < n; ++i)
        raw.insert(codes[i], fit.map(packed[size_t(i)]));
    SpacedPositions spaced = deOverlap(raw, input.bounds, input.nodeRadius, input.spacing);
    out.positions = std::move(spaced.positions);
    out.unresolvedOverlaps = spaced.unresolvedOverlaps;
    return out;
}

} // namespace ksd
