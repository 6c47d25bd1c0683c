// SPDX-License-Identifier: Apache-2.0
// petaksd send / petaksd merge (issue 8).
#include "helpers.h"

#include "merge/merge.h"
#include "store/ksdstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

const QString DLH = QStringLiteral("Dinas Lingkungan Hidup");
const QString PUPR = QStringLiteral("Dinas PUPR");
const QDateTime Old = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC);

Entry entry(const QString &urusan, const QString &title)
{
    Entry e;
    e.meta = RecordMeta{QUuid::createUuid(), Old, Old, QStringLiteral("Bappeda"), false};
    e.regionCode = QStringLiteral("63.03");
    e.urusanCode = urusan;
    e.title = title;
    e.year = 2024;
    return e;
}

/// The coordinator's project: two entries of 2.11, one of 1.03, one agreement of 2.11 with a monev record.
Project coordinatorProject()
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Pemetaan KSD Banjar 2024"), 2024);
    p.entries = {entry(QStringLiteral("2.11"), QStringLiteral("Sampah lintas batas")),
                 entry(QStringLiteral("2.11"), QStringLiteral("TPA penuh")),
                 entry(QStringLiteral("1.03"), QStringLiteral("Jalan poros"))};
    Agreement a;
    a.meta = RecordMeta{QUuid::createUuid(), Old, Old, QStringLiteral("Bappeda"), false};
    a.urusanCode = QStringLiteral("2.11");
    a.title = QStringLiteral("PKS TPA Regional");
    p.agreements.append(a);
    MonevRecord m;
    m.meta = RecordMeta{QUuid::createUuid(), Old, Old, QStringLiteral("Bappeda"), false};
    m.agreementId = a.meta.id;
    p.monev.append(m);
    return p;
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Project load(const QString &path)
{
    auto l = KsdStore::load(path);
    REQUIRE(l.ok());
    return l->project;
}

/// Changes the title of entry @p index of the project in @p path, stamped @p when and @p by.
void editEntry(const QString &path, int index, const QString &title, const QDateTime &when, const QString &by)
{
    Project p = load(path);
    REQUIRE(index < p.entries.size());
    p.entries[index].title = title;
    p.entries[index].meta.modified = when;
    p.entries[index].meta.modifiedBy = by;
    REQUIRE(KsdStore::save(p, path).ok());
}

struct Files
{
    QTemporaryDir dir;
    QString mine;
    QString path(const QString &name) const { return dir.filePath(name); }
};

void setUp(Files &f)
{
    REQUIRE(f.dir.isValid());
    f.mine = f.path(QStringLiteral("induk.ksd"));
    REQUIRE(KsdStore::save(coordinatorProject(), f.mine).ok());
}

/// Sends a copy to @p pd and returns its path and base time.
std::pair<QString, QDateTime> send(const Files &f, const QString &pd, const QString &file,
                                   const QStringList &extra = {})
{
    const QString out = f.path(file);
    const auto r = test::petaksd(QStringList{QStringLiteral("send"), f.mine, QStringLiteral("--to"), pd,
                                             QStringLiteral("-o"), out}
                                 + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const Project c = load(out);
    REQUIRE(c.copyInfo);
    return {out, c.copyInfo->madeAt};
}

QJsonObject json(const test::Run &r)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    INFO(r.out.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return d.object();
}

} // namespace

