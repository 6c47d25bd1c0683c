// SPDX-License-Identifier: Apache-2.0
// Saving in place (KsdStore::save with a baseline): only the changed rows, in one SQLite transaction on the file,
// and the fall back to the full rewrite wherever in place is not safe.
#include "helpers.h"

#include "store/ksdstore.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template<typename T>
T copyOf(const T &record, const QString &title)
{
    T r = record;
    r.meta = RecordMeta::fresh(QStringLiteral("uji"));
    if constexpr (requires { r.title; })
        r.title = title;
    return r;
}

/// The sample project (every field of every record type) with enough rows of each type that a few edits are a
/// small part of it.
Project bigProject(int entries = 60)
{
    Project p = test::sampleProject();
    for (int i = 0; i < entries; ++i) {
        Entry e = copyOf(p.entries.first(), QStringLiteral("isian %1").arg(i));
        e.meta.deleted = false;
        e.description = QString(300, QLatin1Char('a' + i % 26));
        p.entries.append(e);
    }
    for (int i = 0; i < 12; ++i) {
        p.proposals.append(copyOf(p.proposals.first(), QStringLiteral("usulan %1").arg(i)));
        p.agreements.append(copyOf(p.agreements.first(), QStringLiteral("kesepakatan %1").arg(i)));
        AttachedDocument d = copyOf(p.documents.first(), {});
        d.fileName = QStringLiteral("pindaian-%1.pdf").arg(i);
        d.data = QByteArray(20000 + i, char('0' + i));
        p.documents.append(d);
        p.offers.append(copyOf(p.offers.first(), QStringLiteral("penawaran %1").arg(i)));
        p.monev.append(copyOf(p.monev.first(), {}));
    }
    return p;
}

/// Saves @p p whole to @p path and loads it back: the baseline of a save in place.
Loaded savedAndLoaded(const Project &p, const QString &path)
{
    REQUIRE(KsdStore::save(p, path).ok());
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->project == p);
    return std::move(*loaded);
}

Project reload(const QString &path)
{
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    return loaded->project;
}

/// Copies @p path to @p torn as a kill in the middle of a write transaction leaves it: with a cache of a few pages
/// SQLite spills changed pages into the file before the commit, after syncing the journal; the file and its
/// journal copied at that moment are the torn file and its hot journal. @p path itself is rolled back.
void tornCopy(const QString &path, const QString &torn)
{
    SqliteConnection c(path, SqliteConnection::Mode::ReadWrite);
    REQUIRE(c.exec({QStringLiteral("PRAGMA cache_size=5"), QStringLiteral("BEGIN"),
                    QStringLiteral("UPDATE entry SET description = description || description, title = 'separuh'")})
                .isEmpty());
    REQUIRE(QFile::copy(path, torn));
    REQUIRE(QFile::copy(path + QStringLiteral("-journal"), torn + QStringLiteral("-journal")));
    REQUIRE(c.exec({QStringLiteral("ROLLBACK")}).isEmpty());
}

} // namespace

