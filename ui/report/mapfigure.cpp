// SPDX-License-Identifier: Apache-2.0
#include "mapfigure.h"

#include "reportstyle.h"

#include "layout/geoprojection.h"
#include "layout/layout.h"
#include "network/boundarymap.h"
#include "style/mapstyle.h"
#include "layout/labelplacement.h"
#include "refdata/refdata.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QSet>

#include <cmath>

namespace ksd {

namespace {

// The boundaries are the Peta tab's (ui/network/boundarymap), parsed once per process for both.
using Shape = BoundaryMap::Shape;

const BoundaryMap &boundaries()
{
    return BoundaryMap::instance();
}

const Shape *shapeOf(const QString &code)
{
    return BoundaryMap::instance().shape(code);
}

/// The rings projected to the device, dropping points closer than @p tolerance to the last one kept: the PDF stays
/// small and nothing visible is lost.
QPainterPath projectedPath(const Shape &shape, const GeoProjection &proj, double tolerance)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const double tol2 = tolerance * tolerance;
    for (const QPolygonF &ring : shape.rings) {
        QPolygonF out;
        out.reserve(ring.size());
        for (const QPointF &ll : ring) {
            const QPointF p = proj.toScene(ll);
            if (!out.isEmpty()) {
                const QPointF d = p - out.last();
                if (d.x() * d.x() + d.y() * d.y() < tol2)
                    continue;
            }
            out.append(p);
        }
        if (out.size() >= 3)
            path.addPolygon(out);
    }
    path.closeSubpath();
    return path;
}

/// Where each of @p nodes sits (lon, lat): the screen's rule (geographicAnchor), so that a province stands where it
/// stands on the Peta tab.
QHash<QString, QPointF> anchorsOf(const QStringList &nodes)
{
    QHash<QString, QPointF> out;
    for (const QString &c : nodes) {
        if (const std::optional<QPointF> at = geographicAnchor(c, nodes, RefData::instance()))
            out.insert(c, *at);
    }
    return out;
}

QString shortName(const QString &code)
{
    const Region *r = RefData::instance().region(code);
    if (!r)
        return code;
    QString n = r->name;
    if (n.startsWith(QLatin1String("Kabupaten Administrasi ")))
        return QStringLiteral("Kab. Adm. ") + n.mid(23);
    if (n.startsWith(QLatin1String("Kota Administrasi ")))
        return QStringLiteral("Kota Adm. ") + n.mid(18);
    if (n.startsWith(QLatin1String("Kabupaten ")))
        return QStringLiteral("Kab. ") + n.mid(10);
    if (r->isProvince())
        return QStringLiteral("Prov. ") + n;
    return n;
}

QRectF padded(const QRectF &r, double fraction)
{
    const double dx = std::max(r.width() * fraction, 0.05);
    const double dy = std::max(r.height() * fraction, 0.05);
    return r.adjusted(-dx, -dy, dx, dy);
}

/// Draws a link as a gentle arc, bent by @p bend (device units) so that parallel links of different kinds separate.
QPainterPath linkPath(const QPointF &a, const QPointF &b, double bend)
{
    QPainterPath path(a);
    const QPointF mid = (a + b) / 2;
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1e-6 || std::abs(bend) < 1e-6) {
        path.lineTo(b);
        return path;
    }
    const QPointF normal(-d.y() / len, d.x() / len);
    path.quadTo(mid + normal * bend, b);
    return path;
}

int kindOrder(const QString &kind)
{
    static const QStringList order = {QStringLiteral("AGREEMENT"), QStringLiteral("PROPOSAL"), QStringLiteral("WAJIB"),
                                      QStringLiteral("POTENSI_WAJIB"), QStringLiteral("SUKARELA"),
                                      QStringLiteral("RUJUK_PROVINSI")};
    const int i = int(order.indexOf(kind));
    return i < 0 ? int(order.size()) : i;
}

Qt::PenStyle penStyleOf(const QString &kind)
{
    if (kind == QLatin1String("POTENSI_WAJIB") || kind == QLatin1String("SUKARELA")
        || kind == QLatin1String("PROPOSAL"))
        return Qt::DashLine;
    if (kind == QLatin1String("RUJUK_PROVINSI"))
        return Qt::DotLine;
    return Qt::SolidLine;
}

