// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/actionhandler.h"

class QAction;

namespace ksd {

/// Sunting: Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) named after the step ("Urungkan Ubah isian: Prioritas"),
/// Delete for the selected rows of the current page, Ctrl+F to its filter box, and Preferences.
class EditActions : public ActionHandler
{
    Q_OBJECT

public:
    explicit EditActions(Workbench *workbench);
    void retranslate() override;

    QAction *undoAction() const { return mUndo; }
    QAction *redoAction() const { return mRedo; }
    QAction *deleteAction() const { return mDelete; }
    QAction *findAction() const { return mFind; }

    void showPreferences();

private:
    void updateUndoRedo();
    void updateDelete();
    void connectPage();

    QAction *mUndo;
    QAction *mRedo;
    QAction *mDelete;
    QAction *mFind;
    QAction *mPreferences;
    QMetaObject::Connection mPageConnection;
};

} // namespace ksd
