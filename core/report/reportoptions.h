// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ksd {

/// Translation context of the report text (core/report and ui/report): ReportText::tr("…").
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ksd::ReportText)
};

/// The parts of the mapping report, in the order they appear.
enum class ReportSection {
    Cover = 0,
    Approval,        ///< lembar pengesahan
    Foreword,        ///< kata pengantar
    Contents,        ///< daftar isi, tabel, gambar and singkatan
    Summary,
    Recommendations, ///< rekomendasi tindak lanjut
    Method,
    Map,
    Wajib,
    Sukarela,
    Clusters,
    Matrix,
    Profiles,
    Register,
    Others,          ///< annex: pairs in scope that do not involve the owner region, for information only
    Appendix,
};
constexpr int ReportSectionCount = 16;

/// cover / approval / foreword / contents / summary / recommendations / method / map / wajib / sukarela / clusters /
/// matrix / profiles / register / others / appendix
QString reportSectionKey(ReportSection s);
std::optional<ReportSection> reportSectionFromKey(const QString &key);
/// Translated name, for the export dialog's check boxes.
QString reportSectionName(ReportSection s);
QList<ReportSection> allReportSections();
/// Parses "summary,wajib,profiles" (comma or space separated, case-insensitive; "all" = every section). The result
/// keeps the report's own order whatever the order given. An unknown key is an Error naming it and the valid keys.
Result<QList<ReportSection>> parseReportSections(const QString &list);

/// What to put in the report and how.
struct ReportOptions
{
    QString language = QStringLiteral("id");       ///< "id" (default) or "en"
    QList<ReportSection> sections = allReportSections();
    QDate today;            ///< the report's date; expiry is counted from it. Invalid: the current date
    QString preparedBy;     ///< empty: the Bagian Pemerintahan of the owner region
    QStringList scope;      ///< regions covered; empty: the project's scope
    int expiryWarningDays = 90;  ///< "expiring soon" window (three months, common practice)
    int partnersPerProfile = 5;  ///< best partners listed in a region profile
    /// Rows listed in a table of suggestions (wajib, potensi wajib, sukarela, referrals, clusters), highest score
    /// first; the table says how many more there are and where the full list is. A province's report stays well
    /// below it; a national project's tens of thousands of suggestions would otherwise fill thousands of pages.
    int maxSuggestionRows = 200;
    /// The same for the annex of other regions' pairs (information only, not the owner's to act on).
    int maxAnnexRows = 50;
    /// Entries and agreements listed in the profile of a region other than the owner (five times as many in the
    /// owner's own profile), so that a profile stays about one page; entries of highest priority first. The
    /// register lists every agreement and the CSV export every entry.
    int maxProfileRows = 6;
    /// Partners of the owner that get a profile page of their own, best first; further partners are one table.
    int maxPartnerProfiles = 15;

    bool has(ReportSection s) const { return sections.contains(s); }
    /// The date to use: @ref today, or the current date when it is invalid.
    QDate effectiveToday() const { return today.isValid() ? today : QDate::currentDate(); }
};

} // namespace ksd
