// SPDX-License-Identifier: Apache-2.0
#include "documentmanager.h"

#include "document/projectdocument.h"
#include "store/filesite.h"
#include "workbench/preferences.h"
#include "workbench/recentfiles.h"
#include "workbench/taskrunner.h"

#include <QFileInfo>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

namespace ksd {

DocumentManager::DocumentManager(QObject *parent)
    : QObject(parent)
    , mUndoGroup(new QUndoGroup(this))
    , mRecent(new RecentFiles(this))
    , mLockRefresh(new QTimer(this))
{
    mLockRefresh->setInterval(ProjectLock::RefreshSeconds * 1000);
    connect(mLockRefresh, &QTimer::timeout, this, [this] {
        if (mLock.isHeld() && !mLock.refresh()) {
            const QString path = mLock.lockPath();
            mLock.release();
            emit lockLost(path);
        }
    });
    mLockRefresh->start();
    connect(Preferences::instance(), &Preferences::editorNameChanged, this, [this](const QString &name) {
        if (mDocument)
            mDocument->setDefaultEditorName(name);
    });
}

DocumentManager::~DocumentManager()
{
    // Undo stacks belong to their documents; leave the group before either goes, quietly: the window around
    // the listeners may already be half gone.
    mUndoGroup->blockSignals(true);
    if (mDocument)
        mUndoGroup->removeStack(mDocument->undoStack());
}

ProjectDocument *DocumentManager::document() const
{
    return mDocument;
}

void DocumentManager::setTaskRunner(TaskRunner *tasks)
{
    mTasks = tasks;
}

TaskRunner *DocumentManager::taskRunner() const
{
    return mTasks;
}

Result<Loaded> DocumentManager::load(const QString &path)
{
    if (!mTasks)
        return KsdStore::load(path);
    auto loaded = mTasks->runAndWait<Result<Loaded>>(
        tr("Membuka %1…").arg(QFileInfo(path).fileName()),
        [path](TaskControl &control) {
            LoadOptions options;
            options.cancel = control.cancelFlag();
            options.progress = [&control](qint64 done, qint64 total) {
                // Progress in thousands of rows keeps a national project far inside an int.
                control.progress(int(done / 1000), int(total / 1000));
            };
            return KsdStore::load(path, options);
        },
        TaskRunner::WaitInput::CancelOnly);
    if (!loaded)
        return KsdStore::cancelledError(path);
    return std::move(*loaded);
}

ProjectDocument *DocumentManager::makeDocument(Project project, const QString &path)
{
    auto *doc = new ProjectDocument(std::move(project), path, this);
    doc->setDefaultEditorName(Preferences::instance()->editorName());
    QPointer<TaskRunner> tasks = mTasks;
    if (tasks) {
        doc->setFileWriter(
            [tasks](const Project &snapshot, const QString &target, const SaveBaseline &baseline) -> Result<SaveInfo> {
                if (!tasks)
                    return KsdStore::save(snapshot, target, baseline);
                auto st = tasks->runAndWait<Result<SaveInfo>>(
                    tr("Menyimpan %1…").arg(QFileInfo(target).fileName()),
                    [snapshot, target, baseline](TaskControl &) { return KsdStore::save(snapshot, target, baseline); },
                    TaskRunner::WaitInput::None);
                if (!st) {
                    return Error{tr("Penyimpanan dihentikan sebelum selesai. Berkas tetap utuh: isinya yang lama "
                                    "atau yang baru."),
                                 target, int(StoreError::WriteFailed)};
                }
                return std::move(*st);
            });
    }
    return doc;
}

Status DocumentManager::open(const QString &path, OpenAccess access)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    auto loaded = load(abs);
    if (!loaded)
        return loaded.error();
    OpenReport report;
    report.load = loaded->info;
    const FileSite site = FileSite::of(abs);
    report.network = site.network;
    report.readOnlyReason = site.readOnlyReason();
    mLock.release();
    if (report.readOnlyReason.isEmpty() && access != OpenAccess::ReadOnly) {
        report.lock = lockFor(abs, access);
        if (report.lock.outcome == LockOutcome::Busy)
            report.readOnlyReason = ProjectLock::busyMessage(report.lock.owner.value_or(LockOwner{}));
    } else if (report.readOnlyReason.isEmpty()) {
        const std::optional<LockOwner> owner = ProjectLock::liveOwner(abs);
        report.readOnlyReason = owner ? ProjectLock::busyMessage(*owner) : tr("Dibuka hanya-baca atas pilihan Anda.");
    }
    const SaveBaseline baseline = loaded->baseline(); // shares the project's lists: nothing is copied
    auto *doc = makeDocument(std::move(loaded->project), abs);
    doc->setSaveBaseline(baseline);
    doc->setReadOnlyReason(report.readOnlyReason);
    mLastReport = report;
    setDocument(doc);
    mRecent->add(abs, mDocument->project().title);
    return {};
}

LockResult DocumentManager::lockFor(const QString &path, OpenAccess access)
{
    const LockOwner me = LockOwner::current(Preferences::instance()->editorName());
    return access == OpenAccess::EditDespiteLock ? mLock.acquireIgnoringOwner(path, me) : mLock.acquire(path, me);
}

ProjectDocument *DocumentManager::adopt(const Project &project, const QString &path)
{
    mLock.release();
    auto *doc = makeDocument(project, path);
    setDocument(doc);
    return doc;
}

void DocumentManager::close()
{
    mLock.release();
    setDocument(nullptr);
}

void DocumentManager::setDocument(ProjectDocument *document)
{
    ProjectDocument *old = mDocument;
    if (old == document)
        return;
    if (old) {
        emit documentAboutToClose(old);
        mUndoGroup->removeStack(old->undoStack());
    }
    mDocument = document;
    if (document) {
        mUndoGroup->addStack(document->undoStack());
        mUndoGroup->setActiveStack(document->undoStack());
    }
    emit documentChanged(document);
    if (old)
        old->deleteLater();
}

Status DocumentManager::save()
{
    if (!mDocument)
        return {};
    Status st = mDocument->save();
    if (st)
        mRecent->add(mDocument->filePath(), mDocument->project().title);
    return st;
}

Status DocumentManager::saveAs(const QString &path)
{
    if (!mDocument)
        return {};
    const QString before = mDocument->filePath();
    Status st = mDocument->saveAs(path);
    if (!st)
        return st;
    mRecent->add(mDocument->filePath(), mDocument->project().title);
    if (mDocument->filePath() != before || !mLock.isHeld()) {
        // The document now lives in the new file: hold its lock instead of the old one's.
        mLock.release();
        mLastReport.lock = lockFor(mDocument->filePath(), OpenAccess::Edit);
    }
    return st;
}

} // namespace ksd
