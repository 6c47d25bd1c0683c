// SPDX-License-Identifier: Apache-2.0
#include "recordtableview.h"

#include "models/itemroles.h"
#include "widgets/fielddelegate.h"
#include "workbench/workbench.h"

#include <QHeaderView>

namespace ksd {

RecordTableView::RecordTableView(RecordType type, Workbench *workbench, QWidget *parent)
    : QTableView(parent)
    , mType(type)
    , mWorkbench(workbench)
{
    setItemDelegate(new FieldDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Typing starts editing, as in Excel.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    sortByColumn(-1, Qt::AscendingOrder);
    connect(workbench->selection(), &RecordSelection::currentChanged, this, &RecordTableView::followSelection);
}

void RecordTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordTableView::publishCurrent);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordTableView::selectionStateChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTableView::selectionStateChanged);
}

QList<QUuid> RecordTableView::selectedIds() const
{
    QList<QUuid> ids;
    if (!selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &r : std::as_const(rows))
        ids.append(r.data(RecordIdRole).toUuid());
    return ids;
}

QUuid RecordTableView::currentId() const
{
    return currentIndex().isValid() ? currentIndex().data(RecordIdRole).toUuid() : QUuid();
}

bool RecordTableView::selectId(const QUuid &id)
{
    if (!model())
        return false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex idx = model()->index(row, 0);
        if (idx.data(RecordIdRole).toUuid() == id) {
            const int column = currentIndex().isValid() ? currentIndex().column() : 0;
            selectionModel()->setCurrentIndex(model()->index(row, column),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            scrollTo(idx);
            return true;
        }
    }
    return false;
}

void RecordTableView::fitColumns(int maxWidth)
{
    if (!model())
        return;
    // resizeColumnsToContents() looks at every row: too slow for 50,000 entries. Measure the header and a sample.
    const int rows = std::min(model()->rowCount(), 200);
    const QFontMetrics fm = fontMetrics();
    for (int c = 0; c < model()->columnCount(); ++c) {
        int w = fm.horizontalAdvance(model()->headerData(c, Qt::Horizontal).toString()) + 28;
        for (int r = 0; r < rows; ++r) {
            const QModelIndex idx = model()->index(r, c);
            int cell = fm.horizontalAdvance(idx.data().toString()) + 16;
            if (idx.data(Qt::DecorationRole).isValid() || idx.data(Qt::CheckStateRole).isValid())
                cell += 24;
            w = std::max(w, cell);
        }
        setColumnWidth(c, std::min(w, mCaps.value(c, maxWidth)));
    }
}

void RecordTableView::publishCurrent()
{
    if (mSyncing)
        return;
    const QUuid id = currentId();
    mWorkbench->selection()->setCurrent(id.isNull() ? RecordRef{} : RecordRef{mType, id});
}

void RecordTableView::followSelection(const RecordRef &record)
{
    if (record.type != mType || record.id == currentId())
        return;
    mSyncing = true;
    selectId(record.id);
    mSyncing = false;
}

} // namespace ksd
