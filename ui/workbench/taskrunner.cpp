// SPDX-License-Identifier: Apache-2.0
#include "taskrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QWidget>
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

namespace {

/// Drops user input while TaskRunner::waitFor() waits, but for the status bar's cancel button (and Escape, which
/// cancels). Events to a QWindow pass: Qt hands them on to the widget under the mouse or with focus, and that
/// delivery is filtered here.
class InputBlocker : public QObject
{
public:
    InputBlocker(TaskRunner::WaitInput input, std::function<void()> cancel)
        : mInput(input), mCancel(std::move(cancel))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~InputBlocker() override { QCoreApplication::instance()->removeEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::ShortcutOverride: // taken here, so that no shortcut runs; the key press itself comes next
            event->accept();
            return true;
        case QEvent::Shortcut:
            return true;
        case QEvent::Close:
            if (auto *w = qobject_cast<QWidget *>(watched); w && w->isWindow()) {
                event->ignore();
                return true;
            }
            return false;
        case QEvent::KeyPress:
            if (mInput == TaskRunner::WaitInput::CancelOnly && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
                mCancel();
            [[fallthrough]];
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::KeyRelease:
        case QEvent::ContextMenu:
        case QEvent::InputMethod:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TouchEnd:
        case QEvent::DragEnter:
        case QEvent::DragMove:
        case QEvent::Drop: {
            auto *w = qobject_cast<QWidget *>(watched);
            if (!w)
                return false;
            if (mInput == TaskRunner::WaitInput::CancelOnly && event->type() != QEvent::KeyPress) {
                for (QWidget *p = w; p; p = p->parentWidget()) {
                    if (p->objectName() == QLatin1String("taskCancel"))
                        return false;
                }
            }
            return true;
        }
        default: return false;
        }
    }

private:
    TaskRunner::WaitInput mInput;
    std::function<void()> mCancel;
};

} // namespace

void TaskRunner::waitFor(int id, WaitInput input)
{
    if (!isRunning(id))
        return;
    QEventLoop loop;
    const auto conn = connect(this, &TaskRunner::taskFinished, &loop, [&loop, id](int finished) {
        if (finished == id)
            loop.quit();
    });
    ++mWaiting;
    {
        InputBlocker blocker(input, [this, id] { cancel(id); });
        const bool gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
        if (gui)
            QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        // The result comes back through a queued call, so it cannot have been delivered before this loop runs.
        loop.exec();
        if (gui)
            QGuiApplication::restoreOverrideCursor();
    }
    --mWaiting;
    disconnect(conn);
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