TEST_CASE("a save back to the loaded file writes the added, changed and deleted records in place", "[store][inplace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("proyek.ksd"));
    const Loaded loaded = savedAndLoaded(bigProject(), path);
    const SaveBaseline baseline = loaded.baseline();
    REQUIRE(baseline.isValid());
    CHECK(baseline.filePath == QFileInfo(path).canonicalFilePath());
    const FileStamp before = FileStamp::of(path);

    Project p = loaded.project;
    // entries: one edited, one tombstoned, one removed, one added
    p.entries[3].title = QStringLiteral("judul baru");
    p.entries[4].meta.deleted = true;
    p.entries.removeAt(7);
    p.entries.append(copyOf(p.entries[10], QStringLiteral("isian baru")));
    // proposals, agreements, monev, offers (documents: the next test)
    p.proposals[2].estimatedCost = 42.0;
    p.proposals.append(copyOf(p.proposals[1], QStringLiteral("usulan baru")));
    p.agreements.removeAt(5);
    p.agreements[1].parties.append(Party{PartyKind::Region, QStringLiteral("63.71"), {}, QStringLiteral("1/2"), {}});
    p.monev[2].kendala = QStringLiteral("kendala baru");
    p.offers[4].status = OfferStatus::Diterima;
    // the small tables without ids, and the merge log
    p.title = QStringLiteral("Judul proyek baru");
    p.scope.append(QStringLiteral("63.72"));
    p.settings.insert(QStringLiteral("weights/priority"), QStringLiteral("0.5"));
    p.positions.append(NodePosition{QStringLiteral("geo"), QStringLiteral("63.71"), 1.0, 2.0});
    p.mergeLog.append(MergeLogEntry{nowUtc(), QStringLiteral("DLH"), QStringLiteral("b.ksd"), QStringLiteral("entry"),
                                    p.entries[3].meta.id, QStringLiteral("changed"), QStringLiteral("judul")});

    auto saved = KsdStore::save(p, path, baseline);
    REQUIRE(saved.ok());
    CHECK(saved->kind == SaveKind::Incremental);
    CHECK(saved->fallback == SaveFallback::None);
    // The same file, written in place (a full rewrite renames a new inode into place), with no journal left.
    const FileStamp after = FileStamp::of(path);
    CHECK(after.inode == before.inode);
    CHECK(after.device == before.device);
    CHECK(after.changeCounter == before.changeCounter + 1);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    // 10 record rows (4 entries, 2 proposals, 2 agreements, 1 monev, 1 offer) and the rewritten small tables:
    // meta, scope, setting, node_position, plus one log row; nothing else.
    const qint64 smallTables = 12 /* meta */ + 4 /* scope */ + 1 /* setting */ + 2 /* positions */ + 1 /* log */;
    CHECK(saved->rowsWritten == 10 + smallTables);
    CHECK(saved->baseline.project == p);
    CHECK(saved->baseline.stamp == after);

    CHECK(reload(path) == p);

    // The next save builds on the baseline the last one returned.
    p.entries[0].title = QStringLiteral("sekali lagi");
    auto again = KsdStore::save(p, path, saved->baseline);
    REQUIRE(again.ok());
    CHECK(again->kind == SaveKind::Incremental);
    CHECK(again->rowsWritten == 1);
    CHECK(reload(path) == p);
}

TEST_CASE("an unchanged document is never written; a changed one goes into a new file", "[store][inplace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dok.ksd"));
    const Loaded loaded = savedAndLoaded(bigProject(), path);
    Project p = loaded.project;

    p.entries[1].title = QStringLiteral("hanya isian ini");
    auto saved = KsdStore::save(p, path, loaded.baseline());
    REQUIRE(saved.ok());
    CHECK(saved->kind == SaveKind::Incremental);
    CHECK(saved->rowsWritten == 1); // the entry alone: no document row, not even meta (modified is unchanged)

    // An edited, a removed and an added document: the scans are streamed into a new file (DocumentSave).
    p.documents[4].originalLocation = QStringLiteral("Lemari 9");
    p.documents.removeAt(6);
    AttachedDocument scan = copyOf(p.documents[2], {});
    scan.data = QByteArray("%PDF-1.7 pindaian baru");
    p.documents.append(scan);
    const FileStamp before = FileStamp::of(path);
    auto doc = KsdStore::save(p, path, saved->baseline);
    REQUIRE(doc.ok());
    CHECK(doc->kind == SaveKind::Full);
    CHECK(doc->fallback == SaveFallback::DocumentsChanged);
    CHECK(FileStamp::of(path).inode != before.inode);
    const Project back = reload(path);
    CHECK(back.documents == p.documents);
    REQUIRE(back.documents.size() == p.documents.size());
    for (qsizetype i = 0; i < back.documents.size(); ++i)
        CHECK(back.documents[i].data.readAll().value() == p.documents[i].data.readAll().value());

    // From the new file's baseline, an entry edit goes in place again and leaves the scans as they are.
    p.entries[2].title = QStringLiteral("lagi di tempat");
    auto next = KsdStore::save(p, path, doc->baseline);
    REQUIRE(next.ok());
    CHECK(next->kind == SaveKind::Incremental);
    CHECK(next->rowsWritten == 1);
    CHECK(reload(path) == p);
}

