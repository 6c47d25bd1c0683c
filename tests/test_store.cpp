// SPDX-License-Identifier: Apache-2.0
#include "helpers.h"

#include "store/ksdstore.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>

using namespace ksd;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

StoreError codeOf(const Error &e)
{
    return StoreError(e.code);
}

} // namespace

TEST_CASE("every field of every record type survives save and reopen", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("semua.ksd"));
    const Project original = test::sampleProject();
    REQUIRE(KsdStore::save(original, path).ok());

    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    const Project &p = loaded->project;
    CHECK(loaded->info.fileVersion == schema::CurrentVersion);
    CHECK(loaded->info.backupPath.isEmpty());
    // Spot checks first, so a failure names the field, then the whole project.
    CHECK(p.title == original.title);
    CHECK(p.scope == original.scope);
    CHECK(p.settings == original.settings);
    CHECK(p.copyInfo == original.copyInfo);
    CHECK(p.entries == original.entries);
    CHECK(p.proposals == original.proposals);
    CHECK(p.agreements == original.agreements);
    CHECK(p.monev == original.monev);
    CHECK(p.documents == original.documents);
    CHECK(p.positions == original.positions);
    CHECK(p.mergeLog == original.mergeLog);
    CHECK(p == original);
}

TEST_CASE("version 3 keeps the externality regions and the suggestion note", "[store][v3]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.ksd"));
    Project original = test::sampleProject();
    REQUIRE(original.entries.first().externalityRegions.size() == 2);
    REQUIRE_FALSE(original.proposals.first().suggestionNote.isEmpty());
    Entry none = original.entries.first();
    none.meta = RecordMeta::fresh(QStringLiteral("DLH"));
    none.externalityRegions.clear();
    original.entries.append(none);
    REQUIRE(KsdStore::save(original, path).ok());

    // The column holds the codes separated by one space, in the order entered.
    {
        SqliteConnection c(path, SqliteConnection::Mode::ReadOnly);
        REQUIRE(c.isOpen());
        const auto regions = c.rows(QStringLiteral("SELECT externality_regions FROM entry ORDER BY rowid LIMIT 1"), 1);
        REQUIRE(regions.ok());
        CHECK(regions->value(0).value(0) == QStringLiteral("63.71 63.04"));
        const auto note = c.rows(QStringLiteral("SELECT suggestion_note FROM proposal"), 1);
        REQUIRE(note.ok());
        CHECK(note->value(0).value(0) == original.proposals.first().suggestionNote);
    }
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->project.entries[0].externalityRegions
          == QStringList{QStringLiteral("63.71"), QStringLiteral("63.04")});
    CHECK(loaded->project.entries[1].externalityRegions.isEmpty());
    CHECK(loaded->project.proposals.first().suggestionNote == original.proposals.first().suggestionNote);
    CHECK(loaded->project == original);
}

TEST_CASE("a file of a version after this build's is refused and left alone", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baru.ksd"));
    REQUIRE(KsdStore::save(test::sampleProject(), path).ok());
    // user_version lives at offset 60 of the header (big-endian); the next format is CurrentVersion + 1.
    QByteArray bytes = readAll(path);
    const quint32 next = quint32(schema::CurrentVersion + 1);
    for (int i = 0; i < 4; ++i)
        bytes[60 + i] = char((next >> (8 * (3 - i))) & 0xFF);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    auto r = KsdStore::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(codeOf(r.error()) == StoreError::NewerVersion);
    CHECK(r.error().message.contains(QStringLiteral("format versi %1").arg(schema::CurrentVersion + 1)));
    CHECK(r.error().message.contains(QStringLiteral("sampai format versi %1").arg(schema::CurrentVersion)));
    CHECK(readAll(path) == bytes);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("baru.ksd")});
}

