// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "boundarymap.h"
#include "engine/engine.h"
#include "layout/labelplacement.h"
#include "layout/layout.h"
#include "networkdata.h"

#include <QGraphicsItem>
#include <QPainterPath>

#include <memory>

namespace ksd {

class NetworkScene;
class LinkItem;
class ClusterHullItem;

/// Item type values of the network map, so that qgraphicsitem_cast works (QGraphicsItem::UserType + 100 ...).
enum NetworkItemType {
    RegionNodeType = QGraphicsItem::UserType + 101,
    LinkType,
    ClusterHullType,
    LabelLayerType,
};

/// Z order of the layers, bottom to top.
/// (The boundary map and, zoomed out on a big map, everything static lie under all items: MapBaseLayer.)
namespace MapZ {
constexpr double Hull = -50;
constexpr double Link = 0;   ///< + kind order, agreements on top of suggestions
constexpr double Veil = 15;  ///< fades the base layer while a node is hovered
constexpr double Emphasized = 16; ///< links of the hovered node, above the veil
constexpr double Node = 20;
constexpr double Label = 40;
} // namespace MapZ

/// A region drawn as a disc: size by entries or score, colour by region type or by need/potential balance.
/// Points at its Region (reference data) and its NetworkNode (entry counts, scope); syncWith() refreshes it after a
/// document or filter change. Moved by NetworkScene (never by itself) so that every drag is an undo command.
class RegionNodeItem : public QGraphicsItem
{
public:
    enum { Type = RegionNodeType };

    RegionNodeItem(const Region &region, const NetworkNode &node);
    int type() const override { return Type; }

    const Region &region() const { return *mRegion; }
    const QString &code() const { return mRegion->code; }
    const NetworkNode &node() const { return mNode; }
    double radius() const { return mRadius; }
    QColor fillColor() const { return mFill; }

    /// New content after a filter or document change: radius and colour follow @p node.
    /// @p smallestRadius: the radius of the smallest node of the scene (zoomed out, it keeps a visible size and
    /// every other node keeps its proportion to it).
    void syncWith(const NetworkNode &node, double radius, double smallestRadius, const QColor &fill);
    /// Dimmed nodes fade while another node is hovered; highlighted ones get a ring.
    void setEmphasis(bool dimmed, bool highlighted);

    void addLink(LinkItem *link) { mLinks.append(link); }
    void clearLinks() { mLinks.clear(); }
    const QList<LinkItem *> &links() const { return mLinks; }
    void addHull(ClusterHullItem *hull) { mHulls.append(hull); }
    void clearHulls() { mHulls.clear(); }
    /// The pixel unit changed: the drawn size (minimum dot, halo) follows it.
    void refreshGeometry() { prepareGeometryChange(); }

    /// Shown under the current filter (QGraphicsItem visibility may differ: zoomed out on a big map the base layer
    /// paints the node and the item shows only while selected or emphasized).
    bool isShown() const { return mNode.visible; }
    bool isEmphasized() const { return mHighlighted; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// The disc as this item draws it, for the base layer: @p unit = scene units per reference pixel.
    void paintDisc(QPainter *painter, const QPointF &center, double unit) const;
    double drawnRadius(double unit) const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    const Region *mRegion;
    NetworkNode mNode;
    double mRadius = 6;
    double mSmallestRadius = 1;
    QColor mFill;
    bool mDimmed = false;
    bool mHighlighted = false;
    QList<LinkItem *> mLinks;
    QList<ClusterHullItem *> mHulls;
};

/// All records of one kind between two regions: colour and dash by kind, thickness by count. Parallel links of
/// different kinds bend apart so that each stays visible.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = LinkType };

    LinkItem(RegionNodeItem *source, RegionNodeItem *dest, const NetworkLink &link, int parallelIndex,
             int parallelCount);
    int type() const override { return Type; }

    const NetworkLink &link() const { return mLink; }
    RegionNodeItem *source() const { return mSource; }
    RegionNodeItem *dest() const { return mDest; }
    /// The other end of the link, seen from @p code.
    RegionNodeItem *other(const QString &code) const;

    void syncWith(const NetworkLink &link);
    /// Follows the end nodes (after a move) and the scene's pixel unit (after a zoom).
    void adjust();
    void setEmphasis(bool dimmed, bool highlighted);
    /// Width in reference pixels (MapStyle::linkWidth).
    double widthPx() const;
    /// The drawn curve, scene coordinates.
    const QPainterPath &path() const { return mPath; }
    /// A new place among the links of the same pair (after a filter change).
    void setParallel(int index, int count);


    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    RegionNodeItem *mSource;
    RegionNodeItem *mDest;
    NetworkLink mLink;
    int mParallelIndex = 0;
    int mParallelCount = 1;
    QPainterPath mPath;
    QRectF mBounds;
    double mGeometryUnit = 1;
    bool mDimmed = false;
    bool mHighlighted = false;
};

/// A multi-party cluster drawn as a soft hull: rounded bands joining its members along their shortest tree.
class ClusterHullItem : public QGraphicsItem
{
public:
    enum { Type = ClusterHullType };