TEST_CASE("petaksd send writes a copy for a perangkat daerah", "[merge][cli]")
{
    Files f;
    setUp(f);
    const Project mine = load(f.mine);
    const QString out = f.path(QStringLiteral("dlh.ksd"));
    const auto r = test::petaksd({QStringLiteral("send"), f.mine, QStringLiteral("--to"), DLH,
                                  QStringLiteral("--urusan"), QStringLiteral("2.11"), QStringLiteral("-o"), out});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Salinan untuk Dinas Lingkungan Hidup ditulis ke")));
    CHECK(r.out.contains(QStringLiteral("2 isian, 0 usulan, 1 kerja sama")));
    const Project c = load(out);
    REQUIRE(c.copyInfo);
    CHECK(c.copyInfo->forPd == DLH);
    CHECK(c.copyInfo->urusan == QStringList{QStringLiteral("2.11")});
    CHECK(c.copyInfo->baseProjectId == mine.projectId);
    CHECK(c.copyInfo->baseTitle == mine.title);
    CHECK(c.projectId == mine.projectId);
    REQUIRE(c.entries.size() == 2);
    CHECK(c.entries[0] == mine.entries[0]);
    CHECK(c.entries[1] == mine.entries[1]);
    CHECK(c.monev == mine.monev);

    SECTION("an existing output file is never overwritten")
    {
        const QByteArray before = bytes(out);
        const auto again = test::petaksd({QStringLiteral("send"), f.mine, QStringLiteral("--to"), PUPR,
                                          QStringLiteral("-o"), out});
        CHECK(again.exitCode == 2);
        CHECK(again.err.contains(QStringLiteral("sudah ada")));
        CHECK(bytes(out) == before);
    }
    SECTION("a copy is not sent on")
    {
        const auto again = test::petaksd({QStringLiteral("send"), out, QStringLiteral("--to"), PUPR,
                                          QStringLiteral("-o"), f.path(QStringLiteral("x.ksd"))});
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(QStringLiteral("salinan untuk Dinas Lingkungan Hidup")));
        CHECK_FALSE(QFileInfo::exists(f.path(QStringLiteral("x.ksd"))));
    }
    SECTION("bad arguments")
    {
        const auto badUrusan = test::petaksd({QStringLiteral("send"), f.mine, QStringLiteral("--to"), PUPR,
                                              QStringLiteral("--urusan"), QStringLiteral("2.11,9.99"),
                                              QStringLiteral("-o"), f.path(QStringLiteral("y.ksd"))});
        CHECK(badUrusan.exitCode == 2);
        CHECK(badUrusan.err.contains(QStringLiteral("9.99")));
        const auto noPd = test::petaksd({QStringLiteral("send"), f.mine, QStringLiteral("-o"),
                                         f.path(QStringLiteral("y.ksd"))});
        CHECK(noPd.exitCode == 2);
        CHECK(noPd.err.contains(QStringLiteral("--to")));
        CHECK_FALSE(QFileInfo::exists(f.path(QStringLiteral("y.ksd"))));
    }
}

TEST_CASE("petaksd merge takes a returned copy, once", "[merge][cli]")
{
    Files f;
    setUp(f);
    const auto [copy, base] =
        send(f, DLH, QStringLiteral("dlh.ksd"), {QStringLiteral("--urusan"), QStringLiteral("2.11")});
    editEntry(copy, 0, QStringLiteral("Sampah lintas batas (DLH)"), base.addMSecs(5), DLH);
    {
        Project c = load(copy);
        Entry e = entry(QStringLiteral("2.11"), QStringLiteral("Lindi TPA"));
        e.meta = RecordMeta{QUuid::createUuid(), base.addMSecs(6), base.addMSecs(6), DLH, false};
        c.entries.append(e);
        REQUIRE(KsdStore::save(c, copy).ok());
    }

    SECTION("--dry-run shows the counts and changes nothing")
    {
        const QByteArray before = bytes(f.mine);
        const auto r = test::petaksd({QStringLiteral("merge"), f.mine, copy, QStringLiteral("--dry-run")});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Dinas Lingkungan Hidup (dlh.ksd): 1 ditambahkan, 1 diubah, 0 dihapus, "
                                            "0 konflik")));
        CHECK(r.out.contains(QStringLiteral("--dry-run")));
        CHECK(bytes(f.mine) == before);
    }

    const auto r = test::petaksd({QStringLiteral("merge"), f.mine, copy});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Disimpan ke")));
    const Project merged = load(f.mine);
    CHECK(merged.entries.size() == 4);
    CHECK(merged.entries[0].title == QStringLiteral("Sampah lintas batas (DLH)"));
    CHECK(merged.entries[0].meta.modifiedBy == DLH);
    REQUIRE(merged.mergeLog.size() == 2);
    CHECK(merged.mergeLog[0].sourcePd == DLH);
    CHECK(merged.mergeLog[0].sourceFile == QStringLiteral("dlh.ksd"));
    CHECK(merged.mergeLog[0].action == QStringLiteral("changed"));
    CHECK(merged.mergeLog[1].action == QStringLiteral("added"));

    // The same copy again: nothing changes, the file is not even rewritten.
    const QByteArray before = bytes(f.mine);
    const auto again = test::petaksd({QStringLiteral("merge"), f.mine, copy, QStringLiteral("--json")});
    CHECK(again.exitCode == 0);
    const QJsonObject j = json(again);
    CHECK(j.value(QStringLiteral("saved")).toBool() == false);
    CHECK(j.value(QStringLiteral("total")).toObject() == QJsonObject{{QStringLiteral("added"), 0},
                                                                     {QStringLiteral("changed"), 0},
                                                                     {QStringLiteral("deleted"), 0},
                                                                     {QStringLiteral("conflicts"), 0}});
    CHECK(bytes(f.mine) == before);
}

