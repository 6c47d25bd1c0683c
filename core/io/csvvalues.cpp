// SPDX-License-Identifier: Apache-2.0
#include "csvvalues.h"

#include <QLocale>

#include <cmath>

namespace ksd::io {

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

/// "1.500.000" with @p mark as the grouping mark → "1500000"; empty when the groups are malformed.
QString ungroup(QStringView s, QChar mark)
{
    const auto groups = s.split(mark);
    if (groups.first().size() < 1 || groups.first().size() > 3 || !allDigits(groups.first()))
        return {};
    QString out = groups.first().toString();
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3 || !allDigits(groups[i]))
            return {};
        out += groups[i];
    }
    return out;
}

/// Mantissa without sign or exponent → "int.frac" in C notation, or empty.
QString plainMantissa(QStringView m)
{
    if (m.isEmpty())
        return {};
    const qsizetype dots = m.count(QLatin1Char('.'));
    const qsizetype commas = m.count(QLatin1Char(','));
    QChar decimal;
    QChar grouping;
    if (dots && commas) {
        const bool commaLast = m.lastIndexOf(QLatin1Char(',')) > m.lastIndexOf(QLatin1Char('.'));
        decimal = commaLast ? QLatin1Char(',') : QLatin1Char('.');
        grouping = commaLast ? QLatin1Char('.') : QLatin1Char(',');
        if (m.count(decimal) != 1)
            return {};
    } else if (commas) {
        if (commas == 1)
            decimal = QLatin1Char(',');
        else
            grouping = QLatin1Char(',');
    } else if (dots) {
        if (dots > 1) {
            grouping = QLatin1Char('.');
        } else {
            const qsizetype at = m.indexOf(QLatin1Char('.'));
            const QStringView whole = m.left(at);
            const QStringView frac = m.mid(at + 1);
            const bool zeroWhole = !whole.isEmpty() && whole.count(QLatin1Char('0')) == whole.size();
            const bool looksGrouped = frac.size() == 3 && whole.size() >= 1 && whole.size() <= 3 && !zeroWhole;
            if (looksGrouped)
                grouping = QLatin1Char('.');
            else
                decimal = QLatin1Char('.');
        }
    }

    QStringView whole = m;
    QStringView frac;
    if (!decimal.isNull()) {
        const qsizetype at = m.indexOf(decimal);
        whole = m.left(at);
        frac = m.mid(at + 1);
        if (whole.isEmpty() && frac.isEmpty())
            return {};
        if (!frac.isEmpty() && !allDigits(frac))
            return {};
    }
    QString wholeDigits;
    if (!grouping.isNull() && !whole.isEmpty()) {
        wholeDigits = ungroup(whole, grouping);
        if (wholeDigits.isEmpty())
            return {};
    } else if (!whole.isEmpty()) {
        if (!allDigits(whole))
            return {};
        wholeDigits = whole.toString();
    }
    if (wholeDigits.isEmpty())
        wholeDigits = QStringLiteral("0");
    return frac.isEmpty() ? wholeDigits : wholeDigits + QLatin1Char('.') + frac.toString();
}

QString simplifiedKey(const QString &text)
{
    QString k = text.trimmed().toLower();
    k.replace(QLatin1Char('_'), QLatin1Char(' '));
    k.replace(QLatin1Char('-'), QLatin1Char(' '));
    return k.simplified();
}

} // namespace

std::optional<double> parseNumber(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar(0x202F) && c != QLatin1Char('\''))
            s.append(c);
    }
    if (s.startsWith(QLatin1String("rp"), Qt::CaseInsensitive)) {
        s.remove(0, 2);
        if (s.startsWith(QLatin1Char('.')))
            s.remove(0, 1);
    }
    if (s.endsWith(QLatin1String(",-")) || s.endsWith(QLatin1String(".-")))
        s.chop(2);
    if (s.isEmpty())
        return std::nullopt;

    QString sign;
    if (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+') || s.front() == QChar(0x2212)) {
        if (s.front() != QLatin1Char('+'))
            sign = QStringLiteral("-");
        s.remove(0, 1);
    }
    QString exponent;
    const qsizetype e = s.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    if (e >= 0) {
        QStringView exp = QStringView(s).mid(e + 1);
        QString expSign;
        if (!exp.isEmpty() && (exp.front() == QLatin1Char('+') || exp.front() == QLatin1Char('-'))) {
            expSign = exp.front() == QLatin1Char('-') ? QStringLiteral("-") : QString();
            exp = exp.mid(1);
        }
        if (!allDigits(exp))
            return std::nullopt;
        exponent = QLatin1Char('e') + expSign + exp.toString();
        s.truncate(e);
    }
    const QString mantissa = plainMantissa(s);
    if (mantissa.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = (sign + mantissa + exponent).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString formatNumber(double value)
{
    QString s = QString::number(value, 'f', QLocale::FloatingPointShortest);
    s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

std::optional<QDate> parseDate(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    QChar mark;
    for (QChar c : {QLatin1Char('/'), QLatin1Char('-'), QLatin1Char('.')}) {
        if (s.count(c) == 2) {
            mark = c;
            break;
        }
    }
    if (mark.isNull())
        return std::nullopt;
    const QStringList parts = s.split(mark);
    for (const QString &p : parts) {
        if (!allDigits(p))
            return std::nullopt;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    if (parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2) {
        y = parts[0].toInt();
        m = parts[1].toInt();
        d = parts[2].toInt();
    } else if (parts[2].size() == 4 && parts[0].size() <= 2 && parts[1].size() <= 2) {
        d = parts[0].toInt();
        m = parts[1].toInt();
        y = parts[2].toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<Evidence> parseEvidence(const QString &text)
{
    const QString k = simplifiedKey(text);
    if (k.isEmpty() || k == QLatin1String("belum diketahui") || k == QLatin1String("unknown"))
        return Evidence::Unknown;
    if (k == QLatin1String("ya") || k == QLatin1String("yes"))
        return Evidence::Yes;
    if (k == QLatin1String("tidak") || k == QLatin1String("no"))
        return Evidence::No;
    return std::nullopt;
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString k = simplifiedKey(text);
    if (k == QLatin1String("ya") || k == QLatin1String("yes"))
        return true;
    if (k == QLatin1String("tidak") || k == QLatin1String("no"))
        return false;
    return std::nullopt;
}

QString normaliseRegionCode(const QString &text)
{
    const QString s = text.trimmed();
    if (s.size() == 4 && allDigits(s))
        return s.left(2) + QLatin1Char('.') + s.mid(2);
    if (s.size() == 4 && s.at(2) == QLatin1Char('.') && allDigits(QStringView(s).left(2)) && s.at(3).isDigit())
        return s + QLatin1Char('0');
    return s;
}

QString normaliseUrusanCode(const QString &text)
{
    QString s = text.trimmed();
    // "2.11 Lingkungan Hidup" or "2.11 - Lingkungan Hidup": keep the code.
    const qsizetype space = s.indexOf(QLatin1Char(' '));
    if (space > 0)
        s.truncate(space);
    if (s.size() == 3 && s.at(0).isDigit() && s.at(1) == QLatin1Char('.') && s.at(2).isDigit())
        return s + QLatin1Char('0');
    return s;
}

QString protectText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar c = text.front();
    const bool formula = c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
                         || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
    return formula ? QLatin1Char('\'') + text : text;
}

QString unprotectText(const QString &text)
{
    if (text.size() >= 2 && text.front() == QLatin1Char('\'')) {
        const QChar c = text.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return text.mid(1);
    }
    return text;
}

} // namespace ksd::io