TEST_CASE("a saved file carries the application id and schema version", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.ksd"));
    REQUIRE(KsdStore::save(Project::create(QStringLiteral("63.03"), QStringLiteral("x"), 2024), path).ok());
    const QByteArray header = readAll(path).left(100);
    REQUIRE(header.startsWith("SQLite format 3"));
    auto be32 = [&](int at) {
        return (quint32(uchar(header[at])) << 24) | (quint32(uchar(header[at + 1])) << 16)
               | (quint32(uchar(header[at + 2])) << 8) | quint32(uchar(header[at + 3]));
    };
    CHECK(be32(68) == 0x504B5344u);
    CHECK(be32(60) == quint32(schema::CurrentVersion));
    // No temporary file is left beside the target.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("p.ksd")});
}

TEST_CASE("the bad-file corpus is refused with the right reason", "[store][corpus]")
{
    struct Case
    {
        const char *file;
        StoreError code;
        const char *phrase;
    };
    const Case cases[] = {
        {"not-a-database/text.ksd", StoreError::NotSqlite, "bukan basis data SQLite"},
        {"not-a-database/png-image.ksd", StoreError::NotSqlite, "bukan basis data SQLite"},
        {"not-a-database/empty.ksd", StoreError::Empty, "0 byte"},
        {"corrupt/truncated.ksd", StoreError::Damaged, "terpotong"},
        {"corrupt/header-only.ksd", StoreError::Damaged, "rusak"},
        {"corrupt/garbled-pages.ksd", StoreError::Damaged, "rusak"},
        {"foreign/other-app.ksd", StoreError::ForeignApp, "aplikasi lain"},
        {"foreign/plain-sqlite.ksd", StoreError::ForeignApp, "aplikasi lain"},
        {"future/v99.ksd", StoreError::NewerVersion, "versi 99"},
        {"hostile/trigger.ksd", StoreError::BadSchema, "trigger atau view"},
        {"hostile/view-shadowing-table.ksd", StoreError::BadSchema, "trigger atau view"},
        {"hostile/wrong-column-types.ksd", StoreError::BadSchema, "entry"},
        {"hostile/not-strict.ksd", StoreError::BadSchema, "entry"},
        {"hostile/extra-table.ksd", StoreError::BadSchema, "tidak dikenal"},
        {"hostile/missing-table.ksd", StoreError::BadSchema, "tidak ada"},
        {"hostile/bad-enum-value.ksd", StoreError::BadData, "kind"},
        {"hostile/bad-date.ksd", StoreError::BadData, "modified"},
    };
    for (const Case &c : cases) {
        const QString path = test::dataPath(QStringLiteral("ksd/") + QLatin1String(c.file));
        INFO(c.file);
        REQUIRE(QFileInfo::exists(path));
        const QByteArray before = readAll(path);
        auto r = KsdStore::load(path);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().toString().toStdString());
        CHECK(codeOf(r.error()) == c.code);
        CHECK(r.error().message.contains(QString::fromUtf8(c.phrase)));
        CHECK(r.error().toString().contains(path));
        CHECK(readAll(path) == before); // opening never writes
    }
}

TEST_CASE("the corpus's valid current-version file opens", "[store][corpus]")
{
    auto r = KsdStore::load(test::dataPath(QStringLiteral("ksd/current/valid.ksd")));
    REQUIRE(r.ok());
    CHECK(r->project.title == QStringLiteral("Korpus uji"));
    CHECK(r->project.entries.size() == 120);
    CHECK(r->project.entries.first().extLocation == Evidence::Yes);
}

