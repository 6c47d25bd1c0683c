// SPDX-License-Identifier: Apache-2.0
#include "documentmanager.h"

#include "document/projectdocument.h"
#include "workbench/preferences.h"
#include "workbench/recentfiles.h"

#include <QFileInfo>
#include <QUndoGroup>
#include <QUndoStack>

namespace ksd {

DocumentManager::DocumentManager(QObject *parent)
    : QObject(parent)
    , mUndoGroup(new QUndoGroup(this))
    , mRecent(new RecentFiles(this))
{
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

Status DocumentManager::open(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    auto loaded = KsdStore::load(abs);
    if (!loaded)
        return loaded.error();
    mLastLoadInfo = loaded->info;
    adopt(std::move(loaded->project), abs);
    mRecent->add(abs, mDocument->project().title);
    return {};
}

ProjectDocument *DocumentManager::adopt(const Project &project, const QString &path)
{
    auto *doc = new ProjectDocument(project, path, this);
    doc->setDefaultEditorName(Preferences::instance()->editorName());
    setDocument(doc);
    return doc;
}

void DocumentManager::close()
{
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
    Status st = mDocument->saveAs(path);
    if (st)
        mRecent->add(mDocument->filePath(), mDocument->project().title);
    return st;
}

} // namespace ksd
