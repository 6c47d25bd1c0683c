// SPDX-License-Identifier: Apache-2.0
#include "mapoverlay.h"

#include "maprenderer.h"
#include "networkscene.h"
#include "networkview.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QToolButton>

namespace ksd {

// --- MapOverlay --------------------------------------------------------------------------------------------------

namespace {
const QString LegendKey = QStringLiteral("map/legendExpanded");
}

MapOverlay::MapOverlay(NetworkView *view) : QWidget(view), mView(view), mToggle(new QToolButton(view))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    // The overlay lets the mouse through to the map; the legend's header is a real button beside it.
    mToggle->setObjectName(QStringLiteral("mapLegendToggle"));
    mToggle->setAutoRaise(true);
    mToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mToggle->setFocusPolicy(Qt::TabFocus);
    connect(mToggle, &QToolButton::clicked, this, [this] { setLegendExpanded(frame().collapsed); });
    const QVariant stored = QSettings().value(LegendKey);
    if (stored.isValid())
        mExpanded = stored.toBool();
    changeEvent(nullptr);
}

void MapOverlay::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        mToggle->setText(tr("Legenda"));
        mToggle->setToolTip(tr("Buka atau ciutkan legenda peta"));
    }
    if (event)
        QWidget::changeEvent(event);
}

void MapOverlay::setLegendVisible(bool visible)
{
    mLegend = visible;
    update();
}

void MapOverlay::setLegendExpanded(bool expanded)
{
    mExpanded = expanded;
    QSettings().setValue(LegendKey, expanded);
    update();
    mView->scheduleRefit();
}

void MapOverlay::updateToggle(const Frame &f)
{
    mToggle->setVisible(!f.header.isNull());
    if (f.header.isNull())
        return;
    mToggle->setArrowType(f.collapsed ? Qt::RightArrow : Qt::DownArrow);
    const QRect want = f.header.toAlignedRect().translated(geometry().topLeft());
    if (mToggle->geometry() != want)
        mToggle->setGeometry(want);
    mToggle->raise();
}

namespace {

QFont titleFont() { return MapStyle::font(15, true); }
QFont subtitleFont() { return MapStyle::font(11); }
constexpr double Gap = 10; ///< between panels, and between a panel and the free map area

/// How much of the content fits into @p free (scene content @p c): the fit scale.
double fitIn(const QRectF &free, const QRectF &c)
{
    if (free.width() < 40 || free.height() < 40 || c.isEmpty())
        return 0;
    return std::min(free.width() / c.width(), free.height() / c.height());
}

} // namespace

