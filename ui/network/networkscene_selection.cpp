// SPDX-License-Identifier: Apache-2.0
// NetworkScene: selection, neighbours and emphasis of the highlighted region.
#include "networkscene.h"

#include <QSet>

#include <algorithm>

namespace ksd {

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

} // namespace ksd
