// SPDX-License-Identifier: Apache-2.0
// The main window offscreen: edit a cell through the view's editor, undo, save, reopen; the unsaved-changes
// decision; recent files; autosave and recovery; background suggestion runs and stale results; Delete, Ctrl+F,
// the window title and a dropped .ksd.
#include "helpers.h"

#include "actions/editactions.h"
#include "actions/fileactions.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "models/entriesmodel.h"
#include "models/itemroles.h"
#include "models/proposalsmodel.h"
#include "models/suggestionsmodel.h"
#include "register/promotion.h"
#include "store/ksdstore.h"
#include "widgets/entriespage.h"
#include "widgets/recordtablepage.h"
#include "widgets/recordtableview.h"
#include "widgets/suggestionspage.h"
#include "workbench/autosave.h"
#include "workbench/documentmanager.h"
#include "workbench/recentfiles.h"
#include "workbench/recordselection.h"
#include "workbench/taskrunner.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

/// A window with clean settings and a private recovery folder.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    Fixture()
    {
        QSettings().clear();
        AutosaveManager::setRecoveryDirForTesting(dir.filePath(QStringLiteral("recovery")));
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
        files()->setErrorSink([](const QString &title, const QString &message) {
            FAIL("unexpected error dialog: " << title.toStdString() << ": " << message.toStdString());
        });
    }
    Workbench *wb() const { return window->workbench(); }
    FileActions *files() const { return wb()->handler<FileActions>(); }
    ProjectDocument *doc() const { return wb()->document(); }
    EntriesPage *entries() const { return qobject_cast<EntriesPage *>(wb()->page(Pages::Entries)); }
    void openDemo()
    {
        wb()->documents()->adopt(makeDemoProject(QDate(2025, 1, 15)));
        wb()->tasks()->waitForAll();
        QApplication::processEvents();
    }
};

