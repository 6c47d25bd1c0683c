// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/recordselection.h"

#include <QHash>
#include <QTableView>

namespace ksd {

class Workbench;

/// A table of records set up the way planners expect from a spreadsheet: whole-row selection, several rows at
/// once, editing by typing or double-click, sorting by header, the FieldDelegate editors. It keeps the shared
/// RecordSelection in step in both directions for its record type.
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    RecordTableView(RecordType type, Workbench *workbench, QWidget *parent = nullptr);

    /// Ids of the selected rows (RecordIdRole), in view order.
    QList<QUuid> selectedIds() const;
    QUuid currentId() const;
    /// Selects the row of @p id and scrolls to it; false when it is not shown (filtered out).
    bool selectId(const QUuid &id);
    /// Column widths that fit the header and a sample of the contents, capped so no column hogs the table
    /// (setColumnCap() gives a column its own cap).
    void fitColumns(int maxWidth = 240);
    /// The widest @p column gets from fitColumns(): long names before the key columns elide instead of pushing
    /// the key columns out of view on a narrow screen.
    void setColumnCap(int column, int maxWidth) { mCaps.insert(column, maxWidth); }

    void setModel(QAbstractItemModel *model) override;
    /// Makes this table's current row the shared current record (when its page is shown again).
    void publishCurrent();

signals:
    void selectionStateChanged();

private:
    void followSelection(const RecordRef &record);

    RecordType mType;
    Workbench *mWorkbench;
    bool mSyncing = false;
    QHash<int, int> mCaps;
};

} // namespace ksd
