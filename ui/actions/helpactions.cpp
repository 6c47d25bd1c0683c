// SPDX-License-Identifier: Apache-2.0
#include "helpactions.h"

#include "aboutdialog.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>

namespace ksd {

HelpActions::HelpActions(Workbench *workbench) : ActionHandler(workbench)
{
    mAbout = new QAction(this);
    mAbout->setMenuRole(QAction::AboutRole);
    mAboutQt = new QAction(this);
    mAboutQt->setMenuRole(QAction::AboutQtRole);
    workbench->addAction(MenuId::Help, Section::HelpAbout, mAbout);
    workbench->addAction(MenuId::Help, Section::HelpAbout, mAboutQt);
    connect(mAbout, &QAction::triggered, this, [this] {
        AboutDialog dialog(this->workbench()->window());
        dialog.exec();
    });
    connect(mAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    retranslate();
}

void HelpActions::retranslate()
{
    mAbout->setText(tr("&Tentang PetaKSD"));
    mAboutQt->setText(tr("Tentang &Qt"));
}

} // namespace ksd
