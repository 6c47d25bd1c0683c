// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "maprenderer.h"

#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <optional>

class QToolButton;

namespace ksd {

class NetworkView;

/// Drawn over the view, never taking the mouse: the title line, the legend and the scale bar, painted by
/// MapRenderer's own functions so that the screen and the exports explain the map in the same words. Tells the view
/// which part of it no panel covers, so that "fit" frames the map there.
class MapOverlay : public QWidget
{
    Q_OBJECT

public:
    /// Where the panels go, in the overlay's (= the viewport's) coordinates.
    struct Frame
    {
        QRectF title;    ///< title box, top left
        QRectF minimap;  ///< the overview, top right (null when hidden)
        QRectF legend;   ///< legend box (null when hidden): along the bottom, or on the right under the overview;
                         ///< when collapsed only its header, bottom left
        QRectF header;   ///< the legend's header line (the collapse button), inside legend
        bool collapsed = false;
        QRectF free;     ///< the rest: where fit puts the map
        QString titleText;
        QString subtitleText;
        QList<MapLegendEntry> entries;
    };

    explicit MapOverlay(NetworkView *view);
    Frame frame() const;
    void setLegendVisible(bool visible);
    bool legendVisible() const { return mLegend; }
    /// Opens or collapses the legend to its header line, as the user's choice (remembered between sessions).
    /// Until the user chooses, the legend opens only where it takes at most a fifth of the map.
    void setLegendExpanded(bool expanded);
    bool legendExpanded() const { return !frame().collapsed; }
    QToolButton *legendButton() const { return mToggle; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToggle(const Frame &f);

    NetworkView *mView;
    QToolButton *mToggle;
    bool mLegend = true;
    std::optional<bool> mExpanded; ///< the user's choice; none: decided by the room the map has
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
    QSize sizeHint() const override { return {200, 140}; }

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
