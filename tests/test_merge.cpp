// SPDX-License-Identifier: Apache-2.0
// core/merge: copies for perangkat daerah, three-way merge plan, apply, merge log (issue 8).
#include "helpers.h"

#include "io/csv.h"
#include "merge/merge.h"
#include "store/ksdstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

const QDateTime T0 = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC); // the copy's base time

QDateTime at(int ms)
{
    return T0.addMSecs(ms);
}

QUuid uid(int n)
{
    return QUuid(uint(n), 0x1234, 0x5678, 1, 2, 3, 4, 5, 6, 7, 8);
}

RecordMeta meta(int n, const QDateTime &modified = at(-60000), const QString &by = QStringLiteral("Bappeda"))
{
    return RecordMeta{uid(n), at(-120000), modified, by, false};
}

Entry entry(int n, const QString &urusan, const QString &title)
{
    Entry e;
    e.meta = meta(n);
    e.kind = EntryKind::Kebutuhan;
    e.regionCode = QStringLiteral("63.03");
    e.urusanCode = urusan;
    e.title = title;
    e.priority = 3;
    e.sourcePd = QStringLiteral("Bappeda");
    e.year = 2024;
    return e;
}

/// A project with entries 1..6 (urusan 2.11 and 1.03), a proposal, an agreement of 2.11 with a monev record and
/// a document, and an agreement of 1.03 with its own monev record.
Project baseProject()
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Pemetaan KSD Banjar 2024"), 2024);
    p.projectId = uid(9000);
    for (int i = 1; i <= 6; ++i) {
        p.entries.append(entry(i, i % 2 ? QStringLiteral("2.11") : QStringLiteral("1.03"),
                               QStringLiteral("Isian %1").arg(i)));
    }
    Proposal x;
    x.meta = meta(20);
    x.urusanCode = QStringLiteral("2.11");
    x.title = QStringLiteral("TPA regional");
    p.proposals.append(x);
    Agreement a;
    a.meta = meta(30);
    a.urusanCode = QStringLiteral("2.11");
    a.title = QStringLiteral("PKS TPA");
    p.agreements.append(a);
    Agreement b;
    b.meta = meta(31);
    b.urusanCode = QStringLiteral("1.03");
    b.title = QStringLiteral("PKS Jalan");
    p.agreements.append(b);
    MonevRecord m;
    m.meta = meta(40);
    m.agreementId = a.meta.id;
    m.date = QDate(2024, 2, 1);
    p.monev.append(m);
    MonevRecord m2;
    m2.meta = meta(41);
    m2.agreementId = b.meta.id;
    p.monev.append(m2);
    AttachedDocument d;
    d.meta = meta(50);
    d.agreementId = a.meta.id;
    d.fileName = QStringLiteral("pks.pdf");
    d.data = QByteArrayLiteral("%PDF");
    p.documents.append(d);
    return p;
}

template<typename T>
T *find(QList<T> &list, int n)
{
    for (T &r : list) {
        if (r.meta.id == uid(n))
            return &r;
    }
    return nullptr;
}

void touch(RecordMeta &m, int ms, const QString &by)
{
    m.modified = at(ms);
    m.modifiedBy = by;
}

const MergeChange *findChange(const MergePlan &p, int n)
{
    for (const MergeChange &c : p.changes) {
        if (c.id == uid(n))
            return &c;
    }
    return nullptr;
}

const MergeConflict *findConflict(const MergePlan &p, int n)
{
    for (const MergeConflict &c : p.conflicts) {
        if (c.id == uid(n))
            return &c;
    }
    return nullptr;
}

const FieldDiff *findField(const QList<FieldDiff> &fields, const QString &key)
{
    for (const FieldDiff &f : fields) {
        if (f.field == key)
            return &f;
    }
    return nullptr;
}

const QString DLH = QStringLiteral("Dinas Lingkungan Hidup");

} // namespace

TEST_CASE("makeCopy records who it is for and keeps ids", "[merge]")
{
    const Project p = baseProject();
    const Project before = p;

    SECTION("without urusan: everything")
    {
        const Project c = makeCopy(p, QStringLiteral("  Dinas PUPR "), {}, T0);
        REQUIRE(c.copyInfo);
        CHECK(c.copyInfo->forPd == QStringLiteral("Dinas PUPR"));
        CHECK(c.copyInfo->baseProjectId == p.projectId);
        CHECK(c.copyInfo->baseTitle == p.title);
        CHECK(c.copyInfo->madeAt == T0);
        CHECK(c.copyInfo->urusan.isEmpty());
        CHECK(c.projectId == p.projectId);
        CHECK(c.entries == p.entries);
        CHECK(c.documents == p.documents);
    }
    SECTION("with urusan: only those, with the monev and documents of kept agreements")
    {
        const Project c = makeCopy(p, DLH, {QStringLiteral("2.11"), QStringLiteral(" 2.11"), QString()}, T0);
        REQUIRE(c.copyInfo);
        CHECK(c.copyInfo->urusan == QStringList{QStringLiteral("2.11")});
        QList<QUuid> entryIds;
        for (const Entry &e : c.entries)
            entryIds << e.meta.id;
        CHECK(entryIds == QList<QUuid>{uid(1), uid(3), uid(5)});
        REQUIRE(c.agreements.size() == 1);
        CHECK(c.agreements[0].meta.id == uid(30));
        REQUIRE(c.monev.size() == 1);
        CHECK(c.monev[0].meta.id == uid(40));
        CHECK(c.documents.size() == 1);
        CHECK(c.proposals.size() == 1);
    }
    CHECK(p == before);
}

