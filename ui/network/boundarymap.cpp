// SPDX-License-Identifier: Apache-2.0
#include "boundarymap.h"

#include "refdata/refdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace ksd {

namespace {

/// Radial simplification: drops points closer than @p tolerance to the last point kept. Cheap and good enough for
/// a zoomed-out map whose pixels are bigger than the tolerance.
QPolygonF projectRing(const QPolygonF &ring, const GeoProjection &proj, double tolerance)
{
    QPolygonF out;
    out.reserve(ring.size());
    const double tol2 = tolerance * tolerance;
    for (const QPointF &ll : ring) {
        const QPointF p = proj.toScene(ll);
        if (tolerance > 0 && !out.isEmpty()) {
            const QPointF d = p - out.constLast();
            if (d.x() * d.x() + d.y() * d.y() < tol2)
                continue;
        }
        out.append(p);
    }
    return out;
}

struct CacheKey
{
    GeoProjection projection;
    QStringList scope;
    QString owner;
    QRectF area;
    double tolerance = 0;
    bool operator==(const CacheKey &) const = default;
};

} // namespace

const BoundaryMap &BoundaryMap::instance()
{
    static const BoundaryMap map;
    return map;
}

BoundaryMap::BoundaryMap()
{
    const RefData &ref = RefData::instance();
    parse(ref.kabkotaGeoJson(), mKabkota, mKabkotaCodes);
    parse(ref.provincesGeoJson(), mProvinces, mProvinceCodes);
    for (const Shape &s : std::as_const(mProvinces))
        mNational = mNational.isNull() ? s.bounds : mNational | s.bounds;
}

void BoundaryMap::parse(const QByteArray &json, QHash<QString, Shape> &out, QStringList &codes)
{
    const QJsonArray features = QJsonDocument::fromJson(json).object().value(QLatin1String("features")).toArray();
    for (const QJsonValue &fv : features) {
        const QJsonObject f = fv.toObject();
        const QString code = f.value(QLatin1String("properties")).toObject().value(QLatin1String("code")).toString();
        const QJsonObject geometry = f.value(QLatin1String("geometry")).toObject();
        QJsonArray polygons = geometry.value(QLatin1String("coordinates")).toArray();
        if (geometry.value(QLatin1String("type")).toString() == QLatin1String("Polygon"))
            polygons = QJsonArray{polygons};
        Shape shape;
        for (const QJsonValue &pv : std::as_const(polygons)) {
            const QJsonArray rings = pv.toArray();
            for (const QJsonValue &rv : rings) {
                const QJsonArray ring = rv.toArray();
                QPolygonF poly;
                poly.reserve(ring.size());
                for (const QJsonValue &cv : ring) {
                    const QJsonArray c = cv.toArray();
                    poly.append(QPointF(c.at(0).toDouble(), c.at(1).toDouble()));
                }
                if (poly.size() >= 3) {
                    const QRectF b = poly.boundingRect();
                    shape.bounds = shape.bounds.isNull() ? b : shape.bounds | b;
                    shape.rings.append(poly);
                }
            }
        }
        if (!code.isEmpty() && !shape.rings.isEmpty() && !out.contains(code)) {
            out.insert(code, shape);
            codes.append(code);
        }
    }
    std::sort(codes.begin(), codes.end());
}

bool BoundaryMap::hasShape(const QString &code) const
{
    return shape(code) != nullptr;
}

const BoundaryMap::Shape *BoundaryMap::shape(const QString &code) const
{
    if (auto it = mKabkota.constFind(code); it != mKabkota.cend())
        return &*it;
    if (auto it = mProvinces.constFind(code); it != mProvinces.cend())
        return &*it;
    return nullptr;
}

QRectF BoundaryMap::extentOf(const QStringList &codes) const
{
    const RefData &ref = RefData::instance();
    QRectF extent;
    for (const QString &c : codes) {
        QRectF b;
        if (auto it = mKabkota.constFind(c); it != mKabkota.cend())
            b = it->bounds;
        else if (auto pt = mProvinces.constFind(c); pt != mProvinces.cend())
            b = pt->bounds;
        else if (const Region *r = ref.region(c))
            b = QRectF(r->labelLon - 0.01, r->labelLat - 0.01, 0.02, 0.02);
        if (!b.isNull())
            extent = extent.isNull() ? b : extent | b;
    }
    return extent;
}

