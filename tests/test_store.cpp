// SPDX-License-Identifier: Apache-2.0
#include "helpers.h"

#include "store/ksdstore.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
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

TEST_CASE("migration from every older version gives the same project", "[store][migration]")
{
    QTemporaryDir dir;
    Project p = test::sampleProject();
    p.positions.clear(); // not representable before version 2
    p.mergeLog.clear();
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

TEST_CASE("regenerate the corpus's old-version fixture", "[.regen]")
{
    // Run by hand: test_store "[.regen]" writes tests/data/ksd/old/v1.ksd from the version-1 schema.
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
}
