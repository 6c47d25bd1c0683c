// SPDX-License-Identifier: Apache-2.0
#include "mapoverlay.h"

#include "maprenderer.h"
#include "networkscene.h"
#include "networkview.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace ksd {

// --- MapOverlay --------------------------------------------------------------------------------------------------

MapOverlay::MapOverlay(NetworkView *view) : QWidget(view), mView(view)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
}

void MapOverlay::setLegendVisible(bool visible)
{
    mLegend = visible;
    update();
}

void MapOverlay::paintEvent(QPaintEvent *)
{
    NetworkScene *scene = mView->networkScene();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF area = QRectF(rect()).adjusted(12, 12, -12, -12);

    // Title line, top left.
    {
        const QFont big = MapStyle::font(15, true);
        const QFont small = MapStyle::font(11);
        const QString title = scene->project().title.isEmpty() ? MapRenderer::defaultTitle() : scene->project().title;
        const QString sub = MapRenderer::describeSettings(*scene);
        const double maxW = std::max(120.0, area.width() - 250);
        const QFontMetricsF fb(big), fs(small);
        const QString t = fb.elidedText(title, Qt::ElideRight, maxW);
        const QString s = fs.elidedText(sub, Qt::ElideRight, maxW);
        const double w = std::max(fb.horizontalAdvance(t), fs.horizontalAdvance(s)) + 20;
        const QRectF box(area.left(), area.top(), w, fb.height() + fs.height() + 14);
        p.setPen(QPen(QColor(0xc9, 0xd1, 0xd9), 1));
        p.setBrush(QColor(255, 255, 255, 232));
        p.drawRoundedRect(box, 6, 6);
        p.setFont(big);
        p.setPen(MapStyle::text());
        p.drawText(QRectF(box.left() + 10, box.top() + 6, w - 20, fb.height()), Qt::AlignLeft | Qt::AlignVCenter, t);
        p.setFont(small);
        p.setPen(MapStyle::mutedText());
        p.drawText(QRectF(box.left() + 10, box.top() + 8 + fb.height(), w - 20, fs.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, s);
    }

    // Legend, bottom left.
    if (mLegend) {
        const QList<MapLegendEntry> entries = MapRenderer::legendEntries(*scene);
        const double maxW = std::min(area.width() - 200, 760.0);
        const QSizeF size = MapRenderer::legendSize(entries, std::max(200.0, maxW), 1.0);
        if (!size.isEmpty()) {
            const QRectF box(area.left(), area.bottom() - size.height() - 16, size.width() + 24,
                             size.height() + 16);
            p.setPen(QPen(QColor(0xc9, 0xd1, 0xd9), 1));
            p.setBrush(QColor(255, 255, 255, 232));
            p.drawRoundedRect(box, 6, 6);
            MapRenderer::paintLegend(p, box.adjusted(12, 8, -12, -8), entries, 1.0);
        }
    }

    // Scale bar and north arrow, in the lower right corner of the map.
    const QRectF barArea(area.right() - 260, area.top(), 260, area.height());
    MapRenderer::paintScaleBar(p, barArea, *scene, mView->scale(), 1.0);
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
    const int w = 220;
    const int h = std::clamp(int(w * content.height() / content.width()), 90, 220);
    if (size() != QSize(w, h))
        resize(w, h);
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
