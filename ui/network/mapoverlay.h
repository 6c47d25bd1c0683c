// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace ksd {

class NetworkView;

/// Drawn over the view, never taking the mouse: the title line, the legend and the scale bar, painted by
/// MapRenderer's own functions so that the screen and the exports explain the map in the same words.
class MapOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit MapOverlay(NetworkView *view);
    void setLegendVisible(bool visible);
    bool legendVisible() const { return mLegend; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    NetworkView *mView;
    bool mLegend = true;
};

/// The overview in the corner: the whole map small, with the part the view shows framed. Click or drag to move
/// there. Redrawn (debounced) when the scene's content changes.
class MinimapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MinimapWidget(NetworkView *view);
    /// Redraws the cached overview soon (coalesces bursts of changes).
    void scheduleRefresh();
    QSize sizeHint() const override { return {220, 150}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void refresh();
    QRectF mapRect() const;
    void centerViewAt(const QPointF &widgetPos);

    NetworkView *mView;
    QPixmap mPixmap;
    QRectF mSource;     ///< scene rect the pixmap shows
    QTimer mTimer;
};

} // namespace ksd