TEST_CASE("edits in a copy are stamped with its perangkat daerah, after the base", "[merge]")
{
    const Project p = baseProject();
    CHECK(editorName(p, QStringLiteral("Bagian Pemerintahan")) == QStringLiteral("Bagian Pemerintahan"));
    CHECK(copyBanner(p).isEmpty());
    CHECK(canMakeCopy(p).ok());

    const Project c = makeCopy(p, DLH, {QStringLiteral("2.11")}, T0);
    CHECK(editorName(c, QStringLiteral("Bagian Pemerintahan")) == DLH);
    CHECK(copyBanner(c).startsWith(QStringLiteral("Salinan untuk Dinas Lingkungan Hidup, dibuat dari proyek "
                                                  "Pemetaan KSD Banjar 2024 pada tanggal ")));
    CHECK(copyBanner(c).contains(QStringLiteral("2024")));
    const Status again = canMakeCopy(c);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == int(MergeError::CopyOfCopy));

    RecordMeta m = c.entries[0].meta;
    // A PC whose clock runs behind the coordinator's still stamps a time after the base.
    stampEdit(c, m, QStringLiteral("x"), at(-5000));
    CHECK(m.modifiedBy == DLH);
    CHECK(m.modified == at(1));
    stampEdit(c, m, QStringLiteral("x"), at(7000));
    CHECK(m.modified == at(7000));
    CHECK(editTime(p, at(-5000)) == at(-5000));
}

