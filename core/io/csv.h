// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ksd::csv {

/// One parsed CSV record and the physical line (1-based) where it starts.
struct Record
{
    QStringList fields;
    int line = 0;
};

/// Decodes bytes as UTF-8 (a BOM is dropped), falling back to Windows-1252 when they are not valid UTF-8.
/// @p encoding receives "UTF-8", "UTF-8 BOM" or "Windows-1252".
QString decode(const QByteArray &bytes, QString *encoding = nullptr);

/// Picks ';' or ',' by counting them outside quotes in the first record.
QChar detectSeparator(const QString &text);

/// RFC 4180 parsing: quoted fields may hold separators, doubled quotes and line breaks; CRLF and LF both end
/// records. Empty lines are skipped.
QList<Record> parse(const QString &text, QChar separator);

/// Quotes a field when it holds the separator, a quote or a line break.
QString quote(const QString &field, QChar separator);
/// One line (without line end) from fields.
QString joinRecord(const QStringList &fields, QChar separator);

} // namespace ksd::csv
