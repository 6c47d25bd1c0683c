// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/projectdocument.h"
#include "engine/engine.h"
#include "layout/layout.h"
#include "networkdata.h"
#include "networkitems.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QImage>
#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

namespace ksd {

/// Everything the picture depends on besides the project and its suggestions. The CLI's options map onto it, so the
/// same settings give the same picture on screen and headless.
struct MapSettings
{
    LayoutKind layout = LayoutKind::Geographic;
    NetworkFilter filter;
    NodeSizeMode sizeMode = NodeSizeMode::Entries;
    NodeColorMode colorMode = NodeColorMode::RegionType;
    bool operator==(const MapSettings &) const = default;
};

/**
 * The network map of one project (Elastic Nodes / Tiled's MapScene): regions as RegionNodeItem at the positions of
 * the chosen layout (saved positions first), suggestions, proposals and agreements as LinkItem, clusters as
 * ClusterHullItem, and under the geographic layout the boundary map.
 *
 * Built from a ProjectDocument (follows its typed change signals; node drags push MoveRegionNodes commands) or
 * from a plain Project (CLI, report, benchmark: read-only). Suggestions are handed in: the window's SuggestionService
 * computes them in the background, the CLI calls computeMapSuggestions().
 *
 * Sizes that must look the same at every zoom (labels, line widths) are in reference pixels; unit() converts them
 * to scene units for the current view scale (setViewScale()). Exports set the scale of their target first.
 */
class NetworkScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit NetworkScene(QObject *parent = nullptr);
    ~NetworkScene() override;

    /// Shows the document's project and follows its changes. Suggestions must be set again when they are
    /// recomputed (setSuggestions()); until then links stay as they were.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return mDocument; }
    /// Shows a project without a document: read-only, drags disabled.
    void setProject(const Project &project);
    /// The same with its suggestions, built once (CLI, report, benchmark).
    void setProject(const Project &project, const SuggestionSet &suggestions);
    const Project &project() const;

    void setSuggestions(const SuggestionSet &suggestions);
    const SuggestionSet &suggestions() const { return *mSuggestions; }

    const MapSettings &settings() const { return mSettings; }
    void setSettings(const MapSettings &settings);
    void setLayoutKind(LayoutKind kind);
    void setFilter(const NetworkFilter &filter);
    void setNodeSizeMode(NodeSizeMode mode);
    void setNodeColorMode(NodeColorMode mode);

    const NetworkData &data() const { return mData; }
    const Layout &layout() const { return mLayout; }
    RegionNodeItem *nodeItem(const QString &code) const { return mNodes.value(code); }
    QList<RegionNodeItem *> nodeItems() const;          ///< sorted by code
    QList<RegionNodeItem *> visibleNodeItems() const;   ///< sorted by code
    const QList<LinkItem *> &linkItems() const { return mLinks; }
    const QList<ClusterHullItem *> &hullItems() const { return mHulls; }
    LinkItem *linkItem(const QString &key) const;
    LabelLayerItem *labelLayer() const { return mLabels; }
    /// True while hulls, links and nodes are painted by the base layer (zoomed out on a big map).
    bool isBatched() const { return mBatched; }
    const MapBaseLayer &baseLayer() const { return mBase; }
    /// The drawn node under @p scenePos, within @p tolerancePx reference pixels of its disc (also when the base
    /// layer paints it); the topmost by code order when several qualify. Null when none.
    RegionNodeItem *nodeAt(const QPointF &scenePos, double tolerancePx = 3) const;

    /// What "fit" and the exports show: the visible nodes and links with a margin, widened to the scope's map area
    /// under the geographic layout.
    QRectF contentRect() const;

    // --- selection and highlight -----------------------------------------------------------------------------
    QStringList selectedRegions() const; ///< sorted
    /// Selects exactly @p codes (unknown codes are ignored). Emits selectedRegionsChanged only when it changed.
    void setSelectedRegions(const QStringList &codes);
    /// Hover emphasis: @p code, its partners (shown links) and its land neighbours stay strong, the rest fades.
    /// An empty code clears it.
    void setHighlightedRegion(const QString &code);
    QString highlightedRegion() const { return mHighlighted; }
    /// Land neighbours of @p code (RefData) that are drawn.
    QStringList neighboursOf(const QString &code) const;

