// SPDX-License-Identifier: Apache-2.0
// One project, one editor: the lock file beside a .ksd (who, which PC, since when), its stale rule, a second
// opener seeing the owner, a lock that cannot be written, and what a read-only file or folder allows.
#include "helpers.h"

#include "store/filesite.h"
#include "store/ksdstore.h"
#include "store/projectlock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

QString savedProject(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(KsdStore::save(test::sampleProject(), path).ok());
    return path;
}

LockOwner someone(const QString &name)
{
    LockOwner o = LockOwner::current(name);
    o.user = QStringLiteral("ani");
    return o;
}

void writeLockFile(const QString &projectPath, const QByteArray &text, const QDateTime &touched)
{
    QFile f(ProjectLock::lockPathFor(projectPath));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    REQUIRE(f.flush()); // before the time: a later flush would set it to now
    REQUIRE(f.setFileTime(touched, QFileDevice::FileModificationTime));
}

qint64 deadPid()
{
    QProcess p; // this test program, listing its tests: a process that exits at once, on every platform
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--list-test-names-only")});
    REQUIRE(p.waitForStarted());
    const qint64 pid = p.processId();
    REQUIRE(p.waitForFinished());
    return pid; // reaped by QProcess: no such process any more
}

} // namespace

TEST_CASE("opening takes the lock: who, which PC, since when; closing removes it", "[lock]")
{
    QTemporaryDir dir;
    const QString path = savedProject(dir, QStringLiteral("banjar.ksd"));
    ProjectLock lock;
    const LockResult r = lock.acquire(path, someone(QStringLiteral("Ani Bappeda")));
    CHECK(r.outcome == LockOutcome::Acquired);
    REQUIRE(lock.isHeld());
    CHECK(lock.lockPath() == dir.filePath(QStringLiteral("banjar.ksd.lock")));
    REQUIRE(QFileInfo::exists(lock.lockPath()));

    const std::optional<LockOwner> owner = ProjectLock::readOwner(path);
    REQUIRE(owner);
    CHECK(owner->user == QStringLiteral("ani"));
    CHECK(owner->name == QStringLiteral("Ani Bappeda"));
    CHECK(owner->host == QSysInfo::machineHostName());
    CHECK(owner->pid == QCoreApplication::applicationPid());
    CHECK(qAbs(owner->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK(owner->program.startsWith(QStringLiteral("PetaKSD ")));
    CHECK(owner->who() == QStringLiteral("Ani Bappeda (ani)"));
    CHECK(ProjectLock::liveOwner(path).has_value());
    CHECK(lock.refresh());

    lock.release();
    CHECK_FALSE(lock.isHeld());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("banjar.ksd.lock"))));
    CHECK_FALSE(ProjectLock::liveOwner(path).has_value());
}

TEST_CASE("a second opener sees the owner and writes nothing; open anyway takes the lock over", "[lock]")
{
    QTemporaryDir dir;
    const QString path = savedProject(dir, QStringLiteral("banjar.ksd"));
    ProjectLock first;
    REQUIRE(first.acquire(path, someone(QStringLiteral("Ani Bappeda"))).outcome == LockOutcome::Acquired);
    QFile lockFile(first.lockPath());
    REQUIRE(lockFile.open(QIODevice::ReadOnly));
    const QByteArray before = lockFile.readAll();
    lockFile.close();

    ProjectLock second;
    const LockResult busy = second.acquire(path, someone(QStringLiteral("Budi Setda")));
    CHECK(busy.outcome == LockOutcome::Busy);
    CHECK_FALSE(second.isHeld());
    REQUIRE(busy.owner);
    CHECK(busy.owner->name == QStringLiteral("Ani Bappeda"));
    const QString message = ProjectLock::busyMessage(*busy.owner);
    CHECK(message.startsWith(QStringLiteral("Proyek ini sedang dibuka oleh Ani Bappeda (ani) di ")));
    CHECK(message.contains(QSysInfo::machineHostName()));
    CHECK(message.contains(QStringLiteral(" sejak ")));
    REQUIRE(lockFile.open(QIODevice::ReadOnly));
    CHECK(lockFile.readAll() == before);
    lockFile.close();

    const LockResult forced = second.acquireIgnoringOwner(path, someone(QStringLiteral("Budi Setda")));
    CHECK(forced.outcome == LockOutcome::Forced);
    REQUIRE(forced.owner);
    CHECK(forced.owner->name == QStringLiteral("Ani Bappeda"));
    CHECK(ProjectLock::readOwner(path)->name == QStringLiteral("Budi Setda"));
    // The first holder notices, and leaves the new holder's lock alone.
    CHECK_FALSE(first.refresh());
    first.release();
    CHECK(ProjectLock::readOwner(path)->name == QStringLiteral("Budi Setda"));
    second.release();
    CHECK_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(path)));
}

