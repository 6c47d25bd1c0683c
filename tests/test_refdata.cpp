// SPDX-License-Identifier: Apache-2.0
#include "refdata/refdata.h"

#include <catch2/catch.hpp>

using namespace ksd;

namespace {
QStringList codes(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *c : list)
        out.append(QString::fromLatin1(c));
    return out;
}
} // namespace

TEST_CASE("the embedded region list has 38 provinces, 416 kabupaten and 98 kota", "[refdata]")
{
    const RefData &d = RefData::instance();
    int prov = 0, kab = 0, kota = 0;
    for (const Region &r : d.regions()) {
        switch (r.type) {
        case RegionType::Provinsi: ++prov; break;
        case RegionType::Kabupaten: ++kab; break;
        case RegionType::Kota: ++kota; break;
        }
    }
    CHECK(prov == 38);
    CHECK(kab == 416);
    CHECK(kota == 98);
    CHECK(d.regions().size() == 552);
    CHECK(d.provinces().size() == 38);
    CHECK(d.regionsOfProvince(QStringLiteral("63")).size() == 13);
}

TEST_CASE("regions are found by code with their attributes", "[refdata]")
{
    const RefData &d = RefData::instance();
    const Region *banjar = d.region(QStringLiteral("63.03"));
    REQUIRE(banjar);
    CHECK(banjar->name == QStringLiteral("Kabupaten Banjar"));
    CHECK(banjar->type == RegionType::Kabupaten);
    CHECK(banjar->provinceCode == QStringLiteral("63"));
    CHECK(banjar->bpsCode() == QStringLiteral("6303"));
    CHECK(banjar->labelLat < 0);
    CHECK(banjar->labelLon > 114);
    CHECK(banjar->areaKm2 > 4000);
    const Region *kalsel = d.region(QStringLiteral("63"));
    REQUIRE(kalsel);
    CHECK(kalsel->isProvince());
    CHECK(kalsel->provinceCode == QStringLiteral("63"));
    CHECK(d.region(QStringLiteral("32.79"))->type == RegionType::Kota);
}

TEST_CASE("Jakarta's kota and kabupaten administrasi are marked as not autonomous", "[refdata]")
{
    const RefData &d = RefData::instance();
    int administrative = 0;
    for (const Region *r : d.regionsOfProvince(QStringLiteral("31"))) {
        CHECK(r->administrative);
        ++administrative;
    }
    CHECK(administrative == 6);
    CHECK_FALSE(d.region(QStringLiteral("31"))->administrative);
    CHECK_FALSE(d.region(QStringLiteral("63.71"))->administrative);
}

TEST_CASE("Kabupaten Banjar has exactly its 8 neighbours", "[refdata]")
{
    CHECK(RefData::instance().neighbours(QStringLiteral("63.03"))
          == codes({"63.01", "63.02", "63.04", "63.05", "63.06", "63.10", "63.71", "63.72"}));
}

TEST_CASE("Kota Banjar borders Ciamis and Cilacap but not Pangandaran", "[refdata]")
{
    const RefData &d = RefData::instance();
    const QStringList n = d.neighbours(QStringLiteral("32.79"));
    CHECK(n.contains(QStringLiteral("32.07")));
    CHECK(n.contains(QStringLiteral("33.01")));
    CHECK_FALSE(n.contains(QStringLiteral("32.18")));
    CHECK(d.adjacency(QStringLiteral("32.79"), QStringLiteral("33.01")).kind == Adjacency::Borders);
    CHECK(d.adjacency(QStringLiteral("32.79"), QStringLiteral("32.18")).kind == Adjacency::None);
}

