// SPDX-License-Identifier: Apache-2.0
#include "reportfigures.h"

#include "network/maprenderer.h"

#include "engine/engine.h"

#include <QPaintDevice>
#include <QPainter>

namespace ksd {

namespace {

/// One reference pixel of the map renderer becomes this many points on paper: its 12 px legend prints at about
/// 7 pt and its labels at about 6.5 pt, the size of the report's table text.
constexpr double PointsPerReferencePixel = 0.6;

} // namespace

FigurePainter sharedRendererFigures(const Project &project, std::shared_ptr<const SuggestionSet> suggestions)
{
    return [project, suggestions](QPainter &painter, const QRectF &rect, const ReportFigure &figure) {
        if (figure.kind != FigureKind::NetworkMap)
            return false;
        // Nothing to link: the shared renderer then zooms onto the lone node (one region in scope filled the page
        // with a single disc); the report's own map painter shows the scope on its boundary map instead.
        if (figure.links.isEmpty())
            return false;
        Project shown = project;
        if (!figure.regions.isEmpty())
            shown.scope = figure.regions; // the report's scope, which may be narrower than the project's
        const double pointsWide = rect.width() * 72.0 / std::max(1, painter.device()->logicalDpiX());
        MapRenderOptions options;
        options.showTitle = false;       // the report's caption names the figure
        options.showAttribution = false; // and prints the attribution under it
        options.showLegend = true;
        options.referenceWidth = pointsWide / PointsPerReferencePixel;
        MapSettings settings;
        settings.layout = LayoutKind::Geographic;
        painter.save();
        painter.setClipRect(rect.adjusted(-1, -1, 1, 1));
        renderProjectMap(painter, rect, shown, settings, options, suggestions.get());
        painter.restore();
        return true;
    };
}

} // namespace ksd
