// SPDX-License-Identifier: Apache-2.0
#include "networkscene.h"

#include "document/projectdocument.h"
#include "moveregionnodes.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace ksd {

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

NetworkScene::NetworkScene(QObject *parent) : QGraphicsScene(parent)
{
    mSuggestions = std::make_shared<SuggestionSet>();
    // A BSP index pays off: thousands of static links, found by rectangle on every paint and hover.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    mLabels = new LabelLayerItem;
    addItem(mLabels);
    // Fades the batched base layer while a node is hovered; the node, its partners and links rise above it.
    mVeil = new QGraphicsRectItem;
    mVeil->setPen(Qt::NoPen);
    mVeil->setBrush(QColor(255, 255, 255, 175));
    mVeil->setZValue(MapZ::Veil);
    mVeil->setAcceptedMouseButtons(Qt::NoButton);
    mVeil->setVisible(false);
    addItem(mVeil);
    mBackground = QColor(0xfb, 0xfb, 0xf9);
    connect(this, &QGraphicsScene::selectionChanged, this, &NetworkScene::onSelectionChanged);
}

NetworkScene::~NetworkScene()
{
    // Items refer to each other (links to nodes); clear before the members go.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &NetworkScene::onSelectionChanged);
    clear();
}

void NetworkScene::setDocument(ProjectDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mOwnProject.reset();
    if (document) {
        auto all = [this] { rebuildAll(); };
        connect(document, &ProjectDocument::nodePositionsChanged, this, &NetworkScene::onPositionsChanged);
        connect(document, &ProjectDocument::scopeChanged, this, all);
        connect(document, &ProjectDocument::projectInfoChanged, this, all);
        connect(document, &ProjectDocument::projectReplaced, this, all);
        connect(document, &ProjectDocument::proposalsAdded, this, all);
        connect(document, &ProjectDocument::proposalsRemoved, this, all);
        connect(document, &ProjectDocument::proposalsChanged, this, all);
        connect(document, &ProjectDocument::agreementsAdded, this, all);
        connect(document, &ProjectDocument::agreementsRemoved, this, all);
        connect(document, &ProjectDocument::agreementsChanged, this, all);
        auto content = [this] { rebuildContent(); };
        connect(document, &ProjectDocument::entriesAdded, this, content);
        connect(document, &ProjectDocument::entriesRemoved, this, content);
        connect(document, &ProjectDocument::entriesChanged, this, content);
    }
    rebuildAll();
}

void NetworkScene::setProject(const Project &project)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = nullptr;
    mOwnProject = std::make_unique<Project>(project);
    rebuildAll();
}

void NetworkScene::setProject(const Project &project, const SuggestionSet &suggestions)
{
    mSuggestions = std::make_shared<SuggestionSet>(suggestions);
    setProject(project);
}

const Project &NetworkScene::project() const
{
    static const Project empty;
    if (mDocument)
        return mDocument->project();
    return mOwnProject ? *mOwnProject : empty;
}

void NetworkScene::setSuggestions(const SuggestionSet &suggestions)
{
    mSuggestions = std::make_shared<SuggestionSet>(suggestions);
    rebuildAll();
}

void NetworkScene::setSettings(const MapSettings &settings)
{
    if (settings == mSettings)
        return;
    const bool relayout = settings.layout != mSettings.layout;
    mSettings = settings;
    if (relayout) {
        computeLayout();
        applyPositions();
        emit layoutChanged(mSettings.layout);
    }
    rebuildContent();
}

void NetworkScene::setLayoutKind(LayoutKind kind)
{
    MapSettings s = mSettings;
    s.layout = kind;
    setSettings(s);
}

void NetworkScene::setFilter(const NetworkFilter &filter)
{
    MapSettings s = mSettings;
    s.filter = filter;
    setSettings(s);
}

void NetworkScene::setNodeSizeMode(NodeSizeMode mode)
{
    MapSettings s = mSettings;
    s.sizeMode = mode;
    setSettings(s);
}

void NetworkScene::setNodeColorMode(NodeColorMode mode)
{
    MapSettings s = mSettings;
    s.colorMode = mode;
    setSettings(s);
}

quint32 NetworkScene::seed() const
{
    bool ok = false;
    const quint32 s = project().settings.value(QStringLiteral("layout/seed")).toUInt(&ok);
    return ok ? s : 1u;
}

