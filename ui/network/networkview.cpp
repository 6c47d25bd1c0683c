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
    // A map pans by dragging and by the overview; scroll bars would only steal room and change the viewport's size
    // (and so the fit) as they come and go.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Peta jejaring kerja sama daerah"));

    mOverlay = new MapOverlay(this);
    mMinimap = new MinimapWidget(this);
    mCard = new MapHoverCard(this);
    mMinimap->hide(); // until zoomed in (updateMinimap())

    mHoverTimer.setSingleShot(true);
    mHoverTimer.setInterval(120);
    connect(&mHoverTimer, &QTimer::timeout, this, [this] { showCardFor(mHoverPos); });
    // Until the user zooms or pans, the view keeps the content fitted: after a resize, a new project, a filter.
    mRefit.setSingleShot(true);
    mRefit.setInterval(0);
    connect(&mRefit, &QTimer::timeout, this, [this] {
        if (mAutoFit)
            fitToContent();
    });
    connect(scene, &NetworkScene::contentChanged, this, [this] {
        mMinimap->scheduleRefresh();
        mOverlay->update();
        updateMinimap();
        scheduleRefit();
    });
    connect(scene, &NetworkScene::selectedRegionsChanged, mOverlay, qOverload<>(&QWidget::update));
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &NetworkView::updateScrollArea);
}

double NetworkView::scale() const
{
    return transform().m11();
}

QRectF NetworkView::fitFrame() const
{
    // The part of the viewport that no panel (title, legend, overview) covers.
    const QRectF free = mOverlay->frame().free.adjusted(4, 4, -4, -4);
    if (free.width() < 80 || free.height() < 80)
        return QRectF(viewport()->rect()).adjusted(8, 8, -8, -8);
    return free;
}

double NetworkView::fitScale() const
{
    const QRectF c = mScene->contentRect();
    const QRectF v = fitFrame();
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
    stopAutoFit();
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
    const double s = fitScale();
    setScale(s);
    updateScrollArea();
    // The content's centre goes to the centre of the free frame, not of the viewport.
    const QPointF offset = (QRectF(viewport()->rect()).center() - fitFrame().center()) / scale();
    centerOn(c.center() + offset);
    // Labels stay clear of the panels too: one at the edge goes to the node's other side.
    mScene->setLabelBounds(mapToScene(fitFrame().toAlignedRect()).boundingRect());
    mAutoFit = true;
}

void NetworkView::updateScrollArea()
{
    // The view may scroll a whole viewport (at half the fit scale) past the scene's edges: the content can then sit
    // in the free frame beside the panels, and a zoomed-out view is not pinned to the scene's centre.
    const QRectF r = mScene->sceneRect();
    const double s = std::max(fitScale() * 0.5, 1e-9);
    const double dx = viewport()->width() / s, dy = viewport()->height() / s;
    setSceneRect(r.adjusted(-dx, -dy, dx, dy));
}

void NetworkView::stopAutoFit()
{
    mAutoFit = false;
    mScene->setLabelBounds({});
}

void NetworkView::scaleUpdated()
{
    mScene->setViewScale(scale(), 1.0);
    mOverlay->update();
    mMinimap->update();
    updateMinimap();
    emit scaleChanged(scale());
}

bool NetworkView::zoomToRegion(const QString &code)
{
    RegionNodeItem *node = mScene->nodeItem(code);
    if (!node || !node->isShown())
        return false;
    stopAutoFit();
    mScene->setSelectedRegions({code});
    // Show the node with its neighbourhood: about 12 nodes' spacing across the view.
    const double target = std::max(scale(), mScene->detailScale() * 1.6);
    setScale(target);
    // In the middle of the part no panel covers.
    centerOn(node->pos() + (QRectF(viewport()->rect()).center() - fitFrame().center()) / scale());
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
    stopAutoFit();
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

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    stopAutoFit(); // a click, a pan or a drag: the user has taken over
    QGraphicsView::mousePressEvent(event);
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
    updateScrollArea();
    if (mAutoFit)
        fitToContent();
    mMinimap->scheduleRefresh();
}

void NetworkView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    mMinimap->update();
    updateMinimap();
}

void NetworkView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    placeOverlays();
    if (mAutoFit)
        fitToContent();
    mMinimap->scheduleRefresh();
}

void NetworkView::setMinimapVisible(bool visible)
{
    mMinimapWanted = visible;
    updateMinimap();
    scheduleRefit();
}

void NetworkView::updateMinimap()
{
    // The overview is for finding one's way when zoomed in: while the whole content is in view it would only
    // cover part of it.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QRectF c = mScene->contentRect();
    const bool all = c.isEmpty() || visible.contains(c.adjusted(c.width() * 0.03, c.height() * 0.03,
                                                                -c.width() * 0.03, -c.height() * 0.03));
    const bool show = mMinimapWanted && !all;
    if (show) {
        const QRectF where = mOverlay->frame().minimap;
        if (!where.isNull())
            mMinimap->move(viewport()->geometry().topLeft() + where.topLeft().toPoint());
    }
    if (show != mMinimap->isVisibleTo(this)) {
        mMinimap->setVisible(show);
        mOverlay->update();
    }
}

void NetworkView::scheduleRefit()
{
    if (mAutoFit)
        mRefit.start();
}

bool NetworkView::minimapVisible() const
{
    return mMinimapWanted;
}

void NetworkView::setLegendVisible(bool visible)
{
    mOverlay->setLegendVisible(visible);
    scheduleRefit();
}

bool NetworkView::legendVisible() const
{
    return mOverlay->legendVisible();
}

bool NetworkView::legendExpanded() const
{
    return mOverlay->legendExpanded();
}

} // namespace ksd
