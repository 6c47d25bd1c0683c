// SPDX-License-Identifier: Apache-2.0
#include "autosave.h"

#include "document/projectdocument.h"
#include "store/ksdstore.h"
#include "workbench/documentmanager.h"
#include "workbench/taskrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace ksd {

namespace {
QString gRecoveryDirOverride;

QString notesPath(const QString &base) { return base + QStringLiteral(".json"); }
QString copyPath(const QString &base) { return base + QStringLiteral(".ksd"); }
QString lockPath(const QString &base) { return base + QStringLiteral(".lock"); }

void writeNotes(const QString &base, const ProjectDocument &doc)
{
    QJsonObject o;
    o.insert(QStringLiteral("original"), doc.filePath());
    o.insert(QStringLiteral("title"), doc.project().title);
    o.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QSaveFile f(notesPath(base));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson());
        f.commit();
    }
}
} // namespace

AutosaveManager::AutosaveManager(DocumentManager *documents, QObject *parent)
    : QObject(parent)
    , mDocuments(documents)
    , mTimer(new QTimer(this))
{
    mTimer->setTimerType(Qt::VeryCoarseTimer);
    connect(mTimer, &QTimer::timeout, this, [this] {
        const Status st = autosaveNow();
        if (!st)
            emit autosaveFailed(st.error().toString());
    });
    connect(documents, &DocumentManager::documentChanged, this, &AutosaveManager::onDocumentChanged);
    setIntervalMinutes(mMinutes);
    onDocumentChanged(documents->document());
}

AutosaveManager::~AutosaveManager()
{
    // A clean exit leaves nothing to recover; a copy still being written is removed by its task.
    mGone->store(true);
    removeCurrent();
}

QString AutosaveManager::recoveryDir()
{
    const QString dir = gRecoveryDirOverride.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  + QStringLiteral("/recovery")
                            : gRecoveryDirOverride;
    QDir().mkpath(dir);
    return dir;
}

void AutosaveManager::setRecoveryDirForTesting(const QString &dir)
{
    gRecoveryDirOverride = dir;
}

void AutosaveManager::setIntervalMinutes(int minutes)
{
    mMinutes = std::max(0, minutes);
    if (mMinutes == 0)
        mTimer->stop();
    else
        mTimer->start(mMinutes * 60 * 1000);
}

QString AutosaveManager::currentRecoveryFile() const
{
    return mHasCopy ? copyPath(mBase) : QString();
}

void AutosaveManager::startSession(const QString &baseName)
{
    mBase = baseName.isEmpty() ? recoveryDir() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
                               : baseName;
    mLock = std::make_unique<QLockFile>(lockPath(mBase));
    mLock->setStaleLockTime(0); // stale only when its process is gone
    mLock->tryLock(0);
    mSavedRevision = 0;
    mHasCopy = baseName.isEmpty() ? false : QFile::exists(copyPath(mBase));
}

void AutosaveManager::onDocumentChanged(ProjectDocument *document)
{
    if (document == mDocument)
        return;
    if (mDocument)
        mDocument->disconnect(this);
    removeCurrent();
    mDocument = document;
    if (!document)
        return;
    startSession();
    // A saved document needs no recovery copy; one back at its clean state neither.
    connect(document, &ProjectDocument::saved, this, [this] {
        ++mSession; // a copy being written now is out of date
        if (mHasCopy) {
            QFile::remove(copyPath(mBase));
            QFile::remove(notesPath(mBase));
            mHasCopy = false;
        }
    });
}

