// SPDX-License-Identifier: Apache-2.0
// The KSDD rule set (issue 3 item 1, issue 12): every rule and every pair type, with real codes.
#include <catch2/catch.hpp>

#include "rules/ruleset.h"
#include "util/i18n.h"

#include <random>

using namespace ksd;

namespace {

struct Case
{
    const char *name;
    const char *a;
    const char *b;
    const char *urusan;
    const char *service;
    Evidence ext;
    Evidence eff;
    std::optional<AuthorityLevel> level;
    std::optional<bool> burdens;
    std::optional<bool> apbd;
    // expected
    KsdClass cls;
    PairType type;
    Takeover takeover;
    QStringList flags;
    Rule decidedBy;
    QStringList referTo;
};

constexpr Evidence Y = Evidence::Yes;
constexpr Evidence N = Evidence::No;
constexpr Evidence U = Evidence::Unknown;
const std::optional<bool> none;
const std::optional<AuthorityLevel> table;
const QStringList noFlags;
const QStringList unchecked{QStringLiteral("authority_unchecked")};
const QStringList legal{QStringLiteral("legal_review"), QStringLiteral("authority_unchecked")};
const QStringList dprd{QStringLiteral("dprd_approval"), QStringLiteral("authority_unchecked")};

QString q(const char *s) { return QString::fromUtf8(s); }

/// The command line's reading: the answers are about this pair, so "ya" names B.
RuleInput inputOf(const char *a, const char *b, const char *urusan, const char *service, Evidence ext, Evidence eff)
{
    RuleInput in;
    in.regionA = q(a);
    in.regionB = q(b);
    in.urusan = q(urusan);
    in.service = q(service);
    in.evidenceA.add(ext, {in.regionB}, eff);
    return in;
}

RuleInput inputOf(const Case &c)
{
    RuleInput in = inputOf(c.a, c.b, c.urusan, c.service, c.ext, c.eff);
    in.level = c.level;
    in.burdensPublic = c.burdens;
    in.inApbd = c.apbd;
    return in;
}

/// The engine's reading of the same input: facts from the same functions, then decide().
RuleSet::Facts factsOf(const RuleSet &rules, const RuleInput &in)
{
    const RefData &ref = RefData::instance();
    RuleSet::Facts f;
    f.a = ref.region(in.regionA);
    f.b = ref.region(in.regionB);
    f.urusan = ref.urusan(in.urusan);
    f.supportUnit = f.urusan ? !f.urusan->isConcurrent() : RuleSet::isSupportUnitCode(in.urusan);
    if (f.a && f.b && f.a != f.b) {
        const RuleSet::Authority auth = rules.authorityOf(rules.authority().match(in.urusan, in.service),
                                                          rules.authority().defaultRow(in.urusan), *f.a, *f.b);
        f.level = auth.level;
        f.authorityUnchecked = auth.unchecked;
        f.adjacency = ref.adjacency(f.a->code, f.b->code).kind;
        f.evidence = pairEvidence(in.evidenceA, f.a->code, in.evidenceB, f.b->code);
    }
    if (in.level) {
        f.level = *in.level;
        f.authorityUnchecked = false;
    }
    f.burdensPublic = in.burdensPublic;
    f.inApbd = in.inApbd;
    return f;
}

} // namespace