/// Changes the priority of the first entry to another value (one undo step).
void touchFirstEntry(ProjectDocument *doc)
{
    const QUuid id = doc->liveIds<Entry>().first();
    REQUIRE(doc->changeEntryField(id, EntryField::Priority, doc->entry(id)->priority % 5 + 1));
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

TEST_CASE("edit a cell in the view, undo, save and reopen", "[gui]")
{
    Fixture f;
    f.openDemo();
    REQUIRE(f.doc());
    f.wb()->showPage(Pages::Entries);
    RecordTableView *view = f.entries()->view();
    REQUIRE(view->model()->rowCount() > 3);

    // priority of row 2 through the spin box the delegate opens
    const QModelIndex priority = view->model()->index(2, int(EntryField::Priority));
    const QUuid id = priority.data(RecordIdRole).toUuid();
    const int before = f.doc()->entry(id)->priority;
    const int wanted = before == 1 ? 4 : 1;
    view->setFocus();
    view->setCurrentIndex(priority);
    view->edit(priority);
    auto *spin = view->viewport()->findChild<QSpinBox *>();
    REQUIRE(spin);
    spin->setValue(wanted);
    QTest::keyClick(spin, Qt::Key_Return);
    settle();
    CHECK(f.doc()->entry(id)->priority == wanted);
    CHECK(f.doc()->undoStack()->count() == 1);
    CHECK(f.window->isWindowModified());

    // undo through the Edit menu's action
    QAction *undo = f.wb()->handler<EditActions>()->undoAction();
    REQUIRE(undo->isEnabled());
    CHECK(undo->text().startsWith(QStringLiteral("&Urungkan Ubah isian: Prioritas")));
    undo->trigger();
    CHECK(f.doc()->entry(id)->priority == before);
    CHECK_FALSE(f.window->isWindowModified());

    // a title typed into the line edit
    const QModelIndex title = view->model()->index(2, int(EntryField::Title));
    view->setCurrentIndex(title);
    view->edit(title);
    auto *line = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(line);
    line->setText(QStringLiteral("Judul diubah di tabel"));
    QTest::keyClick(line, Qt::Key_Return);
    settle();
    CHECK(f.doc()->entry(id)->title == QStringLiteral("Judul diubah di tabel"));

    // save (Save As prompt answered) and read the file back
    const QString path = f.dir.filePath(QStringLiteral("demo.ksd"));
    f.files()->setSavePathPrompt([path](const QString &) { return path; });
    REQUIRE(f.files()->save());
    CHECK_FALSE(f.doc()->isModified());
    CHECK(f.window->windowTitle() == QStringLiteral("demo.ksd[*] – PetaKSD"));
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    const Entry *e = loaded->project.entry(id);
    REQUIRE(e);
    CHECK(e->priority == before);
    CHECK(e->title == QStringLiteral("Judul diubah di tabel"));
    CHECK(e->meta.modifiedBy == QStringLiteral("Bagian Pemerintahan"));
    CHECK(loaded->project.entries == f.doc()->project().entries);
    CHECK(f.wb()->documents()->recentFiles()->files().value(0) == path);
    // Recent files name the project, as the planner knows it, before the file.
    const QString projectTitle = f.doc()->project().title;
    REQUIRE_FALSE(projectTitle.isEmpty());
    CHECK(f.wb()->documents()->recentFiles()->title(path) == projectTitle);
    bool inMenu = false;
    for (QAction *a : f.window->findChildren<QAction *>())
        inMenu = inMenu || a->text() == QStringLiteral("&1 %1 (demo.ksd)").arg(QString(projectTitle).replace(QLatin1Char('&'), QStringLiteral("&&")));
    CHECK(inMenu);
    auto *startList = f.window->findChild<QListWidget *>(QStringLiteral("recentFiles"));
    REQUIRE(startList);
    REQUIRE(startList->count() >= 1);
    CHECK(startList->item(0)->text().startsWith(projectTitle + QStringLiteral("\ndemo.ksd · ")));
}

TEST_CASE("the unsaved-changes decision", "[gui][files]")
{
    using A = FileActions::UnsavedAnswer;
    int saves = 0;
    auto ok = [&saves] { ++saves; return true; };
    auto fails = [&saves] { ++saves; return false; };
    CHECK(FileActions::mayProceed(false, A::Cancel, ok)); // nothing to lose: no question
    CHECK(saves == 0);
    CHECK(FileActions::mayProceed(true, A::Discard, ok));
    CHECK_FALSE(FileActions::mayProceed(true, A::Cancel, ok));
    CHECK(saves == 0);
    CHECK(FileActions::mayProceed(true, A::Save, ok));
    CHECK(saves == 1);
    CHECK_FALSE(FileActions::mayProceed(true, A::Save, fails)); // a failed save keeps the project open
    CHECK(saves == 2);
}

TEST_CASE("closing asks only when there are changes, and follows the answer", "[gui][files]")
{
    Fixture f;
    f.openDemo();
    int asked = 0;
    FileActions::UnsavedAnswer answer = FileActions::UnsavedAnswer::Cancel;
    f.files()->setUnsavedPrompt([&](const QString &name) {
        ++asked;
        CHECK(name == f.doc()->displayName());
        return answer;
    });
    CHECK(f.files()->closeDocument()); // unmodified: closes without a question
    CHECK(asked == 0);
    CHECK_FALSE(f.doc());

    f.openDemo();
    touchFirstEntry(f.doc());
    answer = FileActions::UnsavedAnswer::Cancel;
    CHECK_FALSE(f.files()->closeDocument());
    CHECK(asked == 1);
    CHECK(f.doc());
    CHECK_FALSE(f.window->close()); // the window stays too
    CHECK(asked == 2);

    answer = FileActions::UnsavedAnswer::Save;
    const QString path = f.dir.filePath(QStringLiteral("disimpan.ksd"));
    f.files()->setSavePathPrompt([path](const QString &suggested) {
        CHECK(suggested.endsWith(QStringLiteral(".ksd")));
        return path;
    });
    CHECK(f.files()->closeDocument());
    CHECK(asked == 3);
    CHECK_FALSE(f.doc());
    CHECK(QFileInfo::exists(path));

    // reopen, change, discard
    REQUIRE(f.files()->openFile(path));
    f.doc()->changeProjectInfo({QStringLiteral("Dibuang"), f.doc()->project().ownerRegion, 2030});
    answer = FileActions::UnsavedAnswer::Discard;
    CHECK(f.files()->closeDocument());
    CHECK(KsdStore::load(path)->project.title != QStringLiteral("Dibuang"));
}

TEST_CASE("recent files keep ten, newest first, once each", "[gui][files]")
{
    QSettings().clear();
    RecentFiles recent;
    for (int i = 0; i < 12; ++i)
        recent.add(QStringLiteral("/tmp/proyek%1.ksd").arg(i), QStringLiteral("Pemetaan %1").arg(i));
    QStringList files = recent.files();
    REQUIRE(files.size() == RecentFiles::MaxFiles);
    CHECK(files.first() == QStringLiteral("/tmp/proyek11.ksd"));
    CHECK(files.last() == QStringLiteral("/tmp/proyek2.ksd"));
    recent.add(QStringLiteral("/tmp/proyek5.ksd"), QStringLiteral("Pemetaan KSD Kota Banjar 2025"));
    files = recent.files();
    CHECK(recent.title(QStringLiteral("/tmp/proyek5.ksd")) == QStringLiteral("Pemetaan KSD Kota Banjar 2025"));
    CHECK(recent.title(QStringLiteral("/tmp/proyek11.ksd")) == QStringLiteral("Pemetaan 11"));
    CHECK(recent.title(QStringLiteral("/tmp/proyek0.ksd")).isEmpty()); // dropped with its file
    CHECK(files.first() == QStringLiteral("/tmp/proyek5.ksd"));
    CHECK(files.count(QStringLiteral("/tmp/proyek5.ksd")) == 1);
    CHECK(files.size() == RecentFiles::MaxFiles);
    recent.remove(QStringLiteral("/tmp/proyek5.ksd"));
    CHECK_FALSE(recent.files().contains(QStringLiteral("/tmp/proyek5.ksd")));
    // survives a new object (QSettings)
    CHECK(RecentFiles().files() == recent.files());
    CHECK(RecentFiles().title(QStringLiteral("/tmp/proyek11.ksd")) == QStringLiteral("Pemetaan 11"));
}

TEST_CASE("autosave writes a recovery copy and recovery restores it", "[gui][files]")
{
    QTemporaryDir dir;
    AutosaveManager::setRecoveryDirForTesting(dir.filePath(QStringLiteral("recovery")));
    Project edited;
    QString original = dir.filePath(QStringLiteral("asli.ksd"));
    {
        DocumentManager docs;
        AutosaveManager autosave(&docs);
        ProjectDocument *doc = docs.adopt(makeDemoProject(QDate(2025, 1, 15)), original);
        REQUIRE(autosave.autosaveNow().ok());
        CHECK(autosave.currentRecoveryFile().isEmpty()); // nothing unsaved, nothing written

        doc->changeEntryField(doc->liveIds<Entry>().first(), EntryField::Title, QStringLiteral("Belum disimpan"));
        REQUIRE(autosave.autosaveNow().ok());
        const QString copy = autosave.currentRecoveryFile();
        REQUIRE(QFileInfo::exists(copy));
        CHECK(copy.startsWith(dir.filePath(QStringLiteral("recovery"))));
        auto loaded = KsdStore::load(copy);
        REQUIRE(loaded.ok());
        CHECK(loaded->project == doc->project());
        // our own running session's copy is not offered
        CHECK(AutosaveManager::pendingRecoveries().isEmpty());

        // saving removes the copy
        REQUIRE(doc->saveAs(original).ok());
        CHECK_FALSE(QFileInfo::exists(copy));

        touchFirstEntry(doc);
        REQUIRE(autosave.autosaveNow().ok());
        edited = doc->project();
        autosave.abandonForTesting(); // as a crash would leave it
    }
    const QList<RecoveryItem> items = AutosaveManager::pendingRecoveries();
    REQUIRE(items.size() == 1);
    CHECK(items.first().originalPath == original);
    CHECK(items.first().title == edited.title);

    DocumentManager docs;
    AutosaveManager autosave(&docs);
    REQUIRE(autosave.recover(items.first()).ok());
    REQUIRE(docs.document());
    CHECK(docs.document()->project() == edited);
    CHECK(docs.document()->isModified());
    CHECK(docs.document()->filePath() == original);
    CHECK(AutosaveManager::pendingRecoveries().isEmpty()); // taken over by this session

    // a clean close leaves nothing behind
    docs.close();
    CHECK(AutosaveManager::pendingRecoveries().isEmpty());
    CHECK(QDir(AutosaveManager::recoveryDir()).entryList({QStringLiteral("*.ksd")}, QDir::Files).isEmpty());
}

TEST_CASE("a dropped .ksd file opens, the title shows it and its modified mark", "[gui][files]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("seret.ksd"));
    REQUIRE(KsdStore::save(makeDemoProject(QDate(2025, 1, 15)), path).ok());
    CHECK(f.window->windowTitle() == QStringLiteral("PetaKSD"));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &drop);
    settle();
    REQUIRE(f.doc());
    CHECK(f.doc()->filePath() == path);
    CHECK(f.window->windowTitle() == QStringLiteral("seret.ksd[*] – PetaKSD"));
    CHECK_FALSE(f.window->isWindowModified());
    f.doc()->addRegionsToScope({QStringLiteral("11.01")});
    CHECK(f.window->isWindowModified());

    // a file that is not a .ksd is refused with the store's message
    QString message;
    f.files()->setErrorSink([&message](const QString &, const QString &m) { message = m; });
    f.files()->setUnsavedPrompt([](const QString &) { return FileActions::UnsavedAnswer::Discard; });
    const QString bad = f.dir.filePath(QStringLiteral("bukan.ksd"));
    QFile b(bad);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write("bukan basis data");
    b.close();
    CHECK_FALSE(f.files()->openFile(bad));
    CHECK(message.contains(QStringLiteral("bukan.ksd")));
    CHECK(f.doc()->filePath() == path); // the open project stays
}