struct Palette
{
    QColor sea = QColor(0xee, 0xf3, 0xf8);
    QColor land = QColor(0xf4, 0xf3, 0xef);
    QColor landBorder = QColor(0xc9, 0xcc, 0xcf);
    QColor province = QColor(0x6b, 0x77, 0x85);
    QColor scope = QColor(0xd3, 0xe0, 0xee);
    QColor focus = QColor(0x9d, 0xb9, 0xd8);
};

class MapPainter
{
public:
    MapPainter(QPainter &p, const ReportStyle &style, double unit) : mP(p), mStyle(style), mU(unit) {}

    void network(const QRectF &rect, const ReportFigure &f);
    void locator(const QRectF &rect, const ReportFigure &f);
    /// @p panels in a grid of @p columns inside @p rect, each with its title above it, and @p legend (may be empty)
    /// once under the grid.
    void panels(const QRectF &rect, const QList<ReportMapPanel> &panels, int columns,
                const QList<ReportLegendItem> &legend);
    /// The locator of a kabupaten/kota without the region itself: neighbouring provinces as plain land, the
    /// kabupaten/kota of @p r's province, its outline. Cached per province and size (process lifetime).
    QImage locatorBackground(const QRectF &rect, const GeoProjection &proj, const QRectF &visible, const Region *r);

private:
    double legendHeight(const QList<ReportLegendItem> &items, double width) const;
    void legend(const QList<ReportLegendItem> &items, const QRectF &rect);
    void scaleBar(const QRectF &mapRect, const GeoProjection &proj);
    void drawAreas(const QRectF &extent, const GeoProjection &proj, const QSet<QString> &scope, const QString &focus,
                   double tolerance, bool provinceLevelOnly);
    QFont font(double pt, bool bold = false) const { return mStyle.font(pt, bold); }
    QPen pen(const QColor &c, double widthPt, Qt::PenStyle s = Qt::SolidLine) const
    {
        QPen pen(c, widthPt * mU, s, Qt::RoundCap, Qt::RoundJoin);
        return pen;
    }

    QPainter &mP;
    const ReportStyle &mStyle;
    double mU;
    Palette mPal;
};

void MapPainter::drawAreas(const QRectF &extent, const GeoProjection &proj, const QSet<QString> &scope,
                              const QString &focus, double tolerance, bool provinceLevelOnly)
{
    const BoundaryMap &b = boundaries();
    const RefData &ref = RefData::instance();
    if (!provinceLevelOnly) {
        for (const QString &code : b.kabkotaCodes()) {
            const Shape &s = *b.shape(code);
            if (!s.bounds.intersects(extent))
                continue;
            const Region *r = ref.region(code);
            const bool inScope = scope.contains(code) || (r && scope.contains(r->provinceCode));
            QColor fill = mPal.land;
            if (code == focus)
                fill = mPal.focus;
            else if (inScope)
                fill = mPal.scope;
            mP.setPen(pen(mPal.landBorder, 0.35));
            mP.setBrush(fill);
            mP.drawPath(projectedPath(s, proj, tolerance));
        }
    }
    mP.setBrush(Qt::NoBrush);
    for (const QString &code : b.provinceCodes()) {
        const Shape &s = *b.provinceShapes().constFind(code);
        if (!s.bounds.intersects(extent))
            continue;
        if (provinceLevelOnly) {
            mP.setBrush(code == focus ? mStyle.accent : (scope.contains(code) ? mPal.scope : mPal.land));
            mP.setPen(pen(mPal.landBorder, 0.3));
        } else {
            mP.setBrush(Qt::NoBrush);
            mP.setPen(pen(mPal.province, 0.7));
        }
        mP.drawPath(projectedPath(s, proj, tolerance));
    }
}

