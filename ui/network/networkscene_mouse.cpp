// SPDX-License-Identifier: Apache-2.0
// NetworkScene: mouse selection and node drags (undoable moves).
#include "networkscene.h"

#include "document/projectdocument.h"
#include "document/moveregionnodes.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QUndoStack>

namespace ksd {

// --- mouse: selection and drags ----------------------------------------------------------------------------------

void NetworkScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mDragCode.clear();
    mDragging = false;
    RegionNodeItem *node = nullptr;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if ((node = qgraphicsitem_cast<RegionNodeItem *>(item)) && node->isShown())
            break;
        node = nullptr;
    }
    if (!node && mBatched)
        node = nodeAt(event->scenePos()); // painted by the base layer, no item of its own showing
    if (!node || event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    node->setVisible(true);
    if (event->modifiers() & Qt::ControlModifier) {
        node->setSelected(!node->isSelected());
    } else if (!node->isSelected()) {
        mSettingSelection = true;
        clearSelection();
        mSettingSelection = false;
        node->setSelected(true);
    }
    if (mDocument && node->isSelected()) {
        mDragCode = node->code();
        mDragStart = event->scenePos();
        mDragOrigins.clear();
        for (const QString &c : selectedRegions())
            mDragOrigins.insert(c, mNodes.value(c)->pos());
    }
    event->accept();
}

void NetworkScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (mDragCode.isEmpty() || !(event->buttons() & Qt::LeftButton) || !mDocument) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    const QPointF delta = event->scenePos() - mDragStart;
    if (!mDragging) {
        const QPointF screen = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        if (screen.manhattanLength() < QApplication::startDragDistance())
            return;
        mDragging = true;
    }
    QList<NodePosition> after = currentPositions();
    for (NodePosition &p : after) {
        const auto it = mDragOrigins.constFind(p.regionCode);
        if (it != mDragOrigins.cend()) {
            p.x = it->x() + delta.x();
            p.y = it->y() + delta.y();
        }
    }
    mDocument->moveNodes(layoutKindKey(mSettings.layout), after, mDragOrigins.keys(), mDragSerial);
    event->accept();
}

void NetworkScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!mDragCode.isEmpty()) {
        if (mDragging)
            ++mDragSerial; // the next drag is a new undo step
        mDragCode.clear();
        mDragging = false;
        updateLabels();
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void NetworkScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (RegionNodeItem *n = nodeAt(event->scenePos())) {
        emit regionActivated(n->code());
        event->accept();
        return;
    }
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *l = qgraphicsitem_cast<LinkItem *>(item)) {
            emit linkActivated(l->link().key());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace ksd
