// SPDX-License-Identifier: Apache-2.0
#include "projectlock.h"

#include "util/format.h"
#include "util/version.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace ksd {

namespace {

const QByteArray Magic = QByteArrayLiteral("PetaKSD lock 1");
constexpr qint64 MaxLockBytes = 4096;

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s.trimmed();
}

QByteArray serialize(const LockOwner &o)
{
    QByteArray out = Magic + '\n';
    auto line = [&out](const char *key, const QString &value) {
        out += key;
        out += '=';
        out += oneLine(value).toUtf8();
        out += '\n';
    };
    line("user", o.user);
    line("name", o.name);
    line("host", o.host);
    line("pid", QString::number(o.pid));
    line("since", o.since.toUTC().toString(Qt::ISODate));
    line("program", o.program);
    line("token", o.token);
    return out;
}

LockOwner parse(const QByteArray &data)
{
    LockOwner o;
    for (const QByteArray &raw : data.split('\n')) {
        const int eq = raw.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = raw.left(eq).trimmed();
        const QString value = QString::fromUtf8(raw.mid(eq + 1)).trimmed();
        if (key == "user")
            o.user = value;
        else if (key == "name")
            o.name = value;
        else if (key == "host")
            o.host = value;
        else if (key == "pid")
            o.pid = value.toLongLong();
        else if (key == "since")
            o.since = QDateTime::fromString(value, Qt::ISODate);
        else if (key == "program")
            o.program = value;
        else if (key == "token")
            o.token = value;
    }
    return o;
}

bool sameHost(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED; // exists, but not ours to look at
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return alive;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

/// When this PC last started (Linux); invalid elsewhere. A lock written before it is from a process that is gone.
QDateTime bootTime()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : stat.readAll().split('\n')) {
            if (line.startsWith("btime "))
                return QDateTime::fromSecsSinceEpoch(line.mid(6).trimmed().toLongLong(), Qt::UTC);
        }
    }
#endif
    return {};
}

QString login()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QDateTime touchedAt(const QString &lockPath)
{
    return QFileInfo(lockPath).fileTime(QFileDevice::FileModificationTime).toUTC();
}

} // namespace

LockOwner LockOwner::current(const QString &editorName)
{
    LockOwner o;
    o.user = login();
    o.name = oneLine(editorName);
    o.host = QSysInfo::machineHostName();
    o.pid = QCoreApplication::applicationPid();
    o.since = QDateTime::currentDateTimeUtc();
    o.program = programNameAndVersion();
    return o;
}

QString LockOwner::who() const
{
    if (!name.isEmpty() && !user.isEmpty() && name != user)
        return QStringLiteral("%1 (%2)").arg(name, user);
    if (!name.isEmpty())
        return name;
    if (!user.isEmpty())
        return user;
    return ProjectLock::tr("(tidak diketahui)");
}

ProjectLock::~ProjectLock()
{
    release();
}

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".lock");
}

QString ProjectLock::busyMessage(const LockOwner &owner)
{
    const QString host = owner.host.isEmpty() ? tr("(komputer tidak diketahui)") : owner.host;
    const QString since = owner.since.isValid() ? shortDateTime(owner.since.toLocalTime()) : tr("(waktu tidak diketahui)");
    return tr("Proyek ini sedang dibuka oleh %1 di %2 sejak %3.").arg(owner.who(), host, since);
}

std::optional<LockOwner> ProjectLock::readOwner(const QString &projectPath)
{
    QFile f(lockPathFor(projectPath));
    if (!QFileInfo(f).isFile())
        return std::nullopt; // none, or a folder of that name: not a lock (acquire() says it cannot write one)
    if (!f.open(QIODevice::ReadOnly))
        return LockOwner{}; // there, but unreadable: someone, unknown
    return parse(f.read(MaxLockBytes));
}

std::optional<LockOwner> ProjectLock::liveOwner(const QString &projectPath)
{
    std::optional<LockOwner> owner = readOwner(projectPath);
    if (owner && isStale(*owner, touchedAt(lockPathFor(projectPath)), QDateTime::currentDateTimeUtc()))
        return std::nullopt;
    return owner;
}

bool ProjectLock::isStale(const LockOwner &owner, const QDateTime &touched, const QDateTime &now)
{
    if (sameHost(owner.host, QSysInfo::machineHostName())) {
        const QDateTime boot = bootTime();
        if (boot.isValid() && owner.since.isValid() && owner.since < boot)
            return true;
        return !processAlive(owner.pid);
    }
    // Another PC (or a lock naming none): its holder refreshes it every RefreshSeconds while the project is open.
    return touched.isValid() && touched.secsTo(now) > StaleAfterSeconds;
}

LockResult ProjectLock::acquire(const QString &projectPath, const LockOwner &me)
{
    return take(projectPath, me, false);
}

LockResult ProjectLock::acquireIgnoringOwner(const QString &projectPath, const LockOwner &me)
{
    return take(projectPath, me, true);
}

LockResult ProjectLock::take(const QString &projectPath, const LockOwner &me, bool ignoreOwner)
{
    release();
    const QString path = lockPathFor(projectPath);
    LockResult result;
    result.outcome = LockOutcome::Acquired;
    // Two tries: the second after removing a stale (or overruled) lock; losing that race to another PC is Busy.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            LockOwner mine = me;
            mine.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QByteArray data = serialize(mine);
            if (f.write(data) != data.size() || !f.flush()) {
                f.close();
                QFile::remove(path);
                result.outcome = LockOutcome::NotWritten;
                result.message = tr("Berkas kunci %1 tidak dapat ditulis: %2").arg(path, f.errorString());
                return result;
            }
            mPath = path;
            mOwner = parse(data); // as written: the time to the second, as stillOurs() reads it back
            return result;
        }
        if (!QFileInfo(path).isFile()) {
            result.outcome = LockOutcome::NotWritten;
            result.message = tr("Berkas kunci %1 tidak dapat dibuat: %2").arg(path, f.errorString());
            return result;
        }
        const std::optional<LockOwner> other = readOwner(projectPath);
        const bool stale = isStale(other.value_or(LockOwner{}), touchedAt(path), QDateTime::currentDateTimeUtc());
        if (attempt > 0 || (!stale && !ignoreOwner)) {
            result.outcome = LockOutcome::Busy;
            result.owner = other;
            return result;
        }
        result.outcome = stale ? LockOutcome::TookOverStale : LockOutcome::Forced;
        result.owner = other;
        if (!QFile::remove(path)) {
            result.outcome = LockOutcome::NotWritten;
            result.message = tr("Berkas kunci %1 tidak dapat diganti.").arg(path);
            return result;
        }
    }
    return result;
}

bool ProjectLock::stillOurs() const
{
    QFile f(mPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const LockOwner o = parse(f.read(MaxLockBytes));
    return o.token == mOwner.token && o.pid == mOwner.pid && sameHost(o.host, mOwner.host);
}

bool ProjectLock::refresh()
{
    if (mPath.isEmpty() || !stillOurs())
        return false;
    QFile f(mPath);
    if (!f.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return false;
    return f.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

void ProjectLock::release()
{
    if (mPath.isEmpty())
        return;
    // Somebody who opened anyway owns it now: leave theirs alone.
    if (stillOurs())
        QFile::remove(mPath);
    mPath.clear();
}

} // namespace ksd
