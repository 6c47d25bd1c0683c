// SPDX-License-Identifier: Apache-2.0
#include "taskrunner.h"

#include <QCoreApplication>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace ksd {

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
    , mPool(new QThreadPool(this))
    , mPollTimer(new QTimer(this))
{
    mPool->setMaxThreadCount(std::max(2, QThread::idealThreadCount() - 1));
    mPollTimer->setInterval(100);
    connect(mPollTimer, &QTimer::timeout, this, &TaskRunner::poll);
}

TaskRunner::~TaskRunner()
{
    cancelAll();
    mPool->waitForDone();
}

int TaskRunner::start(const QString &label, QObject *receiver,
                      std::function<std::function<void()>(TaskControl &)> work)
{
    const int id = mNextId++;
    auto control = std::make_shared<TaskControl>();
    mTasks.append({id, label, control});
    QPointer<QObject> guard(receiver);
    const bool hadReceiver = receiver != nullptr;
    QPointer<TaskRunner> self(this);
    mPool->start(QRunnable::create([self, id, control, work = std::move(work), guard, hadReceiver] {
        std::function<void()> deliver = work(*control);
        // Back to the UI thread; the runner outlives its pool, so self is alive unless the app is going down.
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, id, deliver, guard, hadReceiver] {
                if (self)
                    self->finish(id, deliver, guard, hadReceiver);
            }, Qt::QueuedConnection);
    }));
    emit taskStarted(id, label);
    if (!mPollTimer->isActive())
        mPollTimer->start();
    return id;
}

void TaskRunner::finish(int id, const std::function<void()> &deliver, QPointer<QObject> receiver, bool hadReceiver)
{
    bool cancelled = true;
    for (qsizetype i = 0; i < mTasks.size(); ++i) {
        if (mTasks[i].id == id) {
            cancelled = mTasks[i].control->cancelled();
            mTasks.removeAt(i);
            break;
        }
    }
    if (mTasks.isEmpty())
        mPollTimer->stop();
    if (!cancelled && (!hadReceiver || receiver))
        deliver();
    emit taskFinished(id, cancelled);
}

void TaskRunner::poll()
{
    for (const TaskInfo &t : std::as_const(mTasks))
        emit progressChanged(t.id, t.control->done(), t.control->total());
}

void TaskRunner::cancel(int id)
{
    for (const TaskInfo &t : std::as_const(mTasks)) {
        if (t.id == id)
            t.control->cancel();
    }
}

void TaskRunner::cancelAll()
{
    for (const TaskInfo &t : std::as_const(mTasks))
        t.control->cancel();
}

bool TaskRunner::isRunning(int id) const
{
    return std::any_of(mTasks.cbegin(), mTasks.cend(), [id](const TaskInfo &t) { return t.id == id; });
}

void TaskRunner::waitForAll()
{
    mPool->waitForDone();
    // deliver the queued results
    while (!mTasks.isEmpty())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace ksd
