// SPDX-License-Identifier: Apache-2.0
// petaksd template | import | export
#include "helpers.h"

#include "demo/demoproject.h"
#include "engine/engine.h"
#include "io/csvexport.h"
#include "store/ksdstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace ksd;

namespace {

QString csvData(const char *name)
{
    return test::dataPath(QStringLiteral("csv/") + QLatin1String(name));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A new project of Kabupaten Banjar (2025) at @p path.
void newProject(const QString &path, const char *region = "63.03")
{
    const auto r = test::petaksd({QStringLiteral("new"), path, QStringLiteral("--region"), QLatin1String(region),
                                  QStringLiteral("--year"), QStringLiteral("2025")});
    REQUIRE(r.exitCode == 0);
}

Project load(const QString &path)
{
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    return loaded->project;
}

} // namespace

TEST_CASE("petaksd template prints the header the importer expects", "[cli][io]")
{
    const auto e = test::petaksd({QStringLiteral("template"), QStringLiteral("--entries")});
    CHECK(e.exitCode == 0);
    CHECK(e.out == QStringLiteral("kode_wilayah;urusan;jenis;judul;uraian;layanan;prioritas;besaran;satuan;eksternalitas;"
                                  "wilayah_eksternalitas;bukti_eksternalitas;efisiensi;bukti_efisiensi;perangkat_daerah;"
                                  "tahun\n"));
    const auto p = test::petaksd({QStringLiteral("template"), QStringLiteral("--proposals")});
    CHECK(p.out == QStringLiteral("perangkat_daerah;urusan;judul;jenis_kegiatan;jenis_mitra;mitra;kode_wilayah_mitra;"
                                  "bentuk;perkiraan_biaya;dalam_apbd;membebani_masyarakat\n"));
    const auto a = test::petaksd({QStringLiteral("template"), QStringLiteral("--agreements")});
    CHECK(a.out == QStringLiteral("jenis_dokumen;kategori;judul;mitra;kode_wilayah_mitra;urusan;nomor;"
                                  "tanggal_tanda_tangan;tanggal_mulai;tanggal_berakhir;tahap;status;perangkat_daerah;"
                                  "nilai\n"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("templat.csv"));
    CHECK(test::petaksd({QStringLiteral("template"), QStringLiteral("--entries"), QStringLiteral("-o"), path}).exitCode
          == 0);
    CHECK(fileBytes(path) == "\xEF\xBB\xBF" + e.out.trimmed().toUtf8() + "\r\n");

    const auto none = test::petaksd({QStringLiteral("template")});
    CHECK(none.exitCode == 2);
    const auto both = test::petaksd({QStringLiteral("template"), QStringLiteral("--entries"), QStringLiteral("--agreements")});
    CHECK(both.exitCode == 2);
}

TEST_CASE("petaksd import --entries saves the project and prints counts", "[cli][io]")
{
    QTemporaryDir dir;
    const QString ksd = dir.filePath(QStringLiteral("p.ksd"));
    newProject(ksd);
    const auto r = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--entries"),
                                  csvData("entries_semicolon_bom.csv")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Diimpor: 3 isian")));
    CHECK(r.out.contains(QStringLiteral("UTF-8 BOM, pemisah ';'")));
    CHECK(r.out.contains(QStringLiteral("Wilayah ditambahkan ke cakupan: 63, 63.71")));
    const Project p = load(ksd);
    REQUIRE(p.entries.size() == 3);
    CHECK(p.entries[0].title == QStringLiteral("Lahan TPA penuh"));
    CHECK(p.entries[0].magnitude == 1250.5);
    CHECK(p.entries[2].year == 2025); // the project's year
    CHECK(p.scope == QStringList{QStringLiteral("63"), QStringLiteral("63.03"), QStringLiteral("63.71")});

    SECTION("Windows-1252 and English headers too")
    {
        const auto w = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--entries"),
                                      csvData("entries_cp1252.csv")});
        REQUIRE(w.exitCode == 0);
        CHECK(w.out.contains(QStringLiteral("Windows-1252")));
        const auto en = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--entries"),
                                       csvData("entries_english_comma.csv"), QStringLiteral("--pd"),
                                       QStringLiteral("Bagian Pemerintahan")});
        REQUIRE(en.exitCode == 0);
        CHECK(en.out.contains(QStringLiteral("pemisah ','")));
        const Project q = load(ksd);
        REQUIRE(q.entries.size() == 7);
        CHECK(q.entries[3].sourcePd == QString::fromUtf8("Dinas Pariwisata – Café"));
        CHECK(q.entries[6].sourcePd == QStringLiteral("Bagian Pemerintahan"));
    }
}

