// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/actionhandler.h"

class QAction;

namespace ksd {

class SuggestionsPage;

/// Berkas → Ekspor isian / saran ke CSV: files Excel in an Indonesian office opens as they are (';', BOM,
/// decimal commas), written atomically.
class DataExportActions : public ActionHandler
{
    Q_OBJECT

public:
    DataExportActions(Workbench *workbench, SuggestionsPage *suggestions);
    void retranslate() override;

    void exportEntries();
    void exportSuggestions();

private:
    void updateActions();

    SuggestionsPage *mSuggestions;
    QAction *mEntries;
    QAction *mSuggestionsCsv;
};

} // namespace ksd