    ClusterHullItem(const Cluster &cluster, int index, const QList<RegionNodeItem *> &members);
    int type() const override { return Type; }

    const Cluster &cluster() const { return mCluster; }
    int clusterIndex() const { return mIndex; }
    const QList<RegionNodeItem *> &members() const { return mMembers; }
    void syncWith(const Cluster &cluster) { mCluster = cluster; update(); }
    void adjust();
    void setDimmed(bool dimmed);
    const QPainterPath &path() const { return mPath; }
    /// The hull as this item draws it, for the base layer.
    void paintHull(QPainter *painter, double unit, bool dimmed) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return mPath; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Cluster mCluster;
    int mIndex = -1;
    QList<RegionNodeItem *> mMembers;
    QPainterPath mPath;
    bool mDimmed = false;
};

/// What lies under every item, painted by NetworkScene::drawBackground() (the view caches it as its background,
/// the scene's own render keeps it as one opaque image): the boundary map under the geographic layout (land, scope
/// regions filled, province outlines stronger; simplified and without kab/kota borders when zoomed out), the
/// province discs of the circular layout and, zoomed out on a big map, the hulls, links and nodes themselves, so
/// that thousands of items cost one image instead of thousands of paint calls.
class MapBaseLayer
{
public:
    /// The layer of @p scene (it lives inside the scene and asks it for its items).
    explicit MapBaseLayer(const NetworkScene &scene) : mScene(scene) {}
    void setBoundaries(std::shared_ptr<const ProjectedBoundaries> map) { mMap = std::move(map); }
    const ProjectedBoundaries *boundaries() const { return mMap.get(); }
    void setGroups(const QList<LayoutGroup> &groups) { mGroups = groups; }
    /// Device pixels per scene unit (per reference pixel) from which the full-detail map is drawn.
    void setDetailScale(double scale) { mDetailScale = scale; }
    /// Zoomed out on a big map: the scene's hulls, links and nodes are painted here (their own items hide).
    /// The layer keeps no item pointers: it reads the scene's current items whenever it paints or refreshes, so the
    /// scene may drop any item at any moment (closing, opening another file, a scope change).
    void setBatched(bool batched);
    bool isBatched() const { return mBatched; }
    /// Rebuilds the batched link paths from the scene's current links (after nodes moved or links changed).
    void refreshLinks();

    void paint(QPainter *painter, const QRectF &exposed, double pixelRatio) const;

private:
    void paintBoundaries(QPainter *painter, const QRectF &exposed, double lod, double unit,
                         double pixelRatio) const;

    std::shared_ptr<const ProjectedBoundaries> mMap;
    QList<LayoutGroup> mGroups;
    double mDetailScale = 1;
    const NetworkScene &mScene;
    bool mBatched = false;
    /// Batched links: one path per kind and width.
    struct LinkBatch
    {
        LinkKind kind;
        double widthPx;
        QPainterPath path;
    };
    QList<LinkBatch> mLinkBatches;
};

/// Every node label, placed by core/layout's placeLabels() so that no two overlap and none covers a node. One item
/// paints them all: cheaper than hundreds of text items, and the placement is redone as a whole anyway.
class LabelLayerItem : public QGraphicsItem
{
public:
    enum { Type = LabelLayerType };
    struct Label
    {
        QString code;
        QString text;
        QRectF rect;     ///< scene units, from placeLabels()
        bool strong = false; ///< owner, selected or hovered: bold
        bool group = false;  ///< a province group's title (circular layout): muted
    };

    LabelLayerItem();
    int type() const override { return Type; }
    /// @p unit: scene units per reference pixel the labels were measured with.
    void setLabels(const QList<Label> &labels, double unit);
    const QList<Label> &labels() const { return mLabels; }

    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Label text size in reference pixels, and the font used to measure and draw it.
    static constexpr int FontPx = 12;
    static QFont labelFont(bool strong);
    /// The label box (reference pixels) of @p text, padding included.
    static QSizeF labelSize(const QString &text, bool strong);

private:
    QList<Label> mLabels;
    QRectF mBounds;
    double mUnit = 1;
};

} // namespace ksd