TEST_CASE("a stale lock is replaced: a process gone on this PC, or another PC's lock not refreshed", "[lock]")
{
    QTemporaryDir dir;
    const QString path = savedProject(dir, QStringLiteral("banjar.ksd"));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    SECTION("this PC, process gone")
    {
        const qint64 pid = deadPid();
        writeLockFile(path,
                      QStringLiteral("PetaKSD lock 1\nuser=budi\nname=Budi\nhost=%1\npid=%2\nsince=%3\n")
                          .arg(QSysInfo::machineHostName()).arg(pid).arg(now.addSecs(-60).toString(Qt::ISODate))
                          .toUtf8(),
                      now);
        CHECK_FALSE(ProjectLock::liveOwner(path).has_value());
        ProjectLock lock;
        const LockResult r = lock.acquire(path, someone(QStringLiteral("Ani")));
        CHECK(r.outcome == LockOutcome::TookOverStale);
        REQUIRE(r.owner);
        CHECK(r.owner->pid == pid);
        CHECK(ProjectLock::readOwner(path)->name == QStringLiteral("Ani"));
    }
    SECTION("this PC, process alive: not stale")
    {
        writeLockFile(path,
                      QStringLiteral("PetaKSD lock 1\nuser=budi\nhost=%1\npid=%2\nsince=%3\n")
                          .arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid())
                          .arg(now.toString(Qt::ISODate)).toUtf8(),
                      now.addSecs(-10 * ProjectLock::StaleAfterSeconds));
        CHECK(ProjectLock::liveOwner(path).has_value());
    }
    SECTION("another PC")
    {
        const QByteArray text = QByteArrayLiteral("PetaKSD lock 1\nuser=citra\nhost=PC-KEUANGAN-07\npid=4242\n"
                                                  "since=2026-12-01T08:00:00Z\n");
        writeLockFile(path, text, now.addSecs(-60));
        REQUIRE(ProjectLock::liveOwner(path).has_value());
        CHECK(ProjectLock::liveOwner(path)->host == QStringLiteral("PC-KEUANGAN-07"));
        ProjectLock lock;
        CHECK(lock.acquire(path, someone(QStringLiteral("Ani"))).outcome == LockOutcome::Busy);

        writeLockFile(path, text, now.addSecs(-ProjectLock::StaleAfterSeconds - 60));
        CHECK_FALSE(ProjectLock::liveOwner(path).has_value());
        CHECK(lock.acquire(path, someone(QStringLiteral("Ani"))).outcome == LockOutcome::TookOverStale);
    }
    SECTION("a lock file that names nobody is someone, until it goes stale")
    {
        writeLockFile(path, QByteArrayLiteral("garbage"), now);
        REQUIRE(ProjectLock::liveOwner(path).has_value());
        CHECK(ProjectLock::busyMessage(*ProjectLock::liveOwner(path)).contains(QStringLiteral("(tidak diketahui)")));
    }
}

TEST_CASE("a lock file that cannot be written does not stop opening, and says why", "[lock]")
{
    QTemporaryDir dir;
    const QString path = savedProject(dir, QStringLiteral("banjar.ksd"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("banjar.ksd.lock"))); // in the way: a folder of that name
    CHECK_FALSE(ProjectLock::liveOwner(path).has_value()); // a folder is nobody's lock
    ProjectLock lock;
    const LockResult r = lock.acquire(path, someone(QStringLiteral("Ani")));
    CHECK(r.outcome == LockOutcome::NotWritten);
    CHECK(r.message.contains(QStringLiteral("banjar.ksd.lock")));
    CHECK_FALSE(lock.isHeld());
    CHECK(KsdStore::load(path).ok());
}

TEST_CASE("a read-only folder or file: the project opens, cannot be saved in place, and takes no lock", "[lock]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("arsip"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = savedProject(dir, QStringLiteral("arsip/banjar.ksd"));
    CHECK(FileSite::of(path).canSave());
    CHECK(FileSite::of(path).readOnlyReason().isEmpty());

    SECTION("read-only folder")
    {
        if (!test::makeReadOnly(folder))
            return;
        const FileSite site = FileSite::of(path);
        CHECK(site.fileWritable);
        CHECK_FALSE(site.folderWritable);
        CHECK_FALSE(site.canSave());
        CHECK(site.readOnlyReason().contains(QStringLiteral("Folder")));
        CHECK(KsdStore::load(path).ok());
        ProjectLock lock;
        const LockResult r = lock.acquire(path, someone(QStringLiteral("Ani")));
        CHECK(r.outcome == LockOutcome::NotWritten);
        CHECK_FALSE(r.message.isEmpty());
        CHECK_FALSE(KsdStore::save(test::sampleProject(), path).ok());
        test::undoReadOnly(folder);
    }
    SECTION("read-only file")
    {
        if (!test::makeReadOnly(path))
            return;
        const FileSite site = FileSite::of(path);
        CHECK_FALSE(site.fileWritable);
        CHECK(site.folderWritable);
        CHECK_FALSE(site.canSave());
        CHECK(site.readOnlyReason().contains(QStringLiteral("hanya-baca")));
        CHECK(KsdStore::load(path).ok());
        test::undoReadOnly(path);
    }
}

TEST_CASE("network file systems are known by their type", "[lock]")
{
    for (const char *t : {"cifs", "smb3", "nfs", "nfs4", "fuse.sshfs", "9p", "NFS4"})
        CHECK(FileSite::isNetworkType(QString::fromLatin1(t)));
    for (const char *t : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "vfat", "ntfs", ""})
        CHECK_FALSE(FileSite::isNetworkType(QString::fromLatin1(t)));
    QTemporaryDir dir;
    const QString path = savedProject(dir, QStringLiteral("lokal.ksd"));
    const FileSite site = FileSite::of(path);
    CHECK_FALSE(site.fsType.isEmpty());
    CHECK(site.network == FileSite::isNetworkType(site.fsType));
}
