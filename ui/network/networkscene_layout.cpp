// SPDX-License-Identifier: Apache-2.0
// NetworkScene: computing the layout, placing the nodes and the content rectangle.
#include "networkscene.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ksd {

// --- layout ---------------------------------------------------------------------------------------------------------

namespace {

/// Median distance from a node to its nearest neighbour (scene units): how crowded the picture is.
double medianNearestDistance(const QList<QPointF> &pts)
{
    if (pts.size() < 2)
        return 200;
    // Grid buckets keep this linear for the national map.
    QRectF box;
    for (const QPointF &p : pts)
        box = box.isNull() ? QRectF(p, QSizeF(1e-3, 1e-3)) : box | QRectF(p, QSizeF(1e-3, 1e-3));
    const double cell = std::max({box.width(), box.height(), 1.0}) / std::max(4.0, std::sqrt(double(pts.size())));
    QHash<qint64, QList<int>> grid;
    auto keyOf = [&](const QPointF &p) {
        return (qint64(std::floor((p.y() - box.top()) / cell)) << 32) | qint64(std::floor((p.x() - box.left()) / cell));
    };
    for (int i = 0; i < pts.size(); ++i)
        grid[keyOf(pts[i])].append(i);
    std::vector<double> nearest;
    nearest.reserve(size_t(pts.size()));
    for (int i = 0; i < pts.size(); ++i) {
        const qint64 gx = qint64(std::floor((pts[i].x() - box.left()) / cell));
        const qint64 gy = qint64(std::floor((pts[i].y() - box.top()) / cell));
        double best = std::numeric_limits<double>::max();
        for (int ring = 1; ring <= 64 && best == std::numeric_limits<double>::max(); ring *= 2) {
            for (qint64 y = gy - ring; y <= gy + ring; ++y) {
                for (qint64 x = gx - ring; x <= gx + ring; ++x) {
                    const auto it = grid.constFind((y << 32) | x);
                    if (it == grid.cend())
                        continue;
                    for (int j : *it) {
                        if (j != i)
                            best = std::min(best, std::hypot(pts[j].x() - pts[i].x(), pts[j].y() - pts[i].y()));
                    }
                }
            }
        }
        if (best < std::numeric_limits<double>::max())
            nearest.push_back(best);
    }
    if (nearest.empty())
        return 200;
    std::nth_element(nearest.begin(), nearest.begin() + long(nearest.size() / 2), nearest.end());
    return std::max(nearest[nearest.size() / 2], 1.0);
}

QRectF padded(const QRectF &r, double fraction)
{
    const double dx = std::max(r.width() * fraction, 0.05);
    const double dy = std::max(r.height() * fraction, 0.05);
    return r.adjusted(-dx, -dy, dx, dy);
}

} // namespace

