// SPDX-License-Identifier: Apache-2.0
#include "recordtablepage.h"

#include "document/projectdocument.h"
#include "models/itemroles.h"
#include "models/recordtablemodel.h"
#include "widgets/recordtableview.h"
#include "workbench/documentmanager.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ksd {

RecordTablePage::RecordTablePage(RecordType type, RecordTableModel *model, Workbench *workbench, QWidget *parent)
    : WorkbenchPage(parent)
    , mType(type)
    , mWorkbench(workbench)
    , mModel(model)
    , mProxy(new QSortFilterProxyModel(this))
    , mView(new RecordTableView(type, workbench, this))
    , mBar(new QToolBar(this))
    , mSearch(new QLineEdit(this))
    , mCount(new QLabel(this))
{
    model->setParent(this);
    mProxy->setSourceModel(model);
    mProxy->setSortRole(SortRole);
    mProxy->setSortLocaleAware(true);
    mProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setFilterKeyColumn(-1);
    mView->setModel(mProxy);

    mBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mBar->setIconSize(QSize(16, 16));
    mAdd = mBar->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), QString(), this, [this] {
        const QUuid id = addRecord();
        if (id.isNull())
            return;
        if (!mView->selectId(id)) {
            mSearch->clear();
            mView->selectId(id);
        }
        const QModelIndex title = mView->currentIndex().siblingAtColumn(0);
        mView->setCurrentIndex(title);
        mView->edit(title);
    });
    mRemove = mBar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), QString(), this,
                              &RecordTablePage::deleteSelection);
    mExtraAnchor = mBar->addSeparator();
    mSearch->setClearButtonEnabled(true);
    mSearch->setFixedWidth(170);

    // The search box sits beside the tool bar, not in it: on a narrow window the tool bar folds its last
    // buttons into its » menu, and the search box (Ctrl+F) stays in sight.
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(mBar, 1);
    top->addWidget(mSearch);
    top->addWidget(mCount);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(mView, 1);

    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(200);
    connect(mSearch, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] {
        mProxy->setFilterFixedString(mSearch->text().trimmed());
        updateCount();
    });
    for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(mProxy, sig, this, &RecordTablePage::updateCount);
    connect(mProxy, &QAbstractItemModel::modelReset, this, &RecordTablePage::updateCount);
    connect(mView, &RecordTableView::selectionStateChanged, this, [this] {
        mRemove->setEnabled(canDeleteSelection());
        selectionChanged();
        emit selectionStateChanged();
    });
    connect(workbench->documents(), &DocumentManager::documentChanged, this, &RecordTablePage::setDocument);
    QTimer::singleShot(0, this, [this] { setDocument(mWorkbench->document()); });
}

ProjectDocument *RecordTablePage::document() const
{
    return mDocument;
}

void RecordTablePage::setDocument(ProjectDocument *document)
{
    mDocument = document;
    mModel->setDocument(document);
    mView->fitColumns();
    mView->horizontalHeader()->resizeSection(0, 240); // the title: wide, but the key columns after it stay in view
    mAdd->setEnabled(document != nullptr);
    mRemove->setEnabled(false);
    updateCount();
    selectionChanged();
}

void RecordTablePage::addToolAction(QAction *action)
{
    // Before "Hapus": on a narrow window the tool bar folds its last buttons into its » menu, and Delete (the key)
    // is the one that can go there.
    mBar->insertAction(mRemove, action);
}

void RecordTablePage::replaceAddAction(QAction *action)
{
    if (action->icon().isNull())
        action->setIcon(mAdd->icon());
    mBar->insertAction(mAdd, action);
    mAdd->setVisible(false);
}

void RecordTablePage::updateCount()
{
    mCount->setText(QStringLiteral("  ") + countText(mProxy->rowCount(), mModel->rowCount()));
}

void RecordTablePage::focusFilter()
{
    mSearch->setFocus(Qt::ShortcutFocusReason);
    mSearch->selectAll();
}

bool RecordTablePage::canDeleteSelection() const
{
    return mDocument && !mView->selectedIds().isEmpty();
}

void RecordTablePage::deleteSelection()
{
    const QList<QUuid> ids = mView->selectedIds();
    if (!mDocument || ids.isEmpty())
        return;
    const int row = mView->currentIndex().row();
    if (removeRecords(ids)) {
        const int rows = mView->model()->rowCount();
        if (rows > 0)
            mView->selectRow(std::min(row, rows - 1));
        mWorkbench->showMessage(tr("%n rekaman dihapus. Urungkan dengan Ctrl+Z.", nullptr, int(ids.size())));
    }
}

void RecordTablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WorkbenchPage::changeEvent(event);
}

void RecordTablePage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    mView->publishCurrent();
}

void RecordTablePage::retranslate()
{
    mSearch->setPlaceholderText(tr("Cari… (Ctrl+F)"));
    mSearch->setAccessibleName(tr("Cari di tabel"));
    mRemove->setText(tr("Hapus"));
    mRemove->setToolTip(tr("Hapus baris yang dipilih (Delete). Dapat diurungkan."));
    mModel->retranslate();
    updateCount();
}

} // namespace ksd