    // --- scale, level of detail and labels ---------------------------------------------------------------------
    /// The view (or export) draws @p devicePixelsPerSceneUnit; @p pixelRatio is device pixels per reference pixel
    /// (1 on screen, larger for a high-resolution export). Re-places the labels and updates the level of detail.
    void setViewScale(double devicePixelsPerSceneUnit, double pixelRatio = 1.0);
    double viewScale() const { return mViewScale; }
    double pixelRatio() const { return mPixelRatio; }
    double unit() const { return mPixelRatio / mViewScale; }           ///< scene units per reference pixel
    double unitFor(double lod) const { return mPixelRatio / std::max(lod, 1e-9); }
    /// Device pixels per scene unit from which everything is drawn in full detail (all labels, kab/kota borders,
    /// dashes): nodes are then about 20 reference pixels apart.
    double detailScale() const { return mDetailScale; }
    bool detailed() const { return mViewScale / mPixelRatio >= mDetailScale; }
    void setLabelsVisible(bool visible);
    bool labelsVisible() const { return mLabelsVisible; }
    /// Labels must lie inside @p rect (an export's frame); a null rect means no limit.
    void setLabelBounds(const QRectF &rect);
    QRectF labelBounds() const { return mLabelBounds; }
    /// Caches (the base layer as one image when rendered by the scene, DeviceCoordinateCache on nodes): on for the screen;
    /// exports switch them off, so that SVG and PDF stay vector and one-off renders do not fill the pixmap cache.
    void setCaching(bool enabled);
    bool caching() const { return mCaching; }
    /// While exporting, selection and hover emphasis are not drawn.
    void setExporting(bool exporting);
    bool isExporting() const { return mExporting; }

    /// Seed of the force layout (project setting "layout/seed", default 1).
    quint32 seed() const;

signals:
    void selectedRegionsChanged(const QStringList &codes);
    /// The links selected by a click (keys, NetworkLink::key()).
    void selectedLinksChanged(const QStringList &keys);
    void regionActivated(const QString &code);
    void linkActivated(const QString &key);
    /// Nodes, links or positions changed (the overview redraws).
    void contentChanged();
    void layoutChanged(LayoutKind kind);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuildAll();          ///< nodes, layout, links (project or suggestions changed)
    void rebuildContent(bool rebuildData = true); ///< data under the filter: node styles, links, hulls, labels
    void updateLod();
    bool wantsBatch() const { return !detailed() && (mLinks.size() > 300 || mNodes.size() > 250); }
    void updateItemVisibility();
    void invalidateBase();
    void computeLayout();
    void applyPositions();
    void rebuildLinks();
    void rebuildHulls();
    /// Deletes every link and hull item after taking them out of the nodes, the base layer and the scene's lists.
    void dropLinksAndHulls();
    /// Deletes @p item without the selection handling that would read lists being rewritten.
    void deleteQuietly(QGraphicsItem *item);
    void rebuildBackground();
    void restyleNodes();
    void updateLabels();
    void refreshGeometry();
    void applyEmphasis();
    void onSelectionChanged();
    void onPositionsChanged(const QString &layout);
    /// The radius of a node with the fewest entries (or the lowest score), out of scope nodes' radius.
    double smallestNodeRadius() const { return mMaxRadius * 0.42; }
    double nodeRadius(const NetworkNode &node) const;
    QColor nodeFill(const NetworkNode &node) const;
    QList<NodePosition> currentPositions() const;

    QPointer<ProjectDocument> mDocument;
    std::unique_ptr<Project> mOwnProject;
    std::shared_ptr<const SuggestionSet> mSuggestions;
    MapSettings mSettings;
    NetworkData mData;
    Layout mLayout;
    QRectF mMapArea;              ///< geographic: the scope's map area (scene units)
    QRectF mLabelBounds;

    QHash<QString, RegionNodeItem *> mNodes;
    QList<LinkItem *> mLinks;
    QList<ClusterHullItem *> mHulls;
    MapBaseLayer mBase;
    LabelLayerItem *mLabels = nullptr;
    QGraphicsRectItem *mVeil = nullptr;
    bool mBatched = false;
    // The scene's own cache of the base layer (views cache it as their background).
    QImage mBaseCache;
    QTransform mBaseCacheTransform;
    quint64 mBaseGeneration = 0;
    quint64 mBaseCacheGeneration = ~0ull;
    QColor mBackground;
    bool mCaching = true;

    double mViewScale = 1;
    double mPixelRatio = 1;
    double mGeometryUnit = 1;     ///< unit() when item geometry was last refreshed
    double mDetailScale = 1;
    double mMaxRadius = 10;
    bool mLabelsVisible = true;
    bool mExporting = false;
    QString mHighlighted;
    QStringList mLastSelection;
    bool mSettingSelection = false;

    // drag state
    QString mDragCode;
    QPointF mDragStart;
    QHash<QString, QPointF> mDragOrigins;
    bool mDragging = false;
    int mDragSerial = 0;
};

} // namespace ksd
