// SPDX-License-Identifier: Apache-2.0
#pragma once
// For the test_ui_* tests only (the core tests do not link ksd_ui).

#include "workbench/workbench.h"

#include <QMainWindow>
#include <QStackedWidget>
#include <QTabWidget>

namespace ksd::test {

/// The frame MainWindow builds (a stacked centre holding the tab widget, and a Workbench) without its pages and
/// handlers: for a test that registers the one handler it is about.
struct WorkbenchWindow
{
    QMainWindow window;
    QStackedWidget *central = new QStackedWidget;
    QTabWidget *tabs = new QTabWidget;
    Workbench *workbench;

    WorkbenchWindow()
    {
        window.setCentralWidget(central);
        workbench = new Workbench(&window, central, tabs);
    }
};

} // namespace ksd::test
