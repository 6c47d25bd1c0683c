// SPDX-License-Identifier: Apache-2.0
#include "maprenderer.h"

#include "refdata/refdata.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace ksd {

namespace {

struct PageLayout
{
    double k = 1;          ///< device pixels per reference pixel
    double margin = 0;
    QRectF title;
    QRectF map;
    QRectF legend;
    QRectF attribution;
    QString titleText;
    QString subtitleText;
    QString attributionText;
    QList<MapLegendEntry> entries;
};

QFont titleFont(double k) { return MapStyle::font(24 * k, true); }
QFont subtitleFont(double k) { return MapStyle::font(13 * k); }
QFont legendFont(double k) { return MapStyle::font(12 * k); }
QFont smallFont(double k) { return MapStyle::font(10 * k); }

double textHeight(const QFont &font, const QString &text, double width)
{
    const QFontMetricsF fm(font);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text).height();
}

QString attributionFor(const NetworkScene &scene)
{
    const Project &p = scene.project();
    QString source = MapRenderer::tr("Sumber: %1 (%2), dianalisis dengan PetaKSD menurut PP 28/2018 dan Permendagri "
                                     "22/2020.")
                         .arg(p.title.isEmpty() ? MapRenderer::tr("proyek pemetaan") : p.title)
                         .arg(p.year > 0 ? QString::number(p.year) : MapRenderer::tr("tanpa tahun"));
    if (scene.settings().layout == LayoutKind::Geographic)
        source += QLatin1Char(' ') + RefData::attribution();
    return source;
}

/// Lays the page out: title band, map (keeping the content's aspect ratio when @p height is not given), legend and
/// attribution.
PageLayout layoutPage(const NetworkScene &scene, const QRectF &target, const MapRenderOptions &o, bool fixedHeight)
{
    PageLayout pl;
    pl.k = target.width() / std::max(1.0, o.referenceWidth);
    const double k = pl.k;
    pl.margin = 18 * k;
    const double inner = target.width() - 2 * pl.margin;
    double y = target.top() + pl.margin;
    if (o.showTitle) {
        pl.titleText = o.title.isEmpty() ? MapRenderer::defaultTitle() : o.title;
        pl.subtitleText = o.subtitle.isEmpty() ? MapRenderer::describeSettings(scene) : o.subtitle;
        const double h = textHeight(titleFont(k), pl.titleText, inner) + 4 * k
                         + textHeight(subtitleFont(k), pl.subtitleText, inner);
        pl.title = QRectF(target.left() + pl.margin, y, inner, h);
        y += h + 12 * k;
    }
    QSizeF legend;
    if (o.showLegend) {
        pl.entries = MapRenderer::legendEntries(scene);
        legend = MapRenderer::legendSize(pl.entries, inner, k);
    }
    double attributionH = 0;
    if (o.showAttribution) {
        pl.attributionText = attributionFor(scene);
        attributionH = textHeight(smallFont(k), pl.attributionText, inner);
    }
    const double below = (legend.height() > 0 ? legend.height() + 12 * k : 0)
                         + (attributionH > 0 ? attributionH + 8 * k : 0) + pl.margin;
    double mapH;
    if (fixedHeight) {
        mapH = std::max(10.0, target.bottom() - y - below);
    } else {
        const QRectF c = scene.contentRect();
        mapH = inner * (c.height() / std::max(1.0, c.width()));
    }
    pl.map = QRectF(target.left() + pl.margin, y, inner, mapH);
    y += mapH;
    if (legend.height() > 0) {
        y += 12 * k;
        pl.legend = QRectF(target.left() + pl.margin, y, inner, legend.height());
        y += legend.height();
    }
    if (attributionH > 0) {
        y += 8 * k;
        pl.attribution = QRectF(target.left() + pl.margin, y, inner, attributionH);
    }
    return pl;
}