QList<RegionNodeItem *> NetworkScene::nodeItems() const
{
    QList<RegionNodeItem *> out;
    out.reserve(mData.nodes.size());
    for (const NetworkNode &n : mData.nodes) {
        if (RegionNodeItem *item = mNodes.value(n.code))
            out.append(item);
    }
    return out;
}

QList<RegionNodeItem *> NetworkScene::visibleNodeItems() const
{
    QList<RegionNodeItem *> out;
    for (RegionNodeItem *n : nodeItems()) {
        if (n->isShown())
            out.append(n);
    }
    return out;
}

LinkItem *NetworkScene::linkItem(const QString &key) const
{
    for (LinkItem *l : mLinks) {
        if (l->link().key() == key)
            return l;
    }
    return nullptr;
}

// --- building ----------------------------------------------------------------------------------------------------

void NetworkScene::rebuildAll()
{
    const Project &p = project();
    mData = NetworkData::build(p, *mSuggestions, mSettings.filter);

    // Keep the node items of codes that stay (selection and hover survive), drop the others, add new ones.
    QSet<QString> codes;
    for (const NetworkNode &n : std::as_const(mData.nodes))
        codes.insert(n.code);
    bool nodesChanged = false;
    for (auto it = mNodes.begin(); it != mNodes.end();) {
        if (!codes.contains(it.key())) {
            // Links and hulls point at the node: they go first.
            qDeleteAll(mLinks);
            mLinks.clear();
            qDeleteAll(mHulls);
            mHulls.clear();
            delete it.value();
            it = mNodes.erase(it);
            nodesChanged = true;
        } else {
            ++it;
        }
    }
    const RefData &ref = RefData::instance();
    for (const NetworkNode &n : std::as_const(mData.nodes)) {
        if (mNodes.contains(n.code))
            continue;
        const Region *r = ref.region(n.code);
        if (!r)
            continue;
        auto *item = new RegionNodeItem(*r, n);
        item->setCacheMode(mCaching ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
        addItem(item);
        mNodes.insert(n.code, item);
        nodesChanged = true;
    }
    // A bigger scope means smaller discs: the national map must still breathe.
    const int count = int(mData.nodes.size());
    mMaxRadius = count > 300 ? 7.5 : (count > 120 ? 9.5 : 12.0);
    if (nodesChanged || mLayout.positions.isEmpty() || mLayout.kind != mSettings.layout)
        computeLayout();
    applyPositions();
    rebuildContent(false);
}

void NetworkScene::rebuildContent(bool rebuildData)
{
    if (rebuildData)
        mData = NetworkData::build(project(), *mSuggestions, mSettings.filter);
    restyleNodes();
    rebuildLinks();
    rebuildHulls();
    updateLod();
    applyEmphasis();
    updateLabels();
    emit contentChanged();
}

void NetworkScene::updateLod()
{
    const bool batch = wantsBatch();
    if (batch)
        mBase.setBatch(mHulls, mLinks, nodeItems());
    else if (mBatched)
        mBase.clearBatch();
    if (!batch && mBatched) {
        for (LinkItem *l : std::as_const(mLinks))
            l->adjust(); // their geometry was left alone while hidden
    }
    mBatched = batch;
    updateItemVisibility();
    invalidateBase();
}

void NetworkScene::updateItemVisibility()
{
    // Batched, the base layer paints everything; an item shows only to be selected, hovered or emphasized.
    for (RegionNodeItem *n : std::as_const(mNodes)) {
        const bool individual = !mBatched || n->isSelected() || n->isEmphasized() || n->code() == mHighlighted;
        n->setVisible(n->isShown() && individual);
    }
    for (LinkItem *l : std::as_const(mLinks)) {
        const bool touches = !mHighlighted.isEmpty() && (l->link().a == mHighlighted || l->link().b == mHighlighted);
        const bool individual = !mBatched || touches || l->isSelected();
        if (individual && !l->isVisible() && mBatched)
            l->adjust();
        l->setVisible(individual);
    }
    for (ClusterHullItem *h : std::as_const(mHulls))
        h->setVisible(!mBatched);
    mVeil->setRect(sceneRect());
    mVeil->setVisible(mBatched && !mHighlighted.isEmpty() && !mExporting);
}

void NetworkScene::invalidateBase()
{
    ++mBaseGeneration;
    invalidate(sceneRect(), QGraphicsScene::BackgroundLayer);
}

void NetworkScene::setCaching(bool enabled)
{
    if (enabled == mCaching)
        return;
    mCaching = enabled;
    const auto mode = enabled ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache;
    for (RegionNodeItem *n : std::as_const(mNodes))
        n->setCacheMode(mode);
    if (!enabled)
        mBaseCache = QImage();
}

void NetworkScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPaintDevice *device = painter->device();
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    // Views cache their background themselves (QGraphicsView::CacheBackground); vector output stays vector.
    if (!mCaching || !raster || !device || device->devType() == QInternal::Widget) {
        painter->fillRect(rect, mBackground);
        mBase.paint(painter, rect, mPixelRatio);
        return;
    }
    // The scene's own render (exports switch caching off; benchmarks and the overview keep it): one opaque image
    // of the whole device, reused while the transform and the content stay the same.
    const QTransform t = painter->worldTransform();
    const QSize size(device->width(), device->height());
    if (mBaseCache.size() != size || mBaseCacheTransform != t || mBaseCacheGeneration != mBaseGeneration) {
        mBaseCache = QImage(size, QImage::Format_RGB32);
        QPainter p(&mBaseCache);
        p.fillRect(mBaseCache.rect(), mBackground);
        p.setTransform(t);
        const QRectF all = t.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(size)));
        mBase.paint(&p, all, mPixelRatio);
        p.end();
        mBaseCacheTransform = t;
        mBaseCacheGeneration = mBaseGeneration;
    }
    painter->save();
    painter->resetTransform();
    painter->drawImage(QPointF(0, 0), mBaseCache);
    painter->restore();
}

