// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportlayout.h"

#include "report/reportmodel.h"

#include <QRectF>

class QPainter;

namespace ksd {

struct ReportStyle;

/// Paints the report's map figures as vector graphics: the network map (scope regions on the boundary map, links
/// by class, labels that never overlap, legend, scale bar) and the small locator maps of the region profiles.
///
/// The network map with links is drawn by the screen's renderer instead (sharedRendererFigures in reportfigures.h);
/// this painter draws what the screen has no view of: the locator maps, the owner's neighbourhood at its own scale,
/// and a scope with no links. It takes its colours, scale bar and north arrow from the screen's MapStyle, its
/// boundaries from the screen's BoundaryMap, so that both look alike.
class MapFigurePainter
{
public:
    /// Paints @p figure into @p rect (device units). @p unit is device units per point (line widths, text sizes).
    static void paint(QPainter &painter, const QRectF &rect, const ReportFigure &figure, const ReportStyle &style,
                      double unit);
    /// Paints a figure as the PDF and the ODT show it: a network map with insets gets them in a column on the right;
    /// the map itself goes to @p figures when it accepts it (the screen's renderer), to paint() otherwise.
    static void paintFigure(QPainter &painter, const QRectF &rect, const ReportFigure &figure,
                            const ReportStyle &style, double unit, const FigurePainter *figures);

    /// The colour of a link or area kind (WAJIB, POTENSI_WAJIB, SUKARELA, RUJUK_PROVINSI, AGREEMENT, FOCUS, SCOPE,
    /// OTHER), shared with the legend.
    static QColor colorOf(const QString &kind);
};

} // namespace ksd
