// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "refdata/refdata.h"
#include "rules/provincialservices.h"

#include <QCoreApplication>

#include <optional>

namespace ksd {

/// Class of a region pair for one urusan (DESIGN.md §2.2), from strongest to weakest.
enum class KsdClass { Wajib = 0, PotensiWajib = 1, Sukarela = 2, RujukProvinsi = 3, TidakMemenuhi = 4 };
QString ksdClassKey(KsdClass c);  ///< WAJIB / POTENSI_WAJIB / SUKARELA / RUJUK_PROVINSI / TIDAK_MEMENUHI
std::optional<KsdClass> ksdClassFromKey(const QString &key);
QString ksdClassName(KsdClass c); ///< translated: "Wajib", "Potensi wajib (perlu kajian)", ...

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
QString ruleBasis(Rule r); ///< translated basis text citing the articles

/// What the rule set is asked.
struct RuleInput
{
    QString regionA;
    QString regionB;
    QString urusan;
    QString service;                    ///< optional free-text service name, matched against the provincial table
    Evidence externality = Evidence::Unknown;
    Evidence efficiency = Evidence::Unknown;
    std::optional<bool> provincial;     ///< overrides the provincial service table when set
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
    PairType pairType = PairType::None;
    Takeover takeover = Takeover::None;
    bool legalReview = false;     ///< a type-C wajib: not named by Permendagri 22/2020
    bool dprdApproval = false;    ///< burdens the public/region or not in the APBD
    Rule decidedBy = Rule::Eligibility;
    QString reason;               ///< the decisive step's outcome
    QStringList referTo;          ///< RUJUK_PROVINSI: the province(s) to refer to
    QString provincialService;    ///< the matched row of the provincial service table, if any
    AdjacencyResult adjacency;
    QList<TraceStep> trace;

    /// "legal_review", "dprd_approval" (in that order, only those set).
    QStringList flags() const;
};

/**
 * The KSDD rule set (DESIGN.md §2.2): one component, evaluated in a fixed order —
 * eligibility → object → authority guard → adjacency → pair type → two-part substantive test — followed by the
 * consequences (takeover for a wajib, DPRD approval). Never throws and never crashes on bad codes: unknown
 * codes, self pairs and Jakarta's administrative kota/kabupaten come out as TIDAK_MEMENUHI with the reason.
 *
 * The suggestion engine calls decide() with resolved facts for every candidate pair (no strings, no trace);
 * evaluate() resolves codes, runs the very same decision and records the trace.
 */
class RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(ksd::RuleSet)

public:
    explicit RuleSet(ProvincialServiceTable services = ProvincialServiceTable::builtin(),
                     const RefData &ref = RefData::instance());
    /// The rule set with a project's overrides of the provincial service table.
    static RuleSet forProject(const Project &project);

    RuleResult evaluate(const RuleInput &input) const;

    /// Facts already resolved by the caller (the engine). Null regions mean unknown codes.
    struct Facts
    {
        const Region *a = nullptr;
        const Region *b = nullptr;
        const Urusan *urusan = nullptr;
        bool supportUnit = false;       ///< not a concurrent urusan (4.xx–8.xx): never a wajib object
        bool provincial = false;        ///< the service is provincial authority across kab/kota borders
        Adjacency adjacency = Adjacency::None;
        Evidence externality = Evidence::Unknown;
        Evidence efficiency = Evidence::Unknown;
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
        Rule decidedBy = Rule::Eligibility;
    };
    /// The decision alone (what evaluate() decides, without text). Cheap: no allocation. Regions must come from
    /// the same RefData (a self pair is recognised by pointer).
    Verdict decide(const Facts &facts) const;

    static PairType pairTypeOf(const Region &a, const Region &b);
    static Takeover takeoverOf(PairType t);
    /// True for urusan codes shaped 4.xx … 8.xx (support units).
    static bool isSupportUnitCode(const QString &code);

    const ProvincialServiceTable &services() const { return mServices; }
    const RefData &refData() const { return *mRef; }

private:
    template<typename Sink>
    Verdict run(const Facts &f, Sink &sink) const;

    ProvincialServiceTable mServices;
    const RefData *mRef;
};

} // namespace ksd