RegionNodeItem *NetworkScene::nodeAt(const QPointF &scenePos, double tolerancePx) const
{
    RegionNodeItem *best = nullptr;
    double bestD = std::numeric_limits<double>::max();
    const double u = unit();
    for (RegionNodeItem *n : std::as_const(mNodes)) {
        if (!n->isShown())
            continue;
        const double d = QLineF(n->pos(), scenePos).length();
        if (d <= n->drawnRadius(u) + tolerancePx * u && d < bestD) {
            bestD = d;
            best = n;
        }
    }
    return best;
}

double NetworkScene::nodeRadius(const NetworkNode &node) const
{
    const double minR = mMaxRadius * 0.42;
    if (!node.inScope)
        return minR;
    double t = 0;
    if (mSettings.sizeMode == NodeSizeMode::Score) {
        t = node.bestScore / 100.0;
    } else {
        int maxEntries = 1;
        for (const NetworkNode &n : mData.nodes)
            maxEntries = std::max(maxEntries, n.potensi + n.kebutuhan);
        t = double(node.potensi + node.kebutuhan) / maxEntries;
    }
    // Area, not radius, grows with the number: the eye compares areas.
    return minR + (mMaxRadius - minR) * std::sqrt(std::clamp(t, 0.0, 1.0));
}

QColor NetworkScene::nodeFill(const NetworkNode &node) const
{
    if (!node.inScope)
        return MapStyle::outOfScopeFill();
    if (mSettings.colorMode == NodeColorMode::Balance)
        return MapStyle::balanceColor(node.potensi, node.kebutuhan);
    const Region *r = RefData::instance().region(node.code);
    return MapStyle::regionTypeColor(r ? r->type : RegionType::Kabupaten);
}

void NetworkScene::restyleNodes()
{
    // nodeRadius() needs the largest entry count once, not per node.
    for (const NetworkNode &n : std::as_const(mData.nodes)) {
        if (RegionNodeItem *item = mNodes.value(n.code))
            item->syncWith(n, nodeRadius(n), nodeFill(n));
    }
}

