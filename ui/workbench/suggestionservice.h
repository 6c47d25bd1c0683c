// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ksd {

class DocumentManager;
class ProjectDocument;
class TaskRunner;

/**
 * The one suggestion run per document revision. It runs the engine through the task runner (so the status bar
 * shows its progress and can cancel it) when a project opens, again shortly after the user stops editing, and
 * when asked; it keeps the result with the revision it was computed from and publishes it. The Saran table, the
 * map and whatever else shows suggestions subscribe instead of running the engine themselves.
 */
class SuggestionService : public QObject
{
    Q_OBJECT

public:
    SuggestionService(DocumentManager *documents, TaskRunner *tasks, QObject *parent = nullptr);
    ~SuggestionService() override;

    /// Starts a run for the document as it is now (cancelling one under way); returns the task id, 0 without a
    /// document.
    int run();
    /// The last published result and the document revision it was computed from; none until the first run of
    /// the current document ends.
    bool hasResults() const { return mHasResults; }
    const SuggestionSet &results() const { return mResults; }
    quint64 revision() const { return mRevision; }
    /// Whether a run is under way or about to start (edits pending).
    bool isBusy() const;
    /// Processes events until no run is under way or pending; false on timeout. For tests and scripted use.
    bool waitForResults(int msec = 30000);
    /// How long after the last edit a new run starts.
    static constexpr int EditPauseMs = 700;

signals:
    /// A new result was published (or the old one dropped because the document went away).
    void resultsChanged();
    void busyChanged(bool busy);

private:
    void setDocument(ProjectDocument *document);
    void publish(SuggestionSet &&results, quint64 revision);
    void updateBusy();

    QPointer<TaskRunner> mTasks; ///< a sibling in the workbench: it may go first (it cancels every task then)
    QPointer<ProjectDocument> mDocument;
    QTimer mPause;
    int mTask = 0;
    SuggestionSet mResults;
    quint64 mRevision = 0;
    bool mHasResults = false;
    bool mBusy = false;
};

} // namespace ksd
