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
    /// Writes @p csv to @p path; on success shows @p doneMessage (with %1 for the path), otherwise the error.
    void writeCsv(const QByteArray &csv, const QString &path, const QString &doneMessage);

    SuggestionsPage *mSuggestions;
    QAction *mEntries;
    QAction *mSuggestionsCsv;
};

} // namespace ksd
