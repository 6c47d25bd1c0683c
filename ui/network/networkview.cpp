// SPDX-License-Identifier: Apache-2.0
#include "networkview.h"

#include "maphovercard.h"
#include "mapoverlay.h"
#include "networkscene.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ksd {

NetworkView::NetworkView(NetworkScene *scene, QWidget *parent) : QGraphicsView(scene, parent), mScene(scene)
{
    setObjectName(QStringLiteral("networkView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // The boundary map (and, zoomed out on a big map, all static content) is the scene's background: cached by the
    // view and scrolled with it, redrawn only on zoom or when the scene invalidates it.
    setCacheMode(QGraphicsView::CacheBackground);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, false);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Peta jejaring kerja sama daerah"));

    mOverlay = new MapOverlay(this);
    mMinimap = new MinimapWidget(this);
    mCard = new MapHoverCard(this);

    mHoverTimer.setSingleShot(true);
    mHoverTimer.setInterval(120);
    connect(&mHoverTimer, &QTimer::timeout, this, [this] { showCardFor(mHoverPos); });
    connect(scene, &NetworkScene::contentChanged, this, [this] {
        mMinimap->scheduleRefresh();
        mOverlay->update();
    });
    connect(scene, &NetworkScene::selectedRegionsChanged, mOverlay, qOverload<>(&QWidget::update));
}

double NetworkView::scale() const
{
    return transform().m11();
}

double NetworkView::fitScale() const
{
    const QRectF c = mScene->contentRect();
    const QRectF v = viewport()->rect().adjusted(8, 8, -8, -8);
    if (c.isEmpty() || v.isEmpty())
        return 1;
    return std::min(v.width() / c.width(), v.height() / c.height());
}

void NetworkView::setScale(double s)
{
    const double fit = fitScale();
    s = std::clamp(s, fit * 0.5, std::max(fit * 60, 8.0));
    setTransform(QTransform::fromScale(s, s));
    scaleUpdated();
}

void NetworkView::zoomBy(double factor)
{
    const double target = scale() * factor;
    const double fit = fitScale();
    const double clamped = std::clamp(target, fit * 0.5, std::max(fit * 60, 8.0));
    QGraphicsView::scale(clamped / scale(), clamped / scale());
    scaleUpdated();
}

void NetworkView::fitToContent()
{
    const QRectF c = mScene->contentRect();
    if (c.isEmpty())
        return;
    setScale(fitScale());
    centerOn(c.center());
    mFitted = true;
}

void NetworkView::scaleUpdated()
{
    mScene->setViewScale(scale(), 1.0);
    mOverlay->update();
    mMinimap->update();
    emit scaleChanged(scale());
}

bool NetworkView::zoomToRegion(const QString &code)
{
    RegionNodeItem *node = mScene->nodeItem(code);
    if (!node || !node->isShown())
        return false;
    mScene->setSelectedRegions({code});
    // Show the node with its neighbourhood: about 12 nodes' spacing across the view.
    const double target = std::max(scale(), mScene->detailScale() * 1.6);
    setScale(target);
    centerOn(node);
    setFocus();
    return true;
}

QString NetworkView::moveSelection(int dx, int dy)
{
    const QList<RegionNodeItem *> nodes = mScene->visibleNodeItems();
    if (nodes.isEmpty())
        return {};
    const QStringList selected = mScene->selectedRegions();
    RegionNodeItem *from = selected.isEmpty() ? nullptr : mScene->nodeItem(selected.constFirst());
    RegionNodeItem *best = nullptr;
    if (!from) {
        const QPointF c = mapToScene(viewport()->rect().center());
        double bestD = std::numeric_limits<double>::max();
        for (RegionNodeItem *n : nodes) {
            const double d = QLineF(c, n->pos()).length();
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
    } else {
        // Nearest node within 60° of the direction; sideways distance counts double.
        double bestCost = std::numeric_limits<double>::max();
        const QPointF dir(dx, dy);
        for (RegionNodeItem *n : nodes) {
            if (n == from)
                continue;
            const QPointF d = n->pos() - from->pos();
            const double along = d.x() * dir.x() + d.y() * dir.y();
            const double across = std::abs(d.x() * dir.y() - d.y() * dir.x());
            if (along <= 0 || across > along * 1.732)
                continue;
            const double cost = along + 2 * across;
            if (cost < bestCost) {
                bestCost = cost;
                best = n;
            }
        }
    }
    if (!best)
        return from ? from->code() : QString();
    mScene->setSelectedRegions({best->code()});
    ensureVisible(best, 60, 60);
    return best->code();
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

void NetworkView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: moveSelection(-1, 0); break;
    case Qt::Key_Right: moveSelection(1, 0); break;
    case Qt::Key_Up: moveSelection(0, -1); break;
    case Qt::Key_Down: moveSelection(0, 1); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0: fitToContent(); break;
    case Qt::Key_Escape: mScene->setSelectedRegions({}); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QStringList sel = mScene->selectedRegions();
        if (!sel.isEmpty())
            emit mScene->regionActivated(sel.constFirst());
        break;
    }
    default: QGraphicsView::keyPressEvent(event); return;
    }
    event->accept();
}

QString NetworkView::cardTextAt(const QPoint &viewportPos) const
{
    // Nodes first, also where the base layer paints them (zoomed out on a big map).
    if (RegionNodeItem *n = mScene->nodeAt(mapToScene(viewportPos)))
        return MapHoverCard::textFor(*mScene, *n);
    for (QGraphicsItem *item : items(viewportPos)) {
        if (auto *l = qgraphicsitem_cast<LinkItem *>(item))
            return MapHoverCard::textFor(*mScene, *l);
        if (auto *h = qgraphicsitem_cast<ClusterHullItem *>(item))
            return MapHoverCard::textFor(*mScene, *h);
    }
    return {};
}

void NetworkView::showCardFor(const QPoint &pos)
{
    RegionNodeItem *node = mScene->nodeAt(mapToScene(pos));
    mScene->setHighlightedRegion(node ? node->code() : QString());
    const QString text = cardTextAt(pos);
    if (text.isEmpty()) {
        mCard->hide();
        return;
    }
    mCard->setText(text);
    const QPoint anchor = viewport()->mapTo(this, pos);
    mCard->showNear(anchor, viewport()->geometry());
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton) {
        mCard->hide();
        return;
    }
    mHoverPos = event->position().toPoint();
    mHoverTimer.start();
}

void NetworkView::leaveEvent(QEvent *event)
{
    mHoverTimer.stop();
    mCard->hide();
    mScene->setHighlightedRegion({});
    QGraphicsView::leaveEvent(event);
}

void NetworkView::placeOverlays()
{
    const QRect v = viewport()->geometry();
    mOverlay->setGeometry(v);
    mMinimap->move(v.right() - mMinimap->width() - 12, v.top() + 12);
    mOverlay->raise();
    mMinimap->raise();
    mCard->raise();
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlays();
    if (!mFitted)
        fitToContent();
    mMinimap->scheduleRefresh();
}

void NetworkView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    mMinimap->update();
}

void NetworkView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    placeOverlays();
    if (!mFitted)
        fitToContent();
    mMinimap->scheduleRefresh();
}

void NetworkView::setMinimapVisible(bool visible)
{
    mMinimap->setVisible(visible);
}

bool NetworkView::minimapVisible() const
{
    return mMinimap->isVisibleTo(this);
}

void NetworkView::setLegendVisible(bool visible)
{
    mOverlay->setLegendVisible(visible);
}

bool NetworkView::legendVisible() const
{
    return mOverlay->legendVisible();
}

} // namespace ksd