double MapPainter::legendHeight(const QList<ReportLegendItem> &items, double width) const
{
    if (items.isEmpty())
        return 0;
    const QFontMetricsF fm(font(7), mP.device());
    const double sample = 16 * mU;
    const double gap = 10 * mU;
    double x = 0;
    int rows = 1;
    for (const ReportLegendItem &it : items) {
        const double w = sample + 4 * mU + fm.horizontalAdvance(it.label) + gap;
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * fm.height() * 1.5 + 4 * mU;
}

void MapPainter::legend(const QList<ReportLegendItem> &items, const QRectF &rect)
{
    const QFont f = font(7);
    const QFontMetricsF fm(f, mP.device());
    const double sample = 16 * mU;
    const double gap = 10 * mU;
    const double rowH = fm.height() * 1.5;
    double x = rect.left();
    double y = rect.top() + 4 * mU;
    mP.setFont(f);
    for (const ReportLegendItem &it : items) {
        const double w = sample + 4 * mU + fm.horizontalAdvance(it.label) + gap;
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += rowH;
        }
        const double cy = y + rowH / 2;
        const QString &k = it.kind;
        if (k == QLatin1String("FOCUS") || k == QLatin1String("SCOPE") || k == QLatin1String("OTHER")) {
            mP.setPen(pen(mPal.landBorder, 0.4));
            mP.setBrush(k == QLatin1String("FOCUS") ? mPal.focus : (k == QLatin1String("SCOPE") ? mPal.scope
                                                                                               : mPal.land));
            mP.drawRect(QRectF(x, cy - 3.5 * mU, sample, 7 * mU));
        } else {
            mP.setPen(pen(MapFigurePainter::colorOf(k), 1.6, penStyleOf(k)));
            mP.drawLine(QPointF(x, cy), QPointF(x + sample, cy));
        }
        mP.setPen(mStyle.text);
        mP.drawText(QRectF(x + sample + 4 * mU, y, w, rowH), Qt::AlignVCenter | Qt::AlignLeft, it.label);
        x += w;
    }
}

void MapPainter::scaleBar(const QRectF &mapRect, const GeoProjection &proj)
{
    // The screen's scale bar and north arrow; one reference pixel of the screen's map is 0.6 pt on paper, the size
    // the report's network map is printed at (reportfigures.cpp).
    MapStyle::paintScaleBarAndNorth(mP, mapRect, proj.scale() / 111.32, 0.6 * mU);
}

