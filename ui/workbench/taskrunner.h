// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThreadPool;
class QTimer;

namespace ksd {

/// What a background job sees: report progress, notice a cancel. Thread-safe.
class TaskControl
{
public:
    /// Records progress; returns false once the task is cancelled (the shape core's progress callbacks take).
    bool progress(int done, int total)
    {
        mDone.store(done);
        mTotal.store(total);
        return !mCancel.load();
    }
    bool cancelled() const { return mCancel.load(); }
    void cancel() { mCancel.store(true); }
    /// The flag itself, for core APIs that take a `const std::atomic<bool> *`.
    const std::atomic<bool> *cancelFlag() const { return &mCancel; }
    int done() const { return mDone.load(); }
    int total() const { return mTotal.load(); }

private:
    std::atomic<bool> mCancel{false};
    std::atomic<int> mDone{0};
    std::atomic<int> mTotal{0};
};

/// Runs long work (a suggestion run, parsing a CSV file) on a worker thread so the window never freezes. The job
/// gets its own copy of what it needs (e.g. a Project snapshot: implicitly shared, so cheap) and a TaskControl;
/// its result is delivered on the UI thread, unless it was cancelled or the receiver is gone. The status bar
/// shows the running task's progress with a cancel button.
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    struct TaskInfo
    {
        int id = 0;
        QString label;
        std::shared_ptr<TaskControl> control;
    };

    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override; ///< cancels and waits for running jobs

    /// Runs @p work(control) in the background; then, on the UI thread, @p done(result) unless cancelled or
    /// @p receiver was destroyed. Returns the task id.
    template<typename R>
    int run(const QString &label, QObject *receiver, std::function<R(TaskControl &)> work,
            std::function<void(R &&)> done)
    {
        return start(label, receiver, [work = std::move(work), done = std::move(done)](TaskControl &c) {
            auto result = std::make_shared<R>(work(c));
            return std::function<void()>([done, result] { done(std::move(*result)); });
        });
    }

    /// What the user may still do while runAndWait() waits. The window keeps repainting either way.
    enum class WaitInput {
        None,       ///< nothing (a save: no edit can come in while the project is written)
        CancelOnly, ///< the status bar's cancel button (object name "taskCancel") and Escape cancel the task
    };
    /// Runs @p work like run(), but returns only when it is done, handling events meanwhile (the window repaints
    /// and shows the progress) while user input other than @p input allows is dropped and closing the window is
    /// refused, with a busy cursor. For work whose callers need the result (open, save) and must not freeze the
    /// window. Returns nullopt when the task was cancelled.
    template<typename R>
    std::optional<R> runAndWait(const QString &label, std::function<R(TaskControl &)> work, WaitInput input)
    {
        std::optional<R> out;
        const int id = run<R>(label, nullptr, std::move(work), [&out](R &&r) { out.emplace(std::move(r)); });
        waitFor(id, input);
        return out;
    }
    /// Whether a runAndWait() is waiting.
    bool isWaiting() const { return mWaiting > 0; }

    void cancel(int id);
    void cancelAll();
    bool isRunning(int id) const;
    /// Running tasks, oldest first.
    QList<TaskInfo> tasks() const { return mTasks; }
    /// Blocks until every job has finished and its result is delivered (tests, shutdown).
    void waitForAll();

signals:
    void taskStarted(int id, const QString &label);
    /// Polled a few times a second while tasks run.
    void progressChanged(int id, int done, int total);
    void taskFinished(int id, bool cancelled);

private:
    int start(const QString &label, QObject *receiver,
              std::function<std::function<void()>(TaskControl &)> work);
    void finish(int id, const std::function<void()> &deliver, QPointer<QObject> receiver, bool hadReceiver);
    void poll();
    void waitFor(int id, WaitInput input);

    QThreadPool *mPool;
    QList<TaskInfo> mTasks;
    int mNextId = 1;
    QTimer *mPollTimer;
    int mWaiting = 0;
};

} // namespace ksd