TEST_CASE("hostile schema objects are never executed", "[store][corpus]")
{
    // The trigger and the view in these files would write to a table or call load_extension/randomblob
    // if they ran; the file's bytes stay the same and nothing else appears in the folder.
    QTemporaryDir dir;
    for (const char *name : {"trigger.ksd", "view-shadowing-table.ksd"}) {
        const QString copy = dir.filePath(QString::fromLatin1(name));
        REQUIRE(QFile::copy(test::dataPath(QStringLiteral("ksd/hostile/") + QLatin1String(name)), copy));
        const QByteArray before = readAll(copy);
        CHECK_FALSE(KsdStore::load(copy).ok());
        CHECK(readAll(copy) == before);
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("missing files, directories and unreadable files get their own messages", "[store]")
{
    QTemporaryDir dir;
    auto missing = KsdStore::load(dir.filePath(QStringLiteral("tidak-ada.ksd")));
    REQUIRE_FALSE(missing.ok());
    CHECK(codeOf(missing.error()) == StoreError::Missing);

    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("x.ksd")));
    auto folder = KsdStore::load(dir.filePath(QStringLiteral("x.ksd")));
    REQUIRE_FALSE(folder.ok());
    CHECK(codeOf(folder.error()) == StoreError::NotAFile);
    CHECK(folder.error().message.contains(QStringLiteral("folder")));

    if (::geteuid() != 0) { // root reads everything
        const QString path = dir.filePath(QStringLiteral("rahasia.ksd"));
        REQUIRE(KsdStore::save(test::sampleProject(), path).ok());
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        auto unreadable = KsdStore::load(path);
        REQUIRE_FALSE(unreadable.ok());
        CHECK(codeOf(unreadable.error()) == StoreError::Unreadable);
    }
}

TEST_CASE("an older file is migrated in memory and its original is kept as a backup when saved", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lama.ksd"));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("ksd/old/v1.ksd")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = readAll(path);

    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->info.fileVersion == 1);
    CHECK(loaded->info.backupPath.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".v1.bak"))); // opening writes nothing
    CHECK(readAll(path) == before); // the file itself changes only on save
    CHECK(loaded->project.title == QStringLiteral("Proyek format versi 1"));
    REQUIRE(loaded->project.entries.size() == 1);
    CHECK(loaded->project.entries.first().title == QStringLiteral("Isian dari versi 1"));
    CHECK(loaded->project.positions.isEmpty());

    // Saving writes the current version; reopening needs no migration.
    Project p = loaded->project;
    p.positions.append(NodePosition{QStringLiteral("geo"), QStringLiteral("63.03"), 1, 2});
    REQUIRE(KsdStore::save(p, path).ok());
    CHECK(readAll(path + QStringLiteral(".v1.bak")) == before);
    auto again = KsdStore::load(path);
    REQUIRE(again.ok());
    CHECK(again->info.fileVersion == schema::CurrentVersion);
    CHECK(again->project == p);
}

TEST_CASE("a version-2 file opens, is migrated and round-trips with the version-3 fields", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.ksd"));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("ksd/old/v2.ksd")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = readAll(path);

    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->info.fileVersion == 2);
    CHECK(loaded->info.backupPath.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".v2.bak"))); // opening writes nothing
    CHECK(readAll(path) == before);
    const Project &old = loaded->project;
    CHECK(old.title == QStringLiteral("Proyek format versi 2"));
    REQUIRE(old.entries.size() == 1);
    CHECK(old.entries.first().title == QStringLiteral("Isian dari versi 2"));
    CHECK(old.entries.first().extLocation == Evidence::Yes);
    CHECK(old.entries.first().externalityRegions.isEmpty());
    REQUIRE(old.proposals.size() == 1);
    CHECK(old.proposals.first().suggestionKey == QStringLiteral("63.03|63.71|2.11"));
    CHECK(old.proposals.first().suggestionNote.isEmpty());
    // What version 2 added survives the migration.
    CHECK(old.positions == QList<NodePosition>{NodePosition{QStringLiteral("geo"), QStringLiteral("63.03"), 10, 20}});
    REQUIRE(old.mergeLog.size() == 1);
    CHECK(old.mergeLog.first().action == QStringLiteral("added"));

    // Filled in and saved, it is a version-3 file holding the new fields.
    Project p = old;
    p.entries.first().externalityRegions = {QStringLiteral("63.71")};
    p.proposals.first().suggestionNote = QStringLiteral("skor 70,0");
    REQUIRE(KsdStore::save(p, path).ok());
    CHECK(readAll(path + QStringLiteral(".v2.bak")) == before); // the save that replaced the v2 file kept it
    auto again = KsdStore::load(path);
    REQUIRE(again.ok());
    CHECK(again->info.fileVersion == schema::CurrentVersion);
    CHECK(again->info.backupPath.isEmpty());
    CHECK(again->project == p);
}

