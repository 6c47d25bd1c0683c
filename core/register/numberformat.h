// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace ksd {

/// Indonesian number formatting for the dashboard and the report: "46,4%", "1.250".
/// The locale is Indonesian by default because the report and the planners' figures are Indonesian; pass
/// another locale (e.g. for the English UI) to get "46.4%".
QLocale indonesianLocale();

/// The locale of the installed UI language (Indonesian unless English was chosen): for dates in messages.
QLocale uiLocale();
/// "1 Maret 2021" in the UI language (the form used in validation and stage messages).
QString formatLongDate(const QDate &date);

/// @p part as a percentage of @p whole (0 when @p whole is 0), not rounded.
double percentOf(qint64 part, qint64 whole);
/// Rounds half away from zero to @p decimals places (46.35 → 46.4), the rounding planners do by hand.
double roundTo(double value, int decimals = 1);
/// "46,4%" (no space before the sign, as written in Indonesian reports).
QString formatPercent(double percent, int decimals = 1, const QLocale &locale = indonesianLocale());
/// Convenience: formatPercent(percentOf(part, whole)).
QString formatShare(qint64 part, qint64 whole, int decimals = 1, const QLocale &locale = indonesianLocale());
/// "1.250" (thousands grouped the Indonesian way).
QString formatCount(qint64 value, const QLocale &locale = indonesianLocale());

} // namespace ksd
