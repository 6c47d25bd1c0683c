// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "layout/geoprojection.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace ksd {

/// The boundary map projected into scene coordinates for one projection and scope, ready to paint. Built once per
/// (projection, scope, owner) and shared: painting never touches the GeoJSON again.
struct ProjectedBoundaries
{
    enum Role { Other = 0, Scope = 1, Owner = 2 };
    struct Area
    {
        QString code;
        Role role = Other;
        QPainterPath path;   ///< full detail (as simplified in the reference data)
        QRectF bounds;       ///< scene units
    };
    QList<Area> kabkota;     ///< within the area of interest, sorted by code
    QList<Area> provinces;   ///< outlines (role Scope when the province itself is in scope)
    /// Whole-map paths simplified for zoomed-out painting: one fill per role and the province outlines.
    QPainterPath coarseFill[3];
    QPainterPath coarseProvinces;
    QRectF bounds;           ///< of everything above
};

/// The simplified GeoJSON boundaries from RefData (kabkotaGeoJson(), provincesGeoJson()), parsed once per process.
class BoundaryMap
{
public:
    /// The parsed map (thread-safe; the first call parses, about 40 ms).
    static const BoundaryMap &instance();

    /// Lon/lat box (x = lon, y = lat, top = south) of the boundaries of @p codes; a region without a boundary
    /// counts with its label point. Null when none is known.
    QRectF extentOf(const QStringList &codes) const;
    QRectF nationalExtent() const { return mNational; }
    bool hasShape(const QString &code) const;

    /// Projects every region whose boundary meets @p areaLonLat (a null rect = everything). @p scope holds the
    /// codes drawn as "in scope"; a province in scope is filled only where none of its kab/kota is in scope.
    /// @p coarseTolerance (scene units) simplifies the zoomed-out paths. Cached: the same arguments return the
    /// same object.
    std::shared_ptr<const ProjectedBoundaries> project(const GeoProjection &projection, const QSet<QString> &scope,
                                                       const QString &owner, const QRectF &areaLonLat,
                                                       double coarseTolerance) const;

    /// One region's boundary in lon/lat (x = lon, y = lat, top = south), as in the reference data.
    struct Shape
    {
        QList<QPolygonF> rings;
        QRectF bounds;
    };
    /// The kab/kota boundary of @p code, else the province's; null when the reference data has none.
    const Shape *shape(const QString &code) const;
    const QHash<QString, Shape> &kabkotaShapes() const { return mKabkota; }
    const QHash<QString, Shape> &provinceShapes() const { return mProvinces; }
    const QStringList &kabkotaCodes() const { return mKabkotaCodes; }   ///< sorted
    const QStringList &provinceCodes() const { return mProvinceCodes; } ///< sorted

private:
    BoundaryMap();
    static void parse(const QByteArray &json, QHash<QString, Shape> &out, QStringList &codes);

    QHash<QString, Shape> mKabkota;
    QHash<QString, Shape> mProvinces;
    QStringList mKabkotaCodes;  ///< sorted
    QStringList mProvinceCodes; ///< sorted
    QRectF mNational;
};

} // namespace ksd
