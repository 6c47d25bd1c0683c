// SPDX-License-Identifier: Apache-2.0
#include "networkitems.h"

#include "networkscene.h"

#include <QFontMetricsF>
#include <QHash>
#include <QMap>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace ksd {

namespace {

NetworkScene *networkScene(const QGraphicsItem *item)
{
    return static_cast<NetworkScene *>(item->scene());
}

/// Scene units per reference pixel for @p painter: from the scene's pixel ratio and the painter's own scale, so
/// the overview, the view and every export draw the same proportions.
double unitOf(const QGraphicsItem *item, const QPainter *painter)
{
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const NetworkScene *s = networkScene(item);
    return s ? s->unitFor(lod) : 1.0 / std::max(lod, 1e-9);
}

double unitOf(const QGraphicsItem *item)
{
    const NetworkScene *s = networkScene(item);
    return s ? s->unit() : 1.0;
}

bool exporting(const QGraphicsItem *item)
{
    const NetworkScene *s = networkScene(item);
    return s && s->isExporting();
}

} // namespace

// --- RegionNodeItem --------------------------------------------------------------------------------------------

RegionNodeItem::RegionNodeItem(const Region &region, const NetworkNode &node) : mRegion(&region), mNode(node)
{
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(MapZ::Node + (region.isProvince() ? 1 : 0));
    setToolTip(QString());
}

void RegionNodeItem::syncWith(const NetworkNode &node, double radius, double smallestRadius, const QColor &fill)
{
    if (radius != mRadius || smallestRadius != mSmallestRadius)
        prepareGeometryChange();
    mNode = node;
    mRadius = radius;
    mSmallestRadius = smallestRadius;
    mFill = fill;
    setVisible(node.visible);
    update();
}

void RegionNodeItem::setEmphasis(bool dimmed, bool highlighted)
{
    if (dimmed == mDimmed && highlighted == mHighlighted)
        return;
    mDimmed = dimmed;
    mHighlighted = highlighted;
    update();
}

double RegionNodeItem::drawnRadius(double unit) const
{
    // Zoomed far out (the national map, the report's figure) the smallest node stays a visible dot, and the others
    // grow with it: clamping each node alone made every disc the same size while the legend said sizes vary.
    return mRadius * std::max(1.0, 2.2 * unit / std::max(mSmallestRadius, 1e-6));
}

QRectF RegionNodeItem::boundingRect() const
{
    const double u = unitOf(this);
    const double r = drawnRadius(u) + 6 * u; // outline, owner ring and selection halo
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath RegionNodeItem::shape() const
{
    const double u = unitOf(this);
    // At least 8 reference pixels across, so that small nodes can still be grabbed.
    const double r = std::max(drawnRadius(u), 4.0 * u);
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), r, r);
    return path;
}

void RegionNodeItem::paintDisc(QPainter *painter, const QPointF &center, double u) const
{
    const double r = drawnRadius(u);
    QPen pen;
    if (mNode.owner) {
        pen = QPen(MapStyle::ownerRing(), 2.6 * u);
    } else if (!mNode.inScope) {
        pen = QPen(QColor(0x8a, 0x94, 0x9e), 1.0 * u);
    } else if (mRegion->isProvince()) {
        pen = QPen(QColor(0x26, 0x32, 0x38), 1.8 * u);
    } else {
        pen = QPen(mFill.darker(175), 1.1 * u);
    }
    painter->setPen(pen);
    painter->setBrush(mFill);
    painter->drawEllipse(center, r, r);
}

void RegionNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double u = unitOf(this, painter);
    const double r = drawnRadius(u);
    const bool exp = exporting(this);
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (mDimmed && !exp)
        painter->setOpacity(0.22);

    if (!exp && (isSelected() || mHighlighted)) {
        // A halo outside the disc: the disc itself stays the one ellipse that the SVG export counts.
        QPainterPath halo;
        const double hr = r + (isSelected() ? 3.6 : 2.6) * u;
        halo.addEllipse(QPointF(0, 0), hr, hr);
        painter->setPen(isSelected() ? QPen(MapStyle::selection(), 2.6 * u)
                                     : QPen(QColor(0x26, 0x32, 0x38, 150), 1.4 * u));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(halo);
    }
    paintDisc(painter, QPointF(0, 0), u);
}

QVariant RegionNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (LinkItem *l : std::as_const(mLinks))
            l->adjust();
        for (ClusterHullItem *h : std::as_const(mHulls))
            h->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

// --- LinkItem --------------------------------------------------------------------------------------------------

