// SPDX-License-Identifier: Apache-2.0
#include "sqliteconnection.h"

#include "util/usertext.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace ksd {

namespace {
QAtomicInt connectionCounter;
constexpr int ProgressInterval = 1000; // virtual machine steps between two looks at the budget
}

SqliteConnection::SqliteConnection(const QString &path, Mode mode)
    : mName(QStringLiteral("ksd-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    mDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mName);
    mDb.setDatabaseName(mode == Mode::Memory ? QStringLiteral(":memory:") : path);
    if (mode == Mode::ReadOnly)
        mDb.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    mDb.open();
}

SqliteConnection::~SqliteConnection()
{
    mDb.close();
    mDb = QSqlDatabase();
    QSqlDatabase::removeDatabase(mName);
}

QString SqliteConnection::lastError() const
{
    return mDb.lastError().text();
}

sqlite3 *SqliteConnection::handle() const
{
    const QVariant v = mDb.driver() ? mDb.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

void SqliteConnection::harden()
{
    sqlite3 *h = handle();
    if (!h)
        return;
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, SqliteLengthLimit);
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 100 * 1000);
    sqlite3_limit(h, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, 10);
    sqlite3_limit(h, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(h, SQLITE_LIMIT_VDBE_OP, 25000);
    sqlite3_limit(h, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(h, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(h, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(h, SQLITE_LIMIT_TRIGGER_DEPTH, 0);
    exec({QStringLiteral("PRAGMA cell_size_check=ON"), QStringLiteral("PRAGMA mmap_size=0")});
}

QString SqliteConnection::exec(const QStringList &statements)
{
    QSqlQuery q(mDb);
    for (const QString &s : statements) {
        if (!q.exec(s))
            return q.lastError().text();
    }
    return {};
}

Result<QList<QStringList>> SqliteConnection::rows(const QString &sql, int columns)
{
    sqlite3 *h = handle();
    if (!h)
        return Error{lastError(), {}, 0};
    sqlite3_stmt *stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        return Error{why, {}, 0};
    }
    QList<QStringList> out;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < columns; ++i) {
            const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            row.append(t ? QString::fromUtf8(t, sqlite3_column_bytes(stmt, i)) : QString::fromLatin1(""));
        }
        out.append(row);
    }
    QString why;
    if (rc != SQLITE_DONE) {
        why = QString::fromUtf8(sqlite3_errmsg(h));
        if (why.isEmpty() || why == QLatin1String("not an error"))
            why = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_finalize(stmt);
    if (!why.isEmpty())
        return Error{why, {}, rc};
    return out;
}

int SqliteConnection::progress(void *self)
{
    auto *c = static_cast<SqliteConnection *>(self);
    c->mStepsLeft -= ProgressInterval;
    if (c->mStepsLeft >= 0)
        return 0;
    c->mBudgetSpent = true;
    return 1;
}

void SqliteConnection::setStepBudget(qint64 instructions)
{
    mStepsLeft = instructions;
    mBudgetSpent = false;
    if (sqlite3 *h = handle())
        sqlite3_progress_handler(h, ProgressInterval, &SqliteConnection::progress, this);
}

bool SqliteConnection::copyFrom(const SqliteConnection &source)
{
    sqlite3 *dst = handle();
    sqlite3 *src = source.handle();
    if (!dst || !src)
        return false;
    sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b)
        return false;
    const int rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    return rc == SQLITE_DONE;
}

} // namespace ksd
