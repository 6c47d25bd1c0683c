// SPDX-License-Identifier: Apache-2.0
// Saving in place: only the rows that changed since the file was read (or last written), in one SQLite write
// transaction on the file itself, its rollback journal making the change atomic. Everything else falls back to the
// full rewrite of ksdstorewriter.cpp, which stays the reference path.
//
// What the diff compares: the project as the file holds it (SaveBaseline, kept by whoever saves) against the
// project being saved, record by record with operator==, matched by id. The alternative, a revision stamp on
// every record, would need every edit path (undo commands, merges, imports, batch operations) to bump it and the
// model to carry a field that is not data; a missed bump would silently lose an edit. The comparison needs
// nothing from the editors and cannot miss a change. It is cheap: Qt's implicit sharing makes the baseline a
// second reference to the same lists (a list never edited compares in O(1) by its shared data), and a national
// project's 50,000 entries compare in a few milliseconds when one of them changed.
#include "ksdstore_p.h"
#include "ksdstorerows_p.h"

#include "filesite.h"
#include "schema.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <optional>
#include <variant>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ksd {

namespace {

quint32 changeCounterOf(const QByteArray &header)
{
    return header.size() < 28 ? 0
                              : (quint32(uchar(header[24])) << 24) | (quint32(uchar(header[25])) << 16)
                                    | (quint32(uchar(header[26])) << 8) | quint32(uchar(header[27]));
}

/// The stamp of @p path without its change counter, from stat() alone: no file descriptor is opened, so that
/// the POSIX locks SQLite holds on the file in this process stay (closing any descriptor of a file drops them all).
FileStamp statStamp(const QString &path)
{
    FileStamp s;
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return s;
    s.device = quint64(st.st_dev);
    s.inode = quint64(st.st_ino);
    s.size = qint64(st.st_size);
#if defined(Q_OS_DARWIN)
    s.mtimeNs = qint64(st.st_mtimespec.tv_sec) * 1'000'000'000 + st.st_mtimespec.tv_nsec;
#else
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
#endif
#else
    const QFileInfo fi(path);
    if (!fi.exists())
        return s;
    s.size = fi.size();
    s.mtimeNs = fi.lastModified().toMSecsSinceEpoch() * 1'000'000;
    s.inode = qHash(fi.canonicalFilePath());
#endif
    return s;
}

} // namespace

FileStamp FileStamp::of(const QString &path)
{
    // Through a connection of SQLite's own, which closes its descriptor only when no other connection of this
    // process holds a lock on the file (a plain QFile's close would drop those locks).
    if (!QFileInfo(path).isFile())
        return {};
    const SqliteConnection c(path, SqliteConnection::Mode::ReadOnly);
    return detail::store::stampUnderLock(c, path);
}

