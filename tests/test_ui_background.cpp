// SPDX-License-Identifier: Apache-2.0
// Opening and saving off the GUI thread (issue 15): the window keeps running its event loop while a project is read
// or written, the open document is replaced only when the new one is read, a load can be cancelled, and no input
// reaches the window while a save writes.
#include "helpers.h"
#include "uihelpers.h"

#include "document/projectdocument.h"
#include "mainwindow.h"
#include "engine/synth.h"
#include "store/ksdstore.h"
#include "store/projectlock.h"
#include "workbench/documentmanager.h"
#include "workbench/taskrunner.h"

#include <QDir>
#include <QLineEdit>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

Project nationalProject(int entries)
{
    SynthOptions options;
    options.entries = entries;
    options.seed = 7;
    return makeSyntheticProject(options);
}

/// Counts the ticks of a GUI-thread timer and what the current document was at each: a GUI thread busy loading or
/// saving would tick not at all while it works.
struct GuiTicks
{
    QTimer timer;
    int ticks = 0;
    QList<ProjectDocument *> documents;
    explicit GuiTicks(DocumentManager *docs)
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this, docs] {
            ++ticks;
            documents.append(docs->document());
        });
        timer.start();
    }
};

/// Whether a task of @p tasks names @p file (the load's "Membuka FILE…"; a suggestion run may be going besides).
bool taskNames(TaskRunner *tasks, const QString &file)
{
    const auto running = tasks->tasks();
    return std::any_of(running.cbegin(), running.cend(),
                       [&](const TaskRunner::TaskInfo &t) { return t.label.contains(file); });
}

} // namespace

TEST_CASE("a project is read on a worker thread and replaces the open one only when read", "[gui][store][thread]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nasional.ksd"));
    const Project national = nationalProject(20000);
    REQUIRE(KsdStore::save(national, path).ok());

    test::WorkbenchWindow w;
    DocumentManager *docs = w.workbench->documents();
    ProjectDocument *before = docs->adopt(test::sampleProject());
    QList<int> progressTotals;
    QObject::connect(w.workbench->tasks(), &TaskRunner::progressChanged,
                     [&](int, int, int total) { progressTotals.append(total); });

    GuiTicks ticks(docs);
    QElapsedTimer clock;
    clock.start();
    const Status st = docs->open(path, OpenAccess::ReadOnly);
    const qint64 took = clock.elapsed();
    ticks.timer.stop();
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
    // The GUI thread ran its event loop while the file was read, and the old document stayed current all along.
    CHECK(ticks.ticks > 0);
    CHECK(ticks.documents.count(before) == ticks.ticks);
    REQUIRE(docs->document() != before);
    CHECK(docs->document()->project().entries.size() == national.entries.size());
    CHECK(docs->document()->project() == national);
    // The progress reports the rows of the file (in thousands) once the count is known; before that a poll says
    // total 0 (a busy bar). The task runner polls every 100 ms, so a load that ends sooner (an idle machine) may
    // finish before the first report.
    if (took >= 300)
        CHECK_FALSE(progressTotals.isEmpty());
    for (int total : std::as_const(progressTotals)) {
        if (total != 0)
            CHECK(total >= 20);
    }
    CHECK_FALSE(taskNames(w.workbench->tasks(), QStringLiteral("nasional.ksd")));
}

TEST_CASE("a load cancelled with Escape leaves the open document as it was", "[gui][store][thread][cancel]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nasional.ksd"));
    REQUIRE(KsdStore::save(nationalProject(20000), path).ok());

    test::WorkbenchWindow w;
    w.window.show();
    DocumentManager *docs = w.workbench->documents();
    ProjectDocument *before = docs->adopt(test::sampleProject());
    int changes = 0;
    QObject::connect(docs, &DocumentManager::documentChanged, [&] { ++changes; });
    // Escape while the load runs: the one input the wait lets through, besides the status bar's cancel button.
    QObject::connect(w.workbench->tasks(), &TaskRunner::taskStarted, &w.window, [&] {
        QTimer::singleShot(0, &w.window, [&] { QTest::keyClick(&w.window, Qt::Key_Escape); });
    });

    const Status st = docs->open(path, OpenAccess::Edit);
    REQUIRE_FALSE(st.ok());
    CHECK(StoreError(st.error().code) == StoreError::Cancelled);
    CHECK(st.error().message == KsdStore::cancelledError(path).message);
    CHECK(docs->document() == before);
    CHECK(changes == 0);
    // Nothing of the cancelled open stays behind: no lock file beside the project.
    CHECK_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(path)));
    CHECK_FALSE(taskNames(w.workbench->tasks(), QStringLiteral("nasional.ksd")));
    // The same file opens when not cancelled.
    QObject::disconnect(w.workbench->tasks(), &TaskRunner::taskStarted, &w.window, nullptr);
    REQUIRE(docs->open(path, OpenAccess::Edit).ok());
    CHECK(docs->document()->project().entries.size() == 20000);
}

TEST_CASE("a save runs on a worker thread, with no input reaching the window until it is written",
          "[gui][store][thread][save]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nasional.ksd"));

    test::WorkbenchWindow w;
    auto *field = new QLineEdit;
    w.tabs->addTab(field, QStringLiteral("x"));
    w.window.show();
    DocumentManager *docs = w.workbench->documents();
    ProjectDocument *doc = docs->adopt(nationalProject(20000));
    doc->markModified();

    bool sawSaving = false;
    bool inputDropped = false;
    QObject::connect(doc, &ProjectDocument::savingChanged, &w.window, [&](bool saving) {
        if (!saving)
            return;
        QTimer::singleShot(0, &w.window, [&] {
            sawSaving = doc->isSaving() && w.workbench->tasks()->isWaiting();
            // A user typing while the project is written: the keys never reach the field.
            field->setFocus();
            QTest::keyClicks(field, QStringLiteral("abc"));
            inputDropped = doc->isSaving() && field->text().isEmpty();
        });
    });
    GuiTicks ticks(docs);
    const Status st = docs->saveAs(path);
    ticks.timer.stop();
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
    CHECK(ticks.ticks > 0);
    CHECK(sawSaving);
    CHECK(inputDropped);
    CHECK_FALSE(doc->isSaving());
    CHECK_FALSE(doc->isModified());
    CHECK(doc->filePath() == QFileInfo(path).absoluteFilePath());
    // Input reaches the window again after the save.
    QTest::keyClicks(field, QStringLiteral("ok"));
    CHECK(field->text() == QStringLiteral("ok"));

    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->project == doc->project());
}

// Not run by default: KSD_GRAB_DIR=DIR ./test_ui_background "[.grab]" saves what the window shows while a national
// project loads (the status bar's progress and cancel) and once it is read, for a person to look at.
TEST_CASE("the window while a national project loads", "[.grab]")
{
    const QString out = qEnvironmentVariable("KSD_GRAB_DIR");
    REQUIRE_FALSE(out.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nasional.ksd"));
    REQUIRE(KsdStore::save(nationalProject(50000), path).ok());
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    int shots = 0;
    QTimer grab;
    grab.setInterval(150);
    QObject::connect(&grab, &QTimer::timeout, [&] {
        if (window.workbench()->tasks()->isWaiting() && shots < 3)
            window.grab().save(QDir(out).filePath(QStringLiteral("loading-%1.png").arg(++shots)));
    });
    grab.start();
    REQUIRE(window.openFile(path));
    grab.stop();
    CHECK(shots > 0);
    QTest::qWait(500);
    window.grab().save(QDir(out).filePath(QStringLiteral("loaded.png")));
}
