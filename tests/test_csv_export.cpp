// SPDX-License-Identifier: Apache-2.0
// CSV export for Excel in an Indonesian locale, and the export → import round trip.
#include "helpers.h"

#include "demo/demoproject.h"
#include "io/csv.h"
#include "io/csvexport.h"
#include "io/csvimport.h"
#include "io/csvvalues.h"

#include <QRandomGenerator>

#include <cmath>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &b) { return '"' + b.toStdString() + '"'; }
};
} // namespace Catch

using namespace ksd;
using namespace ksd::io;

namespace {

Entry entry(const char *region, const char *urusan, const QString &title)
{
    Entry e;
    e.meta = RecordMeta::fresh(QStringLiteral("DLH"));
    e.regionCode = QString::fromLatin1(region);
    e.urusanCode = QString::fromLatin1(urusan);
    e.title = title;
    e.year = 2024;
    return e;
}

/// Entries that exercise every column and the awkward values.
QList<Entry> trickyEntries()
{
    QList<Entry> out;
    Entry a = entry("63.03", "2.11", QStringLiteral("Lahan TPA; \"penuh\""));
    a.kind = EntryKind::Potensi;
    a.description = QStringLiteral("Baris 1\nBaris 2; dengan \"kutip\"");
    a.service = QStringLiteral("TPA regional");
    a.magnitude = 1250.5;
    a.unit = QStringLiteral("ton/hari");
    a.priority = 5;
    a.extLocation = Evidence::Yes;
    a.extUsers = Evidence::No;
    a.extImpact = Evidence::Unknown;
    a.externalityNote = QStringLiteral("Truk melintas");
    a.externalityRegions = {QStringLiteral("63.71"), QStringLiteral("63.04")};
    a.efficiency = Evidence::Yes;
    a.efficiencyNote = QStringLiteral("Skala ekonomi");
    a.sourcePd = QString::fromUtf8("Dinas Pariwisata – Café");
    out.append(a);

    Entry b = entry("63", "1.03", QStringLiteral("=HYPERLINK(\"http://contoh\")"));
    b.magnitude = 0.1;
    b.unit = QStringLiteral("-");
    b.extLocation = b.extUsers = b.extImpact = Evidence::No;
    b.efficiency = Evidence::No;
    b.description = QStringLiteral("+62 811 000");
    b.sourcePd = QStringLiteral("@Bappeda");
    out.append(b);

    Entry c = entry("63.10", "2.10", QStringLiteral("Sertifikasi"));
    c.magnitude = 1.5e9;
    c.priority = 1;
    out.append(c);

    Entry d = entry("63.71", "3.26", QStringLiteral("Tanpa besaran"));
    d.extUsers = Evidence::Yes;
    d.externalityNote = QStringLiteral("catatan\r\ntidak\nhilang");
    d.externalityNote.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.append(d);

    Entry e = entry("63.72", "2.15", QStringLiteral("Angka kecil"));
    e.magnitude = 0.000123456789;
    e.extImpact = Evidence::No;
    e.extLocation = Evidence::Unknown;
    out.append(e);
    return out;
}

/// Compares every field except RecordMeta.
void requireSameExceptMeta(const QList<Entry> &before, const QList<Entry> &after)
{
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < before.size(); ++i) {
        INFO("record " << i << ": " << before[i].title.toStdString());
        Entry x = after[i];
        x.meta = before[i].meta;
        CHECK(x.kind == before[i].kind);
        CHECK(x.regionCode == before[i].regionCode);
        CHECK(x.urusanCode == before[i].urusanCode);
        CHECK(x.service == before[i].service);
        CHECK(x.title == before[i].title);
        CHECK(x.description == before[i].description);
        CHECK(x.magnitude == before[i].magnitude);
        CHECK(x.unit == before[i].unit);
        CHECK(x.priority == before[i].priority);
        CHECK(x.extLocation == before[i].extLocation);
        CHECK(x.extUsers == before[i].extUsers);
        CHECK(x.extImpact == before[i].extImpact);
        CHECK(x.externalityNote == before[i].externalityNote);
        CHECK(x.externalityRegions == before[i].externalityRegions);
        CHECK(x.efficiency == before[i].efficiency);
        CHECK(x.efficiencyNote == before[i].efficiencyNote);
        CHECK(x.sourcePd == before[i].sourcePd);
        CHECK(x.year == before[i].year);
        CHECK(x == before[i]); // and nothing else differs
    }
}

