// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

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
    /// The first column of the first row of @p sql, or an invalid QVariant.
    QVariant scalar(const QString &sql);
    /// Copies the whole of @p source into this database with SQLite's online backup API.
    bool copyFrom(const SqliteConnection &source);

private:
    QString mName;
    QSqlDatabase mDb;
};

} // namespace ksd
