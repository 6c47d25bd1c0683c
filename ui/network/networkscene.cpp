// SPDX-License-Identifier: Apache-2.0
// NetworkScene: construction, the document, project, suggestions and settings it shows, and item look-ups.
#include "networkscene.h"

#include "document/projectdocument.h"

#include <QPixmapCache>
#include <QSet>

namespace ksd {

NetworkScene::NetworkScene(QObject *parent) : QGraphicsScene(parent), mBase(*this)
{
    mSuggestions = std::make_shared<SuggestionSet>();
    // A BSP index pays off: thousands of static links, found by rectangle on every paint and hover.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    mLabels = new LabelLayerItem;
    addItem(mLabels);
    // Fades the batched base layer while a node is hovered; the node, its partners and links rise above it.
    mVeil = new QGraphicsRectItem;
    mVeil->setPen(Qt::NoPen);
    mVeil->setBrush(QColor(255, 255, 255, 175));
    mVeil->setZValue(MapZ::Veil);
    mVeil->setAcceptedMouseButtons(Qt::NoButton);
    mVeil->setVisible(false);
    addItem(mVeil);
    mBackground = QColor(0xfb, 0xfb, 0xf9);
    connect(this, &QGraphicsScene::selectionChanged, this, &NetworkScene::onSelectionChanged);
}

NetworkScene::~NetworkScene()
{
    // Items refer to each other (links to nodes); clear before the members go.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &NetworkScene::onSelectionChanged);
    dropLinksAndHulls();
    mNodes.clear();
    clear();
}

void NetworkScene::setDocument(ProjectDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mOwnProject.reset();
    if (document) {
        auto all = [this] { rebuildAll(); };
        connect(document, &ProjectDocument::nodePositionsChanged, this, &NetworkScene::onPositionsChanged);
        connect(document, &ProjectDocument::scopeChanged, this, all);
        connect(document, &ProjectDocument::projectInfoChanged, this, all);
        connect(document, &ProjectDocument::projectReplaced, this, all);
        connect(document, &ProjectDocument::proposalsAdded, this, all);
        connect(document, &ProjectDocument::proposalsRemoved, this, all);
        connect(document, &ProjectDocument::proposalsChanged, this, all);
        connect(document, &ProjectDocument::agreementsAdded, this, all);
        connect(document, &ProjectDocument::agreementsRemoved, this, all);
        connect(document, &ProjectDocument::agreementsChanged, this, all);
        auto content = [this] { rebuildContent(); };
        connect(document, &ProjectDocument::entriesAdded, this, content);
        connect(document, &ProjectDocument::entriesRemoved, this, content);
        connect(document, &ProjectDocument::entriesChanged, this, content);
    }
    rebuildAll();
}

void NetworkScene::setProject(const Project &project)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = nullptr;
    mOwnProject = std::make_unique<Project>(project);
    rebuildAll();
}

void NetworkScene::setProject(const Project &project, const SuggestionSet &suggestions)
{
    mSuggestions = std::make_shared<SuggestionSet>(suggestions);
    setProject(project);
}

const Project &NetworkScene::project() const
{
    static const Project empty;
    if (mDocument)
        return mDocument->project();
    return mOwnProject ? *mOwnProject : empty;
}

void NetworkScene::setSuggestions(const SuggestionSet &suggestions)
{
    mSuggestions = std::make_shared<SuggestionSet>(suggestions);
    rebuildAll();
}

void NetworkScene::setSettings(const MapSettings &settings)
{
    if (settings == mSettings)
        return;
    const bool relayout = settings.layout != mSettings.layout;
    mSettings = settings;
    if (relayout) {
        computeLayout();
        applyPositions();
        emit layoutChanged(mSettings.layout);
    }
    rebuildContent();
}

void NetworkScene::setLayoutKind(LayoutKind kind)
{
    MapSettings s = mSettings;
    s.layout = kind;
    setSettings(s);
}

void NetworkScene::setFilter(const NetworkFilter &filter)
{
    MapSettings s = mSettings;
    s.filter = filter;
    setSettings(s);
}

void NetworkScene::setNodeSizeMode(NodeSizeMode mode)
{
    MapSettings s = mSettings;
    s.sizeMode = mode;
    setSettings(s);
}

void NetworkScene::setNodeColorMode(NodeColorMode mode)
{
    MapSettings s = mSettings;
    s.colorMode = mode;
    setSettings(s);
}

quint32 NetworkScene::seed() const
{
    bool ok = false;
    const quint32 s = project().settings.value(QStringLiteral("layout/seed")).toUInt(&ok);
    return ok ? s : 1u;
}

QList<RegionNodeItem *> NetworkScene::nodeItems() const
{
    QList<RegionNodeItem *> out;
    out.reserve(mData.nodes.size());
    for (const NetworkNode &n : mData.nodes) {
        if (RegionNodeItem *item = mNodes.value(n.code))
            out.append(item);
    }
    return out;
}

QList<RegionNodeItem *> NetworkScene::visibleNodeItems() const
{
    QList<RegionNodeItem *> out;
    for (RegionNodeItem *n : nodeItems()) {
        if (n->isShown())
            out.append(n);
    }
    return out;
}

LinkItem *NetworkScene::linkItem(const QString &key) const
{
    for (LinkItem *l : mLinks) {
        if (l->link().key() == key)
            return l;
    }
    return nullptr;
}

} // namespace ksd
