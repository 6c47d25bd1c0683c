// SPDX-License-Identifier: Apache-2.0
#include "mergesession.h"

#include "document/projectdocument.h"
#include "workbench/documentmanager.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

namespace ksd {

MergeSession::MergeSession(const Project &mine, QObject *parent) : QObject(parent), mMine(mine)
{
    mOutcome.project = mMine;
}

MergeSession::CopyLoader MergeSession::loaderThrough(DocumentManager *documents)
{
    return [docs = QPointer<DocumentManager>(documents)](const QString &path) -> Result<MergeSource> {
        if (!docs)
            return loadCopy(path);
        auto loaded = docs->load(path);
        if (!loaded)
            return loaded.error();
        return MergeSource{std::move(loaded->project), path, loaded->info.fileVersion, loaded->info.backupPath};
    };
}

int MergeSession::addFiles(const QStringList &paths)
{
    int taken = 0;
    for (const QString &path : paths) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        bool twice = false;
        for (const MergeSource &s : std::as_const(mSources))
            twice = twice || (!canonical.isEmpty() && QFileInfo(s.file).canonicalFilePath() == canonical);
        if (twice) {
            mNotes.append({path, tr("Berkas ini sudah dipilih."), true});
            continue;
        }
        auto loaded = mLoader ? mLoader(path) : loadCopy(path);
        if (!loaded) {
            mNotes.append({path, loaded.error().message, true});
            continue;
        }
        if (take(*loaded)) {
            ++taken;
            if (!loaded->backupPath.isEmpty()) {
                mNotes.append({path,
                               tr("Berkas versi lama (versi %1) telah dimutakhirkan; berkas aslinya disimpan sebagai "
                                  "%2.")
                                   .arg(loaded->fileVersion)
                                   .arg(QDir::toNativeSeparators(loaded->backupPath)),
                               false});
            }
        }
    }
    recompute();
    return taken;
}

bool MergeSession::addSource(const MergeSource &source)
{
    const bool ok = take(source);
    recompute();
    return ok;
}

bool MergeSession::take(const MergeSource &source)
{
    // The copy check does not depend on the other copies: refuse this one alone and keep the rest.
    auto plan = planMerge(mMine, source.copy, source.file);
    if (!plan) {
        mNotes.append({source.file, plan.error().message, true});
        return false;
    }
    mSources.append(source);
    mResolutions.append(Resolutions{});
    return true;
}

bool MergeSession::hasRefusals() const
{
    for (const FileNote &n : mNotes) {
        if (n.refused)
            return true;
    }
    return false;
}

Resolution MergeSession::resolution(int source, const MergeConflict &conflict) const
{
    return mResolutions.value(source).of(conflict);
}

void MergeSession::setResolution(int source, const QString &conflictKey, Resolution choice)
{
    if (source < 0 || source >= mResolutions.size())
        return;
    mResolutions[source].byConflict.insert(conflictKey, choice);
    recompute();
}

void MergeSession::resolveAll(Resolution choice)
{
    for (Resolutions &r : mResolutions) {
        r.all = choice;
        r.byConflict.clear();
    }
    recompute();
}

int MergeSession::conflictCount() const
{
    return mOutcome.total().conflicts;
}

bool MergeSession::canApply() const
{
    return !mSources.isEmpty() && mPreviewError.isEmpty() && mOutcome.complete() && mOutcome.changed;
}

QString MergeSession::undoText() const
{
    QStringList pds;
    for (const MergeSource &s : mSources) {
        const QString pd = s.copy.copyInfo ? s.copy.copyInfo->forPd : QString();
        if (!pd.isEmpty() && !pds.contains(pd))
            pds.append(pd);
    }
    return tr("Gabungkan salinan dari %1").arg(pds.join(QStringLiteral(", ")));
}

Status MergeSession::applyTo(ProjectDocument *document)
{
    if (!document)
        return Error{tr("Tidak ada proyek yang terbuka."), {}, 0};
    if (!(document->project() == mMine)) {
        return Error{tr("Proyek berubah sejak pratinjau dibuat; buka lagi Gabungkan salinan."), {},
                     int(MergeError::ProjectChanged)};
    }
    auto merged = mergeAll(mMine, mSources, mResolutions, nowUtc());
    if (!merged)
        return merged.error();
    if (!merged->complete()) {
        return Error{tr("Masih ada %n konflik yang belum diputuskan.", nullptr, merged->unresolved), {},
                     int(MergeError::Unresolved)};
    }
    if (!merged->changed)
        return Status::success();
    document->replaceProject(merged->project, undoText());
    return Status::success();
}

void MergeSession::recompute()
{
    mPreviewError.clear();
    auto preview = mergeAll(mMine, mSources, mResolutions, nowUtc());
    if (preview) {
        mOutcome = std::move(preview.value());
    } else {
        mOutcome = MergeOutcome{};
        mOutcome.project = mMine;
        mPreviewError = preview.error().toString();
    }
    emit changed();
}

} // namespace ksd