TEST_CASE("migration from every older version gives the same project", "[store][migration]")
{
    QTemporaryDir dir;
    Project p = test::sampleProject();
    p.positions.clear(); // not representable before version 2
    p.mergeLog.clear();
    for (Entry &e : p.entries) // not representable before version 3
        e.externalityRegions.clear();
    for (Proposal &x : p.proposals)
        x.suggestionNote.clear();
    for (Agreement &a : p.agreements) { // not representable before version 4
        a.kbId = a.previousId = QUuid();
        a.termException.clear();
        a.reviewNote.clear();
    }
    for (AttachedDocument &d : p.documents) {
        d.version = DocumentVersion::Unstated;
        d.originalHolder.clear();
        d.originalLocation.clear();
        // d.sha256 stays: opening an older file computes it from the data it holds
    }
    p.offers.clear();
    for (int v = schema::OldestVersion; v < schema::CurrentVersion; ++v) {
        const QString path = dir.filePath(QStringLiteral("v%1.ksd").arg(v));
        REQUIRE(KsdStore::saveAsVersion(p, path, v).ok());
        auto loaded = KsdStore::load(path);
        REQUIRE(loaded.ok());
        CHECK(loaded->info.fileVersion == v);
        CHECK(loaded->project == p);
    }
}

TEST_CASE("a failed save leaves the original intact and reports the folder", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("asli.ksd"));
    const Project original = test::sampleProject();
    REQUIRE(KsdStore::save(original, path).ok());
    const QByteArray before = readAll(path);

    SECTION("target is a folder")
    {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.ksd")));
        const Status s = KsdStore::save(original, dir.filePath(QStringLiteral("folder.ksd")));
        REQUIRE_FALSE(s.ok());
        CHECK(StoreError(s.error().code) == StoreError::WriteFailed);
    }
    SECTION("folder does not exist")
    {
        const Status s = KsdStore::save(original, dir.filePath(QStringLiteral("tidak/ada/x.ksd")));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("Data tetap ada")));
    }
    SECTION("read-only folder")
    {
        if (::geteuid() == 0)
            return; // root writes anywhere; the other sections cover the path
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        Project changed = original;
        changed.title = QStringLiteral("berubah");
        const Status s = KsdStore::save(changed, path);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        REQUIRE_FALSE(s.ok());
    }
    CHECK(readAll(path) == before);
    auto reopened = KsdStore::load(path);
    REQUIRE(reopened.ok());
    CHECK(reopened->project == original);
}

TEST_CASE("a process killed while saving leaves a whole old or new file", "[store][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kill.ksd"));
    QRandomGenerator rng(20240613);
    int sawA = 0;
    int sawB = 0;
    for (int round = 0; round < 12; ++round) {
        QProcess child;
        child.start(QStringLiteral(KSD_SAVE_CHILD_BIN), {path, QStringLiteral("400")});
        REQUIRE(child.waitForStarted());
        // Let it save at least once, then kill it at a random moment of a later save.
        while (!QFileInfo::exists(path))
            QThread::msleep(2);
        QThread::msleep(5 + rng.bounded(60));
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();

        auto loaded = KsdStore::load(path);
        REQUIRE(loaded.ok());
        const QString title = loaded->project.title;
        CHECK((title == QStringLiteral("A") || title == QStringLiteral("B")));
        CHECK(loaded->project.entries.size() == 400);
        (title == QStringLiteral("A") ? sawA : sawB)++;
    }
    CHECK(sawA + sawB == 12);
    // Stale temporary files from killed saves never replace the project; they are only clutter.
    for (const QString &f : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        CHECK((f == QStringLiteral("kill.ksd") || f.startsWith(QStringLiteral(".kill.ksd.tmp-"))));
}