TEST_CASE("petaksd import refuses bad rows, lists them and changes nothing", "[cli][io]")
{
    QTemporaryDir dir;
    const QString ksd = dir.filePath(QStringLiteral("p.ksd"));
    newProject(ksd);
    const QByteArray before = fileBytes(ksd);
    const QString errorsPath = dir.filePath(QStringLiteral("kesalahan.csv"));
    const auto r = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--entries"), csvData("entries_bad.csv"),
                                  QStringLiteral("--errors"), errorsPath});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("baris 2, kolom kode_wilayah, nilai '63.99': kode wilayah tidak dikenal")));
    CHECK(r.err.contains(QStringLiteral("baris 3, kolom urusan, nilai '9.99': urusan tidak dikenal")));
    CHECK(r.err.contains(QStringLiteral("baris 4, kolom prioritas, nilai '0': harus bilangan bulat 1–5\n")));
    CHECK(r.err.contains(QStringLiteral("baris 6, kolom prioritas, nilai 'tinggi': harus bilangan bulat 1–5\n")));
    CHECK(r.err.contains(QStringLiteral("baris 10, kolom judul, nilai '': wajib diisi\n")));
    CHECK(r.err.count(QStringLiteral("baris ")) >= 11);
    CHECK(r.err.contains(QStringLiteral("8 dari 10 baris bermasalah")));
    CHECK(r.out.isEmpty());
    CHECK(fileBytes(ksd) == before);
    const QByteArray errors = fileBytes(errorsPath);
    CHECK(errors.startsWith("\xEF\xBB\xBF" "baris;kolom;nilai;alasan\r\n2;kode_wilayah;63.99;"));
    CHECK(errors.count("\r\n") == 12);

    SECTION("--skip-invalid imports the valid rows")
    {
        const auto s = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--entries"),
                                      csvData("entries_bad.csv"), QStringLiteral("--skip-invalid")});
        CHECK(s.exitCode == 0);
        CHECK(s.err.contains(QStringLiteral("baris 2, kolom kode_wilayah")));
        CHECK(s.out.contains(QStringLiteral("Diimpor: 2 isian")));
        CHECK(s.out.contains(QStringLiteral("Dilewati: 8 baris bermasalah")));
        const Project p = load(ksd);
        REQUIRE(p.entries.size() == 2);
        CHECK(p.entries[0].title == QStringLiteral("Baik"));
        CHECK(p.entries[1].title == QStringLiteral("Baik kedua"));
    }
    SECTION("a file that is not there, and a bad project file")
    {
        const auto missing = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--entries"),
                                            dir.filePath(QStringLiteral("tidak_ada.csv"))});
        CHECK(missing.exitCode == 2);
        CHECK(missing.err.contains(QStringLiteral("tidak_ada.csv")));
        const auto noProject = test::petaksd({QStringLiteral("import"), dir.filePath(QStringLiteral("x.ksd")),
                                              QStringLiteral("--entries"), csvData("entries_bad.csv")});
        CHECK(noProject.exitCode == 2);
        CHECK(fileBytes(ksd) == before);
    }
}

TEST_CASE("petaksd import and export carry wilayah_eksternalitas; an unknown code is refused by row and code",
          "[cli][io]")
{
    QTemporaryDir dir;
    const QString ksd = dir.filePath(QStringLiteral("p.ksd"));
    newProject(ksd);
    const QByteArray before = fileBytes(ksd);
    auto writeCsv = [&](const char *name, const QByteArray &bytes) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    };

    const QString bad = writeCsv("salah.csv", "kode_wilayah;urusan;jenis;judul;eksternalitas;wilayah_eksternalitas\n"
                                              "63.03;2.11;kebutuhan;TPA;ya;63.71\n"
                                              "63.03;2.11;kebutuhan;Sungai;ya;63.04 63.98\n");
    const auto refused = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--entries"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(
        QStringLiteral("baris 3, kolom wilayah_eksternalitas, nilai '63.98': kode wilayah tidak dikenal")));
    CHECK(fileBytes(ksd) == before);

    const QString good = writeCsv("baik.csv", "kode_wilayah;urusan;jenis;judul;eksternalitas;wilayah_eksternalitas\n"
                                              "63.03;2.11;kebutuhan;TPA;ya;\"6371, 63.04\"\n");
    const auto imported = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--entries"), good});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const Project p = load(ksd);
    REQUIRE(p.entries.size() == 1);
    CHECK(p.entries[0].externalityRegions == QStringList{QStringLiteral("63.71"), QStringLiteral("63.04")});

    const QString out = dir.filePath(QStringLiteral("isian.csv"));
    REQUIRE(test::petaksd({QStringLiteral("export"), ksd, QStringLiteral("--entries"), QStringLiteral("-o"), out})
                .exitCode
            == 0);
    CHECK(fileBytes(out).contains(";ya;63.71 63.04;"));
}