namespace detail::store {

FileStamp stampUnderLock(const SqliteConnection &c, const QString &path)
{
    QByteArray header(28, '\0');
    if (!c.readFile(0, header))
        return {};
    FileStamp s = statStamp(path);
    s.changeCounter = changeCounterOf(header);
    return s;
}

namespace {

const QString JournalSuffix = QStringLiteral("-journal");

/// The rows of one table to write.
struct TableChanges
{
    QString table;
    QList<QVariantList> inserts;
    QList<QVariantList> updates;
    QStringList deletes;
};

/// Everything a save in place writes.
struct Changes
{
    QList<TableChanges> tables;
    bool meta = false;
    bool scope = false;
    bool settings = false;
    bool positions = false;
    QList<MergeLogEntry> appendedLog;
    qint64 rows = 0;      ///< inserts, updates and deletes of records
    qint64 rowsInAll = 0; ///< records before or after, whichever is more
};

/// Adds the changes from @p before to @p after of one record type. False when they cannot be written by id
/// alone: a load reads rows in rowid order, so the records kept must stay in their order and new ones come last.
template<typename T>
bool diffRecords(const QList<T> &before, const QList<T> &after, Changes &out)
{
    out.rowsInAll += std::max(before.size(), after.size());
    if (before.size() == after.size() && before.constData() == after.constData())
        return true; // the same shared list: nothing was edited
    TableChanges t;
    t.table = tableOf(static_cast<const T *>(nullptr));
    // Built only when ids stop matching position by position (a deletion or an addition).
    auto idSet = [](const QList<T> &records) {
        return [list = &records, ids = std::optional<QSet<QUuid>>()](const QUuid &id) mutable {
            if (!ids) {
                ids.emplace();
                ids->reserve(list->size());
                for (const T &r : *list)
                    ids->insert(r.meta.id);
            }
            return ids->contains(id);
        };
    };
    auto inBefore = idSet(before);
    auto inAfter = idSet(after);
    qsizetype i = 0;
    bool appending = false;
    for (const T &a : after) {
        while (i < before.size() && before[i].meta.id != a.meta.id && !inAfter(before[i].meta.id))
            t.deletes.append(before[i++].meta.id.toString(QUuid::WithoutBraces));
        if (i < before.size() && before[i].meta.id == a.meta.id) {
            if (appending)
                return false; // a kept record after a new one
            if (!(before[i] == a))
                t.updates.append(recordRow(a, schema::CurrentVersion));
            ++i;
        } else {
            if (inBefore(a.meta.id))
                return false; // a kept record moved
            t.inserts.append(recordRow(a, schema::CurrentVersion));
            appending = true;
        }
    }
    for (; i < before.size(); ++i) {
        if (inAfter(before[i].meta.id))
            return false;
        t.deletes.append(before[i].meta.id.toString(QUuid::WithoutBraces));
    }
    out.rows += t.inserts.size() + t.updates.size() + t.deletes.size();
    if (!t.inserts.isEmpty() || !t.updates.isEmpty() || !t.deletes.isEmpty())
        out.tables.append(std::move(t));
    return true;
}

/// The changes from @p before to @p after, or why they are better written as a new file.
std::variant<Changes, SaveFallback> planChanges(const Project &before, const Project &after)
{
    // Documents: unchanged ones share their data handles with the baseline and are never written (their scan
    // BLOBs untouched). Any change to them goes into a new file, where each scan is streamed into its row after
    // the row is made (DocumentSave), rather than rewriting a BLOB row in place.
    // (QList's == returns at once for a list still shared with the baseline.)
    if (before.documents != after.documents)
        return SaveFallback::DocumentsChanged;
    Changes c;
    const bool inOrder = diffRecords(before.entries, after.entries, c) && diffRecords(before.proposals, after.proposals, c)
                         && diffRecords(before.agreements, after.agreements, c) && diffRecords(before.monev, after.monev, c)
                         && diffRecords(before.offers, after.offers, c);
    if (!inOrder)
        return SaveFallback::OrderChanged;
    // The merge log only grows: its new rows are appended. One that shrank (an undone merge) is rewritten whole.
    const bool logGrew = before.archivedLog == after.archivedLog && after.mergeLog.size() >= before.mergeLog.size()
                         && std::equal(before.mergeLog.cbegin(), before.mergeLog.cend(), after.mergeLog.cbegin());
    if (!logGrew)
        return SaveFallback::OrderChanged;
    c.appendedLog = after.mergeLog.mid(before.mergeLog.size());
    if (2 * c.rows > c.rowsInAll)
        return SaveFallback::MostRowsChanged;
    // The small tables without ids are rewritten whole when they differ at all.
    c.meta = metaRows(before) != metaRows(after);
    c.scope = before.scope != after.scope;
    c.settings = before.settings != after.settings;
    c.positions = before.positions != after.positions;
    return c;
}

/// Writes @p c into the open transaction of @p conn; the first error text, or empty.
QString writeChanges(SqliteConnection &conn, const Project &p, const Changes &c, qint64 &written)
{
    RowWriter w(conn);
    if (c.meta) {
        w.clear(QStringLiteral("meta"));
        for (const auto &[k, v] : metaRows(p))
            w.insert(QStringLiteral("meta"), {k, v});
    }
    if (c.scope) {
        w.clear(QStringLiteral("scope"));
        for (const QString &code : p.scope)
            w.insert(QStringLiteral("scope"), {code});
    }
    if (c.settings) {
        w.clear(QStringLiteral("setting"));
        for (auto it = p.settings.cbegin(); it != p.settings.cend(); ++it)
            w.insert(QStringLiteral("setting"), {it.key(), it.value()});
    }
    for (const TableChanges &t : c.tables) {
        for (const QString &id : t.deletes)
            w.remove(t.table, id);
        for (const QVariantList &row : t.updates)
            w.update(t.table, row);
        for (const QVariantList &row : t.inserts)
            w.insert(t.table, row);
    }
    if (c.positions) {
        w.clear(QStringLiteral("node_position"));
        for (const NodePosition &n : p.positions) {
            if (schema::positionInRange(n.x, n.y))
                w.insert(QStringLiteral("node_position"), positionRow(n));
        }
    }
    if (!c.appendedLog.isEmpty() && w.error().isEmpty()) {
        auto last = conn.integer(QStringLiteral("SELECT coalesce(max(seq), 0) FROM merge_log"));
        if (!last)
            return last.error().message;
        qint64 seq = *last;
        for (const MergeLogEntry &m : c.appendedLog)
            w.insert(QStringLiteral("merge_log"), logRow(++seq, m));
    }
    written = w.rowsWritten();
    return w.error();
}

/// Why the file at @p target cannot take the changes in place before it is even opened, or None.
SaveFallback refusalBefore(const QString &target, const SaveBaseline &baseline)
{
    if (!baseline.isValid())
        return SaveFallback::NoBaseline;
    if (baseline.filePath != target)
        return SaveFallback::OtherFile;
    if (QFileInfo::exists(target + JournalSuffix) || QFileInfo::exists(target + QStringLiteral("-wal")))
        return SaveFallback::NotInPlaceFile;
    // Without the change counter here (reading it would open and close a descriptor of the file, dropping the
    // locks of any other connection of this process to it): it is compared under the write lock.
    FileStamp now = statStamp(target);
    now.changeCounter = baseline.stamp.changeCounter;
    if (now != baseline.stamp)
        return SaveFallback::ChangedOnDisk;
    if (FileSite::of(target).network)
        return SaveFallback::NetworkFolder;
    return SaveFallback::None;
}

struct InPlaceOutcome
{
    SaveFallback fallback = SaveFallback::None;
    QString error;
    qint64 rows = 0;
    FileStamp stamp; ///< of the file as committed
};

/// Opens @p target as an untrusted file (the defensive settings of a load), checks under the write lock that it
/// is still the baseline's file with this build's schema, and writes @p c in one transaction.
InPlaceOutcome writeInPlace(const Project &project, const QString &target, const SaveBaseline &baseline,
                            const Changes &c)
{
    InPlaceOutcome out;
    auto failed = [&](const QString &why) {
        out.fallback = SaveFallback::InPlaceFailed;
        out.error = why;
        return out;
    };
    SqliteConnection conn(target, SqliteConnection::Mode::ReadWrite);
    if (!conn.isOpen())
        return failed(conn.lastError());
    conn.harden();
    conn.setStepBudget(stepBudget(baseline.stamp.size) + 1000 * (c.rows + c.appendedLog.size()));
    // DELETE: the journal exists only while a transaction runs, and its deletion is the commit. FULL: the journal
    // is on disk before the file is touched, the file before the journal goes.
    auto mode = conn.rows(QStringLiteral("PRAGMA journal_mode=DELETE"), 1);
    if (!mode || mode->value(0).value(0) != QLatin1String("delete"))
        return failed(mode ? QStringLiteral("journal_mode %1").arg(mode->value(0).value(0)) : mode.error().message);
    if (const QString err = conn.exec({QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("BEGIN IMMEDIATE")});
        !err.isEmpty())
        return failed(err);
    // Under the write lock no SQLite program can change the file any more: it must still be the one the
    // baseline describes (the file quick_checked at load or written by the last save), with this build's schema.
    auto rollback = [&](SaveFallback why) {
        conn.exec({QStringLiteral("ROLLBACK")});
        out.fallback = why;
        return out;
    };
    if (stampUnderLock(conn, target) != baseline.stamp)
        return rollback(SaveFallback::ChangedOnDisk);
    auto appId = conn.integer(QStringLiteral("PRAGMA application_id"));
    auto version = conn.integer(QStringLiteral("PRAGMA user_version"));
    if (!appId || !version || *appId != schema::ApplicationId || *version != schema::CurrentVersion
        || checkSchema(conn, schema::CurrentVersion, target))
        return rollback(SaveFallback::NotInPlaceFile);
    const QString err = writeChanges(conn, project, c, out.rows);
    if (!err.isEmpty()) {
        conn.exec({QStringLiteral("ROLLBACK")});
        return failed(err);
    }
    if (const QString commit = conn.exec({QStringLiteral("COMMIT")}); !commit.isEmpty()) {
        conn.exec({QStringLiteral("ROLLBACK")});
        return failed(commit);
    }
    out.stamp = stampUnderLock(conn, target);
    return out;
}

} // namespace

QString settleJournal(const QString &path)
{
    const QString journal = path + JournalSuffix;
    if (!QFileInfo::exists(journal))
        return {};
    {
        // The first read of a file with a hot journal rolls it back and deletes the journal.
        SqliteConnection c(path, SqliteConnection::Mode::ReadWrite);
        if (c.isOpen()) {
            c.harden();
            c.setStepBudget(stepBudget(QFileInfo(path).size() + QFileInfo(journal).size()));
            auto read = c.rows(QStringLiteral("SELECT count(*) FROM sqlite_schema"), 1);
            const int code = read ? SQLITE_OK : (read.error().code & 0xff);
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
                return KsdStore::tr("berkas sedang ditulis program lain (jurnal \"%1\" masih dipakai)")
                    .arg(QFileInfo(journal).fileName());
            }
        }
    }
    if (!QFileInfo::exists(journal))
        return {};
    // Still there: SQLite found it not hot (an empty or zeroed journal, which no open plays back), or the file is
    // not a database it can roll back into. Either way it belongs to the file being replaced, never to the new
    // one.
    if (!QFile::remove(journal))
        return KsdStore::tr("jurnal \"%1\" tidak dapat dihapus").arg(QFileInfo(journal).fileName());
    return {};
}

} // namespace detail::store

Result<SaveInfo> KsdStore::save(const Project &project, const QString &path, const SaveBaseline &baseline)
{
    using namespace detail::store;
    const QString target = saveTarget(path);
    SaveInfo info;
    info.kind = SaveKind::Incremental;
    info.fallback = refusalBefore(target, baseline);
    if (info.fallback == SaveFallback::None) {
        auto plan = planChanges(baseline.project, project);
        if (auto *why = std::get_if<SaveFallback>(&plan)) {
            info.fallback = *why;
        } else {
            const InPlaceOutcome done = writeInPlace(project, target, baseline, std::get<Changes>(plan));
            info.fallback = done.fallback;
            info.inPlaceError = done.error;
            info.rowsWritten = done.rows;
            info.baseline = SaveBaseline{project, target, done.stamp};
        }
    }
    if (info.fallback != SaveFallback::None) {
        info.kind = SaveKind::Full;
        if (Status st = writeFile(project, path, schema::CurrentVersion); !st)
            return st.error();
        info.rowsWritten = 0;
        info.baseline = SaveBaseline{project, target, FileStamp::of(target)}; // a new file: no lock of ours on it
    }
    return info;
}

} // namespace ksd
