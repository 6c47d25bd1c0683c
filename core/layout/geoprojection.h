// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace ksd {

/// Lon/lat (WGS84 degrees) to scene coordinates, shared by the node layout and the boundary map so that both
/// line up exactly.
///
/// The projection is equirectangular with a cos(reference latitude) correction, where the reference latitude is
/// the middle of the fitted extent. Indonesia lies between about 11°S and 6°N, so the correction is at most
/// 0.3 % and Web Mercator would differ from it by less than a pixel at national scale; equirectangular keeps
/// the formula trivially invertible and identical in every exporter.
///
/// Scene convention (Qt's): x grows to the east, y grows to the **south** (north is up). Units are scene units
/// (pixels at zoom 1). `scene.x = originX + scale · cos(refLat) · (lon − lon0)`,
/// `scene.y = originY − scale · (lat − lat0)`.
class GeoProjection
{
public:
    GeoProjection() = default; ///< invalid: toScene() returns its input unchanged

    /// The projection that fits @p lonLatExtent (x = longitude, y = latitude; left = west, top = **south**,
    /// i.e. a normalized QRectF in degrees) into @p target, preserving the aspect ratio and centring it.
    /// A degenerate extent (a single point, or all points on one meridian or parallel) is centred; the scale then
    /// comes from the other axis, or is 1 scene unit per degree when both are degenerate.
    static GeoProjection fit(const QRectF &lonLatExtent, const QRectF &target);

    bool isValid() const { return mValid; }
    QPointF toScene(double lon, double lat) const;
    QPointF toScene(const QPointF &lonLat) const { return toScene(lonLat.x(), lonLat.y()); } ///< x = lon, y = lat
    /// A polygon ring or polyline, point by point (lon/lat in, scene out). QPolygonF(list) gives a Gui polygon.
    QList<QPointF> toScene(const QList<QPointF> &lonLatPoints) const;
    /// The inverse: scene point to (x = lon, y = lat).
    QPointF toLonLat(const QPointF &scene) const;

    double scale() const { return mScale; }          ///< scene units per degree of latitude
    double referenceLatitude() const { return mRefLat; } ///< degrees; cos of it shrinks longitude
    QRectF lonLatExtent() const { return mExtent; }   ///< the extent it was fitted to

    bool operator==(const GeoProjection &) const = default;

private:
    bool mValid = false;
    QRectF mExtent;
    double mRefLat = 0;
    double mCosRef = 1;
    double mScale = 1;
    double mLon0 = 0, mLat0 = 0;   ///< the extent's centre
    double mX0 = 0, mY0 = 0;       ///< where the centre lands in the scene
};

} // namespace ksd
