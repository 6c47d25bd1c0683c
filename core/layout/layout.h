// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "layout/geoprojection.h"
#include "model/records.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

// Determinism: every layout sorts the codes first and iterates in that order (never in hash order), sums
// parallel links in sorted order, draws its only randomness from std::minstd_rand seeded by LayoutInput::seed,
// runs no threads, and de-overlaps in code order. The same input therefore gives bitwise identical positions with the same
// binary; a different compiler, CPU or libm may differ in the last bits (std::sin/cos/sqrt), so saved positions,
// not recomputed ones, are what make a reopened project look the same.

namespace ksd {

class RefData;

/// The three layouts of the network view. Their keys are the `layout` values stored in NodePosition.
enum class LayoutKind { Geographic = 0, Force = 1, Circular = 2 };
QString layoutKindKey(LayoutKind kind);            ///< "geo", "force", "circle"
std::optional<LayoutKind> layoutKindFromKey(const QString &key);
QString layoutKindName(LayoutKind kind);           ///< translated: "Geografis", "Gaya (force-directed)", ...

/// An undirected link between two regions (a border, a suggestion, an agreement). Parallel links add up.
struct LayoutLink
{
    QString a;
    QString b;
    double weight = 1.0; ///< > 0; heavier is drawn shorter by the force layout; ignored by the other layouts
};

/// What every layout needs. All lengths are scene units (pixels at zoom 1).
struct LayoutInput
{
    QStringList nodes;          ///< region codes, any order; duplicates and empty strings are ignored
    QList<LayoutLink> links;    ///< links naming a code not in @ref nodes, self-links and weights <= 0 are ignored
    QRectF bounds = QRectF(0, 0, 1600, 1000); ///< every node disc (centre ± nodeRadius) ends up inside it
    double nodeRadius = 6;      ///< the largest node radius the view will draw
    double spacing = 4;         ///< minimum free gap between two discs: centres end ≥ 2·nodeRadius + spacing apart
    quint32 seed = 1;           ///< force layout only: same seed, same input → bitwise identical positions
    int iterations = 100;       ///< force layout only: at most this many stress-majorization sweeps
    /// Geographic only: fit this lon/lat rectangle (x = lon, y = lat, top = south) into the bounds instead of the
    /// extent of the nodes' label points, e.g. the extent of the boundary polygons that the map draws.
    std::optional<QRectF> geoExtent;
};

/// Circular layout only: one province's group of nodes, for drawing a hull or a province label.
struct LayoutGroup
{
    QString provinceCode;
    QPointF center;
    double radius = 0;   ///< the outermost node centre's distance from @ref center, plus nodeRadius
    QStringList members; ///< sorted codes
};

/// A computed layout: one scene position (the node's centre) per distinct input code.
struct Layout
{
    LayoutKind kind = LayoutKind::Geographic;
    QMap<QString, QPointF> positions;        ///< sorted by code, so iteration is deterministic
    QRectF bounds;                           ///< the input bounds
    std::optional<GeoProjection> projection; ///< geographic only: draw the boundary map with this
    QList<LayoutGroup> groups;               ///< circular only, in province code order
    /// Pairs still closer than 2·nodeRadius + spacing after de-overlap. 0 unless the bounds are too small to
    /// hold all discs.
    int unresolvedOverlaps = 0;
};

/// Where a region sits on a geographic map (lon, lat): its label point, except for a province whose own kab/kota are
/// drawn too (@p drawn): it stands north of its kab/kota, outside its land, so that a province–kab/kota line never
/// seems to end at a kab/kota (issue 16: the province's label point lay 6 km from Tanah Bumbu). Unknown codes give
/// nullopt. The screen's map, its exports and the report's map figures all place nodes with this.
std::optional<QPointF> geographicAnchor(const QString &code, const QStringList &drawn, const RefData &ref);

/// Geographic layout: each region at its geographicAnchor() projected with a GeoProjection that fits the anchors'
/// extent (or LayoutInput::geoExtent) into the bounds shrunk by nodeRadius, then de-overlapped. Fails with
/// RefData's error on an unknown code.
Result<Layout> geographicLayout(const LayoutInput &input, const RefData &ref);
Result<Layout> geographicLayout(const LayoutInput &input); ///< with RefData::instance()

/// Seeded force-directed layout, a stress model on each connected component separately: every pair of nodes is
/// drawn as far apart as their hop distance (Boost.Graph breadth-first search), two linked nodes as their link's
/// length, sqrt(median weight / weight) clamped to [0.5, 2] (heavier is shorter). It starts from pivot MDS (the
/// first pivot drawn from std::minstd_rand(seed)), refines with at most LayoutInput::iterations sweeps of
/// localized stress majorization, and turns the component to its principal axis, mirrored by the seed. The
/// components are then packed largest first (isolated nodes in tidy rows), scaled uniformly into the bounds and
/// de-overlapped. Needs no reference data. Its quality figure is layoutStress() (layoutquality.h).
Layout forceLayout(const LayoutInput &input);

/// Circular layout grouped by province: every province is a small disc of its own nodes (the province node, if
/// present, at the centre; kab/kota in code order on rings around it, clockwise from the top), and the
/// provinces sit in code order clockwise from the top around an ellipse shaped like the bounds. The province of
/// a code is Region::provinceCode, or the code's first two digits when RefData does not know it.
Layout circularLayout(const LayoutInput &input, const RefData &ref);
Layout circularLayout(const LayoutInput &input); ///< with RefData::instance()

/// Dispatches on @p kind (RefData::instance()).
Result<Layout> computeLayout(LayoutKind kind, const LayoutInput &input);

/// Result of deOverlap().
struct SpacedPositions
{
    QMap<QString, QPointF> positions;
    int unresolvedOverlaps = 0; ///< pairs still too close (only when the bounds cannot hold the discs)
    int passes = 0;             ///< sweeps used
};

/// Pushes nodes apart until no two centres are closer than 2·radius + spacing, keeping every disc inside
/// @p bounds. Deterministic: nodes are visited in code order, overlapping pairs are split along the line of
/// centres (coincident centres along a direction derived from the pair's ranks), no randomness, no hash order.
/// Every layout above already applies it; call it again after moving nodes by hand.
SpacedPositions deOverlap(const QMap<QString, QPointF> &positions, const QRectF &bounds, double radius,
                          double spacing);

/// The layout's positions as project records (NodePosition::layout = layoutKindKey(kind)), sorted by code.
QList<NodePosition> toNodePositions(const Layout &layout);
/// @p layout with the positions saved in the project for its kind laid over it (codes the layout does not have
/// are ignored). Saved positions are not de-overlapped: they are where the user put them.
Layout withSavedPositions(Layout layout, const QList<NodePosition> &saved);

} // namespace ksd