TEST_CASE("planMerge classifies every record three-way against the copy's base", "[merge]")
{
    const Project base = baseProject();
    Project theirs = makeCopy(base, DLH, {}, T0);
    Project mine = base;

    // 1: changed in the copy only
    find(theirs.entries, 1)->title = QStringLiteral("Isian 1 (DLH)");
    touch(find(theirs.entries, 1)->meta, 10, DLH);
    // 2: changed here only
    find(mine.entries, 2)->priority = 5;
    touch(find(mine.entries, 2)->meta, 20, QStringLiteral("Bappeda"));
    // 3: changed on both sides, differently
    find(mine.entries, 3)->title = QStringLiteral("Isian 3 (saya)");
    find(mine.entries, 3)->priority = 4;
    touch(find(mine.entries, 3)->meta, 30, QStringLiteral("Bappeda"));
    find(theirs.entries, 3)->title = QStringLiteral("Isian 3 (DLH)");
    touch(find(theirs.entries, 3)->meta, 31, DLH);
    // 4: deleted in the copy only
    find(theirs.entries, 4)->meta.deleted = true;
    touch(find(theirs.entries, 4)->meta, 40, DLH);
    // 5: deleted in the copy, changed here
    find(theirs.entries, 5)->meta.deleted = true;
    touch(find(theirs.entries, 5)->meta, 50, DLH);
    find(mine.entries, 5)->description = QStringLiteral("lebih rinci");
    touch(find(mine.entries, 5)->meta, 51, QStringLiteral("Bappeda"));
    // 6: deleted here, changed in the copy
    find(mine.entries, 6)->meta.deleted = true;
    touch(find(mine.entries, 6)->meta, 60, QStringLiteral("Bappeda"));
    find(theirs.entries, 6)->unit = QStringLiteral("ton");
    touch(find(theirs.entries, 6)->meta, 61, DLH);
    // proposal 20: the same change on both sides: nothing to do
    find(mine.proposals, 20)->title = QStringLiteral("TPA regional Banjarbakula");
    touch(find(mine.proposals, 20)->meta, 70, QStringLiteral("Bappeda"));
    find(theirs.proposals, 20)->title = QStringLiteral("TPA regional Banjarbakula");
    touch(find(theirs.proposals, 20)->meta, 71, DLH);
    // agreement 30 and its document deleted on both sides: nothing to do
    find(mine.documents, 50)->meta.deleted = true;
    touch(find(mine.documents, 50)->meta, 80, QStringLiteral("Bappeda"));
    find(theirs.documents, 50)->meta.deleted = true;
    touch(find(theirs.documents, 50)->meta, 81, DLH);
    // new in the copy: an entry, a monev record; an entry added and deleted again in the copy is not taken
    Entry added = entry(100, QStringLiteral("2.11"), QStringLiteral("Baru dari DLH"));
    added.meta = RecordMeta{uid(100), at(90), at(90), DLH, false};
    theirs.entries.append(added);
    Entry gone = entry(101, QStringLiteral("2.11"), QStringLiteral("Salah ketik"));
    gone.meta = RecordMeta{uid(101), at(91), at(92), DLH, true};
    theirs.entries.append(gone);
    MonevRecord m;
    m.meta = RecordMeta{uid(102), at(93), at(93), DLH, false};
    m.agreementId = uid(30);
    m.date = QDate(2024, 3, 2);
    m.kendala = QStringLiteral("Lahan");
    theirs.monev.append(m);
    // new here after the copy was made: not in the copy, and not deleted by the merge
    Entry mineNew = entry(103, QStringLiteral("2.11"), QStringLiteral("Baru di induk"));
    mineNew.meta = RecordMeta{uid(103), at(95), at(95), QStringLiteral("Bappeda"), false};
    mine.entries.append(mineNew);

    const Project mineBefore = mine;
    auto plan = planMerge(mine, theirs, QStringLiteral("/tmp/kiriman/dlh.ksd"));
    REQUIRE(plan.ok());
    CHECK(plan->sourcePd == DLH);
    CHECK(plan->base == T0);
    CHECK(plan->counts() == MergeCounts{2, 1, 1, 3});

    REQUIRE(findChange(*plan, 1));
    CHECK(findChange(*plan, 1)->kind == ChangeKind::Changed);
    REQUIRE(findField(findChange(*plan, 1)->fields, QStringLiteral("title")));
    CHECK(findField(findChange(*plan, 1)->fields, QStringLiteral("title"))->theirs == QStringLiteral("Isian 1 (DLH)"));
    CHECK(findChange(*plan, 1)->fields.size() == 1);
    REQUIRE(findChange(*plan, 4));
    CHECK(findChange(*plan, 4)->kind == ChangeKind::Deleted);
    REQUIRE(findChange(*plan, 100));
    CHECK(findChange(*plan, 100)->kind == ChangeKind::Added);
    CHECK_FALSE(findChange(*plan, 100)->mine.present);
    REQUIRE(findChange(*plan, 102));
    CHECK(findChange(*plan, 102)->type == MergeRecordType::Monev);
    CHECK(findChange(*plan, 102)->title == QStringLiteral("Monev PKS TPA, 2024-03-02"));
    for (int quiet : {2, 20, 30, 50, 101, 103})
        CHECK_FALSE((findChange(*plan, quiet) || findConflict(*plan, quiet)));
    // The same change on both sides, and a deletion on both sides: nothing to do, only noted in the log.
    REQUIRE(plan->same.size() == 2);
    CHECK(plan->same[0].id == uid(20));
    CHECK(plan->same[1].id == uid(50));

    SECTION("conflicts carry field-by-field differences and who changed what when")
    {
        const MergeConflict *both = findConflict(*plan, 3);
        REQUIRE(both);
        CHECK(both->kind == ConflictKind::BothChanged);
        CHECK(both->type == MergeRecordType::Entry);
        CHECK(both->title == QStringLiteral("Isian 3 (saya)"));
        CHECK(both->mine == RecordVersion{true, at(30), QStringLiteral("Bappeda"), false});
        CHECK(both->theirs == RecordVersion{true, at(31), DLH, false});
        REQUIRE(both->fields.size() == 2);
        CHECK(both->fields[0] == FieldDiff{QStringLiteral("title"), QStringLiteral("Judul"),
                                           QStringLiteral("Isian 3 (saya)"), QStringLiteral("Isian 3 (DLH)")});
        CHECK(both->fields[1] == FieldDiff{QStringLiteral("priority"), QStringLiteral("Prioritas"), QStringLiteral("4"),
                                           QStringLiteral("3")});

        const MergeConflict *delTheirs = findConflict(*plan, 5);
        REQUIRE(delTheirs);
        CHECK(delTheirs->kind == ConflictKind::DeletedInTheirs);
        REQUIRE(findField(delTheirs->fields, QStringLiteral("deleted")));
        CHECK(findField(delTheirs->fields, QStringLiteral("deleted"))->mine == QStringLiteral("ada"));
        CHECK(findField(delTheirs->fields, QStringLiteral("deleted"))->theirs == QStringLiteral("dihapus"));

        const MergeConflict *delMine = findConflict(*plan, 6);
        REQUIRE(delMine);
        CHECK(delMine->kind == ConflictKind::DeletedInMine);
        CHECK(delMine->mine.deleted);
        REQUIRE(findField(delMine->fields, QStringLiteral("unit")));
        CHECK(findField(delMine->fields, QStringLiteral("unit"))->label == QStringLiteral("Satuan"));
    }

    SECTION("applyMerge refuses open conflicts and changes nothing")
    {
        auto r = applyMerge(mine, *plan, {}, at(1000));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == int(MergeError::Unresolved));
        CHECK(r.error().message.contains(QStringLiteral("3 konflik")));
    }

    SECTION("keeping mine: deleted stays deleted, every decision is logged")
    {
        auto r = applyMerge(mine, *plan, Resolutions::allMine(), at(1000));
        REQUIRE(r.ok());
        const Project &out = *r;
        CHECK(out.entry(uid(1))->title == QStringLiteral("Isian 1 (DLH)"));
        CHECK(out.entry(uid(1))->meta == find(theirs.entries, 1)->meta);
        CHECK(*out.entry(uid(2)) == *find(mine.entries, 2));
        CHECK(*out.entry(uid(3)) == *find(mine.entries, 3));
        CHECK(out.entry(uid(4))->meta.deleted);
        CHECK_FALSE(out.entry(uid(5))->meta.deleted);
        CHECK(out.entry(uid(6))->meta.deleted);
        CHECK(out.entry(uid(100))->title == QStringLiteral("Baru dari DLH"));
        CHECK(out.entry(uid(101)) == nullptr);
        CHECK(out.entry(uid(103)));
        CHECK(out.monev.size() == 3);
        CHECK(out.modified == at(1000));
        REQUIRE(out.mergeLog.size() == 9);
        QStringList actions;
        for (const MergeLogEntry &row : out.mergeLog) {
            actions << row.action;
            CHECK(row.sourcePd == DLH);
            CHECK(row.sourceFile == QStringLiteral("dlh.ksd"));
            CHECK(row.at == at(1000));
        }
        CHECK(actions == QStringList{QStringLiteral("changed"), QStringLiteral("deleted"), QStringLiteral("added"),
                                     QStringLiteral("added"), QStringLiteral("same"), QStringLiteral("same"),
                                     QStringLiteral("conflict_mine"), QStringLiteral("conflict_mine"),
                                     QStringLiteral("conflict_mine")});
        CHECK(out.mergeLog[4].recordId == uid(20));
        CHECK(out.mergeLog[5].recordType == QStringLiteral("document"));
        CHECK(out.mergeLog[6].recordType == QStringLiteral("entry"));
        CHECK(out.mergeLog[6].recordId == uid(3));
        CHECK(out.mergeLog[6].detail.contains(QStringLiteral("Judul, Prioritas")));
        CHECK(mine == mineBefore); // pure: undo is swapping back to the old project

        // Merging the same copy again: nothing to take and nothing to decide, no log rows.
        auto again = planMerge(out, theirs, QStringLiteral("dlh.ksd"));
        REQUIRE(again.ok());
        CHECK(again->isEmpty());
        auto out2 = applyMerge(out, *again, {}, at(2000));
        REQUIRE(out2.ok());
        CHECK(*out2 == out);
    }

    SECTION("per conflict choice, bulk for the rest")
    {
        Resolutions res;
        res.all = Resolution::Mine;
        res.byConflict.insert(findConflict(*plan, 6)->key(), Resolution::Theirs);
        res.byConflict.insert(findConflict(*plan, 3)->key(), Resolution::Theirs);
        CHECK(findConflict(*plan, 6)->key() == QStringLiteral("entry:") + uid(6).toString(QUuid::WithoutBraces));
        auto r = applyMerge(mine, *plan, res, at(1000));
        REQUIRE(r.ok());
        CHECK(*r->entry(uid(3)) == *find(theirs.entries, 3));
        CHECK_FALSE(r->entry(uid(6))->meta.deleted); // restored: the planner chose the PD's version
        CHECK(r->entry(uid(6))->unit == QStringLiteral("ton"));
        CHECK_FALSE(r->entry(uid(5))->meta.deleted);
        auto again = planMerge(*r, theirs, QStringLiteral("dlh.ksd"));
        REQUIRE(again.ok());
        CHECK(again->isEmpty());
    }

    SECTION("a plan made against another state of the project is refused")
    {
        Project edited = mine;
        find(edited.entries, 1)->title = QStringLiteral("diubah lagi");
        touch(find(edited.entries, 1)->meta, 500, QStringLiteral("Bappeda"));
        auto r = applyMerge(edited, *plan, Resolutions::allTheirs(), at(1000));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == int(MergeError::ProjectChanged));
    }
}

