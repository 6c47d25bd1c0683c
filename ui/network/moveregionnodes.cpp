// SPDX-License-Identifier: Apache-2.0
#include "moveregionnodes.h"

#include "refdata/refdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>

namespace ksd {

namespace {

QString describe(const QList<NodePosition> &before, const QList<NodePosition> &after)
{
    // Name the region when a single node moved: "Pindahkan simpul Kabupaten Banjar".
    QHash<QString, QPointF> old;
    for (const NodePosition &p : before)
        old.insert(p.regionCode, QPointF(p.x, p.y));
    QStringList moved;
    for (const NodePosition &p : after) {
        const auto it = old.constFind(p.regionCode);
        if (it == old.cend() || *it != QPointF(p.x, p.y))
            moved.append(p.regionCode);
    }
    if (moved.size() == 1) {
        const Region *r = RefData::instance().region(moved.constFirst());
        return QCoreApplication::translate("ksd::MoveRegionNodes", "Pindahkan simpul %1")
            .arg(r ? r->name : moved.constFirst());
    }
    return QCoreApplication::translate("ksd::MoveRegionNodes", "Pindahkan %n simpul", nullptr, int(moved.size()));
}

} // namespace

MoveRegionNodes::MoveRegionNodes(ProjectDocument *document, const QString &layout, const QList<NodePosition> &after,
                                 int dragId, QUndoCommand *parent)
    : QUndoCommand(parent),
      mDocument(document),
      mLayout(layout),
      mBefore(savedPositions(document->project(), layout)),
      mAfter(after),
      mDragId(dragId)
{
    for (NodePosition &p : mAfter)
        p.layout = layout;
    setText(describe(mBefore, mAfter));
    setObsolete(mBefore == mAfter);
}

QList<NodePosition> MoveRegionNodes::savedPositions(const Project &project, const QString &layout)
{
    QList<NodePosition> out;
    for (const NodePosition &p : project.positions) {
        if (p.layout == layout)
            out.append(p);
    }
    return out;
}

bool MoveRegionNodes::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveRegionNodes *>(other);
    if (o->mDocument != mDocument || o->mLayout != mLayout || o->mDragId != mDragId)
        return false;
    mAfter = o->mAfter;
    setText(describe(mBefore, mAfter));
    setObsolete(mBefore == mAfter);
    return true;
}

void MoveRegionNodes::redo()
{
    mDocument->writeNodePositions(mLayout, mAfter);
}

void MoveRegionNodes::undo()
{
    mDocument->writeNodePositions(mLayout, mBefore);
}

} // namespace ksd