TEST_CASE("Delete removes the selected rows and Ctrl+F goes to the filter", "[gui]")
{
    Fixture f;
    f.openDemo();
    f.wb()->showPage(Pages::Entries);
    settle();
    RecordTableView *view = f.entries()->view();
    const int rows = view->model()->rowCount();
    view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(2, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *del = f.wb()->handler<EditActions>()->deleteAction();
    REQUIRE(del->isEnabled());
    CHECK(del->shortcut() == QKeySequence(QKeySequence::Delete));
    del->trigger();
    CHECK(view->model()->rowCount() == rows - 3);
    CHECK(f.doc()->undoStack()->undoText() == QStringLiteral("Hapus 3 isian"));
    f.doc()->undoStack()->undo();
    CHECK(view->model()->rowCount() == rows);

    QAction *find = f.wb()->handler<EditActions>()->findAction();
    CHECK(find->shortcut() == QKeySequence(QKeySequence::Find));
    find->trigger();
    auto *focus = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(focus);
    CHECK(focus->accessibleName() == QStringLiteral("Cari isian"));
}

TEST_CASE("suggestions run in the background and go stale when the project changes", "[gui][tasks]")
{
    Fixture f;
    f.openDemo();
    auto *page = qobject_cast<SuggestionsPage *>(f.wb()->page(Pages::Suggestions));
    REQUIRE(page);
    SuggestionsModel *model = page->model();
    REQUIRE(model->hasResults());
    CHECK(model->rowCount() > 0);
    CHECK_FALSE(model->isStale());
    CHECK(model->revision() == f.doc()->revision());

    // a change makes the results stale, never silently current
    touchFirstEntry(f.doc());
    CHECK(model->isStale());
    CHECK(model->index(0, 0).data(Qt::ForegroundRole).isValid());

    // a result computed from an older revision arrives stale
    const int task = page->runSuggestions();
    touchFirstEntry(f.doc());
    f.wb()->tasks()->waitForAll();
    CHECK_FALSE(f.wb()->tasks()->isRunning(task));
    CHECK(model->isStale());

    page->runSuggestions();
    f.wb()->tasks()->waitForAll();
    CHECK_FALSE(model->isStale());

    // "Jadikan usulan" makes a proposal that remembers the suggestion
    f.wb()->showPage(Pages::Suggestions);
    settle();
    auto *view = page->view();
    view->selectRow(0);
    const Suggestion *s = model->suggestionAt(
        static_cast<QSortFilterProxyModel *>(view->model())->mapToSource(view->currentIndex()).row());
    REQUIRE(s);
    const QString key = s->key();
    const qsizetype proposals = f.doc()->liveIds<Proposal>().size();
    page->proposeCurrent();
    REQUIRE(f.doc()->liveIds<Proposal>().size() == proposals + 1);
    const Proposal *p = f.doc()->proposal(f.doc()->liveIds<Proposal>().last());
    CHECK(p->suggestionKey == key);
    CHECK(model->isProposed(*s));
    CHECK(f.doc()->undoStack()->undoText().startsWith(QStringLiteral("Jadikan usulan: ")));
    // the page and the commands promote through the one core function
    CHECK(p->description == proposalFromSuggestion(*s, f.doc()->project()).description);
    CHECK(p->suggestionNote == SuggestionEngine::reasons(*s));
}

TEST_CASE("a cancelled task delivers nothing", "[tasks]")
{
    TaskRunner runner;
    std::atomic<bool> started{false};
    bool delivered = false;
    const int id = runner.run<int>(
        QStringLiteral("uji"), nullptr,
        [&started](TaskControl &c) {
            started = true;
            while (!c.cancelled())
                QThread::msleep(5);
            return 1;
        },
        [&delivered](int &&) { delivered = true; });
    while (!started)
        QThread::msleep(5);
    CHECK(runner.isRunning(id));
    runner.cancel(id);
    runner.waitForAll();
    CHECK_FALSE(delivered);

    int value = 0;
    runner.run<int>(
        QStringLiteral("uji"), nullptr, [](TaskControl &c) { c.progress(1, 1); return 42; },
        [&value](int &&v) { value = v; });
    runner.waitForAll();
    CHECK(value == 42);
}

TEST_CASE("selection is shared between the tables and the inspector, and a language change retranslates", "[gui]")
{
    Fixture f;
    f.openDemo();
    f.wb()->showPage(Pages::Entries);
    settle();
    RecordTableView *view = f.entries()->view();
    view->selectRow(1);
    const QUuid id = view->currentId();
    CHECK(f.wb()->selection()->current() == RecordRef{RecordType::Entry, id});

    // the other way: setting the selection selects the row
    const QUuid other = f.doc()->liveIds<Entry>().at(5);
    f.wb()->selection()->setCurrent({RecordType::Entry, other});
    CHECK(view->currentId() == other);

    // a language change reaches every registered text without trouble
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(f.window.get(), &change);
    CHECK(f.wb()->menu(MenuId::File)->title() == QStringLiteral("&Berkas"));
    CHECK(f.window->windowTitle().endsWith(QStringLiteral("[*] – PetaKSD")));
}

TEST_CASE("Usulan and Kerja Sama offer one add action, the editor, first on their tool bars", "[gui]")
{
    Fixture f;
    f.openDemo();
    for (const auto &[page, editor] : {std::pair{Pages::Proposals, "newProposal"},
                                       std::pair{Pages::Agreements, "newAgreement"}}) {
        auto *records = qobject_cast<RecordTablePage *>(f.wb()->page(page));
        REQUIRE(records);
        auto *bar = records->findChild<QToolBar *>();
        REQUIRE(bar);
        QList<QAction *> shown;
        for (QAction *a : bar->actions()) {
            if (a->isVisible() && !a->isSeparator() && !a->text().isEmpty())
                shown.append(a);
        }
        REQUIRE(shown.size() >= 2);
        CHECK(shown.first()->objectName() == QLatin1String(editor));
        CHECK_FALSE(records->addRecordAction()->isVisible());
        CHECK(shown.last() == records->removeRecordAction()); // the one that may fold into the » menu
    }
}

namespace {

/// Every one of @p columns of @p view starts inside the viewport with at least 100 pixels (or all of it) in view,
/// the table scrolled to its left edge.
void checkKeyColumnsShown(QTableView *view, const QList<int> &columns)
{
    view->horizontalScrollBar()->setValue(0);
    QApplication::processEvents();
    QHeaderView *header = view->horizontalHeader();
    for (int c : columns) {
        INFO(view->objectName().toStdString() << " column "
             << view->model()->headerData(c, Qt::Horizontal).toString().toStdString());
        CHECK_FALSE(header->isSectionHidden(c));
        const int x = header->sectionViewportPosition(c);
        CHECK(x >= 0);
        CHECK(x + std::min(header->sectionSize(c), 100) <= view->viewport()->width());
    }
}

} // namespace

TEST_CASE("at 1366×768 the window stays within the screen and every tab shows its key columns", "[gui][layout]")
{
    Fixture f;
    const QSize screen(1366, 768);
    f.window->resize(screen);
    f.openDemo();
    settle();
    auto fits = [&] {
        QApplication::processEvents();
        CHECK(f.window->width() <= screen.width());
        CHECK(f.window->height() <= screen.height());
        CHECK(f.window->minimumSizeHint().width() <= screen.width());
    };

    // typing in the Isian search box (the filter row shows its reset button) must not widen the window
    f.wb()->showPage(Pages::Entries);
    f.wb()->handler<EditActions>()->findAction()->trigger();
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("pengelolaan sampah regional lintas kabupaten"));
    QTest::qWait(300);
    fits();
    search->clear();
    QTest::qWait(300);
    fits();

    using S = SuggestionsModel;
    f.wb()->showPage(Pages::Suggestions);
    settle();
    auto *suggestions = qobject_cast<SuggestionsPage *>(f.wb()->page(Pages::Suggestions));
    REQUIRE(suggestions->model()->rowCount() > 0);
    checkKeyColumnsShown(suggestions->view(), {S::ClassColumn, S::RegionAColumn, S::RegionBColumn, S::UrusanColumn,
                                               S::ScoreColumn, S::ProposedColumn});
    fits();

    f.wb()->showPage(Pages::Entries);
    settle();
    checkKeyColumnsShown(f.entries()->view(), {int(EntryField::Region), int(EntryField::Urusan), int(EntryField::Kind),
                                               int(EntryField::Title)});
    fits();

    f.wb()->showPage(Pages::Proposals);
    settle();
    auto *proposals = qobject_cast<RecordTablePage *>(f.wb()->page(Pages::Proposals));
    checkKeyColumnsShown(proposals->view(), {int(ProposalField::Title), ProposalsModel::EligibleColumn,
                                             ProposalsModel::CategoryColumn});
    fits();

    f.wb()->showPage(Pages::Agreements);
    settle();
    auto *agreements = qobject_cast<RecordTablePage *>(f.wb()->page(Pages::Agreements));
    checkKeyColumnsShown(agreements->view(), {int(AgreementField::Title), int(AgreementField::Category),
                                              int(AgreementField::Stage), int(AgreementField::Status)});
    fits();

    // the inspector shows where it has something to show, and its room goes to the table elsewhere
    auto *inspector = f.window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    REQUIRE(inspector);
    CHECK(inspector->isVisible());
    f.wb()->showPage(Pages::Suggestions);
    settle();
    CHECK_FALSE(inspector->isVisible());
    f.wb()->showPage(Pages::Proposals);
    settle();
    CHECK(inspector->isVisible());

    // a disabled action says why
    auto *promote = f.window->findChild<QAction *>(QStringLiteral("promoteProposal"));
    REQUIRE(promote);
    f.wb()->selection()->setCurrent({});
    settle();
    CHECK_FALSE(promote->isEnabled());
    CHECK(promote->statusTip() == QStringLiteral("Pilih satu usulan pada tab Usulan."));
    CHECK(promote->toolTip().contains(QStringLiteral("Pilih satu usulan")));
}

