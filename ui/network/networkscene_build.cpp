// SPDX-License-Identifier: Apache-2.0
// NetworkScene: building the items (nodes, links, hulls), level of detail, the cached base layer and node styling.
#include "networkscene.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>

#include <algorithm>
#include <cmath>

namespace ksd {

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
    QList<RegionNodeItem *> gone;
    for (auto it = mNodes.begin(); it != mNodes.end();) {
        if (!codes.contains(it.key())) {
            gone.append(it.value());
            it = mNodes.erase(it);
        } else {
            ++it;
        }
    }
    if (!gone.isEmpty()) {
        // Links and hulls point at the nodes: they go first (rebuildContent() makes them again).
        dropLinksAndHulls();
        for (RegionNodeItem *n : std::as_const(gone))
            deleteQuietly(n);
        nodesChanged = true;
        if (!mNodes.contains(mHighlighted))
            mHighlighted.clear();
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
    if (nodesChanged)
        onSelectionChanged(); // items that went selected left the selection quietly
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

void NetworkScene::dropLinksAndHulls()
{
    // Take the items out of every list that names them before deleting: deleting a selected item emits
    // selectionChanged, and a node moved later must not adjust a link that is gone.
    const QList<LinkItem *> links = std::exchange(mLinks, {});
    const QList<ClusterHullItem *> hulls = std::exchange(mHulls, {});
    for (RegionNodeItem *n : std::as_const(mNodes)) {
        n->clearLinks();
        n->clearHulls();
    }
    mBase.refreshLinks();
    for (LinkItem *l : links)
        deleteQuietly(l);
    for (ClusterHullItem *h : hulls)
        deleteQuietly(h);
}

void NetworkScene::deleteQuietly(QGraphicsItem *item)
{
    // Selection handling looks at the scene's lists; while an item goes, they are being rewritten.
    const bool was = std::exchange(mSettingSelection, true);
    delete item;
    mSettingSelection = was;
}

void NetworkScene::updateLod()
{
    const bool batch = wantsBatch();
    mBase.setBatched(batch);
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
    const double minR = smallestNodeRadius();
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
            item->syncWith(n, nodeRadius(n), smallestNodeRadius(), nodeFill(n));
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
    for (LinkItem *l : std::as_const(old))
        deleteQuietly(l);
    if (mBatched)
        mBase.refreshLinks();
}

void NetworkScene::rebuildHulls()
{
    for (RegionNodeItem *n : std::as_const(mNodes))
        n->clearHulls();
    for (ClusterHullItem *h : std::exchange(mHulls, {}))
        deleteQuietly(h);
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

} // namespace ksd