void NetworkScene::computeLayout()
{
    const Project &p = project();
    LayoutInput in;
    for (const NetworkNode &n : std::as_const(mData.nodes))
        in.nodes.append(n.code);
    in.links = mData.layoutLinks;
    in.nodeRadius = mMaxRadius;
    in.spacing = 5;
    in.seed = seed();
    const double n = std::max<double>(in.nodes.size(), 1);
    const double width = 1600 * std::max(1.0, std::sqrt(n / 90.0));
    in.bounds = QRectF(0, 0, width, width * 0.625);

    QRectF extent;
    if (mSettings.layout == LayoutKind::Geographic) {
        // Fit the label points (where the nodes sit), not the whole polygons: a large, thinly linked neighbour
        // would otherwise leave most of the frame empty. The boundary map around it is drawn all the same.
        const RefData &ref = RefData::instance();
        QStringList drawn;
        for (const NetworkNode &node : std::as_const(mData.nodes))
            drawn.append(node.code);
        for (const QString &code : std::as_const(drawn)) {
            if (const std::optional<QPointF> at = geographicAnchor(code, drawn, ref)) {
                const QRectF pt(at->x() - 0.02, at->y() - 0.02, 0.04, 0.04);
                extent = extent.isNull() ? pt : extent | pt;
            }
        }
        extent = padded(extent, 0.10);
        if (extent.isNull())
            extent = BoundaryMap::instance().nationalExtent();
        const double midLat = extent.center().y() * M_PI / 180.0;
        const double aspect = std::clamp(extent.height() / (extent.width() * std::cos(midLat)), 0.3, 1.6);
        in.bounds = QRectF(0, 0, width, width * aspect);
        in.geoExtent = extent;
    }
    Result<Layout> computed = ksd::computeLayout(mSettings.layout, in);
    mLayout = computed ? std::move(computed.value()) : forceLayout(in);

    // Background per layout.
    QList<QPointF> pts;
    for (auto it = mLayout.positions.cbegin(); it != mLayout.positions.cend(); ++it)
        pts.append(it.value());
    mDetailScale = 24.0 / medianNearestDistance(pts);
    mBase.setDetailScale(mDetailScale);
    mMapArea = mLayout.bounds;
    mBase.setBoundaries(nullptr);
    mBase.setGroups({});
    if (mSettings.layout == LayoutKind::Geographic && mLayout.projection) {
        const GeoProjection &proj = *mLayout.projection;
        mMapArea = QRectF(proj.toScene(extent.topLeft()), proj.toScene(extent.bottomRight())).normalized();
        // Context around the area of interest: panning shows the neighbouring provinces, not a void.
        const QRectF area = padded(extent, 0.6);
        QSet<QString> scope(p.scope.cbegin(), p.scope.cend());
        // Simplified to about 0.7 pixel when the whole map fills a 1600-pixel-wide view.
        const double tolerance = 0.7 * std::max(mLayout.bounds.width(), mMapArea.width()) / 1600.0;
        mBase.setBoundaries(BoundaryMap::instance().project(proj, scope, p.ownerRegion, area, tolerance));
        mBackground = MapStyle::sea();
    } else {
        mBackground = QColor(0xfb, 0xfb, 0xf9);
        mBase.setGroups(mLayout.groups);
    }
    setBackgroundBrush(mBackground);
    QRectF content = mLayout.bounds | mMapArea;
    setSceneRect(padded(content, 0.25));
    invalidateBase();
}

void NetworkScene::applyPositions()
{
    const Layout placed = withSavedPositions(mLayout, project().positions);
    for (auto it = placed.positions.cbegin(); it != placed.positions.cend(); ++it) {
        if (RegionNodeItem *item = mNodes.value(it.key()))
            item->setPos(it.value());
    }
    if (mBatched)
        mBase.refreshLinks();
    invalidateBase();
    emit contentChanged();
}

void NetworkScene::onPositionsChanged(const QString &layout)
{
    if (layout != layoutKindKey(mSettings.layout))
        return;
    applyPositions();
    updateLabels();
}

QList<NodePosition> NetworkScene::currentPositions() const
{
    QList<NodePosition> out;
    const QString key = layoutKindKey(mSettings.layout);
    for (RegionNodeItem *n : nodeItems())
        out.append(NodePosition{key, n->code(), n->pos().x(), n->pos().y()});
    return out;
}

QRectF NetworkScene::contentRect() const
{
    // The regions drawn (scope and partners), not the boundary map around them: under the geographic layout that
    // would mostly be sea and neighbouring provinces.
    QRectF r;
    for (RegionNodeItem *n : visibleNodeItems()) {
        const double rad = n->radius() + 4;
        const QRectF b(n->pos().x() - rad, n->pos().y() - rad, 2 * rad, 2 * rad);
        r = r.isNull() ? b : r | b;
    }
    for (const LayoutGroup &g : mLayout.groups) {
        if (mSettings.layout != LayoutKind::Circular)
            break;
        const double rad = g.radius + 14;
        const QRectF b(g.center.x() - rad, g.center.y() - rad, 2 * rad, 2 * rad);
        r = r.isNull() ? b : r | b;
    }
    if (r.isNull())
        r = mSettings.layout == LayoutKind::Geographic && !mMapArea.isNull() ? mMapArea : mLayout.bounds;
    // Room for the labels at the edges, the same on every side (a chain of regions along a coast gets some too).
    const double m = 0.05 * std::max(r.width(), r.height());
    return r.adjusted(-m, -m, m, m);
}

} // namespace ksd