TEST_CASE("a difference that neither side's time explains is a conflict, not a silent loss", "[merge]")
{
    const Project base = baseProject();
    Project theirs = makeCopy(base, DLH, {}, T0);
    // An edit made on a PC whose clock ran behind, without stampEdit().
    find(theirs.entries, 1)->title = QStringLiteral("diubah, jam salah");
    touch(find(theirs.entries, 1)->meta, -30000, DLH);
    auto plan = planMerge(base, theirs);
    REQUIRE(plan.ok());
    REQUIRE(plan->conflicts.size() == 1);
    CHECK(plan->conflicts[0].kind == ConflictKind::Unclear);
    CHECK(plan->changes.isEmpty());
}

TEST_CASE("a project that is not a copy of this one is refused, naming both", "[merge]")
{
    const Project mine = baseProject();
    SECTION("not a copy at all")
    {
        auto plan = planMerge(mine, baseProject(), QStringLiteral("lain.ksd"));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().code == int(MergeError::NotACopy));
        CHECK(plan.error().message.contains(QStringLiteral("bukan salinan proyek ini")));
        CHECK(plan.error().where == QStringLiteral("lain.ksd"));
    }
    SECTION("a copy of another project")
    {
        Project other = Project::create(QStringLiteral("63.71"), QStringLiteral("Pemetaan KSD Banjarmasin"), 2024);
        const Project copy = makeCopy(other, DLH, {}, T0);
        auto plan = planMerge(mine, copy);
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().code == int(MergeError::ForeignProject));
        CHECK(plan.error().message.contains(QStringLiteral("bukan salinan proyek ini")));
        CHECK(plan.error().message.contains(QStringLiteral("Pemetaan KSD Banjarmasin")));
        CHECK(plan.error().message.contains(QStringLiteral("Pemetaan KSD Banjar 2024")));
        auto all = mergeAll(mine, {MergeSource{copy, QStringLiteral("bjm.ksd"), 2, {}}}, {}, at(10));
        REQUIRE_FALSE(all.ok());
        CHECK(all.error().where == QStringLiteral("bjm.ksd"));
    }
}

TEST_CASE("copies are read through the store: newer refused, older migrated", "[merge]")
{
    QTemporaryDir dir;
    const Project mine = baseProject();
    Project copy = makeCopy(mine, DLH, {QStringLiteral("2.11")}, T0);
    find(copy.entries, 1)->title = QStringLiteral("Isian 1 (DLH)");
    touch(find(copy.entries, 1)->meta, 10, DLH);

    SECTION("an older schema version is migrated, then merged")
    {
        const QString path = dir.filePath(QStringLiteral("lama.ksd"));
        REQUIRE(KsdStore::saveAsVersion(copy, path, 1).ok());
        auto src = loadCopy(path);
        REQUIRE(src.ok());
        CHECK(src->fileVersion == 1);
        CHECK(src->backupPath.isEmpty()); // migrated in memory: a copy is only read, nothing is written beside it
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("lama.ksd")});
        REQUIRE(src->copy.copyInfo);
        CHECK(src->copy.copyInfo->forPd == DLH);
        auto out = mergeAll(mine, {*src}, {}, at(100));
        REQUIRE(out.ok());
        CHECK(out->complete());
        CHECK(out->total() == MergeCounts{0, 1, 0, 0});
        CHECK(out->project.entry(uid(1))->title == QStringLiteral("Isian 1 (DLH)"));
    }
    SECTION("a newer schema version is refused with the store's message")
    {
        const QString path = dir.filePath(QStringLiteral("baru.ksd"));
        REQUIRE(KsdStore::save(copy, path).ok());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(60); // SQLite header: user_version, big-endian
        f.write(QByteArray("\0\0\0\x63", 4));
        f.close();
        auto src = loadCopy(path);
        REQUIRE_FALSE(src.ok());
        CHECK(src.error().code == int(StoreError::NewerVersion));
        CHECK(src.error().message.contains(QStringLiteral("versi 99")));
        CHECK(src.error().where == path);
    }
}

