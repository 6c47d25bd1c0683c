// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/ksdstore.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>

class QUndoGroup;

namespace ksd {

class ProjectDocument;
class RecentFiles;

/// Holds the open document (one per window) and does the file work behind New, Open, Save and Close, without
/// any dialog: errors come back as values for the caller to show (Tiled's DocumentManager). Listen to
/// documentChanged() to follow the current document.
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    explicit DocumentManager(QObject *parent = nullptr);
    ~DocumentManager() override;

    ProjectDocument *document() const;
    QUndoGroup *undoGroup() const { return mUndoGroup; }
    RecentFiles *recentFiles() const { return mRecent; }

    /// Loads @p path and makes it the current document, replacing the open one (callers ask about unsaved
    /// changes first). The error is the store's translated message, naming the file and the reason.
    Status open(const QString &path);
    /// What the last successful open() reported (file version, backup of a migrated file).
    const LoadInfo &lastLoadInfo() const { return mLastLoadInfo; }
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

private:
    void setDocument(ProjectDocument *document);

    QPointer<ProjectDocument> mDocument;
    QUndoGroup *mUndoGroup = nullptr;
    RecentFiles *mRecent = nullptr;
    LoadInfo mLastLoadInfo;
};

} // namespace ksd
