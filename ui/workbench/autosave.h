// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QLockFile;
class QTimer;

namespace ksd {

class DocumentManager;
class ProjectDocument;

/// A recovery copy left behind by a session that did not close cleanly.
struct RecoveryItem
{
    QString recoveryFile; ///< the .ksd copy in the recovery folder
    QString originalPath; ///< the file the project was opened from (empty: never saved)
    QString title;
    QDateTime savedAt;    ///< when the copy was written (local time)
};

/// Writes the open document to a recovery copy every few minutes while it has unsaved changes
/// (QStandardPaths::AppDataLocation/recovery, through KsdStore::save), and removes the copy when the document is
/// saved or closed. A session holds a lock on its copy; a copy whose lock is free at start-up was left by a
/// crash and is offered for recovery.
class AutosaveManager : public QObject
{
    Q_OBJECT

public:
    explicit AutosaveManager(DocumentManager *documents, QObject *parent = nullptr);
    ~AutosaveManager() override;

    /// The folder holding recovery copies (created on demand). Tests point it elsewhere.
    static QString recoveryDir();
    static void setRecoveryDirForTesting(const QString &dir);

    void setIntervalMinutes(int minutes); ///< 0 turns autosave off
    int intervalMinutes() const { return mMinutes; }

    /// Writes the recovery copy now when the document has changes not yet in it. With the document manager's task
    /// runner the copy is written on a worker thread (the task shows in the status bar, edits go on meanwhile):
    /// this returns at once, autosaved() or autosaveFailed() follow, and isWriting() is true until then. Without
    /// one it writes on the calling thread and returns the error of a failed write.
    Status autosaveNow();
    /// True while a copy is being written on a worker thread.
    bool isWriting() const { return mWriting; }
    /// The recovery copy of the current session ("" before the first autosave).
    QString currentRecoveryFile() const;

    /// Copies left by sessions that ended without closing their document (crashes), newest first.
    static QList<RecoveryItem> pendingRecoveries();
    /// Deletes a recovery copy and its notes.
    static void discard(const RecoveryItem &item);
    /// Opens @p item as the current document (modified, under its original path) and takes its copy over, so
    /// that a second crash still leaves it. The error names the copy when it cannot be read.
    Status recover(const RecoveryItem &item);

    /// Test hook: forget the current copy without deleting it, as a crash would.
    void abandonForTesting();

signals:
    void autosaved(const QString &file);
    void autosaveFailed(const QString &message);

private:
    void onDocumentChanged(ProjectDocument *document);
    void removeCurrent();
    void startSession(const QString &baseName = {});
    void copyWritten(const QString &file, quint64 revision);

    DocumentManager *mDocuments;
    QPointer<ProjectDocument> mDocument;
    QTimer *mTimer;
    int mMinutes = 3;
    QString mBase;               ///< path without extension of this session's copy
    std::unique_ptr<QLockFile> mLock;
    quint64 mSavedRevision = 0;
    bool mHasCopy = false;
    bool mWriting = false;
    quint64 mSession = 0; ///< raised whenever the copy is removed: a copy written before is out of date
    /// Set when this manager is destroyed, for a copy still being written on a worker thread.
    std::shared_ptr<std::atomic<bool>> mGone = std::make_shared<std::atomic<bool>>(false);
};

} // namespace ksd
