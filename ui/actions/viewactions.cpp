// SPDX-License-Identifier: Apache-2.0
#include "viewactions.h"

#include "workbench/workbench.h"

#include <QAction>
#include <QMainWindow>
#include <QToolBar>

namespace ksd {

ViewActions::ViewActions(Workbench *workbench) : ActionHandler(workbench)
{
    mFullScreen = new QAction(this);
    mFullScreen->setShortcut(QKeySequence::FullScreen);
    mFullScreen->setCheckable(true);
    mToolBar = workbench->toolBar()->toggleViewAction();
    workbench->addAction(MenuId::View, Section::ViewOptions, mToolBar);
    workbench->addAction(MenuId::View, Section::ViewOptions, mFullScreen);
    connect(mFullScreen, &QAction::toggled, this, [this](bool on) {
        QMainWindow *w = this->workbench()->window();
        w->setWindowState(on ? (w->windowState() | Qt::WindowFullScreen) : (w->windowState() & ~Qt::WindowFullScreen));
    });
    retranslate();
}

void ViewActions::retranslate()
{
    mFullScreen->setText(tr("&Layar penuh"));
    mToolBar->setText(tr("&Bilah alat"));
}

} // namespace ksd
