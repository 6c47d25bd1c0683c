// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "merge/merge.h"

#include <QObject>

#include <functional>

namespace ksd {

class DocumentManager;
class ProjectDocument;

/// The state behind Berkas → Gabungkan salinan…, without widgets: the copies read, the files refused (each with
/// its message), the planner's choices and the preview they give (core mergeAll()). The dialog shows it; tests
/// drive it directly. Every choice recomputes the preview, because a choice for one copy can change what the
/// copies after it bring.
class MergeSession : public QObject
{
    Q_OBJECT

public:
    /// A file that was not taken, and why; or a note about a file that was (e.g. migrated from an older version).
    struct FileNote
    {
        QString file;
        QString message;
        bool refused = true;
    };

    explicit MergeSession(const Project &mine, QObject *parent = nullptr);

    const Project &mine() const { return mMine; }

    /// How addFiles() reads a copy: loadCopy() on the calling thread unless set. ShareActions sets one that reads
    /// through DocumentManager::load(), on a worker thread with progress and cancel, the window responsive.
    using CopyLoader = std::function<Result<MergeSource>(const QString &path)>;
    void setLoader(CopyLoader loader) { mLoader = std::move(loader); }
    /// A loader that reads through @p documents' load() (loadCopy() once the manager is gone).
    static CopyLoader loaderThrough(DocumentManager *documents);

    /// Reads @p paths; a file that cannot be read, is not a copy, or is a copy of another project is refused with
    /// its message and the others are still taken. Returns how many were taken.
    int addFiles(const QStringList &paths);
    /// Takes a copy already read (refused like a file when it is not a copy of this project).
    bool addSource(const MergeSource &source);

    const QList<MergeSource> &sources() const { return mSources; }
    const QList<FileNote> &notes() const { return mNotes; }
    bool hasRefusals() const;

    /// The preview with the current choices (valid once at least one copy was taken).
    const MergeOutcome &outcome() const { return mOutcome; }
    /// The error of the last preview (normally none: every source was checked when it was taken).
    const QString &previewError() const { return mPreviewError; }

    Resolution resolution(int source, const MergeConflict &conflict) const;
    void setResolution(int source, const QString &conflictKey, Resolution choice);
    /// The same choice for every conflict of every copy, including conflicts a later choice brings up.
    void resolveAll(Resolution choice);

    int conflictCount() const;
    int unresolvedCount() const { return mOutcome.unresolved; }
    /// Everything is decided and there is something to merge.
    bool canApply() const;

    /// Merges the copies with the chosen resolutions into @p document as ONE undo step (ReplaceProject). Fails,
    /// changing nothing, while a conflict is undecided or when the document is no longer the project previewed.
    Status applyTo(ProjectDocument *document);
    /// The undo text: "Gabungkan salinan dari Dinas A, Dinas B".
    QString undoText() const;

signals:
    /// The sources, notes, choices or the preview changed.
    void changed();

private:
    bool take(const MergeSource &source);
    void recompute();

    Project mMine;
    QList<MergeSource> mSources;
    QList<Resolutions> mResolutions;
    QList<FileNote> mNotes;
    MergeOutcome mOutcome;
    QString mPreviewError;
    CopyLoader mLoader;
};

} // namespace ksd
