// SPDX-License-Identifier: Apache-2.0
// Two PetaKSD windows and one .ksd: the second window is told who has it open and where, and opens it read-only,
// as a copy or anyway; a project in a read-only folder opens read-only with a banner and Save As.
#include "helpers.h"
#include "uihelpers.h"

#include "actions/fileactions.h"
#include "document/projectdocument.h"
#include "store/ksdstore.h"
#include "store/projectlock.h"
#include "widgets/startpage.h"
#include "workbench/autosave.h"
#include "workbench/documentmanager.h"
#include "workbench/preferences.h"
#include "workbench/recentfiles.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolBar>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

/// One window: the Workbench frame with the Berkas handler, prompts answered by the test.
struct Window
{
    test::WorkbenchWindow frame;
    FileActions *files;
    std::optional<LockOwner> promptedOwner;
    FileActions::LockAnswer answer = FileActions::LockAnswer::Cancel;
    QString savePath;
    QString lastError;

    Window()
    {
        auto *start = new StartPage(frame.workbench->documents()->recentFiles(), frame.central);
        frame.workbench->setStartPage(start);
        files = new FileActions(frame.workbench, start);
        frame.workbench->addHandler(files);
        files->setLockPrompt([this](const LockOwner &owner, const QString &) {
            promptedOwner = owner;
            return answer;
        });
        files->setSavePathPrompt([this](const QString &) { return savePath; });
        files->setErrorSink([this](const QString &, const QString &message) { lastError = message; });
        files->setUnsavedPrompt([](const QString &) { return FileActions::UnsavedAnswer::Discard; });
    }
    ProjectDocument *doc() const { return frame.workbench->document(); }
    QToolBar *banner() const { return frame.window.findChild<QToolBar *>(QStringLiteral("documentBanner")); }
    QString bannerText() const
    {
        return frame.window.findChild<QLabel *>(QStringLiteral("documentBannerText"))->text();
    }
    bool bannerShown() const { return !banner()->isHidden(); }
};

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    Fixture()
    {
        QSettings().clear();
        AutosaveManager::setRecoveryDirForTesting(dir.filePath(QStringLiteral("recovery")));
        path = dir.filePath(QStringLiteral("banjar.ksd"));
        REQUIRE(KsdStore::save(test::sampleProject(), path).ok());
    }
};

} // namespace

TEST_CASE("two windows, one project: the second is told who has it and chooses", "[gui][lock]")
{
    Fixture f;
    Preferences::instance()->setEditorName(QStringLiteral("Ani Bappeda"));
    Window first;
    REQUIRE(first.files->openFile(f.path));
    REQUIRE(first.doc());
    CHECK_FALSE(first.doc()->isReadOnly());
    CHECK_FALSE(first.bannerShown());
    CHECK(first.frame.workbench->documents()->lock().isHeld());
    REQUIRE(ProjectLock::readOwner(f.path));
    CHECK(ProjectLock::readOwner(f.path)->name == QStringLiteral("Ani Bappeda"));

    Window second;
    SECTION("cancel: nothing opens")
    {
        second.answer = FileActions::LockAnswer::Cancel;
        CHECK_FALSE(second.files->openFile(f.path));
        REQUIRE(second.promptedOwner);
        CHECK(second.promptedOwner->name == QStringLiteral("Ani Bappeda"));
        CHECK(second.doc() == nullptr);
    }
    SECTION("read-only: a banner says who, Save goes to Save As and never over the open file")
    {
        second.answer = FileActions::LockAnswer::ReadOnly;
        REQUIRE(second.files->openFile(f.path));
        REQUIRE(second.doc());
        CHECK(second.doc()->isReadOnly());
        CHECK(second.bannerShown());
        CHECK(second.bannerText().contains(QStringLiteral("Proyek ini sedang dibuka oleh Ani Bappeda")));
        CHECK_FALSE(second.frame.workbench->documents()->lock().isHeld());

        second.savePath = f.path; // the same file: refused, the owner named
        CHECK_FALSE(second.files->save());
        CHECK(second.lastError.contains(QStringLiteral("sedang dibuka oleh Ani Bappeda")));
        CHECK(second.doc()->isReadOnly());

        second.savePath = f.dir.filePath(QStringLiteral("banjar-budi.ksd"));
        REQUIRE(second.files->save());
        CHECK_FALSE(second.doc()->isReadOnly());
        CHECK_FALSE(second.bannerShown());
        CHECK(second.doc()->filePath() == second.savePath);
        CHECK(second.frame.workbench->documents()->lock().lockPath() == second.savePath + QStringLiteral(".lock"));
        CHECK(ProjectLock::readOwner(f.path)->name == QStringLiteral("Ani Bappeda")); // untouched
    }
    SECTION("a copy: untitled, modified, no lock taken")
    {
        second.answer = FileActions::LockAnswer::Copy;
        REQUIRE(second.files->openFile(f.path));
        REQUIRE(second.doc());
        CHECK(second.doc()->isUntitled());
        CHECK(second.doc()->isModified());
        CHECK(second.doc()->project().entries.size() == first.doc()->project().entries.size());
        CHECK_FALSE(second.frame.workbench->documents()->lock().isHeld());
    }
    SECTION("anyway: the second edits and holds the lock; the first closing leaves it")
    {
        Preferences::instance()->setEditorName(QStringLiteral("Budi Setda"));
        second.answer = FileActions::LockAnswer::OpenAnyway;
        REQUIRE(second.files->openFile(f.path));
        REQUIRE(second.doc());
        CHECK_FALSE(second.doc()->isReadOnly());
        CHECK(ProjectLock::readOwner(f.path)->name == QStringLiteral("Budi Setda"));
        REQUIRE(first.files->closeDocument());
        CHECK(ProjectLock::readOwner(f.path)->name == QStringLiteral("Budi Setda"));
        REQUIRE(second.files->closeDocument());
        CHECK_FALSE(ProjectLock::readOwner(f.path).has_value());
    }
    Preferences::instance()->setEditorName(QString());
}

TEST_CASE("a project in a read-only folder opens read-only with a banner and Save As", "[gui][lock]")
{
    Fixture f;
    if (!test::makeReadOnly(f.dir.path()))
        return;
    Window w;
    const bool opened = w.files->openFile(f.path);
    const bool readOnly = w.doc() && w.doc()->isReadOnly();
    const bool shown = w.bannerShown();
    const QString text = w.bannerText();
    const bool locked = w.frame.workbench->documents()->lock().isHeld();
    QTemporaryDir other;
    w.savePath = other.filePath(QStringLiteral("salinan.ksd"));
    const bool saved = w.files->save(); // Save on a read-only project asks for another file
    test::undoReadOnly(f.dir.path());

    REQUIRE(opened);
    CHECK(readOnly);
    CHECK(shown);
    CHECK(text.contains(QStringLiteral("Folder berkas ini tidak dapat ditulisi")));
    CHECK_FALSE(locked);
    CHECK(saved);
    CHECK(QFileInfo::exists(w.savePath));
    CHECK_FALSE(w.doc()->isReadOnly());
}

TEST_CASE("a lock file that cannot be written: the project opens for editing and the banner says so",
          "[gui][lock]")
{
    Fixture f;
    REQUIRE(QDir(f.dir.path()).mkdir(QStringLiteral("banjar.ksd.lock")));
    Window w;
    REQUIRE(w.files->openFile(f.path));
    REQUIRE(w.doc());
    CHECK_FALSE(w.doc()->isReadOnly());
    CHECK(w.bannerShown());
    CHECK(w.bannerText().contains(QStringLiteral("tanpa berkas kunci")));
    CHECK(w.files->save());
}
