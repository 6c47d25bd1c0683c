// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/actionhandler.h"

class QAction;

namespace ksd {

class ProjectDocument;

/// File → Ekspor laporan…: opens the report dialog (sections, language, scope, preview, print, PDF) for the open
/// document. Register it in MainWindow with `workbench->addHandler(new ReportActions(workbench));`.
class ReportActions : public ActionHandler
{
    Q_OBJECT

public:
    explicit ReportActions(Workbench *workbench);
    void retranslate() override;
    QAction *exportAction() const { return mExport; }

    /// Opens the dialog for the current document (does nothing without one).
    void exportReport();

private:
    void updateActions();

    QAction *mExport = nullptr;
};

} // namespace ksd