void MapPainter::network(const QRectF &rect, const ReportFigure &f)
{
    const RefData &ref = RefData::instance();
    const QSet<QString> scope(f.regions.cbegin(), f.regions.cend());

    // What is drawn as a node: the scope and every region a link reaches.
    QStringList nodes = f.regions;
    for (const ReportMapLink &l : f.links) {
        for (const QString &c : {l.a, l.b}) {
            if (!nodes.contains(c) && ref.region(c))
                nodes.append(c);
        }
    }
    std::sort(nodes.begin(), nodes.end());

    QRectF extent;
    for (const QString &c : std::as_const(f.regions)) {
        if (const Shape *s = shapeOf(c))
            extent = extent.isNull() ? s->bounds : extent | s->bounds;
    }
    const QHash<QString, QPointF> anchors = anchorsOf(nodes);
    const auto labelPoint = [&anchors](const QString &code, const GeoProjection &proj) {
        const auto it = anchors.constFind(code);
        return it == anchors.cend() ? QPointF() : proj.toScene(*it);
    };
    for (const QPointF &at : anchors) {
        const QRectF pt(at.x() - 0.01, at.y() - 0.01, 0.02, 0.02);
        extent = extent.isNull() ? pt : extent | pt;
    }
    if (extent.isNull())
        extent = boundaries().nationalExtent();
    extent = padded(extent, 0.06);

    QList<ReportLegendItem> legendItems;
    QSet<QString> kinds;
    for (const ReportMapLink &l : f.links)
        kinds.insert(l.kind);
    for (const ReportLegendItem &it : f.legend) {
        const bool area = it.kind == QLatin1String("FOCUS") || it.kind == QLatin1String("SCOPE")
                          || it.kind == QLatin1String("OTHER");
        if (area || kinds.contains(it.kind))
            legendItems.append(it);
    }
    const double legendH = legendHeight(legendItems, rect.width());
    const QRectF mapRect(rect.left(), rect.top(), rect.width(), rect.height() - legendH);
    const GeoProjection proj = GeoProjection::fit(extent, mapRect);
    // The visible extent may be wider than the fitted one along one axis: cull against what the frame shows.
    const QPointF tl = proj.toLonLat(mapRect.topLeft());
    const QPointF br = proj.toLonLat(mapRect.bottomRight());
    const QRectF visible = QRectF(tl, br).normalized();

    mP.save();
    mP.setClipRect(mapRect);
    mP.fillRect(mapRect, mPal.sea);
    drawAreas(visible, proj, scope, f.focus, 0.35 * mU, false);

    // Links, thicker for more urusan, bent apart by kind.
    QList<ReportMapLink> links = f.links;
    std::stable_sort(links.begin(), links.end(), [](const ReportMapLink &x, const ReportMapLink &y) {
        return kindOrder(x.kind) < kindOrder(y.kind);
    });
    for (const ReportMapLink &l : std::as_const(links)) {
        const QPointF a = labelPoint(l.a, proj);
        const QPointF b = labelPoint(l.b, proj);
        const double width = std::min(0.9 + 0.45 * (l.count - 1), 3.2);
        const double bend = (kindOrder(l.kind) - 1.5) * 4.0 * mU;
        mP.setPen(pen(MapFigurePainter::colorOf(l.kind), width, penStyleOf(l.kind)));
        mP.setBrush(Qt::NoBrush);
        mP.drawPath(linkPath(a, b, bend));
    }

    // Nodes and labels: labels go where they overlap no node and no other label.
    QList<LabelNode> labelNodes;
    QList<LabelRequest> requests;
    const QFont labelFont = font(6.4);
    const QFont focusFont = font(7, true);
    const QFontMetricsF fm(labelFont, mP.device());
    const QFontMetricsF ffm(focusFont, mP.device());
    for (const QString &c : std::as_const(nodes)) {
        const QPointF p = labelPoint(c, proj);
        const bool focus = c == f.focus;
        const bool inScope = scope.contains(c);
        const Region *r = ref.region(c);
        const double radius = (focus ? 3.6 : (inScope ? 2.6 : 2.0)) * mU;
        if (r && r->isProvince() && !inScope) {
            QPolygonF diamond({p + QPointF(0, -radius * 1.3), p + QPointF(radius * 1.3, 0),
                               p + QPointF(0, radius * 1.3), p + QPointF(-radius * 1.3, 0)});
            mP.setPen(pen(Qt::white, 0.6));
            mP.setBrush(MapFigurePainter::colorOf(QStringLiteral("RUJUK_PROVINSI")));
            mP.drawPolygon(diamond);
        } else {
            mP.setPen(pen(focus ? Qt::white : mStyle.accent, 0.7));
            mP.setBrush(focus ? mStyle.accent : (inScope ? QColor(Qt::white) : QColor(0xb8, 0xbf, 0xc7)));
            mP.drawEllipse(p, radius, radius);
        }
        labelNodes.append({c, p, radius});
        const QString text = shortName(c);
        const QFontMetricsF &m = focus ? ffm : fm;
        requests.append({c, QSizeF(m.horizontalAdvance(text) + 3 * mU, m.height() + 1 * mU),
                         focus ? 3 : (inScope ? 2 : 1)});
    }
    LabelOptions opts;
    opts.gap = 1.5 * mU;
    opts.bounds = mapRect.adjusted(2 * mU, 2 * mU, -2 * mU, -2 * mU);
    const QList<LabelPlacement> placed = placeLabels(labelNodes, requests, opts);
    for (const LabelPlacement &pl : placed) {
        if (!pl.shown)
            continue;
        const bool focus = pl.code == f.focus;
        mP.setPen(Qt::NoPen);
        mP.setBrush(QColor(255, 255, 255, 190));
        mP.drawRoundedRect(pl.rect, 1.2 * mU, 1.2 * mU);
        mP.setPen(focus ? mStyle.accent : mStyle.text);
        mP.setFont(focus ? focusFont : labelFont);
        mP.drawText(pl.rect, Qt::AlignCenter, shortName(pl.code));
    }
    scaleBar(mapRect, proj);
    mP.restore();

    mP.setPen(pen(mStyle.grid, 0.6));
    mP.setBrush(Qt::NoBrush);
    mP.drawRect(mapRect);
    if (legendH > 0)
        legend(legendItems, QRectF(rect.left(), mapRect.bottom(), rect.width(), legendH));
}