TEST_CASE("petaksd merge stops on conflicts with exit 3 and lists them", "[merge][cli]")
{
    Files f;
    setUp(f);
    const auto [dlh, base] = send(f, DLH, QStringLiteral("dlh.ksd"));
    const auto [pupr, base2] = send(f, PUPR, QStringLiteral("pupr.ksd"));
    // Both the coordinator and DLH change "TPA penuh"; PUPR deletes "Jalan poros" and adds nothing.
    editEntry(f.mine, 1, QStringLiteral("TPA penuh 2025"), base2.addMSecs(3), QStringLiteral("Bappeda"));
    editEntry(dlh, 1, QStringLiteral("TPA penuh, perlu TPA regional"), base.addMSecs(5), DLH);
    {
        Project c = load(pupr);
        c.entries[2].meta.deleted = true;
        c.entries[2].meta.modified = base2.addMSecs(7);
        c.entries[2].meta.modifiedBy = PUPR;
        REQUIRE(KsdStore::save(c, pupr).ok());
    }
    const QString entryId = load(f.mine).entries[1].meta.id.toString(QUuid::WithoutBraces);
    const QByteArray before = bytes(f.mine);

    SECTION("without --prefer: listed field by field, nothing saved")
    {
        const auto r = test::petaksd({QStringLiteral("merge"), f.mine, dlh, pupr});
        CHECK(r.exitCode == 3);
        CHECK(r.out.contains(QStringLiteral("Dinas Lingkungan Hidup (dlh.ksd): 0 ditambahkan, 0 diubah, 0 dihapus, "
                                            "1 konflik")));
        CHECK(r.out.contains(QStringLiteral("Dinas PUPR (pupr.ksd): 0 ditambahkan, 0 diubah, 1 dihapus, 0 konflik")));
        CHECK(r.out.contains(QStringLiteral("KONFLIK Isian %1 \"TPA penuh 2025\": diubah di kedua sisi").arg(entryId)));
        CHECK(r.out.contains(QStringLiteral("Judul: saya «TPA penuh 2025» | PD «TPA penuh, perlu TPA regional»")));
        CHECK(r.out.contains(QStringLiteral("oleh Dinas Lingkungan Hidup")));
        CHECK(r.err.contains(QStringLiteral("penggabungan dihentikan: 1 konflik belum diputuskan")));
        CHECK(bytes(f.mine) == before);
    }
    SECTION("--json: counts per PD and the conflicts")
    {
        const auto r = test::petaksd({QStringLiteral("merge"), f.mine, dlh, pupr, QStringLiteral("--json")});
        CHECK(r.exitCode == 3);
        const QJsonObject j = json(r);
        CHECK(j.value(QStringLiteral("complete")).toBool() == false);
        CHECK(j.value(QStringLiteral("unresolved")).toInt() == 1);
        const QJsonArray copies = j.value(QStringLiteral("copies")).toArray();
        REQUIRE(copies.size() == 2);
        const QJsonObject c0 = copies[0].toObject();
        CHECK(c0.value(QStringLiteral("pd")).toString() == DLH);
        CHECK(c0.value(QStringLiteral("added")).toInt() == 0);
        CHECK(c0.value(QStringLiteral("changed")).toInt() == 0);
        CHECK(c0.value(QStringLiteral("deleted")).toInt() == 0);
        CHECK(c0.value(QStringLiteral("conflicts")).toInt() == 1);
        const QJsonObject conflict = c0.value(QStringLiteral("conflictDetails")).toArray()[0].toObject();
        CHECK(conflict.value(QStringLiteral("type")).toString() == QStringLiteral("entry"));
        CHECK(conflict.value(QStringLiteral("id")).toString() == entryId);
        CHECK(conflict.value(QStringLiteral("kind")).toString() == QStringLiteral("both_changed"));
        CHECK(conflict.value(QStringLiteral("resolution")).toString() == QStringLiteral("unresolved"));
        const QJsonObject field = conflict.value(QStringLiteral("fields")).toArray()[0].toObject();
        CHECK(field.value(QStringLiteral("field")).toString() == QStringLiteral("title"));
        CHECK(field.value(QStringLiteral("mine")).toString() == QStringLiteral("TPA penuh 2025"));
        CHECK(field.value(QStringLiteral("theirs")).toString() == QStringLiteral("TPA penuh, perlu TPA regional"));
        const QJsonObject c1 = copies[1].toObject();
        CHECK(c1.value(QStringLiteral("pd")).toString() == PUPR);
        CHECK(c1.value(QStringLiteral("deleted")).toInt() == 1);
        CHECK(c1.value(QStringLiteral("conflicts")).toInt() == 0);
        CHECK(bytes(f.mine) == before);
    }
    SECTION("--dry-run --prefer theirs changes nothing")
    {
        const auto r = test::petaksd({QStringLiteral("merge"), f.mine, dlh, pupr, QStringLiteral("--prefer"),
                                      QStringLiteral("theirs"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        CHECK(r.exitCode == 0);
        CHECK(json(r).value(QStringLiteral("saved")).toBool() == false);
        CHECK(bytes(f.mine) == before);
    }
    SECTION("--prefer theirs")
    {
        const auto r = test::petaksd({QStringLiteral("merge"), f.mine, dlh, pupr, QStringLiteral("--prefer"),
                                      QStringLiteral("theirs")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("→ dipakai versi PD")));
        const Project p = load(f.mine);
        CHECK(p.entries[1].title == QStringLiteral("TPA penuh, perlu TPA regional"));
        CHECK(p.entries[2].meta.deleted);
        REQUIRE(p.mergeLog.size() == 2);
        CHECK(p.mergeLog[0].action == QStringLiteral("conflict_theirs"));
        CHECK(p.mergeLog[1].action == QStringLiteral("deleted"));
        CHECK(p.mergeLog[1].sourcePd == PUPR);
        // and again, without --prefer: nothing left to decide
        const auto again = test::petaksd({QStringLiteral("merge"), f.mine, dlh, pupr});
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("Tidak ada perubahan")));
    }
    SECTION("--prefer mine")
    {
        const auto r = test::petaksd({QStringLiteral("merge"), f.mine, dlh, pupr, QStringLiteral("--prefer"),
                                      QStringLiteral("mine")});
        CHECK(r.exitCode == 0);
        const Project p = load(f.mine);
        CHECK(p.entries[1].title == QStringLiteral("TPA penuh 2025"));
        CHECK(p.entries[2].meta.deleted);
        REQUIRE(p.mergeLog.size() == 2);
        CHECK(p.mergeLog[0].action == QStringLiteral("conflict_mine"));
        const auto again = test::petaksd({QStringLiteral("merge"), f.mine, dlh, pupr});
        CHECK(again.exitCode == 0);
    }
    SECTION("a bad --prefer")
    {
        const auto r = test::petaksd({QStringLiteral("merge"), f.mine, dlh, QStringLiteral("--prefer"),
                                      QStringLiteral("kita")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("kita")));
    }
}

TEST_CASE("petaksd merge refuses foreign projects and newer files, migrates older ones", "[merge][cli]")
{
    Files f;
    setUp(f);
    const QByteArray before = bytes(f.mine);

    SECTION("a copy of another project")
    {
        const QString other = f.path(QStringLiteral("lain.ksd"));
        REQUIRE(test::petaksd({QStringLiteral("new"), other, QStringLiteral("--region"), QStringLiteral("63.71"),
                               QStringLiteral("--title"), QStringLiteral("Pemetaan KSD Banjarmasin")})
                    .exitCode == 0);
        const QString otherCopy = f.path(QStringLiteral("lain-dlh.ksd"));
        REQUIRE(test::petaksd({QStringLiteral("send"), other, QStringLiteral("--to"), DLH, QStringLiteral("-o"),
                               otherCopy})
                    .exitCode == 0);
        const auto r = test::petaksd({QStringLiteral("merge"), f.mine, otherCopy});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("bukan salinan proyek ini")));
        CHECK(r.err.contains(QStringLiteral("Pemetaan KSD Banjarmasin")));
        CHECK(r.err.contains(QStringLiteral("Pemetaan KSD Banjar 2024")));
        // a project that is no copy at all
        const auto r2 = test::petaksd({QStringLiteral("merge"), f.mine, other});
        CHECK(r2.exitCode == 2);
        CHECK(r2.err.contains(QStringLiteral("bukan salinan proyek ini")));
        CHECK(bytes(f.mine) == before);
    }
    SECTION("a copy written by a newer PetaKSD")
    {
        const auto [copy, base] = send(f, DLH, QStringLiteral("dlh.ksd"));
        QFile file(copy);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(60); // SQLite header: user_version, big-endian
        file.write(QByteArray("\0\0\0\x09", 4));
        file.close();
        const auto r = test::petaksd({QStringLiteral("merge"), f.mine, copy});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("versi PetaKSD yang lebih baru (format versi 9)")));
        CHECK(bytes(f.mine) == before);
    }
    SECTION("a copy in an older format is migrated first")
    {
        const auto [copy, base] = send(f, DLH, QStringLiteral("dlh.ksd"));
        Project c = load(copy);
        c.entries[0].title = QStringLiteral("Sampah lintas batas (DLH)");
        c.entries[0].meta.modified = base.addMSecs(5);
        c.entries[0].meta.modifiedBy = DLH;
        REQUIRE(KsdStore::saveAsVersion(c, copy, 1).ok());
        const auto r = test::petaksd({QStringLiteral("merge"), f.mine, copy});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.err.contains(QStringLiteral("format versi 1 diperbarui")));
        CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral(".v1.bak"))); // a copy is only read
        CHECK(load(f.mine).entries[0].title == QStringLiteral("Sampah lintas batas (DLH)"));
    }
}
