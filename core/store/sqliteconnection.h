// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

struct sqlite3;
struct sqlite3_stmt;

namespace ksd {

class SqliteConnection;

/// One prepared statement of a SqliteConnection (SQLite's C API), finalized on destruction. Columns are read by
/// index; a step that fails is an error (sqlite3_errmsg), never taken as the last row.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    /// Prepares @p sql on @p connection; isValid() tells whether it compiled, error() why not.
    SqliteStatement(SqliteConnection &connection, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return mStmt != nullptr; }
    /// The text of the last failure (prepare or step), SQLite's own.
    QString error() const { return mError; }

    /// Steps once: true with a row, false at the end or on an error (then failed() is true).
    bool next();
    bool failed() const { return !mError.isEmpty(); }
    /// Rows given since the statement was prepared or last reset.
    qint64 row() const { return mRow; }
    /// Readies the statement to run again (bindings kept).
    void reset();
    /// Runs the statement to its end (INSERT, UPDATE, DDL); false on an error.
    bool exec();

    int columnCount() const;
    const char *columnName(int column) const;
    bool isNull(int column) const;
    /// The column's size in bytes (text as UTF-8, or a blob).
    int bytes(int column) const;
    QString text(int column) const;
    /// The column as UTF-8 (bytes() long), valid until the next step; nullptr for NULL.
    const char *utf8(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;

    /// Binds by 1-based index. Text and blobs are not copied: they must live until the next reset().
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    /// Binds UTF-8 text (never NULL: an empty or null array binds ""); the bytes must live until the next reset().
    void bindUtf8(int index, const QByteArray &value);
    void bindBlob(int index, const QByteArray &value);

private:
    void setError(int rc);

    sqlite3 *mDb = nullptr;
    sqlite3_stmt *mStmt = nullptr;
    QString mError;
    qint64 mRow = 0;
};

/// One connection to an SQLite database through SQLite's C API alone (no Qt Sql: one SQLite in the process on
/// every platform), closed on destruction.
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite, Memory };
    SqliteConnection(const QString &path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool isOpen() const { return mDb != nullptr; }
    /// SQLite's message for the last failure on this connection (or why it did not open).
    QString lastError() const;
    sqlite3 *handle() const { return mDb; }

    /// Defensive settings for untrusted files: defensive mode, no trusted schema, no extensions, no triggers,
    /// no views, no ATTACH, bounded lengths.
    void harden();
    /// Runs statements in order; returns the first error text or an empty string.
    QString exec(const QStringList &statements);
    /// Every row of @p sql, its first @p columns columns as text (NULL as ""); a step that fails is an error
    /// (its message SQLite's own) and never taken as the last row.
    Result<QList<QStringList>> rows(const QString &sql, int columns);
    /// The first column of the first row of @p sql as an integer (0 when there is no row).
    Result<qint64> integer(const QString &sql);
    /// Limits every statement run from now on to about @p instructions SQLite virtual machine steps in all;
    /// past it the running statement fails as interrupted and budgetSpent() turns true. Bounds the time any
    /// file can make the reader spend, whatever its schema makes SQLite evaluate.
    void setStepBudget(qint64 instructions);
    bool budgetSpent() const { return mBudgetSpent; }
    /// Interrupts the running statement, and every later one, once @p *flag turns true (a cancelled load).
    /// The flag must outlive the connection; cancelled() tells whether it fired.
    void setCancelFlag(const std::atomic<bool> *flag);
    bool cancelled() const { return mCancelled; }
    /// Reads @p into.size() bytes at @p offset of the main database file through SQLite's own file handle (no
    /// other descriptor of the file is opened, so SQLite's locks stay); false when they cannot be read whole.
    bool readFile(qint64 offset, QByteArray &into) const;
    /// Copies the whole of @p source into this database with SQLite's online backup API.
    bool copyFrom(const SqliteConnection &source);

private:
    static int progress(void *self);
    void installProgress();

    sqlite3 *mDb = nullptr;
    QString mOpenError;
    qint64 mStepsLeft = 0;
    bool mBudget = false;
    bool mBudgetSpent = false;
    const std::atomic<bool> *mCancel = nullptr;
    bool mCancelled = false;
};

} // namespace ksd
