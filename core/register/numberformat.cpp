// SPDX-License-Identifier: Apache-2.0
#include "numberformat.h"

#include "util/i18n.h"

#include <cmath>

namespace ksd {

QLocale indonesianLocale()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

QLocale uiLocale()
{
    return currentLanguage() == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                    : indonesianLocale();
}

QString formatLongDate(const QDate &date)
{
    return uiLocale().toString(date, QStringLiteral("d MMMM yyyy"));
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