LinkItem::LinkItem(RegionNodeItem *source, RegionNodeItem *dest, const NetworkLink &link, int parallelIndex,
                   int parallelCount)
    : mSource(source), mDest(dest), mLink(link), mParallelIndex(parallelIndex), mParallelCount(parallelCount)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    // Agreements on top, then proposals, then suggestions from the strongest class down.
    static const double order[LinkKindCount] = {4, 3, 2, 1, 5, 6};
    setZValue(MapZ::Link + order[int(link.kind)] / 10.0);
    source->addLink(this);
    dest->addLink(this);
    adjust();
}

RegionNodeItem *LinkItem::other(const QString &code) const
{
    return mSource->code() == code ? mDest : mSource;
}

void LinkItem::syncWith(const NetworkLink &link)
{
    mLink = link;
    adjust();
}

void LinkItem::setParallel(int index, int count)
{
    if (index == mParallelIndex && count == mParallelCount)
        return;
    mParallelIndex = index;
    mParallelCount = count;
    adjust();
}

double LinkItem::widthPx() const
{
    return MapStyle::linkWidth(mLink.kind, mLink.count());
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    const QPointF a = mSource->pos();
    const QPointF b = mDest->pos();
    mPath = QPainterPath(a);
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    const double offset = mParallelIndex - (mParallelCount - 1) / 2.0;
    if (len < 1e-6 || offset == 0) {
        mPath.lineTo(b);
    } else {
        const QPointF normal(-d.y() / len, d.x() / len);
        const double bend = offset * std::min(0.16 * len, 18.0);
        mPath.quadTo((a + b) / 2 + normal * 2 * bend, b); // the curve's peak is half the control offset
    }
    mGeometryUnit = unitOf(this);
    const double pad = (std::max(widthPx(), 7.0) + 4) * mGeometryUnit;
    mBounds = mPath.boundingRect().adjusted(-pad, -pad, pad, pad);
    update();
}

void LinkItem::setEmphasis(bool dimmed, bool highlighted)
{
    if (dimmed == mDimmed && highlighted == mHighlighted)
        return;
    mDimmed = dimmed;
    mHighlighted = highlighted;
    // The hovered node's links rise above the veil that fades a batched map.
    static const double order[LinkKindCount] = {4, 3, 2, 1, 5, 6};
    setZValue((highlighted ? MapZ::Emphasized : MapZ::Link) + order[int(mLink.kind)] / 10.0);
    update();
}

