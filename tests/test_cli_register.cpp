// SPDX-License-Identifier: Apache-2.0
// Issue 17 on the command line: offers (template, import), attach, check --documents, the register export's
// langkah_berikutnya, the new stats keys, and the legacy stage mapping of an agreements import.
#include "helpers.h"

#include "register/archive.h"
#include "store/ksdstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString readText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

/// A project with one signed KSDPK PKS numbered "415/12/PKS/2021", one KB signed in 2019 with no PKS and no end date.
QString writeProject(const QTemporaryDir &dir)
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Register Kota Banjar"), 2021);
    Agreement pks = test::makeAgreement(DocType::PKS, Category::KSDPK, QStringLiteral("PKS air bersih"));
    pks.parties = {Party{PartyKind::Region, QStringLiteral("32.79"), {}, QStringLiteral("415/12/PKS/2021"), {}},
                   Party{PartyKind::ThirdParty, {}, QStringLiteral("PDAM Tirta Anom"), QStringLiteral("7/PDAM"), {}}};
    pks.stage = Stage::PenandatangananPKS;
    pks.stages = {{Stage::PenandatangananPKS, QDate(2021, 3, 1)}};
    pks.signedOn = pks.startDate = QDate(2021, 3, 1);
    pks.endDate = QDate(2024, 3, 1);
    Agreement kb = test::makeAgreement(DocType::KB, Category::KSDPK, QStringLiteral("KB universitas"));
    kb.stage = Stage::Berlaku;
    kb.signedOn = kb.startDate = QDate(2019, 5, 1);
    p.agreements << pks << kb;
    const QString path = dir.filePath(QStringLiteral("banjar.ksd"));
    REQUIRE(KsdStore::save(p, path).ok());
    return path;
}

} // namespace

