// SPDX-License-Identifier: Apache-2.0
// petaksd suggest and petaksd synth (issue 3 items 4 and 6).
#include <catch2/catch.hpp>

#include "helpers.h"
#include "io/csvexport.h"

#include "engine/synth.h"
#include "store/ksdstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using ksd::test::petaksd;
using namespace ksd;

namespace {

QString q(const char *s) { return QString::fromUtf8(s); }

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

Entry entry(const char *region, const char *urusan, EntryKind kind, const char *service, Evidence ext, Evidence eff)
{
    Entry e;
    e.meta = RecordMeta::fresh(QStringLiteral("uji"));
    e.kind = kind;
    e.regionCode = q(region);
    e.urusanCode = q(urusan);
    e.service = q(service);
    e.title = q(service);
    e.extLocation = ext;
    e.efficiency = eff;
    return e;
}

/// A small project with a type-C pair, a non-adjacent pair and a bad entry.
QString writeProject(const QTemporaryDir &dir)
{
    Project p = Project::create(q("63.03"), q("Uji CLI"), 2024);
    p.scope = {q("62.03"), q("63"), q("63.03"), q("63.09")};
    p.settings.insert(q("engine/max_hops"), q("3"));
    p.settings.insert(q("engine/max_km"), q("0"));
    p.entries << entry("63", "1.03", EntryKind::Potensi, "jembatan", Evidence::Yes, Evidence::Yes)
              << entry("62.03", "1.03", EntryKind::Kebutuhan, "jembatan", Evidence::Yes, Evidence::Yes)
              << entry("63.03", "3.26", EntryKind::Potensi, "wisata", Evidence::Yes, Evidence::Yes)
              << entry("63.09", "3.26", EntryKind::Kebutuhan, "wisata", Evidence::Yes, Evidence::Yes)
              << entry("77.77", "3.26", EntryKind::Kebutuhan, "wisata", Evidence::Yes, Evidence::Yes);
    const QString path = dir.filePath(q("uji.ksd"));
    REQUIRE(KsdStore::save(p, path).ok());
    return path;
}

QJsonArray suggestJson(const QStringList &extra)
{
    const auto r = petaksd(QStringList{q("suggest")} + extra + args({"--format", "json"}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

} // namespace

TEST_CASE("suggest on the demo project: the Banjarbakula cluster goes to the province", "[cli][engine]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(q("demo.ksd"));
    REQUIRE(petaksd(args({"demo"}) << demo).exitCode == 0);
    const QJsonArray rows = suggestJson({demo});
    REQUIRE_FALSE(rows.isEmpty());
    int clusters = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        for (const char *k : {"kode_wilayah_a", "kode_wilayah_b", "urusan", "kelas", "tipe_pasangan", "skor", "alasan"})
            CHECK(o.contains(q(k)));
        if (o.value(q("jenis")).toString() != q("klaster") || o.value(q("urusan")).toString() != q("2.11"))
            continue;
        const QJsonArray m = o.value(q("anggota")).toArray();
        if (!m.contains(q("63.71")))
            continue;
        ++clusters;
        for (const char *code : {"63.01", "63.03", "63.04", "63.71", "63.72"})
            CHECK(m.contains(q(code)));
        CHECK(o.value(q("kelas")).toString() == q("RUJUK_PROVINSI"));
        CHECK(o.value(q("rujuk_provinsi")).toArray() == QJsonArray{q("63")});
        CHECK(o.value(q("alasan")).toString().contains(q("rujuk ke 63")));
    }
    CHECK(clusters == 1);
}

TEST_CASE("suggest: type-C and non-adjacent pairs, rejected entries, CSV header", "[cli][engine]")
{
    QTemporaryDir dir;
    const QString file = writeProject(dir);
    const QJsonArray rows = suggestJson({file});
    REQUIRE(rows.size() == 3);
    const QJsonObject c = rows[0].toObject();
    CHECK(c.value(q("kode_wilayah_a")).toString() == q("62.03"));
    CHECK(c.value(q("kode_wilayah_b")).toString() == q("63"));
    // The entries say "ya" without naming the regions their externality crosses into: potensi wajib (issue 12),
    // and a type C pair asks for legal review whether wajib or potensi wajib.
    CHECK(c.value(q("kelas")).toString() == q("POTENSI_WAJIB"));
    CHECK(c.value(q("tipe_pasangan")).toString() == q("C"));
    CHECK(c.value(q("diambil_alih")).toString().isEmpty());
    CHECK(c.value(q("kajian_hukum")).toBool());
    CHECK(c.value(q("skor")).toDouble() > 0);
    const QJsonObject far = rows[1].toObject();
    CHECK(far.value(q("kode_wilayah_a")).toString() == q("63.03"));
    CHECK(far.value(q("kode_wilayah_b")).toString() == q("63.09"));
    CHECK(far.value(q("kelas")).toString() == q("SUKARELA"));
    CHECK(far.value(q("alasan")).toString().contains(q("tidak berbatasan")));
    const QJsonObject bad = rows[2].toObject();
    CHECK(bad.value(q("jenis")).toString() == q("isian_ditolak"));
    CHECK(bad.value(q("kode_wilayah_a")).toString() == q("77.77"));
    CHECK(bad.value(q("kelas")).toString() == q("TIDAK_MEMENUHI"));
    CHECK(bad.value(q("skor")).isNull());

    // The CSV is the export's one shape: the Excel CSV of every suggestions output, the same rows.
    const auto csv = petaksd(args({"suggest"}) << file);
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(q("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    // (the test helper's UTF-8 decoding drops the BOM; the file test below sees it)
    CHECK(lines[0].toStdString() == io::suggestionExportColumns().join(QLatin1Char(';')).toStdString());
    CHECK(lines[1].startsWith(q("62.03;Kabupaten Kapuas;63;Kalimantan Selatan;1.03;")));
    CHECK(lines[1].contains(q(";POTENSI_WAJIB;")));
    CHECK(lines[3].contains(q(";isian_ditolak;77.77")));
}

TEST_CASE("suggest --format csv and export --suggestions write the same file", "[cli][engine][csv]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(q("demo.ksd"));
    REQUIRE(petaksd(args({"demo"}) << demo).exitCode == 0);
    const QString a = dir.filePath(q("suggest.csv"));
    const QString b = dir.filePath(q("export.csv"));
    REQUIRE(petaksd(args({"suggest"}) << demo << q("-o") << a).exitCode == 0);
    REQUIRE(petaksd(args({"export"}) << demo << q("--suggestions") << q("-o") << b).exitCode == 0);
    QFile fa(a), fb(b);
    REQUIRE(fa.open(QIODevice::ReadOnly));
    REQUIRE(fb.open(QIODevice::ReadOnly));
    const QByteArray bytes = fa.readAll();
    CHECK(bytes.size() > 10000);
    CHECK(bytes == fb.readAll());
    // clusters and unusable entries are rows of the same table
    CHECK(bytes.contains(";klaster;"));
}

TEST_CASE("suggest: filters, -o and byte-identical output", "[cli][engine]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(q("demo.ksd"));
    REQUIRE(petaksd(args({"demo"}) << demo).exitCode == 0);

    for (const QJsonValue &v : suggestJson({demo, q("--urusan"), q("2.11")}))
        CHECK(v.toObject().value(q("urusan")).toString() == q("2.11"));
    const QJsonArray forKota = suggestJson({demo, q("--region"), q("63.71")});
    REQUIRE_FALSE(forKota.isEmpty());
    for (const QJsonValue &v : forKota)
        CHECK(v.toObject().value(q("anggota")).toArray().contains(q("63.71")));

    const QString out1 = dir.filePath(q("a.csv"));
    const QString out2 = dir.filePath(q("b.csv"));
    const auto r1 = petaksd(args({"suggest"}) << demo << q("-o") << out1);
    REQUIRE(r1.exitCode == 0);
    CHECK(r1.out.isEmpty());
    REQUIRE(petaksd(args({"suggest"}) << demo << q("-o") << out2).exitCode == 0);
    QFile a(out1), b(out2);
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    CHECK(bytes.size() > 1000);
    CHECK(bytes == b.readAll());
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs to read UTF-8
    CHECK(bytes.mid(3).toStdString() == petaksd(args({"suggest"}) << demo).out.toUtf8().toStdString());
}

TEST_CASE("suggest refuses bad arguments with exit 2", "[cli][engine]")
{
    QTemporaryDir dir;
    const QString file = writeProject(dir);
    const std::vector<QStringList> bad = {
        args({"suggest"}),
        QStringList{q("suggest"), dir.filePath(q("tidak-ada.ksd"))},
        QStringList{q("suggest"), file, q("--urusan"), q("9.99")},
        QStringList{q("suggest"), file, q("--region"), q("99.99")},
        QStringList{q("suggest"), file, q("--format"), q("xml")},
    };
    for (const QStringList &a : bad) {
        const auto r = petaksd(a);
        INFO(a.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(q("petaksd: ")));
    }
}

TEST_CASE("synth writes a deterministic national project", "[cli][synth]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(q("a.ksd"));
    const QString b = dir.filePath(q("b.ksd"));
    const auto r = petaksd(args({"synth"}) << a << q("--entries") << q("400") << q("--seed") << q("7"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(q("552")));
    REQUIRE(petaksd(args({"synth"}) << b << q("--entries") << q("400") << q("--seed") << q("7")).exitCode == 0);
    auto la = KsdStore::load(a);
    auto lb = KsdStore::load(b);
    REQUIRE(la);
    REQUIRE(lb);
    CHECK(la->project == lb->project);
    SynthOptions o;
    o.entries = 400;
    o.seed = 7;
    CHECK(la->project == makeSyntheticProject(o));
    CHECK(la->project.scope.size() == 552);
    CHECK(la->project.entries.size() == 400);
    CHECK(petaksd(args({"suggest"}) << a).out == petaksd(args({"suggest"}) << b).out);

    CHECK(petaksd(args({"synth"}) << a << q("--entries") << q("10")).exitCode == 2); // exists
    CHECK(petaksd(args({"synth"}) << dir.filePath(q("c.ksd")) << q("--entries") << q("banyak")).exitCode == 2);
    CHECK(petaksd(args({"synth"}) << dir.filePath(q("d.ksd")) << q("--seed") << q("-1")).exitCode == 2);
}
