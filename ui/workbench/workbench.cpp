// SPDX-License-Identifier: Apache-2.0
#include "workbench.h"

#include "suggestionservice.h"

#include "document/projectdocument.h"
#include "engine/engine.h"
#include "workbench/actionhandler.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/taskrunner.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolBar>

namespace ksd {

// Texts here name their context explicitly: lupdate does not resolve Workbench:: in this file (the header's
// nested namespaces throw it off) and would file them under a context tr() never looks in.

Workbench::Workbench(QMainWindow *window, QStackedWidget *central, QTabWidget *tabs)
    : QObject(window)
    , mWindow(window)
    , mCentral(central)
    , mTabs(tabs)
    , mDocuments(new DocumentManager(this))
    , mSelection(new RecordSelection(this))
    , mTasks(new TaskRunner(this))
    , mSuggestions(new SuggestionService(mDocuments, mTasks, this))
{
    mDocuments->setTaskRunner(mTasks);
    // The engine's process-wide tables are built now, off the GUI thread, so that the first suggestion run of the
    // first project opened does not pay for them.
    QThreadPool::globalInstance()->start([] { SuggestionEngine::prepare(); });
    for (MenuId id : {MenuId::File, MenuId::Edit, MenuId::View, MenuId::Project, MenuId::Tools, MenuId::Help}) {
        auto *m = window->menuBar()->addMenu(QString());
        m->menuAction()->setVisible(false); // until something is added
        mMenus.insert(int(id), m);
    }
    mToolBar = window->addToolBar(QString());
    mToolBar->setObjectName(QStringLiteral("mainToolBar"));
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mToolBar->setMovable(false);

    connect(mDocuments, &DocumentManager::documentChanged, this, [this](ProjectDocument *doc) {
        if (doc) {
            // A refused edit (a value over the field size limit) says why in the status bar; connected once.
            disconnect(doc, &ProjectDocument::editRefused, this, nullptr);
            connect(doc, &ProjectDocument::editRefused, this,
                    [this](const QString &message) { showMessage(message, 15000); });
        }
        mSelection->clear();
        setWorkspaceVisible(doc != nullptr);
        for (const PageInfo &p : std::as_const(mPages)) {
            if (p.goTo)
                p.goTo->setEnabled(doc != nullptr);
        }
    });
    connect(mTabs, &QTabWidget::currentChanged, this, [this] { emit currentPageChanged(currentPageKey()); });
    if (mCentral->indexOf(mTabs) < 0)
        mCentral->addWidget(mTabs);
    retranslateMenus();
}

void Workbench::setStartPage(QWidget *startPage)
{
    mStartPage = startPage;
    mCentral->addWidget(startPage);
    mWorkspaceVisible = true;
    setWorkspaceVisible(document() != nullptr);
}

Workbench::~Workbench()
{
    // Handlers first: they listen to the document manager, which goes next.
    qDeleteAll(mHandlers);
    mHandlers.clear();
}

ProjectDocument *Workbench::document() const
{
    return mDocuments->document();
}

QUndoGroup *Workbench::undoGroup() const
{
    return mDocuments->undoGroup();
}

QMenu *Workbench::menu(MenuId id) const
{
    return mMenus.value(int(id));
}

void Workbench::addAction(MenuId menu, int section, QAction *action)
{
    mMenuItems[int(menu)].append({section, mSeq++, action, nullptr});
    rebuildMenu(menu);
}

void Workbench::addMenu(MenuId menu, int section, QMenu *submenu)
{
    mMenuItems[int(menu)].append({section, mSeq++, nullptr, submenu});
    rebuildMenu(menu);
}

void Workbench::addToolBarAction(int section, QAction *action)
{
    mToolBarItems.append({section, mSeq++, action, nullptr});
    rebuildToolBar();
}

namespace {
void sortItems(auto &items)
{
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return a.section != b.section ? a.section < b.section : a.seq < b.seq;
    });
}
} // namespace

void Workbench::rebuildMenu(MenuId id)
{
    QMenu *m = menu(id);
    auto &items = mMenuItems[int(id)];
    sortItems(items);
    // clear() deletes only what the menu owns (its separators); the actions belong to their handlers.
    m->clear();
    int lastSection = -1;
    for (const MenuItem &item : std::as_const(items)) {
        if (!item.action && !item.submenu)
            continue;
        if (lastSection >= 0 && item.section != lastSection)
            m->addSeparator();
        lastSection = item.section;
        if (item.submenu)
            m->addMenu(item.submenu);
        else
            m->addAction(item.action);
    }
    m->menuAction()->setVisible(lastSection >= 0); // no empty menus in the bar
}

void Workbench::rebuildToolBar()
{
    sortItems(mToolBarItems);
    mToolBar->clear();
    int lastSection = -1;
    for (const MenuItem &item : std::as_const(mToolBarItems)) {
        if (!item.action)
            continue;
        if (lastSection >= 0 && item.section != lastSection)
            mToolBar->addSeparator();
        lastSection = item.section;
        mToolBar->addAction(item.action);
    }
}

void Workbench::addPage(const QString &key, QWidget *page, std::function<QString()> title, int order,
                        const QIcon &icon)
{
    int position = 0;
    while (position < mPages.size() && mPages[position].order <= order)
        ++position;
    PageInfo info{key, page, std::move(title), order, icon, new QAction(this)};
    page->setObjectName(QStringLiteral("page-") + key);
    mTabs->insertTab(position, page, icon, info.title());
    connect(info.goTo, &QAction::triggered, this, [this, key] { showPage(key); });
    info.goTo->setEnabled(document() != nullptr);
    mPages.insert(position, info);
    addAction(MenuId::View, Section::ViewPages, info.goTo);
    rebuildPageActions();
}

