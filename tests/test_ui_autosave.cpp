// SPDX-License-Identifier: Apache-2.0
// The document's saves in place, and the autosave and the merge's reading of copies off the GUI thread (issue 15).
#include "helpers.h"
#include "uihelpers.h"

#include "document/projectdocument.h"
#include "engine/synth.h"
#include "merge/merge.h"
#include "share/mergesession.h"
#include "store/ksdstore.h"
#include "workbench/autosave.h"
#include "workbench/documentmanager.h"
#include "workbench/taskrunner.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

Project nationalProject(int entries)
{
    return makeSyntheticProject(SynthOptions{.entries = entries, .seed = 3});
}

/// A workbench with an autosave manager whose recovery folder is private to the test, and an open document of
/// @p entries synthetic entries.
struct AutosaveFixture
{
    QTemporaryDir dir;
    test::WorkbenchWindow w;
    DocumentManager *docs = w.workbench->documents();
    std::unique_ptr<AutosaveManager> autosave;
    ProjectDocument *doc = nullptr;

    explicit AutosaveFixture(int entries)
    {
        AutosaveManager::setRecoveryDirForTesting(dir.filePath(QStringLiteral("recovery")));
        autosave = std::make_unique<AutosaveManager>(docs);
        doc = docs->adopt(nationalProject(entries), dir.filePath(QStringLiteral("asli.ksd")));
    }
};

} // namespace

TEST_CASE("a document saves back to its file in place, and whole to another file", "[gui][store][inplace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("proyek.ksd"));
    REQUIRE(KsdStore::save(nationalProject(3000), path).ok());

    test::WorkbenchWindow w;
    DocumentManager *docs = w.workbench->documents();
    REQUIRE(docs->open(path, OpenAccess::Edit).ok());
    ProjectDocument *doc = docs->document();
    REQUIRE(doc->saveBaseline().isValid());

    REQUIRE(doc->changeEntryField(doc->liveIds<Entry>().at(10), EntryField::Title, QStringLiteral("Judul baru")));
    REQUIRE(docs->save().ok());
    CHECK(doc->lastSaveInfo().kind == SaveKind::Incremental);
    CHECK(doc->lastSaveInfo().fallback == SaveFallback::None);
    CHECK_FALSE(doc->isModified());
    auto back = KsdStore::load(path);
    REQUIRE(back.ok());
    CHECK(back->project == doc->project());

    // Save As: a new file, written whole; the next save to it is in place.
    const QString other = dir.filePath(QStringLiteral("lain.ksd"));
    REQUIRE(docs->saveAs(other).ok());
    CHECK(doc->lastSaveInfo().kind == SaveKind::Full);
    CHECK(doc->lastSaveInfo().fallback == SaveFallback::OtherFile);
    REQUIRE(doc->removeEntries({doc->liveIds<Entry>().at(3)}));
    REQUIRE(docs->save().ok());
    CHECK(doc->lastSaveInfo().kind == SaveKind::Incremental);
    auto otherBack = KsdStore::load(other);
    REQUIRE(otherBack.ok());
    CHECK(otherBack->project == doc->project());
}

TEST_CASE("autosave writes its copy on a worker thread while editing goes on", "[gui][store][thread][autosave]")
{
    AutosaveFixture f(20000);
    test::WorkbenchWindow &w = f.w;
    AutosaveManager &autosave = *f.autosave;
    ProjectDocument *doc = f.doc;
    REQUIRE(doc->changeEntryField(doc->liveIds<Entry>().first(), EntryField::Title, QStringLiteral("Belum disimpan")));
    const Project atAutosave = doc->project();

    QStringList labels;
    QObject::connect(w.workbench->tasks(), &TaskRunner::taskStarted,
                     [&](int, const QString &label) { labels.append(label); });
    QSignalSpy written(&autosave, &AutosaveManager::autosaved);
    // The GUI thread keeps its event loop: a timer ticks and an edit goes in while the copy is written.
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start();

    REQUIRE(autosave.autosaveNow().ok());
    // It returned at once, the copy being written by a task of the task runner (shown in the status bar).
    CHECK(autosave.isWriting());
    CHECK(written.isEmpty());
    REQUIRE(labels.size() == 1);
    CHECK(labels.first() == AutosaveManager::tr("Menyimpan salinan pemulihan…"));
    CHECK(doc->changeEntryField(doc->liveIds<Entry>().at(1), EntryField::Title, QStringLiteral("Selama autosave")));

    REQUIRE(written.wait(60000));
    timer.stop();
    CHECK(ticks > 0);
    CHECK_FALSE(autosave.isWriting());
    const QString copy = autosave.currentRecoveryFile();
    REQUIRE(QFileInfo::exists(copy));
    auto loaded = KsdStore::load(copy);
    REQUIRE(loaded.ok());
    CHECK(loaded->project == atAutosave); // the snapshot taken when it started, not the edit made meanwhile

    // The edit made meanwhile is written by the next autosave.
    REQUIRE(autosave.autosaveNow().ok());
    REQUIRE(written.wait(60000));
    auto next = KsdStore::load(copy);
    REQUIRE(next.ok());
    CHECK(next->project == doc->project());
}

TEST_CASE("a copy being autosaved when the document is saved is not left behind", "[gui][store][autosave]")
{
    AutosaveFixture f(5000);
    AutosaveManager &autosave = *f.autosave;
    f.doc->markModified();
    REQUIRE(autosave.autosaveNow().ok());
    REQUIRE(autosave.isWriting());
    REQUIRE(f.docs->saveAs(f.dir.filePath(QStringLiteral("asli.ksd"))).ok());
    f.w.workbench->tasks()->waitForAll();
    CHECK_FALSE(autosave.isWriting());
    CHECK(autosave.currentRecoveryFile().isEmpty());
    CHECK(QDir(AutosaveManager::recoveryDir()).entryList({QStringLiteral("*.ksd")}, QDir::Files).isEmpty());
}

TEST_CASE("the merge reads the returned copies through the document manager's worker", "[gui][store][thread][merge]")
{
    QTemporaryDir dir;
    test::WorkbenchWindow w;
    DocumentManager *docs = w.workbench->documents();
    ProjectDocument *doc = docs->adopt(nationalProject(5000), dir.filePath(QStringLiteral("induk.ksd")));
    Project copy = makeCopy(doc->project(), QStringLiteral("Dinas Uji"), {}, nowUtc());
    copy.entries[0].title = QStringLiteral("diubah di salinan");
    copy.entries[0].meta.modified = nowUtc().addSecs(60);
    const QString copyPath = dir.filePath(QStringLiteral("salinan.ksd"));
    REQUIRE(KsdStore::save(copy, copyPath).ok());

    QStringList labels;
    QObject::connect(w.workbench->tasks(), &TaskRunner::taskStarted,
                     [&](int, const QString &label) { labels.append(label); });
    MergeSession session(doc->project());
    session.setLoader(MergeSession::loaderThrough(docs));
    REQUIRE(session.addFiles({copyPath}) == 1);
    CHECK(labels == QStringList{DocumentManager::tr("Membuka %1…").arg(QStringLiteral("salinan.ksd"))});
    REQUIRE(session.sources().size() == 1);
    CHECK(session.sources().first().copy == copy);
    CHECK(session.outcome().total().changed == 1);
}
