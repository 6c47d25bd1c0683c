// SPDX-License-Identifier: Apache-2.0
#include "format.h"

#include "util/i18n.h"

#include <cmath>

namespace ksd {

QLocale displayLocale(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom) : indonesianLocale();
}

QLocale uiLocale()
{
    return displayLocale(currentLanguage());
}

QLocale indonesianLocale()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

QString shortDateFormat()
{
    return QStringLiteral("dd/MM/yyyy");
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(shortDateFormat()) : QString();
}

QString shortDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return shortDate(local.date()) + QLatin1Char(' ') + uiLocale().toString(local.time(), QLocale::ShortFormat);
}

QString longDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString longDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return longDate(local.date(), locale) + QStringLiteral(", ") + locale.toString(local.time(), QLocale::ShortFormat);
}

QString mediumDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return locale.toString(local.date(), QStringLiteral("d MMM yyyy")) + QLatin1Char(' ')
           + locale.toString(local.time(), QLocale::ShortFormat);
}

double percentOf(qint64 part, qint64 whole)
{
    if (whole == 0)
        return 0.0;
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    // The small nudge keeps values such as 46.35 (stored as 46.34999...) rounding the way a person expects.
    const double scaled = value * scale;
    return std::round(scaled + (scaled >= 0 ? 1e-9 : -1e-9)) / scale;
}

QString formatPercent(double percent, int decimals, const QLocale &locale)
{
    return locale.toString(roundTo(percent, decimals), 'f', decimals) + QLatin1Char('%');
}

QString formatShare(qint64 part, qint64 whole, int decimals, const QLocale &locale)
{
    return formatPercent(percentOf(part, whole), decimals, locale);
}

QString formatCount(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

} // namespace ksd
