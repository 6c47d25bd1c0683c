// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGraphicsView>
#include <QPointer>
#include <QTimer>

namespace ksd {

class NetworkScene;
class MapHoverCard;
class MinimapWidget;
class MapOverlay;

/**
 * The view of the network map: wheel zoom around the cursor, +/−/0 and fit, panning by dragging the background,
 * keyboard navigation (arrows move the selection to the nearest node in that direction, Enter opens details), the
 * explanation card on hover, hover emphasis of neighbours and partners, the overview (minimap), and the legend and
 * scale bar painted by MapRenderer, the same code as the exports. Tells the scene its scale so that labels and
 * level of detail follow the zoom.
 */
class NetworkView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit NetworkView(NetworkScene *scene, QWidget *parent = nullptr);

    NetworkScene *networkScene() const { return mScene; }

    /// Device pixels per scene unit.
    double scale() const;
    /// The scale at which the content just fits.
    double fitScale() const;
    void setScale(double scale);
    void zoomBy(double factor);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    /// Frames the content (NetworkScene::contentRect()) in the part of the view that no panel covers, and keeps
    /// it framed through resizes and content changes until the user zooms, pans or clicks.
    void fitToContent();
    bool isAutoFit() const { return mAutoFit; }
    /// Ends auto-fit (the overview moves the view).
    void stopAutoFit();
    /// Fits again soon if auto-fit is on (the panels around the map changed).
    void scheduleRefit();
    /// The viewport rectangle (viewport coordinates) that fit uses: clear of the title, legend and overview.
    QRectF fitFrame() const;
    /// Selects @p code, centres on it and zooms in so that its neighbourhood fills the view.
    bool zoomToRegion(const QString &code);
    /// Moves the selection to the nearest visible node in direction (dx, dy); selects the node nearest to the
    /// centre when nothing is selected. Returns the code now selected.
    QString moveSelection(int dx, int dy);

    /// Whether the overview is wanted; it shows only while part of the content is out of view.
    void setMinimapVisible(bool visible);
    bool minimapVisible() const;
    void setLegendVisible(bool visible);
    bool legendVisible() const;
    /// The legend open, or collapsed to its header line (see MapOverlay::setLegendExpanded).
    bool legendExpanded() const;
    MapHoverCard *card() const { return mCard; }
    MinimapWidget *minimap() const { return mMinimap; }

    /// Text of the card for the item under @p viewportPos (empty when none): what hover shows.
    QString cardTextAt(const QPoint &viewportPos) const;

signals:
    void scaleChanged(double scale);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void showEvent(QShowEvent *event) override;

private:
    void scaleUpdated();
    void placeOverlays();
    void updateScrollArea();
    void updateMinimap();
    void showCardFor(const QPoint &viewportPos);

    NetworkScene *mScene;
    MapHoverCard *mCard = nullptr;
    MinimapWidget *mMinimap = nullptr;
    MapOverlay *mOverlay = nullptr;
    QTimer mHoverTimer;
    QPoint mHoverPos;
    QTimer mRefit;
    bool mAutoFit = true;
    bool mMinimapWanted = true;
};

} // namespace ksd