std::shared_ptr<const ProjectedBoundaries> BoundaryMap::project(const GeoProjection &projection,
                                                                const QSet<QString> &scope, const QString &owner,
                                                                const QRectF &areaLonLat,
                                                                double coarseTolerance) const
{
    static QMutex mutex;
    static QList<QPair<CacheKey, std::shared_ptr<const ProjectedBoundaries>>> cache; // most recent first
    QStringList sortedScope(scope.cbegin(), scope.cend());
    std::sort(sortedScope.begin(), sortedScope.end());
    const CacheKey key{projection, sortedScope, owner, areaLonLat, coarseTolerance};
    {
        QMutexLocker lock(&mutex);
        for (int i = 0; i < cache.size(); ++i) {
            if (cache[i].first == key) {
                auto hit = cache[i].second;
                cache.move(i, 0);
                return hit;
            }
        }
    }

    const RefData &ref = RefData::instance();
    auto out = std::make_shared<ProjectedBoundaries>();
    QSet<QString> provincesWithScopeKabkota;
    for (const QString &c : sortedScope) {
        const Region *r = ref.region(c);
        if (r && !r->isProvince())
            provincesWithScopeKabkota.insert(r->provinceCode);
    }
    auto meets = [&areaLonLat](const QRectF &b) { return areaLonLat.isNull() || areaLonLat.intersects(b); };
    auto roleOf = [&](const QString &code) {
        if (code == owner)
            return ProjectedBoundaries::Owner;
        return scope.contains(code) ? ProjectedBoundaries::Scope : ProjectedBoundaries::Other;
    };
    // Zoomed out, a province whose kab/kota all share one role is filled with its own (far simpler) outline: fewer
    // points, and no hairline seams between neighbouring kab/kota.
    QHash<QString, int> provinceRole; // -1 mixed
    for (const QString &code : mKabkotaCodes) {
        if (!meets(mKabkota[code].bounds))
            continue;
        const Region *r = ref.region(code);
        const QString prov = r ? r->provinceCode : code.left(2);
        const int role = roleOf(code);
        auto it = provinceRole.find(prov);
        if (it == provinceRole.end())
            provinceRole.insert(prov, role);
        else if (*it != role)
            *it = -1;
    }
    auto addCoarse = [&](QPainterPath &path, const QList<QPolygonF> &rings) {
        for (const QPolygonF &ring : rings) {
            const QPolygonF coarse = projectRing(ring, projection, coarseTolerance);
            if (coarse.size() >= 3) {
                path.addPolygon(coarse);
                path.closeSubpath();
            }
        }
    };
    for (const QString &code : mKabkotaCodes) {
        const Shape &s = mKabkota[code];
        if (!meets(s.bounds))
            continue;
        const Region *r = ref.region(code);
        const QString prov = r ? r->provinceCode : code.left(2);
        ProjectedBoundaries::Area area;
        area.code = code;
        area.role = roleOf(code);
        area.path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : s.rings) {
            area.path.addPolygon(projectRing(ring, projection, 0));
            area.path.closeSubpath();
        }
        if (provinceRole.value(prov, -1) < 0 || !mProvinces.contains(prov))
            addCoarse(out->coarseFill[area.role], s.rings);
        area.bounds = area.path.boundingRect();
        out->bounds = out->bounds.isNull() ? area.bounds : out->bounds | area.bounds;
        out->kabkota.append(std::move(area));
    }
    for (const QString &code : mProvinceCodes) {
        const Shape &s = mProvinces[code];
        if (!meets(s.bounds))
            continue;
        ProjectedBoundaries::Area area;
        area.code = code;
        area.role = roleOf(code);
        // A province in scope is filled only when none of its kab/kota carries the fill already.
        const bool fillProvince = area.role != ProjectedBoundaries::Other && !provincesWithScopeKabkota.contains(code);
        if (!fillProvince)
            area.role = ProjectedBoundaries::Other;
        area.path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : s.rings) {
            area.path.addPolygon(projectRing(ring, projection, 0));
            area.path.closeSubpath();
        }
        addCoarse(out->coarseProvinces, s.rings);
        const int uniform = provinceRole.value(code, -1);
        if (fillProvince)
            addCoarse(out->coarseFill[area.role], s.rings);
        else if (uniform >= 0)
            addCoarse(out->coarseFill[uniform], s.rings);
        area.bounds = area.path.boundingRect();
        out->bounds = out->bounds.isNull() ? area.bounds : out->bounds | area.bounds;
        out->provinces.append(std::move(area));
    }
    for (QPainterPath &p : out->coarseFill)
        p.setFillRule(Qt::WindingFill);

    std::shared_ptr<const ProjectedBoundaries> result = out;
    QMutexLocker lock(&mutex);
    cache.prepend({key, result});
    while (cache.size() > 4)
        cache.removeLast();
    return result;
}

} // namespace ksd
