// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "networkscene.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace ksd {

/// What surrounds the map in a rendered picture.
struct MapRenderOptions
{
    QString title;              ///< empty: "Peta Jejaring Kerja Sama Daerah"
    QString subtitle;           ///< empty: the project title, the layout and the filter
    bool showTitle = true;
    bool showLegend = true;
    bool showAttribution = true;
    /// Width (device pixels) at which text and lines have their reference size; a wider target scales them up,
    /// so a picture looks the same at any resolution.
    double referenceWidth = 1600;
};

/// One line of the legend.
struct MapLegendEntry
{
    enum Sample { Line, Node, Area, Hull, Note };
    Sample sample = Line;
    QString text;
    LinkKind kind = LinkKind::Wajib; ///< Line
    bool seaBorder = false;          ///< Line: the sea-border pattern
    QColor fill;                     ///< Node, Area
    QColor outline;                  ///< Node, Area
    double outlineWidth = 1;         ///< reference pixels
    double lineWidth = 2;            ///< Line: reference pixels
};

/// Export settings. PNG is @p widthPx wide (height from the picture's aspect) and records @p dpi; SVG is
/// @p widthPx user units wide; PDF is 297 mm wide (A4 landscape width), drawn at @p dpi.
struct MapExportOptions
{
    int widthPx = 1920;
    int dpi = 150;               ///< 72–300
    MapRenderOptions render;
};

/**
 * The one renderer of the network map: the screen's legend and scale bar, the PNG, SVG and PDF exports, the CLI
 * (`petaksd map`) and the report all draw through it, and the map itself is always NetworkScene::render(), so an
 * export is exactly what the screen shows at that size.
 */
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ksd::MapRenderer)

public:
    /// Paints title, map, legend and attribution into @p target (device units of @p painter). The scene's view
    /// scale and emphasis are restored afterwards.
    static void render(QPainter &painter, const QRectF &target, NetworkScene &scene,
                       const MapRenderOptions &options = {});
    /// Where render() puts the scene: scene coordinates to @p target's device coordinates (tests sample the
    /// exported image at node centres with it).
    static QTransform sceneTransform(const NetworkScene &scene, const QRectF &target,
                                     const MapRenderOptions &options = {});
    /// Height of the picture render() draws at @p width (so that the map keeps its aspect ratio).
    static double heightForWidth(const NetworkScene &scene, double width, const MapRenderOptions &options = {});

    /// Writes PNG, SVG or PDF by the file's suffix. Errors name the file.
    static Status exportFile(NetworkScene &scene, const QString &path, const MapExportOptions &options = {});
    /// The picture as an image of @p widthPx (for the PNG export, tests and the benchmark).
    static QImage renderImage(NetworkScene &scene, int widthPx, const MapRenderOptions &options = {});

    // --- parts, shared with the screen ------------------------------------------------------------------------
    static QString defaultTitle();
    static QString describeSettings(const NetworkScene &scene); ///< "Tata letak: Geografis · Urusan: semua · …"
    static QList<MapLegendEntry> legendEntries(const NetworkScene &scene);
    /// Size of the legend in as many columns (each as wide as its widest entry) as fit in @p maxWidth; @p px = device pixels per reference pixel.
    static QSizeF legendSize(const QList<MapLegendEntry> &entries, double maxWidth, double px);
    /// Size of the narrowest legend (fewest columns) no higher than @p maxHeight; all in one row when none is.
    static QSizeF legendSizeForHeight(const QList<MapLegendEntry> &entries, double maxHeight, double px);
    static void paintLegend(QPainter &painter, const QRectF &rect, const QList<MapLegendEntry> &entries, double px);
    /// Scale bar and north arrow for the geographic layout inside @p mapRect, drawn at @p devicePerScene.
    static void paintScaleBar(QPainter &painter, const QRectF &mapRect, const NetworkScene &scene,
                              double devicePerScene, double px);
};

/// For the report (ui/report): the project's network map, rendered by the same renderer as the screen into
/// @p rect of @p painter. Suggestions are computed when @p suggestions is null.
void renderProjectMap(QPainter &painter, const QRectF &rect, const Project &project,
                      const MapSettings &settings = {}, const MapRenderOptions &options = {},
                      const SuggestionSet *suggestions = nullptr);

} // namespace ksd