QRectF LinkItem::boundingRect() const
{
    return mBounds;
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(widthPx(), 7.0) * unitOf(this));
    stroker.setCapStyle(Qt::FlatCap);
    return stroker.createStroke(mPath);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double u = unitOf(this, painter);
    const NetworkScene *s = networkScene(this);
    const bool exp = exporting(this);
    painter->setRenderHint(QPainter::Antialiasing, true);
    double width = widthPx();
    if (!exp && (isSelected() || mHighlighted))
        width += 1.2;
    QPen pen = MapStyle::linkPen(mLink.kind, mLink.seaBorder, width * u);
    if (s && !s->detailed()) {
        // Zoomed out, dashes would be shorter than a pixel: colour alone tells the classes apart.
        pen.setStyle(Qt::SolidLine);
        QColor c = pen.color();
        c.setAlphaF(0.8);
        pen.setColor(c);
    }
    if (mDimmed && !exp) {
        QColor c = pen.color();
        c.setAlphaF(0.12);
        pen.setColor(c);
    }
    if (!exp && isSelected()) {
        painter->setPen(QPen(MapStyle::selection(), (width + 3.5) * u, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(mPath);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(mPath);
}

// --- ClusterHullItem -------------------------------------------------------------------------------------------

ClusterHullItem::ClusterHullItem(const Cluster &cluster, int index, const QList<RegionNodeItem *> &members)
    : mCluster(cluster), mIndex(index), mMembers(members)
{
    setZValue(MapZ::Hull);
    setAcceptHoverEvents(true);
    for (RegionNodeItem *m : members)
        m->addHull(this);
    adjust();
}

void ClusterHullItem::adjust()
{
    prepareGeometryChange();
    // A soft hull that follows the members: discs around them joined by rounded bands along a minimum spanning
    // tree. Unlike a convex hull it does not swallow the regions that lie between distant members.
    const qsizetype n = mMembers.size();
    QList<QPointF> pts;
    double radius = 0;
    for (const RegionNodeItem *m : std::as_const(mMembers)) {
        pts.append(m->pos());
        radius = std::max(radius, m->radius());
    }
    const double pad = radius + 7;
    QPainterPath skeleton;
    if (n == 1) {
        skeleton.moveTo(pts[0]);
        skeleton.lineTo(pts[0] + QPointF(0.01, 0));
    }
    // Prim's algorithm: members are few (a cluster has a handful of regions).
    QList<bool> in(n, false);
    QList<double> best(n, std::numeric_limits<double>::max());
    QList<qsizetype> from(n, -1);
    if (n > 0)
        best[0] = 0;
    for (qsizetype step = 0; step < n; ++step) {
        qsizetype u = -1;
        for (qsizetype i = 0; i < n; ++i) {
            if (!in[i] && (u < 0 || best[i] < best[u]))
                u = i;
        }
        in[u] = true;
        if (from[u] >= 0) {
            skeleton.moveTo(pts[from[u]]);
            skeleton.lineTo(pts[u]);
        }
        for (qsizetype v = 0; v < n; ++v) {
            const double d = QLineF(pts[u], pts[v]).length();
            if (!in[v] && d < best[v]) {
                best[v] = d;
                from[v] = u;
            }
        }
    }
    QPainterPathStroker stroker;
    stroker.setWidth(2 * pad);
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    mPath = stroker.createStroke(skeleton).simplified();
    update();
}

void ClusterHullItem::setDimmed(bool dimmed)
{
    if (dimmed != mDimmed) {
        mDimmed = dimmed;
        update();
    }
}

QRectF ClusterHullItem::boundingRect() const
{
    const double pad = 3 * unitOf(this);
    return mPath.boundingRect().adjusted(-pad, -pad, pad, pad);
}

void ClusterHullItem::paintHull(QPainter *painter, double u, bool dim) const
{
    const auto kind = linkKindOf(mCluster.cls);
    const QColor c = MapStyle::linkColor(kind ? *kind : LinkKind::Sukarela);
    QColor fill = c;
    fill.setAlpha(dim ? 6 : 18);
    QColor line = c;
    line.setAlpha(dim ? 25 : 110);
    QPen pen(line, 1.0 * u, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setDashPattern({5, 3});
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPath(mPath);
}

void ClusterHullItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    paintHull(painter, unitOf(this, painter), mDimmed && !exporting(this));
}

// --- MapBaseLayer ----------------------------------------------------------------------------------------------

void MapBaseLayer::setBatched(bool batched)
{
    mBatched = batched;
    refreshLinks();
}

void MapBaseLayer::refreshLinks()
{
    mLinkBatches.clear();
    if (!mBatched)
        return;
    QMap<QPair<int, double>, int> index; // (kind, width) -> batch, sorted: weakest kinds are drawn first
    for (const LinkItem *l : mScene.linkItems()) {
        const double w = l->widthPx();
        const QPair<int, double> key(-int(l->link().kind), w);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(mLinkBatches.size()));
            mLinkBatches.append(LinkBatch{l->link().kind, w, QPainterPath()});
        }
        mLinkBatches[*it].path.addPath(l->path());
    }
    // Draw in the map's order: suggestions from the weakest class up, then proposals and agreements on top.
    std::stable_sort(mLinkBatches.begin(), mLinkBatches.end(), [](const LinkBatch &a, const LinkBatch &b) {
        static const int order[LinkKindCount] = {4, 3, 2, 1, 5, 6};
        return order[int(a.kind)] < order[int(b.kind)];
    });
}

void MapBaseLayer::paint(QPainter *painter, const QRectF &exposed, double pixelRatio) const
{
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const double u = pixelRatio / std::max(lod, 1e-9);
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (mMap)
        paintBoundaries(painter, exposed, lod, u, pixelRatio);
    for (const LayoutGroup &g : mGroups) {
        const double r = g.radius + 12;
        QPainterPath disc;
        disc.addEllipse(g.center, r, r);
        if (!disc.boundingRect().intersects(exposed))
            continue;
        painter->setPen(QPen(QColor(0xc5, 0xcf, 0xd6), 1.0 * u));
        painter->setBrush(QColor(0xf1, 0xf4, 0xf6));
        painter->drawPath(disc);
    }
    if (!mBatched)
        return;
    for (const ClusterHullItem *h : mScene.hullItems())
        h->paintHull(painter, u, false);
    for (const LinkBatch &b : mLinkBatches) {
        QColor c = MapStyle::linkColor(b.kind);
        const bool suggestion = int(b.kind) <= int(LinkKind::RujukProvinsi);
        c.setAlphaF(suggestion ? (b.kind == LinkKind::Wajib ? 0.9 : 0.6) : 0.95);
        // Hairlines are the raster engine's fast path; proposals and agreements keep a width by count.
        QPen pen(c, suggestion ? (pixelRatio <= 1.0 ? 0.0 : 0.8 * pixelRatio) : 0.7 * b.widthPx * pixelRatio);
        pen.setCosmetic(true);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(b.path);
    }
    for (const RegionNodeItem *n : mScene.nodeItems()) {
        const QPointF c = n->pos();
        const double r = n->drawnRadius(u) + 2 * u;
        if (exposed.intersects(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)))
            n->paintDisc(painter, c, u);
    }
}

