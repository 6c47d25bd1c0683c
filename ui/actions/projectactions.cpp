// SPDX-License-Identifier: Apache-2.0
#include "projectactions.h"

#include "dialogs/projectinfodialog.h"
#include "document/projectdocument.h"
#include "widgets/entriespage.h"
#include "widgets/scopepanel.h"
#include "widgets/suggestionspage.h"
#include "workbench/documentmanager.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QMainWindow>
#include <QStyle>

namespace ksd {

ProjectActions::ProjectActions(Workbench *workbench, ScopePanel *scope, EntriesPage *entries,
                               SuggestionsPage *suggestions)
    : ActionHandler(workbench)
    , mScope(scope)
    , mEntries(entries)
    , mSuggestions(suggestions)
{
    QStyle *style = workbench->window()->style();
    mInfo = new QAction(style->standardIcon(QStyle::SP_FileDialogInfoView), QString(), this);
    mAddRegions = new QAction(this);
    mAddNeighbours = new QAction(this);
    mRemoveRegions = new QAction(this);
    mAddEntry = new QAction(style->standardIcon(QStyle::SP_FileDialogNewFolder), QString(), this);
    mAddEntry->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    mRun = suggestions->runAction();

    workbench->addAction(MenuId::Project, Section::ProjectInfo, mInfo);
    workbench->addAction(MenuId::Project, Section::ProjectScope, mAddRegions);
    workbench->addAction(MenuId::Project, Section::ProjectScope, mAddNeighbours);
    workbench->addAction(MenuId::Project, Section::ProjectScope, mRemoveRegions);
    workbench->addAction(MenuId::Project, Section::ProjectRecords, mAddEntry);
    workbench->addAction(MenuId::Project, Section::ProjectSuggestions, mRun);
    workbench->addToolBarAction(Section::ProjectSuggestions + 100, mRun);

    connect(mInfo, &QAction::triggered, this, &ProjectActions::editProjectInfo);
    connect(mAddRegions, &QAction::triggered, scope, &ScopePanel::addRegions);
    connect(mAddNeighbours, &QAction::triggered, scope, &ScopePanel::addNeighbours);
    connect(mRemoveRegions, &QAction::triggered, scope, &ScopePanel::removeSelected);
    connect(mAddEntry, &QAction::triggered, this, [this] {
        this->workbench()->showPage(Pages::Entries);
        mEntries->addEntry();
    });
    connect(workbench->documents(), &DocumentManager::documentChanged, this, &ProjectActions::updateActions);
    retranslate();
    updateActions();
}

void ProjectActions::updateActions()
{
    const bool open = workbench()->document() != nullptr;
    for (QAction *a : {mInfo, mAddRegions, mAddNeighbours, mRemoveRegions, mAddEntry})
        a->setEnabled(open);
}

void ProjectActions::editProjectInfo()
{
    ProjectDocument *doc = workbench()->document();
    if (!doc)
        return;
    ProjectInfoDialog dialog(ProjectInfoDialog::EditProject, workbench()->window());
    dialog.setInfo(ProjectInfo::of(doc->project()));
    if (dialog.exec() == QDialog::Accepted)
        doc->changeProjectInfo(dialog.info());
}

void ProjectActions::retranslate()
{
    mInfo->setText(tr("&Data proyek…"));
    mInfo->setToolTip(tr("Ubah judul, daerah pemilik dan tahun pemetaan"));
    mAddRegions->setText(tr("&Tambah wilayah ke cakupan…"));
    mAddNeighbours->setText(tr("Tambah wilayah &berbatasan"));
    mAddNeighbours->setToolTip(tr("Tambah wilayah yang berbatasan darat dengan wilayah terpilih di panel Cakupan"));
    mRemoveRegions->setText(tr("&Keluarkan wilayah dari cakupan"));
    mAddEntry->setText(tr("Tambah &isian"));
    mAddEntry->setToolTip(tr("Tambah potensi atau kebutuhan baru (Ctrl+Shift+N)"));
}

} // namespace ksd
