// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/actionhandler.h"

class QAction;

namespace ksd {

class EntriesPage;
class ScopePanel;
class SuggestionsPage;

/// Proyek: the project's data (title, owner, year), the scope (add regions, add bordering regions, remove),
/// a new entry, and the suggestion run.
class ProjectActions : public ActionHandler
{
    Q_OBJECT

public:
    ProjectActions(Workbench *workbench, ScopePanel *scope, EntriesPage *entries, SuggestionsPage *suggestions);
    void retranslate() override;

    void editProjectInfo();

private:
    void updateActions();

    ScopePanel *mScope;
    EntriesPage *mEntries;
    SuggestionsPage *mSuggestions;
    QAction *mInfo;
    QAction *mAddRegions;
    QAction *mAddNeighbours;
    QAction *mRemoveRegions;
    QAction *mAddEntry;
    QAction *mRun;
};

} // namespace ksd
