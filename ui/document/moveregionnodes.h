// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/commands.h"

#include <QUndoCommand>

namespace ksd {

/// Moves nodes of the network map in one layout: replaces the positions saved for that layout (Project::positions)
/// with @p after. The scene pushes one command per mouse move during a drag, all with the same @p dragId, and they
/// merge, so that the whole drag undoes in one step. A command that changes nothing is obsolete. @p moved are the
/// regions the user dragged (one node, or the selection): the undo text names them ("Pindahkan simpul Kabupaten
/// Banjar", "Pindahkan 3 simpul"), not the whole arrangement that is saved with them.
/// Uses CommandId::MoveRegionNodes, the slot document/commands.h reserves for the network view.
class MoveRegionNodes : public QUndoCommand
{
public:
    MoveRegionNodes(ProjectDocument *document, const QString &layout, const QList<NodePosition> &after,
                    const QStringList &moved, int dragId, QUndoCommand *parent = nullptr);

    int id() const override { return int(CommandId::MoveRegionNodes); }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

    const QString &layout() const { return mLayout; }
    int dragId() const { return mDragId; }

    /// The positions saved for @p layout, in project order.
    static QList<NodePosition> savedPositions(const Project &project, const QString &layout);

private:
    ProjectDocument *mDocument;
    QString mLayout;
    QList<NodePosition> mBefore;
    QList<NodePosition> mAfter;
    QStringList mMoved;
    int mDragId = 0;
};

} // namespace ksd
