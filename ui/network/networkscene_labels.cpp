// SPDX-License-Identifier: Apache-2.0
// NetworkScene: view scale, geometry refresh and labels.
#include "networkscene.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ksd {

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
        // The project's own region is always named: first in line, and allowed over a node when crowded.
        int priority = 1;
        if (n->node().owner)
            priority = 7;
        else if (selected.contains(c) || c == mHighlighted)
            priority = 6;
        else if (partners.contains(c))
            priority = 5;
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
        requests.append(LabelRequest{c, size, priority, n->node().owner});
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
            requests.append(LabelRequest{code, LabelLayerItem::labelSize(text, true) * u, 4, false});
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

} // namespace ksd