void NetworkScene::rebuildLinks()
{
    // Keep the items of links that stay (a filter change mostly removes or adds some), drop the rest.
    QHash<QString, LinkItem *> old;
    old.reserve(mLinks.size());
    for (LinkItem *l : std::as_const(mLinks))
        old.insert(l->link().key(), l);
    for (RegionNodeItem *n : std::as_const(mNodes))
        n->clearLinks();
    // Parallel links (same pair, different kinds) bend apart: count them per pair first.
    QHash<QString, int> perPair;
    for (const NetworkLink &l : std::as_const(mData.links))
        ++perPair[l.a + QLatin1Char('|') + l.b];
    QHash<QString, int> seen;
    QList<LinkItem *> links;
    links.reserve(mData.links.size());
    for (const NetworkLink &l : std::as_const(mData.links)) {
        RegionNodeItem *a = mNodes.value(l.a);
        RegionNodeItem *b = mNodes.value(l.b);
        if (!a || !b)
            continue;
        const QString pair = l.a + QLatin1Char('|') + l.b;
        const int index = seen[pair]++;
        const int count = perPair.value(pair);
        LinkItem *item = old.take(l.key());
        if (item) {
            a->addLink(item);
            b->addLink(item);
            item->setParallel(index, count);
            if (!(item->link() == l))
                item->syncWith(l);
        } else {
            item = new LinkItem(a, b, l, index, count);
            addItem(item);
        }
        links.append(item);
    }
    mLinks = links;
    qDeleteAll(old);
}

void NetworkScene::rebuildHulls()
{
    for (RegionNodeItem *n : std::as_const(mNodes))
        n->clearHulls();
    qDeleteAll(mHulls);
    mHulls.clear();
    for (int index : std::as_const(mData.clusters)) {
        const Cluster &c = mSuggestions->clusters[index];
        QList<RegionNodeItem *> members;
        for (const QString &m : c.members) {
            if (RegionNodeItem *item = mNodes.value(m))
                members.append(item);
        }
        if (members.size() < 2)
            continue;
        auto *hull = new ClusterHullItem(c, index, members);
        addItem(hull);
        mHulls.append(hull);
    }
}

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
        for (const NetworkNode &node : std::as_const(mData.nodes)) {
            if (const Region *r = ref.region(node.code)) {
                const QRectF pt(r->labelLon - 0.02, r->labelLat - 0.02, 0.04, 0.04);
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

// --- selection and emphasis ---------------------------------------------------------------------------------------

QStringList NetworkScene::selectedRegions() const
{
    QStringList out;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *n = qgraphicsitem_cast<RegionNodeItem *>(item))
            out.append(n->code());
    }
    std::sort(out.begin(), out.end());
    return out;
}

void NetworkScene::setSelectedRegions(const QStringList &codes)
{
    const QSet<QString> wanted(codes.cbegin(), codes.cend());
    mSettingSelection = true;
    for (QGraphicsItem *item : selectedItems()) {
        auto *n = qgraphicsitem_cast<RegionNodeItem *>(item);
        if (!n || !wanted.contains(n->code()))
            item->setSelected(false);
    }
    for (const QString &c : wanted) {
        if (RegionNodeItem *n = mNodes.value(c); n && n->isShown()) {
            n->setVisible(true); // batched nodes hide; only visible items can be selected
            n->setSelected(true);
        }
    }
    mSettingSelection = false;
    onSelectionChanged();
}

void NetworkScene::onSelectionChanged()
{
    if (mSettingSelection)
        return;
    const QStringList now = selectedRegions();
    QStringList links;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *l = qgraphicsitem_cast<LinkItem *>(item))
            links.append(l->link().key());
    }
    if (mBatched)
        updateItemVisibility();
    updateLabels();
    if (now != mLastSelection) {
        mLastSelection = now;
        emit selectedRegionsChanged(now);
    }
    if (!links.isEmpty())
        emit selectedLinksChanged(links);
}

QStringList NetworkScene::neighboursOf(const QString &code) const
{
    QStringList out;
    for (const QString &n : RefData::instance().neighbours(code)) {
        if (RegionNodeItem *item = mNodes.value(n); item && item->isShown())
            out.append(n);
    }
    return out;
}

void NetworkScene::setHighlightedRegion(const QString &code)
{
    if (code == mHighlighted)
        return;
    mHighlighted = mNodes.contains(code) ? code : QString();
    applyEmphasis();
    updateLabels();
}

