// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/types.h"

#include <QDate>
#include <QString>

#include <optional>

/// Reading and writing single cell values the way planners type them in Excel (Indonesian or English locale).
namespace ksd::io {

/// A number as typed in an Indonesian or an English spreadsheet:
///  - "12,5" and "1.250,5" (Indonesian), "1250.5" and "1,250.5" (English);
///  - several equal marks are thousands grouping: "1.500.000", "1,500,000";
///  - a single comma is always the decimal mark ("1,250" = 1.25);
///  - a single dot followed by exactly three digits is Indonesian grouping ("1.250" = 1250), unless the whole part
///    is 0 ("0.125"); any other single dot is a decimal point ("2.5", "1250.75");
///  - spaces and non-breaking spaces are ignored, an "Rp"/"Rp." prefix and a ",-" suffix are dropped, and an
///    exponent ("1,5E+09") is accepted.
/// Returns std::nullopt for anything else (empty text too).
std::optional<double> parseNumber(const QString &text);

/// The shortest text that parseNumber() reads back to exactly @p value, with a decimal comma and no grouping
/// ("1250,5", "0,1", "1500000000"), which Excel in an Indonesian locale reads as a number.
QString formatNumber(double value);

/// A date as d/m/yyyy or dd/mm/yyyy (also with '-' or '.'), or yyyy-mm-dd. Two-digit years are refused as
/// ambiguous. Returns std::nullopt for text that is not one of these or names no real day (31/02/2024).
std::optional<QDate> parseDate(const QString &text);

/// ya / tidak / belum_diketahui (also "belum diketahui", yes / no / unknown, any case); empty = unknown.
std::optional<Evidence> parseEvidence(const QString &text);

/// ya / tidak (also yes / no, any case). Empty text gives std::nullopt.
std::optional<bool> parseYesNo(const QString &text);

/// Repairs what spreadsheets do to region codes: a BPS code without dots ("6303" → "63.03") and a trailing zero
/// dropped by a number cell ("63.1" → "63.10"). Anything else comes back trimmed, unchanged.
QString normaliseRegionCode(const QString &text);

/// Repairs urusan codes the same way ("2.1" → "2.10") and keeps the code of "2.11 Lingkungan Hidup".
QString normaliseUrusanCode(const QString &text);

/// Guards against formula injection: a text cell that Excel would read as a formula (it starts with =, +, -, @,
/// a tab or a CR) gets a leading apostrophe. unprotectText() removes it again.
QString protectText(const QString &text);
QString unprotectText(const QString &text);

} // namespace ksd::io