TEST_CASE("a live switch to English reaches the map tool bar and the undo history", "[gui][i18n]")
{
    Fixture f;
    f.openDemo();
    f.wb()->showPage(Pages::Map);
    settle();
    auto texts = [&] {
        QStringList out;
        for (auto *b : f.window->findChildren<QAbstractButton *>())
            out.append(b->text());
        for (auto *c : f.window->findChildren<QComboBox *>()) {
            for (int i = 0; i < c->count(); ++i)
                out.append(c->itemText(i));
        }
        return out;
    };
    auto *undo = f.window->findChild<QUndoView *>();
    REQUIRE(undo);
    CHECK(undo->emptyLabel() == QStringLiteral("<proyek dibuka>"));
    CHECK(texts().contains(QStringLiteral("Paskan")));
    CHECK(texts().contains(QStringLiteral("Geografis")));

    // The app embeds its translations; a test loads the English one from beside the built petaksd.
    QTranslator english;
    REQUIRE(english.load(QFileInfo(QStringLiteral(KSD_PETAKSD_BIN)).dir().filePath(QStringLiteral("petaksd_en.qm"))));
    QCoreApplication::installTranslator(&english);
    settle();
    const QStringList shown = texts();
    CHECK(undo->emptyLabel() == QStringLiteral("<project opened>"));
    for (const char *indonesian : {"Paskan", "Ekspor", "Tampilan", "Geografis", "Semua tahap"})
        CHECK_FALSE(shown.contains(QLatin1String(indonesian)));
    CHECK(shown.contains(QStringLiteral("Fit")));
    CHECK(shown.contains(QStringLiteral("Geographic")));

    QCoreApplication::removeTranslator(&english);
    settle();
    CHECK(undo->emptyLabel() == QStringLiteral("<proyek dibuka>"));
    CHECK(texts().contains(QStringLiteral("Paskan")));
}

TEST_CASE("opening an old-format file says it is upgraded on the next save, with the backup kept", "[gui][issue14]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("lama.ksd"));
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Proyek lama"), 2023);
    Entry e;
    e.meta = RecordMeta::fresh(QStringLiteral("Bappeda"));
    e.regionCode = QStringLiteral("63.03");
    e.urusanCode = QStringLiteral("2.11");
    e.title = QStringLiteral("Isian lama");
    e.priority = 3;
    e.year = 2023;
    p.entries.append(e);
    REQUIRE(KsdStore::saveAsVersion(p, path, 1).ok());
    QFile original(path);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();

    REQUIRE(f.files()->openFile(path));
    const QString message = f.window->statusBar()->currentMessage();
    const QString backup = QDir::toNativeSeparators(path + QStringLiteral(".v1.bak"));
    CHECK(message.contains(QStringLiteral("versi 1")));
    CHECK(message.contains(backup));
    // The truth: nothing is written yet.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".v1.bak")));
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(original.readAll() == bytes);
    original.close();

    // The next save upgrades the file and keeps the original where the message said.
    touchFirstEntry(f.doc());
    REQUIRE(f.files()->save());
    QFile kept(path + QStringLiteral(".v1.bak"));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == bytes);
}