TEST_CASE("saves that cannot be done in place fall back to the full rewrite", "[store][inplace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("proyek.ksd"));
    const Loaded loaded = savedAndLoaded(bigProject(), path);
    Project p = loaded.project;
    p.entries[2].title = QStringLiteral("diubah");

    SECTION("no baseline")
    {
        auto r = KsdStore::save(p, path, SaveBaseline{});
        REQUIRE(r.ok());
        CHECK(r->kind == SaveKind::Full);
        CHECK(r->fallback == SaveFallback::NoBaseline);
        CHECK(r->baseline.isValid()); // the next save can be in place
        CHECK(reload(path) == p);
    }
    SECTION("Save As to another file leaves the loaded file alone")
    {
        const QByteArray original = readAll(path);
        const QString other = dir.filePath(QStringLiteral("lain.ksd"));
        auto r = KsdStore::save(p, other, loaded.baseline());
        REQUIRE(r.ok());
        CHECK(r->kind == SaveKind::Full);
        CHECK(r->fallback == SaveFallback::OtherFile);
        CHECK(readAll(path) == original);
        CHECK(reload(other) == p);
        CHECK(r->baseline.filePath == QFileInfo(other).canonicalFilePath());
    }
    SECTION("a file replaced on disk since it was loaded")
    {
        Project theirs = loaded.project;
        theirs.title = QStringLiteral("ditulis program lain");
        REQUIRE(KsdStore::save(theirs, path).ok());
        auto r = KsdStore::save(p, path, loaded.baseline());
        REQUIRE(r.ok());
        CHECK(r->kind == SaveKind::Full);
        CHECK(r->fallback == SaveFallback::ChangedOnDisk);
        CHECK(reload(path) == p);
    }
    SECTION("a file written in place by another SQLite program since it was loaded")
    {
        {
            SqliteConnection c(path, SqliteConnection::Mode::ReadWrite);
            REQUIRE(c.exec({QStringLiteral("UPDATE entry SET title='lain' WHERE rowid=5")}).isEmpty());
        }
        auto r = KsdStore::save(p, path, loaded.baseline());
        REQUIRE(r.ok());
        CHECK(r->fallback == SaveFallback::ChangedOnDisk);
        CHECK(reload(path) == p);
    }
    SECTION("records reordered")
    {
        p.entries.move(3, 9);
        auto r = KsdStore::save(p, path, loaded.baseline());
        REQUIRE(r.ok());
        CHECK(r->kind == SaveKind::Full);
        CHECK(r->fallback == SaveFallback::OrderChanged);
        CHECK(reload(path) == p);
    }
    SECTION("a deleted record put back in the middle (an undone removal)")
    {
        Project removed = loaded.project;
        const Entry gone = removed.entries.takeAt(5);
        auto first = KsdStore::save(removed, path, loaded.baseline());
        REQUIRE(first.ok());
        CHECK(first->kind == SaveKind::Incremental);
        removed.entries.insert(5, gone);
        auto back = KsdStore::save(removed, path, first->baseline);
        REQUIRE(back.ok());
        CHECK(back->fallback == SaveFallback::OrderChanged);
        CHECK(reload(path) == loaded.project);
    }
    SECTION("most rows changed")
    {
        for (Entry &e : p.entries)
            e.title += QStringLiteral(" *");
        for (Proposal &x : p.proposals)
            x.title += QStringLiteral(" *");
        auto r = KsdStore::save(p, path, loaded.baseline());
        REQUIRE(r.ok());
        CHECK(r->fallback == SaveFallback::MostRowsChanged);
        CHECK(reload(path) == p);
    }
    SECTION("a rollback journal that appeared beside the file")
    {
        QFile j(path + QStringLiteral("-journal"));
        REQUIRE(j.open(QIODevice::WriteOnly));
        j.close(); // empty: not hot, but not this save's either
        auto r = KsdStore::save(p, path, loaded.baseline());
        REQUIRE(r.ok());
        CHECK(r->fallback == SaveFallback::NotInPlaceFile);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
        CHECK(reload(path) == p);
    }
}

