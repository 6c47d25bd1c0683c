// SPDX-License-Identifier: Apache-2.0
#include "moveregionnodes.h"

#include "refdata/refdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>

namespace ksd {

namespace {

QString describe(const QStringList &moved)
{
    // Name the region when a single node moved: "Pindahkan simpul Kabupaten Banjar".
    if (moved.size() == 1) {
        const Region *r = RefData::instance().region(moved.constFirst());
        return QCoreApplication::translate("ksd::MoveRegionNodes", "Pindahkan simpul %1")
            .arg(r ? r->name : moved.constFirst());
    }
    return QCoreApplication::translate("ksd::MoveRegionNodes", "Pindahkan %n simpul", nullptr, int(moved.size()));
}

} // namespace

MoveRegionNodes::MoveRegionNodes(ProjectDocument *document, const QString &layout, const QList<NodePosition> &after,
                                 const QStringList &moved, int dragId, QUndoCommand *parent)
    : QUndoCommand(parent),
      mDocument(document),
      mLayout(layout),
      mBefore(savedPositions(document->project(), layout)),
      mAfter(after),
      mMoved(moved),
      mDragId(dragId)
{
    for (NodePosition &p : mAfter)
        p.layout = layout;
    setText(describe(mMoved));
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
    for (const QString &code : o->mMoved) {
        if (!mMoved.contains(code))
            mMoved.append(code);
    }
    setText(describe(mMoved));
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
