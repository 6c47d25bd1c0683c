// SPDX-License-Identifier: Apache-2.0
#include "dataexportactions.h"

#include "dialogs/dialogbuttons.h"
#include "document/projectdocument.h"
#include "io/csvexport.h"
#include "models/suggestionsmodel.h"
#include "widgets/suggestionspage.h"
#include "workbench/documentmanager.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace ksd {

namespace {
QString askCsvPath(QWidget *parent, const QString &title, const QString &name)
{
    const QString dir = QSettings().value(QStringLiteral("files/lastDir"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(dir).filePath(name),
                                                QCoreApplication::translate("ksd::DataExportActions",
                                                                            "CSV untuk Excel (*.csv)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    return path;
}
} // namespace

DataExportActions::DataExportActions(Workbench *workbench, SuggestionsPage *suggestions)
    : ActionHandler(workbench)
    , mSuggestions(suggestions)
    , mEntries(new QAction(this))
    , mSuggestionsCsv(new QAction(this))
{
    workbench->addAction(MenuId::File, Section::FileImportExport, mEntries);
    workbench->addAction(MenuId::File, Section::FileImportExport, mSuggestionsCsv);
    connect(mEntries, &QAction::triggered, this, &DataExportActions::exportEntries);
    connect(mSuggestionsCsv, &QAction::triggered, this, &DataExportActions::exportSuggestions);
    connect(workbench->documents(), &DocumentManager::documentChanged, this, &DataExportActions::updateActions);
    connect(suggestions->model(), &QAbstractItemModel::modelReset, this, &DataExportActions::updateActions);
    connect(suggestions->model(), &SuggestionsModel::staleChanged, this, &DataExportActions::updateActions);
    retranslate();
    updateActions();
}

void DataExportActions::updateActions()
{
    mEntries->setEnabled(workbench()->document() != nullptr);
    SuggestionsModel *m = mSuggestions->model();
    mSuggestionsCsv->setEnabled(workbench()->document() && m->hasResults() && !m->isStale());
}

void DataExportActions::exportEntries()
{
    ProjectDocument *doc = workbench()->document();
    if (!doc)
        return;
    const QString path = askCsvPath(workbench()->window(), tr("Ekspor isian ke CSV"), tr("isian.csv"));
    if (path.isEmpty())
        return;
    writeCsv(io::exportEntriesCsv(doc->project().entries), path, tr("Isian diekspor ke %1"));
}

void DataExportActions::exportSuggestions()
{
    SuggestionsModel *m = mSuggestions->model();
    if (!workbench()->document() || !m->hasResults() || m->isStale())
        return;
    const QString path = askCsvPath(workbench()->window(), tr("Ekspor saran ke CSV"), tr("saran.csv"));
    if (path.isEmpty())
        return;
    writeCsv(io::exportSuggestionsCsv(m->results()), path, tr("Saran diekspor ke %1"));
}

void DataExportActions::writeCsv(const QByteArray &csv, const QString &path, const QString &doneMessage)
{
    const Status st = io::writeCsvFile(csv, path);
    if (!st) {
        QMessageBox box(QMessageBox::Warning, tr("Ekspor gagal"), st.error().toString(), QMessageBox::Ok,
                        workbench()->window());
        localizeButtons(&box);
        box.exec();
        return;
    }
    workbench()->showMessage(doneMessage.arg(QDir::toNativeSeparators(path)));
}

void DataExportActions::retranslate()
{
    mEntries->setText(tr("Ekspor &isian ke CSV…"));
    mEntries->setToolTip(tr("Berkas CSV untuk Excel (pemisah titik koma, koma desimal)"));
    mSuggestionsCsv->setText(tr("Ekspor &saran ke CSV…"));
    mSuggestionsCsv->setToolTip(tr("Saran yang terakhir dihitung, dengan alasan dan dasar hukumnya"));
}

} // namespace ksd