MapOverlay::Frame MapOverlay::frame() const
{
    NetworkScene *scene = mView->networkScene();
    Frame f;
    const QRectF area = QRectF(rect()).adjusted(12, 12, -12, -12);
    // The overview shows only when zoomed in, but the legend keeps clear of its corner all the same.
    MinimapWidget *minimap = mView->minimap();
    if (minimap && mView->minimapVisible())
        f.minimap = QRectF(area.right() - minimap->width(), area.top(), minimap->width(), minimap->height());

    // Title, top left, as wide as its text but clear of the overview.
    {
        const QFontMetricsF fb(titleFont()), fs(subtitleFont());
        const double maxW = std::max(120.0, (f.minimap.isNull() ? area.right() : f.minimap.left() - Gap)
                                                - area.left() - 20);
        f.titleText = fb.elidedText(scene->project().title.isEmpty() ? MapRenderer::defaultTitle()
                                                                       : scene->project().title,
                                    Qt::ElideRight, maxW);
        f.subtitleText = fs.elidedText(MapRenderer::describeSettings(*scene), Qt::ElideRight, maxW);
        const double w = std::max(fb.horizontalAdvance(f.titleText), fs.horizontalAdvance(f.subtitleText)) + 20;
        f.title = QRectF(area.left(), area.top(), std::ceil(w), std::ceil(fb.height() + fs.height() + 14));
    }
    const double top = f.title.bottom() + Gap;
    f.free = QRectF(area.left(), top, area.width(), area.bottom() - top);
    if (!mLegend)
        return f;
    f.entries = MapRenderer::legendEntries(*scene);
    if (f.entries.isEmpty())
        return f;

    // The legend goes where it costs the map least: along the bottom (wide content), or in a column on the right
    // under the overview (tall content). Either way it never covers what "fit" frames. Its header line (the
    // collapse button) sits on top of the entries.
    const QRectF content = scene->contentRect();
    const QSize headerHint = mToggle->sizeHint();
    const QSizeF pad(24, 16 + headerHint.height());

    const QSizeF bottomSize = MapRenderer::legendSize(f.entries, std::min(area.width(), 980.0) - pad.width(), 1.0)
                              + pad;
    const QRectF bottomBox(area.left(), area.bottom() - bottomSize.height(), bottomSize.width(),
                           bottomSize.height());
    const QRectF bottomFree(area.left(), top, area.width(), bottomBox.top() - Gap - top);

    const QSizeF sideSize = MapRenderer::legendSizeForHeight(f.entries, area.height() - pad.height(), 1.0) + pad;
    const QRectF sideBox(area.right() - sideSize.width(), area.bottom() - sideSize.height(), sideSize.width(),
                         sideSize.height());
    const QRectF sideFree(area.left(), top, area.width() - sideBox.width() - Gap, area.bottom() - top);
    const bool sideFits = sideBox.top() >= area.top() - 0.5 && sideFree.width() > 200;

    const bool side = sideFits && fitIn(sideFree, content) >= fitIn(bottomFree, content);
    const QRectF open = side ? sideBox : bottomBox;
    f.collapsed = mExpanded ? !*mExpanded : open.width() * open.height() > 0.2 * area.width() * area.height();
    if (f.collapsed) {
        // Only the header, bottom left; the map keeps all the height above it.
        const QSizeF h(headerHint.width() + 8, headerHint.height() + 8);
        f.legend = QRectF(area.left(), area.bottom() - h.height(), h.width(), h.height());
        f.header = f.legend.adjusted(4, 4, -4, -4);
        f.free = QRectF(area.left(), top, area.width(), f.legend.top() - Gap - top);
        return f;
    }
    f.legend = open;
    f.header = QRectF(open.left() + 4, open.top() + 4, headerHint.width(), headerHint.height());
    if (side) {
        f.free = sideFree;
        // The overview (shown when zoomed in) goes beside a tall legend instead of over it.
        if (!f.minimap.isNull() && sideBox.top() < f.minimap.bottom() + Gap)
            f.minimap.moveRight(sideBox.left() - Gap);
    } else {
        f.free = bottomFree;
    }
    return f;
}

