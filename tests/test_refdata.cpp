// SPDX-License-Identifier: Apache-2.0
#include "refdata/refdata.h"
#include "util/i18n.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

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
    CHECK_FALSE(Urusan{QStringLiteral("4.01"), QStringLiteral("Sekretariat Daerah"), {}, {}}.isConcurrent());
}

TEST_CASE("every urusan has an English name, shown when English is installed", "[refdata][i18n]")
{
    const RefData &d = RefData::instance();
    QSet<QString> seen;
    for (const Urusan &u : d.urusanList()) {
        INFO(u.code.toStdString());
        CHECK_FALSE(u.nameEn.isEmpty());
        CHECK(u.nameEn != u.name);
        CHECK_FALSE(seen.contains(u.nameEn));
        seen.insert(u.nameEn);
    }
    const Urusan *env = d.urusan(QStringLiteral("2.11"));
    REQUIRE(env);
    CHECK(env->nameEn == QStringLiteral("Environment"));
    const QString before = currentLanguage();
    installTranslations(QStringLiteral("en"));
    CHECK(env->displayName() == QStringLiteral("Environment"));
    CHECK(env->label() == QStringLiteral("2.11 Environment"));
    installTranslations(QStringLiteral("id"));
    CHECK(env->displayName() == QStringLiteral("Lingkungan Hidup"));
    installTranslations(before);
}