void MapPainter::panels(const QRectF &rect, const QList<ReportMapPanel> &list, int columns,
                           const QList<ReportLegendItem> &legendItems)
{
    if (list.isEmpty())
        return;
    QList<ReportLegendItem> shown;
    QSet<QString> kinds;
    for (const ReportMapPanel &panel : list) {
        for (const ReportMapLink &l : panel.links)
            kinds.insert(l.kind);
    }
    for (const ReportLegendItem &it : legendItems) {
        const bool area = it.kind == QLatin1String("FOCUS") || it.kind == QLatin1String("SCOPE")
                          || it.kind == QLatin1String("OTHER");
        if (area || kinds.contains(it.kind))
            shown.append(it);
    }
    const double legendH = legendHeight(shown, rect.width());
    const int cols = std::max(1, std::min(columns, int(list.size())));
    const int rows = int((list.size() + cols - 1) / cols);
    const double gap = 6 * mU;
    const double cellW = (rect.width() - gap * (cols - 1)) / cols;
    const double cellH = (rect.height() - legendH - gap * (rows - 1)) / rows;
    const QFont titleFont = font(7.4, true);
    const QFontMetricsF fm(titleFont, mP.device());
    const double titleH = fm.height() + 2 * mU;
    for (int i = 0; i < list.size(); ++i) {
        const ReportMapPanel &panel = list[i];
        const QRectF cell(rect.left() + (i % cols) * (cellW + gap), rect.top() + (i / cols) * (cellH + gap), cellW,
                          cellH);
        mP.setFont(titleFont);
        mP.setPen(mStyle.text);
        mP.drawText(QRectF(cell.left(), cell.top(), cell.width(), titleH), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(panel.title, Qt::ElideRight, cell.width()));
        ReportFigure f;
        f.kind = FigureKind::NeighbourhoodMap;
        f.regions = panel.regions;
        f.focus = panel.focus;
        f.links = panel.links;
        network(cell.adjusted(0, titleH, 0, 0), f);
    }
    if (legendH > 0)
        legend(shown, QRectF(rect.left(), rect.bottom() - legendH, rect.width(), legendH));
}

QImage MapPainter::locatorBackground(const QRectF &rect, const GeoProjection &proj, const QRectF &visible,
                                       const Region *r)
{
    // About 200 dpi on paper: sharp in print, small in the file.
    const double pixelsPerUnit = 200.0 / 72.0 / mU;
    const QSize size(std::max(1, int(std::lround(rect.width() * pixelsPerUnit))),
                     std::max(1, int(std::lround(rect.height() * pixelsPerUnit))));
    // The province, the pixel size and the area shown (a region reaching outside its province widens it).
    const QString key = QStringLiteral("%1|%2x%3|%4,%5,%6,%7")
                            .arg(r ? r->provinceCode : QString())
                            .arg(size.width())
                            .arg(size.height())
                            .arg(visible.left(), 0, 'f', 4)
                            .arg(visible.top(), 0, 'f', 4)
                            .arg(visible.width(), 0, 'f', 4)
                            .arg(visible.height(), 0, 'f', 4);
    static QMutex mutex;
    static QHash<QString, QImage> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;

    QImage image(size, QImage::Format_RGB32);
    image.fill(mPal.sea);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.scale(pixelsPerUnit, pixelsPerUnit);
    p.translate(-rect.topLeft());
    MapPainter fp(p, mStyle, mU);
    const BoundaryMap &b = boundaries();
    const RefData &ref = RefData::instance();
    const double tol = 0.5 / pixelsPerUnit; // half a pixel
    p.setPen(fp.pen(mPal.landBorder, 0.3));
    p.setBrush(mPal.land);
    for (const QString &code : b.provinceCodes()) {
        const Shape &s = *b.provinceShapes().constFind(code);
        if ((!r || code != r->provinceCode) && s.bounds.intersects(visible))
            p.drawPath(projectedPath(s, proj, tol));
    }
    p.setBrush(mPal.scope);
    for (const QString &code : b.kabkotaCodes()) {
        const Shape &s = *b.shape(code);
        const Region *k = ref.region(code);
        if (r && k && k->provinceCode == r->provinceCode && s.bounds.intersects(visible))
            p.drawPath(projectedPath(s, proj, tol));
    }
    if (r) {
        if (const Shape *s = shapeOf(r->provinceCode)) {
            p.setPen(fp.pen(mPal.province, 0.7));
            p.setBrush(Qt::NoBrush);
            p.drawPath(projectedPath(*s, proj, tol));
        }
    }
    p.end();
    cache.insert(key, image);
    return image;
}