void MapOverlay::paintEvent(QPaintEvent *)
{
    NetworkScene *scene = mView->networkScene();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const Frame f = frame();
    const QPen border(QColor(0xc9, 0xd1, 0xd9), 1);
    const QColor paper(255, 255, 255, 232);

    // Title line, top left.
    {
        const QFontMetricsF fb(titleFont()), fs(subtitleFont());
        const QRectF box = f.title;
        p.setPen(border);
        p.setBrush(paper);
        p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        p.setFont(titleFont());
        p.setPen(MapStyle::text());
        p.drawText(QRectF(box.left() + 10, box.top() + 6, box.width() - 20, fb.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, f.titleText);
        p.setFont(subtitleFont());
        p.setPen(MapStyle::mutedText());
        p.drawText(QRectF(box.left() + 10, box.top() + 8 + fb.height(), box.width() - 20, fs.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, f.subtitleText);
    }

    updateToggle(f);
    if (!f.legend.isNull()) {
        p.setPen(border);
        p.setBrush(paper);
        p.drawRoundedRect(f.legend.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        if (!f.collapsed)
            MapRenderer::paintLegend(p, f.legend.adjusted(12, f.header.bottom() - f.legend.top() + 4, -12, -8),
                                     f.entries, 1.0);
    }

    // Scale bar in the lower left and north arrow in the upper right of the free map area, clear of the overview.
    QRectF bar = f.free;
    if (mView->minimap()->isVisibleTo(mView) && f.minimap.bottom() > bar.top())
        bar.setRight(std::min(bar.right(), f.minimap.left() - Gap));
    MapRenderer::paintScaleBar(p, bar, *scene, mView->scale(), 1.0);
}

// --- MinimapWidget -----------------------------------------------------------------------------------------------

MinimapWidget::MinimapWidget(NetworkView *view) : QWidget(view), mView(view)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Ikhtisar peta: klik atau seret untuk berpindah"));
    mTimer.setSingleShot(true);
    mTimer.setInterval(150);
    connect(&mTimer, &QTimer::timeout, this, &MinimapWidget::refresh);
    resize(sizeHint());
}

void MinimapWidget::scheduleRefresh()
{
    mTimer.start();
}

QRectF MinimapWidget::mapRect() const
{
    return QRectF(rect()).adjusted(3, 3, -3, -3);
}

void MinimapWidget::refresh()
{
    NetworkScene *scene = mView->networkScene();
    const QRectF content = scene->contentRect();
    if (content.isEmpty())
        return;
    // Keep the widget's width; its height follows the map's aspect ratio.
    const int w = sizeHint().width();
    const int h = std::clamp(int(w * content.height() / content.width()), 90, 220);
    if (size() != QSize(w, h)) {
        resize(w, h);
        mView->scheduleRefit(); // the overview's height moves the legend
    }
    const QRectF target = mapRect();
    mSource = content;
    const qreal dpr = devicePixelRatioF();
    mPixmap = QPixmap((target.size() * dpr).toSize());
    mPixmap.setDevicePixelRatio(dpr);
    mPixmap.fill(scene->backgroundBrush().color());
    QPainter p(&mPixmap);
    const bool caching = scene->caching();
    scene->setCaching(false); // keep the view's cached pixmaps
    const bool labels = scene->labelsVisible();
    const bool exporting = scene->isExporting();
    scene->setLabelsVisible(false);
    scene->setExporting(true); // no hover dimming in the overview
    scene->render(&p, QRectF(QPointF(0, 0), target.size()), content, Qt::KeepAspectRatio);
    scene->setExporting(exporting);
    scene->setLabelsVisible(labels);
    scene->setCaching(caching);
    p.end();
    update();
}

void MinimapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), 1));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    const QRectF target = mapRect();
    if (mPixmap.isNull() || mSource.isEmpty())
        return;
    p.drawPixmap(target.topLeft(), mPixmap);
    // The part of the map the view shows.
    const double s = std::min(target.width() / mSource.width(), target.height() / mSource.height());
    const QPointF off(target.left() + (target.width() - mSource.width() * s) / 2,
                      target.top() + (target.height() - mSource.height() * s) / 2);
    const QRectF visible = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    QRectF frame((visible.left() - mSource.left()) * s + off.x(), (visible.top() - mSource.top()) * s + off.y(),
                 visible.width() * s, visible.height() * s);
    frame = frame.intersected(target);
    p.setPen(QPen(QColor(0xe6, 0x5c, 0x00), 1.5));
    p.setBrush(QColor(0xff, 0xa0, 0x40, 40));
    p.drawRect(frame);
}

void MinimapWidget::centerViewAt(const QPointF &pos)
{
    const QRectF target = mapRect();
    if (mSource.isEmpty())
        return;
    mView->stopAutoFit();
    const double s = std::min(target.width() / mSource.width(), target.height() / mSource.height());
    const QPointF off(target.left() + (target.width() - mSource.width() * s) / 2,
                      target.top() + (target.height() - mSource.height() * s) / 2);
    mView->centerOn(QPointF((pos.x() - off.x()) / s + mSource.left(), (pos.y() - off.y()) / s + mSource.top()));
    update();
}

void MinimapWidget::mousePressEvent(QMouseEvent *event)
{
    centerViewAt(event->position());
}

void MinimapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centerViewAt(event->position());
}

} // namespace ksd
