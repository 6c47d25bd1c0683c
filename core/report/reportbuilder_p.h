// SPDX-License-Identifier: Apache-2.0
// Internal to the report builder: the Builder class and the helpers its chapters share. The chapters are defined in
// reportbuilder.cpp (structure, data, cover) and reportbuilder_<group>.cpp. Not part of the public API.
#pragma once

#include "reportbuilder.h"

#include "refdata/refdata.h"
#include "rules/authoritytable.h"
#include "register/expiry.h"
#include "util/format.h"
#include "register/screening.h"
#include "register/registerstats.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace ksd {

namespace detail::report {

// lupdate does not follow a type alias (`using T = ReportText` put every string in an empty context, so the
// English report stayed Indonesian): T declares the ReportText context itself.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(ksd::ReportText)
};

inline constexpr KsdClass kClasses[] = {KsdClass::Wajib, KsdClass::PotensiWajib, KsdClass::Sukarela,
                                        KsdClass::RujukProvinsi, KsdClass::RujukPusat, KsdClass::TidakMemenuhi};

inline QString roman(int n)
{
    static const std::pair<int, const char *> parts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                         {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                         {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                         {1, "I"}};
    QString out;
    for (const auto &[value, text] : parts) {
        while (n >= value) {
            out += QLatin1String(text);
            n -= value;
        }
    }
    return out;
}

/// Builds one report; holds what the sections share (locale, scope, counters for tables and figures).
class Builder
{
public:
    Builder(const Project &project, const ReportEngineData &engine, const ReportOptions &options);
    ReportModel build();

private:
    // formatting
    QString count(qint64 n) const { return formatCount(n, mLocale); }
    QString share(qint64 part, qint64 whole) const { return formatShare(part, whole, 1, mLocale); }
    QString date(const QDate &d) const;
    QString score(double s) const { return mLocale.toString(s, 'f', 1); }
    QString decimal(double v, int decimals) const { return mLocale.toString(v, 'f', decimals); }
    QString regionName(const QString &code) const;  ///< "Kabupaten Banjar", "Provinsi Kalimantan Selatan"
    QString plainName(const QString &code) const;   ///< the code list's name ("Kalimantan Selatan")
    QString basisOf(const ReportSuggestion &s) const;
    QString reasonOf(const ReportSuggestion &s) const;
    QString urusanName(const QString &code) const;
    QString urusanLabel(const QString &code) const; ///< "2.11 Lingkungan Hidup"
    /// "2.11 Lingkungan Hidup · Persampahan regional", or the urusan label alone when no service is named.
    QString urusanService(const QString &urusan, const QString &service) const;
    QStringList regionNames(const QStringList &codes) const; ///< regionName() of each
    QString joinList(const QStringList &items) const; ///< "a, b dan c" / "a, b and c"
    QString categoryShort(Category c) const;
    QString docShort(DocType d) const; ///< "KB", "PKS", "NK", "Addendum"
    /// The agreement's status on the report's date: agreementPhaseName(agreementPhase()), so that a draft without a
    /// start date never reads "Aktif" (register/agreementphase).
    QString statusText(const Agreement &a) const;
    /// The note that defines every status, under the tables that show one.
    QString statusDefinitions() const;
    QString docTypePhrase(DocType t, int n) const;
    QString partnerGroupPhrase(PartnerGroup g, int n) const;
    /// The parties of @p a other than @p self (the owner region in the register, the profile's region in a profile).
    QString partiesText(const Agreement &a, const QString &self) const;
    /// The partner of a proposal: its candidate regions, or the named third parties / K/L.
    QString proposalPartners(const Proposal &p) const;

    // structure
    void chapter(const QString &title);
    void section(const QString &title, bool newPage = false);
    void subsection(const QString &title);
    void para(const QString &text, TextStyle style = TextStyle::Body);
    void bullets(const QStringList &items);
    void table(ReportTable t);
    void figure(ReportFigure f);
    void pageBreak(PageOrientation o);
    QString tableCaption(const QString &title);
    QString figureCaption(const QString &title);

    // sections
    void cover();
    // front matter (reportbuilder_front.cpp)
    void frontHeading(const QString &title, bool inContents);
    QString setting(const QString &key) const; ///< the project setting "report.<key>", trimmed
    void approval();
    void foreword();
    void abbreviations();
    void participants();
    void summary();
    void proposalList();
    void method();
    void map();
    void wajib();
    void sukarela();
    void clusters();
    void matrix();
    void profiles();
    void profile(const QString &code, bool first);
    void registerSection();
    void termChecksSection(); ///< term over five years / KB without PKS: counts and lists (core/register/terms.h)
    void appendix();
    /// A project with nothing recorded yet: instead of empty chapters, how to collect the data (the CSV templates,
    /// who fills in what), in at most four pages (reportbuilder_guide.cpp).
    bool isEmptyProject() const;
    void collectionGuide();

    // data
    void prepare();
    /// The owner's pairs of class @p cls (owner on side A), best first.
    QList<const ReportSuggestion *> suggestionsOf(KsdClass cls) const;
    /// The pairs of class @p cls between two other regions in scope (the annex), best first.
    QList<const ReportSuggestion *> otherSuggestionsOf(KsdClass cls) const;
    /// The owner's partner regions in scope, most relevant first: the engine's partner ranking of the owner, then
    /// the other regions the owner shares a suggestion or an agreement with, by code.
    QStringList ownerPartners() const;
    /// Whether region @p code has anything a profile could show (entries, suggestions, agreements).
    bool hasProfileContent(const QString &code) const;
    QList<const Agreement *> agreementsOf(const QString &code) const;
    /// The first @p limit items of @p list (already in the order to keep); @p omitted receives how many were cut.
    template<typename Item>
    static QList<Item> firstOf(QList<Item> list, int limit, int &omitted)
    {
        omitted = std::max(0, int(list.size()) - limit);
        if (omitted > 0)
            list.resize(limit);
        return list;
    }
    /// The note under a table that lists only the first @p shown of @p total suggestion rows.
    QString cutSuggestionsNote(int shown, int total) const;
    /// Adds @p text to the note of @p t.
    static void addNote(ReportTable &t, const QString &text);
    /// @p ownerPairs: the rows are the owner's pairs (columns "Daerah pemilik" and "Mitra"); otherwise two other
    /// regions ("Daerah" and "Daerah mitra").
    ReportTable suggestionTable(const QList<const ReportSuggestion *> &list, bool withTakeover, bool ownerPairs) const;
    void others();

    /// One line of the recommendations: what to do, why, who, by when (all translated text).
    struct Recommendation
    {
        QString action;
        QString reason;
        QString pd;
        QString due;
    };
    void recommendations();
    QList<Recommendation> renewals() const;      ///< agreements ending within the warning window, or lapsed
    QList<Recommendation> kbWithoutPks() const;  ///< KBs ending before the PKS implementing them is signed
    QList<Recommendation> studies() const;       ///< the owner's potensi wajib and legal-review pairs
    QList<Recommendation> referrals() const;     ///< the owner's pairs referred to the province or the centre
    QList<Recommendation> dprdApprovals() const; ///< eligible proposals needing DPRD approval not yet given
    QList<Recommendation> offersToAnswer() const; ///< incoming offers awaiting an answer, by deadline
    QList<ReportMapLink> mapLinks() const;
    QList<ReportLegendItem> mapLegend() const;

    const Project &mProject;
    const ReportEngineData &mEngine;
    const ReportOptions &mOptions;
    const RefData &mRef;
    QLocale mLocale;
    QDate mToday;
    AuthorityTable mAuthority; // the project's: names the services in the report's language
    ReportModel mModel;

    QStringList mScope;
    QSet<QString> mScopeSet;
    QList<const Entry *> mEntries;               // live, in scope
    // The owner's pairs, copied with the owner on side A (a pair between two other regions is no obligation of the
    // owner: those go to the annex, mOtherSuggestions, and are never counted in the headline figures).
    QList<ReportSuggestion> mOwnPairs;
    QList<const ReportSuggestion *> mSuggestions; // the owner's pairs, sorted
    QList<const ReportSuggestion *> mOtherSuggestions; // other pairs touching the scope, sorted
    QList<const ReportCluster *> mClusters;       // clusters with the owner among their members
    QList<const ReportCluster *> mOtherClusters;  // other clusters touching the scope
    QList<const Entry *> mOwnEntries;             // live entries of the owner region
    QList<const Agreement *> mAgreements;         // live
    QHash<QUuid, ExpiryItem> mExpiring;
    RegisterStats mStats;
    QHash<QUuid, ScreeningResult> mScreening;     // every live proposal, screened once (register/screening)
    QDate mDataDate;                              // the data's own date: its last change
    // Per region, built once for the profiles: a scan of every entry and suggestion per region made a national
    // report (552 regions, 50,000 entries, 100,000 suggestions) spend most of its time comparing region codes.
    QHash<QString, QList<const Entry *>> mEntriesByRegion;
    QHash<QString, QMap<KsdClass, int>> mClassesByRegion;

    int mChapter = 0;
    int mSection = 0;
    int mSubsection = 0;
    int mAppendix = 0;
    int mTables = 0;
    int mFigures = 0;
    bool mInAppendix = false;
};

} // namespace detail::report

} // namespace ksd