TEST_CASE("one official spelling per region: Palangka Raya, Daerah Khusus Jakarta", "[refdata]")
{
    const RefData &d = RefData::instance();
    REQUIRE(d.region(QStringLiteral("62.71")));
    CHECK(d.region(QStringLiteral("62.71"))->name == QStringLiteral("Kota Palangka Raya"));
    REQUIRE(d.region(QStringLiteral("31")));
    CHECK(d.region(QStringLiteral("31"))->name == QStringLiteral("Daerah Khusus Jakarta")); // UU 2/2024
    for (const Region &r : d.regions()) {
        CHECK_FALSE(r.name.contains(QStringLiteral("Palangkaraya")));
        CHECK_FALSE(r.name.contains(QStringLiteral("Ibukota")));
    }
    // The boundary files carry the same names.
    for (const QByteArray &geo : {d.kabkotaGeoJson(), d.provincesGeoJson()}) {
        CHECK_FALSE(geo.contains("Palangkaraya"));
        CHECK_FALSE(geo.contains("Ibukota"));
    }
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

TEST_CASE("regions facing each other across a narrow strait are sea borders", "[refdata][sea]")
{
    const RefData &d = RefData::instance();
    REQUIRE_FALSE(d.seaBorders().isEmpty());
    SECTION("Selat Bali, Selat Sunda and Selat Madura")
    {
        const QString pairs[][2] = {{QStringLiteral("51.01"), QStringLiteral("35.10")},  // Jembrana – Banyuwangi
                                    {QStringLiteral("18.01"), QStringLiteral("36.72")},  // Lampung Selatan – Cilegon
                                    {QStringLiteral("18.01"), QStringLiteral("36.04")},  // Lampung Selatan – Serang
                                    {QStringLiteral("35.78"), QStringLiteral("35.26")}}; // Surabaya – Bangkalan
        for (const auto &p : pairs) {
            INFO(p[0].toStdString() << " – " << p[1].toStdString());
            const AdjacencyResult r = d.adjacency(p[0], p[1]);
            CHECK(r.kind == Adjacency::Sea);
            CHECK(r.gapKm > 0);
            CHECK(r.gapKm < 30);
            CHECK(r.km > 1);
            CHECK(d.adjacency(p[1], p[0]).kind == Adjacency::Sea);
            CHECK_FALSE(d.neighbours(p[0]).contains(p[1])); // neighbours() stays land-only
        }
        CHECK(d.adjacency(QStringLiteral("51.01"), QStringLiteral("35.10")).confidence == BorderConfidence::High);
        CHECK(d.adjacency(QStringLiteral("35.78"), QStringLiteral("35.26")).confidence == BorderConfidence::High);
    }
    SECTION("provinces across a strait, and a province with a kab/kota it faces")
    {
        CHECK(d.adjacency(QStringLiteral("35"), QStringLiteral("51")).kind == Adjacency::Sea); // Jatim – Bali
        CHECK(d.adjacency(QStringLiteral("18"), QStringLiteral("36")).kind == Adjacency::Sea); // Lampung – Banten
        const AdjacencyResult r = d.adjacency(QStringLiteral("51"), QStringLiteral("35.10"));
        CHECK(r.kind == Adjacency::Sea);
        CHECK(r.via.contains(QStringLiteral("51.01")));
        CHECK(d.adjacency(QStringLiteral("35.10"), QStringLiteral("51")).kind == Adjacency::Sea);
        CHECK(d.adjacency(QStringLiteral("51"), QStringLiteral("35.78")).kind == Adjacency::None); // Surabaya
    }
    SECTION("land borders and Within keep priority")
    {
        CHECK(d.adjacency(QStringLiteral("35.78"), QStringLiteral("35.15")).kind == Adjacency::Borders); // Sidoarjo
        CHECK(d.adjacency(QStringLiteral("32.79"), QStringLiteral("33.01")).kind == Adjacency::Borders);
        CHECK(d.adjacency(QStringLiteral("35"), QStringLiteral("35.26")).kind == Adjacency::Within);
        CHECK(d.adjacency(QStringLiteral("35"), QStringLiteral("33")).kind == Adjacency::Borders);
    }
    SECTION("Selat Makassar is too wide: no Kalimantan–Sulawesi pair")
    {
        CHECK(d.adjacency(QStringLiteral("64.08"), QStringLiteral("72.03")).kind == Adjacency::None); // Kutai Timur – Donggala
        CHECK(d.adjacency(QStringLiteral("64"), QStringLiteral("72")).kind == Adjacency::None);
        auto island = [](const QString &code, std::initializer_list<int> provinces) {
            const int p = code.left(2).toInt();
            return std::find(provinces.begin(), provinces.end(), p) != provinces.end();
        };
        for (const SeaBorder &s : d.seaBorders()) {
            const bool kalA = island(s.a, {61, 62, 63, 64, 65}), kalB = island(s.b, {61, 62, 63, 64, 65});
            const bool sulA = island(s.a, {71, 72, 73, 74, 75, 76}), sulB = island(s.b, {71, 72, 73, 74, 75, 76});
            INFO(s.a.toStdString() << " – " << s.b.toStdString());
            CHECK_FALSE(((kalA && sulB) || (sulA && kalB)));
        }
    }
}

TEST_CASE("the sea-border list is well formed and never repeats a land border", "[refdata][sea]")
{
    const RefData &d = RefData::instance();
    QSet<QString> land;
    for (const Border &b : d.borders())
        land.insert(b.a + QLatin1Char('|') + b.b);
    QSet<QString> seen;
    for (const SeaBorder &s : d.seaBorders()) {
        INFO(s.a.toStdString() << " – " << s.b.toStdString());
        CHECK(s.a < s.b);
        const Region *ra = d.region(s.a);
        const Region *rb = d.region(s.b);
        REQUIRE(ra);
        REQUIRE(rb);
        CHECK(ra->isProvince() == rb->isProvince());
        CHECK_FALSE(land.contains(s.a + QLatin1Char('|') + s.b));
        CHECK(d.adjacency(s.a, s.b).kind == Adjacency::Sea);
        CHECK(s.gapKm <= 44.4);   // 24 nautical miles, the threshold of derive_sea_borders.py
        CHECK(s.facingKm >= 1.0);
        CHECK_FALSE(seen.contains(s.a + QLatin1Char('|') + s.b));
        seen.insert(s.a + QLatin1Char('|') + s.b);
        // A kab/kota pair across a province line is carried by its provinces, by land or by sea.
        if (!ra->isProvince() && ra->provinceCode != rb->provinceCode)
            CHECK(d.adjacency(ra->provinceCode, rb->provinceCode).kind != Adjacency::None);
    }
}

TEST_CASE("loadFrom: sea_borders.csv is optional, and a bad row is named", "[refdata][sea]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char *name : {"regions.csv", "adjacency.csv", "urusan.csv"}) {
        const QString n = QString::fromLatin1(name);
        REQUIRE(QFile::copy(QStringLiteral(":/data/") + n, dir.filePath(n)));
    }
    {
        const Result<RefData> old = RefData::loadFrom(dir.path());
        REQUIRE(old.ok());
        CHECK(old.value().seaBorders().isEmpty());
        CHECK(old.value().adjacency(QStringLiteral("51.01"), QStringLiteral("35.10")).kind == Adjacency::None);
        CHECK(old.value().adjacency(QStringLiteral("63.03"), QStringLiteral("63.71")).kind == Adjacency::Borders);
    }
    auto write = [&](const QByteArray &text) {
        QFile f(dir.filePath(QStringLiteral("sea_borders.csv")));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    write("code_a,code_b,level,gap_km,facing_km,confidence\n35.10,51.01,kabkota,4.1,44.2,high\n");
    {
        const Result<RefData> r = RefData::loadFrom(dir.path());
        REQUIRE(r.ok());
        const AdjacencyResult a = r.value().adjacency(QStringLiteral("51.01"), QStringLiteral("35.10"));
        CHECK(a.kind == Adjacency::Sea);
        CHECK(a.gapKm == Approx(4.1));
        CHECK(a.km == Approx(44.2));
    }
    write("code_a,code_b,level,gap_km,facing_km,confidence\n35.10,51.01,kabkota,4.1,44.2,high\n35.10,99.99,kabkota,1,2,low\n");
    {
        const Result<RefData> r = RefData::loadFrom(dir.path());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().where == QStringLiteral("sea_borders.csv:3"));
        CHECK(r.error().message.contains(QStringLiteral("99.99")));
    }
    write("code_a,code_b,level,gap_km,facing_km,confidence\n35,51.01,kabkota,4.1,44.2,high\n");
    CHECK_FALSE(RefData::loadFrom(dir.path()).ok()); // a province paired with a kab/kota
}
