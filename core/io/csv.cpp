// SPDX-License-Identifier: Apache-2.0
#include "csv.h"

#include <QStringDecoder>

namespace ksd::csv {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F.
const char16_t cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
    0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        out.append(u >= 0x80 && u < 0xA0 ? QChar(cp1252High[u - 0x80]) : QChar(char16_t(u)));
    }
    return out;
}

void setEncoding(QString *encoding, const char *name)
{
    if (encoding)
        *encoding = QString::fromLatin1(name);
}

} // namespace

QString decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        setEncoding(encoding, "UTF-8 BOM");
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        setEncoding(encoding, le ? "UTF-16LE" : "UTF-16BE");
        QStringDecoder utf16(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return utf16.decode(bytes.mid(2));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        setEncoding(encoding, "UTF-8");
        return text;
    }
    setEncoding(encoding, "Windows-1252");
    return fromWindows1252(bytes);
}

namespace {

/// The length of the valid UTF-8 sequence starting at @p i, or 0 when the byte there does not start one.
int utf8SequenceAt(const QByteArray &b, qsizetype i)
{
    const auto at = [&](qsizetype k) { return k < b.size() ? uchar(b[k]) : uchar(0); };
    const uchar c = at(i);
    auto cont = [&](qsizetype k, uchar lo = 0x80, uchar hi = 0xBF) { return at(k) >= lo && at(k) <= hi; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const uchar lo = c == 0xE0 ? 0xA0 : 0x80;
        const uchar hi = c == 0xED ? 0x9F : 0xBF;
        return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const uchar lo = c == 0xF0 ? 0x90 : 0x80;
        const uchar hi = c == 0xF4 ? 0x8F : 0xBF;
        return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

} // namespace

std::optional<BadByte> mixedEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return std::nullopt;
    std::optional<BadByte> first;
    bool utf8Seen = false;
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < bytes.size();) {
        const int n = utf8SequenceAt(bytes, i);
        if (n == 0) {
            if (!first)
                first = BadByte{line, column, uchar(bytes[i])};
            ++i;
            ++column;
            continue;
        }
        utf8Seen = utf8Seen || n > 1;
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += n;
        if (first && utf8Seen)
            return first;
    }
    return std::nullopt;
}

QChar detectSeparator(const QString &text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    bool content = false; // leading blank lines are not the first record
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote toggles twice: no net change
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (content)
                break;
            continue;
        }
        content = content || !c.isSpace();
        if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    return semicolons >= commas && semicolons > 0 ? QLatin1Char(';') : QLatin1Char(',');
}

Parsed parseText(const QString &text, QChar separator)
{
    Parsed parsed;
    QList<Record> &records = parsed.records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;

    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank)
            records.append(current);
        current = Record{};
        current.line = line;
    };

    const QChar *data = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = data[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && data[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r')) {
                // CRLF and a lone CR inside a field both become LF.
                if (i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                    ++i;
                ++line;
                field.append(QLatin1Char('\n'));
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        parsed.unterminatedQuoteLine = current.line;
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return parsed;
}

QList<Record> parse(const QString &text, QChar separator)
{
    return parseText(text, separator).records;
}

QString quote(const QString &field, QChar separator)
{
    const bool needs = field.contains(separator) || field.contains(QLatin1Char('"'))
                       || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                       || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needs)
        return field;
    QString q = field;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString joinRecord(const QStringList &fields, QChar separator)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(quote(f, separator));
    return quoted.join(separator);
}

QByteArray excelBytes(const QList<QStringList> &records)
{
    QString text;
    for (const QStringList &r : records) {
        text += joinRecord(r, QLatin1Char(';'));
        text += QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace ksd::csv
