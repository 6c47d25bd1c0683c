// SPDX-License-Identifier: Apache-2.0
// Internal helpers shared by the layout implementations. Not part of the public API. No Boost type appears here.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <memory>
#include <vector>

namespace ksd {
struct LayoutInput;
}

namespace ksd::detail {

/// The input codes, trimmed, without empties and duplicates, sorted: every layout iterates in this order.
QStringList distinctSortedCodes(const QStringList &codes);

/// @p bounds (normalized) shrunk by @p radius on every side, so that a disc centred inside it stays inside
/// @p bounds. Collapses to the centre when the bounds are smaller than a disc.
QRectF innerBounds(const QRectF &bounds, double radius);

/// The uniform scale and offset that map the bounding box of @p points onto @p target, centred and preserving
/// the aspect ratio. A degenerate box (one point, a line) is centred; a line is stretched along its length.
struct FitTransform
{
    double scale = 1;
    QPointF from;   ///< centre of the source box
    QPointF to;     ///< centre of the target
    QPointF map(const QPointF &p) const { return to + (p - from) * scale; }
};
FitTransform fitTransform(const std::vector<QPointF> &points, const QRectF &target);

/// One undirected link between node indices a < b; parallel input links summed.
struct GraphLink
{
    int a = 0;
    int b = 0;
    double weight = 1;  ///< summed input weights (> 0)
    double length = 1;  ///< target drawing length in units of a typical link, see linkLengths()
};

/// The graph of a LayoutInput: distinctSortedCodes() as nodes 0..n−1, and the links between them sorted by (a, b),
/// parallel links summed in sorted order (so the input order never matters); self-links, unknown codes and
/// weights <= 0 dropped. Lengths are filled by linkLengths().
struct WeightedGraph
{
    QStringList codes;
    std::vector<GraphLink> links;
};
WeightedGraph weightedGraph(const LayoutInput &input);

/// Heavier pulls closer: length = sqrt(median weight / weight), clamped to [0.5, 2]. All equal weights give 1.
void linkLengths(std::vector<GraphLink> &links);

/// Connected components of @p g: lists of node indices (ascending), largest first, ties by smallest index.
std::vector<std::vector<int>> components(int n, const std::vector<GraphLink> &links);

/// Single-source shortest path lengths on an undirected graph (Boost.Graph inside: breadth-first search when
/// every length is 1, Dijkstra otherwise). Unreachable nodes get +infinity.
class ShortestPaths
{
public:
    /// @p links use local indices 0..n−1; @p useLengths false counts hops (every link 1).
    ShortestPaths(int n, const std::vector<GraphLink> &links, bool useLengths);
    ~ShortestPaths();
    ShortestPaths(const ShortestPaths &) = delete;
    ShortestPaths &operator=(const ShortestPaths &) = delete;

    /// Fills @p dist (resized to n) with the distances from @p source.
    void from(int source, std::vector<double> &dist) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Stress-model layout of one connected component (local indices, links with lengths). Targets: the hop
/// distance for every pair (up to 1,200 nodes; above, the links and the pairs with 100 pivots), a link's length
/// for its two ends. Pivot-MDS start from the distances to up to 50 maxmin pivots (the first drawn from @p seed),
/// then at most @p sweeps sweeps of localized stress majorization (Gansner, Koren and North 2004) with weights
/// d⁻², stopped early once the layout has settled; finally rotated to its principal axis (along x when
/// @p aspect ≥ 1) and mirrored by the seed's two lowest bits. One unit is one hop. Deterministic: nodes in index
/// order, fixed summation order, no threads, no hash order.
std::vector<QPointF> stressLayout(int n, const std::vector<GraphLink> &links, quint32 seed, int sweeps,
                                  double aspect);

} // namespace ksd::detail