TEST_CASE("rule table: every rule and every pair type with real codes", "[rules]")
{
    const QStringList p63{QStringLiteral("63")};
    const auto prov = std::optional<AuthorityLevel>(AuthorityLevel::Provinsi);
    const auto kab = std::optional<AuthorityLevel>(AuthorityLevel::KabKota);
    // clang-format off
    const std::vector<Case> cases = {
        // 1. eligibility
        {"unknown region A", "99.99", "63.03", "2.11", "", Y, Y, table, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Eligibility, {}},
        {"malformed region B", "63.03", "Banjar", "2.11", "", Y, Y, table, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Eligibility, {}},
        {"self pair", "63.03", "63.03", "2.11", "", Y, Y, table, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Eligibility, {}},
        {"Jakarta kota administrasi is not a party", "31.74", "36.74", "1.03", "", Y, Y, table, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Eligibility, {}},
        {"Jakarta kabupaten administrasi is not a party", "32.01", "31.01", "1.03", "", Y, Y, table, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Eligibility, {}},
        {"the province of Jakarta is a party (type A)", "31", "32", "1.03", "", Y, Y, table, none, none,
         KsdClass::Wajib, PairType::A, Takeover::Pusat, unchecked, Rule::Substantive, {}},
        // 2. object
        {"unknown urusan", "63.03", "63.71", "9.99", "", Y, Y, table, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Object, {}},
        {"support unit is never wajib", "63.03", "63.71", "4.01", "", Y, Y, table, none, none,
         KsdClass::Sukarela, PairType::E, Takeover::None, noFlags, Rule::Substantive, {}},
        // 3. authority by level
        {"Banjarbakula TPA regional between two kab/kota goes to the province", "63.03", "63.71", "2.11",
         "TPA Regional Banjarbakula", Y, Y, table, none, none,
         KsdClass::RujukProvinsi, PairType::None, Takeover::None, noFlags, Rule::Authority, p63},
        {"regional waste under PU (1.03)", "63.72", "63.01", "1.03", "persampahan regional", U, U, table, none, none,
         KsdClass::RujukProvinsi, PairType::None, Takeover::None, noFlags, Rule::Authority, p63},
        {"SPAM regional", "63.04", "63.71", "1.03", "SPAM Regional Banjarbakula", Y, Y, table, none, none,
         KsdClass::RujukProvinsi, PairType::None, Takeover::None, noFlags, Rule::Authority, p63},
        {"jalan provinsi", "63.03", "63.05", "1.03", "Pemeliharaan jalan provinsi ruas Martapura–Rantau", Y, Y, table,
         none, none, KsdClass::RujukProvinsi, PairType::None, Takeover::None, noFlags, Rule::Authority, p63},
        {"jalan nasional is central", "63.03", "63.05", "1.03", "preservasi jalan nasional", Y, Y, table,
         none, none, KsdClass::RujukPusat, PairType::None, Takeover::None, noFlags, Rule::Authority, {}},
        {"river basin across kab/kota", "63.03", "63.04", "1.03", "Pengendalian banjir DAS Barito", Y, Y, table,
         none, none, KsdClass::RujukProvinsi, PairType::None, Takeover::None, noFlags, Rule::Authority, p63},
        {"Citanduy flood control across a provincial border is central", "32.79", "33.01", "1.03",
         "pengendalian banjir Citanduy", Y, Y, table, none, none,
         KsdClass::RujukPusat, PairType::None, Takeover::None, noFlags, Rule::Authority, {}},
        {"irrigation across kab/kota", "63.05", "63.06", "1.03", "daerah irigasi Tapin–HSS", Y, Y, table, none,
         none, KsdClass::RujukProvinsi, PairType::None, Takeover::None, noFlags, Rule::Authority, p63},
        {"SPAM across provinces is central", "63.04", "62.03", "1.03", "SPAM regional",
         Y, Y, table, none, none, KsdClass::RujukPusat, PairType::None, Takeover::None, noFlags, Rule::Authority, {}},
        {"referral holds for non-adjacent kab/kota too", "63.03", "63.09", "2.11", "TPA regional", Y, Y, table, none,
         none, KsdClass::RujukProvinsi, PairType::None, Takeover::None, noFlags, Rule::Authority, p63},
        {"--level provinsi without a service", "63.03", "63.71", "1.02", "", Y, Y, prov, none, none,
         KsdClass::RujukProvinsi, PairType::None, Takeover::None, noFlags, Rule::Authority, p63},
        {"--level kabupaten_kota overrides the table", "63.03", "63.71", "2.11", "TPA regional", Y, Y, kab, none,
         none, KsdClass::Wajib, PairType::E, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        {"province with its own kab/kota on a provincial service (type B)", "63", "63.03", "2.11", "TPA regional", Y,
         Y, table, none, none, KsdClass::Wajib, PairType::B, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        {"a local service is kab/kota authority", "63.03", "63.71", "2.11", "bank sampah", Y, Y, table, none, none,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        {"a province holds no kab/kota object", "63", "63.03", "3.30", "pasar rakyat", Y, Y, table, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Authority, {}},
        {"forestry between two kabupaten is provincial", "63.03", "63.05", "3.28", "", Y, Y, table, none, none,
         KsdClass::RujukProvinsi, PairType::None, Takeover::None, unchecked, Rule::Authority, p63},
        {"an unknown forestry service falls back to the urusan default", "63.03", "63.05", "3.28", "kebun raya", Y, Y,
         table, none, none, KsdClass::RujukProvinsi, PairType::None, Takeover::None, unchecked, Rule::Authority, p63},
        {"Tahura is kab/kota forestry", "63.03", "63.05", "3.28", "Tahura Sultan Adam", Y, Y, table, none, none,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        {"ESDM between two kabupaten is provincial", "63.03", "63.05", "3.29", "", Y, Y, table, none, none,
         KsdClass::RujukProvinsi, PairType::None, Takeover::None, unchecked, Rule::Authority, p63},
        {"sekolah menengah atas is provincial", "63.03", "63.71", "1.01", "SMA", Y, Y, table, none, none,
         KsdClass::RujukProvinsi, PairType::None, Takeover::None, noFlags, Rule::Authority, p63},
        {"pendidikan menengah in ordinary words", "63.03", "63.71", "1.01", "daya tampung sekolah menengah atas",
         Y, Y, table, none, none, KsdClass::RujukProvinsi, PairType::None, Takeover::None, noFlags, Rule::Authority,
         p63},
        {"pendidikan dasar is kab/kota", "63.03", "63.71", "1.01", "zonasi sekolah dasar", Y, Y, table, none, none,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        {"an unknown service of a split urusan is unchecked, never passed", "63.03", "63.71", "1.04", "program xyz",
         Y, Y, table, none, none, KsdClass::Wajib, PairType::E, Takeover::Gubernur, unchecked, Rule::Substantive, {}},
        // 4. adjacency: no pair type where the pair does not border
        {"non-adjacent kab/kota in one province", "63.03", "63.09", "3.26", "", Y, Y, table, none, none,
         KsdClass::Sukarela, PairType::None, Takeover::None, unchecked, Rule::Adjacency, {}},
        {"non-adjacent kab/kota of different provinces", "63.03", "62.03", "3.26", "", Y, Y, table, none, none,
         KsdClass::Sukarela, PairType::None, Takeover::None, unchecked, Rule::Adjacency, {}},
        {"non-adjacent provinces", "63", "11", "3.26", "", Y, Y, table, none, none,
         KsdClass::Sukarela, PairType::None, Takeover::None, unchecked, Rule::Adjacency, {}},
        {"Kota Banjar and Bandung Barat do not border", "32.79", "32.17", "1.03", "", Y, Y, table, none, none,
         KsdClass::Sukarela, PairType::None, Takeover::None, unchecked, Rule::Adjacency, {}},
        {"province and a non-bordering kab/kota of another province", "63", "62.71", "1.03",
         "", Y, Y, table, none, none, KsdClass::Sukarela, PairType::None, Takeover::None, unchecked, Rule::Adjacency, {}},
        // 5. pair types A–E, all indikasi wajib
        {"type A: Kalimantan Selatan – Kalimantan Tengah", "63", "62", "1.03", "", Y, Y, table, none, none,
         KsdClass::Wajib, PairType::A, Takeover::Pusat, unchecked, Rule::Substantive, {}},
        {"type B: Kalimantan Selatan – Kabupaten Banjar", "63", "63.03", "2.11", "", Y, Y, table, none, none,
         KsdClass::Wajib, PairType::B, Takeover::Gubernur, unchecked, Rule::Substantive, {}},
        {"type B, order reversed", "63.03", "63", "2.11", "", Y, Y, table, none, none,
         KsdClass::Wajib, PairType::B, Takeover::Gubernur, unchecked, Rule::Substantive, {}},
        {"type C: Kalimantan Selatan – Kabupaten Kapuas needs legal review", "63", "62.03", "1.03", "", Y, Y, table,
         none, none, KsdClass::Wajib, PairType::C, Takeover::Pusat, legal, Rule::Substantive, {}},
        {"type C potensi wajib needs legal review too", "63", "62.03", "1.03", "", U, U, table,
         none, none, KsdClass::PotensiWajib, PairType::C, Takeover::None, legal, Rule::Substantive, {}},
        {"type D: Barito Kuala – Kapuas", "63.04", "62.03", "1.03", "", Y, Y, table, none, none,
         KsdClass::Wajib, PairType::D, Takeover::Pusat, unchecked, Rule::Substantive, {}},
        {"type D: Kota Banjar – Cilacap", "32.79", "33.01", "1.02", "", Y, Y, table, none, none,
         KsdClass::Wajib, PairType::D, Takeover::Pusat, unchecked, Rule::Substantive, {}},
        {"type E: Banjar – Banjarmasin", "63.03", "63.71", "1.02", "", Y, Y, table, none, none,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, unchecked, Rule::Substantive, {}},
        {"Kota Banjar and Pangandaran do not border: no pair type", "32.79", "32.18", "1.03", "", Y, Y, table, none,
         none, KsdClass::Sukarela, PairType::None, Takeover::None, unchecked, Rule::Adjacency, {}},
        // 6. the two-part substantive test
        {"unknown evidence is potensi wajib", "63.03", "63.71", "2.11", "", U, U, table, none, none,
         KsdClass::PotensiWajib, PairType::E, Takeover::None, unchecked, Rule::Substantive, {}},
        {"externality yes, efficiency unknown", "63.03", "63.71", "2.11", "", Y, U, table, none, none,
         KsdClass::PotensiWajib, PairType::E, Takeover::None, unchecked, Rule::Substantive, {}},
        {"externality unknown, efficiency yes", "32.79", "33.01", "2.11", "", U, Y, table, none, none,
         KsdClass::PotensiWajib, PairType::D, Takeover::None, unchecked, Rule::Substantive, {}},
        {"no externality: sukarela", "63.03", "63.71", "2.11", "", N, Y, table, none, none,
         KsdClass::Sukarela, PairType::E, Takeover::None, unchecked, Rule::Substantive, {}},
        {"not more efficient: sukarela", "63.03", "63.71", "2.11", "", Y, N, table, none, none,
         KsdClass::Sukarela, PairType::E, Takeover::None, unchecked, Rule::Substantive, {}},
        {"one no outweighs one unknown", "63.03", "63.71", "2.11", "", U, N, table, none, none,
         KsdClass::Sukarela, PairType::E, Takeover::None, unchecked, Rule::Substantive, {}},
        // DPRD approval
        {"burdens the public", "63.03", "63.71", "1.02", "", Y, Y, table, true, true,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, dprd, Rule::Substantive, {}},
        {"not in the APBD", "63", "62.03", "1.03", "", Y, Y, table, false, false, KsdClass::Wajib, PairType::C,
         Takeover::Pusat, {QStringLiteral("legal_review"), QStringLiteral("dprd_approval"),
                           QStringLiteral("authority_unchecked")}, Rule::Substantive, {}},
        {"budgeted and no burden", "63.03", "63.71", "1.02", "", Y, Y, table, false, true,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, unchecked, Rule::Substantive, {}},
        {"DPRD approval applies to sukarela too", "63.03", "63.09", "3.26", "", Y, Y, table, none, false,
         KsdClass::Sukarela, PairType::None, Takeover::None, dprd, Rule::Adjacency, {}},
    };
    // clang-format on

    const RuleSet rules;
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            const RuleResult r = rules.evaluate(inputOf(c));
            INFO(r.reason.toStdString());
            CHECK(r.cls == c.cls);
            CHECK(r.pairType == c.type);
            CHECK(r.takeover == c.takeover);
            CHECK(r.flags() == c.flags);
            CHECK(r.decidedBy == c.decidedBy);
            CHECK(r.referTo == c.referTo);
            CHECK_FALSE(r.reason.isEmpty());
            // The trace follows the fixed order, each step with basis and outcome, exactly one decisive.
            REQUIRE_FALSE(r.trace.isEmpty());
            int decisive = 0;
            for (int i = 0; i < r.trace.size(); ++i) {
                CHECK_FALSE(r.trace[i].basis.isEmpty());
                CHECK_FALSE(r.trace[i].outcome.isEmpty());
                if (i > 0)
                    CHECK(int(r.trace[i - 1].rule) < int(r.trace[i].rule));
                decisive += r.trace[i].decisive ? 1 : 0;
                if (r.trace[i].decisive)
                    CHECK(r.trace[i].rule == c.decidedBy);
            }
            CHECK(decisive == 1);
            // No text contradicts the class: "berbatasan" only for a bordering pair.
            for (const TraceStep &s : r.trace) {
                if (r.adjacency.kind == Adjacency::None)
                    CHECK_FALSE(s.outcome.contains(QStringLiteral("yang berbatasan")));
                CHECK_FALSE(s.outcome.contains(QStringLiteral("Wajib. wajib")));
                CHECK_FALSE(s.outcome.contains(QStringLiteral("..")));
            }
            // The fast path the engine uses decides the same.
            const RuleSet::Verdict v = rules.decide(factsOf(rules, inputOf(c)));
            CHECK(v.cls == r.cls);
            CHECK(v.pairType == r.pairType);
            CHECK(v.takeover == r.takeover);
            CHECK(v.legalReview == r.legalReview);
            CHECK(v.dprdApproval == r.dprdApproval);
            CHECK(v.authorityUnchecked == r.authorityUnchecked);
        }
    }
}

TEST_CASE("the trace cites its legal basis", "[rules]")
{
    const RuleSet rules;
    RuleInput in = inputOf("63", "62.03", "1.03", "", Evidence::Yes, Evidence::Yes);
    in.burdensPublic = true;
    const RuleResult r = rules.evaluate(in);
    QStringList rulesSeen;
    QString all;
    for (const TraceStep &s : r.trace) {
        rulesSeen << ruleKey(s.rule);
        all += s.basis + QLatin1Char('\n');
    }
    CHECK(rulesSeen == QStringList{QStringLiteral("eligibility"), QStringLiteral("object"), QStringLiteral("authority"),
                                   QStringLiteral("adjacency"), QStringLiteral("pair_type"),
                                   QStringLiteral("substantive"), QStringLiteral("takeover"), QStringLiteral("dprd")});
    for (const char *cite : {"UU 23/2014 Pasal 13", "Pasal 363 ayat (3)", "Pasal 364 ayat (1)", "PP 28/2018",
                             "Permendagri 22/2020"})
        CHECK(all.contains(QString::fromUtf8(cite)));
    CHECK(r.trace[3].outcome.contains(QStringLiteral("63.04"))); // Kalsel touches Kapuas through Barito Kuala
    CHECK(r.trace[6].outcome.contains(QStringLiteral("Pemerintah Pusat")));
}

TEST_CASE("unknown evidence is never read as no", "[rules]")
{
    const RuleSet rules;
    const RuleResult r = rules.evaluate(inputOf("63.03", "63.71", "1.04", "", Evidence::Unknown, Evidence::Unknown));
    CHECK(r.cls == KsdClass::PotensiWajib);
    CHECK(r.reason.contains(QStringLiteral("perlu kajian")));
}

TEST_CASE("decide() agrees with evaluate() on random pairs", "[rules]")
{
    const RefData &ref = RefData::instance();
    const RuleSet rules;
    std::mt19937 rng(7);
    const auto &regions = ref.regions();
    const auto &urusan = ref.urusanList();
    const Evidence ev[] = {Evidence::Yes, Evidence::No, Evidence::Unknown};
    const char *services[] = {"", "TPA regional", "SPAM regional", "jalan provinsi", "pasar desa"};
    int wajib = 0;
    for (int i = 0; i < 3000; ++i) {
        const Region &a = regions[rng() % regions.size()];
        // Half of the time a neighbour, so that adjacency is well covered.
        QString bCode = regions[rng() % regions.size()].code;
        const QStringList nb = ref.neighbours(a.code);
        if (i % 2 && !nb.isEmpty())
            bCode = nb[rng() % nb.size()];
        RuleInput in;
        in.regionA = a.code;
        in.regionB = bCode;
        in.urusan = urusan[rng() % urusan.size()].code;
        in.service = QString::fromLatin1(services[rng() % 5]);
        in.evidenceA.add(ev[rng() % 3], rng() % 2 ? QStringList{bCode} : QStringList{}, ev[rng() % 3]);
        in.evidenceB.add(ev[rng() % 3], rng() % 2 ? QStringList{a.code} : QStringList{}, ev[rng() % 3]);
        const RuleResult r = rules.evaluate(in);
        const RuleSet::Verdict v = rules.decide(factsOf(rules, in));
        REQUIRE(v.cls == r.cls);
        REQUIRE(v.pairType == r.pairType);
        REQUIRE(v.takeover == r.takeover);
        REQUIRE(v.legalReview == r.legalReview);
        REQUIRE(v.authorityUnchecked == r.authorityUnchecked);
        wajib += r.cls == KsdClass::Wajib;
        // A pair type only where the pair borders and is not referred.
        if (r.pairType != PairType::None)
            REQUIRE(r.adjacency.kind != Adjacency::None);
        if (r.pairType == PairType::C && (r.cls == KsdClass::Wajib || r.cls == KsdClass::PotensiWajib))
            REQUIRE(r.legalReview);
        // Invariants of DESIGN.md §2.2.
        if (r.cls == KsdClass::Wajib) {
            REQUIRE(r.adjacency.kind != Adjacency::None);
            REQUIRE(r.takeover == ((r.pairType == PairType::B || r.pairType == PairType::E) ? Takeover::Gubernur
                                                                                            : Takeover::Pusat));
        } else {
            REQUIRE(r.takeover == Takeover::None);
        }
    }
    CHECK(wajib > 20);
}

TEST_CASE("authority table: levels, ordinary phrasing, project overrides", "[rules]")
{
    const AuthorityTable &t = AuthorityTable::builtin();
    auto rowOf = [&](const char *urusan, const char *service) {
        const int i = t.match(QString::fromLatin1(urusan), QString::fromUtf8(service));
        return i >= 0 ? t.rows()[i].service : QString();
    };
    CHECK(rowOf("1.03", "SPAM Regional Banjarbakula") == q("SPAM regional"));
    CHECK(rowOf("1.03", "air minum lintas kabupaten") == q("SPAM regional"));
    CHECK(rowOf("2.11", "TPA Regional Banjarbakula") == q("Persampahan regional"));
    CHECK(rowOf("2.11", "bank sampah") == q("Persampahan kabupaten/kota"));
    CHECK(rowOf("1.03", "jalan provinsi") == q("Jalan provinsi"));
    CHECK(rowOf("1.03", "jalan nasional lintas Kalimantan") == q("Jalan nasional"));
    CHECK(rowOf("1.03", "normalisasi DAS Martapura") == q("Wilayah sungai dan pengendalian banjir"));
    CHECK(rowOf("1.03", "banjir rob") == q("Wilayah sungai dan pengendalian banjir"));
    CHECK(rowOf("1.01", "pendidikan menengah") == q("Pendidikan menengah"));
    CHECK(rowOf("1.01", "sekolah menengah atas") == q("Pendidikan menengah"));
    CHECK(rowOf("1.01", "SLB negeri") == q("Pendidikan khusus"));
    CHECK(rowOf("1.02", "kesmas").isEmpty()); // "sma" only matches as a whole word, and not in 1.02
    CHECK(rowOf("1.02", "TPA regional").isEmpty()); // wrong urusan
    CHECK(rowOf("1.03", "").isEmpty());
    // Every concurrent urusan has a default row; every row has its basis in the Lampiran.
    for (const Urusan &u : RefData::instance().urusanList()) {
        if (u.isConcurrent())
            CHECK(t.defaultRow(u.code) >= 0);
    }
    for (const AuthorityRow &r : t.rows()) {
        INFO(r.service.toStdString());
        CHECK(r.basis.contains(q("Lampiran UU 23/2014 huruf")));
        if (!r.isDefault())
            CHECK(r.acrossKabKota != AuthorityLevel::Split);
    }

    QMap<QString, QString> settings;
    settings.insert(q("authority/3.26/Destinasi wisata provinsi"),
                    q("wisata lintas; destinasi regional|provinsi|pusat|Perda Prov. Kalsel 1/2024"));
    settings.insert(q("authority/1.03/Jalan provinsi"), q("-"));
    settings.insert(q("provincial_services/1.03/SPAM regional"), q("air curah"));
    settings.insert(q("weights/priority"), q("0.3")); // not a table key: ignored
    const AuthorityTable p = t.withSettings(settings);
    const int i = p.match(q("3.26"), q("paket wisata lintas daerah"));
    REQUIRE(i >= 0);
    CHECK(p.rows()[i].basis == q("Perda Prov. Kalsel 1/2024"));
    CHECK(p.rows()[i].acrossKabKota == AuthorityLevel::Provinsi);
    CHECK(p.match(q("1.03"), q("air curah Banjarbakula")) >= 0);
    CHECK(p.rows().size() == t.rows().size());

    Project proj = Project::create(q("63.03"), q("uji"), 2024);
    proj.settings = settings;
    const RuleInput in = inputOf("63.03", "63.05", "1.03", "jalan provinsi", Evidence::Yes, Evidence::Yes);
    CHECK(RuleSet().evaluate(in).cls == KsdClass::RujukProvinsi);
    const RuleResult changed = RuleSet::forProject(proj).evaluate(in);
    CHECK(changed.cls == KsdClass::Wajib); // "jalan provinsi" now only matches nothing: split, unchecked
    CHECK(changed.authorityUnchecked);
}

TEST_CASE("RUJUK_PUSAT names the ministry; the trace asks for the service when unchecked", "[rules]")
{
    const RuleResult citanduy = RuleSet().evaluate(
        inputOf("32.79", "33.01", "1.03", "pengendalian banjir Citanduy", Evidence::Yes, Evidence::Yes));
    CHECK(citanduy.cls == KsdClass::RujukPusat);
    CHECK(citanduy.ministry.contains(q("Pekerjaan Umum")));
    CHECK(citanduy.reason.contains(q("Pemerintah Pusat")));
    CHECK(citanduy.pairType == PairType::None);

    const RuleResult open = RuleSet().evaluate(inputOf("32.79", "32.18", "1.03", "", Evidence::Yes, Evidence::Yes));
    CHECK(open.authorityUnchecked);
    bool asks = false;
    for (const TraceStep &s : open.trace)
        asks = asks || (s.rule == Rule::Authority && s.outcome.contains(q("Sebutkan layanannya")));
    CHECK(asks);
}

TEST_CASE("a sea border gives at most potensi wajib with sea_border", "[rules]")
{
    const RefData &ref = RefData::instance();
    const RuleSet rules;
    // Jembrana (Bali) – Banyuwangi (Jawa Timur) across the Bali Strait, given as facts.
    RuleInput in = inputOf("51.01", "35.10", "3.26", "daya tarik wisata", Evidence::Yes, Evidence::Yes);
    RuleSet::Facts f = factsOf(rules, in);
    f.adjacency = Adjacency::Sea;
    RuleSet::Verdict v = rules.decide(f);
    CHECK(v.cls == KsdClass::PotensiWajib);
    CHECK(v.seaBorder);
    CHECK(v.pairType == PairType::D);
    f.evidence.efficiency = Evidence::Unknown;
    v = rules.decide(f);
    CHECK(v.cls == KsdClass::PotensiWajib);
    CHECK(v.seaBorder);
    f.evidence.efficiency = Evidence::No;
    v = rules.decide(f);
    CHECK(v.cls == KsdClass::Sukarela);
    CHECK_FALSE(v.seaBorder);
    // Whatever the reference data says today, evaluate() and decide() agree on this pair.
    const RuleResult r = rules.evaluate(in);
    CHECK(r.cls == rules.decide(factsOf(rules, in)).cls);
    if (ref.adjacency(q("51.01"), q("35.10")).kind == Adjacency::Sea) {
        CHECK(r.cls == KsdClass::PotensiWajib);
        CHECK(r.flags().contains(q("sea_border")));
    }
}

TEST_CASE("externality per partner: ya without regions asks for them", "[rules]")
{
    const RuleSet rules;
    RuleInput in = inputOf("63.03", "63.71", "1.02", "puskesmas", Evidence::Unknown, Evidence::Unknown);
    in.evidenceA.add(Evidence::Yes, {}, Evidence::Yes);
    RuleResult r = rules.evaluate(in);
    CHECK(r.cls == KsdClass::PotensiWajib);
    CHECK(r.reason.contains(q("sebutkan wilayah terdampak")));
    // Naming another region says nothing about this pair; naming the partner makes it hold.
    in.evidenceB.add(Evidence::Yes, {q("63.72")}, Evidence::Yes);
    CHECK(rules.evaluate(in).cls == KsdClass::PotensiWajib);
    in.evidenceB.add(Evidence::Yes, {q("63.03")}, Evidence::Yes);
    r = rules.evaluate(in);
    CHECK(r.cls == KsdClass::Wajib);
    CHECK(r.reason.contains(q("Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak)")));
    bool takeover = false;
    for (const TraceStep &s : r.trace)
        takeover = takeover || s.outcome.contains(q("dapat diambil alih oleh gubernur"));
    CHECK(takeover);
}

TEST_CASE("bad CSV for the authority table is an error value", "[rules]")
{
    CHECK_FALSE(AuthorityTable::parseCsv(QString(), q("x.csv")).ok());
    CHECK_FALSE(AuthorityTable::parseCsv(q("a,b\n1,2\n"), q("x.csv")).ok());
    const QString header = q("urusan,service,keywords,lintas_kabkota,lintas_provinsi,kementerian,basis\n");
    const auto bad = AuthorityTable::parseCsv(header + q("1.03,,x,provinsi,pusat,,y\n"), q("x.csv"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().where == q("x.csv:2"));
    const auto level = AuthorityTable::parseCsv(header + q("1.03,SPAM,x,regional,pusat,,y\n"), q("x.csv"));
    REQUIRE_FALSE(level.ok());
    CHECK(level.error().message.contains(q("regional")));
}

TEST_CASE("authority table: English service, ministry and basis (issue 16 item 8)", "[rules]")
{
    const AuthorityTable &t = AuthorityTable::builtin();
    REQUIRE(t.rows().size() == 71);
    for (const AuthorityRow &r : t.rows()) {
        INFO(r.urusan.toStdString() << " " << r.service.toStdString());
        CHECK_FALSE(r.serviceEn.isEmpty());
        CHECK(r.isDefault() == (r.serviceEn == q("*")));
        CHECK(r.ministryEn.isEmpty() == r.ministry.isEmpty());
        CHECK(r.basisEn.startsWith(q("Annex to Law 23/2014 letter ")));
        if (!r.isDefault())
            CHECK(r.serviceEn != r.service);
    }
    // The older seven-column file (and a project's own rows) still load, with no English: Indonesian everywhere.
    const auto old = AuthorityTable::parseCsv(
        q("urusan,service,keywords,lintas_kabkota,lintas_provinsi,kementerian,basis\n1.03,SPAM,x,provinsi,pusat,K,B\n"),
        q("x.csv"));
    REQUIRE(old.ok());
    CHECK(old.value().rows().at(0).serviceEn.isEmpty());
    const auto short10 = AuthorityTable::parseCsv(
        q("urusan,service,keywords,lintas_kabkota,lintas_provinsi,kementerian,basis,service_en,kementerian_en,basis_en\n"
          "1.03,SPAM,x,provinsi,pusat,K,B\n"),
        q("x.csv"));
    REQUIRE_FALSE(short10.ok());
    CHECK(short10.error().where == q("x.csv:2"));

    const QString before = currentLanguage();
    const RuleInput in = inputOf("63.03", "63.71", "2.11", "TPA regional", Evidence::Yes, Evidence::Yes);
    const QString basisId = q("Lampiran UU 23/2014 huruf K (Lingkungan Hidup), sub-urusan persampahan: pengelolaan "
                              "sampah lintas daerah kabupaten/kota kewenangan provinsi");
    const QString basisEn = q("Annex to Law 23/2014 letter K (Environment), sub-affairs solid waste: managing waste "
                              "across regencies/cities is a provincial authority");
    auto authorityStep = [](const RuleResult &r) {
        for (const TraceStep &s : r.trace) {
            if (s.rule == Rule::Authority)
                return s.outcome;
        }
        return QString();
    };
    QMap<QString, QString> settings;
    settings.insert(q("authority/2.11/Persampahan regional"), q("tpa regional|provinsi|pusat|Perda Prov. 1/2024"));
    const RuleSet own(AuthorityTable::forSettings(settings));

    installTranslations(q("en"));
    const RuleResult en = RuleSet().evaluate(in);
    CHECK(en.cls == KsdClass::RujukProvinsi);
    CHECK(authorityStep(en).contains(basisEn));
    CHECK(authorityStep(en).contains(q("\"Regional solid waste\"")));
    CHECK_FALSE(authorityStep(en).contains(q("Persampahan regional")));
    CHECK(en.authorityService == q("Persampahan regional")); // the key does not change with the language
    CHECK(t.serviceName(q("2.11"), q("Persampahan regional")) == q("Regional solid waste"));
    CHECK(t.serviceName(q("2.11"), q("pasar desa")) == q("pasar desa"));
    const RuleResult pusat = RuleSet().evaluate(
        inputOf("32.79", "33.01", "1.03", "pengendalian banjir Citanduy", Evidence::Yes, Evidence::Yes));
    CHECK(pusat.ministry.startsWith(q("Ministry of Public Works (Directorate General of Water Resources")));
    // A project's own row has only Indonesian: it is shown as written.
    CHECK(authorityStep(own.evaluate(in)).contains(q("Perda Prov. 1/2024")));
    CHECK(authorityStep(own.evaluate(in)).contains(q("\"Persampahan regional\"")));

    installTranslations(q("id"));
    const RuleResult id = RuleSet().evaluate(in);
    CHECK(authorityStep(id).contains(basisId));
    CHECK(authorityStep(id).contains(q("\"Persampahan regional\"")));
    CHECK_FALSE(authorityStep(id).contains(q("Annex")));
    CHECK(t.serviceName(q("2.11"), q("Persampahan regional")) == q("Persampahan regional"));
    CHECK(RuleSet()
              .evaluate(inputOf("32.79", "33.01", "1.03", "pengendalian banjir Citanduy", Evidence::Yes, Evidence::Yes))
              .ministry.startsWith(q("Kementerian Pekerjaan Umum")));
    installTranslations(before);
}
