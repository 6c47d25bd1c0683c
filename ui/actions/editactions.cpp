// SPDX-License-Identifier: Apache-2.0
#include "editactions.h"

#include "dialogs/preferencesdialog.h"
#include "workbench/workbench.h"
#include "workbench/workbenchpage.h"

#include <QAction>
#include <QMainWindow>
#include <QStyle>
#include <QUndoGroup>
#include <QUndoStack>

namespace ksd {

EditActions::EditActions(Workbench *workbench) : ActionHandler(workbench)
{
    QStyle *style = workbench->window()->style();
    mUndo = new QAction(style->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    mUndo->setShortcut(QKeySequence::Undo);
    mRedo = new QAction(style->standardIcon(QStyle::SP_ArrowForward), QString(), this);
    // Ctrl+Shift+Z everywhere, and Ctrl+Y as Windows users expect
    mRedo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});
    mDelete = new QAction(style->standardIcon(QStyle::SP_TrashIcon), QString(), this);
    mDelete->setShortcut(QKeySequence::Delete);
    mFind = new QAction(this);
    mFind->setShortcut(QKeySequence::Find);
    mPreferences = new QAction(this);
    mPreferences->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
    mPreferences->setMenuRole(QAction::PreferencesRole);

    workbench->addAction(MenuId::Edit, Section::EditUndo, mUndo);
    workbench->addAction(MenuId::Edit, Section::EditUndo, mRedo);
    workbench->addAction(MenuId::Edit, Section::EditRecords, mDelete);
    workbench->addAction(MenuId::Edit, Section::EditFind, mFind);
    workbench->addAction(MenuId::Edit, Section::EditPreferences, mPreferences);
    workbench->addToolBarAction(Section::EditUndo + 100, mUndo);
    workbench->addToolBarAction(Section::EditUndo + 100, mRedo);

    QUndoGroup *group = workbench->undoGroup();
    connect(mUndo, &QAction::triggered, group, &QUndoGroup::undo);
    connect(mRedo, &QAction::triggered, group, &QUndoGroup::redo);
    connect(group, &QUndoGroup::canUndoChanged, this, &EditActions::updateUndoRedo);
    connect(group, &QUndoGroup::canRedoChanged, this, &EditActions::updateUndoRedo);
    connect(group, &QUndoGroup::undoTextChanged, this, &EditActions::updateUndoRedo);
    connect(group, &QUndoGroup::redoTextChanged, this, &EditActions::updateUndoRedo);
    connect(group, &QUndoGroup::activeStackChanged, this, &EditActions::updateUndoRedo);

    connect(mDelete, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<WorkbenchPage *>(this->workbench()->currentPage()))
            page->deleteSelection();
    });
    connect(mFind, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<WorkbenchPage *>(this->workbench()->currentPage()))
            page->focusFilter();
    });
    connect(mPreferences, &QAction::triggered, this, &EditActions::showPreferences);
    connect(workbench, &Workbench::currentPageChanged, this, &EditActions::connectPage);
    connectPage();
    retranslate();
}

void EditActions::connectPage()
{
    disconnect(mPageConnection);
    if (auto *page = qobject_cast<WorkbenchPage *>(workbench()->currentPage()))
        mPageConnection = connect(page, &WorkbenchPage::selectionStateChanged, this, &EditActions::updateDelete);
    updateDelete();
}

void EditActions::updateDelete()
{
    auto *page = qobject_cast<WorkbenchPage *>(workbench()->currentPage());
    mDelete->setEnabled(page && page->canDeleteSelection());
    mFind->setEnabled(page != nullptr && workbench()->document());
}

void EditActions::updateUndoRedo()
{
    QUndoGroup *group = workbench()->undoGroup();
    mUndo->setEnabled(group->canUndo());
    mRedo->setEnabled(group->canRedo());
    mUndo->setText(group->canUndo() ? tr("&Urungkan %1").arg(group->undoText()) : tr("&Urungkan"));
    mRedo->setText(group->canRedo() ? tr("&Ulangi %1").arg(group->redoText()) : tr("&Ulangi"));
    mUndo->setIconText(tr("Urungkan"));
    mRedo->setIconText(tr("Ulangi"));
    mUndo->setToolTip(mUndo->text().remove(QLatin1Char('&')) + QStringLiteral(" (Ctrl+Z)"));
    mRedo->setToolTip(mRedo->text().remove(QLatin1Char('&')) + QStringLiteral(" (Ctrl+Shift+Z)"));
    updateDelete();
}

void EditActions::showPreferences()
{
    PreferencesDialog dialog(workbench()->window());
    dialog.exec();
}

void EditActions::retranslate()
{
    mDelete->setText(tr("&Hapus baris terpilih"));
    mDelete->setToolTip(tr("Hapus baris yang dipilih pada tabel (Delete)"));
    mFind->setText(tr("&Cari / saring"));
    mFind->setToolTip(tr("Pindah ke kotak pencarian halaman ini (Ctrl+F)"));
    mPreferences->setText(tr("&Preferensi…"));
    updateUndoRedo();
}

} // namespace ksd
