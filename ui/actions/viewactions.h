// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/actionhandler.h"

class QAction;
class QUndoView;

namespace ksd {

/// Tampilan: full screen, the tool bar, and the undo history. (Page and dock actions are added by the Workbench
/// itself.)
class ViewActions : public ActionHandler
{
    Q_OBJECT

public:
    explicit ViewActions(Workbench *workbench);
    void retranslate() override;

private:
    QAction *mFullScreen;
    QAction *mToolBar;
};

} // namespace ksd
