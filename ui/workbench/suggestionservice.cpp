// SPDX-License-Identifier: Apache-2.0
#include "suggestionservice.h"

#include "document/projectdocument.h"
#include "workbench/documentmanager.h"
#include "workbench/taskrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ksd {

SuggestionService::SuggestionService(DocumentManager *documents, TaskRunner *tasks, QObject *parent)
    : QObject(parent), mTasks(tasks)
{
    mPause.setSingleShot(true);
    mPause.setInterval(EditPauseMs);
    connect(&mPause, &QTimer::timeout, this, [this] {
        if (mDocument && (!mHasResults || mDocument->revision() != mRevision))
            run();
    });
    connect(tasks, &TaskRunner::taskFinished, this, [this](int id) {
        if (id == mTask) {
            mTask = 0;
            updateBusy();
        }
    });
    connect(documents, &DocumentManager::documentChanged, this, &SuggestionService::setDocument);
    setDocument(documents->document());
}

SuggestionService::~SuggestionService()
{
    // The task runner, made before this, is deleted before it by QObject: then it has cancelled the run itself.
    if (mTask && mTasks)
        mTasks->cancel(mTask);
}

void SuggestionService::setDocument(ProjectDocument *document)
{
    if (mTask)
        mTasks->cancel(mTask);
    mTask = 0;
    mPause.stop();
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mResults = SuggestionSet();
    mRevision = 0;
    mHasResults = false;
    emit resultsChanged();
    if (document) {
        connect(document, &ProjectDocument::changed, this, [this] {
            mPause.start();
            updateBusy();
        });
        // A first run as soon as a project opens: about 100 ms even at national scale.
        run();
    }
    updateBusy();
}

int SuggestionService::run()
{
    mPause.stop();
    if (!mDocument)
        return 0;
    if (mTask)
        mTasks->cancel(mTask);
    // The worker gets its own copy: implicitly shared, so the copy is cheap and edits here do not touch it.
    const Project snapshot = mDocument->project();
    const quint64 revision = mDocument->revision();
    mTask = mTasks->run<SuggestionSet>(
        tr("Menghitung saran…"), this,
        [snapshot](TaskControl &control) {
            EngineOptions options;
            options.progress = [&control](int done, int total) { return control.progress(done, total); };
            options.cancel = control.cancelFlag();
            return SuggestionEngine::run(snapshot, options);
        },
        [this, revision](SuggestionSet &&results) { publish(std::move(results), revision); });
    updateBusy();
    return mTask;
}

void SuggestionService::publish(SuggestionSet &&results, quint64 revision)
{
    if (results.cancelled || !mDocument)
        return;
    mResults = std::move(results);
    mRevision = revision;
    mHasResults = true;
    emit resultsChanged();
    // Edited while the engine ran: the pause timer runs again.
}

bool SuggestionService::isBusy() const
{
    return (mTask != 0 && mTasks->isRunning(mTask)) || mPause.isActive();
}

void SuggestionService::updateBusy()
{
    const bool busy = isBusy();
    if (busy != mBusy) {
        mBusy = busy;
        emit busyChanged(busy);
    }
}

bool SuggestionService::waitForResults(int msec)
{
    QElapsedTimer t;
    t.start();
    while (isBusy() && t.elapsed() < msec)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    mTasks->waitForAll();
    QCoreApplication::processEvents();
    return !isBusy();
}

} // namespace ksd
