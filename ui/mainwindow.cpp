// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "actions/dataexportactions.h"
#include "actions/editactions.h"
#include "actions/fileactions.h"
#include "actions/helpactions.h"
#include "actions/projectactions.h"
#include "actions/viewactions.h"
#include "network/mapactions.h"
#include "register/registeractions.h"
#include "report/reportactions.h"
#include "share/shareactions.h"
#include "widgets/agreementspage.h"
#include "widgets/entriespage.h"
#include "widgets/inspector.h"
#include "widgets/mapplaceholder.h"
#include "widgets/proposalspage.h"
#include "widgets/scopepanel.h"
#include "widgets/screenfit.h"
#include "widgets/startpage.h"
#include "widgets/statuspanel.h"
#include "widgets/suggestionspage.h"
#include "workbench/documentmanager.h"
#include "workbench/taskrunner.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QUndoView>

namespace ksd {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QStackedWidget(this);
    auto *tabs = new QTabWidget(central);
    tabs->setObjectName(QStringLiteral("pages"));
    tabs->setDocumentMode(true);
    setCentralWidget(central);
    mWorkbench = new Workbench(this, central, tabs);
    auto *startPage = new StartPage(mWorkbench->documents()->recentFiles(), central);
    mWorkbench->setStartPage(startPage);

    // Centre pages (tabs), in their order; later areas add theirs from their handlers.
    QStyle *s = style();
    auto *entries = new EntriesPage(mWorkbench);
    auto *suggestions = new SuggestionsPage(mWorkbench);
    mWorkbench->addPage(Pages::Map, new MapPlaceholder, [] { return tr("Peta"); }, 10,
                        s->standardIcon(QStyle::SP_DirHomeIcon));
    mWorkbench->addPage(Pages::Entries, entries, [] { return tr("Isian"); }, 20,
                        s->standardIcon(QStyle::SP_FileDialogDetailedView));
    mWorkbench->addPage(Pages::Suggestions, suggestions, [] { return tr("Saran"); }, 30,
                        s->standardIcon(QStyle::SP_MessageBoxInformation));
    mWorkbench->addPage(Pages::Proposals, new ProposalsPage(mWorkbench), [] { return tr("Usulan"); }, 40,
                        s->standardIcon(QStyle::SP_FileDialogListView));
    mWorkbench->addPage(Pages::Agreements, new AgreementsPage(mWorkbench), [] { return tr("Kerja Sama"); }, 50,
                        s->standardIcon(QStyle::SP_DialogApplyButton));

    // Docks: scope on the left, inspector and undo history on the right.
    auto *scope = new ScopePanel(mWorkbench);
    auto *scopeDock = new QDockWidget(this);
    scopeDock->setObjectName(QStringLiteral("scopeDock"));
    scopeDock->setWidget(scope);
    mWorkbench->addDock(scopeDock, Qt::LeftDockWidgetArea, [] { return tr("Cakupan wilayah"); });
    auto *inspectorDock = new QDockWidget(this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    auto *inspector = new Inspector(mWorkbench);
    inspectorDock->setWidget(inspector);
    mWorkbench->addDock(inspectorDock, Qt::RightDockWidgetArea, [] { return tr("Inspektur"); });
    auto *undoDock = new QDockWidget(this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    mUndoView = new QUndoView(mWorkbench->undoGroup(), undoDock);
    undoDock->setWidget(mUndoView);
    // The history is there for whoever wants it (Tampilan menu, then remembered with the window's layout); on first
    // start it stays closed, so the inspector has the whole column, or the page the whole width where the
    // inspector has nothing to show.
    QSettings settings;
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    if (state.isEmpty())
        undoDock->hide();
    mWorkbench->addDock(undoDock, Qt::RightDockWidgetArea, [] { return tr("Riwayat perubahan"); });

    statusBar()->addPermanentWidget(new StatusPanel(mWorkbench));

    // Action handlers: one line per area.
    mWorkbench->addHandler(new FileActions(mWorkbench, startPage));
    mWorkbench->addHandler(new EditActions(mWorkbench));
    mWorkbench->addHandler(new ViewActions(mWorkbench));
    mWorkbench->addHandler(new ProjectActions(mWorkbench, scope, entries, suggestions));
    mWorkbench->addHandler(new DataExportActions(mWorkbench, suggestions));
    mWorkbench->addHandler(new MapActions(mWorkbench)); // the Peta tab replaces the placeholder
    mWorkbench->addHandler(new ShareActions(mWorkbench));
    auto *registerActions = new RegisterActions(mWorkbench);
    mWorkbench->addHandler(registerActions);
    mWorkbench->addHandler(new ReportActions(mWorkbench));
    mWorkbench->addHandler(new HelpActions(mWorkbench));
    // CSV import of entries, where planners fill entries in
    if (auto *import = registerActions->findChild<QAction *>(QStringLiteral("importEntriesCsv")))
        entries->addToolAction(import);

    // Whatever the pages ask for, the window never grows past the screen: a page too wide for it is squeezed
    // (its tables scroll) instead of pushing the window and its status bar off the screen.
    central->setMinimumSize(320, 200);
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    // A saved geometry from a bigger screen (or a missing one) is dropped: first-start size instead.
    if (geometry.isEmpty() || !restoreGeometry(geometry) || !(isMaximized() || fitsScreen(this, this->geometry())))
        resizeToScreen(this, QSize(1680, 1050));
    mWorkbench->restoreLayoutState(state);
    tabs->setCurrentWidget(entries);
    inspector->manageDock(inspectorDock);
    retranslate();
}

void MainWindow::retranslate()
{
    mUndoView->setEmptyLabel(tr("<proyek dibuka>"));
    mUndoView->setAccessibleName(tr("Riwayat perubahan"));
}

MainWindow::~MainWindow()
{
    // The workbench and its handlers talk to the widgets: let them go while the widgets are still there.
    delete mWorkbench;
    mWorkbench = nullptr;
}

bool MainWindow::openFile(const QString &path)
{
    return mWorkbench->handler<FileActions>()->openFile(path);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && mWorkbench) {
        mWorkbench->retranslate();
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // FileActions has already asked about unsaved changes (it filters the close event).
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), mWorkbench->layoutState());
    mWorkbench->tasks()->cancelAll();
    QMainWindow::closeEvent(event);
}

} // namespace ksd