QList<Entry> reimport(const QByteArray &bytes)
{
    ImportOptions o;
    o.defaultYear = 1999; // must never be used: every exported row carries its year
    auto r = importEntries(bytes, o);
    REQUIRE(r.ok());
    const std::string firstError = r->errors.isEmpty() ? std::string() : r->errors.first().toString().toStdString();
    INFO(firstError);
    REQUIRE(r->errors.isEmpty());
    CHECK(r->separator == QLatin1Char(';'));
    CHECK(r->encoding == QStringLiteral("UTF-8 BOM"));
    return r->records;
}

} // namespace

TEST_CASE("entries export: BOM, ';', CRLF, decimal comma, template columns then the externality detail", "[csv][export]")
{
    Entry e = entry("63.03", "2.11", QStringLiteral("Lahan TPA; penuh"));
    e.description = QStringLiteral("dua\nbaris");
    e.magnitude = 1250.5;
    e.priority = 4;
    e.extUsers = Evidence::Yes;
    e.externalityRegions = {QStringLiteral("63.71"), QStringLiteral("63.04")};
    e.efficiency = Evidence::No;
    e.sourcePd = QStringLiteral("DLH");
    Entry gone = entry("63.71", "2.11", QStringLiteral("Dihapus"));
    gone.meta.deleted = true;

    const QByteArray bytes = exportEntriesCsv({e, gone});
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "kode_wilayah;urusan;jenis;judul;uraian;layanan;prioritas;besaran;satuan;eksternalitas;wilayah_eksternalitas;"
        "bukti_eksternalitas;efisiensi;bukti_efisiensi;perangkat_daerah;tahun;eksternalitas_lokasi;"
        "eksternalitas_pengguna;eksternalitas_dampak\r\n"
        "63.03;2.11;kebutuhan;\"Lahan TPA; penuh\";\"dua\nbaris\";;4;1250,5;;ya;63.71 63.04;;tidak;;DLH;2024;"
        "belum_diketahui;ya;belum_diketahui\r\n";
    CHECK(bytes == expected);
    CHECK(entryExportColumns().mid(0, 16) == templateColumns(ImportKind::Entries));
}

TEST_CASE("entries export guards text cells against formulas", "[csv][export]")
{
    const QStringList row = entryExportRow(trickyEntries()[1]);
    CHECK(row[3] == QStringLiteral("'=HYPERLINK(\"http://contoh\")"));
    CHECK(row[4] == QStringLiteral("'+62 811 000"));
    CHECK(row[8] == QStringLiteral("'-"));
    CHECK(row[14] == QStringLiteral("'@Bappeda"));
    CHECK(row[7] == QStringLiteral("0,1"));
}

TEST_CASE("entries round trip: export then import gives the same records", "[csv][export][roundtrip]")
{
    SECTION("awkward values")
    {
        const QList<Entry> before = trickyEntries();
        requireSameExceptMeta(before, reimport(exportEntriesCsv(before)));
    }
    SECTION("the demo project")
    {
        const Project demo = makeDemoProject();
        QList<Entry> live;
        for (const Entry &e : demo.entries) {
            if (!e.meta.deleted)
                live.append(e);
        }
        REQUIRE(live.size() > 20);
        requireSameExceptMeta(live, reimport(exportEntriesCsv(demo.entries)));
    }
    SECTION("the sample project's entry")
    {
        Entry e = test::sampleProject().entries.first();
        e.meta.deleted = false;
        requireSameExceptMeta({e}, reimport(exportEntriesCsv({e})));
    }
    SECTION("twice gives the same bytes")
    {
        const QByteArray once = exportEntriesCsv(trickyEntries());
        CHECK(exportEntriesCsv(reimport(once)) == once);
    }
}

TEST_CASE("formatNumber is read back exactly by parseNumber", "[csv][values]")
{
    QRandomGenerator rng(20240613);
    for (int i = 0; i < 5000; ++i) {
        const double v = i < 2500 ? rng.bounded(1e7) : std::ldexp(rng.generateDouble(), int(rng.bounded(80)) - 40);
        const QString text = formatNumber(v);
        INFO(text.toStdString());
        REQUIRE_FALSE(text.contains(QLatin1Char('.')));
        const auto back = parseNumber(text);
        REQUIRE(back.has_value());
        REQUIRE(*back == v);
    }
    CHECK(formatNumber(1250.5) == QStringLiteral("1250,5"));
    CHECK(formatNumber(1.5e9) == QStringLiteral("1500000000"));
    CHECK(formatNumber(0.1) == QStringLiteral("0,1"));
}

