// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "refdata/refdata.h"
#include "rules/authoritytable.h"
#include "rules/evidence.h"

#include <QCoreApplication>

#include <optional>

namespace ksd {

/// Class of a region pair for one urusan (DESIGN.md §2.2), from strongest to weakest.
enum class KsdClass { Wajib = 0, PotensiWajib, Sukarela, RujukProvinsi, RujukPusat, TidakMemenuhi };
constexpr int KsdClassCount = 6;
/// WAJIB / POTENSI_WAJIB / SUKARELA / RUJUK_PROVINSI / RUJUK_PUSAT / TIDAK_MEMENUHI
QString ksdClassKey(KsdClass c);
std::optional<KsdClass> ksdClassFromKey(const QString &key);
QString ksdClassName(KsdClass c); ///< translated short name: "Indikasi wajib", "Potensi wajib (perlu kajian)", ...
/// Translated sentence on what the class means and how far it goes (card, report): a mapping result is an
/// indication, never a finding.
QString ksdClassNote(KsdClass c);

/// Pair types of UU 23/2014 Pasal 364 ayat (2).
enum class PairType { None = 0, A, B, C, D, E };
QString pairTypeKey(PairType t);  ///< "A".."E", or "" for None
QString pairTypeName(PairType t); ///< translated description, e.g. "provinsi – provinsi"

/// Who takes the urusan over when a wajib cooperation is not carried out.
enum class Takeover { None = 0, Gubernur, Pusat };
QString takeoverKey(Takeover t);  ///< "gubernur" / "pusat" / ""
QString takeoverName(Takeover t); ///< translated

/// The rules, in the fixed order they are evaluated. Takeover and Dprd are consequences recorded after the class.
enum class Rule { Eligibility = 0, Object, Authority, Adjacency, PairType, Substantive, Takeover, Dprd };
constexpr int RuleCount = 8;
QString ruleKey(Rule r);   ///< eligibility / object / authority / adjacency / pair_type / substantive / takeover / dprd
QString ruleName(Rule r);  ///< translated title
QString ruleBasis(Rule r); ///< basis text from the citation table (legalbasis.h), in the current language

/// What the rule set is asked: the pair, the object and the evidence of both sides.
struct RuleInput
{
    QString regionA;
    QString regionB;
    QString urusan;
    QString service;                    ///< optional free-text service name, matched against the authority table
    SideEvidence evidenceA;             ///< what A's entries say (SideEvidence::add per entry)
    SideEvidence evidenceB;             ///< what B's entries say
    std::optional<AuthorityLevel> level; ///< overrides the authority table when set (command line)
    std::optional<bool> burdensPublic;  ///< the cooperation burdens the public or the region
    std::optional<bool> inApbd;         ///< its funding is in the current year's APBD
};

/// One applied rule: its basis and what it concluded for this pair.
struct TraceStep
{
    Rule rule = Rule::Eligibility;
    QString basis;
    QString outcome;
    bool decisive = false; ///< this step fixed the class
};

/// The rule set's answer, with the trace that explains it.
struct RuleResult
{
    KsdClass cls = KsdClass::TidakMemenuhi;
    PairType pairType = PairType::None; ///< only for a bordering pair that is not referred
    Takeover takeover = Takeover::None;
    bool legalReview = false;     ///< a type-C wajib or potensi wajib: not named by Permendagri 22/2020
    bool dprdApproval = false;    ///< burdens the public/region or not in the APBD
    bool seaBorder = false;       ///< bordering only across the sea: verify before calling it wajib
    bool authorityUnchecked = false; ///< the urusan is split between levels and no known service was named
    Rule decidedBy = Rule::Eligibility;
    QString reason;               ///< the decisive step's outcome
    QStringList referTo;          ///< RUJUK_PROVINSI: the province(s) to refer to
    QString ministry;             ///< RUJUK_PUSAT: the ministry or central body, where the table knows it
    QString authorityService;     ///< the matched row of the authority table, if any
    AuthorityLevel authorityLevel = AuthorityLevel::Split; ///< who holds the object across this pair's border
    PairEvidence evidence;        ///< both sides' evidence as the rule set read it
    AdjacencyResult adjacency;
    QList<TraceStep> trace;