Status AutosaveManager::autosaveNow()
{
    if (!mDocument)
        return {};
    if (!mDocument->isModified()) {
        if (mHasCopy) {
            QFile::remove(copyPath(mBase));
            QFile::remove(notesPath(mBase));
            mHasCopy = false;
        }
        return {};
    }
    if (mHasCopy && mSavedRevision == mDocument->revision())
        return {};
    if (mBase.isEmpty())
        startSession();
    TaskRunner *tasks = mDocuments->taskRunner();
    if (!tasks) {
        const Status st = KsdStore::save(mDocument->project(), copyPath(mBase));
        if (st)
            copyWritten(copyPath(mBase), mDocument->revision());
        return st;
    }
    // On a worker thread, from a snapshot (implicitly shared: nothing is copied): the window stays responsive and
    // edits go on meanwhile (they make the copy one revision behind, caught up at the next tick). The status bar
    // shows the task. One copy is written at a time.
    if (mWriting)
        return {};
    mWriting = true;
    const Project snapshot = mDocument->project();
    const quint64 revision = mDocument->revision();
    const QString file = copyPath(mBase);
    const quint64 session = mSession;
    const std::shared_ptr<std::atomic<bool>> gone = mGone;
    tasks->run<Status>(
        tr("Menyimpan salinan pemulihan…"), this,
        [snapshot, file, gone](TaskControl &) {
            Status st = KsdStore::save(snapshot, file);
            // This manager went away meanwhile (it removed the copy already, or will): leave nothing behind.
            if (gone->load())
                QFile::remove(file);
            return st;
        },
        [this, file, revision, session](Status &&st) {
            mWriting = false;
            if (session != mSession || !mDocument) {
                // The document was saved, closed or replaced meanwhile: this copy is out of date.
                QFile::remove(file);
                return;
            }
            if (!st) {
                emit autosaveFailed(st.error().toString());
                return;
            }
            copyWritten(file, revision);
        });
    return {};
}

void AutosaveManager::copyWritten(const QString &file, quint64 revision)
{
    writeNotes(mBase, *mDocument);
    mHasCopy = true;
    mSavedRevision = revision;
    emit autosaved(file);
}

void AutosaveManager::removeCurrent()
{
    ++mSession;
    if (mBase.isEmpty())
        return;
    QFile::remove(copyPath(mBase));
    QFile::remove(notesPath(mBase));
    if (mLock)
        mLock->unlock();
    mLock.reset();
    mBase.clear();
    mHasCopy = false;
}

void AutosaveManager::abandonForTesting()
{
    if (mLock)
        mLock->unlock();
    mLock.reset();
    mBase.clear();
    mHasCopy = false;
}

QList<RecoveryItem> AutosaveManager::pendingRecoveries()
{
    QList<RecoveryItem> out;
    const QDir dir(recoveryDir());
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.ksd")}, QDir::Files)) {
        const QString base = fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName();
        QLockFile probe(lockPath(base));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0))
            continue; // a running session owns it
        probe.unlock();
        RecoveryItem item;
        item.recoveryFile = fi.absoluteFilePath();
        item.savedAt = fi.lastModified();
        QFile notes(notesPath(base));
        if (notes.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(notes.readAll()).object();
            item.originalPath = o.value(QStringLiteral("original")).toString();
            item.title = o.value(QStringLiteral("title")).toString();
            const QDateTime saved = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(),
                                                          Qt::ISODateWithMs);
            if (saved.isValid())
                item.savedAt = saved.toLocalTime();
        }
        out.append(item);
    }
    std::sort(out.begin(), out.end(), [](const RecoveryItem &a, const RecoveryItem &b) {
        return a.savedAt > b.savedAt;
    });
    return out;
}

void AutosaveManager::discard(const RecoveryItem &item)
{
    const QFileInfo fi(item.recoveryFile);
    const QString base = fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName();
    QFile::remove(copyPath(base));
    QFile::remove(notesPath(base));
    QFile::remove(lockPath(base));
}

Status AutosaveManager::recover(const RecoveryItem &item)
{
    // Through the document manager: on a worker thread with progress and cancel when it has a task runner.
    auto loaded = mDocuments->load(item.recoveryFile);
    if (!loaded)
        return loaded.error();
    const QFileInfo fi(item.recoveryFile);
    const QString base = fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName();
    ProjectDocument *doc = mDocuments->adopt(loaded->project, item.originalPath);
    // adopt() started a fresh session for the new document: take the old copy over instead.
    removeCurrent();
    startSession(base);
    mSavedRevision = doc->revision();
    doc->markModified();
    return {};
}

} // namespace ksd
