// SPDX-License-Identifier: Apache-2.0
// Internal to KsdStore: the reader and the writer behind load() and save(). Not part of the public API.
#pragma once

#include "ksdstore.h"

#include <memory>
#include <optional>

class QTemporaryDir;

namespace ksd {

class SqliteConnection;

namespace detail::store {

inline Error storeError(StoreError code, const QString &message, const QString &where)
{
    return Error{message, where, int(code)};
}

/// Fails when the file's sqlite_schema differs from what this build writes for @p version: an object more or
/// less, a trigger or view, or any difference in an object's SQL text (whitespace aside).
std::optional<Error> checkSchema(SqliteConnection &c, int version, const QString &path);

/// Reads every table of a checked, current-version database into @p p; the first value that cannot be
/// understood, or a row SQLite fails to give, is the error (its where names the table and row). What is
/// dropped with a warning goes to @p warnings.
/// With @p diskCopy (the private folder holding @p c's file, @p diskCopyPath), a merge log longer than
/// MaxLoadedLogRows keeps its older rows there (Project::archivedLog, checked and hashed here, read on demand).
/// @p progress (may be empty) hears the rows read so far and the rows in all, every few thousand rows.
std::optional<Error> readProject(SqliteConnection &c, Project &p, QStringList &warnings,
                                 const std::shared_ptr<QTemporaryDir> &diskCopy, const QString &diskCopyPath,
                                 const std::function<void(qint64, qint64)> &progress);

/// Copies @p path and its rollback journal or WAL into @p dir and lets SQLite recover the copy there (roll the
/// journal back, checkpoint the WAL); returns the copy's path. The original and its folder are not touched.
Result<QString> recoverPrivateCopy(const QString &path, QTemporaryDir *dir);

/// The SQLite steps a load may take for a file of @p bytes.
qint64 stepBudget(qint64 bytes);

/// The stamp of @p path, the database file @p c has open (and may hold a lock on): the change counter is read
/// through SQLite's own file handle and the rest from stat(), so that no other descriptor of the file is opened
/// and closed (closing one would drop every POSIX lock this process holds on the file, SQLite's included).
FileStamp stampUnderLock(const SqliteConnection &c, const QString &path);

/// Rolls back a rollback journal beside @p path (a write transaction cut short) into the file itself, so that no
/// journal is left that SQLite could later play into another file renamed to @p path. Returns an error text when a
/// journal stays that cannot be settled. Nothing happens when there is no journal.
QString settleJournal(const QString &path);

/// Writes @p project as schema @p version to a new file beside @p path and renames it into place.
Status writeFile(const Project &project, const QString &path, int version);

} // namespace detail::store

} // namespace ksd
