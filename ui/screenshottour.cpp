// SPDX-License-Identifier: Apache-2.0
#include "screenshottour.h"

#include "actions/fileactions.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "network/networkview.h"
#include "network/networkwidget.h"
#include "widgets/entriespage.h"
#include "widgets/recordtableview.h"
#include "widgets/suggestionspage.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/suggestionservice.h"
#include "workbench/taskrunner.h"
#include "workbench/workbench.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPixmap>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <map>

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

void ScreenshotTour::waitForWork()
{
    settle(300);
    QElapsedTimer t;
    t.start();
    while (!mWindow->workbench()->tasks()->tasks().isEmpty() && t.elapsed() < 60000)
        settle(50);
    mWindow->workbench()->suggestions()->waitForResults(60000);
    settle(200);
}

void ScreenshotTour::start()
{
    QDir().mkpath(mDir);
    // PETAKSD_SCREENSHOT_SIZE=WxH (default: the window's own first-start size, which fits the screen).
    const QStringList size = qEnvironmentVariable("PETAKSD_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
        mWindow->resize(size[0].toInt(), size[1].toInt());
    Workbench *wb = mWindow->workbench();
    grab(QStringLiteral("start"));
    if (!mFile.isEmpty())
        mWindow->openFile(mFile);
    else
        wb->documents()->adopt(makeDemoProject(QDate::currentDate()));
    // wait for the first suggestion run
    waitForWork();

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
    mapTour();
    QTimer::singleShot(0, qApp, &QApplication::quit);
}

void ScreenshotTour::mapTour()
{
    Workbench *wb = mWindow->workbench();
    auto *map = qobject_cast<NetworkWidget *>(wb->page(Pages::Map));
    if (!map || !wb->document())
        return;
    wb->showPage(Pages::Map);
    NetworkView *view = map->view();
    // The map on its own, without the rows the tables selected.
    wb->selection()->setRegions({});
    map->scene()->clearSelection();
    settle(200);

    // Each layout, fitted.
    const std::pair<LayoutKind, const char *> layouts[] = {{LayoutKind::Force, "peta-force"},
                                                           {LayoutKind::Circular, "peta-circle"},
                                                           {LayoutKind::Geographic, "peta-geo"}};
    for (const auto &[kind, name] : layouts) {
        map->setLayoutKind(kind);
        view->fitToContent();
        grab(QLatin1String(name));
    }

    // The explanation card over the node with the most links, as a hover shows it.
    RegionNodeItem *busiest = nullptr;
    for (RegionNodeItem *n : map->scene()->visibleNodeItems()) {
        if (!busiest || n->links().size() > busiest->links().size())
            busiest = n;
    }
    if (busiest) {
        const QPoint at = view->mapFromScene(busiest->pos());
        QMouseEvent move(QEvent::MouseMove, QPointF(at), QPointF(view->viewport()->mapToGlobal(at)), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        settle(400);
        grab(QStringLiteral("peta-hover"));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(view, &leave);
    }

    // One urusan: the one with the most suggestions.
    std::map<QString, int> perUrusan;
    for (const Suggestion &sg : map->scene()->suggestions().suggestions)
        ++perUrusan[sg.urusan];
    if (!perUrusan.empty()) {
        const auto top = std::max_element(perUrusan.cbegin(), perUrusan.cend(),
                                          [](const auto &a, const auto &b) { return a.second < b.second; });
        NetworkFilter f = map->settings().filter;
        f.urusan = {top->first};
        map->setFilter(f);
        view->fitToContent();
        grab(QStringLiteral("peta-filter"));
        map->setFilter(NetworkFilter());
    }

    // PETAKSD_SCREENSHOT_NATIONAL=FILE.ksd (from `petaksd synth`): the whole country, then zoomed in on a region.
    const QString national = qEnvironmentVariable("PETAKSD_SCREENSHOT_NATIONAL");
    if (national.isEmpty() || !mWindow->openFile(national))
        return;
    waitForWork();
    wb->showPage(Pages::Map);
    map->setLayoutKind(LayoutKind::Geographic);
    view->fitToContent();
    grab(QStringLiteral("peta-nasional"));
    const QString closeUp = qEnvironmentVariable("PETAKSD_SCREENSHOT_REGION", QStringLiteral("33.74")); // Kota Semarang
    if (map->findRegion(closeUp))
        grab(QStringLiteral("peta-nasional-dekat"));
}

} // namespace ksd
