// SPDX-License-Identifier: Apache-2.0
#include "screenshottour.h"

#include "actions/fileactions.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "widgets/entriespage.h"
#include "widgets/recordtableview.h"
#include "widgets/suggestionspage.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/taskrunner.h"
#include "workbench/workbench.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace ksd {

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &dir, const QString &file)
    : QObject(window)
    , mWindow(window)
    , mDir(dir)
    , mFile(file)
{
}

void ScreenshotTour::settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void ScreenshotTour::grab(const QString &name)
{
    settle();
    const QString path = QDir(mDir).filePath(name + QStringLiteral(".png"));
    mWindow->grab().save(path);
    QTextStream(stdout) << path << '\n';
}

void ScreenshotTour::start()
{
    QDir().mkpath(mDir);
    Workbench *wb = mWindow->workbench();
    grab(QStringLiteral("start"));
    if (!mFile.isEmpty())
        mWindow->openFile(mFile);
    else
        wb->documents()->adopt(makeDemoProject(QDate::currentDate()));
    // wait for the first suggestion run
    settle(300);
    QElapsedTimer t;
    t.start();
    while (!wb->tasks()->tasks().isEmpty() && t.elapsed() < 20000)
        settle(50);

    // a current row in each table, so the inspector shows something
    if (auto *entries = qobject_cast<EntriesPage *>(wb->page(Pages::Entries)))
        entries->view()->selectRow(2);
    for (const QString &key : wb->pageKeys()) {
        wb->showPage(key);
        settle(200);
        if (auto *page = wb->page(key)) {
            if (auto *table = page->findChild<QTableView *>(); table && table->model() && table->model()->rowCount() > 0
                && !table->currentIndex().isValid())
                table->selectRow(0);
        }
        grab(QStringLiteral("tab-") + key);
    }
    QTimer::singleShot(0, qApp, &QApplication::quit);
}

} // namespace ksd
