// SPDX-License-Identifier: Apache-2.0
// Internal to core/io: the row machinery shared by the entry, proposal and agreement importers.
#pragma once

#include "io/csvimport.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace ksd::io {

/// Translation context of the CSV import and export messages (lupdate reads CsvText::tr calls).
class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(ksd::CsvImport)
};

} // namespace ksd::io

namespace ksd::io::detail {


/// One data row: cell access by field key, and its errors.
class RowReader
{
public:
    RowReader(const CsvTable &table, const csv::Record &record, const QHash<QString, int> &columnOf,
              QList<ImportError> &errors)
        : mTable(table), mRecord(record), mColumnOf(columnOf), mErrors(errors)
    {
    }

    bool has(const QString &key) const { return mColumnOf.contains(key); }
    /// The cell, untrimmed, with a formula guard removed; empty when the column is absent.
    QString raw(const QString &key) const;
    /// The cell trimmed, with a formula guard removed.
    QString text(const QString &key) const { return raw(key).trimmed(); }
    /// Records an error on @p key's cell.
    void fail(const QString &key, const QString &reason);
    /// Records an error on @p key with an explicit value (e.g. one code out of a list).
    void failValue(const QString &key, const QString &value, const QString &reason);
    bool ok() const { return mOk; }
    int line() const { return mRecord.line; }

    // Typed readers: on bad input they record an error and return std::nullopt.
    /// A required text cell: an error when empty.
    std::optional<QString> required(const QString &key);
    /// A number (parseNumber); std::nullopt without error when empty. Negative values refused if !allowNegative.
    std::optional<double> number(const QString &key, bool &bad, bool allowNegative = false);
    /// An integer in [lo, hi]; @p fallback when empty.
    std::optional<int> integer(const QString &key, int lo, int hi, int fallback);
    /// A region code that exists in the reference data (normalised).
    std::optional<QString> region(const QString &key, const QString &value);
    /// An urusan code (or name) that exists in the reference data.
    std::optional<QString> urusan(const QString &key);
    /// A date; std::nullopt without error when empty (@p bad tells them apart).
    std::optional<QDate> date(const QString &key, bool &bad);
    /// A list of region codes separated by ',', '|', ';' or line breaks.
    QStringList regions(const QString &key);

private:
    QString columnName(const QString &key) const;

    const CsvTable &mTable;
    const csv::Record &mRecord;
    const QHash<QString, int> &mColumnOf;
    QList<ImportError> &mErrors;
    bool mOk = true;
};

/// Runs @p makeRecord over every row (see ImportResult for the outcome rules).
template<typename T, typename MakeRecord>
ImportResult<T> runImport(ImportKind kind, const CsvTable &table, const ColumnMapping &mapping,
                          const ImportOptions &options, MakeRecord makeRecord);

/// Text reduced for matching a choice: lower case, '_', '-' and '/' as spaces, whitespace simplified.
QString choiceKey(const QString &text);

/// Looks @p text up among @p aliases (already reduced by choiceKey()).
template<typename E>
std::optional<E> matchChoice(const QString &text, const QList<QPair<QString, E>> &aliases)
{
    const QString k = choiceKey(text);
    for (const auto &a : aliases) {
        if (a.first == k)
            return a.second;
    }
    return std::nullopt;
}

// Non-template helpers used by runImport.
QHash<QString, int> columnIndex(const ColumnMapping &mapping);
QStringList ignoredColumns(const CsvTable &table, const ColumnMapping &mapping);
/// Cells past the header that hold something: an error each.
void checkExtraCells(const CsvTable &table, const csv::Record &record, QList<ImportError> &errors, bool &ok);

template<typename T, typename MakeRecord>
ImportResult<T> runImport(ImportKind kind, const CsvTable &table, const ColumnMapping &mapping,
                          const ImportOptions &options, MakeRecord makeRecord)
{
    ImportResult<T> result;
    result.encoding = table.encoding;
    result.separator = table.separator;
    result.rowsRead = int(table.rows.size());
    result.errors = checkMapping(kind, table, mapping);
    if (!result.errors.isEmpty()) {
        result.refused = true;
        return result;
    }
    result.ignoredColumns = ignoredColumns(table, mapping);
    const QHash<QString, int> columnOf = columnIndex(mapping);
    QList<T> valid;
    valid.reserve(table.rows.size());
    const int total = int(table.rows.size());
    for (int i = 0; i < total; ++i) {
        if (options.progress && i % 256 == 0 && !options.progress(i, total)) {
            result.cancelled = true;
            result.refused = true;
            return result;
        }
        const csv::Record &record = table.rows[i];
        RowReader row(table, record, columnOf, result.errors);
        std::optional<T> made = makeRecord(row);
        bool ok = made.has_value() && row.ok();
        checkExtraCells(table, record, result.errors, ok);
        if (ok) {
            valid.append(std::move(*made));
            ++result.validRows;
        }
    }
    if (options.progress)
        options.progress(total, total);
    const bool anyBad = result.validRows < result.rowsRead;
    result.refused = anyBad && (!options.skipInvalid || valid.isEmpty());
    if (!result.refused)
        result.records = std::move(valid);
    return result;
}

} // namespace ksd::io::detail