TEST_CASE("template file and error file are Excel CSVs", "[csv][export]")
{
    CHECK(templateFile(ImportKind::Proposals)
          == QByteArray("\xEF\xBB\xBF" "perangkat_daerah;urusan;judul;jenis_kegiatan;jenis_mitra;mitra;kode_wilayah_mitra;"
                        "bentuk;perkiraan_biaya;dalam_apbd;membebani_masyarakat\r\n"));
    const QByteArray errors = errorsCsv({ImportError{7, QStringLiteral("judul"), QStringLiteral("judul"),
                                                     QStringLiteral("=1+1"), QStringLiteral("wajib diisi")}});
    CHECK(errors == QByteArray("\xEF\xBB\xBF" "baris;kolom;nilai;alasan\r\n7;judul;'=1+1;wajib diisi\r\n"));
}

TEST_CASE("suggestions export: one row per pair suggestion, Excel format", "[csv][export][suggestions]")
{
    Suggestion s;
    s.regionA = QStringLiteral("63.03");
    s.regionB = QStringLiteral("63.71");
    s.urusan = QStringLiteral("2.11");
    s.service = QStringLiteral("TPA regional");
    s.cls = KsdClass::Wajib;
    s.pairType = PairType::E;
    s.takeover = Takeover::Gubernur;
    s.dprdApproval = true;
    s.externality = Evidence::Yes;
    s.efficiency = Evidence::Unknown;
    s.adjacent = true;
    s.hops = 1;
    s.km = 24.349;
    s.score = 81.25;
    s.fitAB = 0.6666;
    s.fitBA = 0.1;
    s.potensiA = 2;
    s.kebutuhanB = 3;
    const QStringList row = suggestionExportRow(s);
    REQUIRE(row.size() == suggestionExportColumns().size());
    const QStringList head = row.mid(0, 28);
    CHECK(head == QStringList{QStringLiteral("63.03"), QStringLiteral("Kabupaten Banjar"), QStringLiteral("63.71"),
                              QStringLiteral("Kota Banjarmasin"), QStringLiteral("2.11"), QStringLiteral("Lingkungan Hidup"),
                              QStringLiteral("TPA regional"), QStringLiteral("WAJIB"), ksdClassName(KsdClass::Wajib),
                              QStringLiteral("E"), QStringLiteral("gubernur"), QString(), QStringLiteral("ya"),
                              QStringLiteral("tidak"), QStringLiteral("ya"), QStringLiteral("belum_diketahui"),
                              QStringLiteral("ya"), QStringLiteral("1"), QStringLiteral("24,3"), QStringLiteral("81,3"),
                              QStringLiteral("0,67"), QStringLiteral("0,1"), QStringLiteral("tidak"), QStringLiteral("2"),
                              QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("tidak")});
    CHECK(row[28] == SuggestionEngine::reasons(s));
    CHECK(row[29] == QStringLiteral("63.03|63.71|2.11"));
    s.hops = 255;
    CHECK(suggestionExportRow(s)[17].isEmpty());

    const Project demo = makeDemoProject();
    const SuggestionSet set = SuggestionEngine::run(demo);
    REQUIRE_FALSE(set.suggestions.isEmpty());
    const QByteArray bytes = exportSuggestionsCsv(set);
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "kode_wilayah_a;nama_wilayah_a;kode_wilayah_b;"));
    const auto table = readCsv(bytes);
    REQUIRE(table.ok());
    CHECK(table->separator == QLatin1Char(';'));
    CHECK(table->header == suggestionExportColumns());
    // Every row of the run: pairs, then clusters, then unusable entries, all in the one shape.
    REQUIRE(table->rows.size() == set.suggestions.size() + set.clusters.size() + set.issues.size());
    REQUIRE_FALSE(set.clusters.isEmpty());
    const int kunci = int(suggestionExportColumns().indexOf(QStringLiteral("kunci")));
    const int jenis = int(suggestionExportColumns().indexOf(QStringLiteral("jenis")));
    for (int i = 0; i < table->rows.size(); ++i) {
        CHECK(table->rows[i].fields.size() == suggestionExportColumns().size());
        if (i < set.suggestions.size()) {
            CHECK(table->rows[i].fields[kunci] == set.suggestions[i].key());
            CHECK(table->rows[i].fields[jenis] == QStringLiteral("pasangan"));
            CHECK(parseNumber(table->rows[i].fields[19]) == std::round(set.suggestions[i].score * 10) / 10);
        } else if (i < set.suggestions.size() + set.clusters.size()) {
            const Cluster &c = set.clusters[i - set.suggestions.size()];
            CHECK(table->rows[i].fields[kunci] == c.key());
            CHECK(table->rows[i].fields[jenis] == QStringLiteral("klaster"));
            CHECK(table->rows[i].fields.last() == c.members.join(QLatin1Char(' ')));
        } else {
            CHECK(table->rows[i].fields[jenis] == QStringLiteral("isian_ditolak"));
        }
    }
}
