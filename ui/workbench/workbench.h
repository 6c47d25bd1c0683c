// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QUndoGroup;

namespace ksd {

class ActionHandler;
class DocumentManager;
class ProjectDocument;
class RecordSelection;
class TaskRunner;
class SuggestionService;

/// The menus of the menu bar.
enum class MenuId { File = 0, Edit, View, Project, Tools, Help };

/// Where in a menu an action goes: actions sort by section, then by the order they were added; a separator
/// divides sections. Later contributors use the named sections (e.g. the sharing actions go to FileShare).
namespace Section {
enum : int {
    FileNew = 10, FileOpen = 20, FileSave = 30, FileImportExport = 40, FileShare = 50, FileReport = 60,
    FileClose = 80, FileQuit = 90,
    EditUndo = 10, EditRecords = 20, EditFind = 30, EditPreferences = 90,
    ViewPages = 10, ViewDocks = 20, ViewOptions = 30,
    ProjectInfo = 10, ProjectScope = 20, ProjectRecords = 30, ProjectSuggestions = 40, ProjectRegister = 50,
    ToolsDefault = 10,
    HelpDefault = 10, HelpAbout = 90,
};
}

/// Keys of the centre pages, in their default order.
namespace Pages {
inline const QString Map = QStringLiteral("peta");
inline const QString Entries = QStringLiteral("isian");
inline const QString Suggestions = QStringLiteral("saran");
inline const QString Proposals = QStringLiteral("usulan");
inline const QString Agreements = QStringLiteral("kerjasama");
}

/// The window's extension points, handed to every ActionHandler and page: the current document and selection,
/// background tasks, and registration of menu actions, centre pages (tabs) and docks. MainWindow creates the
/// widgets and the handlers; the Workbench switches between the start page and the workspace, keeps menus in
/// section order and retranslates what was registered with a title function.
///
/// Typical use in a handler:
/// @code
///   mSend = new QAction(this);
///   workbench->addAction(MenuId::File, Section::FileShare, mSend);
///   connect(workbench->documents(), &DocumentManager::documentChanged, this, &MyActions::updateActions);
///   workbench->addPage(QStringLiteral("monev"), new MonevPage(workbench), [] { return tr("Monev"); }, 60);
/// @endcode
class Workbench : public QObject
{
    Q_OBJECT

public:
    /// @p central shows the start page when no document is open and @p tabs (the centre pages) otherwise.
    Workbench(QMainWindow *window, QStackedWidget *central, QTabWidget *tabs);
    /// The widget shown while no project is open (put into the central stack).
    void setStartPage(QWidget *startPage);
    ~Workbench() override;

    QMainWindow *window() const { return mWindow; }
    DocumentManager *documents() const { return mDocuments; }
    /// The open document, or nullptr.
    ProjectDocument *document() const;
    RecordSelection *selection() const { return mSelection; }
    TaskRunner *tasks() const { return mTasks; }
    /// The one suggestion run per document revision, shared by every page that shows suggestions.
    SuggestionService *suggestions() const { return mSuggestions; }
    QUndoGroup *undoGroup() const;

    // --- menus and tool bar -------------------------------------------------------------------------------
    QMenu *menu(MenuId id) const;
    void addAction(MenuId menu, int section, QAction *action);
    void addMenu(MenuId menu, int section, QMenu *submenu);
    QToolBar *toolBar() const { return mToolBar; }
    void addToolBarAction(int section, QAction *action);

    // --- centre pages ----------------------------------------------------------------------------------------
    /// Adds a tab, placed by @p order (Peta 10, Isian 20, Saran 30, Usulan 40, Kerja Sama 50). @p title is called
    /// again whenever the language changes. View gets an action (Ctrl+1…9) for it.
    void addPage(const QString &key, QWidget *page, std::function<QString()> title, int order, const QIcon &icon = {});
    /// Puts @p page in place of the page registered under @p key (e.g. the network view replacing the
    /// placeholder), keeping its title and position. The old widget is deleted.
    void replacePage(const QString &key, QWidget *page);
    QWidget *page(const QString &key) const;
    QString currentPageKey() const;
    QWidget *currentPage() const;
    void showPage(const QString &key);
    QStringList pageKeys() const; ///< in tab order

    // --- docks and status bar --------------------------------------------------------------------------------
    /// Adds a dock; View gets its show/hide action. Docks are hidden on the start page.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area, std::function<QString()> title);
    QList<QDockWidget *> docks() const;
    void showMessage(const QString &text, int timeoutMs = 6000);

    // --- handlers ------------------------------------------------------------------------------------------
    void addHandler(ActionHandler *handler);
    template<typename T> T *handler() const
    {
        for (ActionHandler *h : mHandlers) {
            if (auto *t = qobject_cast<T *>(h))
                return t;
        }
        return nullptr;
    }

    /// Sets every registered text again (MainWindow calls it on QEvent::LanguageChange).
    void retranslate();
    /// The dock and tool bar layout to remember (QMainWindow::saveState, taken from the workspace even while the
    /// start page shows).
    QByteArray layoutState() const;
    void restoreLayoutState(const QByteArray &state);

signals:
    void currentPageChanged(const QString &key);
    /// After retranslate(): for registered objects that are not widgets.
    void retranslated();

private:
    struct MenuItem
    {
        int section;
        int seq;
        QPointer<QAction> action;
        QPointer<QMenu> submenu;
    };
    struct PageInfo
    {
        QString key;
        QPointer<QWidget> widget;
        std::function<QString()> title;
        int order;
        QIcon icon;
        QAction *goTo = nullptr;
    };
    void rebuildMenu(MenuId id);
    void rebuildToolBar();
    void rebuildPageActions();
    void setWorkspaceVisible(bool visible);
    void retranslateMenus();

    QMainWindow *mWindow;
    QStackedWidget *mCentral;
    QWidget *mStartPage = nullptr;
    QTabWidget *mTabs;
    QToolBar *mToolBar;
    DocumentManager *mDocuments;
    RecordSelection *mSelection;
    TaskRunner *mTasks;
    SuggestionService *mSuggestions;
    QHash<int, QMenu *> mMenus;
    QHash<int, QList<MenuItem>> mMenuItems;
    QList<MenuItem> mToolBarItems;
    QList<PageInfo> mPages;
    QList<QPair<QDockWidget *, std::function<QString()>>> mDocks;
    QList<ActionHandler *> mHandlers;
    int mSeq = 0;
    bool mWorkspaceVisible = true;
    QList<QPointer<QDockWidget>> mDocksHiddenForStart;
    QByteArray mWorkspaceState;
};

} // namespace ksd
