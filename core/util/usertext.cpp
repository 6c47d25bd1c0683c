// SPDX-License-Identifier: Apache-2.0
#include "usertext.h"

namespace ksd {

qint64 utf8Size(const QString &text)
{
    qint64 bytes = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3; // a lone surrogate is written as U+FFFD, three bytes as well
        }
    }
    return bytes;
}

bool textFitsField(const QString &text)
{
    // Three bytes per UTF-16 unit at most: most texts are decided without counting.
    if (qint64(text.size()) * 3 <= MaxFieldBytes)
        return true;
    return utf8Size(text) <= MaxFieldBytes;
}

namespace {

bool needsEscape(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    switch (c) {
    case 0x061c: // arabic letter mark
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0xfeff: // zero width no-break space (BOM)
        return true;
    default:
        break;
    }
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString shownValue(const QString &value)
{
    QString out;
    out.reserve(qMin<qsizetype>(value.size(), ShownValueLength * 2) + 8);
    int shown = 0;
    qsizetype i = 0;
    const qsizetype n = value.size();
    for (; i < n && shown < ShownValueLength; ++shown) {
        char32_t c = value.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && value.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            width = 2;
        }
        if (needsEscape(c)) {
            out += c <= 0xff ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else if (QChar::isSurrogate(c)) {
            out += QChar(QChar::ReplacementCharacter); // a lone half of a pair
        } else {
            out += value.mid(i, width);
        }
        i += width;
    }
    if (i < n)
        out += QChar(0x2026);
    return out;
}

} // namespace ksd