TEST_CASE("merge log exports to CSV for Excel", "[merge]")
{
    const Project base = baseProject();
    Project theirs = makeCopy(base, DLH, {}, T0);
    find(theirs.entries, 1)->title = QStringLiteral("Isian; \"satu\"");
    touch(find(theirs.entries, 1)->meta, 10, DLH);
    auto plan = planMerge(base, theirs, QStringLiteral("dlh.ksd"));
    REQUIRE(plan.ok());
    auto out = applyMerge(base, *plan, {}, at(1000));
    REQUIRE(out.ok());
    REQUIRE(out->mergeLog.size() == 1);

    const QByteArray bytes = mergeLogCsv(out->mergeLog);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<csv::Record> rows = csv::parse(csv::decode(bytes), QLatin1Char(';'));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields == QStringList{QStringLiteral("Waktu (UTC)"), QStringLiteral("Perangkat daerah"),
                                        QStringLiteral("Berkas salinan"), QStringLiteral("Jenis rekaman"),
                                        QStringLiteral("ID rekaman"), QStringLiteral("Tindakan"),
                                        QStringLiteral("Keterangan")});
    CHECK(rows[1].fields.value(0) == QStringLiteral("2024-03-01T08:00:01.000Z"));
    CHECK(rows[1].fields.value(1) == DLH);
    CHECK(rows[1].fields.value(2) == QStringLiteral("dlh.ksd"));
    CHECK(rows[1].fields.value(3) == QStringLiteral("Isian"));
    CHECK(rows[1].fields.value(4) == uid(1).toString(QUuid::WithoutBraces));
    CHECK(rows[1].fields.value(5) == QStringLiteral("diubah"));
    CHECK(rows[1].fields.value(6).startsWith(QStringLiteral("\"Isian 1\"; kolom: Judul")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    REQUIRE(exportMergeLogCsv(out->mergeLog, path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == bytes);
    const Status bad = exportMergeLogCsv(out->mergeLog, dir.filePath(QStringLiteral("tidak/ada/log.csv")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == int(MergeError::WriteFailed));
}

TEST_CASE("a copy merged before is not offered again after the record moved on here", "[merge]")
{
    const Project base = baseProject();
    Project dlh = makeCopy(base, DLH, {}, T0);
    Project pupr = makeCopy(base, QStringLiteral("Dinas PUPR"), {}, T0);
    Project mine = base;

    SECTION("a deletion on both sides, then a restore chosen by the planner")
    {
        find(mine.entries, 1)->meta.deleted = true;
        touch(find(mine.entries, 1)->meta, 10, QStringLiteral("Bappeda"));
        find(dlh.entries, 1)->meta.deleted = true;
        touch(find(dlh.entries, 1)->meta, 11, DLH);
        find(pupr.entries, 1)->title = QStringLiteral("Isian 1 (PUPR)");
        touch(find(pupr.entries, 1)->meta, 12, QStringLiteral("Dinas PUPR"));

        auto step1 = mergeAll(mine, {MergeSource{dlh, QStringLiteral("dlh.ksd"), 2, {}}}, {}, at(100));
        REQUIRE(step1.ok());
        CHECK(step1->complete());
        CHECK(step1->total() == MergeCounts{});
        REQUIRE(step1->plans[0].same.size() == 1);
        auto step2 = mergeAll(step1->project, {MergeSource{pupr, QStringLiteral("pupr.ksd"), 2, {}}},
                              {Resolutions::allTheirs()}, at(200));
        REQUIRE(step2.ok());
        CHECK(step2->total() == MergeCounts{0, 0, 0, 1});
        CHECK_FALSE(step2->project.entry(uid(1))->meta.deleted);

        auto again = mergeAll(step2->project, {MergeSource{dlh, QStringLiteral("dlh.ksd"), 2, {}},
                                               MergeSource{pupr, QStringLiteral("pupr.ksd"), 2, {}}},
                              {}, at(300));
        REQUIRE(again.ok());
        CHECK(again->complete());
        CHECK_FALSE(again->changed);
    }
    SECTION("a record taken from the copy and edited here since")
    {
        find(dlh.entries, 2)->title = QStringLiteral("Isian 2 (DLH)");
        touch(find(dlh.entries, 2)->meta, 10, DLH);
        auto step1 = mergeAll(mine, {MergeSource{dlh, QStringLiteral("dlh.ksd"), 2, {}}}, {}, at(100));
        REQUIRE(step1.ok());
        CHECK(step1->total() == MergeCounts{0, 1, 0, 0});
        Project edited = step1->project;
        find(edited.entries, 2)->title = QStringLiteral("Isian 2 (DLH, diperbaiki)");
        touch(find(edited.entries, 2)->meta, 150, QStringLiteral("Bappeda"));

        auto again = mergeAll(edited, {MergeSource{dlh, QStringLiteral("dlh.ksd"), 2, {}}}, {}, at(300));
        REQUIRE(again.ok());
        CHECK(again->complete());
        CHECK_FALSE(again->changed);
        CHECK(again->project.entry(uid(2))->title == QStringLiteral("Isian 2 (DLH, diperbaiki)"));

        // A newer version from the same PD is a new question, not an old one.
        find(dlh.entries, 2)->title = QStringLiteral("Isian 2 (DLH, revisi)");
        touch(find(dlh.entries, 2)->meta, 200, DLH);
        auto revised = planMerge(edited, dlh);
        REQUIRE(revised.ok());
        REQUIRE(revised->conflicts.size() == 1);
        CHECK(revised->conflicts[0].kind == ConflictKind::BothChanged);
    }
}

TEST_CASE("a change merged in from an earlier copy counts as a change here for later copies", "[merge]")
{
    // DLH's copy is made first and edited before PUPR's copy is made; it is merged back after that. The record's
    // time (the PD's edit) lies before PUPR's base, but the change reached this project after it.
    const Project base = baseProject();
    Project dlh = makeCopy(base, DLH, {}, T0);
    const Project pupr = makeCopy(base, QStringLiteral("Dinas PUPR"), {}, at(1000));
    find(dlh.entries, 1)->title = QStringLiteral("Isian 1 (DLH)");
    touch(find(dlh.entries, 1)->meta, 5, DLH);

    auto out = mergeAll(base, {MergeSource{dlh, QStringLiteral("dlh.ksd"), 2, {}},
                               MergeSource{pupr, QStringLiteral("pupr.ksd"), 2, {}}},
                        {}, at(2000));
    REQUIRE(out.ok());
    CHECK(out->complete());
    CHECK(out->plans[1].isEmpty());
    CHECK(out->project.entry(uid(1))->title == QStringLiteral("Isian 1 (DLH)"));
}

TEST_CASE("project-wide changes in a copy are reported and logged with both values, never dropped silently",
          "[merge][issue14]")
{
    const Project mine = baseProject();
    Project copy = makeCopy(mine, DLH, {}, T0);
    copy.title = QStringLiteral("Judul diubah DLH");
    copy.scope.append(QStringLiteral("63.04"));
    copy.settings.insert(QStringLiteral("bobot"), QStringLiteral("7"));
    auto plan = planMerge(mine, copy, QStringLiteral("dlh.ksd"));
    REQUIRE(plan.ok());
    QStringList fields;
    for (const FieldDiff &f : plan->projectFields)
        fields << f.field;
    CHECK(fields == QStringList({QStringLiteral("title"), QStringLiteral("scope"), QStringLiteral("setting:bobot")}));
    CHECK_FALSE(plan->isEmpty());

    auto merged = applyMerge(mine, *plan, {}, at(100));
    REQUIRE(merged.ok());
    CHECK(merged->title == mine.title); // the coordinator's, not taken
    QStringList details;
    for (const MergeLogEntry &e : merged->mergeLog) {
        if (e.action == QLatin1String("project_not_taken"))
            details << e.detail;
    }
    REQUIRE(details.size() == 3);
    CHECK(details[0].contains(mine.title));
    CHECK(details[0].contains(QStringLiteral("Judul diubah DLH")));
    // Merging the same copy again notes nothing new.
    auto again = planMerge(*merged, copy, QStringLiteral("dlh.ksd"));
    REQUIRE(again.ok());
    CHECK(again->projectFields.isEmpty());
}

TEST_CASE("the merge log keeps both values of a changed field", "[merge][issue14]")
{
    const Project mine = baseProject();
    Project copy = makeCopy(mine, DLH, {}, T0);
    find(copy.entries, 1)->title = QStringLiteral("Isian 1 versi DLH");
    touch(find(copy.entries, 1)->meta, 10, DLH);
    Project edited = mine;
    find(edited.entries, 1)->title = QStringLiteral("Isian 1 versi Bappeda");
    touch(find(edited.entries, 1)->meta, 20, QStringLiteral("Bappeda"));
    auto plan = planMerge(edited, copy, QStringLiteral("dlh.ksd"));
    REQUIRE(plan.ok());
    REQUIRE(plan->conflicts.size() == 1);
    auto merged = applyMerge(edited, *plan, Resolutions::allTheirs(), at(100));
    REQUIRE(merged.ok());
    const MergeLogEntry &row = merged->mergeLog.last();
    CHECK(row.action == QStringLiteral("conflict_theirs"));
    CHECK(row.detail.contains(QStringLiteral("Isian 1 versi Bappeda"))); // the value that lost
    CHECK(row.detail.contains(QStringLiteral("Isian 1 versi DLH")));
    // The version tag stays last, so the next merge still recognises the version.
    auto again = planMerge(*merged, copy, QStringLiteral("dlh.ksd"));
    REQUIRE(again.ok());
    CHECK(again->conflicts.isEmpty());
    CHECK(again->changes.isEmpty());
}

TEST_CASE("a bulk choice (--prefer) gives the same project whatever the order of the copies", "[merge][issue14]")
{
    const Project mine = baseProject();
    Project dlh = makeCopy(mine, DLH, {}, T0);
    Project pupr = makeCopy(mine, QStringLiteral("Dinas PUPR"), {}, T0);
    find(dlh.entries, 1)->title = QStringLiteral("Isian 1 (DLH, lebih baru)");
    touch(find(dlh.entries, 1)->meta, 50, DLH);
    find(pupr.entries, 1)->title = QStringLiteral("Isian 1 (PUPR)");
    touch(find(pupr.entries, 1)->meta, 20, QStringLiteral("Dinas PUPR"));
    find(pupr.entries, 3)->title = QStringLiteral("Isian 3 (PUPR, lebih baru)");
    touch(find(pupr.entries, 3)->meta, 60, QStringLiteral("Dinas PUPR"));
    find(dlh.entries, 3)->title = QStringLiteral("Isian 3 (DLH)");
    touch(find(dlh.entries, 3)->meta, 30, DLH);
    const MergeSource a{dlh, QStringLiteral("dlh.ksd"), 2, {}};
    const MergeSource b{pupr, QStringLiteral("pupr.ksd"), 2, {}};
    for (const Resolutions &prefer : {Resolutions::allTheirs(), Resolutions::allMine()}) {
        auto ab = mergeAll(mine, {a, b}, {prefer, prefer}, at(100));
        auto ba = mergeAll(mine, {b, a}, {prefer, prefer}, at(100));
        REQUIRE(ab.ok());
        REQUIRE(ba.ok());
        CHECK(ab->complete());
        CHECK(ab->project.entries == ba->project.entries);
        CHECK(ab->project.entry(uid(1))->title == QStringLiteral("Isian 1 (DLH, lebih baru)"));
        CHECK(ab->project.entry(uid(3))->title == QStringLiteral("Isian 3 (PUPR, lebih baru)"));
    }
}

TEST_CASE("merging copies in every order gives one result", "[merge][issue14]")
{
    // The fuzz finding merge-order-same-as-mine and its relatives, with three copies. Entry 1: this project
    // changed it, DLH made the same change later, PUPR deleted it, Dinkes changed it otherwise early. Entry 2:
    // DLH and Dinkes changed it, PUPR changed it last. Entry 3: only PUPR deleted it. Entry 4: DLH and Dinkes
    // changed it at the same moment (the name decides). Entry 5: this project deleted it, Dinkes changed it.
    const QString pupr = QStringLiteral("Dinas PUPR");
    const QString dinkes = QStringLiteral("Dinas Kesehatan");
    Project mine = baseProject();
    Project dlh = makeCopy(mine, DLH, {}, T0);
    Project pu = makeCopy(mine, pupr, {}, T0);
    Project kes = makeCopy(mine, dinkes, {}, T0);
    auto edit = [](Project &p, int n, const QString &title, int ms, const QString &by) {
        Entry *e = find(p.entries, n);
        if (title.isEmpty())
            e->meta.deleted = true;
        else
            e->title = title;
        touch(e->meta, ms, by);
    };
    edit(mine, 1, QStringLiteral("Isian 1 baru"), 10, QStringLiteral("Bappeda"));
    edit(dlh, 1, QStringLiteral("Isian 1 baru"), 30, DLH);
    edit(pu, 1, {}, 20, pupr);
    edit(kes, 1, QStringLiteral("Isian 1 versi Dinkes"), 5, dinkes);
    edit(dlh, 2, QStringLiteral("Isian 2 versi DLH"), 10, DLH);
    edit(kes, 2, QStringLiteral("Isian 2 versi Dinkes"), 20, dinkes);
    edit(pu, 2, QStringLiteral("Isian 2 versi PUPR"), 40, pupr);
    edit(pu, 3, {}, 15, pupr);
    edit(dlh, 4, QStringLiteral("Isian 4 versi DLH"), 25, DLH);
    edit(kes, 4, QStringLiteral("Isian 4 versi Dinkes"), 25, dinkes);
    edit(mine, 5, {}, 12, QStringLiteral("Bappeda"));
    edit(kes, 5, QStringLiteral("Isian 5 versi Dinkes"), 18, dinkes);
    const QList<MergeSource> copies = {MergeSource{dlh, QStringLiteral("dlh.ksd"), 2, {}},
                                       MergeSource{pu, QStringLiteral("pupr.ksd"), 2, {}},
                                       MergeSource{kes, QStringLiteral("dinkes.ksd"), 2, {}}};

    for (const Resolutions &prefer : {Resolutions{}, Resolutions::allTheirs(), Resolutions::allMine()}) {
        INFO("prefer " << int(prefer.all));
        std::optional<MergeOutcome> first;
        QList<int> order = {0, 1, 2};
        int orders = 0;
        do {
            INFO("order " << order[0] << order[1] << order[2]);
            QList<MergeSource> sources;
            for (int i : order)
                sources.append(copies[i]);
            auto out = mergeAll(mine, sources, QList<Resolutions>(3, prefer), at(100));
            REQUIRE(out.ok());
            ++orders;
            if (!first) {
                first = *out;
                continue;
            }
            CHECK(out->project == first->project); // records, their order, who and when, and the log
            CHECK(out->unresolved == first->unresolved);
            CHECK(out->total() == first->total());
        } while (std::next_permutation(order.begin(), order.end()));
        CHECK(orders == 6);

        const Project &result = first->project;
        // Entry 1: DLH's edit (the latest) equals this project's: it stays, not deleted, whatever --prefer says.
        CHECK(result.entry(uid(1))->title == QStringLiteral("Isian 1 baru"));
        CHECK_FALSE(result.entry(uid(1))->meta.deleted);
        // Entry 2: PUPR's is the latest edit and a plain change.
        CHECK(result.entry(uid(2))->title == QStringLiteral("Isian 2 versi PUPR"));
        CHECK(result.entry(uid(3))->meta.deleted);
        // Entry 4: the same moment: the greater name (Dinas Lingkungan Hidup > Dinas Kesehatan) wins.
        CHECK(result.entry(uid(4))->title == QStringLiteral("Isian 4 versi DLH"));
        // Entry 5: a conflict with this project's deletion, settled by the choice.
        if (prefer.all == Resolution::Unresolved) {
            CHECK(first->unresolved == 1);
            continue;
        }
        CHECK(first->complete());
        CHECK(result.entry(uid(5))->meta.deleted == (prefer.all == Resolution::Mine));

        // The losing values are logged, with the winner named, and the winning value too.
        auto rowsOf = [&](int n, const QString &action) {
            QStringList details;
            for (const MergeLogEntry &e : result.mergeLog) {
                if (e.recordId == uid(n) && e.action == action)
                    details << e.detail;
            }
            return details;
        };
        CHECK(rowsOf(1, QStringLiteral("superseded")).size() == 2);
        CHECK(rowsOf(1, QStringLiteral("superseded")).join(QLatin1Char('\n')).contains(QStringLiteral("Isian 1 versi Dinkes")));
        CHECK(rowsOf(1, QStringLiteral("same")).size() == 1);
        const QStringList lost2 = rowsOf(2, QStringLiteral("superseded"));
        REQUIRE(lost2.size() == 2);
        CHECK(lost2.join(QLatin1Char('\n')).contains(QStringLiteral("Isian 2 versi DLH")));
        CHECK(lost2.join(QLatin1Char('\n')).contains(QStringLiteral("Isian 2 versi Dinkes")));
        CHECK(lost2.constFirst().contains(pupr));
        CHECK(rowsOf(2, QStringLiteral("changed")).join(QString()).contains(QStringLiteral("Isian 2 versi PUPR")));

        // Merging the same copies again, in another order, changes nothing.
        auto again = mergeAll(result, {copies[2], copies[0], copies[1]}, {}, at(200));
        REQUIRE(again.ok());
        CHECK(again->complete());
        CHECK_FALSE(again->changed);
    }
}

TEST_CASE("externality regions and the suggestion note travel in copies and merge like the other fields", "[merge]")
{
    Project base = baseProject();
    find(base.entries, 1)->externalityRegions = {QStringLiteral("63.71")};
    find(base.proposals, 20)->suggestionNote = QStringLiteral("skor 70,0");
    Project theirs = makeCopy(base, DLH, {}, T0);
    // Sending keeps both fields.
    CHECK(find(theirs.entries, 1)->externalityRegions == QStringList{QStringLiteral("63.71")});
    CHECK(find(theirs.proposals, 20)->suggestionNote == QStringLiteral("skor 70,0"));
    Project mine = base;

    // entry 1: the copy names one more region; entry 3: both sides name different regions
    find(theirs.entries, 1)->externalityRegions.append(QStringLiteral("63.04"));
    touch(find(theirs.entries, 1)->meta, 10, DLH);
    find(mine.entries, 3)->externalityRegions = {QStringLiteral("63.71")};
    touch(find(mine.entries, 3)->meta, 20, QStringLiteral("Bappeda"));
    find(theirs.entries, 3)->externalityRegions = {QStringLiteral("63.04"), QStringLiteral("63.10")};
    touch(find(theirs.entries, 3)->meta, 21, DLH);
    // proposal 20: the note changed in the copy only
    find(theirs.proposals, 20)->suggestionNote = QStringLiteral("skor 72,5");
    touch(find(theirs.proposals, 20)->meta, 30, DLH);

    auto plan = planMerge(mine, theirs, QStringLiteral("dlh.ksd"));
    REQUIRE(plan.ok());
    CHECK(plan->counts() == MergeCounts{0, 2, 0, 1});

    const MergeChange *changed = findChange(*plan, 1);
    REQUIRE(changed);
    REQUIRE(changed->fields.size() == 1);
    CHECK(changed->fields[0] == FieldDiff{QStringLiteral("externality_regions"),
                                          QStringLiteral("Wilayah terdampak eksternalitas"), QStringLiteral("63.71"),
                                          QStringLiteral("63.71, 63.04")});
    const MergeChange *note = findChange(*plan, 20);
    REQUIRE(note);
    REQUIRE(note->fields.size() == 1);
    CHECK(note->fields[0] == FieldDiff{QStringLiteral("suggestion_note"), QStringLiteral("Penjelasan mesin saran"),
                                       QStringLiteral("skor 70,0"), QStringLiteral("skor 72,5")});
    const MergeConflict *both = findConflict(*plan, 3);
    REQUIRE(both);
    CHECK(both->kind == ConflictKind::BothChanged);
    REQUIRE(both->fields.size() == 1);
    CHECK(both->fields[0].field == QStringLiteral("externality_regions"));
    CHECK(both->fields[0].mine == QStringLiteral("63.71"));
    CHECK(both->fields[0].theirs == QStringLiteral("63.04, 63.10"));

    SECTION("keeping mine for the conflict")
    {
        auto r = applyMerge(mine, *plan, Resolutions::allMine(), at(1000));
        REQUIRE(r.ok());
        CHECK(r->entry(uid(1))->externalityRegions == QStringList{QStringLiteral("63.71"), QStringLiteral("63.04")});
        CHECK(r->entry(uid(3))->externalityRegions == QStringList{QStringLiteral("63.71")});
        CHECK(r->proposal(uid(20))->suggestionNote == QStringLiteral("skor 72,5"));
        bool logged = false;
        for (const MergeLogEntry &row : r->mergeLog)
            logged |= row.recordId == uid(3) && row.detail.contains(QStringLiteral("Wilayah terdampak eksternalitas"));
        CHECK(logged);
    }
    SECTION("taking the copy's version of the conflict")
    {
        auto r = applyMerge(mine, *plan, Resolutions::allTheirs(), at(1000));
        REQUIRE(r.ok());
        CHECK(r->entry(uid(3))->externalityRegions == QStringList{QStringLiteral("63.04"), QStringLiteral("63.10")});
    }
}