namespace {

/// A copy of @p path whose table row of the entry with id @p id names another id, while the entry table's primary
/// key index still holds the old one: every page well formed, the index no longer matching its table.
QByteArray withIndexMismatch(const QString &path, const QUuid &id)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    const QByteArray text = id.toString(QUuid::WithoutBraces).toLatin1();
    // The row stores the id followed by its created time ("20…"); the index stores it followed by the rowid.
    qsizetype at = -1;
    for (qsizetype from = 0; (from = bytes.indexOf(text, from)) >= 0; from += text.size()) {
        if (bytes.mid(from + text.size(), 2) == "20")
            at = from;
    }
    REQUIRE(at >= 0);
    bytes[at] = bytes[at] == 'a' ? 'b' : 'a';
    return bytes;
}

} // namespace

TEST_CASE("quick_check at open, the full integrity check on request", "[store][integrity]")
{
    QTemporaryDir dir;
    const Project original = test::sampleProject();
    const QString good = dir.filePath(QStringLiteral("baik.ksd"));
    REQUIRE(KsdStore::save(original, good).ok());
    const QString bad = dir.filePath(QStringLiteral("indeks.ksd"));
    {
        QFile out(bad);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(withIndexMismatch(good, original.entries.last().meta.id));
    }

    // A sound file passes both, and says which check it passed.
    auto quick = KsdStore::load(good);
    REQUIRE(quick.ok());
    CHECK(quick->info.integrityCheck == IntegrityCheck::Quick);
    LoadOptions full;
    full.integrity = IntegrityCheck::Full;
    auto fullGood = KsdStore::load(good, full);
    REQUIRE(fullGood.ok());
    CHECK(fullGood->info.integrityCheck == IntegrityCheck::Full);
    CHECK(fullGood->project == quick->project);

    // An index that no longer matches its table: every page is well formed, so quick_check (and the reader, which
    // reads every table by rowid and never through an index) passes; integrity_check finds it.
    auto quickBad = KsdStore::load(bad);
    INFO((quickBad ? QString() : quickBad.error().toString()).toStdString());
    REQUIRE(quickBad.ok());
    CHECK(quickBad->project.entries.size() == original.entries.size());
    CHECK(quickBad->project.entries.last().meta.id != original.entries.last().meta.id);
    auto fullBad = KsdStore::load(bad, full);
    REQUIRE_FALSE(fullBad.ok());
    CHECK(StoreError(fullBad.error().code) == StoreError::Damaged);
    CHECK(fullBad.error().message.contains(QStringLiteral("index")));

    // The command line: check runs quick_check and says so; check --full refuses the file with exit 2.
    const auto cliQuick = test::petaksd({QStringLiteral("check"), bad});
    CHECK(cliQuick.exitCode == 0);
    CHECK(cliQuick.out.contains(QStringLiteral("quick_check")));
    const auto cliFull = test::petaksd({QStringLiteral("check"), bad, QStringLiteral("--full")});
    CHECK(cliFull.exitCode == 2);
    CHECK(cliFull.err.contains(QStringLiteral("index")));
    const auto cliFullGood = test::petaksd({QStringLiteral("check"), good, QStringLiteral("--full")});
    CHECK(cliFullGood.exitCode == 0);
    CHECK(cliFullGood.out.contains(QStringLiteral("integrity_check")));
}

TEST_CASE("a load reports its progress and stops when cancelled", "[store][cancel]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("banyak.ksd"));
    Project p = test::sampleProject();
    const Entry model = p.entries.first();
    for (int i = 0; i < 10000; ++i) {
        Entry e = model;
        e.meta.id = QUuid::createUuid();
        p.entries.append(e);
    }
    REQUIRE(KsdStore::save(p, path).ok());

    QList<std::pair<qint64, qint64>> reports;
    LoadOptions options;
    options.progress = [&](qint64 done, qint64 total) { reports.append({done, total}); };
    auto loaded = KsdStore::load(path, options);
    REQUIRE(loaded.ok());
    CHECK(loaded->project == p);
    REQUIRE(reports.size() >= 3);
    const qint64 total = reports.first().second;
    CHECK(total >= p.entries.size());
    CHECK(reports.first().first == 0);
    CHECK(reports.last() == std::pair<qint64, qint64>(total, total));
    for (qsizetype i = 1; i < reports.size(); ++i) {
        CHECK(reports[i].first >= reports[i - 1].first);
        CHECK(reports[i].second == total);
    }

    // Cancelled from the progress callback (another thread turns the same flag): the load fails as cancelled.
    std::atomic<bool> cancel{false};
    LoadOptions cancelling;
    cancelling.cancel = &cancel;
    cancelling.progress = [&](qint64 done, qint64) {
        if (done > 0)
            cancel = true;
    };
    auto stopped = KsdStore::load(path, cancelling);
    REQUIRE_FALSE(stopped.ok());
    CHECK(StoreError(stopped.error().code) == StoreError::Cancelled);
    CHECK(stopped.error().message == KsdStore::cancelledError(path).message);
    // Cancelled before it starts.
    auto never = KsdStore::load(path, cancelling);
    REQUIRE_FALSE(never.ok());
    CHECK(StoreError(never.error().code) == StoreError::Cancelled);
}

