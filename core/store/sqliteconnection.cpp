// SPDX-License-Identifier: Apache-2.0
#include "sqliteconnection.h"

#include "util/usertext.h"

#include <QFile>

#include <sqlite3.h>

#include <utility>

namespace ksd {

namespace {
constexpr int ProgressInterval = 1000; // virtual machine steps between two looks at the budget

QString errorText(sqlite3 *db, int rc)
{
    QString why = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    if (why.isEmpty() || why == QLatin1String("not an error"))
        why = QString::fromUtf8(sqlite3_errstr(rc));
    return why;
}
} // namespace

// ---- SqliteStatement --------------------------------------------------------------------------------------------

SqliteStatement::SqliteStatement(SqliteConnection &connection, const QString &sql)
    : mDb(connection.handle())
{
    if (!mDb) {
        mError = connection.lastError();
        return;
    }
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(mDb, text.constData(), int(text.size()), &mStmt, nullptr);
    if (rc != SQLITE_OK) {
        setError(rc);
        sqlite3_finalize(mStmt);
        mStmt = nullptr;
    } else if (!mStmt) {
        mError = QStringLiteral("empty statement");
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(mStmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : mDb(std::exchange(other.mDb, nullptr))
    , mStmt(std::exchange(other.mStmt, nullptr))
    , mError(std::move(other.mError))
    , mRow(other.mRow)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(mStmt);
        mDb = std::exchange(other.mDb, nullptr);
        mStmt = std::exchange(other.mStmt, nullptr);
        mError = std::move(other.mError);
        mRow = other.mRow;
    }
    return *this;
}

void SqliteStatement::setError(int rc)
{
    mError = errorText(mDb, rc);
}

bool SqliteStatement::next()
{
    if (!mStmt || failed())
        return false;
    const int rc = sqlite3_step(mStmt);
    if (rc == SQLITE_ROW) {
        ++mRow;
        return true;
    }
    if (rc != SQLITE_DONE)
        setError(rc);
    return false;
}

void SqliteStatement::reset()
{
    if (mStmt)
        sqlite3_reset(mStmt);
    mRow = 0;
    if (mStmt)
        mError.clear();
}

bool SqliteStatement::exec()
{
    while (next()) {
    }
    const bool ok = !failed();
    if (mStmt)
        sqlite3_reset(mStmt);
    mRow = 0;
    return ok;
}

int SqliteStatement::columnCount() const
{
    return mStmt ? sqlite3_column_count(mStmt) : 0;
}

const char *SqliteStatement::columnName(int column) const
{
    return sqlite3_column_name(mStmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(mStmt, column) == SQLITE_NULL;
}

int SqliteStatement::bytes(int column) const
{
    return sqlite3_column_bytes(mStmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(mStmt, column)) : QString::fromLatin1("");
}

const char *SqliteStatement::utf8(int column) const
{
    return reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(mStmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(mStmt, column);
}

QByteArray SqliteStatement::blob(int column) const
{
    const void *b = sqlite3_column_blob(mStmt, column);
    return b ? QByteArray(static_cast<const char *>(b), sqlite3_column_bytes(mStmt, column)) : QByteArray();
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(mStmt, index);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(mStmt, index, value);
}

void SqliteStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(mStmt, index, value);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &value)
{
    sqlite3_bind_text(mStmt, index, value.isEmpty() ? "" : value.constData(), int(value.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    if (value.isEmpty())
        sqlite3_bind_zeroblob(mStmt, index, 0);
    else
        sqlite3_bind_blob64(mStmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_STATIC);
}

// ---- SqliteConnection -------------------------------------------------------------------------------------------

SqliteConnection::SqliteConnection(const QString &path, Mode mode)
{
    // One connection is only ever used by one thread at a time: no per-connection mutex.
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::Memory: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY; break;
    }
    const QByteArray name = mode == Mode::Memory ? QByteArray(":memory:") : QFile::encodeName(path);
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        mOpenError = errorText(db, rc);
        sqlite3_close_v2(db);
        return;
    }
    sqlite3_extended_result_codes(db, 1);
    mDb = db;
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(mDb);
}

QString SqliteConnection::lastError() const
{
    return mDb ? QString::fromUtf8(sqlite3_errmsg(mDb)) : mOpenError;
}

void SqliteConnection::harden()
{
    sqlite3 *h = mDb;
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
    if (!mDb)
        return lastError();
    for (const QString &s : statements) {
        SqliteStatement st(*this, s);
        if (!st.isValid() || !st.exec())
            return st.error();
    }
    return {};
}

Result<QList<QStringList>> SqliteConnection::rows(const QString &sql, int columns)
{
    SqliteStatement st(*this, sql);
    if (!st.isValid())
        return Error{st.error(), {}, 0};
    QList<QStringList> out;
    while (st.next()) {
        QStringList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(st.text(i));
        out.append(row);
    }
    if (st.failed())
        return Error{st.error(), {}, sqlite3_extended_errcode(mDb)};
    return out;
}

Result<qint64> SqliteConnection::integer(const QString &sql)
{
    SqliteStatement st(*this, sql);
    if (!st.isValid())
        return Error{st.error(), {}, 0};
    const qint64 value = st.next() ? st.integer(0) : 0;
    if (st.failed())
        return Error{st.error(), {}, sqlite3_extended_errcode(mDb)};
    return value;
}

int SqliteConnection::progress(void *self)
{
    auto *c = static_cast<SqliteConnection *>(self);
    if (c->mCancel && c->mCancel->load(std::memory_order_relaxed)) {
        c->mCancelled = true;
        return 1;
    }
    if (!c->mBudget)
        return 0;
    c->mStepsLeft -= ProgressInterval;
    if (c->mStepsLeft >= 0)
        return 0;
    c->mBudgetSpent = true;
    return 1;
}

void SqliteConnection::installProgress()
{
    if (mDb)
        sqlite3_progress_handler(mDb, ProgressInterval, &SqliteConnection::progress, this);
}

void SqliteConnection::setStepBudget(qint64 instructions)
{
    mStepsLeft = instructions;
    mBudget = true;
    mBudgetSpent = false;
    installProgress();
}

void SqliteConnection::setCancelFlag(const std::atomic<bool> *flag)
{
    mCancel = flag;
    installProgress();
}

bool SqliteConnection::readFile(qint64 offset, QByteArray &into) const
{
    sqlite3_file *file = nullptr;
    if (!mDb || sqlite3_file_control(mDb, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
        || !file->pMethods)
        return false;
    return file->pMethods->xRead(file, into.data(), int(into.size()), offset) == SQLITE_OK;
}

bool SqliteConnection::copyFrom(const SqliteConnection &source)
{
    sqlite3 *dst = mDb;
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
