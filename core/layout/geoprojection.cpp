// SPDX-License-Identifier: Apache-2.0
#include "geoprojection.h"

#include <cmath>
#include <numbers>

namespace ksd {

GeoProjection GeoProjection::fit(const QRectF &lonLatExtent, const QRectF &target)
{
    GeoProjection p;
    const QRectF e = lonLatExtent.normalized();
    const QRectF t = target.normalized();
    p.mValid = true;
    p.mExtent = e;
    p.mRefLat = e.center().y();
    p.mCosRef = std::cos(p.mRefLat * std::numbers::pi / 180.0);
    p.mLon0 = e.center().x();
    p.mLat0 = e.center().y();
    p.mX0 = t.center().x();
    p.mY0 = t.center().y();

    const double w = e.width() * p.mCosRef; // degrees of latitude-equivalent
    const double h = e.height();
    const bool wOk = w > 1e-12, hOk = h > 1e-12;
    if (wOk && hOk)
        p.mScale = std::min(t.width() / w, t.height() / h);
    else if (wOk)
        p.mScale = t.width() / w;
    else if (hOk)
        p.mScale = t.height() / h;
    else
        p.mScale = 1.0;
    return p;
}

QPointF GeoProjection::toScene(double lon, double lat) const
{
    if (!mValid)
        return {lon, lat};
    return {mX0 + mScale * mCosRef * (lon - mLon0), mY0 - mScale * (lat - mLat0)};
}

QList<QPointF> GeoProjection::toScene(const QList<QPointF> &lonLatPoints) const
{
    QList<QPointF> out;
    out.reserve(lonLatPoints.size());
    for (const QPointF &p : lonLatPoints)
        out.append(toScene(p.x(), p.y()));
    return out;
}

QPointF GeoProjection::toLonLat(const QPointF &scene) const
{
    if (!mValid)
        return scene;
    return {mLon0 + (scene.x() - mX0) / (mScale * mCosRef), mLat0 - (scene.y() - mY0) / mScale};
}

} // namespace ksd