TEST_CASE("regenerate the corpus's old-version fixtures", "[.regen]")
{
    // Run by hand: test_store "[.regen]" writes tests/data/ksd/old/v1.ksd and v2.ksd from those schemas.
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Proyek format versi 1"), 2023);
    p.projectId = QUuid::fromString(QStringLiteral("{6f1c2b1e-0000-4000-8000-000000000001}"));
    p.created = p.modified = QDateTime(QDate(2023, 5, 2), QTime(8, 0), Qt::UTC);
    Entry e;
    e.meta.id = QUuid::fromString(QStringLiteral("{6f1c2b1e-0000-4000-8000-000000000002}"));
    e.meta.created = e.meta.modified = p.created;
    e.meta.modifiedBy = QStringLiteral("Bappeda");
    e.regionCode = QStringLiteral("63.03");
    e.urusanCode = QStringLiteral("2.11");
    e.title = QStringLiteral("Isian dari versi 1");
    e.year = 2023;
    p.entries.append(e);
    const Status s = KsdStore::saveAsVersion(p, test::dataPath(QStringLiteral("ksd/old/v1.ksd")), 1);
    INFO((s.ok() ? QString() : s.error().toString()).toStdString());
    REQUIRE(s.ok());

    // Version 2: node positions and the merge log, an entry with externality evidence and a promoted proposal.
    Project v2 = Project::create(QStringLiteral("63.03"), QStringLiteral("Proyek format versi 2"), 2025);
    v2.projectId = QUuid::fromString(QStringLiteral("{6f1c2b1e-0000-4000-8000-000000000011}"));
    v2.created = v2.modified = QDateTime(QDate(2025, 3, 4), QTime(9, 0), Qt::UTC);
    Entry e2 = e;
    e2.meta.id = QUuid::fromString(QStringLiteral("{6f1c2b1e-0000-4000-8000-000000000012}"));
    e2.meta.created = e2.meta.modified = v2.created;
    e2.title = QStringLiteral("Isian dari versi 2");
    e2.extLocation = Evidence::Yes;
    e2.year = 2025;
    v2.entries.append(e2);
    Proposal x;
    x.meta = e2.meta;
    x.meta.id = QUuid::fromString(QStringLiteral("{6f1c2b1e-0000-4000-8000-000000000013}"));
    x.regionCode = QStringLiteral("63.03");
    x.urusanCode = QStringLiteral("2.11");
    x.title = QStringLiteral("Usulan dari versi 2");
    x.partnerRegionCodes = {QStringLiteral("63.71")};
    x.suggestionKey = QStringLiteral("63.03|63.71|2.11");
    x.year = 2025;
    v2.proposals.append(x);
    v2.positions.append(NodePosition{QStringLiteral("geo"), QStringLiteral("63.03"), 10, 20});
    v2.mergeLog.append(MergeLogEntry{v2.created, QStringLiteral("DLH"), QStringLiteral("dlh.ksd"),
                                     QStringLiteral("entry"), e2.meta.id, QStringLiteral("added"), QString()});
    const Status s2 = KsdStore::saveAsVersion(v2, test::dataPath(QStringLiteral("ksd/old/v2.ksd")), 2);
    INFO((s2.ok() ? QString() : s2.error().toString()).toStdString());
    REQUIRE(s2.ok());
}
