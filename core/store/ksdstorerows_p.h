// SPDX-License-Identifier: Apache-2.0
// Internal to the writers: the row each record becomes, and the statements that write rows. Shared by the full
// rewrite (ksdstorewriter.cpp) and the in-place save (ksdstoreinplace.cpp), so that both write the same bytes.
#pragma once

#include "ksdstore_p.h"
#include "sqliteconnection.h"

#include <QHash>
#include <QVariantList>

#include <map>
#include <utility>
#include <vector>

namespace ksd::detail::store {

QString dateTimeText(const QDateTime &dt);

/// Writes rows through prepared statements, one per table and kind. A value over MaxFieldBytes is refused: the
/// app never writes what it could not read back. The first failure stops every later call (error()).
class RowWriter
{
public:
    explicit RowWriter(SqliteConnection &c) : mConn(c) {}

    /// Inserts one row; the values follow the table's column order.
    void insert(const QString &table, const QVariantList &values);
    /// Overwrites every column of the row whose first column (the id) is values[0]; the row keeps its rowid, so
    /// that a load reads it where it was.
    void update(const QString &table, const QVariantList &values);
    /// Deletes the row whose first column is @p key.
    void remove(const QString &table, const QString &key);
    /// Deletes every row of @p table.
    void clear(const QString &table);

    QString error() const { return mError; }
    qint64 rowsWritten() const { return mWritten; }

private:
    enum class Kind { Insert, Update, Delete };
    void write(Kind kind, const QString &table, const QVariantList &values);
    QString columnName(const QString &table, int index);
    SqliteStatement &prepared(Kind kind, const QString &table, int columns);

    SqliteConnection &mConn;
    std::map<std::pair<int, QString>, SqliteStatement> mQueries;
    std::vector<QByteArray> mUtf8; // the current row's text as UTF-8, bound without a copy
    QHash<QString, int> mRows;
    QString mError;
    qint64 mWritten = 0;
};

/// The rows of the meta table (key, value) for @p p.
QList<std::pair<QString, QString>> metaRows(const Project &p);

/// The row of a record in its table, as schema @p version stores it (meta columns first: values[0] is the id).
QVariantList recordRow(const Entry &e, int version);
QVariantList recordRow(const Proposal &x, int version);
QVariantList recordRow(const Agreement &a, int version);
QVariantList recordRow(const MonevRecord &m, int version);
/// The one place a document row is made (the data column included): the in-place save writes it only for a
/// document that changed, never for an unchanged one.
QVariantList recordRow(const AttachedDocument &d, int version);
QVariantList recordRow(const IncomingOffer &o, int version);

/// The table of each record type.
inline QString tableOf(const Entry *) { return QStringLiteral("entry"); }
inline QString tableOf(const Proposal *) { return QStringLiteral("proposal"); }
inline QString tableOf(const Agreement *) { return QStringLiteral("agreement"); }
inline QString tableOf(const MonevRecord *) { return QStringLiteral("monev"); }
inline QString tableOf(const AttachedDocument *) { return QStringLiteral("document"); }
inline QString tableOf(const IncomingOffer *) { return QStringLiteral("offer"); }

QVariantList positionRow(const NodePosition &n);
QVariantList logRow(qint64 seq, const MergeLogEntry &m);

/// Where a save to @p path writes: the file a symbolic link points to (following every link), else @p path.
QString saveTarget(const QString &path);

} // namespace ksd::detail::store
