// SPDX-License-Identifier: Apache-2.0
#include "reportactions.h"

#include "reportexportdialog.h"

#include "document/projectdocument.h"
#include "workbench/documentmanager.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>

namespace ksd {

ReportActions::ReportActions(Workbench *workbench) : ActionHandler(workbench)
{
    mExport = new QAction(this);
    mExport->setObjectName(QStringLiteral("exportReport"));
    mExport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    workbench->addAction(MenuId::File, Section::FileReport, mExport);
    connect(mExport, &QAction::triggered, this, &ReportActions::exportReport);
    connect(workbench->documents(), &DocumentManager::documentChanged, this, &ReportActions::updateActions);
    retranslate();
    updateActions();
}

void ReportActions::retranslate()
{
    mExport->setText(tr("Ekspor &laporan…"));
    mExport->setStatusTip(tr("Membuat laporan hasil pemetaan (PDF A4) dengan pratinjau dan pencetakan"));
}

void ReportActions::updateActions()
{
    mExport->setEnabled(workbench()->document() != nullptr);
}

void ReportActions::exportReport()
{
    ProjectDocument *doc = workbench()->document();
    if (!doc)
        return;
    QString path;
    if (!doc->isUntitled()) {
        const QFileInfo file(doc->filePath());
        path = file.dir().filePath(tr("%1-laporan.pdf").arg(file.completeBaseName()));
    }
    ReportExportDialog dialog(doc->project(), path, workbench()->window());
    if (dialog.exec() == QDialog::Accepted)
        workbench()->showMessage(tr("Laporan disimpan."));
}

} // namespace ksd