void Workbench::replacePage(const QString &key, QWidget *page)
{
    for (PageInfo &p : mPages) {
        if (p.key != key)
            continue;
        const int index = mTabs->indexOf(p.widget);
        const bool wasCurrent = mTabs->currentIndex() == index;
        QWidget *old = p.widget;
        mTabs->removeTab(index);
        p.widget = page;
        page->setObjectName(QStringLiteral("page-") + key);
        mTabs->insertTab(index, page, p.icon, p.title());
        if (wasCurrent)
            mTabs->setCurrentIndex(index);
        delete old;
        return;
    }
}

QWidget *Workbench::page(const QString &key) const
{
    for (const PageInfo &p : mPages) {
        if (p.key == key)
            return p.widget;
    }
    return nullptr;
}

QString Workbench::currentPageKey() const
{
    QWidget *w = mTabs->currentWidget();
    for (const PageInfo &p : mPages) {
        if (p.widget == w)
            return p.key;
    }
    return {};
}

QWidget *Workbench::currentPage() const
{
    return mTabs->currentWidget();
}

void Workbench::showPage(const QString &key)
{
    if (QWidget *w = page(key))
        mTabs->setCurrentWidget(w);
}

QStringList Workbench::pageKeys() const
{
    QStringList keys;
    for (const PageInfo &p : mPages)
        keys.append(p.key);
    return keys;
}

void Workbench::rebuildPageActions()
{
    for (int i = 0; i < mPages.size(); ++i) {
        QAction *a = mPages[i].goTo;
        a->setText(QCoreApplication::translate("ksd::Workbench", "Halaman %1").arg(mPages[i].title()));
        a->setShortcut(i < 9 ? QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)) : QKeySequence());
        a->setIcon(mPages[i].icon);
    }
}

void Workbench::addDock(QDockWidget *dock, Qt::DockWidgetArea area, std::function<QString()> title)
{
    dock->setWindowTitle(title());
    mWindow->addDockWidget(area, dock);
    mDocks.append({dock, std::move(title)});
    addAction(MenuId::View, Section::ViewDocks, dock->toggleViewAction());
    if (!mWorkspaceVisible && !dock->isHidden()) {
        mDocksHiddenForStart.append(dock);
        dock->hide();
    }
}

QList<QDockWidget *> Workbench::docks() const
{
    QList<QDockWidget *> out;
    for (const auto &d : mDocks)
        out.append(d.first);
    return out;
}

void Workbench::showMessage(const QString &text, int timeoutMs)
{
    mWindow->statusBar()->showMessage(text, timeoutMs);
}

void Workbench::addHandler(ActionHandler *handler)
{
    mHandlers.append(handler);
}

void Workbench::setWorkspaceVisible(bool visible)
{
    if (visible == mWorkspaceVisible)
        return;
    if (!visible) {
        // Remember the workspace layout, then give the start page the whole window.
        mWorkspaceState = mWindow->saveState();
        mDocksHiddenForStart.clear();
        for (const auto &d : std::as_const(mDocks)) {
            if (!d.first->isHidden()) {
                mDocksHiddenForStart.append(d.first);
                d.first->hide();
            }
        }
        if (mStartPage)
            mCentral->setCurrentWidget(mStartPage);
    } else {
        mCentral->setCurrentWidget(mTabs);
        for (const auto &d : std::as_const(mDocksHiddenForStart)) {
            if (d)
                d->show();
        }
        mDocksHiddenForStart.clear();
    }
    mWorkspaceVisible = visible;
}

QByteArray Workbench::layoutState() const
{
    return mWorkspaceVisible ? mWindow->saveState() : mWorkspaceState;
}

void Workbench::restoreLayoutState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    mWindow->restoreState(state);
    if (!mWorkspaceVisible) {
        mWorkspaceState = state;
        mDocksHiddenForStart.clear();
        for (const auto &d : std::as_const(mDocks)) {
            if (!d.first->isHidden()) {
                mDocksHiddenForStart.append(d.first);
                d.first->hide();
            }
        }
    }
}

void Workbench::retranslateMenus()
{
    menu(MenuId::File)->setTitle(QCoreApplication::translate("ksd::Workbench", "&Berkas"));
    menu(MenuId::Edit)->setTitle(QCoreApplication::translate("ksd::Workbench", "&Sunting"));
    menu(MenuId::View)->setTitle(QCoreApplication::translate("ksd::Workbench", "&Tampilan"));
    menu(MenuId::Project)->setTitle(QCoreApplication::translate("ksd::Workbench", "&Proyek"));
    menu(MenuId::Tools)->setTitle(QCoreApplication::translate("ksd::Workbench", "&Alat"));
    menu(MenuId::Help)->setTitle(QCoreApplication::translate("ksd::Workbench", "Ban&tuan"));
    mToolBar->setWindowTitle(QCoreApplication::translate("ksd::Workbench", "Bilah alat utama"));
}

void Workbench::retranslate()
{
    retranslateMenus();
    for (const PageInfo &p : std::as_const(mPages)) {
        if (p.widget)
            mTabs->setTabText(mTabs->indexOf(p.widget), p.title());
    }
    rebuildPageActions();
    for (const auto &d : std::as_const(mDocks))
        d.first->setWindowTitle(d.second());
    for (ActionHandler *h : std::as_const(mHandlers))
        h->retranslate();
    emit retranslated();
}

} // namespace ksd
