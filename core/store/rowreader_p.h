// SPDX-License-Identifier: Apache-2.0
// Internal to the reader: rows of a .ksd table read through the C API by column position, with short repeated
// values shared. Not part of the public API.
#pragma once

#include "ksdstore_p.h"
#include "sqliteconnection.h"
#include "util/usertext.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QString>
#include <QUuid>

#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ksd::detail::store {

/// One QString per distinct short value of a load (codes, keys, names of perangkat daerah, units): a national
/// project repeats a few hundred of them in every row, and sharing them saves an allocation per value and its
/// memory for as long as the project is open.
class Interner
{
public:
    static constexpr int MaxBytes = 16;
    static constexpr std::size_t MaxValues = 1 << 16;

    QString get(const char *data, int bytes)
    {
        const std::string_view key(data, std::size_t(bytes));
        if (auto it = mValues.find(key); it != mValues.end())
            return it->second;
        QString value = QString::fromUtf8(data, bytes);
        if (mValues.size() < MaxValues)
            mValues.emplace(std::string(key), value);
        return value;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> mValues;
};

/// A table read row by row through one prepared statement. Columns are read by index: the reader asks for them by
/// name, and the cursor remembers, per position in the row, which name came and which index it had, so that from
/// the second row on a column costs one pointer comparison (the names are string literals).
class TableCursor
{
public:
    SqliteStatement stmt;
    Interner *interner = nullptr; ///< shares short values when set

    void start(SqliteStatement s)
    {
        stmt = std::move(s);
        mPlan.clear();
        mCall = 0;
    }
    void beginRow() { mCall = 0; }
    qint64 at() const { return stmt.row() - 1; }
    bool isActive() const { return stmt.isValid(); }
    void finish() { stmt = SqliteStatement(); }

    int index(const char *column)
    {
        const std::size_t call = mCall++;
        if (call < mPlan.size() && mPlan[call].first == column)
            return mPlan[call].second;
        int found = -1;
        const int n = stmt.columnCount();
        for (int i = 0; i < n; ++i) {
            if (std::strcmp(stmt.columnName(i), column) == 0) {
                found = i;
                break;
            }
        }
        Q_ASSERT_X(found >= 0, "TableCursor::index", column); // the schema was checked: every column exists
        if (call < mPlan.size())
            mPlan[call] = {column, found};
        else
            mPlan.emplace_back(column, found);
        return found;
    }

private:
    std::vector<std::pair<const char *, int>> mPlan;
    std::size_t mCall = 0;
};

/// Reads the columns of one row, remembering the first value that cannot be understood.
class RowReader
{
public:
    RowReader(TableCursor &q, const QString &table, std::optional<Error> &error)
        : mQuery(q), mTable(table), mError(error)
    {
        q.beginRow();
    }

    QString text(const char *column)
    {
        const int i = fitting(column);
        if (i < 0)
            return {};
        const int bytes = mQuery.stmt.bytes(i);
        if (mQuery.interner && bytes <= Interner::MaxBytes) {
            if (const char *data = mQuery.stmt.utf8(i))
                return mQuery.interner->get(data, bytes);
        }
        return mQuery.stmt.text(i);
    }
    qint64 integer(const char *column) const
    {
        const int i = mQuery.index(column);
        return i < 0 ? 0 : mQuery.stmt.integer(i);
    }
    bool boolean(const char *column) const { return integer(column) != 0; }
    std::optional<double> real(const char *column) const
    {
        const int i = mQuery.index(column);
        if (i < 0 || mQuery.stmt.isNull(i))
            return std::nullopt;
        return mQuery.stmt.real(i);
    }
    QByteArray blob(const char *column)
    {
        const int i = fitting(column);
        return i < 0 ? QByteArray() : mQuery.stmt.blob(i);
    }

    QUuid uuid(const char *column, bool allowNull = false)
    {
        const QString t = text(column);
        if (t.isEmpty() && allowNull)
            return {};
        const QUuid id = QUuid::fromString(t);
        if (id.isNull())
            fail(column, t);
        return id;
    }

    QDateTime dateTime(const char *column)
    {
        const QString t = text(column);
        QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!dt.isValid())
            fail(column, t);
        return dt.toUTC();
    }

    QDate date(const char *column)
    {
        const QString t = text(column);
        if (t.isEmpty())
            return {};
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            fail(column, t);
        return d;
    }

    template<typename E>
    E key(const char *column, std::optional<E> (*parse)(const QString &), E fallback)
    {
        const QString t = text(column);
        const std::optional<E> v = parse(t);
        if (!v) {
            fail(column, t);
            return fallback;
        }
        return *v;
    }

    QJsonDocument json(const char *column)
    {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text(column).toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError)
            fail(column, text(column));
        return doc;
    }

    RecordMeta meta()
    {
        RecordMeta m;
        m.id = uuid("id");
        m.created = dateTime("created");
        m.modified = dateTime("modified");
        m.modifiedBy = text("modified_by");
        m.deleted = boolean("deleted");
        return m;
    }

    /// The index of @p column, or -1 (and the error) when its value is over MaxFieldBytes.
    int fitting(const char *column)
    {
        const int i = mQuery.index(column);
        if (i < 0)
            return -1;
        if (const qint64 bytes = mQuery.stmt.bytes(i); bytes > MaxFieldBytes) {
            tooBig(column, bytes);
            return -1;
        }
        return i;
    }

    void fail(const char *column, const QString &value)
    {
        if (mError)
            return;
        mError = storeError(StoreError::BadData,
                            KsdStore::tr("Nilai \"%1\" pada kolom %2 tidak dapat dibaca.")
                                .arg(shownValue(value), QLatin1String(column)),
                            KsdStore::tr("tabel %1, baris %2").arg(mTable).arg(mQuery.at() + 1));
    }

    void tooBig(const char *column, qint64 bytes)
    {
        if (mError)
            return;
        mError = storeError(StoreError::BadData,
                            KsdStore::tr("Kolom %1 berisi %2 byte, melebihi batas %3 byte per kolom.")
                                .arg(QLatin1String(column)).arg(bytes).arg(MaxFieldBytes),
                            KsdStore::tr("tabel %1, baris %2").arg(mTable).arg(mQuery.at() + 1));
    }

private:
    TableCursor &mQuery;
    QString mTable;
    std::optional<Error> &mError;
};

} // namespace ksd::detail::store
