// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/reportmodel.h"

#include <QRectF>

class QPainter;

namespace ksd {

struct ReportStyle;

/// Paints the report's map figures as vector graphics: the network map (scope regions on the boundary map, links
/// by class, labels that never overlap, legend, scale bar) and the small locator maps of the region profiles.
///
/// Stand-in: it draws from core/layout's GeoProjection, RefData's GeoJSON boundaries and the report's links. When
/// the network view (ui/network) offers a renderer that paints a project's map scene into a QPainter rectangle,
/// the network figure must switch to it so that the report shows exactly what the screen shows.
class MapFigurePainter
{
public:
    /// Paints @p figure into @p rect (device units). @p unit is device units per point (line widths, text sizes).
    static void paint(QPainter &painter, const QRectF &rect, const ReportFigure &figure, const ReportStyle &style,
                      double unit);

    /// The colour of a link or area kind (WAJIB, POTENSI_WAJIB, SUKARELA, RUJUK_PROVINSI, AGREEMENT, FOCUS, SCOPE,
    /// OTHER), shared with the legend.
    static QColor colorOf(const QString &kind);
};

} // namespace ksd