TEST_CASE("petaksd import --proposals and --agreements (legacy register)", "[cli][io]")
{
    QTemporaryDir dir;
    const QString ksd = dir.filePath(QStringLiteral("banjar.ksd"));
    newProject(ksd, "32.79");
    const auto p = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--proposals"),
                                  csvData("proposals_legacy.csv")});
    INFO(p.err.toStdString());
    CHECK(p.exitCode == 0);
    CHECK(p.out.contains(QStringLiteral("Diimpor: 4 usulan")));
    const auto a = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--agreements"),
                                  csvData("agreements_legacy.csv")});
    CHECK(a.exitCode == 0);
    CHECK(a.out.contains(QStringLiteral("Diimpor: 5 kerja sama")));
    const Project project = load(ksd);
    REQUIRE(project.proposals.size() == 4);
    CHECK(project.proposals[0].regionCode == QStringLiteral("32.79"));
    CHECK(project.proposals[0].estimatedCost == 1.5e9);
    REQUIRE(project.agreements.size() == 5);
    CHECK(project.agreements[0].parties.first().regionCode == QStringLiteral("32.79"));
    CHECK(project.agreements[0].parties.first().documentNumber == QStringLiteral("415.4/01/KB/2021"));
    CHECK(project.agreements[1].endDate == QDate(2024, 3, 31));

    const QByteArray before = fileBytes(ksd);
    const auto bad = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--agreements"),
                                    csvData("agreements_bad.csv")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("baris 2, kolom tanggal_tanda_tangan, nilai '31/02/2024': tanggal tidak valid")));
    CHECK(bad.err.contains(QStringLiteral("baris 4, kolom tanggal_berakhir, nilai '30/06/2024': lebih awal daripada "
                                          "tanggal_mulai (01/07/2024)")));
    CHECK(fileBytes(ksd) == before);
}

TEST_CASE("petaksd export --entries writes an Excel CSV that imports back to the same records", "[cli][io]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.ksd"));
    REQUIRE(test::petaksd({QStringLiteral("demo"), demo}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("isian.csv"));
    const auto e = test::petaksd({QStringLiteral("export"), demo, QStringLiteral("--entries"), QStringLiteral("-o"), csv});
    REQUIRE(e.exitCode == 0);
    const Project source = load(demo);
    CHECK(e.out.contains(QStringLiteral("Diekspor: %1 isian").arg(source.liveEntries().size())));
    const QByteArray bytes = fileBytes(csv);
    CHECK(bytes == io::exportEntriesCsv(source.entries));
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "kode_wilayah;urusan;jenis;"));
    CHECK(bytes.endsWith("\r\n"));

    const QString target = dir.filePath(QStringLiteral("baru.ksd"));
    newProject(target);
    const auto i = test::petaksd({QStringLiteral("import"), target, QStringLiteral("--entries"), csv});
    REQUIRE(i.exitCode == 0);
    const Project copy = load(target);
    QList<Entry> expected;
    for (const Entry *x : source.liveEntries())
        expected.append(*x);
    REQUIRE(copy.entries.size() == expected.size());
    for (int k = 0; k < expected.size(); ++k) {
        Entry got = copy.entries[k];
        got.meta = expected[k].meta;
        CHECK(got == expected[k]);
    }

    SECTION("--suggestions writes the engine's pair suggestions")
    {
        const QString sug = dir.filePath(QStringLiteral("saran.csv"));
        const auto r = test::petaksd({QStringLiteral("export"), demo, QStringLiteral("--suggestions"),
                                      QStringLiteral("-o"), sug});
        REQUIRE(r.exitCode == 0);
        const SuggestionSet set = SuggestionEngine::run(source);
        CHECK(r.out.contains(QStringLiteral("Diekspor: %1 saran").arg(set.suggestions.size())));
        CHECK(fileBytes(sug) == io::exportSuggestionsCsv(set));
    }
    SECTION("usage errors")
    {
        CHECK(test::petaksd({QStringLiteral("export"), demo, QStringLiteral("--entries")}).exitCode == 2);
        CHECK(test::petaksd({QStringLiteral("export"), demo, QStringLiteral("-o"), csv}).exitCode == 2);
        CHECK(test::petaksd({QStringLiteral("export"), dir.filePath(QStringLiteral("tidak_ada.ksd")),
                             QStringLiteral("--entries"), QStringLiteral("-o"), csv})
                  .exitCode
              == 2);
    }
}
