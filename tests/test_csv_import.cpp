// SPDX-License-Identifier: Apache-2.0
// CSV import: decoding, separators, parsing, cell values, column mapping, entries, proposals and agreements.
#include "helpers.h"

#include "io/csv.h"
#include "io/csvimport.h"
#include "io/csvvalues.h"

#include <QElapsedTimer>
#include <QFile>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &s) { return '[' + s.join(QStringLiteral(" | ")).toStdString() + ']'; }
};
} // namespace Catch

using namespace ksd;
using namespace ksd::io;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(test::dataPath(QStringLiteral("csv/") + name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

CsvTable table(const QString &name)
{
    auto t = readCsv(readData(name));
    REQUIRE(t.ok());
    return *t;
}

ImportOptions options(bool skipInvalid = false)
{
    ImportOptions o;
    o.skipInvalid = skipInvalid;
    o.defaultPd = QStringLiteral("Bappeda");
    o.defaultYear = 2025;
    return o;
}

/// "row/column/value" of each error, for exact comparisons.
QStringList where(const QList<ImportError> &errors)
{
    QStringList out;
    for (const ImportError &e : errors)
        out.append(QStringLiteral("%1/%2/%3").arg(e.row).arg(e.column, e.value));
    return out;
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("decode: UTF-8 with and without BOM, Windows-1252 fallback, UTF-16", "[csv]")
{
    QString enc;
    CHECK(csv::decode(QByteArray("\xEF\xBB\xBF" "Caf\xC3\xA9"), &enc) == s("Café"));
    CHECK(enc == QStringLiteral("UTF-8 BOM"));
    CHECK(csv::decode(QByteArray("Caf\xC3\xA9"), &enc) == s("Café"));
    CHECK(enc == QStringLiteral("UTF-8"));
    CHECK(csv::decode(QByteArray("Dinas Pariwisata \x96 Caf\xE9 \x80"), &enc) == s("Dinas Pariwisata – Café €"));
    CHECK(enc == QStringLiteral("Windows-1252"));
    const QString text = s("judul\tCafé");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    CHECK(csv::decode(utf16, &enc) == text);
    CHECK(enc == QStringLiteral("UTF-16LE"));
}

TEST_CASE("separator detection looks at the first record outside quotes", "[csv]")
{
    CHECK(csv::detectSeparator(QStringLiteral("a;b;c\n1,5;2,5;3")) == QLatin1Char(';'));
    CHECK(csv::detectSeparator(QStringLiteral("a,b,c\n1;2;3")) == QLatin1Char(','));
    CHECK(csv::detectSeparator(QStringLiteral("\"a;x;y\",b,c\n")) == QLatin1Char(','));
    CHECK(csv::detectSeparator(QStringLiteral("a\tb\tc")) == QLatin1Char('\t'));
    CHECK(csv::detectSeparator(QStringLiteral("judul")) == QLatin1Char(','));
}

TEST_CASE("parser: CRLF, quoted line breaks, doubled quotes, blank lines, physical line numbers", "[csv]")
{
    const QString text = QStringLiteral("a;b\r\n\"x\r\ny\";\"say \"\"hi\"\"\"\r\n\r\n\"\";\r\nlast;\"1;2\"");
    const csv::Parsed p = csv::parseText(text, QLatin1Char(';'));
    CHECK(p.unterminatedQuoteLine == 0);
    REQUIRE(p.records.size() == 4);
    CHECK(p.records[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(p.records[0].line == 1);
    CHECK(p.records[1].fields == QStringList{QStringLiteral("x\ny"), QStringLiteral("say \"hi\"")});
    CHECK(p.records[1].line == 2);
    CHECK(p.records[2].fields == QStringList{QString(), QString()});
    CHECK(p.records[2].line == 5);
    CHECK(p.records[3].fields == QStringList{QStringLiteral("last"), QStringLiteral("1;2")});
    CHECK(p.records[3].line == 6);

    SECTION("an unterminated quote is found and named by its line")
    {
        const csv::Parsed bad = csv::parseText(QStringLiteral("a;b\n1;2\n3;\"open\n4;5\n"), QLatin1Char(';'));
        CHECK(bad.unterminatedQuoteLine == 3);
        const auto t = readCsv(QByteArray("a;b\n1;2\n3;\"open\n4;5\n"));
        REQUIRE_FALSE(t.ok());
        CHECK(t.error().message.contains(QStringLiteral("baris 3")));
    }
    SECTION("an empty file has no header")
    {
        CHECK_FALSE(readCsv(QByteArray("\xEF\xBB\xBF\r\n;;;\r\n")).ok());
    }
}

TEST_CASE("numbers as typed in Indonesian and English spreadsheets", "[csv][values]")
{
    const QList<QPair<const char *, double>> good = {
        {"12,5", 12.5},           {"1.250,5", 1250.5},      {"1250,5", 1250.5},     {"1250.5", 1250.5},
        {"1,250.5", 1250.5},      {"1.500.000", 1500000},   {"1,500,000", 1500000}, {"1.250", 1250},
        {"1,250", 1.25},          {"0.125", 0.125},         {"2.5", 2.5},           {"650", 650},
        {"Rp 1.500.000.000,-", 1.5e9}, {"Rp.250.000", 250000}, {"1,5E+09", 1.5e9}, {"-3,75", -3.75},
        {" 1 250,5 ", 1250.5},    {"0", 0},                 {",5", 0.5},
    };
    for (const auto &[text, value] : good) {
        INFO(text);
        const auto v = parseNumber(QString::fromUtf8(text));
        REQUIRE(v.has_value());
        CHECK(*v == value);
    }
    for (const char *bad : {"", "abc", "10 ha", "1.2.3", "1,25,0", "1.25.000", "1,250,5.5.5", "-", "1e", "12,5,"}) {
        INFO(bad);
        CHECK_FALSE(parseNumber(QString::fromUtf8(bad)).has_value());
    }
}

TEST_CASE("dates: dd/mm/yyyy, d/m/yyyy and yyyy-mm-dd", "[csv][values]")
{
    CHECK(parseDate(QStringLiteral("13/06/2024")) == QDate(2024, 6, 13));
    CHECK(parseDate(QStringLiteral("1/4/2021")) == QDate(2021, 4, 1));
    CHECK(parseDate(QStringLiteral("2021-03-01")) == QDate(2021, 3, 1));
    CHECK(parseDate(QStringLiteral("13-06-2024")) == QDate(2024, 6, 13));
    CHECK(parseDate(QStringLiteral("13.06.2024")) == QDate(2024, 6, 13));
    for (const char *bad : {"31/02/2024", "13/06/24", "2024/13/01", "06/13/2024", "13 Juni 2024", "", "2024-6"}) {
        INFO(bad);
        CHECK_FALSE(parseDate(QString::fromUtf8(bad)).has_value());
    }
}

TEST_CASE("evidence, yes/no and code repairs", "[csv][values]")
{
    CHECK(parseEvidence(QStringLiteral("YA")) == Evidence::Yes);
    CHECK(parseEvidence(QStringLiteral("yes")) == Evidence::Yes);
    CHECK(parseEvidence(QStringLiteral("Tidak")) == Evidence::No);
    CHECK(parseEvidence(QStringLiteral("no")) == Evidence::No);
    CHECK(parseEvidence(QStringLiteral("belum diketahui")) == Evidence::Unknown);
    CHECK(parseEvidence(QStringLiteral("Belum_Diketahui")) == Evidence::Unknown);
    CHECK(parseEvidence(QStringLiteral("unknown")) == Evidence::Unknown);
    CHECK(parseEvidence(QString()) == Evidence::Unknown);
    CHECK_FALSE(parseEvidence(QStringLiteral("y")).has_value());
    CHECK_FALSE(parseEvidence(QStringLiteral("mungkin")).has_value());
    CHECK(parseYesNo(QStringLiteral("Ya")) == true);
    CHECK(parseYesNo(QStringLiteral("TIDAK")) == false);
    CHECK_FALSE(parseYesNo(QString()).has_value());
    CHECK(normaliseRegionCode(QStringLiteral("6303")) == QStringLiteral("63.03"));
    CHECK(normaliseRegionCode(QStringLiteral("63.1")) == QStringLiteral("63.10"));
    CHECK(normaliseRegionCode(QStringLiteral(" 63 ")) == QStringLiteral("63"));
    CHECK(normaliseUrusanCode(QStringLiteral("2.1")) == QStringLiteral("2.10"));
    CHECK(normaliseUrusanCode(QStringLiteral("2.11 Lingkungan Hidup")) == QStringLiteral("2.11"));
}

TEST_CASE("header names: notes, case, English aliases, unknown and repeated columns", "[csv][mapping]")
{
    CHECK(normaliseHeader(s("Prioritas (1–5)")) == QStringLiteral("prioritas"));
    CHECK(normaliseHeader(QStringLiteral(" Region Code ")) == QStringLiteral("region_code"));
    CHECK(normaliseHeader(QStringLiteral("jenis (potensi|kebutuhan)*")) == QStringLiteral("jenis"));
    const QStringList header = {QStringLiteral("No."), QStringLiteral("Title"), QStringLiteral("KODE_WILAYAH"),
                                QStringLiteral("urusan"), QStringLiteral("kind"), QStringLiteral("judul"),
                                QStringLiteral("source_pd")};
    const ColumnMapping m = proposeMapping(ImportKind::Entries, header);
    CHECK(m == QStringList{QString(), QStringLiteral("judul"), QStringLiteral("kode_wilayah"), QStringLiteral("urusan"),
                           QStringLiteral("jenis"), QString(), QStringLiteral("perangkat_daerah")});
    CHECK(templateHeader(ImportKind::Entries)
          == QStringLiteral("kode_wilayah;urusan;jenis;judul;uraian;layanan;prioritas;besaran;satuan;eksternalitas;"
                            "wilayah_eksternalitas;bukti_eksternalitas;efisiensi;bukti_efisiensi;perangkat_daerah;"
                            "tahun"));
    CHECK(templateHeader(ImportKind::Proposals)
          == QStringLiteral("perangkat_daerah;urusan;judul;jenis_kegiatan;jenis_mitra;mitra;kode_wilayah_mitra;bentuk;"
                            "perkiraan_biaya;dalam_apbd;membebani_masyarakat"));
    CHECK(templateHeader(ImportKind::Agreements)
          == QStringLiteral("jenis_dokumen;kategori;judul;mitra;kode_wilayah_mitra;urusan;nomor;tanggal_tanda_tangan;"
                            "tanggal_mulai;tanggal_berakhir;tahap;status;perangkat_daerah;nilai"));
}

TEST_CASE("entries: ';' with BOM, CRLF, multiline field, decimal commas, blank lines", "[csv][entries]")
{
    const CsvTable t = table(QStringLiteral("entries_semicolon_bom.csv"));
    CHECK(t.encoding == QStringLiteral("UTF-8 BOM"));
    CHECK(t.separator == QLatin1Char(';'));
    CHECK(t.headerLine == 1);
    const auto r = importEntries(t, proposeMapping(ImportKind::Entries, t.header), options());
    CHECK(r.errors.isEmpty());
    CHECK_FALSE(r.refused);
    CHECK(r.rowsRead == 3);
    REQUIRE(r.records.size() == 3);

    const Entry &a = r.records[0];
    CHECK(a.regionCode == QStringLiteral("63.03"));
    CHECK(a.urusanCode == QStringLiteral("2.11"));
    CHECK(a.kind == EntryKind::Kebutuhan);
    CHECK(a.title == QStringLiteral("Lahan TPA penuh"));
    CHECK(a.description == QStringLiteral("Sisa lahan TPA Cahaya Kencana\ntinggal 2 tahun; perlu TPA regional"));
    CHECK(a.service == QStringLiteral("TPA regional"));
    CHECK(a.priority == 5);
    CHECK(a.magnitude == 1250.5);
    CHECK(a.unit == QStringLiteral("ton/bulan"));
    CHECK(a.extLocation == Evidence::Unknown);
    CHECK(a.extUsers == Evidence::Unknown);
    CHECK(a.extImpact == Evidence::Yes);
    CHECK(a.externality() == Evidence::Yes);
    CHECK(a.externalityNote == QStringLiteral("Sampah dari \"Banjarmasin\" masuk"));
    CHECK(a.efficiency == Evidence::Yes);
    CHECK(a.efficiencyNote == QStringLiteral("Skala ekonomi"));
    CHECK(a.sourcePd == QStringLiteral("Dinas Lingkungan Hidup"));
    CHECK(a.year == 2024);
    CHECK(a.meta.modifiedBy == QStringLiteral("Dinas Lingkungan Hidup"));
    CHECK_FALSE(a.meta.id.isNull());
    CHECK(a.meta.created.isValid());

    const Entry &b = r.records[1];
    CHECK(b.regionCode == QStringLiteral("63.71"));
    CHECK(b.kind == EntryKind::Potensi);
    CHECK(b.description.isEmpty());
    CHECK(b.magnitude == 12.5);
    CHECK(b.extLocation == Evidence::No);
    CHECK(b.extUsers == Evidence::No);
    CHECK(b.extImpact == Evidence::No);
    CHECK(b.efficiency == Evidence::Unknown);

    const Entry &c = r.records[2];
    CHECK(c.regionCode == QStringLiteral("63")); // a province may have entries too
    CHECK(c.urusanCode == QStringLiteral("1.03"));
    CHECK(c.priority == 4);
    CHECK_FALSE(c.magnitude.has_value());
    CHECK(c.externality() == Evidence::Unknown);
    CHECK(c.efficiency == Evidence::No);
    CHECK(c.year == 2025); // empty: the project's year
}

TEST_CASE("entries: English headers, ',' without BOM, any order, optional columns missing", "[csv][entries]")
{
    const CsvTable t = table(QStringLiteral("entries_english_comma.csv"));
    CHECK(t.encoding == QStringLiteral("UTF-8"));
    CHECK(t.separator == QLatin1Char(','));
    const auto r = importEntries(t, proposeMapping(ImportKind::Entries, t.header), options());
    CHECK(where(r.errors).isEmpty());
    CHECK(r.ignoredColumns.isEmpty());
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0].title == QStringLiteral("Air minum regional, SPAM Banjarbakula"));
    CHECK(r.records[0].regionCode == QStringLiteral("63.03"));
    CHECK(r.records[0].kind == EntryKind::Kebutuhan);
    CHECK(r.records[0].priority == 2);
    CHECK(r.records[0].magnitude == 1250.5);
    CHECK(r.records[0].extImpact == Evidence::Yes);
    CHECK(r.records[0].efficiency == Evidence::No);
    CHECK(r.records[0].sourcePd == QStringLiteral("PDAM Intan Banjar"));
    CHECK(r.records[0].year == 2023);
    CHECK(r.records[0].description.isEmpty());
    CHECK(r.records[1].regionCode == QStringLiteral("63.71")); // BPS code without dots
    CHECK(r.records[1].kind == EntryKind::Potensi);
    CHECK(r.records[1].magnitude == 2.5);
    CHECK(r.records[1].externality() == Evidence::Unknown);
    CHECK(r.records[2].regionCode == QStringLiteral("63.10")); // trailing zero dropped by a number cell
    CHECK(r.records[2].urusanCode == QStringLiteral("2.10"));
    CHECK(r.records[2].magnitude == 1500000.0);
    CHECK(r.records[2].externality() == Evidence::No);
    CHECK(r.records[2].sourcePd == QStringLiteral("Bappeda")); // empty: the default perangkat daerah
    CHECK(r.records[2].meta.modifiedBy == QStringLiteral("Bappeda"));
}

TEST_CASE("entries: Windows-1252 bytes", "[csv][entries]")
{
    const QByteArray bytes = readData(QStringLiteral("entries_cp1252.csv"));
    REQUIRE(bytes.contains("\x96 Caf\xE9"));
    const auto r = importEntries(bytes, options());
    REQUIRE(r.ok());
    CHECK(r->encoding == QStringLiteral("Windows-1252"));
    REQUIRE(r->records.size() == 1);
    CHECK(r->records[0].sourcePd == s("Dinas Pariwisata – Café"));
    CHECK(r->records[0].title == s("Wisata kuliner Café “Tepian”"));
    CHECK(r->records[0].priority == 4);
}

TEST_CASE("entries: bad rows are named by line and column, and refuse the import", "[csv][entries]")
{
    const CsvTable t = table(QStringLiteral("entries_bad.csv"));
    const ColumnMapping m = proposeMapping(ImportKind::Entries, t.header);
    const QStringList expected = {
        QStringLiteral("2/kode_wilayah/63.99"), QStringLiteral("3/urusan/9.99"),
        QStringLiteral("4/prioritas/0"),        QStringLiteral("5/prioritas/6"),
        QStringLiteral("6/prioritas/tinggi"),   QStringLiteral("7/prioritas/2,5"),
        QStringLiteral("9/jenis/peluang"),      QStringLiteral("9/besaran/10 ha"),
        QStringLiteral("9/eksternalitas/mungkin"), QStringLiteral("9/tahun/1999"),
        QStringLiteral("10/judul/"),
    };

    SECTION("all or nothing (the default)")
    {
        const auto r = importEntries(t, m, options());
        CHECK(where(r.errors) == expected);
        CHECK(r.refused);
        CHECK(r.records.isEmpty());
        CHECK(r.rowsRead == 10);
        CHECK(r.validRows == 2);
        CHECK(r.badRows() == 8);
        CHECK(r.errors[0].reason.startsWith(QStringLiteral("kode wilayah tidak dikenal")));
        CHECK(r.errors[2].reason == QStringLiteral("harus bilangan bulat 1–5"));
        CHECK(r.errors[9].reason == QStringLiteral("harus bilangan bulat 2000–2100"));
        CHECK(r.errors[10].reason == QStringLiteral("wajib diisi"));
        CHECK(r.errors[2].toString() == QStringLiteral("baris 4, kolom prioritas, nilai '0': harus bilangan bulat 1–5"));
    }
    SECTION("impor baris yang valid")
    {
        const auto r = importEntries(t, m, options(true));
        CHECK(where(r.errors) == expected);
        CHECK_FALSE(r.refused);
        REQUIRE(r.records.size() == 2);
        CHECK(r.records[0].title == QStringLiteral("Baik"));
        CHECK(r.records[1].title == QStringLiteral("Baik kedua"));
        CHECK(r.records[1].priority == 3);
        CHECK(r.records[1].year == 2025);
        CHECK(r.records[1].sourcePd == QStringLiteral("Bappeda"));
    }
    SECTION("the errors can be saved as a CSV for Excel")
    {
        const auto r = importEntries(t, m, options());
        const QByteArray bytes = errorsCsv(r.errors);
        CHECK(bytes.startsWith("\xEF\xBB\xBF" "baris;kolom;nilai;alasan\r\n"));
        const QList<csv::Record> rows = csv::parse(csv::decode(bytes), QLatin1Char(';'));
        REQUIRE(rows.size() == 12);
        CHECK(rows[3].fields == QStringList{QStringLiteral("4"), QStringLiteral("prioritas"), QStringLiteral("0"),
                                            QStringLiteral("harus bilangan bulat 1–5")});
    }
}

TEST_CASE("entries: a missing required column refuses the import whatever the mode", "[csv][mapping]")
{
    const QByteArray bytes("kode_wilayah;urusan;judul\n63.03;2.11;Tanpa jenis\n");
    const auto r = importEntries(bytes, options(true));
    REQUIRE(r.ok());
    CHECK(r->refused);
    CHECK(r->records.isEmpty());
    REQUIRE(r->errors.size() == 1);
    CHECK(r->errors[0].row == 1);
    CHECK(r->errors[0].column == QStringLiteral("jenis"));
    CHECK(r->errors[0].reason.contains(QStringLiteral("tidak ada di baris nama kolom")));
}

TEST_CASE("entries: preview, user mapping, import with that mapping", "[csv][mapping]")
{
    const QByteArray bytes = "\xEF\xBB\xBF" "Wilayah;Bidang;Tipe;Nama kegiatan;Catatan\r\n"
                             "63.03;2.11;potensi;Bank sampah;abaikan\r\n";
    auto t = readCsv(bytes);
    REQUIRE(t.ok());
    CHECK(t->header == QStringList{QStringLiteral("Wilayah"), QStringLiteral("Bidang"), QStringLiteral("Tipe"),
                                   QStringLiteral("Nama kegiatan"), QStringLiteral("Catatan")});
    ColumnMapping m = proposeMapping(ImportKind::Entries, t->header);
    CHECK(m == QStringList(5, QString()));
    CHECK(checkMapping(ImportKind::Entries, *t, m).size() == 4); // four required fields unmapped

    m = {QStringLiteral("kode_wilayah"), QStringLiteral("urusan"), QStringLiteral("jenis"), QStringLiteral("judul"),
         QString()};
    CHECK(checkMapping(ImportKind::Entries, *t, m).isEmpty());
    const auto r = importEntries(*t, m, options());
    CHECK(r.errors.isEmpty());
    CHECK(r.ignoredColumns == QStringList{QStringLiteral("Catatan")});
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].title == QStringLiteral("Bank sampah"));
    CHECK(r.records[0].kind == EntryKind::Potensi);

    SECTION("two columns on one field, unknown keys and a wrong size are header errors")
    {
        ColumnMapping dup = m;
        dup[4] = QStringLiteral("judul");
        const auto errs = checkMapping(ImportKind::Entries, *t, dup);
        REQUIRE(errs.size() == 1);
        CHECK(errs[0].column == QStringLiteral("Catatan"));
        CHECK(errs[0].reason.contains(QStringLiteral("Nama kegiatan")));
        ColumnMapping unknown = m;
        unknown[4] = QStringLiteral("tanggal");
        CHECK(checkMapping(ImportKind::Entries, *t, unknown).size() == 1);
        CHECK(checkMapping(ImportKind::Entries, *t, m.mid(0, 4)).size() == 1);
        const auto refused = importEntries(*t, dup, options(true));
        CHECK(refused.refused);
        CHECK(refused.records.isEmpty());
    }
}

TEST_CASE("entries: cells past the header are an error, Excel's trailing empty cells are not", "[csv][entries]")
{
    const QByteArray bytes("kode_wilayah;urusan;jenis;judul;;\n63.03;2.11;potensi;A;;\n63.03;2.11;potensi;B;x;\n");
    const auto r = importEntries(bytes, options());
    REQUIRE(r.ok());
    CHECK(where(r->errors) == QStringList{QStringLiteral("3/(kolom 5 tanpa nama)/x")});
    CHECK(r->validRows == 1);
}

TEST_CASE("entries: the detail externality columns of the export", "[csv][entries]")
{
    const QByteArray bytes("kode_wilayah;urusan;jenis;judul;eksternalitas;eksternalitas_lokasi;"
                           "eksternalitas_pengguna;eksternalitas_dampak\n"
                           "63.03;2.11;potensi;A;ya;ya;tidak;belum_diketahui\n"
                           "63.03;2.11;potensi;B;;tidak;tidak;tidak\n"
                           "63.03;2.11;potensi;C;tidak;ya;;\n");
    const auto r = importEntries(bytes, options(true));
    REQUIRE(r.ok());
    CHECK(where(r->errors) == QStringList{QStringLiteral("4/eksternalitas/tidak")});
    REQUIRE(r->records.size() == 2);
    CHECK(r->records[0].extLocation == Evidence::Yes);
    CHECK(r->records[0].extUsers == Evidence::No);
    CHECK(r->records[0].extImpact == Evidence::Unknown);
    CHECK(r->records[1].externality() == Evidence::No);
}

TEST_CASE("entries: wilayah_eksternalitas names the regions the externality crosses into", "[csv][entries]")
{
    SECTION("codes separated by spaces or commas, BPS codes repaired, repeats kept once in the order written")
    {
        const QByteArray bytes("kode_wilayah;urusan;jenis;judul;eksternalitas;wilayah_eksternalitas\n"
                               "63.03;2.11;kebutuhan;A;ya;63.71 63.04\n"
                               "63.03;2.11;kebutuhan;B;ya;\" 63.72,6371 ,  63.72\"\n"
                               "63.03;2.11;kebutuhan;C;ya;\n");
        const auto r = importEntries(bytes, options());
        REQUIRE(r.ok());
        CHECK(r->errors.isEmpty());
        REQUIRE(r->records.size() == 3);
        CHECK(r->records[0].externalityRegions == QStringList{QStringLiteral("63.71"), QStringLiteral("63.04")});
        CHECK(r->records[1].externalityRegions == QStringList{QStringLiteral("63.72"), QStringLiteral("63.71")});
        CHECK(r->records[2].externalityRegions.isEmpty());
    }
    SECTION("English header, ',' separated file")
    {
        const QByteArray bytes("region_code,urusan,kind,title,externality_regions\n"
                               "63.03,2.11,need,A,\"63.71, 63.04\"\n");
        const auto r = importEntries(bytes, options());
        REQUIRE(r.ok());
        CHECK(r->errors.isEmpty());
        REQUIRE(r->records.size() == 1);
        CHECK(r->records[0].externalityRegions == QStringList{QStringLiteral("63.71"), QStringLiteral("63.04")});
    }
    SECTION("an unknown, malformed or own code refuses the row, naming the row and the code")
    {
        const QByteArray bytes("kode_wilayah;urusan;jenis;judul;wilayah_eksternalitas\n"
                               "63.03;2.11;kebutuhan;Baik;63.71\n"
                               "63.03;2.11;kebutuhan;Tak dikenal;63.71 63.99\n"
                               "63.03;2.11;kebutuhan;Rusak;6x.71\n"
                               "63.03;2.11;kebutuhan;Titik koma;\"63.71;63.04\"\n"
                               "63.03;2.11;kebutuhan;Sendiri;63.04 63.03\n");
        const auto r = importEntries(bytes, options());
        REQUIRE(r.ok());
        CHECK(where(r->errors)
              == QStringList{QStringLiteral("3/wilayah_eksternalitas/63.99"),
                             QStringLiteral("4/wilayah_eksternalitas/6x.71"),
                             QStringLiteral("5/wilayah_eksternalitas/63.71;63.04"),
                             QStringLiteral("6/wilayah_eksternalitas/63.03")});
        CHECK(r->refused);
        CHECK(r->records.isEmpty());
        CHECK(r->validRows == 1);
        CHECK(r->errors[0].toString().startsWith(
            QStringLiteral("baris 3, kolom wilayah_eksternalitas, nilai '63.99': kode wilayah tidak dikenal")));
        CHECK(r->errors[3].reason.startsWith(QStringLiteral("sama dengan kode wilayah isian ini")));

        const auto valid = importEntries(bytes, options(true));
        REQUIRE(valid.ok());
        REQUIRE(valid->records.size() == 1);
        CHECK(valid->records[0].externalityRegions == QStringList{QStringLiteral("63.71")});
    }
}

TEST_CASE("entries: 10,000 rows", "[csv][entries][large]")
{
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += templateHeader(ImportKind::Entries).toUtf8() + "\r\n";
    const char *regions[] = {"63.03", "63.71", "63.72", "63.04", "63"};
    const char *urusan[] = {"2.11", "1.03", "3.26", "2.15"};
    int line = 2;
    int badLine = 0;
    for (int i = 0; i < 10000; ++i) {
        const bool multiline = i % 100 == 0;
        const QString priority = i == 7777 ? QStringLiteral("9") : QString::number(1 + i % 5);
        if (i == 7777)
            badLine = line;
        bytes += QStringLiteral("%1;%2;%3;Isian %4;%5;Layanan;%6;%7,5;ton;%8;;;ya;;Dinas %9;2024\r\n")
                     .arg(QLatin1String(regions[i % 5]), QLatin1String(urusan[i % 4]),
                          i % 2 ? QStringLiteral("potensi") : QStringLiteral("kebutuhan"))
                     .arg(i)
                     .arg(multiline ? QStringLiteral("\"baris satu\r\nbaris dua\"") : QStringLiteral("uraian"))
                     .arg(priority)
                     .arg(i)
                     .arg(i % 3 == 0 ? QStringLiteral("ya") : QStringLiteral("tidak"))
                     .arg(i % 27)
                     .toUtf8();
        line += multiline ? 2 : 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto r = importEntries(bytes, options(true));
    const qint64 ms = timer.elapsed();
    REQUIRE(r.ok());
    WARN("10,000 rows imported in " << ms << " ms");
    CHECK(r->rowsRead == 10000);
    CHECK(where(r->errors) == QStringList{QStringLiteral("%1/prioritas/9").arg(badLine)});
    CHECK(badLine == 7777 + 2 + 78); // 78 multiline rows before it
    REQUIRE(r->records.size() == 9999);
    const Entry &e = r->records[9998];
    CHECK(e.title == QStringLiteral("Isian 9999"));
    CHECK(e.regionCode == QStringLiteral("63"));
    CHECK(e.magnitude == 9999.5);
    CHECK(r->records[100].description == QStringLiteral("baris satu\nbaris dua"));
    CHECK(r->records[100].sourcePd == QStringLiteral("Dinas 19"));

    SECTION("progress is reported and can cancel")
    {
        ImportOptions o = options(true);
        int calls = 0;
        o.progress = [&calls](int done, int total) {
            ++calls;
            CHECK(total == 10000);
            return done < 5000;
        };
        const auto cancelled = importEntries(bytes, o);
        REQUIRE(cancelled.ok());
        CHECK(cancelled->cancelled);
        CHECK(cancelled->refused);
        CHECK(cancelled->records.isEmpty());
        CHECK(calls == 21); // 0, 256, ..., 5120
    }
}

TEST_CASE("proposals: legacy sheet", "[csv][proposals]")
{
    ImportOptions o = options();
    o.ownerRegion = QStringLiteral("63.03");
    const auto r = importProposals(readData(QStringLiteral("proposals_legacy.csv")), o);
    REQUIRE(r.ok());
    CHECK(where(r->errors).isEmpty());
    REQUIRE(r->records.size() == 4);
    const Proposal &a = r->records[0];
    CHECK(a.regionCode == QStringLiteral("63.03"));
    CHECK(a.year == 2025);
    CHECK(a.sourcePd == QStringLiteral("Dinas Lingkungan Hidup"));
    CHECK(a.urusanCode == QStringLiteral("2.11"));
    CHECK(a.title == QStringLiteral("TPA Regional Banjarbakula"));
    CHECK(a.activity == ActivityKind::KerjaSama);
    CHECK(a.partnerType == PartnerType::Daerah);
    CHECK(a.partnerRegionCodes == QStringList{QStringLiteral("63.71"), QStringLiteral("63.72"), QStringLiteral("63.04")});
    CHECK(a.partnerNames.isEmpty());
    CHECK(a.form == DocType::KB);
    CHECK(a.estimatedCost == 1.5e9);
    CHECK(a.inApbd);
    CHECK_FALSE(a.burdensPublic);
    CHECK(a.meta.modifiedBy == QStringLiteral("Dinas Lingkungan Hidup"));

    const Proposal &b = r->records[1];
    CHECK(b.activity == ActivityKind::KerjaSama);
    CHECK(b.partnerType == PartnerType::PihakKetiga);
    CHECK(b.partnerNames == QStringLiteral("PT Wisata Borneo | CV Kayuh Baimbai"));
    CHECK(b.form == DocType::PKS);
    CHECK(b.estimatedCost == 250000000.0);
    CHECK_FALSE(b.inApbd);

    const Proposal &c = r->records[2];
    CHECK(c.partnerType == PartnerType::KL);
    CHECK(c.form == DocType::NK); // not given: NK for a ministry or agency
    CHECK_FALSE(c.estimatedCost.has_value());
    CHECK(c.inApbd);
    CHECK_FALSE(c.burdensPublic);

    CHECK(r->records[3].activity == ActivityKind::Pengadaan);
    CHECK(r->records[3].estimatedCost == 12500000.0);
}

TEST_CASE("proposals: bad keys are named", "[csv][proposals]")
{
    const QByteArray bytes("perangkat_daerah;urusan;judul;jenis_kegiatan;jenis_mitra;bentuk;perkiraan_biaya;dalam_apbd\n"
                           "DLH;2.11;A;hibah;daerah;ADDENDUM;satu juta;mungkin\n"
                           "DLH;2.11;B;kerja_sama;swasta asing;KB;;\n");
    const auto r = importProposals(bytes, options());
    REQUIRE(r.ok());
    CHECK(where(r->errors) == QStringList{QStringLiteral("2/jenis_kegiatan/hibah"), QStringLiteral("2/bentuk/ADDENDUM"),
                                          QStringLiteral("2/perkiraan_biaya/satu juta"),
                                          QStringLiteral("2/dalam_apbd/mungkin"),
                                          QStringLiteral("3/jenis_mitra/swasta asing")});
    CHECK(r->refused);
}

TEST_CASE("agreements: legacy register in the shape of Kota Banjar 2021", "[csv][agreements]")
{
    ImportOptions o = options();
    o.ownerRegion = QStringLiteral("32.79");
    const auto r = importAgreements(readData(QStringLiteral("agreements_legacy.csv")), o);
    REQUIRE(r.ok());
    CHECK(where(r->errors).isEmpty());
    REQUIRE(r->records.size() == 5);

    const Agreement &kb = r->records[0];
    CHECK(kb.docType == DocType::KB);
    CHECK(kb.category == Category::KSDD);
    CHECK(kb.title == QStringLiteral("Pengelolaan sampah regional"));
    CHECK(kb.urusanCode == QStringLiteral("2.11"));
    REQUIRE(kb.parties.size() == 3);
    CHECK(kb.parties[0] == Party{PartyKind::Region, QStringLiteral("32.79"), {}, QStringLiteral("415.4/01/KB/2021"), {}});
    CHECK(kb.parties[1] == Party{PartyKind::Region, QStringLiteral("32.07"), {}, {}, {}});
    CHECK(kb.parties[2] == Party{PartyKind::Region, QStringLiteral("32.18"), {}, {}, {}});
    CHECK(kb.signedOn == QDate(2021, 6, 13));
    CHECK(kb.startDate == QDate(2021, 6, 13));
    CHECK(kb.endDate == QDate(2026, 6, 12));
    CHECK(kb.stage == Stage::PenandatangananKB); // by its display name
    CHECK(kb.stages == QList<StageDate>{{Stage::PenandatangananKB, QDate(2021, 6, 13)}});
    CHECK(kb.status == AgreementStatus::Aktif);
    CHECK(kb.implementingPd == QStringLiteral("Dinas Lingkungan Hidup"));
    CHECK_FALSE(kb.value.has_value());
    CHECK(kb.meta.modifiedBy == QStringLiteral("Dinas Lingkungan Hidup"));

    const Agreement &pks = r->records[1];
    CHECK(pks.docType == DocType::PKS);
    CHECK(pks.category == Category::KSDPK);
    REQUIRE(pks.parties.size() == 2);
    CHECK(pks.parties[1] == Party{PartyKind::ThirdParty, {}, QStringLiteral("PT Tirta Galuh, Tbk"), {}, {}});
    CHECK(pks.signedOn == QDate(2021, 3, 1));
    CHECK(pks.startDate == QDate(2021, 4, 1));
    CHECK(pks.endDate == QDate(2024, 3, 31));
    CHECK(pks.stage == Stage::Pelaksanaan);
    CHECK(pks.stages == QList<StageDate>{{Stage::Pelaksanaan, QDate(2021, 4, 1)}});
    CHECK(pks.status == AgreementStatus::Berakhir);
    CHECK(pks.value == 1.25e9);

    const Agreement &nk = r->records[2];
    CHECK(nk.docType == DocType::NK);
    CHECK(nk.category == Category::Sinergi);
    REQUIRE(nk.parties.size() == 3);
    CHECK(nk.parties[1] == Party{PartyKind::KL, {}, QStringLiteral("Badan Pusat Statistik"), {}, {}});
    CHECK(nk.parties[2].name == QStringLiteral("Kementerian Komunikasi dan Informatika"));
    CHECK(nk.parties[0].documentNumber == QStringLiteral("NK/03/2021"));
    CHECK(nk.stage == Stage::Pelaksanaan); // signed, no stage given

    const Agreement &add = r->records[3];
    CHECK(add.docType == DocType::Addendum);
    CHECK(add.category == Category::KSDPK);
    CHECK(add.stage == Stage::PenandatangananPKS);
    CHECK(add.status == AgreementStatus::Diperpanjang);
    CHECK(add.value == 0.0);

    const Agreement &byName = r->records[4];
    REQUIRE(byName.parties.size() == 2);
    CHECK(byName.parties[1] == Party{PartyKind::Region, QStringLiteral("32.78"), {}, {}, {}}); // Kota Tasikmalaya
    CHECK(byName.stage == Stage::Persiapan);
    CHECK(byName.meta.modifiedBy == QStringLiteral("Bappeda"));
}

TEST_CASE("agreements: bad dates, end before start, unknown keys, missing partners", "[csv][agreements]")
{
    ImportOptions o = options();
    o.ownerRegion = QStringLiteral("32.79");
    const auto r = importAgreements(readData(QStringLiteral("agreements_bad.csv")), o);
    REQUIRE(r.ok());
    CHECK(where(r->errors) == QStringList{
                                  QStringLiteral("2/tanggal_tanda_tangan/31/02/2024"),
                                  QStringLiteral("3/tanggal_mulai/2024/13/01"),
                                  QStringLiteral("3/tanggal_berakhir/13-06-24"),
                                  QStringLiteral("4/tanggal_berakhir/30/06/2024"),
                                  QStringLiteral("5/jenis_dokumen/MOA"),
                                  QStringLiteral("5/kategori/KSDX"),
                                  QStringLiteral("5/tahap/fase_x"),
                                  QStringLiteral("6/mitra/"),
                                  QStringLiteral("7/kode_wilayah_mitra/99.99"),
                              });
    CHECK(r->errors[0].reason.startsWith(QStringLiteral("tanggal tidak valid")));
    CHECK(r->errors[3].reason == QStringLiteral("lebih awal daripada tanggal_mulai (01/07/2024)"));
    CHECK(r->refused);
    CHECK(r->validRows == 1);

    o.skipInvalid = true;
    const auto skipped = importAgreements(readData(QStringLiteral("agreements_bad.csv")), o);
    REQUIRE(skipped.ok());
    REQUIRE(skipped->records.size() == 1);
    CHECK(skipped->records[0].title == QStringLiteral("Baik"));
}
