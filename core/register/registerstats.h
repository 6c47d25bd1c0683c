// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expiry.h"
#include "terms.h"

#include "model/project.h"

#include <QJsonObject>
#include <QMap>

#include <array>
#include <optional>

namespace ksd {

/// The three partner columns of the monev table (the Kota Banjar 2021 shape).
/// Mapping from Category (explicit, also in partnerGroupFor()):
///   KSDD  → daerah_lain  (another province/kabupaten/kota)
///   KSDPL → daerah_lain  (a regional government abroad is a "daerah" partner, only foreign)
///   KSDPK → pihak_ketiga (company, BUMN/BUMD, university, NGO)
///   KSDLL → pihak_ketiga (an institution abroad is a non-government partner, only foreign)
///   SINERGI → sinergi    (a ministry or agency)
///   None  → no column    (counted in the totals only)
enum class PartnerGroup { DaerahLain = 0, PihakKetiga = 1, Sinergi = 2 };
constexpr int PartnerGroupCount = 3;
constexpr int CategoryCount = 6;  ///< Category::None .. Category::KSDLL
constexpr int DocTypeCount = 4;   ///< KB, PKS, NK, Addendum
constexpr int StatusCount = 4;    ///< AgreementStatus
constexpr int ActivityCount = 4;  ///< ActivityKind
constexpr int RecommendationCount = 3;
constexpr int OfferStatusCount = 3;

/// The categories, document types and partner groups in the order every recap (stats, the report, the CLI)
/// lists them.
inline constexpr Category kCategories[] = {Category::KSDD, Category::KSDPK, Category::Sinergi, Category::KSDPL,
                                           Category::KSDLL};
inline constexpr DocType kDocTypes[] = {DocType::KB, DocType::PKS, DocType::NK, DocType::Addendum};
inline constexpr PartnerGroup kGroups[] = {PartnerGroup::DaerahLain, PartnerGroup::PihakKetiga, PartnerGroup::Sinergi};

std::optional<PartnerGroup> partnerGroupFor(Category c);
QString partnerGroupKey(PartnerGroup g);  ///< daerah_lain / pihak_ketiga / sinergi
QString partnerGroupName(PartnerGroup g); ///< translated: "Daerah lain" / "Pihak ketiga" / "Sinergi"

/// The dashboard and report counts of a project on a given day. Tombstoned records never count.
struct RegisterStats
{
    QDate today;

    // Agreements: every live record counts, whatever its stage and status (the register as it stands).
    int agreementsTotal = 0;
    std::array<int, DocTypeCount> byType{};
    std::array<std::array<int, CategoryCount>, DocTypeCount> byTypeCategory{}; ///< [DocType][Category]
    std::array<std::array<int, PartnerGroupCount>, DocTypeCount> byTypePartner{}; ///< [DocType][PartnerGroup]
    std::array<int, StageCount> byStage{};  ///< current stage
    std::array<int, StageCount> funnel{};   ///< at or past each stage (stage index >= s)
    std::array<int, StatusCount> byStatus{};

    // Proposals, screened with screenProposal().
    int proposalsTotal = 0;
    int proposalsEligible = 0;
    int proposalsDprd = 0;                           ///< eligible ones that need DPRD approval
    std::array<int, CategoryCount> proposalsByCategory{}; ///< eligible ones only
    std::array<int, ActivityCount> notEligibleByActivity{};
    QMap<QString, int> ksddByClass; ///< eligible KSDD proposals by rule-set class key ("" = not assessed)

    // Expiry (live, aktif or diperpanjang).
    QList<ExpiryItem> expiring90;   ///< 0 <= days left <= 90
    QList<ExpiryItem> expiring180;  ///< 0 <= days left <= 180 (includes the 90-day ones)
    QList<ExpiryItem> expiredActive; ///< past the end date but still aktif/diperpanjang

    QList<ExpiryItem> expiryWarnings; ///< each within its own window: 90 days, 180 with DPRD or a new offer
    QList<RegisterListItem> termOverLimit; ///< KB/PKS over five years or without end, no exception basis
    QList<RegisterListItem> kbWithoutPks;  ///< signed KBs with no PKS a year on

    // Incoming offers, screened with the same verdict as proposals (screenOffer).
    int offersTotal = 0;
    int offersEligible = 0;
    std::array<int, OfferStatusCount> offersByStatus{};
    QList<IncomingOffer> offersAwaiting; ///< offersAwaitingAnswer(), by deadline

    // Monev.
    int monevRecords = 0;
    std::optional<double> averageRating; ///< over all live records with a rating 1..5
    std::array<int, RecommendationCount> monevByRecommendation{}; ///< latest recommendation per agreement

    int count(DocType t, Category c) const { return byTypeCategory[size_t(t)][size_t(c)]; }
    int count(DocType t, PartnerGroup g) const { return byTypePartner[size_t(t)][size_t(g)]; }
    int count(DocType t) const { return byType[size_t(t)]; }
    int proposals(Category c) const { return proposalsByCategory[size_t(c)]; }
    /// Share of the eligible proposals in category @p c, in percent (not rounded).
    double proposalPercent(Category c) const;
    /// The same, formatted the Indonesian way: "46,4%".
    QString proposalPercentText(Category c) const;
    /// Eligible proposals as a share of all proposals, in percent.
    double eligiblePercent() const;
};

/// Computes the counts of @p project as of @p today (used for the expiry windows only).
RegisterStats computeStats(const Project &project, const QDate &today);

/// The counts as JSON (the `petaksd stats --json` format):
///   today, agreements_total, agreements_by_type {KB,PKS,NK,ADDENDUM},
///   agreements_by_type_category {DOCTYPE: {KSDD,KSDPK,SINERGI,KSDPL,KSDLL: count}},
///   agreements_by_type_partner {DOCTYPE: {daerah_lain,pihak_ketiga,sinergi: count}},
///   agreements_by_status {aktif,...}, by_stage {persiapan,...: count}, funnel [{stage, count}],
///   proposals {total, eligible, not_eligible, eligible_percent, dprd_approval,
///              by_category {KEY: {count, percent, percent_text}}, not_eligible_by_activity {...}, ksdd_by_class},
///   expiring_90_days (count), expiring_90_days_list [{id, title, doc_type, category, status, end_date, days_left}],
///   expiring_180_days, expiring_180_days_list, expired_active, expired_active_list,
///   expiry_warnings, expiry_warnings_list [... window_days] (each agreement in its own window, terms.h),
///   term_over_5_years, term_over_5_years_list [{id, title, doc_type, category, end_date, term_days}],
///   kb_without_pks, kb_without_pks_list [{id, title, doc_type, category, signed_on, days_since_signed}],
///   offers {total, eligible, by_status {menunggu, diterima, ditolak}}, offers_awaiting_answer,
///   offers_awaiting_answer_list [{id, title, sender, letter_number, received_on, answer_due, days_left}],
///   monev {records, average_rating, latest_recommendation {lanjut, perbaiki, hentikan}}.
/// Percentages are rounded to one decimal (46.4); percent_text is the Indonesian form ("46,4%").
QJsonObject statsToJson(const RegisterStats &stats);

} // namespace ksd