    /// The question itself names what the reference data does not know (a region or urusan code) or pairs a
    /// region with itself: the class is TidakMemenuhi and the reason says what is wrong.
    bool unknownInput = false;

    /// ruleFlags() of this result.
    QStringList flags() const;
};

/// The flag keys "legal_review", "dprd_approval", "sea_border", "authority_unchecked" (in that order, only those
/// set): the one list every screen, export and command shows.
QStringList ruleFlags(bool legalReview, bool dprdApproval, bool seaBorder, bool authorityUnchecked);
/// A flag key as the reader sees it: "perlu persetujuan DPRD".
QString ruleFlagName(const QString &key);

/**
 * The KSDD rule set (DESIGN.md §2.2): the one verdict. Evaluated in a fixed order —
 * eligibility → object → authority by level → adjacency → pair type → two-part substantive test — followed by the
 * consequences (takeover for a wajib, DPRD approval). Never throws and never crashes on bad codes: unknown
 * codes, self pairs and Jakarta's administrative kota/kabupaten come out as TIDAK_MEMENUHI with the reason.
 *
 * evaluate() is the verdict every screen, export and command shows. The suggestion engine calls decide() with
 * facts resolved by the same functions evaluate() uses (pairEvidence(), authorityOf(), RefData::adjacency) and
 * the very same decision code; it only skips the text.
 */
class RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(ksd::RuleSet)

public:
    explicit RuleSet(AuthorityTable authority = AuthorityTable::builtin(), const RefData &ref = RefData::instance());
    /// The rule set with a project's overrides of the authority table.
    static RuleSet forProject(const Project &project);

    RuleResult evaluate(const RuleInput &input) const;

    /// Facts already resolved by the caller (the engine). Null regions mean unknown codes.
    struct Facts
    {
        const Region *a = nullptr;
        const Region *b = nullptr;
        const Urusan *urusan = nullptr;
        bool supportUnit = false;       ///< not a concurrent urusan (4.xx–8.xx): never a wajib object
        AuthorityLevel level = AuthorityLevel::Split; ///< from authorityOf()
        bool authorityUnchecked = false;              ///< from authorityOf()
        Adjacency adjacency = Adjacency::None;
        PairEvidence evidence;          ///< from pairEvidence()
        std::optional<bool> burdensPublic;
        std::optional<bool> inApbd;
    };
    struct Verdict
    {
        KsdClass cls = KsdClass::TidakMemenuhi;
        PairType pairType = PairType::None;
        Takeover takeover = Takeover::None;
        bool legalReview = false;
        bool dprdApproval = false;
        bool seaBorder = false;
        bool authorityUnchecked = false;
        bool unknownInput = false;
        Rule decidedBy = Rule::Eligibility;
    };
    /// The decision alone (what evaluate() decides, without text). Cheap: no allocation. Regions must come from
    /// the same RefData (a self pair is recognised by pointer).
    Verdict decide(const Facts &facts) const;

    /// Who holds the object between @p a and @p b: the service row (-1 when none matched) or else the urusan's
    /// default row (-1 when none: split). Unchecked unless a service row matched.
    struct Authority
    {
        AuthorityLevel level = AuthorityLevel::Split;
        bool unchecked = true;
        int row = -1; ///< the row that decided, -1 when none
    };
    Authority authorityOf(int serviceRow, int defaultRow, const Region &a, const Region &b) const;

    static PairType pairTypeOf(const Region &a, const Region &b);
    static Takeover takeoverOf(PairType t);
    /// True for urusan codes shaped 4.xx … 8.xx (support units).
    static bool isSupportUnitCode(const QString &code);

    const AuthorityTable &authority() const { return mAuthority; }
    const RefData &refData() const { return *mRef; }

private:
    template<typename Sink>
    Verdict run(const Facts &f, Sink &sink) const;

    AuthorityTable mAuthority;
    const RefData *mRef;
};

} // namespace ksd