TEST_CASE("adjacency between provinces, kab/kota and across levels", "[refdata]")
{
    const RefData &d = RefData::instance();
    SECTION("province–province")
    {
        const AdjacencyResult r = d.adjacency(QStringLiteral("63"), QStringLiteral("62"));
        CHECK(r.kind == Adjacency::Borders);
        CHECK(r.km > 100);
        CHECK(d.adjacency(QStringLiteral("63"), QStringLiteral("11")).kind == Adjacency::None);
        CHECK(d.neighbours(QStringLiteral("63")) == codes({"62", "64"}));
    }
    SECTION("a province and its own kab/kota are within its territory")
    {
        CHECK(d.adjacency(QStringLiteral("63"), QStringLiteral("63.03")).kind == Adjacency::Within);
        CHECK(d.adjacency(QStringLiteral("63.71"), QStringLiteral("63")).kind == Adjacency::Within);
    }
    SECTION("a province borders another province's kab/kota when one of its own kab/kota does")
    {
        // Kabupaten Barito Kuala (63.04) borders Kalimantan Tengah's Kapuas (62.03).
        const AdjacencyResult r = d.adjacency(QStringLiteral("63"), QStringLiteral("62.03"));
        CHECK(r.kind == Adjacency::Borders);
        CHECK(r.via.contains(QStringLiteral("63.04")));
        // Kota Palangka Raya touches no Kalimantan Selatan region.
        CHECK(d.adjacency(QStringLiteral("63"), QStringLiteral("62.71")).kind == Adjacency::None);
    }
    SECTION("adjacency is symmetric")
    {
        const QString pairs[][2] = {{QStringLiteral("63.03"), QStringLiteral("63.71")},
                                    {QStringLiteral("63"), QStringLiteral("62.03")},
                                    {QStringLiteral("32.79"), QStringLiteral("33.01")}};
        for (const auto &p : pairs) {
            CHECK(d.adjacency(p[0], p[1]).kind == d.adjacency(p[1], p[0]).kind);
            CHECK(d.adjacency(p[0], p[1]).km == Approx(d.adjacency(p[1], p[0]).km));
        }
    }
    SECTION("a region is not adjacent to itself, unknown codes are not adjacent")
    {
        CHECK(d.adjacency(QStringLiteral("63.03"), QStringLiteral("63.03")).kind == Adjacency::None);
        CHECK(d.adjacency(QStringLiteral("63.03"), QStringLiteral("99.99")).kind == Adjacency::None);
    }
}

TEST_CASE("unknown codes are errors with a message, not crashes", "[refdata]")
{
    const RefData &d = RefData::instance();
    CHECK(d.region(QStringLiteral("99.99")) == nullptr);
    const auto bad = d.findRegion(QStringLiteral("99.99"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("99.99")));
    const auto malformed = d.findRegion(QStringLiteral("Banjar"));
    REQUIRE_FALSE(malformed.ok());
    CHECK(malformed.error().message.contains(QStringLiteral("PP.KK")));
    const auto u = d.findUrusan(QStringLiteral("9.99"));
    REQUIRE_FALSE(u.ok());
    CHECK(u.error().message.contains(QStringLiteral("9.99")));
    CHECK(d.findRegion(QStringLiteral(" 63.03 ")).ok());
}

TEST_CASE("32 urusan with their groups", "[refdata]")
{
    const RefData &d = RefData::instance();
    CHECK(d.urusanList().size() == 32);
    REQUIRE(d.urusan(QStringLiteral("1.01")));
    CHECK(d.urusan(QStringLiteral("1.01"))->name == QStringLiteral("Pendidikan"));
    CHECK(d.urusan(QStringLiteral("2.17"))->name == QStringLiteral("Koperasi, Usaha Kecil, dan Menengah"));
    CHECK(d.urusan(QStringLiteral("3.32"))->group == QStringLiteral("pilihan"));
    for (const Urusan &u : d.urusanList())
        CHECK(u.isConcurrent());
    CHECK_FALSE(Urusan{QStringLiteral("4.01"), QStringLiteral("Sekretariat Daerah"), {}}.isConcurrent());
}

TEST_CASE("boundaries and licence notices are embedded", "[refdata]")
{
    const RefData &d = RefData::instance();
    CHECK(d.kabkotaGeoJson().size() > 1000000);
    CHECK(d.provincesGeoJson().contains("\"63\""));
    CHECK(d.dataLicenseText().contains(QStringLiteral("Cahya DSN")));
    CHECK(d.provenanceText().contains(QStringLiteral("Kepmendagri")));
    CHECK(RefData::attribution().contains(QStringLiteral("Badan Informasi Geospasial")));
    CHECK(d.distanceKm(QStringLiteral("63.71"), QStringLiteral("63.72")) == Approx(25).margin(15));
}
