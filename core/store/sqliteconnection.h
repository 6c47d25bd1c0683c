// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace ksd {

/// A uniquely named Qt SQL connection to one SQLite database, closed and removed on destruction.
/// Gives the raw sqlite3 handle for the C API (hardening flags, backup).
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite, Memory };
    SqliteConnection(const QString &path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool isOpen() const { return mDb.isOpen(); }
    QString lastError() const;
    QSqlDatabase &db() { return mDb; }
    sqlite3 *handle() const;

    /// Defensive settings for untrusted files: defensive mode, no trusted schema, no extensions, no triggers,
    /// no views, no ATTACH, bounded lengths.
    void harden();
    /// Runs statements in order; returns the first error text or an empty string.
    QString exec(const QStringList &statements);
    /// Every row of @p sql, its first @p columns columns as text (NULL as ""), through the C API so that a step
    /// that fails is an error (its message SQLite's own) and never taken as the last row.
    Result<QList<QStringList>> rows(const QString &sql, int columns);
    /// Limits every statement run from now on to about @p instructions SQLite virtual machine steps in all;
    /// past it the running statement fails as interrupted and budgetSpent() turns true. Bounds the time any
    /// file can make the reader spend, whatever its schema makes SQLite evaluate.
    void setStepBudget(qint64 instructions);
    bool budgetSpent() const { return mBudgetSpent; }
    /// Copies the whole of @p source into this database with SQLite's online backup API.
    bool copyFrom(const SqliteConnection &source);

private:
    static int progress(void *self);

    QString mName;
    QSqlDatabase mDb;
    qint64 mStepsLeft = 0;
    bool mBudgetSpent = false;
};

} // namespace ksd