void MapPainter::locator(const QRectF &rect, const ReportFigure &f)
{
    const RefData &ref = RefData::instance();
    const Region *r = ref.region(f.focus);
    const bool province = r && r->isProvince();
    QRectF extent;
    if (province) {
        extent = boundaries().nationalExtent();
    } else if (r) {
        if (const Shape *s = shapeOf(r->provinceCode))
            extent = s->bounds;
        if (const Shape *own = shapeOf(r->code))
            extent = extent.isNull() ? own->bounds : extent | own->bounds;
    }
    if (extent.isNull())
        extent = boundaries().nationalExtent();
    extent = padded(extent, 0.05);
    const GeoProjection proj = GeoProjection::fit(extent, rect);
    const QPointF tl = proj.toLonLat(rect.topLeft());
    const QPointF br = proj.toLonLat(rect.bottomRight());
    const QRectF visible = QRectF(tl, br).normalized();

    mP.save();
    mP.setClipRect(rect);
    mP.fillRect(rect, mPal.sea);
    const double tol = 1.0 * mU; // a locator is about 150 pt wide: finer detail does not show
    if (province) {
        drawAreas(visible, proj, {}, f.focus, tol, true);
    } else {
        // The province around the region is the same on every profile page of that province: it is drawn once
        // into an image that the PDF embeds once and every page reuses. Only the region itself is drawn per page,
        // as vector. (Drawn in full on each page, the locators were half the bytes of a national report.)
        mP.drawImage(rect, locatorBackground(rect, proj, visible, r));
        if (r) {
            if (const Shape *own = shapeOf(r->code)) {
                mP.setPen(pen(mPal.landBorder, 0.3));
                mP.setBrush(mStyle.accent);
                mP.drawPath(projectedPath(*own, proj, tol));
            }
        }
        // A small region (a kota) can vanish at this scale: a ring marks it all the same.
        const Shape *own = r ? shapeOf(r->code) : nullptr;
        const QRectF ownRect = own ? QRectF(proj.toScene(own->bounds.topLeft()), proj.toScene(own->bounds.bottomRight()))
                                         .normalized()
                                   : QRectF();
        if (r && (ownRect.isNull() || std::max(ownRect.width(), ownRect.height()) < 14 * mU)) {
            const QPointF p = proj.toScene(r->labelLon, r->labelLat);
            mP.setPen(pen(QColor(0xc6, 0x28, 0x28), 1.0));
            mP.setBrush(Qt::NoBrush);
            mP.drawEllipse(p, 4.5 * mU, 4.5 * mU);
        }
    }
    mP.restore();
    mP.setPen(pen(mStyle.grid, 0.6));
    mP.setBrush(Qt::NoBrush);
    mP.drawRect(rect);
}

} // namespace

QColor MapFigurePainter::colorOf(const QString &kind)
{
    // The screen's colours (MapStyle): a class key of the rule set, or an agreement.
    if (kind == QLatin1String("AGREEMENT"))
        return MapStyle::linkColor(LinkKind::Agreement);
    if (kind == QLatin1String("PROPOSAL"))
        return MapStyle::linkColor(LinkKind::Proposal);
    if (const std::optional<KsdClass> cls = ksdClassFromKey(kind))
        return MapStyle::classColor(*cls);
    return QColor(0x6b, 0x77, 0x85);
}

void MapFigurePainter::paint(QPainter &painter, const QRectF &rect, const ReportFigure &figure,
                             const ReportStyle &style, double unit)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    MapPainter fp(painter, style, unit);
    if (figure.kind == FigureKind::Locator)
        fp.locator(rect, figure);
    else if (figure.kind == FigureKind::SmallMultiples)
        fp.panels(rect, figure.panels, figure.panels.size() <= 4 ? 2 : 3, figure.legend);
    else
        fp.network(rect, figure);
    painter.restore();
}

void MapFigurePainter::paintFigure(QPainter &painter, const QRectF &rect, const ReportFigure &figure,
                                   const ReportStyle &style, double unit, const FigurePainter *figures)
{
    QRectF main = rect;
    if (figure.kind == FigureKind::NetworkMap && !figure.panels.isEmpty()) {
        // The inset beside the map, not over it: nothing of the whole picture is hidden.
        const double gap = 10 * unit;
        const double side = rect.width() * 0.36;
        main = QRectF(rect.left(), rect.top(), rect.width() - side - gap, rect.height());
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        MapPainter fp(painter, style, unit);
        fp.panels(QRectF(main.right() + gap, rect.top(), side, rect.height()), figure.panels, 1, {});
        painter.restore();
    }
    if (!figures || !*figures || !(*figures)(painter, main, figure))
        paint(painter, main, figure, style, unit);
}

} // namespace ksd
