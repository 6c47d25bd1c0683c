// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "report/reportinput.h"
#include "report/reportmodel.h"
#include "report/reportoptions.h"

#include <QDialog>
#include <QMap>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPrinter;
class QPushButton;

namespace ksd {

struct SuggestionSet;

/// Builds the report model in the report's language: installs that language's translation for the duration of the
/// build (report text comes from tr()) and restores the application's language afterwards. GUI thread only.
ReportModel buildReportInLanguage(const Project &project, const ReportEngineData &engine,
                                  const ReportOptions &options);

/// File → Ekspor laporan…: sections, language, scope, date and author of the mapping report, with a print preview,
/// printing, PDF export (optionally PDF/A-1b) with progress and cancel, and the editable OpenDocument copy.
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p project is copied (implicitly shared, cheap): the report shows the project as it was when opened.
    /// @p defaultPath is offered when saving the PDF.
    ReportExportDialog(const Project &project, const QString &defaultPath, QWidget *parent = nullptr);

    /// The options as set in the dialog.
    ReportOptions options() const;
    void setOptions(const ReportOptions &options);

    /// Writes the PDF to @p path with a progress dialog and a cancel button (the suggestions are computed on a
    /// worker thread; the pages are painted here, because the map figure comes from the network view's scene).
    /// Returns false when it failed (a message was shown) or was cancelled.
    bool exportPdf(const QString &path);
    /// Writes the editable copy (OpenDocument text) of the same report to @p path. Returns false when it failed (a
    /// message was shown) or the suggestions were cancelled.
    bool exportOdt(const QString &path);
    /// Opens the print preview (QPrintPreviewDialog); printing from it prints the report.
    void preview();
    /// Asks for a printer and prints.
    void print();

private:
    void saveAs();
    void updateButtons();
    /// The engine's results, computed once per dialog on a worker thread (with a progress dialog).
    const ReportEngineData *engineData();
    void paintOn(QPrinter *printer);
    void rememberSettings() const;

    Project mProject;
    QString mDefaultPath;
    std::optional<ReportEngineData> mEngine;
    std::shared_ptr<SuggestionSet> mSuggestions;
    QMap<ReportSection, QCheckBox *> mSections;
    QComboBox *mLanguage = nullptr;
    QComboBox *mScope = nullptr;
    QDateEdit *mToday = nullptr;
    QLineEdit *mPreparedBy = nullptr;
    QCheckBox *mPdfA = nullptr;
    QPushButton *mSave = nullptr;
    QPushButton *mPreview = nullptr;
    QPushButton *mPrint = nullptr;
};

} // namespace ksd