TEST_CASE("an older file is saved whole, keeping its backup, and in place after that", "[store][inplace][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lama.ksd"));
    REQUIRE(KsdStore::saveAsVersion(bigProject(), path, 3).ok());
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->info.fileVersion == 3);
    CHECK_FALSE(loaded->baseline().isValid()); // migrated in memory: not the file on disk
    Project p = loaded->project;
    p.entries[1].title = QStringLiteral("diubah");
    auto r = KsdStore::save(p, path, loaded->baseline());
    REQUIRE(r.ok());
    CHECK(r->kind == SaveKind::Full);
    CHECK(r->fallback == SaveFallback::NoBaseline);
    CHECK(QFileInfo::exists(KsdStore::upgradeBackupPath(path, 3)));
    CHECK(reload(path) == p);

    p.entries[2].title = QStringLiteral("lalu di tempat");
    auto next = KsdStore::save(p, path, r->baseline);
    REQUIRE(next.ok());
    CHECK(next->kind == SaveKind::Incremental);
    CHECK(reload(path) == p);
}

TEST_CASE("a save in place cut short leaves a hot journal: the file loads as the old project and saves safely",
          "[store][inplace][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("asal.ksd"));
    const Project old = bigProject(400);
    REQUIRE(KsdStore::save(old, path).ok());
    const QByteArray oldBytes = readAll(path);

    const QString torn = dir.filePath(QStringLiteral("terpotong.ksd"));
    tornCopy(path, torn);
    CHECK(readAll(path) == oldBytes); // (the rollback restored the source)
    REQUIRE(QFileInfo(torn + QStringLiteral("-journal")).size() > 0);
    CHECK(readAll(torn) != oldBytes); // genuinely half written

    auto loaded = KsdStore::load(torn);
    REQUIRE(loaded.ok());
    CHECK(loaded->project == old);
    CHECK_FALSE(loaded->baseline().isValid()); // recovered on a private copy: the next save is a full rewrite
    CHECK(QFileInfo(torn + QStringLiteral("-journal")).size() > 0); // the load wrote nothing beside the file

    Project edited = loaded->project;
    edited.entries[0].title = QStringLiteral("sesudah pemulihan");
    auto saved = KsdStore::save(edited, torn, loaded->baseline());
    REQUIRE(saved.ok());
    CHECK(saved->kind == SaveKind::Full);
    // The journal was rolled back into the old file before the new one replaced it: none is left to be played
    // into the new file.
    CHECK_FALSE(QFileInfo::exists(torn + QStringLiteral("-journal")));
    CHECK(reload(torn) == edited);
    // And the save after that is in place again.
    edited.entries[1].title = QStringLiteral("lalu di tempat");
    auto next = KsdStore::save(edited, torn, saved->baseline);
    REQUIRE(next.ok());
    CHECK(next->kind == SaveKind::Incremental);
    CHECK(reload(torn) == edited);
}

TEST_CASE("a full save over a file with a hot journal never lets the journal reach the new file", "[store][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("asal.ksd"));
    const Project old = bigProject(400);
    REQUIRE(KsdStore::save(old, path).ok());
    const QString torn = dir.filePath(QStringLiteral("terpotong.ksd"));
    tornCopy(path, torn);
    // The plain save (no baseline at all), as the command line does.
    Project other = test::sampleProject();
    REQUIRE(KsdStore::save(other, torn).ok());
    CHECK_FALSE(QFileInfo::exists(torn + QStringLiteral("-journal")));
    CHECK(reload(torn) == other);
}
