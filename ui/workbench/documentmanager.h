// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/ksdstore.h"
#include "store/projectlock.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>

class QTimer;
class QUndoGroup;

namespace ksd {

class ProjectDocument;
class RecentFiles;
class TaskRunner;

/// How open() treats the project file.
enum class OpenAccess {
    Edit,            ///< edit and save in place, holding the lock (unless another editor holds it: Busy)
    ReadOnly,        ///< never written, no lock; Save asks for another file
    EditDespiteLock, ///< edit although another editor holds the lock (after the user was warned)
};

/// What open() found besides the project: why it is read-only, what happened to the lock, where it lives.
struct OpenReport
{
    LoadInfo load;
    LockResult lock;        ///< outcome NotWritten with an empty message when no lock was tried (read-only)
    QString readOnlyReason; ///< translated; empty when the document can be saved in place
    bool network = false;   ///< on a shared folder (worked on in memory and written back whole on save)
};

/// Holds the open document (one per window) and does the file work behind New, Open, Save and Close, without
/// any dialog: errors come back as values for the caller to show (Tiled's DocumentManager). Listen to
/// documentChanged() to follow the current document. A document opened for editing holds the project's lock file
/// (ProjectLock) until it is closed or saved elsewhere, refreshing it every ProjectLock::RefreshSeconds.
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    explicit DocumentManager(QObject *parent = nullptr);
    ~DocumentManager() override;

    ProjectDocument *document() const;
    /// Runs every load and save on a worker thread of @p tasks, the window kept responsive (progress in the status
    /// bar; a load can be cancelled, a save blocks input until it is done). Without one, on the calling thread.
    void setTaskRunner(TaskRunner *tasks);
    /// The task runner set with setTaskRunner() (nullptr: everything on the calling thread).
    TaskRunner *taskRunner() const;
    QUndoGroup *undoGroup() const { return mUndoGroup; }
    RecentFiles *recentFiles() const { return mRecent; }

    /// Loads @p path and makes it the current document, replacing the open one (callers ask about unsaved
    /// changes first and look at ProjectLock::liveOwner() to choose @p access). The error is the store's translated
    /// message, naming the file and the reason. A file that cannot be saved in place (FileSite) opens read-only
    /// whatever @p access says. With OpenAccess::Edit and a live lock of another editor the document still opens,
    /// read-only, and the report's lock outcome is Busy. The current document stays until the file is read; a
    /// cancelled load (StoreError::Cancelled) leaves it as it was.
    Status open(const QString &path, OpenAccess access);
    /// Reads @p path as open() does (on a worker thread when a task runner is set; cancellable), without making
    /// it the current document.
    Result<Loaded> load(const QString &path);
    /// What the last successful open() reported.
    const OpenReport &lastOpenReport() const { return mLastReport; }
    /// The lock of the current document (not held when read-only or when it could not be written).
    const ProjectLock &lock() const { return mLock; }
    /// Makes a document of @p project (untitled when @p path is empty) the current one.
    ProjectDocument *adopt(const Project &project, const QString &path = {});
    /// Closes the current document without asking.
    void close();

    /// Saves the current document to its file / to @p path, and records it in the recent files.
    Status save();
    Status saveAs(const QString &path);

signals:
    /// The current document changed (nullptr when none is open).
    void documentChanged(ksd::ProjectDocument *document);
    /// Emitted before the current document is closed or replaced.
    void documentAboutToClose(ksd::ProjectDocument *document);
    /// The lock file of the current document is no longer ours (another editor chose to open anyway).
    void lockLost(const QString &lockPath);

private:
    void setDocument(ProjectDocument *document);
    /// A new document of this manager: its saves go through the task runner.
    ProjectDocument *makeDocument(Project project, const QString &path);
    LockResult lockFor(const QString &path, OpenAccess access);

    QPointer<ProjectDocument> mDocument;
    QPointer<TaskRunner> mTasks;
    QUndoGroup *mUndoGroup = nullptr;
    RecentFiles *mRecent = nullptr;
    OpenReport mLastReport;
    ProjectLock mLock;
    QTimer *mLockRefresh = nullptr;
};

} // namespace ksd
