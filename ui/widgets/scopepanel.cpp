// SPDX-License-Identifier: Apache-2.0
#include "scopepanel.h"

#include "dialogs/regionpickerdialog.h"
#include "document/projectdocument.h"
#include "models/itemroles.h"
#include "models/scopetreemodel.h"
#include "refdata/refdata.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/workbench.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ksd {

ScopePanel::ScopePanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , mWorkbench(workbench)
    , mModel(new ScopeTreeModel(this))
    , mProxy(new QSortFilterProxyModel(this))
    , mFilter(new QLineEdit(this))
    , mView(new QTreeView(this))
{
    mProxy->setSourceModel(mModel);
    mProxy->setRecursiveFilteringEnabled(true);
    mProxy->setAutoAcceptChildRows(true);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setFilterKeyColumn(-1);
    mProxy->setSortRole(SortRole);

    mFilter->setClearButtonEnabled(true);
    mView->setModel(mProxy);
    mView->setObjectName(QStringLiteral("scopeTree"));
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setUniformRowHeights(true);
    mView->setAlternatingRowColors(true);
    mView->header()->setStretchLastSection(false);
    mView->header()->setSectionResizeMode(ScopeTreeModel::NameColumn, QHeaderView::Stretch);
    mView->header()->setSectionResizeMode(ScopeTreeModel::CodeColumn, QHeaderView::ResizeToContents);
    mView->header()->setSectionResizeMode(ScopeTreeModel::EntriesColumn, QHeaderView::ResizeToContents);

    auto makeButton = [this](QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        return b;
    };
    mAdd = makeButton(QStyle::SP_FileDialogNewFolder);
    mNeighbours = makeButton(QStyle::SP_ArrowRight);
    mRemove = makeButton(QStyle::SP_TrashIcon);
    connect(mAdd, &QToolButton::clicked, this, &ScopePanel::addRegions);
    connect(mNeighbours, &QToolButton::clicked, this, &ScopePanel::addNeighbours);
    connect(mRemove, &QToolButton::clicked, this, &ScopePanel::removeSelected);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(mAdd);
    buttons->addWidget(mNeighbours);
    buttons->addStretch(1);
    buttons->addWidget(mRemove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(mFilter);
    layout->addWidget(mView, 1);
    layout->addLayout(buttons);

    connect(mFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        mProxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            mView->expandAll();
    });
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        if (!mWorkbench)
            return;
        mView->expandAll();
        followSelection(mWorkbench->selection()->regions());
        updateButtons();
    });
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        publishSelection();
        updateButtons();
    });
    connect(workbench->selection(), &RecordSelection::regionsChanged, this, &ScopePanel::followSelection);
    connect(workbench->documents(), &DocumentManager::documentChanged, this, &ScopePanel::setDocument);
    retranslate();
    setDocument(workbench->document());
}

void ScopePanel::setDocument(ProjectDocument *document)
{
    mDocument = document;
    mModel->setDocument(document);
    mView->expandAll();
    updateButtons();
}

QStringList ScopePanel::selectedCodes() const
{
    QStringList codes;
    for (const QModelIndex &i : mView->selectionModel()->selectedRows(ScopeTreeModel::NameColumn)) {
        // a province group that is not itself in scope stands for its kab/kota
        if (i.data(InScopeRole).toBool())
            codes.append(i.data(RegionCodeRole).toString());
    }
    return codes;
}

void ScopePanel::focusFilter()
{
    mFilter->setFocus(Qt::ShortcutFocusReason);
    mFilter->selectAll();
}

void ScopePanel::publishSelection()
{
    if (mSyncing)
        return;
    QStringList codes;
    for (const QModelIndex &i : mView->selectionModel()->selectedRows(ScopeTreeModel::NameColumn))
        codes.append(i.data(RegionCodeRole).toString());
    mWorkbench->selection()->setRegions(codes);
}

void ScopePanel::followSelection(const QStringList &codes)
{
    mSyncing = true;
    QItemSelection sel;
    for (const QString &c : codes) {
        const QModelIndex src = mModel->indexOf(c);
        if (!src.isValid())
            continue;
        const QModelIndex idx = mProxy->mapFromSource(src);
        if (idx.isValid())
            sel.select(idx, idx.siblingAtColumn(ScopeTreeModel::ColumnCount - 1));
    }
    mView->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!sel.isEmpty())
        mView->scrollTo(sel.indexes().constFirst());
    mSyncing = false;
}

void ScopePanel::updateButtons()
{
    const bool open = mDocument != nullptr;
    mAdd->setEnabled(open);
    mNeighbours->setEnabled(open);
    QStringList codes = open ? selectedCodes() : QStringList();
    if (open)
        codes.removeAll(mDocument->project().ownerRegion);
    mRemove->setEnabled(!codes.isEmpty());
}

void ScopePanel::addRegions()
{
    if (!mDocument)
        return;
    RegionPickerDialog dialog(this);
    dialog.setExcluded(mDocument->project().scope);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList codes = dialog.selectedCodes();
    if (mDocument->addRegionsToScope(codes))
        mWorkbench->selection()->setRegions(codes);
}

void ScopePanel::addNeighbours()
{
    if (!mDocument)
        return;
    QStringList from = selectedCodes();
    if (from.isEmpty())
        from = {mDocument->project().ownerRegion};
    QStringList add;
    for (const QString &c : std::as_const(from))
        add += RefData::instance().neighbours(c);
    if (mDocument->addRegionsToScope(add))
        mWorkbench->showMessage(tr("Wilayah yang berbatasan dengan %1 ditambahkan ke cakupan.")
                                    .arg(from.size() == 1 ? regionName(from.first()) : tr("wilayah terpilih")));
    else
        mWorkbench->showMessage(tr("Semua wilayah yang berbatasan sudah ada dalam cakupan."));
}

void ScopePanel::removeSelected()
{
    if (!mDocument)
        return;
    QStringList codes = selectedCodes();
    codes.removeAll(mDocument->project().ownerRegion);
    if (mDocument->removeRegionsFromScope(codes))
        mWorkbench->showMessage(tr("%n wilayah dikeluarkan dari cakupan; isiannya tetap tersimpan.", nullptr,
                                   int(codes.size())));
}

void ScopePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScopePanel::retranslate()
{
    mFilter->setPlaceholderText(tr("Saring wilayah…"));
    mFilter->setAccessibleName(tr("Saring wilayah dalam cakupan"));
    mView->setAccessibleName(tr("Wilayah dalam cakupan"));
    mAdd->setText(tr("Tambah…"));
    mAdd->setToolTip(tr("Tambah provinsi, kabupaten atau kota ke cakupan"));
    mNeighbours->setText(tr("Tetangga"));
    mNeighbours->setToolTip(tr("Tambah wilayah yang berbatasan darat dengan wilayah terpilih (atau dengan daerah "
                               "pemilik)"));
    mRemove->setText(tr("Keluarkan"));
    mRemove->setToolTip(tr("Keluarkan wilayah terpilih dari cakupan; isiannya tetap tersimpan"));
    mModel->retranslate();
}

} // namespace ksd