void MapBaseLayer::paintBoundaries(QPainter *painter, const QRectF &exposed, double lod, double u,
                                   double pixelRatio) const
{
    const QColor fills[3] = {MapStyle::land(), MapStyle::scopeFill(), MapStyle::ownerFill()};
    if (lod / pixelRatio < mDetailScale) {
        // Zoomed out: three fills and the province outlines, simplified, no kab/kota borders.
        painter->setPen(Qt::NoPen);
        for (int role = 0; role < 3; ++role) {
            painter->setBrush(fills[role]);
            painter->drawPath(mMap->coarseFill[role]);
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(MapStyle::provinceBorder(), 0.8 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(mMap->coarseProvinces);
        return;
    }
    const QPen otherPen(MapStyle::landBorder(), 0.7 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen scopePen(MapStyle::scopeBorder(), 0.8 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (const ProjectedBoundaries::Area &a : mMap->kabkota) {
        if (!a.bounds.intersects(exposed))
            continue;
        painter->setPen(a.role == ProjectedBoundaries::Other ? otherPen : scopePen);
        painter->setBrush(fills[a.role]);
        painter->drawPath(a.path);
    }
    painter->setBrush(Qt::NoBrush);
    const QPen provincePen(MapStyle::provinceBorder(), 1.3 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (const ProjectedBoundaries::Area &a : mMap->provinces) {
        if (!a.bounds.intersects(exposed))
            continue;
        if (a.role != ProjectedBoundaries::Other) {
            QColor f = fills[a.role];
            f.setAlpha(170);
            painter->setPen(Qt::NoPen);
            painter->setBrush(f);
            painter->drawPath(a.path);
            painter->setBrush(Qt::NoBrush);
        }
        painter->setPen(provincePen);
        painter->drawPath(a.path);
    }
}

// --- LabelLayerItem --------------------------------------------------------------------------------------------

LabelLayerItem::LabelLayerItem()
{
    setZValue(MapZ::Label);
    setAcceptedMouseButtons(Qt::NoButton);
}

QFont LabelLayerItem::labelFont(bool strong)
{
    return MapStyle::font(FontPx, strong);
}

QSizeF LabelLayerItem::labelSize(const QString &text, bool strong)
{
    // Measured once per text: labels are placed again on every zoom step, for hundreds of nodes.
    static QHash<QString, QSizeF> cache[2];
    QHash<QString, QSizeF> &c = cache[strong ? 1 : 0];
    auto it = c.constFind(text);
    if (it != c.cend())
        return *it;
    static const QFontMetricsF normal(labelFont(false)), bold(labelFont(true));
    const QFontMetricsF &fm = strong ? bold : normal;
    const QSizeF size(fm.horizontalAdvance(text) + 6, fm.height() + 1);
    c.insert(text, size);
    return size;
}

void LabelLayerItem::setLabels(const QList<Label> &labels, double unit)
{
    prepareGeometryChange();
    mLabels = labels;
    mUnit = unit;
    mBounds = QRectF();
    for (const Label &l : std::as_const(mLabels))
        mBounds = mBounds.isNull() ? l.rect : mBounds | l.rect;
    update();
}

void LabelLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect;
    // Text is drawn in device coordinates with a whole-pixel font: scaled text would miss the glyph cache and cost
    // ten times as much. The map is only ever scaled and translated, so the label boxes map exactly.
    const QTransform world = painter->worldTransform();
    const double px = std::abs(world.m11()) * mUnit; // device pixels per reference pixel
    if (!(px > 0))
        return;
    QFont normal = labelFont(false);
    QFont strong = labelFont(true);
    normal.setPixelSize(std::max(1, int(std::lround(FontPx * px))));
    strong.setPixelSize(normal.pixelSize());
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const QColor halo(255, 255, 255, 205), haloStrong(255, 255, 255, 235);
    for (const Label &l : std::as_const(mLabels)) {
        if (!l.rect.intersects(exposed))
            continue;
        const QRectF box = world.mapRect(l.rect);
        painter->setPen(Qt::NoPen);
        painter->setBrush(l.strong ? haloStrong : halo);
        painter->drawRoundedRect(box.adjusted(0.5 * px, 0.5 * px, -0.5 * px, -0.5 * px), 3 * px, 3 * px);
        painter->setFont(l.strong || l.group ? strong : normal);
        painter->setPen(l.group ? MapStyle::mutedText()
                                : (l.strong ? MapStyle::ownerRing().darker(120) : MapStyle::text()));
        painter->drawText(box, Qt::AlignCenter, l.text);
    }
    painter->restore();
}

} // namespace ksd
