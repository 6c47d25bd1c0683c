// SPDX-License-Identifier: Apache-2.0
// petaksd classify (issue 3 item 2).
#include <catch2/catch.hpp>

#include "helpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using ksd::test::petaksd;

namespace {

QJsonObject classifyJson(const QStringList &args)
{
    const auto r = petaksd(QStringList{QStringLiteral("classify")} + args + QStringList{QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("classify --json prints exactly the documented keys", "[cli][rules]")
{
    const QJsonObject o = classifyJson(args({"63", "62.03", "1.03", "--externality", "yes", "--efficiency", "yes"}));
    QStringList keys = o.keys();
    keys.sort();
    CHECK(keys == args({"authority_level", "class", "flags", "ministry", "pair_type", "refer_to", "takeover",
                        "trace"}));
    CHECK(o.value(QStringLiteral("class")).toString() == QStringLiteral("WAJIB"));
    CHECK(o.value(QStringLiteral("pair_type")).toString() == QStringLiteral("C"));
    CHECK(o.value(QStringLiteral("takeover")).toString() == QStringLiteral("pusat"));
    CHECK(o.value(QStringLiteral("flags")).toArray()
          == QJsonArray({QStringLiteral("legal_review"), QStringLiteral("authority_unchecked")}));
    CHECK(o.value(QStringLiteral("ministry")).isNull());
    const QJsonArray trace = o.value(QStringLiteral("trace")).toArray();
    REQUIRE(trace.size() == 8);
    QStringList rules;
    for (const QJsonValue &v : trace) {
        const QJsonObject s = v.toObject();
        QStringList sk = s.keys();
        sk.sort();
        CHECK(sk == args({"basis", "outcome", "rule"}));
        CHECK_FALSE(s.value(QStringLiteral("basis")).toString().isEmpty());
        CHECK_FALSE(s.value(QStringLiteral("outcome")).toString().isEmpty());
        rules << s.value(QStringLiteral("rule")).toString();
    }
    CHECK(rules == args({"eligibility", "object", "authority", "adjacency", "pair_type", "substantive", "takeover",
                         "dprd"}));
}

TEST_CASE("classify: the cases of DESIGN.md §2.2 from the command line", "[cli][rules]")
{
    SECTION("non-adjacent pair is sukarela, with null pair type and takeover")
    {
        const QJsonObject o = classifyJson(args({"63.03", "63.09", "3.26", "--service", "desa wisata",
                                                 "--externality", "yes", "--efficiency", "yes"}));
        CHECK(o.value(QStringLiteral("class")).toString() == QStringLiteral("SUKARELA"));
        CHECK(o.value(QStringLiteral("pair_type")).isNull());
        CHECK(o.value(QStringLiteral("takeover")).isNull());
        CHECK(o.value(QStringLiteral("flags")).toArray().isEmpty());
    }
    SECTION("Kota Banjar and Pangandaran do not border: nothing says they do")
    {
        const auto r = petaksd(args({"classify", "32.79", "32.18", "1.03"}));
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Tipe pasangan: -")));
        const QJsonObject o = classifyJson(args({"32.79", "32.18", "1.03"}));
        CHECK(o.value(QStringLiteral("pair_type")).isNull());
        for (const QJsonValue &v : o.value(QStringLiteral("trace")).toArray()) {
            const QString outcome = v.toObject().value(QStringLiteral("outcome")).toString();
            CHECK_FALSE(outcome.contains(QStringLiteral("yang berbatasan")));
            CHECK_FALSE(outcome.startsWith(QStringLiteral("Berbatasan")));
        }
    }
    SECTION("Citanduy flood control between Kota Banjar and Cilacap is central")
    {
        const QJsonObject o = classifyJson(args({"32.79", "33.01", "1.03", "--service", "pengendalian banjir Citanduy",
                                                 "--externality", "yes", "--efficiency", "yes"}));
        CHECK(o.value(QStringLiteral("class")).toString() == QStringLiteral("RUJUK_PUSAT"));
        CHECK(o.value(QStringLiteral("pair_type")).isNull());
        CHECK(o.value(QStringLiteral("ministry")).toString().contains(QStringLiteral("Pekerjaan Umum")));
    }
    SECTION("two kabupaten on forestry: not wajib, the province holds it")
    {
        const QJsonObject o = classifyJson(args({"63.03", "63.05", "3.28", "--externality", "yes", "--efficiency",
                                                 "yes"}));
        CHECK(o.value(QStringLiteral("class")).toString() == QStringLiteral("RUJUK_PROVINSI"));
        CHECK(o.value(QStringLiteral("flags")).toArray() == QJsonArray{QStringLiteral("authority_unchecked")});
    }
    SECTION("unknown evidence is potensi wajib")
    {
        const QJsonObject o = classifyJson(args({"32.79", "33.01", "1.02"}));
        CHECK(o.value(QStringLiteral("class")).toString() == QStringLiteral("POTENSI_WAJIB"));
        CHECK(o.value(QStringLiteral("pair_type")).toString() == QStringLiteral("D"));
    }
    SECTION("regional waste between two kab/kota is referred to the province")
    {
        const QJsonObject o = classifyJson(args({"63.03", "63.71", "2.11", "--service", "TPA regional",
                                                 "--externality", "yes", "--efficiency", "yes"}));
        CHECK(o.value(QStringLiteral("class")).toString() == QStringLiteral("RUJUK_PROVINSI"));
        CHECK(o.value(QStringLiteral("takeover")).isNull());
    }
    SECTION("--provincial no overrides the authority table")
    {
        const QJsonObject o = classifyJson(args({"63.03", "63.71", "2.11", "--service", "TPA regional",
                                                 "--provincial", "no", "--externality", "ya", "--efficiency", "ya"}));
        CHECK(o.value(QStringLiteral("class")).toString() == QStringLiteral("WAJIB"));
        CHECK(o.value(QStringLiteral("takeover")).toString() == QStringLiteral("gubernur"));
    }
    SECTION("--provincial yes refers even without a service")
    {
        const QJsonObject o = classifyJson(args({"63.03", "63.71", "1.02", "--provincial", "yes"}));
        CHECK(o.value(QStringLiteral("class")).toString() == QStringLiteral("RUJUK_PROVINSI"));
    }
    SECTION("type A wajib with DPRD approval")
    {
        const QJsonObject o = classifyJson(args({"63", "62", "1.03", "--externality", "yes", "--efficiency", "yes",
                                                 "--apbd", "no"}));
        CHECK(o.value(QStringLiteral("class")).toString() == QStringLiteral("WAJIB"));
        CHECK(o.value(QStringLiteral("pair_type")).toString() == QStringLiteral("A"));
        CHECK(o.value(QStringLiteral("flags")).toArray()
              == QJsonArray({QStringLiteral("dprd_approval"), QStringLiteral("authority_unchecked")}));
    }
    SECTION("Jakarta's kota administrasi is a known code but not a party")
    {
        const QJsonObject o = classifyJson(args({"31.71", "32.75", "1.03"}));
        CHECK(o.value(QStringLiteral("class")).toString() == QStringLiteral("TIDAK_MEMENUHI"));
        CHECK(o.value(QStringLiteral("pair_type")).isNull());
        CHECK(o.value(QStringLiteral("trace")).toArray().first().toObject().value(QStringLiteral("outcome"))
                  .toString().contains(QStringLiteral("bukan daerah otonom")));
    }
}

TEST_CASE("classify text output names the class, type and basis", "[cli][rules]")
{
    const auto r = petaksd(args({"classify", "63.03", "63.71", "1.02", "--externality", "yes", "--efficiency", "yes"}));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Kelas: WAJIB")));
    CHECK(r.out.contains(QStringLiteral("Tipe pasangan: E")));
    CHECK(r.out.contains(QStringLiteral("gubernur")));
    CHECK(r.out.contains(QStringLiteral("Pasal 364")));
}

TEST_CASE("classify refuses unknown codes, self pairs and bad options with exit 2", "[cli][rules]")
{
    const std::vector<QStringList> bad = {
        args({"classify", "63.03", "63.03", "2.11"}),
        args({"classify", "99.99", "63.03", "2.11"}),
        args({"classify", "63.03", "Banjar", "2.11"}),
        args({"classify", "63.03", "63.71", "9.99"}),
        args({"classify", "63.03", "63.71", "2.11", "--externality", "mungkin"}),
        args({"classify", "63.03", "63.71", "2.11", "--provincial", "unknown"}),
        args({"classify", "63.03", "63.71", "2.11", "--level", "terbagi"}),
        args({"classify", "63.03", "63.71"}),
        args({"classify", "63.03", "63.71", "2.11", "--bogus"}),
    };
    for (const QStringList &a : bad) {
        const auto r = petaksd(a);
        INFO(a.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(QStringLiteral("petaksd: ")));
        CHECK(r.out.isEmpty());
    }
}
