// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ksd {

/// Who holds a project open for editing, as written in the lock file beside the .ksd.
struct LockOwner
{
    QString user;     ///< the login name on that PC
    QString name;     ///< the editor name set in PetaKSD (may be empty)
    QString host;     ///< the PC's host name
    qint64 pid = 0;   ///< the process on that PC
    QDateTime since;  ///< when the project was opened (UTC)
    QString program;  ///< "PetaKSD 0.1.0"
    QString token;    ///< random, per lock taken: tells two documents of one process apart

    /// The owner as this process would write it: login name, host name, pid, now, and @p editorName.
    static LockOwner current(const QString &editorName);
    /// "Ani (ani)" or "ani", or "(tidak diketahui)" for a lock file that names nobody.
    QString who() const;
};

/// What ProjectLock::acquire() found.
enum class LockOutcome {
    Acquired,      ///< the lock file is ours; no other editor
    TookOverStale, ///< a lock of an editor that is gone (see isStale()) was replaced by ours
    Busy,          ///< another editor holds it (owner tells who); nothing was written
    Forced,        ///< another editor holds it and we replaced the lock anyway (acquireIgnoringOwner)
    NotWritten,    ///< the lock file could not be written (message tells why); opening goes on without a lock
};

struct LockResult
{
    LockOutcome outcome = LockOutcome::NotWritten;
    std::optional<LockOwner> owner; ///< the other (or the stale) owner, for Busy, Forced and TookOverStale
    QString message;                ///< translated, for NotWritten
};

/// One project, one editor: a small text file "NAME.ksd.lock" beside the project says who has it open, on which
/// PC and since when. Like QLockFile, a lock is stale when its PC is this one and its process is gone (or the PC
/// restarted since), and, for a lock from another PC, when it was not refreshed for StaleAfterSeconds: the
/// holder calls refresh() every RefreshSeconds. Unlike QLockFile, the file names the person, so a second
/// PetaKSD on another PC can say who to ask. The lock is advisory: it never stops reading the project.
class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(ksd::ProjectLock)

public:
    static constexpr int RefreshSeconds = 5 * 60;
    static constexpr int StaleAfterSeconds = 30 * 60;

    ProjectLock() = default;
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    /// "/dir/banjar.ksd.lock" for "/dir/banjar.ksd".
    static QString lockPathFor(const QString &projectPath);
    /// The holder named by the lock file of @p projectPath, if there is one and it is not stale.
    static std::optional<LockOwner> liveOwner(const QString &projectPath);
    /// The lock file's contents, stale or not (nullopt when there is no lock file).
    static std::optional<LockOwner> readOwner(const QString &projectPath);
    /// "Proyek ini sedang dibuka oleh WHO di HOST sejak WHEN." for a lock held by @p owner.
    static QString busyMessage(const LockOwner &owner);
    /// The stale rule, given the owner and when its lock file was last written (@p touched) at @p now.
    static bool isStale(const LockOwner &owner, const QDateTime &touched, const QDateTime &now);

    /// Takes the lock of @p projectPath for @p me, unless a live owner holds it (Busy). Releases a lock held before.
    LockResult acquire(const QString &projectPath, const LockOwner &me);
    /// Takes the lock even from a live owner (the user chose "open anyway" after the warning).
    LockResult acquireIgnoringOwner(const QString &projectPath, const LockOwner &me);
    /// Rewrites the lock file so that other PCs do not take it for stale. False when it is no longer ours.
    bool refresh();
    /// Removes the lock file if it is still ours.
    void release();

    bool isHeld() const { return !mPath.isEmpty(); }
    QString lockPath() const { return mPath; }

private:
    LockResult take(const QString &projectPath, const LockOwner &me, bool ignoreOwner);
    bool stillOurs() const;

    QString mPath; ///< the lock file we wrote; empty when none
    LockOwner mOwner;
};

} // namespace ksd