TEST_CASE("template --offers and import --offers", "[cli][offers]")
{
    QTemporaryDir dir;
    const test::Run t = test::petaksd({QStringLiteral("template"), QStringLiteral("--offers")});
    CHECK(t.exitCode == 0);
    CHECK(t.out.trimmed()
          == QStringLiteral("jenis_pengirim;kode_wilayah_pengirim;nama_pengirim;tanggal_diterima;nomor_surat;urusan;hal;"
                            "uraian;perangkat_daerah_pendapat;batas_jawaban;membebani_masyarakat;dalam_apbd"));
    const QString ksd = writeProject(dir);
    const QString csv = dir.filePath(QStringLiteral("penawaran.csv"));
    writeFile(csv, "jenis_pengirim;kode_wilayah_pengirim;nama_pengirim;tanggal_diterima;nomor_surat;urusan;hal;"
                   "batas_jawaban\n"
                   "daerah;32.07;;02/05/2025;180/77/Pem;2.11;Pengelolaan sampah bersama;02/07/2025\n"
                   ";;PT Air Bersih;03/05/2025;5/PAB;1.03;Air curah;\n"
                   "daerah;99.99;;04/05/2025;1;2.11;Kode salah;01/05/2025\n");
    const test::Run bad = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--offers"), csv});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("baris 4")));
    CHECK(bad.err.contains(QStringLiteral("99.99")));
    const test::Run ok = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--offers"), csv,
                                        QStringLiteral("--skip-invalid")});
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    auto loaded = KsdStore::load(ksd);
    REQUIRE(loaded);
    REQUIRE(loaded->project.offers.size() == 2);
    CHECK(loaded->project.offers[0].senderRegion == QStringLiteral("32.07"));
    CHECK(loaded->project.offers[1].senderType == PartnerType::PihakKetiga);
    CHECK(loaded->project.offers[1].senderName == QStringLiteral("PT Air Bersih"));

    const test::Run stats = test::petaksd({QStringLiteral("stats"), ksd, QStringLiteral("--json"),
                                           QStringLiteral("--today"), QStringLiteral("2025-06-30")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject j = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    CHECK(j.value(QStringLiteral("offers_awaiting_answer")).toInt() == 2);
    CHECK(j.value(QStringLiteral("offers_awaiting_answer_list")).toArray().first().toObject()
              .value(QStringLiteral("answer_due")).toString() == QStringLiteral("2025-07-02"));
    CHECK(j.value(QStringLiteral("kb_without_pks")).toInt() == 1);
    CHECK(j.value(QStringLiteral("kb_without_pks_list")).toArray().first().toObject()
              .value(QStringLiteral("title")).toString() == QStringLiteral("KB universitas"));
    CHECK(j.value(QStringLiteral("term_over_5_years")).toInt() == 1); // the KB has no end date
    CHECK(j.value(QStringLiteral("term_over_5_years_list")).toArray().size() == 1);
}

TEST_CASE("attach, check --documents and an altered scan", "[cli][archive]")
{
    QTemporaryDir dir;
    const QString ksd = writeProject(dir);
    const QString scan = dir.filePath(QStringLiteral("pks-ttd.pdf"));
    writeFile(scan, "%PDF-1.4 PKS air bersih ditandatangani");
    const test::Run unknown = test::petaksd({QStringLiteral("attach"), ksd, QStringLiteral("--agreement"),
                                             QStringLiteral("999/X"), scan});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("999/X")));
    const test::Run att = test::petaksd({QStringLiteral("attach"), ksd, QStringLiteral("--agreement"),
                                         QStringLiteral("415/12/pks/2021"), scan, QStringLiteral("--location"),
                                         QStringLiteral("Lemari 1")});
    INFO(att.err.toStdString());
    REQUIRE(att.exitCode == 0);
    CHECK(att.out.contains(sha256Hex(QByteArrayLiteral("%PDF-1.4 PKS air bersih ditandatangani"))));
    const test::Run check = test::petaksd({QStringLiteral("check"), ksd, QStringLiteral("--documents")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Utuh | PKS air bersih | pks-ttd.pdf")));

    // The data changes behind the recorded hash: shown as altered, exit 1.
    auto loaded = KsdStore::load(ksd);
    REQUIRE(loaded);
    Project p = loaded->project;
    REQUIRE(p.documents.size() == 1);
    CHECK(p.documents[0].version == DocumentVersion::Final);
    CHECK(p.documents[0].originalLocation == QStringLiteral("Lemari 1"));
    QByteArray bytes = *p.documents[0].data.readAll();
    bytes[3] = 'X';
    p.documents[0].data = bytes;
    REQUIRE(KsdStore::save(p, ksd).ok());
    const test::Run altered = test::petaksd({QStringLiteral("check"), ksd, QStringLiteral("--documents")});
    CHECK(altered.exitCode == 1);
    CHECK(altered.out.contains(QStringLiteral("Berubah (hash tidak cocok)")));
    CHECK(altered.out.contains(p.documents[0].sha256));

    const test::Run badVersion = test::petaksd({QStringLiteral("attach"), ksd, QStringLiteral("--agreement"),
                                                QStringLiteral("415/12/PKS/2021"), scan, QStringLiteral("--version"),
                                                QStringLiteral("tanda-tangan")});
    CHECK(badVersion.exitCode == 2);
    CHECK(badVersion.err.contains(QStringLiteral("draf, reviu atau final")));
}

TEST_CASE("export --agreements carries langkah_berikutnya; a legacy register maps its stages", "[cli][register]")
{
    QTemporaryDir dir;
    const QString ksd = writeProject(dir);
    const QString csv = dir.filePath(QStringLiteral("lama.csv"));
    writeFile(csv, "jenis_dokumen;kategori;judul;mitra;tahap\n"
                   "KB;KSDPK;KB lama;Universitas Galuh;pelaporan\n"
                   "NK;SINERGI;NK lama;Kementerian PUPR;penyusunan_pks\n"
                   "PKS;KSDPK;PKS lama;PT Sampah;penyusunan_pks\n");
    const test::Run imp = test::petaksd({QStringLiteral("import"), ksd, QStringLiteral("--agreements"), csv});
    INFO(imp.err.toStdString());
    REQUIRE(imp.exitCode == 0);
    CHECK(imp.out.contains(QStringLiteral("baris 2: tahap \"Pelaporan\" dipetakan ke \"Berlaku\" (KB, KSDPK)")));
    CHECK(imp.out.contains(QStringLiteral("baris 3: tahap \"Penyusunan perjanjian kerja sama\" dipetakan ke "
                                          "\"Penyusunan rencana aksi\" (NK, SINERGI)")));
    CHECK_FALSE(imp.out.contains(QStringLiteral("baris 4")));

    const QString out = dir.filePath(QStringLiteral("register.csv"));
    const test::Run exp = test::petaksd({QStringLiteral("export"), ksd, QStringLiteral("--agreements"),
                                         QStringLiteral("-o"), out});
    REQUIRE(exp.exitCode == 0);
    const QStringList lines = readText(out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    const QStringList header = lines[0].mid(1).split(QLatin1Char(';')); // after the BOM
    const qsizetype next = header.indexOf(QStringLiteral("langkah_berikutnya"));
    REQUIRE(next >= 0);
    QHash<QString, QString> nextOf;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(';'));
        nextOf.insert(cells.value(4), cells.value(int(next)));
    }
    CHECK(nextOf.value(QStringLiteral("PKS air bersih")) == QStringLiteral("Pelaksanaan"));
    CHECK(nextOf.value(QStringLiteral("KB universitas")).isEmpty());
    CHECK(nextOf.value(QStringLiteral("NK lama")) == QStringLiteral("Pelaksanaan"));
    CHECK(nextOf.value(QStringLiteral("PKS lama")) == QStringLiteral("Penandatanganan perjanjian kerja sama"));
}
