// SPDX-License-Identifier: Apache-2.0
// The one home of display formats: the locale per language, dates, date-times and numbers. The UI, the report,
// the CLI and the CSV files all format through these functions, so a date or a figure reads the same everywhere.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace ksd {

/// The locale that formats dates and numbers for @p language: "en" is British English (en_GB: day before month,
/// as the dd/MM/yyyy dates planners write and "1 March 2021"), anything else Indonesian (id_ID).
QLocale displayLocale(const QString &language);
/// displayLocale() of the installed UI language (Indonesian unless English was chosen).
QLocale uiLocale();
/// Indonesian number formatting for the dashboard and the report: "46,4%", "1.250".
QLocale indonesianLocale();

/// The short date pattern, for date editors: dd/MM/yyyy in every language (as the CSV import reads dates).
QString shortDateFormat();
/// A date as planners write it and as the CSV import reads it, with the full year: 26/07/2022. Empty when invalid.
QString shortDate(const QDate &date);
/// The same with the local time in the UI locale's format: 26/07/2022 16.00. Empty when invalid.
QString shortDateTime(const QDateTime &dateTime);
/// "1 Maret 2021" / "1 March 2021" in @p locale (the UI's by default). Empty when invalid.
QString longDate(const QDate &date, const QLocale &locale = uiLocale());
/// "1 Maret 2021, 16.00" in the local time, @p locale's time format. Empty when invalid.
QString longDateTime(const QDateTime &dateTime, const QLocale &locale = uiLocale());
/// "1 Mar 2021 16.00" in the local time, for logs and lists: the month abbreviated. Empty when invalid.
QString mediumDateTime(const QDateTime &dateTime, const QLocale &locale = uiLocale());

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
