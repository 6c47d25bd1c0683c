// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/projectlock.h"
#include "util/result.h"
#include "workbench/actionhandler.h"

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace ksd {

class AutosaveManager;
class StartPage;

/// Berkas: New, Open (also recent files and a .ksd dropped on the window), Open example, Save, Save As, Close,
/// Quit; the unsaved-changes question; the title "name.ksd[*] – PetaKSD"; autosave and crash recovery; the question
/// when another editor has the project open, and the banner of a read-only project.
class FileActions : public ActionHandler
{
    Q_OBJECT

public:
    /// The answer to "save changes before closing?".
    enum class UnsavedAnswer { Save, Discard, Cancel };
    using UnsavedPrompt = std::function<UnsavedAnswer(const QString &documentName)>;
    using PathPrompt = std::function<QString(const QString &suggestedPath)>;
    /// The answer to "this project is open elsewhere" (OpenAnyway comes after the warning was confirmed).
    enum class LockAnswer { ReadOnly, Copy, OpenAnyway, Cancel };
    using LockPrompt = std::function<LockAnswer(const LockOwner &owner, const QString &path)>;

    FileActions(Workbench *workbench, StartPage *startPage);

    /// The decision behind every close: nothing to ask when not modified; otherwise Save (proceed when saving
    /// succeeds), Discard (proceed) or Cancel (stay). Pure, so tests can check it without a dialog.
    static bool mayProceed(bool modified, UnsavedAnswer answer, const std::function<bool()> &save);

    /// Asks about unsaved changes of the open document (through the prompt) and saves if told to. True when the
    /// caller may close or replace the document.
    bool confirmClose();
    /// Replaces the dialogs with functions (tests): the unsaved-changes question and the Save As file name.
    void setUnsavedPrompt(UnsavedPrompt prompt) { mUnsavedPrompt = std::move(prompt); }
    void setSavePathPrompt(PathPrompt prompt) { mPathPrompt = std::move(prompt); }
    void setLockPrompt(LockPrompt prompt) { mLockPrompt = std::move(prompt); }
    /// Error messages go here instead of a message box when set (tests).
    void setErrorSink(std::function<void(const QString &title, const QString &message)> sink)
    {
        mErrorSink = std::move(sink);
    }

    bool openFile(const QString &path);
    void openDemo();
    void newProject();
    void openDialog();
    bool save();
    bool saveAs();
    bool closeDocument();
    /// Offers the recovery copies a crashed session left (called once after start-up).
    void offerRecovery();

    AutosaveManager *autosave() const { return mAutosave; }
    void retranslate() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void updateTitle();
    void rebuildRecentMenu();
    void showError(const QString &title, const Error &error);
    UnsavedAnswer askUnsaved(const QString &name);
    QString askSavePath(const QString &suggested);
    LockAnswer askLocked(const LockOwner &owner, const QString &path);
    bool openCopy(const QString &path);
    void reportOpen(const QString &path);
    void updateBanner();

    StartPage *mStartPage;
    AutosaveManager *mAutosave;
    QAction *mNew;
    QAction *mOpen;
    QMenu *mRecentMenu;
    QAction *mClearRecent;
    QAction *mDemo;
    QAction *mSave;
    QAction *mSaveAs;
    QAction *mClose;
    QAction *mQuit;
    QToolBar *mBanner;
    QLabel *mBannerText;
    QAction *mBannerSaveAs;
    QString mLockNote; ///< why the open project holds no lock (translated), shown in the banner
    UnsavedPrompt mUnsavedPrompt;
    PathPrompt mPathPrompt;
    LockPrompt mLockPrompt;
    std::function<void(const QString &, const QString &)> mErrorSink;
};

} // namespace ksd
