// SPDX-License-Identifier: Apache-2.0
// Internal helpers shared by the layout implementations. Not part of the public API.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace ksd::detail {

/// The input codes, trimmed, without empties and duplicates, sorted: every layout iterates in this order.
QStringList distinctSortedCodes(const QStringList &codes);

/// @p bounds (normalized) shrunk by @p radius on every side, so that a disc centred inside it stays inside
/// @p bounds. Collapses to the centre when the bounds are smaller than a disc.
QRectF innerBounds(const QRectF &bounds, double radius);

/// The uniform scale and offset that map the bounding box of @p points onto @p target, centred and preserving
/// the aspect ratio. A degenerate box (one point, a line) is centred; a line is stretched along its length.
struct FitTransform
{
    double scale = 1;
    QPointF from;   ///< centre of the source box
    QPointF to;     ///< centre of the target
    QPointF map(const QPointF &p) const { return to + (p - from) * scale; }
};
FitTransform fitTransform(const std::vector<QPointF> &points, const QRectF &target);

} // namespace ksd::detail