void NetworkScene::applyEmphasis()
{
    if (mHighlighted.isEmpty()) {
        for (RegionNodeItem *n : std::as_const(mNodes))
            n->setEmphasis(false, false);
        for (LinkItem *l : std::as_const(mLinks))
            l->setEmphasis(false, false);
        for (ClusterHullItem *h : std::as_const(mHulls))
            h->setDimmed(false);
        if (mBatched)
            updateItemVisibility();
        return;
    }
    QSet<QString> strong{mHighlighted};
    for (const QString &p : mData.partnersOf(mHighlighted))
        strong.insert(p);
    for (const QString &n : neighboursOf(mHighlighted))
        strong.insert(n);
    for (RegionNodeItem *n : std::as_const(mNodes))
        n->setEmphasis(!strong.contains(n->code()), n->code() != mHighlighted && strong.contains(n->code()));
    for (LinkItem *l : std::as_const(mLinks)) {
        const bool touches = l->link().a == mHighlighted || l->link().b == mHighlighted;
        l->setEmphasis(!touches, touches);
    }
    for (ClusterHullItem *h : std::as_const(mHulls))
        h->setDimmed(!h->cluster().members.contains(mHighlighted));
    if (mBatched) {
        // The veil fades the base layer; dimming the few items above it again would fade them twice.
        for (RegionNodeItem *n : std::as_const(mNodes)) {
            if (strong.contains(n->code()))
                n->setEmphasis(false, n->code() != mHighlighted);
        }
        updateItemVisibility();
    }
}

// --- scale and labels ---------------------------------------------------------------------------------------------

void NetworkScene::setViewScale(double devicePixelsPerSceneUnit, double pixelRatio)
{
    if (!(devicePixelsPerSceneUnit > 0) || !(pixelRatio > 0))
        return;
    if (devicePixelsPerSceneUnit == mViewScale && pixelRatio == mPixelRatio)
        return;
    mViewScale = devicePixelsPerSceneUnit;
    mPixelRatio = pixelRatio;
    const double ratio = unit() / mGeometryUnit;
    if (ratio > 1.3 || ratio < 0.5)
        refreshGeometry();
    if (mBatched != wantsBatch())
        updateLod();
    updateLabels();
}

void NetworkScene::refreshGeometry()
{
    mGeometryUnit = unit();
    for (RegionNodeItem *n : std::as_const(mNodes))
        n->refreshGeometry();
    for (LinkItem *l : std::as_const(mLinks)) {
        if (l->isVisible())
            l->adjust(); // hidden (batched) links are adjusted when they show again
    }
    for (ClusterHullItem *h : std::as_const(mHulls))
        h->adjust();
}

void NetworkScene::setLabelsVisible(bool visible)
{
    mLabelsVisible = visible;
    updateLabels();
}

void NetworkScene::setExporting(bool exporting)
{
    if (exporting == mExporting)
        return;
    mExporting = exporting;
    updateItemVisibility();
    updateLabels();
    update();
}

void NetworkScene::setLabelBounds(const QRectF &rect)
{
    if (rect == mLabelBounds)
        return;
    mLabelBounds = rect;
    updateLabels();
}

