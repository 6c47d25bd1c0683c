// SPDX-License-Identifier: Apache-2.0
#include "layout.h"

#include "layout_p.h"
#include "refdata/refdata.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ksd {

namespace detail {

QStringList distinctSortedCodes(const QStringList &codes)
{
    QStringList out;
    out.reserve(codes.size());
    for (const QString &c : codes) {
        const QString t = c.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QRectF innerBounds(const QRectF &bounds, double radius)
{
    const QRectF b = bounds.normalized();
    const double rx = std::min(radius, b.width() / 2), ry = std::min(radius, b.height() / 2);
    return b.adjusted(rx, ry, -rx, -ry);
}

FitTransform fitTransform(const std::vector<QPointF> &points, const QRectF &target)
{
    FitTransform f;
    f.to = target.center();
    if (points.empty()) {
        f.from = f.to;
        return f;
    }
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const QPointF &p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    f.from = QPointF((minX + maxX) / 2, (minY + maxY) / 2);
    const double bw = maxX - minX, bh = maxY - minY;
    const bool wOk = bw > 1e-12, hOk = bh > 1e-12;
    if (wOk && hOk)
        f.scale = std::min(target.width() / bw, target.height() / bh);
    else if (wOk)
        f.scale = target.width() / bw;
    else if (hOk)
        f.scale = target.height() / bh;
    return f;
}

} // namespace detail

QString layoutKindKey(LayoutKind kind)
{
    switch (kind) {
    case LayoutKind::Geographic: return QStringLiteral("geo");
    case LayoutKind::Force: return QStringLiteral("force");
    case LayoutKind::Circular: return QStringLiteral("circle");
    }
    return {};
}

std::optional<LayoutKind> layoutKindFromKey(const QString &key)
{
    for (LayoutKind k : {LayoutKind::Geographic, LayoutKind::Force, LayoutKind::Circular}) {
        if (layoutKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString layoutKindName(LayoutKind kind)
{
    switch (kind) {
    case LayoutKind::Geographic: return QCoreApplication::translate("ksd::Layout", "Geografis");
    case LayoutKind::Force: return QCoreApplication::translate("ksd::Layout", "Gaya (force-directed)");
    case LayoutKind::Circular: return QCoreApplication::translate("ksd::Layout", "Melingkar per provinsi");
    }
    return {};
}

std::optional<QPointF> geographicAnchor(const QString &code, const QStringList &drawn, const RefData &ref)
{
    const Region *r = ref.region(code);
    if (!r)
        return std::nullopt;
    const QPointF label(r->labelLon, r->labelLat);
    if (!r->isProvince())
        return label;
    const QString prefix = code + QLatin1Char('.');
    const bool withOwn = std::any_of(drawn.cbegin(), drawn.cend(),
                                     [&prefix](const QString &c) { return c.startsWith(prefix); });
    if (!withOwn)
        return label;
    // Above the label points of all its kab/kota (not only the drawn ones: the province does not move with a
    // filter), a tenth of their span north of the northernmost, at least 0.12° (13 km).
    double minLon = label.x(), maxLon = label.x(), minLat = label.y(), maxLat = label.y();
    for (const Region *k : ref.regionsOfProvince(code)) {
        minLon = std::min(minLon, k->labelLon);
        maxLon = std::max(maxLon, k->labelLon);
        minLat = std::min(minLat, k->labelLat);
        maxLat = std::max(maxLat, k->labelLat);
    }
    return QPointF((minLon + maxLon) / 2, maxLat + std::max(0.12, 0.10 * (maxLat - minLat)));
}

Result<Layout> geographicLayout(const LayoutInput &input, const RefData &ref)
{
    const QStringList codes = detail::distinctSortedCodes(input.nodes);
    std::vector<QPointF> lonLat;
    lonLat.reserve(codes.size());
    for (const QString &code : codes) {
        const std::optional<QPointF> at = geographicAnchor(code, codes, ref);
        if (!at)
            return ref.findRegion(code).error();
        lonLat.push_back(*at);
    }

    QRectF extent;
    if (input.geoExtent) {
        extent = input.geoExtent->normalized();
    } else if (!lonLat.empty()) {
        double minX = lonLat.front().x(), maxX = minX, minY = lonLat.front().y(), maxY = minY;
        for (const QPointF &p : lonLat) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
        extent = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    }

    Layout out;
    out.kind = LayoutKind::Geographic;
    out.bounds = input.bounds;
    const GeoProjection proj = GeoProjection::fit(extent, detail::innerBounds(input.bounds, input.nodeRadius));
    out.projection = proj;
    QMap<QString, QPointF> raw;
    for (qsizetype i = 0; i < codes.size(); ++i)
        raw.insert(codes[i], proj.toScene(lonLat[size_t(i)]));
    SpacedPositions spaced = deOverlap(raw, input.bounds, input.nodeRadius, input.spacing);
    out.positions = std::move(spaced.positions);
    out.unresolvedOverlaps = spaced.unresolvedOverlaps;
    return out;
}

Result<Layout> geographicLayout(const LayoutInput &input)
{
    return geographicLayout(input, RefData::instance());
}

Layout circularLayout(const LayoutInput &input)
{
    return circularLayout(input, RefData::instance());
}

Result<Layout> computeLayout(LayoutKind kind, const LayoutInput &input)
{
    switch (kind) {
    case LayoutKind::Geographic: return geographicLayout(input);
    case LayoutKind::Force: return forceLayout(input);
    case LayoutKind::Circular: return circularLayout(input);
    }
    return Error{QCoreApplication::translate("ksd::Layout", "Tata letak tidak dikenal."), {}, 1};
}

QList<NodePosition> toNodePositions(const Layout &layout)
{
    QList<NodePosition> out;
    out.reserve(layout.positions.size());
    const QString key = layoutKindKey(layout.kind);
    for (auto it = layout.positions.cbegin(); it != layout.positions.cend(); ++it)
        out.append(NodePosition{key, it.key(), it.value().x(), it.value().y()});
    return out;
}

Layout withSavedPositions(Layout layout, const QList<NodePosition> &saved)
{
    const QString key = layoutKindKey(layout.kind);
    for (const NodePosition &p : saved) {
        if (p.layout != key)
            continue;
        auto it = layout.positions.find(p.regionCode);
        if (it != layout.positions.end())
            *it = QPointF(p.x, p.y);
    }
    return layout;
}

} // namespace ksd