/// The scene rectangle shown in @p mapRect: the content, widened to the frame's aspect ratio.
QRectF sourceFor(const NetworkScene &scene, const QRectF &mapRect)
{
    QRectF c = scene.contentRect();
    const double frame = mapRect.width() / std::max(1e-9, mapRect.height());
    const double content = c.width() / std::max(1e-9, c.height());
    if (content > frame) {
        const double h = c.width() / frame;
        c.adjust(0, -(h - c.height()) / 2, 0, (h - c.height()) / 2);
    } else {
        const double w = c.height() * frame;
        c.adjust(-(w - c.width()) / 2, 0, (w - c.width()) / 2, 0);
    }
    return c;
}

QPainterPath nodeSample(const QPointF &c, double r)
{
    QPainterPath p;
    p.addEllipse(c, r, r); // a path, not drawEllipse: the SVG export counts the map's nodes by their ellipses
    return p;
}

} // namespace

QString MapRenderer::defaultTitle()
{
    return tr("Peta Jejaring Kerja Sama Daerah");
}

QString MapRenderer::describeSettings(const NetworkScene &scene)
{
    const MapSettings &s = scene.settings();
    const RefData &ref = RefData::instance();
    QStringList parts;
    const Project &p = scene.project();
    if (!p.title.isEmpty())
        parts.append(p.title);
    QString layout;
    switch (s.layout) {
    case LayoutKind::Geographic: layout = tr("geografis"); break;
    case LayoutKind::Force: layout = tr("jejaring (gaya tarik)"); break;
    case LayoutKind::Circular: layout = tr("melingkar per provinsi"); break;
    }
    parts.append(tr("Tata letak: %1").arg(layout));
    if (s.filter.urusan.isEmpty()) {
        parts.append(tr("Urusan: semua"));
    } else {
        QStringList names;
        for (const QString &u : s.filter.urusan) {
            const Urusan *x = ref.urusan(u);
            names.append(x ? x->label() : u);
        }
        parts.append(tr("Urusan: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!s.filter.province.isEmpty()) {
        const Region *r = ref.region(s.filter.province);
        parts.append(tr("Provinsi: %1").arg(r ? r->name : s.filter.province));
    }
    if (!s.filter.stages.isEmpty()) {
        QStringList names;
        for (Stage st : s.filter.stages)
            names.append(stageName(st));
        parts.append(tr("Tahap: %1").arg(names.join(QStringLiteral(", "))));
    }
    int nodes = 0;
    for (const NetworkNode &n : scene.data().nodes)
        nodes += n.visible ? 1 : 0;
    parts.append(tr("%n wilayah", nullptr, nodes));
    parts.append(tr("%n tautan", nullptr, int(scene.data().links.size())));
    return parts.join(QStringLiteral(" · "));
}

QList<MapLegendEntry> MapRenderer::legendEntries(const NetworkScene &scene)
{
    QList<MapLegendEntry> out;
    const NetworkData &d = scene.data();
    bool kinds[LinkKindCount] = {};
    bool sea = false;
    for (const NetworkLink &l : d.links) {
        kinds[int(l.kind)] = true;
        sea = sea || l.seaBorder;
    }
    for (int i = 0; i < LinkKindCount; ++i) {
        if (!kinds[i])
            continue;
        MapLegendEntry e;
        e.sample = MapLegendEntry::Line;
        e.kind = LinkKind(i);
        e.text = linkKindName(LinkKind(i));
        e.lineWidth = MapStyle::linkWidth(LinkKind(i), i >= int(LinkKind::Proposal) ? 2 : 1);
        out.append(e);
    }
    if (sea) {
        // Sea borders give at most potensi wajib, so the sample takes that colour.
        MapLegendEntry e;
        e.sample = MapLegendEntry::Line;
        e.kind = LinkKind::PotensiWajib;
        e.seaBorder = true;
        e.text = MapStyle::seaBorderName();
        e.lineWidth = MapStyle::linkWidth(e.kind, 1);
        out.append(e);
    }
    if (kinds[int(LinkKind::Proposal)] || kinds[int(LinkKind::Agreement)]) {
        MapLegendEntry e;
        e.sample = MapLegendEntry::Note;
        e.text = tr("Tebal garis hijau: jumlah usulan/kesepakatan");
        out.append(e);
    }
    if (!scene.hullItems().isEmpty()) {
        MapLegendEntry e;
        e.sample = MapLegendEntry::Hull;
        e.text = tr("Klaster kerja sama multipihak");
        e.fill = MapStyle::linkColor(LinkKind::RujukProvinsi);
        out.append(e);
    }

    // Nodes.
    bool types[3] = {};
    bool outside = false, owner = false;
    int pot = 0, keb = 0, both = 0;
    for (const NetworkNode &n : d.nodes) {
        if (!n.visible)
            continue;
        if (!n.inScope) {
            outside = true;
            continue;
        }
        owner = owner || n.owner;
        if (const Region *r = RefData::instance().region(n.code))
            types[int(r->type)] = true;
        if (n.potensi > n.kebutuhan)
            ++pot;
        else if (n.kebutuhan > n.potensi)
            ++keb;
        else
            ++both;
    }
    auto node = [&out](const QString &text, const QColor &fill, const QColor &outline, double width) {
        MapLegendEntry e;
        e.sample = MapLegendEntry::Node;
        e.text = text;
        e.fill = fill;
        e.outline = outline;
        e.outlineWidth = width;
        out.append(e);
    };
    if (scene.settings().colorMode == NodeColorMode::RegionType) {
        const QString names[3] = {tr("Provinsi"), tr("Kabupaten"), tr("Kota")};
        for (int t = 0; t < 3; ++t) {
            if (types[t]) {
                const QColor c = MapStyle::regionTypeColor(RegionType(t));
                node(names[t], c, t == 0 ? QColor(0x26, 0x32, 0x38) : c.darker(175), t == 0 ? 1.8 : 1.1);
            }
        }
    } else {
        node(tr("Lebih banyak kebutuhan"), MapStyle::balanceColor(0, 1), MapStyle::balanceColor(0, 1).darker(175), 1.1);
        node(tr("Seimbang / belum ada isian"), MapStyle::balanceColor(1, 1), MapStyle::balanceColor(1, 1).darker(175),
             1.1);
        node(tr("Lebih banyak potensi"), MapStyle::balanceColor(1, 0), MapStyle::balanceColor(1, 0).darker(175), 1.1);
    }
    if (owner)
        node(tr("Daerah pemilik pemetaan"), QColor(Qt::white), MapStyle::ownerRing(), 2.6);
    if (outside)
        node(tr("Mitra di luar cakupan"), MapStyle::outOfScopeFill(), QColor(0x8a, 0x94, 0x9e), 1.0);
    {
        MapLegendEntry e;
        e.sample = MapLegendEntry::Note;
        e.text = scene.settings().sizeMode == NodeSizeMode::Entries ? tr("Ukuran simpul: jumlah isian")
                                                                    : tr("Ukuran simpul: skor saran tertinggi");
        out.append(e);
    }
    if (scene.settings().layout == LayoutKind::Geographic) {
        MapLegendEntry scope;
        scope.sample = MapLegendEntry::Area;
        scope.text = tr("Wilayah dalam cakupan");
        scope.fill = MapStyle::scopeFill();
        scope.outline = MapStyle::scopeBorder();
        out.append(scope);
        MapLegendEntry prov;
        prov.sample = MapLegendEntry::Area;
        prov.text = tr("Batas provinsi");
        prov.fill = MapStyle::land();
        prov.outline = MapStyle::provinceBorder();
        prov.outlineWidth = 1.3;
        out.append(prov);
    }
    return out;
}

namespace {

constexpr double SampleW = 30;
constexpr double SampleGap = 8;
constexpr double ColumnGap = 22;
constexpr double RowH = 20;

double entryWidth(const MapLegendEntry &e, const QFontMetricsF &fm, double px)
{
    return (e.sample == MapLegendEntry::Note ? 0 : (SampleW + SampleGap) * px) + fm.horizontalAdvance(e.text);
}

/// The legend in @p columns columns, filled column by column; each column as wide as its widest entry, so that a
/// long note does not widen every column.
struct LegendGrid
{
    int columns = 1;
    int rows = 0;
    QList<double> widths;
    QSizeF size;
};

LegendGrid legendGrid(const QList<MapLegendEntry> &entries, const QFontMetricsF &fm, double px, int columns)
{
    LegendGrid g;
    const int n = int(entries.size());
    g.columns = std::clamp(columns, 1, std::max(1, n));
    g.rows = (n + g.columns - 1) / g.columns;
    // Fewer entries may fill fewer columns (7 entries in 6 columns of 2 rows take 4).
    g.columns = g.rows > 0 ? (n + g.rows - 1) / g.rows : 1;
    g.widths.fill(0, g.columns);
    for (int i = 0; i < n; ++i)
        g.widths[i / g.rows] = std::max(g.widths[i / g.rows], entryWidth(entries[i], fm, px));
    double w = 0;
    for (double c : std::as_const(g.widths))
        w += c;
    w += (g.columns - 1) * ColumnGap * px;
    g.size = QSizeF(std::ceil(w), g.rows * RowH * px);
    return g;
}

/// The most columns (the lowest legend) that fit in @p maxWidth; one column when none fits.
LegendGrid widestGrid(const QList<MapLegendEntry> &entries, const QFontMetricsF &fm, double px, double maxWidth)
{
    for (int c = int(entries.size()); c > 1; --c) {
        const LegendGrid g = legendGrid(entries, fm, px, c);
        if (g.size.width() <= maxWidth + 0.5)
            return g;
    }
    return legendGrid(entries, fm, px, 1);
}

} // namespace

QSizeF MapRenderer::legendSize(const QList<MapLegendEntry> &entries, double maxWidth, double px)
{
    if (entries.isEmpty())
        return {};
    return widestGrid(entries, QFontMetricsF(legendFont(px)), px, maxWidth).size;
}

QSizeF MapRenderer::legendSizeForHeight(const QList<MapLegendEntry> &entries, double maxHeight, double px)
{
    if (entries.isEmpty())
        return {};
    const QFontMetricsF fm(legendFont(px));
    for (int c = 1; c < int(entries.size()); ++c) {
        const LegendGrid g = legendGrid(entries, fm, px, c);
        if (g.size.height() <= maxHeight + 0.5)
            return g.size;
    }
    return legendGrid(entries, fm, px, int(entries.size())).size;
}

void MapRenderer::paintLegend(QPainter &painter, const QRectF &rect, const QList<MapLegendEntry> &entries, double px)
{
    if (entries.isEmpty())
        return;
    const QFont font = legendFont(px);
    const QFontMetricsF fm(font);
    const LegendGrid grid = widestGrid(entries, fm, px, rect.width());
    const int rows = grid.rows;
    QList<double> left(grid.columns, rect.left());
    for (int c = 1; c < grid.columns; ++c)
        left[c] = left[c - 1] + grid.widths[c - 1] + ColumnGap * px;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(font);
    for (int i = 0; i < entries.size(); ++i) {
        const MapLegendEntry &e = entries[i];
        // Column-major: reading down a column keeps links, nodes and areas together.
        const int c = i / rows, r = i % rows;
        const double x = left[c];
        const double y = rect.top() + r * RowH * px;
        const double cy = y + RowH * px / 2;
        const QRectF sample(x, cy - 6 * px, SampleW * px, 12 * px);
        switch (e.sample) {
        case MapLegendEntry::Line: {
            QPen pen = MapStyle::linkPen(e.kind, e.seaBorder, e.lineWidth * px);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            QPainterPath line(QPointF(sample.left() + 1 * px, cy));
            line.lineTo(sample.right() - 1 * px, cy);
            painter.drawPath(line);
            break;
        }
        case MapLegendEntry::Node:
            painter.setPen(QPen(e.outline, e.outlineWidth * px));
            painter.setBrush(e.fill);
            painter.drawPath(nodeSample(sample.center(), 5.5 * px));
            break;
        case MapLegendEntry::Area:
            painter.setPen(QPen(e.outline, e.outlineWidth * px));
            painter.setBrush(e.fill);
            painter.drawRect(sample.adjusted(3 * px, 1 * px, -3 * px, -1 * px));
            break;
        case MapLegendEntry::Hull: {
            QColor fill = e.fill;
            fill.setAlpha(40);
            QColor line = e.fill;
            line.setAlpha(140);
            painter.setPen(QPen(line, 1.2 * px));
            painter.setBrush(fill);
            painter.drawRoundedRect(sample.adjusted(2 * px, 0, -2 * px, 0), 6 * px, 6 * px);
            break;
        }
        case MapLegendEntry::Note:
            break;
        }
        const double tx = e.sample == MapLegendEntry::Note ? x : sample.right() + SampleGap * px;
        painter.setPen(e.sample == MapLegendEntry::Note ? MapStyle::mutedText() : MapStyle::text());
        painter.drawText(QRectF(tx, y, rect.right() - tx, RowH * px), Qt::AlignVCenter | Qt::AlignLeft, e.text);
    }
    painter.restore();
}

void MapRenderer::paintScaleBar(QPainter &painter, const QRectF &mapRect, const NetworkScene &scene,
                                double devicePerScene, double px)
{
    const Layout &layout = scene.layout();
    if (scene.settings().layout != LayoutKind::Geographic || !layout.projection)
        return;
    // One degree of latitude is 111.32 km; the projection's scale is scene units per degree of latitude.
    MapStyle::paintScaleBarAndNorth(painter, mapRect, layout.projection->scale() / 111.32 * devicePerScene, px);
}

QTransform MapRenderer::sceneTransform(const NetworkScene &scene, const QRectF &target,
                                      const MapRenderOptions &options)
{
    const PageLayout pl = layoutPage(scene, target, options, true);
    const QRectF source = sourceFor(scene, pl.map);
    const double s = pl.map.width() / source.width();
    return QTransform::fromTranslate(-source.left(), -source.top()) * QTransform::fromScale(s, s)
           * QTransform::fromTranslate(pl.map.left(), pl.map.top());
}

double MapRenderer::heightForWidth(const NetworkScene &scene, double width, const MapRenderOptions &options)
{
    const PageLayout pl = layoutPage(scene, QRectF(0, 0, width, 1e6), options, false);
    const QRectF last = !pl.attribution.isNull() ? pl.attribution : (!pl.legend.isNull() ? pl.legend : pl.map);
    return std::ceil(last.bottom() + pl.margin);
}

void MapRenderer::render(QPainter &painter, const QRectF &target, NetworkScene &scene,
                         const MapRenderOptions &options)
{
    const PageLayout pl = layoutPage(scene, target, options, true);
    const double k = pl.k;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(target, Qt::white);

    if (!pl.title.isNull()) {
        painter.setPen(MapStyle::text());
        painter.setFont(titleFont(k));
        const double th = textHeight(titleFont(k), pl.titleText, pl.title.width());
        painter.drawText(QRectF(pl.title.left(), pl.title.top(), pl.title.width(), th),
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, pl.titleText);
        painter.setPen(MapStyle::mutedText());
        painter.setFont(subtitleFont(k));
        painter.drawText(QRectF(pl.title.left(), pl.title.top() + th + 4 * k, pl.title.width(),
                                pl.title.height() - th - 4 * k),
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, pl.subtitleText);
    }

    // The map: the scene at the export's own scale, with labels placed for that scale.
    const QRectF source = sourceFor(scene, pl.map);
    const double scale = pl.map.width() / source.width();
    const double oldScale = scene.viewScale();
    const double oldRatio = scene.pixelRatio();
    const QRectF oldLabelBounds = scene.labelBounds();
    // No item caches: vector output must stay vector, and a one-off render gains nothing from them.
    const bool oldCaching = scene.caching();
    scene.setCaching(false);
    scene.setExporting(true);
    scene.setLabelBounds(source);
    scene.setViewScale(scale, k);
    painter.save();
    painter.setClipRect(pl.map);
    scene.render(&painter, pl.map, source, Qt::IgnoreAspectRatio);
    paintScaleBar(painter, pl.map, scene, scale, k);
    painter.restore();
    scene.setLabelBounds(oldLabelBounds);
    scene.setViewScale(oldScale, oldRatio);
    scene.setExporting(false);
    scene.setCaching(oldCaching);

    painter.setPen(QPen(QColor(0xb0, 0xb8, 0xc0), 1 * k));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(pl.map);
    if (!pl.legend.isNull())
        paintLegend(painter, pl.legend, pl.entries, k);
    if (!pl.attribution.isNull()) {
        painter.setPen(MapStyle::mutedText());
        painter.setFont(smallFont(k));
        painter.drawText(pl.attribution, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, pl.attributionText);
    }
    painter.restore();
}

QImage MapRenderer::renderImage(NetworkScene &scene, int widthPx, const MapRenderOptions &options)
{
    const int w = std::clamp(widthPx, 200, 20000);
    const int h = int(heightForWidth(scene, w, options));
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    render(painter, QRectF(0, 0, w, h), scene, options);
    painter.end();
    return image;
}

Status MapRenderer::exportFile(NetworkScene &scene, const QString &path, const MapExportOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int dpi = std::clamp(options.dpi, 72, 300);
    const QString where = QDir::toNativeSeparators(path);
    if (suffix == QLatin1String("png")) {
        QImage image = renderImage(scene, options.widthPx, options.render);
        image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return Error{tr("Gambar PNG tidak dapat ditulis."), where};
        return {};
    }
    if (suffix == QLatin1String("svg")) {
        const int w = std::clamp(options.widthPx, 200, 20000);
        const int h = int(heightForWidth(scene, w, options.render));
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setResolution(96);
        svg.setTitle(options.render.title.isEmpty() ? defaultTitle() : options.render.title);
        svg.setDescription(describeSettings(scene));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error{tr("Berkas SVG tidak dapat ditulis."), where};
        render(painter, QRectF(0, 0, w, h), scene, options.render);
        if (!painter.end())
            return Error{tr("Berkas SVG tidak dapat ditulis."), where};
        return {};
    }
    if (suffix == QLatin1String("pdf")) {
        const double widthMm = 297;
        const double ratio = heightForWidth(scene, 1600, options.render) / 1600.0;
        QPdfWriter pdf(path);
        pdf.setTitle(options.render.title.isEmpty() ? defaultTitle() : options.render.title);
        pdf.setCreator(QStringLiteral("PetaKSD"));
        pdf.setResolution(dpi);
        pdf.setPageSize(QPageSize(QSizeF(widthMm, widthMm * ratio), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Error{tr("Berkas PDF tidak dapat ditulis."), where};
        const double w = pdf.width();
        render(painter, QRectF(0, 0, w, w * ratio), scene, options.render);
        if (!painter.end())
            return Error{tr("Berkas PDF tidak dapat ditulis."), where};
        return {};
    }
    return Error{tr("Format tidak dikenal: gunakan .png, .svg atau .pdf."), where};
}

void renderProjectMap(QPainter &painter, const QRectF &rect, const Project &project, const MapSettings &settings,
                      const MapRenderOptions &options, const SuggestionSet *suggestions)
{
    NetworkScene scene;
    scene.setSettings(settings);
    scene.setProject(project, suggestions ? *suggestions : computeMapSuggestions(project));
    MapRenderer::render(painter, rect, scene, options);
}

} // namespace ksd