void NetworkScene::updateLabels()
{
    if (!mLabelsVisible) {
        mLabels->setVisible(false);
        return;
    }
    mLabels->setVisible(true);
    const double u = unit();
    const bool detail = detailed();
    const QStringList selected = selectedRegions();
    QSet<QString> partners;
    for (const QString &s : selected) {
        for (const QString &p : mData.partnersOf(s))
            partners.insert(p);
    }
    if (!mHighlighted.isEmpty()) {
        for (const QString &p : mData.partnersOf(mHighlighted))
            partners.insert(p);
    }

    QList<LabelNode> nodes;
    QList<LabelRequest> requests;
    QHash<QString, QString> texts;
    QSet<QString> strong;
    const QList<RegionNodeItem *> visible = visibleNodeItems();
    nodes.reserve(visible.size());
    requests.reserve(visible.size());
    for (RegionNodeItem *n : visible) {
        const QString &c = n->code();
        int priority = 1;
        if (selected.contains(c) || c == mHighlighted)
            priority = 6;
        else if (partners.contains(c))
            priority = 5;
        else if (n->node().owner)
            priority = 4;
        else if (n->region().isProvince())
            priority = 3;
        else if (n->node().inScope)
            priority = 2;
        // Zoomed out only the labels that matter most are even tried: the rest would be crowded out anyway. Their
        // dots are then no obstacle either: a province's name may lie over its crowd of kabupaten (labels have a
        // halo), as on a printed atlas page; otherwise only the provinces at the edge of the map get a name.
        if (!detail && priority < 3)
            continue;
        nodes.append(LabelNode{c, n->pos(), std::max(n->radius(), 2.2 * u)});
        const bool isStrong = n->node().owner || (!mExporting && priority == 6);
        const QString text = MapStyle::shortName(n->region());
        if (isStrong)
            strong.insert(c);
        texts.insert(c, text);
        const QSizeF size = LabelLayerItem::labelSize(text, isStrong) * u;
        requests.append(LabelRequest{c, size, priority});
    }
    // Circular layout: each province disc gets its name at the top, placed like any other label.
    QSet<QString> groupLabels;
    if (mSettings.layout == LayoutKind::Circular) {
        for (const LayoutGroup &g : std::as_const(mLayout.groups)) {
            const Region *r = RefData::instance().region(g.provinceCode);
            if (!r)
                continue;
            const QString code = QStringLiteral("grup:") + g.provinceCode;
            const QString text = r->name;
            nodes.append(LabelNode{code, g.center - QPointF(0, g.radius + 12), 0.0});
            texts.insert(code, text);
            groupLabels.insert(code);
            requests.append(LabelRequest{code, LabelLayerItem::labelSize(text, true) * u, 4});
        }
    }
    LabelOptions options;
    options.gap = 1.5 * u;
    options.bounds = mLabelBounds.adjusted(2 * u, 2 * u, -2 * u, -2 * u);
    if (mLabelBounds.isNull())
        options.bounds = QRectF();
    const QList<LabelPlacement> placed = placeLabels(nodes, requests, options);
    QList<LabelLayerItem::Label> labels;
    for (const LabelPlacement &pl : placed) {
        if (pl.shown)
            labels.append({pl.code, texts.value(pl.code), pl.rect, strong.contains(pl.code), groupLabels.contains(pl.code)});
    }
    mLabels->setLabels(labels, u);
}

// --- mouse: selection and drags ----------------------------------------------------------------------------------

void NetworkScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mDragCode.clear();
    mDragging = false;
    RegionNodeItem *node = nullptr;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if ((node = qgraphicsitem_cast<RegionNodeItem *>(item)) && node->isShown())
            break;
        node = nullptr;
    }
    if (!node && mBatched)
        node = nodeAt(event->scenePos()); // painted by the base layer, no item of its own showing
    if (!node || event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    node->setVisible(true);
    if (event->modifiers() & Qt::ControlModifier) {
        node->setSelected(!node->isSelected());
    } else if (!node->isSelected()) {
        mSettingSelection = true;
        clearSelection();
        mSettingSelection = false;
        node->setSelected(true);
    }
    if (mDocument && node->isSelected()) {
        mDragCode = node->code();
        mDragStart = event->scenePos();
        mDragOrigins.clear();
        for (const QString &c : selectedRegions())
            mDragOrigins.insert(c, mNodes.value(c)->pos());
    }
    event->accept();
}

void NetworkScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (mDragCode.isEmpty() || !(event->buttons() & Qt::LeftButton) || !mDocument) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    const QPointF delta = event->scenePos() - mDragStart;
    if (!mDragging) {
        const QPointF screen = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        if (screen.manhattanLength() < QApplication::startDragDistance())
            return;
        mDragging = true;
    }
    QList<NodePosition> after = currentPositions();
    for (NodePosition &p : after) {
        const auto it = mDragOrigins.constFind(p.regionCode);
        if (it != mDragOrigins.cend()) {
            p.x = it->x() + delta.x();
            p.y = it->y() + delta.y();
        }
    }
    mDocument->undoStack()->push(
        new MoveRegionNodes(mDocument, layoutKindKey(mSettings.layout), after, mDragSerial));
    event->accept();
}

void NetworkScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!mDragCode.isEmpty()) {
        if (mDragging)
            ++mDragSerial; // the next drag is a new undo step
        mDragCode.clear();
        mDragging = false;
        updateLabels();
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void NetworkScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (RegionNodeItem *n = nodeAt(event->scenePos())) {
        emit regionActivated(n->code());
        event->accept();
        return;
    }
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *l = qgraphicsitem_cast<LinkItem *>(item)) {
            emit linkActivated(l->link().key());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace ksd
