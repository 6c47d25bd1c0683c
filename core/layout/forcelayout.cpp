// SPDX-License-Identifier: Apache-2.0
// Seeded force-directed layout: a stress model per connected component (stresslayout.cpp), packed and de-overlapped.
#include "layout.h"

#include "layout_p.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace ksd {

namespace {

// One link of length 1 in layout units; the result is scaled to the bounds afterwards, so only ratios matter.
constexpr double kIdeal = 10.0;

struct Component
{
    std::vector<int> nodes; ///< global indices, ascending
    std::vector<QPointF> pos;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

/// Lays out one component (global indices @p c.nodes; @p links among all nodes, sorted) around the origin.
void layOutComponent(Component &c, const std::vector<detail::GraphLink> &links, quint32 seed, int sweeps,
                     double aspect)
{
    const int n = int(c.nodes.size());
    if (n == 1) {
        c.pos = {QPointF(0, 0)};
        return;
    }
    std::vector<int> local(size_t(c.nodes.back()) + 1, -1); // global → local index
    for (int i = 0; i < n; ++i)
        local[size_t(c.nodes[size_t(i)])] = i;
    std::vector<detail::GraphLink> own;
    for (const detail::GraphLink &l : links) {
        if (l.a < int(local.size()) && local[size_t(l.a)] >= 0) {
            detail::GraphLink m = l;
            m.a = local[size_t(l.a)];
            m.b = local[size_t(l.b)];
            own.push_back(m);
        }
    }
    c.pos = detail::stressLayout(n, own, seed, sweeps, aspect);
    for (QPointF &p : c.pos)
        p *= kIdeal;
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
    detail::WeightedGraph graph = detail::weightedGraph(input);
    const QStringList &codes = graph.codes;
    const int n = int(codes.size());
    if (n == 0)
        return out;
    detail::linkLengths(graph.links);

    // Largest first, ties by smallest code: the packing order and the seed offset of every component.
    std::vector<Component> comps;
    for (std::vector<int> &nodes : detail::components(n, graph.links))
        comps.push_back(Component{std::move(nodes), {}});

    const QRectF inner = detail::innerBounds(input.bounds, input.nodeRadius);
    const double aspect = inner.width() > 0 && inner.height() > 0
                              ? std::clamp(inner.width() / inner.height(), 0.1, 10.0) : 1.0;
    for (std::size_t ci = 0; ci < comps.size(); ++ci) {
        Component &c = comps[ci];
        layOutComponent(c, graph.links, input.seed + quint32(ci), input.iterations, aspect);
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
