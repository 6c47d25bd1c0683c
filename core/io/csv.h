// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ksd::csv {

/// One parsed CSV record and the physical line (1-based) where it starts.
struct Record
{
    QStringList fields;
    int line = 0;
};

/// Decodes bytes as UTF-8 (a BOM is dropped), falling back to Windows-1252 when they are not valid UTF-8.
/// A UTF-16 BOM (Excel's "Unicode Text") is honoured too.
/// @p encoding receives "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE" or "Windows-1252".
QString decode(const QByteArray &bytes, QString *encoding = nullptr);

/// Where the first byte that is not UTF-8 sits in a file that is otherwise UTF-8.
struct BadByte
{
    int line = 0;    ///< 1-based
    int column = 0;  ///< 1-based, in characters from the start of the line
    uchar byte = 0;
};

/// Decides the encoding of a file without a BOM as a whole: valid UTF-8, or Windows-1252 when no byte sequence
/// in it is UTF-8 beyond ASCII. A file that holds UTF-8 sequences and also a byte that is not UTF-8 is neither
/// (read as Windows-1252 it would turn every accented letter into mojibake): its first bad byte is returned,
/// for the import to refuse the file naming it. Files with a BOM are never mixed.
std::optional<BadByte> mixedEncoding(const QByteArray &bytes);

/// Picks ';', ',' or a tab by counting them outside quotes in the first record (';' wins a tie, then ',').
QChar detectSeparator(const QString &text);

/// What parseText() found.
struct Parsed
{
    QList<Record> records;
    /// When the text ends inside a quoted field: the line where that field's record starts (else 0). The
    /// unterminated field then holds the rest of the text.
    int unterminatedQuoteLine = 0;
};

/// RFC 4180 parsing: quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF and CR end
/// records. Line breaks inside quoted fields come out as LF. Empty lines are skipped.
Parsed parseText(const QString &text, QChar separator);
/// parseText() without the diagnosis.
QList<Record> parse(const QString &text, QChar separator);

/// Quotes a field when it holds the separator, a quote, a line break or leading/trailing spaces.
QString quote(const QString &field, QChar separator);
/// One line (without line end) from fields.
QString joinRecord(const QStringList &fields, QChar separator);

/// A file that Excel in an Indonesian locale opens as a table: UTF-8 with a BOM, ';' between fields and CRLF
/// after every record (line breaks inside a field stay LF, quoted).
QByteArray excelBytes(const QList<QStringList> &records);

} // namespace ksd::csv
