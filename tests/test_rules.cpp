// SPDX-License-Identifier: Apache-2.0
// The KSDD rule set (issue 3 item 1): every rule and every pair type, with real codes.
#include <catch2/catch.hpp>

#include "rules/ruleset.h"

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
    std::optional<bool> provincial;
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
const QStringList noFlags;
const QStringList legal{QStringLiteral("legal_review")};
const QStringList dprd{QStringLiteral("dprd_approval")};

QString q(const char *s) { return QString::fromUtf8(s); }

RuleInput inputOf(const Case &c)
{
    RuleInput in;
    in.regionA = q(c.a);
    in.regionB = q(c.b);
    in.urusan = q(c.urusan);
    in.service = q(c.service);
    in.externality = c.ext;
    in.efficiency = c.eff;
    in.provincial = c.provincial;
    in.burdensPublic = c.burdens;
    in.inApbd = c.apbd;
    return in;
}

} // namespace

TEST_CASE("rule table: every rule and every pair type with real codes", "[rules]")
{
    const QStringList p63{QStringLiteral("63")};
    // clang-format off
    const std::vector<Case> cases = {
        // 1. eligibility
        {"unknown region A", "99.99", "63.03", "2.11", "", Y, Y, none, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Eligibility, {}},
        {"malformed region B", "63.03", "Banjar", "2.11", "", Y, Y, none, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Eligibility, {}},
        {"self pair", "63.03", "63.03", "2.11", "", Y, Y, none, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Eligibility, {}},
        {"Jakarta kota administrasi is not a party", "31.74", "36.74", "1.03", "", Y, Y, none, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Eligibility, {}},
        {"Jakarta kabupaten administrasi is not a party", "32.01", "31.01", "1.03", "", Y, Y, none, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Eligibility, {}},
        {"the province of Jakarta is a party (type A)", "31", "32", "1.03", "", Y, Y, none, none, none,
         KsdClass::Wajib, PairType::A, Takeover::Pusat, noFlags, Rule::Substantive, {}},
        // 2. object
        {"unknown urusan", "63.03", "63.71", "9.99", "", Y, Y, none, none, none,
         KsdClass::TidakMemenuhi, PairType::None, Takeover::None, noFlags, Rule::Object, {}},
        {"support unit is never wajib", "63.03", "63.71", "4.01", "", Y, Y, none, none, none,
         KsdClass::Sukarela, PairType::E, Takeover::None, noFlags, Rule::Substantive, {}},
        // 3. authority guard
        {"Banjarbakula TPA regional between two kab/kota goes to the province", "63.03", "63.71", "2.11",
         "TPA Regional Banjarbakula", Y, Y, none, none, none,
         KsdClass::RujukProvinsi, PairType::E, Takeover::None, noFlags, Rule::Authority, p63},
        {"regional waste under PU (1.03)", "63.72", "63.01", "1.03", "persampahan regional", U, U, none, none, none,
         KsdClass::RujukProvinsi, PairType::E, Takeover::None, noFlags, Rule::Authority, p63},
        {"SPAM regional", "63.04", "63.71", "1.03", "SPAM Regional Banjarbakula", Y, Y, none, none, none,
         KsdClass::RujukProvinsi, PairType::E, Takeover::None, noFlags, Rule::Authority, p63},
        {"jalan provinsi", "63.03", "63.05", "1.03", "Pemeliharaan jalan provinsi ruas Martapura–Rantau", Y, Y, none,
         none, none, KsdClass::RujukProvinsi, PairType::E, Takeover::None, noFlags, Rule::Authority, p63},
        {"river basin across kab/kota", "63.03", "63.04", "1.03", "Pengendalian banjir DAS lintas Barito", Y, Y, none,
         none, none, KsdClass::RujukProvinsi, PairType::E, Takeover::None, noFlags, Rule::Authority, p63},
        {"irrigation across kab/kota", "63.05", "63.06", "1.03", "daerah irigasi lintas Tapin–HSS", Y, Y, none, none,
         none, KsdClass::RujukProvinsi, PairType::E, Takeover::None, noFlags, Rule::Authority, p63},
        {"provincial service across provinces refers to both provinces", "63.04", "62.03", "1.03", "SPAM regional",
         Y, Y, none, none, none, KsdClass::RujukProvinsi, PairType::D, Takeover::None, noFlags, Rule::Authority,
         {QStringLiteral("62"), QStringLiteral("63")}},
        {"referral holds for non-adjacent kab/kota too", "63.03", "63.09", "2.11", "TPA regional", Y, Y, none, none,
         none, KsdClass::RujukProvinsi, PairType::E, Takeover::None, noFlags, Rule::Authority, p63},
        {"--provincial yes without a service", "63.03", "63.71", "1.02", "", Y, Y, true, none, none,
         KsdClass::RujukProvinsi, PairType::E, Takeover::None, noFlags, Rule::Authority, p63},
        {"--provincial no overrides the table", "63.03", "63.71", "2.11", "TPA regional", Y, Y, false, none, none,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        {"province with its own kab/kota on a provincial service (type B)", "63", "63.03", "2.11", "TPA regional", Y,
         Y, none, none, none, KsdClass::Wajib, PairType::B, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        {"a local service is not provincial", "63.03", "63.71", "2.11", "bank sampah", Y, Y, none, none, none,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        // 4. adjacency
        {"non-adjacent kab/kota in one province", "63.03", "63.09", "3.26", "", Y, Y, none, none, none,
         KsdClass::Sukarela, PairType::E, Takeover::None, noFlags, Rule::Adjacency, {}},
        {"non-adjacent kab/kota of different provinces", "63.03", "62.03", "3.26", "", Y, Y, none, none, none,
         KsdClass::Sukarela, PairType::D, Takeover::None, noFlags, Rule::Adjacency, {}},
        {"non-adjacent provinces", "63", "11", "3.26", "", Y, Y, none, none, none,
         KsdClass::Sukarela, PairType::A, Takeover::None, noFlags, Rule::Adjacency, {}},
        {"province and a non-bordering kab/kota of another province (type C, no legal review)", "63", "62.71", "1.03",
         "", Y, Y, none, none, none, KsdClass::Sukarela, PairType::C, Takeover::None, noFlags, Rule::Adjacency, {}},
        // 5. pair types A–E, all wajib
        {"type A: Kalimantan Selatan – Kalimantan Tengah", "63", "62", "1.03", "", Y, Y, none, none, none,
         KsdClass::Wajib, PairType::A, Takeover::Pusat, noFlags, Rule::Substantive, {}},
        {"type B: Kalimantan Selatan – Kabupaten Banjar", "63", "63.03", "2.11", "", Y, Y, none, none, none,
         KsdClass::Wajib, PairType::B, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        {"type B, order reversed", "63.03", "63", "2.11", "", Y, Y, none, none, none,
         KsdClass::Wajib, PairType::B, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        {"type C: Kalimantan Selatan – Kabupaten Kapuas needs legal review", "63", "62.03", "1.03", "", Y, Y, none,
         none, none, KsdClass::Wajib, PairType::C, Takeover::Pusat, legal, Rule::Substantive, {}},
        {"type D: Barito Kuala – Kapuas", "63.04", "62.03", "1.03", "", Y, Y, none, none, none,
         KsdClass::Wajib, PairType::D, Takeover::Pusat, noFlags, Rule::Substantive, {}},
        {"type D: Kota Banjar – Cilacap", "32.79", "33.01", "1.02", "", Y, Y, none, none, none,
         KsdClass::Wajib, PairType::D, Takeover::Pusat, noFlags, Rule::Substantive, {}},
        {"type E: Banjar – Banjarmasin", "63.03", "63.71", "1.02", "", Y, Y, none, none, none,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        // 6. the two-part substantive test
        {"unknown evidence is potensi wajib", "63.03", "63.71", "2.11", "", U, U, none, none, none,
         KsdClass::PotensiWajib, PairType::E, Takeover::None, noFlags, Rule::Substantive, {}},
        {"externality yes, efficiency unknown", "63.03", "63.71", "2.11", "", Y, U, none, none, none,
         KsdClass::PotensiWajib, PairType::E, Takeover::None, noFlags, Rule::Substantive, {}},
        {"externality unknown, efficiency yes", "32.79", "33.01", "2.11", "", U, Y, none, none, none,
         KsdClass::PotensiWajib, PairType::D, Takeover::None, noFlags, Rule::Substantive, {}},
        {"no externality: sukarela", "63.03", "63.71", "2.11", "", N, Y, none, none, none,
         KsdClass::Sukarela, PairType::E, Takeover::None, noFlags, Rule::Substantive, {}},
        {"not more efficient: sukarela", "63.03", "63.71", "2.11", "", Y, N, none, none, none,
         KsdClass::Sukarela, PairType::E, Takeover::None, noFlags, Rule::Substantive, {}},
        {"one no outweighs one unknown", "63.03", "63.71", "2.11", "", U, N, none, none, none,
         KsdClass::Sukarela, PairType::E, Takeover::None, noFlags, Rule::Substantive, {}},
        // DPRD approval
        {"burdens the public", "63.03", "63.71", "1.02", "", Y, Y, none, true, true,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, dprd, Rule::Substantive, {}},
        {"not in the APBD", "63", "62.03", "1.03", "", Y, Y, none, false, false, KsdClass::Wajib, PairType::C,
         Takeover::Pusat, {QStringLiteral("legal_review"), QStringLiteral("dprd_approval")}, Rule::Substantive, {}},
        {"budgeted and no burden", "63.03", "63.71", "1.02", "", Y, Y, none, false, true,
         KsdClass::Wajib, PairType::E, Takeover::Gubernur, noFlags, Rule::Substantive, {}},
        {"DPRD approval applies to sukarela too", "63.03", "63.09", "3.26", "", Y, Y, none, none, false,
         KsdClass::Sukarela, PairType::E, Takeover::None, dprd, Rule::Adjacency, {}},
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
            // The fast path the engine uses decides the same.
            RuleSet::Facts f;
            f.a = RefData::instance().region(q(c.a));
            f.b = RefData::instance().region(q(c.b));
            f.urusan = RefData::instance().urusan(q(c.urusan));
            f.supportUnit = !f.urusan && RuleSet::isSupportUnitCode(q(c.urusan));
            f.provincial = c.provincial.value_or(rules.services().match(q(c.urusan), q(c.service)) >= 0);
            if (f.a && f.b && f.a != f.b)
                f.adjacency = RefData::instance().adjacency(f.a->code, f.b->code).kind;
            f.externality = c.ext;
            f.efficiency = c.eff;
            f.burdensPublic = c.burdens;
            f.inApbd = c.apbd;
            const RuleSet::Verdict v = rules.decide(f);
            CHECK(v.cls == r.cls);
            CHECK(v.pairType == r.pairType);
            CHECK(v.takeover == r.takeover);
            CHECK(v.legalReview == r.legalReview);
            CHECK(v.dprdApproval == r.dprdApproval);
        }
    }
}

TEST_CASE("the trace cites its legal basis", "[rules]")
{
    const RuleSet rules;
    RuleInput in;
    in.regionA = QStringLiteral("63");
    in.regionB = QStringLiteral("62.03");
    in.urusan = QStringLiteral("1.03");
    in.externality = Evidence::Yes;
    in.efficiency = Evidence::Yes;
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
    for (const char *cite : {"UU 23/2014 Pasal 13", "Pasal 363", "Pasal 364", "PP 28/2018", "Permendagri 22/2020"})
        CHECK(all.contains(QString::fromUtf8(cite)));
    CHECK(r.trace[3].outcome.contains(QStringLiteral("63.04"))); // Kalsel touches Kapuas through Barito Kuala
    CHECK(r.trace[6].outcome.contains(QStringLiteral("Pemerintah Pusat")));
}

TEST_CASE("unknown evidence is never read as no", "[rules]")
{
    const RuleSet rules;
    RuleInput in{QStringLiteral("63.03"), QStringLiteral("63.71"), QStringLiteral("1.04"), {}, Evidence::Unknown,
                 Evidence::Unknown, {}, {}, {}};
    const RuleResult r = rules.evaluate(in);
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
        RuleInput in{a.code, bCode, urusan[rng() % urusan.size()].code,
                     QString::fromLatin1(services[rng() % 5]), ev[rng() % 3], ev[rng() % 3], {}, {}, {}};
        const RuleResult r = rules.evaluate(in);
        RuleSet::Facts f;
        f.a = &a;
        f.b = ref.region(bCode);
        f.urusan = ref.urusan(in.urusan);
        f.provincial = rules.services().match(in.urusan, in.service) >= 0;
        f.adjacency = ref.adjacency(a.code, bCode).kind;
        f.externality = in.externality;
        f.efficiency = in.efficiency;
        const RuleSet::Verdict v = rules.decide(f);
        REQUIRE(v.cls == r.cls);
        REQUIRE(v.pairType == r.pairType);
        REQUIRE(v.takeover == r.takeover);
        REQUIRE(v.legalReview == r.legalReview);
        wajib += r.cls == KsdClass::Wajib;
        // Invariants of DESIGN.md §2.2.
        if (r.cls == KsdClass::Wajib) {
            REQUIRE(r.adjacency.kind != Adjacency::None);
            REQUIRE(r.takeover == ((r.pairType == PairType::B || r.pairType == PairType::E) ? Takeover::Gubernur
                                                                                            : Takeover::Pusat));
        } else {
            REQUIRE(r.takeover == Takeover::None);
        }
    }
    CHECK(wajib > 50);
}

TEST_CASE("provincial service table: built-in rows, whole-word matching, project overrides", "[rules]")
{
    const ProvincialServiceTable &t = ProvincialServiceTable::builtin();
    auto has = [&](const char *urusan, const char *service) {
        return t.match(QString::fromLatin1(urusan), QString::fromUtf8(service)) >= 0;
    };
    CHECK(has("1.03", "SPAM Regional Banjarbakula"));
    CHECK(has("1.03", "air minum lintas kabupaten"));
    CHECK(has("1.03", "TPA regional"));
    CHECK(has("2.11", "TPA Regional Banjarbakula"));
    CHECK(has("2.11", "Pengelolaan sampah regional"));
    CHECK(has("1.03", "jalan provinsi"));
    CHECK(has("1.03", "Irigasi lintas kabupaten"));
    CHECK(has("1.03", "DAS lintas kabupaten"));
    CHECK_FALSE(has("2.11", "bank sampah"));
    CHECK_FALSE(has("1.02", "TPA regional")); // wrong urusan
    CHECK_FALSE(has("1.02", "kesmas"));       // "sma" only matches as a whole word
    CHECK(has("1.01", "SMA negeri"));
    CHECK_FALSE(has("1.03", ""));

    QMap<QString, QString> settings;
    settings.insert(QStringLiteral("provincial_services/3.26/Destinasi wisata provinsi"),
                    QStringLiteral("wisata lintas; destinasi regional|Perda Prov. Kalsel 1/2024"));
    settings.insert(QStringLiteral("provincial_services/1.03/jalan provinsi"), QStringLiteral("-"));
    settings.insert(QStringLiteral("provincial_services/1.03/SPAM regional"), QStringLiteral("air curah"));
    settings.insert(QStringLiteral("weights/priority"), QStringLiteral("0.3")); // not a table key: ignored
    const ProvincialServiceTable p = t.withSettings(settings);
    CHECK(p.match(QStringLiteral("3.26"), QStringLiteral("Destinasi Regional Loksado")) >= 0);
    const int i = p.match(QStringLiteral("3.26"), QStringLiteral("paket wisata lintas daerah"));
    REQUIRE(i >= 0);
    CHECK(p.rows()[i].basis == QStringLiteral("Perda Prov. Kalsel 1/2024"));
    CHECK(p.match(QStringLiteral("1.03"), QStringLiteral("jalan provinsi")) < 0);
    CHECK(p.match(QStringLiteral("1.03"), QStringLiteral("air curah Banjarbakula")) >= 0);
    CHECK(p.match(QStringLiteral("1.03"), QStringLiteral("SPAM regional")) >= 0); // its own name stays a keyword
    CHECK(p.match(QStringLiteral("1.03"), QStringLiteral("air minum regional")) < 0); // replaced keywords
    CHECK(p.rows().size() == t.rows().size());

    Project proj = Project::create(QStringLiteral("63.03"), QStringLiteral("uji"), 2024);
    proj.settings = settings;
    RuleInput in{QStringLiteral("63.03"), QStringLiteral("63.05"), QStringLiteral("1.03"),
                 QStringLiteral("jalan provinsi"), Evidence::Yes, Evidence::Yes, {}, {}, {}};
    CHECK(RuleSet().evaluate(in).cls == KsdClass::RujukProvinsi);
    CHECK(RuleSet::forProject(proj).evaluate(in).cls == KsdClass::Wajib);
}

TEST_CASE("bad CSV for the provincial table is an error value", "[rules]")
{
    CHECK_FALSE(ProvincialServiceTable::parseCsv(QString(), QStringLiteral("x.csv")).ok());
    CHECK_FALSE(ProvincialServiceTable::parseCsv(QStringLiteral("a,b\n1,2\n"), QStringLiteral("x.csv")).ok());
    const auto bad = ProvincialServiceTable::parseCsv(QStringLiteral("urusan,service,keywords,basis\n1.03,,x,y\n"),
                                                      QStringLiteral("x.csv"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().where == QStringLiteral("x.csv:2"));
}
