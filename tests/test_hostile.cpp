// SPDX-License-Identifier: Apache-2.0
// Hostile and awkward input (issue 14): .ksd files, CSV files and attachments. Nothing lost, nothing run, nothing
// hung, nothing written beside a file that is only read. The .ksd files are made here from a fresh save, so they
// follow the schema of this build.
#include "helpers.h"

#include "io/attachmentopen.h"
#include "io/csv.h"
#include "io/csvimport.h"
#include "merge/merge.h"
#include "store/ksdstore.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"
#include "util/usertext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include <sys/file.h>
#include <fcntl.h>
#include <unistd.h>
#include <utime.h>

using namespace ksd;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

/// A raw connection to @p path without PetaKSD's hardening: the tool a hostile file is made with. Runs
/// @p statements and returns the first error (empty when all ran).
QString rawSql(const QString &path, const QStringList &statements)
{
    SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
    if (!db.isOpen())
        return db.lastError();
    for (const QString &s : statements) {
        if (const QString error = db.exec({s}); !error.isEmpty())
            return s + QStringLiteral(": ") + error;
    }
    return {};
}

/// A project of @p entries entries with distinct titles.
Project projectWithEntries(int entries)
{
    Project p = test::sampleProject();
    const Entry model = p.entries.first();
    p.entries.clear();
    for (int i = 0; i < entries; ++i) {
        Entry e = model;
        e.meta.id = QUuid::createUuid();
        e.title = QStringLiteral("Isian %1").arg(i + 1);
        p.entries.append(e);
    }
    return p;
}

QString savedFile(const QTemporaryDir &dir, const QString &name, const Project &p)
{
    const QString path = dir.filePath(name);
    const Status s = KsdStore::save(p, path);
    INFO((s.ok() ? QString() : s.error().toString()).toStdString());
    REQUIRE(s.ok());
    return path;
}

/// Replaces the CREATE statement of @p table in sqlite_schema by @p sql, the way a hostile tool would.
QString rewriteSchema(const QString &path, const QString &table, const QString &sql)
{
    QString quoted = sql;
    quoted.replace(QLatin1String("'"), QLatin1String("''"));
    return rawSql(path, {QStringLiteral("PRAGMA writable_schema=ON"),
                         QStringLiteral("UPDATE sqlite_schema SET sql='%1' WHERE name='%2'").arg(quoted, table),
                         QStringLiteral("PRAGMA writable_schema=OFF")});
}

QString tableSql(const QString &path, const QString &table)
{
    SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
    auto rows = db.rows(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name='%1'").arg(table), 1);
    return rows && !rows->isEmpty() ? rows->first().first() : QString();
}

} // namespace

// ---- 1. a row SQLite cannot give is an error, never the end of the table ----------------------------------------

TEST_CASE("a file with a row over SQLite's length limit is refused, not opened short", "[store][limit]")
{
    QTemporaryDir dir;
    const QString path = savedFile(dir, QStringLiteral("besar.ksd"), projectWithEntries(58));
    // 70 MB in the fifth entry: more than SQLITE_LIMIT_LENGTH of the reader.
    REQUIRE(rawSql(path, {QStringLiteral("UPDATE entry SET description = hex(zeroblob(35000000)) WHERE rowid = 5")})
                .isEmpty());
    auto r = KsdStore::load(path);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().toString().toStdString());
    CHECK(StoreError(r.error().code) == StoreError::Damaged);
    CHECK(r.error().toString().contains(QStringLiteral("tabel entry, baris 5")));
    CHECK(r.error().message.size() < 1000);
}

TEST_CASE("a field over the field limit is refused on open, naming table, row and column", "[store][limit]")
{
    QTemporaryDir dir;
    const QString path = savedFile(dir, QStringLiteral("besar.ksd"), projectWithEntries(10));
    // 40 MB: SQLite can give it, but the app could never have written it.
    REQUIRE(rawSql(path, {QStringLiteral("UPDATE entry SET title = hex(zeroblob(20000000)) WHERE rowid = 3")})
                .isEmpty());
    auto r = KsdStore::load(path);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().toString().toStdString());
    CHECK(StoreError(r.error().code) == StoreError::BadData);
    CHECK(r.error().message.contains(QStringLiteral("title")));
    CHECK(r.error().toString().contains(QStringLiteral("tabel entry, baris 3")));
    CHECK(r.error().message.size() < 1000);
}

TEST_CASE("saving refuses a field over the limit, so the app never writes what it cannot read", "[store][limit]")
{
    QTemporaryDir dir;
    const QString path = savedFile(dir, QStringLiteral("p.ksd"), projectWithEntries(3));
    const QByteArray before = readAll(path);
    Project p = projectWithEntries(3);
    p.entries[1].description = QString(MaxFieldBytes + 1, QLatin1Char('x'));
    const Status s = KsdStore::save(p, path);
    REQUIRE_FALSE(s.ok());
    INFO(s.error().toString().toStdString());
    CHECK(s.error().message.contains(QStringLiteral("description")));
    CHECK(s.error().message.contains(QStringLiteral("baris 2 tabel entry")));
    CHECK(readAll(path) == before);
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("p.ksd")});
    // Exactly at the limit is fine and reads back.
    p.entries[1].description = QString(MaxFieldBytes, QLatin1Char('x'));
    REQUIRE(KsdStore::save(p, path).ok());
    auto r = KsdStore::load(path);
    REQUIRE(r.ok());
    CHECK(r->project.entries.size() == 3);
    CHECK(r->project.entries[1].description.size() == MaxFieldBytes);
}

TEST_CASE("a returned copy with a row that cannot be read is refused before merging", "[store][limit][merge]")
{
    QTemporaryDir dir;
    const Project mine = projectWithEntries(20);
    Project copy = makeCopy(mine, QStringLiteral("Dinas X"), {}, QDateTime::currentDateTimeUtc().addDays(-1));
    const QString path = savedFile(dir, QStringLiteral("salinan.ksd"), copy);
    REQUIRE(rawSql(path, {QStringLiteral("UPDATE entry SET unit = hex(zeroblob(35000000)) WHERE rowid = 4")}).isEmpty());
    auto src = loadCopy(path);
    REQUIRE_FALSE(src.ok());
    CHECK(src.error().toString().contains(QStringLiteral("tabel entry, baris 4")));
}

// ---- 2. messages cap and escape what they echo ------------------------------------------------------------------

TEST_CASE("shownValue caps long values and makes control characters visible", "[util]")
{
    const QString big(50 * 1000 * 1000, QLatin1Char('a'));
    const QString shown = shownValue(big);
    CHECK(shown.size() == ShownValueLength + 1);
    CHECK(shown.endsWith(QChar(0x2026)));
    CHECK(shownValue(QStringLiteral("pendek")) == QStringLiteral("pendek"));

    const QString esc = QStringLiteral("Judul\x1b[2J\x1b]0;x\x07") + QChar(0x202E) + QStringLiteral("fdp.exe\n");
    const QString e = shownValue(esc);
    CHECK(e == QStringLiteral("Judul\\x1b[2J\\x1b]0;x\\x07\\u202efdp.exe\\x0a"));
    for (QChar c : e)
        CHECK((c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e));
    // A cut never splits a surrogate pair.
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += QString::fromUcs4(U"\U0001F600");
    const QString cut = shownValue(emoji);
    CHECK(cut.size() == 2 * ShownValueLength + 1);
    CHECK_FALSE(cut.at(cut.size() - 2).isHighSurrogate());
}

TEST_CASE("a refusal echoes a hostile value capped and escaped", "[store][util]")
{
    QTemporaryDir dir;
    const QString path = savedFile(dir, QStringLiteral("p.ksd"), projectWithEntries(2));
    // A bad kind holding an escape sequence and 5 MB of text.
    REQUIRE(rawSql(path, {QStringLiteral("UPDATE entry SET kind = char(27) || '[31m' || hex(zeroblob(2500000)) "
                                         "WHERE rowid = 2")})
                .isEmpty());
    auto r = KsdStore::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.size() < 400);
    CHECK_FALSE(r.error().message.contains(QChar(0x1b)));
    CHECK(r.error().message.contains(QStringLiteral("\\x1b[31m")));
}

TEST_CASE("check prints a title with terminal escapes escaped", "[store][util][cli]")
{
    QTemporaryDir dir;
    Project p = projectWithEntries(1);
    p.title = QStringLiteral("Judul\x1b]0;dibajak\x07") + QChar(0x202E);
    const QString path = savedFile(dir, QStringLiteral("p.ksd"), p);
    const test::Run run = test::petaksd({QStringLiteral("check"), path});
    CHECK(run.exitCode == 0);
    CHECK_FALSE(run.out.contains(QChar(0x1b)));
    CHECK_FALSE(run.out.contains(QChar(0x202E)));
    CHECK(run.out.contains(QStringLiteral("Judul\\x1b]0;dibajak\\x07\\u202e")));
}

// ---- 3. the schema by its exact SQL, and a step budget ------------------------------------------------------------

TEST_CASE("a schema that differs from this build's in any way is refused, naming the table", "[store][schema]")
{
    struct Case
    {
        const char *name;
        QString (*edit)(const QString &sql);
    };
    const Case cases[] = {
        {"virtual generated column",
         [](const QString &sql) {
             QString s = sql; // a column added at the end of the table, whatever the version's last column is
             return s.insert(s.lastIndexOf(QLatin1Char(')')),
                             QLatin1String(", berat TEXT GENERATED ALWAYS AS (hex(zeroblob(1000000))) VIRTUAL"));
         }},
        {"check calling load_extension",
         [](const QString &sql) {
             QString s = sql;
             return s.replace(QLatin1String("year INTEGER NOT NULL"),
                              QLatin1String("year INTEGER NOT NULL CHECK (load_extension('/tmp/petaksd-evil') "
                                            "IS NULL)"));
         }},
        {"bad collate",
         [](const QString &sql) {
             QString s = sql;
             return s.replace(QLatin1String("title TEXT NOT NULL"), QLatin1String("title TEXT NOT NULL COLLATE nocase"));
         }},
        {"default",
         [](const QString &sql) {
             QString s = sql;
             return s.replace(QLatin1String("unit TEXT NOT NULL"), QLatin1String("unit TEXT NOT NULL DEFAULT 'x'"));
         }},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        QTemporaryDir dir;
        const QString path = savedFile(dir, QStringLiteral("p.ksd"), projectWithEntries(5));
        const QString sql = tableSql(path, QStringLiteral("entry"));
        const QString hostile = c.edit(sql);
        REQUIRE(hostile != sql);
        REQUIRE(rewriteSchema(path, QStringLiteral("entry"), hostile).isEmpty());
        const QByteArray before = readAll(path);
        auto r = KsdStore::load(path);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().toString().toStdString());
        CHECK(StoreError(r.error().code) == StoreError::BadSchema);
        CHECK(r.error().message.contains(QStringLiteral("entry")));
        CHECK(readAll(path) == before);
        CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("p.ksd")});
    }
}

TEST_CASE("the step budget stops a statement that runs too long", "[store][schema][budget]")
{
    SqliteConnection c({}, SqliteConnection::Mode::Memory);
    c.harden();
    c.setStepBudget(100000);
    auto r = c.rows(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
                                   "SELECT count(*) FROM n"),
                    1);
    CHECK_FALSE(r.ok());
    CHECK(c.budgetSpent());
}

TEST_CASE("a valid project with many records stays well inside the step budget", "[store][budget]")
{
    QTemporaryDir dir;
    Project p = projectWithEntries(3000);
    for (Entry &e : p.entries)
        e.description = QStringLiteral("Uraian yang cukup panjang untuk mengisi halaman basis data. ").repeated(4);
    const QString path = savedFile(dir, QStringLiteral("banyak.ksd"), p);
    auto r = KsdStore::load(path);
    INFO((r.ok() ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    CHECK(r->project.entries.size() == 3000);
}

// ---- 4. integrity failures name SQLite's reason; a hot journal is recovered on a private copy ------------------

TEST_CASE("an integrity failure names SQLite's reason", "[store][integrity]")
{
    auto r = KsdStore::load(test::dataPath(QStringLiteral("ksd/corrupt/garbled-pages.ksd")));
    REQUIRE_FALSE(r.ok());
    INFO(r.error().toString().toStdString());
    CHECK(StoreError(r.error().code) == StoreError::Damaged);
    CHECK_FALSE(r.error().message.contains(QStringLiteral("()")));
}

namespace {

/// Runs @p statements on @p path in one open transaction (rollback journal, a cache of a few pages so that
/// SQLite writes changed pages into the file before commit) and, while it is open, copies the file and its
/// journal or WAL to @p copy: the state a crash in the middle of a write leaves behind.
void snapshotMidTransaction(const QString &path, const QString &copy, const QStringList &setup,
                            const QStringList &statements)
{
    SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
    REQUIRE(db.isOpen());
    for (const QString &s : setup)
        REQUIRE(db.exec({s}).isEmpty());
    for (const QString &s : statements) {
        INFO(s.toStdString());
        REQUIRE(db.exec({s}).isEmpty());
    }
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(path + suffix))
            REQUIRE(QFile::copy(path + suffix, copy + suffix));
    }
    db.exec({QStringLiteral("ROLLBACK")});
}

} // namespace

TEST_CASE("a file with a hot journal is recovered on a private copy and opens whole", "[store][integrity]")
{
    QTemporaryDir work;
    QTemporaryDir dir;
    const Project original = projectWithEntries(400);
    const QString source = savedFile(work, QStringLiteral("sumber.ksd"), original);
    const QString path = dir.filePath(QStringLiteral("jurnal.ksd"));
    snapshotMidTransaction(source, path,
                           {QStringLiteral("PRAGMA journal_mode=DELETE"), QStringLiteral("PRAGMA cache_size=2")},
                           {QStringLiteral("BEGIN"), QStringLiteral("UPDATE entry SET title = 'rusak ' || title"),
                            QStringLiteral("DELETE FROM entry WHERE rowid > 100")});
    REQUIRE(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
    REQUIRE(readAll(path) != readAll(source)); // the change reached the file: only the journal can undo it
    const QStringList before = filesIn(dir.path());
    const QByteArray bytes = readAll(path);
    const QByteArray journal = readAll(path + QStringLiteral("-journal"));

    auto r = KsdStore::load(path);
    INFO((r.ok() ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    CHECK(r->project.entries.size() == 400);
    CHECK(r->project.entries == original.entries);
    // Nothing beside the original changed: the journal was rolled back on a copy.
    CHECK(filesIn(dir.path()) == before);
    CHECK(readAll(path) == bytes);
    CHECK(readAll(path + QStringLiteral("-journal")) == journal);
}

// ---- 5. read-only operations never write -------------------------------------------------------------------------

TEST_CASE("opening and checking an older file writes nothing; the save keeps the original", "[store][migration]")
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
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("lama.ksd")});

    const test::Run run = test::petaksd({QStringLiteral("check"), path});
    CHECK(run.exitCode == 0);
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("lama.ksd")});

    // The save that replaces it keeps the original first.
    REQUIRE(KsdStore::save(loaded->project, path).ok());
    CHECK(readAll(path + QStringLiteral(".v1.bak")) == before);
    auto again = KsdStore::load(path);
    REQUIRE(again.ok());
    CHECK(again->info.fileVersion == schema::CurrentVersion);
}

TEST_CASE("an older file in a read-only folder opens", "[store][migration]")
{
    if (::geteuid() == 0)
        return; // root writes anywhere: the test above covers "nothing is written"
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lama.ksd"));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("ksd/old/v1.ksd")), path));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    auto loaded = KsdStore::load(path);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE(loaded.ok());
    CHECK(loaded->project.entries.size() == 1);
}

TEST_CASE("a WAL-mode file is read through a private copy: its committed content, nothing left beside it",
          "[store][wal]")
{
    QTemporaryDir work;
    QTemporaryDir dir;
    const QString source = savedFile(work, QStringLiteral("sumber.ksd"), projectWithEntries(5));
    const QString path = dir.filePath(QStringLiteral("wal.ksd"));
    // A committed change that is still only in the WAL when the files are copied.
    snapshotMidTransaction(source, path,
                           {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA wal_autocheckpoint=0")},
                           {QStringLiteral("UPDATE meta SET value = 'Judul dari WAL' WHERE key = 'title'")});
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    const QStringList before = filesIn(dir.path());
    const QByteArray wal = readAll(path + QStringLiteral("-wal"));

    auto r = KsdStore::load(path);
    INFO((r.ok() ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    CHECK(r->project.title == QStringLiteral("Judul dari WAL"));
    CHECK(r->project.entries.size() == 5);
    CHECK(filesIn(dir.path()) == before); // no -shm, the -wal untouched
    CHECK(readAll(path + QStringLiteral("-wal")) == wal);
}

// ---- 6. saving through a symbolic link; stale temporary files ----------------------------------------------------

TEST_CASE("saving through a symbolic link writes the file it points to and keeps the link", "[store][save]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("data")));
    const QString real = savedFile(dir, QStringLiteral("data/proyek.ksd"), projectWithEntries(1));
    const QString link = dir.filePath(QStringLiteral("pintasan.ksd"));
    REQUIRE(QFile::link(QStringLiteral("data/proyek.ksd"), link));

    Project p = projectWithEntries(4);
    p.title = QStringLiteral("lewat tautan");
    REQUIRE(KsdStore::save(p, link).ok());
    CHECK(QFileInfo(link).isSymLink());
    auto viaReal = KsdStore::load(real);
    REQUIRE(viaReal.ok());
    CHECK(viaReal->project.title == QStringLiteral("lewat tautan"));
    CHECK(viaReal->project.entries.size() == 4);
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("pintasan.ksd")});
    CHECK(filesIn(dir.filePath(QStringLiteral("data"))) == QStringList{QStringLiteral("proyek.ksd")});
}

TEST_CASE("a save removes the temporary files of killed saves older than a minute and not locked", "[store][save]")
{
    QTemporaryDir dir;
    const QString path = savedFile(dir, QStringLiteral("p.ksd"), projectWithEntries(1));
    auto makeTemp = [&](const QString &name, int ageSeconds) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("sisa penyimpanan yang terhenti");
        f.close();
        const time_t t = ::time(nullptr) - ageSeconds;
        const struct utimbuf times{t, t};
        REQUIRE(::utime(QFile::encodeName(f.fileName()).constData(), &times) == 0);
    };
    makeTemp(QStringLiteral(".p.ksd.tmp-lama01"), 600);
    makeTemp(QStringLiteral(".p.ksd.tmp-lama02"), 120);
    makeTemp(QStringLiteral(".p.ksd.tmp-baru01"), 0);  // a save in progress elsewhere, maybe
    makeTemp(QStringLiteral(".p.ksd.tmp-kunci1"), 600); // locked by a save in progress
    makeTemp(QStringLiteral(".lain.ksd.tmp-lama1"), 600); // another project's
    const int fd = ::open(QFile::encodeName(dir.filePath(QStringLiteral(".p.ksd.tmp-kunci1"))).constData(), O_RDWR);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);

    REQUIRE(KsdStore::save(projectWithEntries(2), path).ok());
    ::close(fd);
    CHECK(filesIn(dir.path())
          == QStringList({QStringLiteral(".lain.ksd.tmp-lama1"), QStringLiteral(".p.ksd.tmp-baru01"),
                          QStringLiteral(".p.ksd.tmp-kunci1"), QStringLiteral("p.ksd")}));
}

// ---- 7. map positions validated on read ------------------------------------------------------------------------

TEST_CASE("map positions that are infinite or out of range are dropped with a warning", "[store][positions]")
{
    QTemporaryDir dir;
    Project p = projectWithEntries(1);
    p.positions = {NodePosition{QStringLiteral("geo"), QStringLiteral("63.03"), 10, 20},
                   NodePosition{QStringLiteral("geo"), QStringLiteral("63.04"), 30, 40},
                   NodePosition{QStringLiteral("geo"), QStringLiteral("63.05"), 50, 60},
                   NodePosition{QStringLiteral("geo"), QStringLiteral("63.06"), 70, 80}};
    const QString path = savedFile(dir, QStringLiteral("p.ksd"), p);
    REQUIRE(rawSql(path, {QStringLiteral("UPDATE node_position SET x = 1e999 WHERE region_code = '63.04'"),
                          QStringLiteral("UPDATE node_position SET y = -1e999 WHERE region_code = '63.05'"),
                          QStringLiteral("UPDATE node_position SET x = 5e300 WHERE region_code = '63.06'")})
                .isEmpty());
    auto r = KsdStore::load(path);
    REQUIRE(r.ok());
    CHECK(r->project.positions == QList<NodePosition>{p.positions.first()});
    CHECK(r->info.warnings.size() == 3);
    CHECK(r->info.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("63.04")));

    // NaN and infinities are never written either (NaN could not be: the column is NOT NULL).
    Project bad = p;
    bad.positions[1].x = std::numeric_limits<double>::quiet_NaN();
    bad.positions[2].y = -std::numeric_limits<double>::infinity();
    bad.positions[3].x = std::numeric_limits<double>::infinity();
    REQUIRE(KsdStore::save(bad, path).ok());
    auto again = KsdStore::load(path);
    REQUIRE(again.ok());
    CHECK(again->project.positions == QList<NodePosition>{p.positions.first()});
    CHECK(again->info.warnings.isEmpty());
}

// ---- 1 and 8. CSV: a cell over the field limit, and the encoding decided per file -------------------------------

TEST_CASE("a CSV with a 70 MB cell is refused, naming the row and column", "[csv][limit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("besar.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("kode_wilayah;urusan;jenis;judul;uraian\r\n");
        f.write("63.03;2.11;kebutuhan;Air bersih;pendek\r\n");
        f.write("63.03;2.11;kebutuhan;Sampah;");
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 70; ++i)
            f.write(chunk);
        f.write("\r\n");
    }
    auto t = io::readCsvFile(path);
    REQUIRE_FALSE(t.ok());
    INFO(t.error().toString().toStdString());
    CHECK(t.error().toString().contains(QStringLiteral("baris 3, kolom uraian")));
    CHECK(t.error().message.size() < 400);
}

TEST_CASE("one invalid byte in a UTF-8 CSV refuses the file naming it, instead of mojibake", "[csv][encoding]")
{
    const QByteArray mixed = "kode_wilayah;judul\r\n63.03;Air bersih \xE2\x80\x93 caf\xC3\xA9\r\n63.04;Jalan \x96 raya\r\n";
    REQUIRE(csv::mixedEncoding(mixed));
    CHECK(csv::mixedEncoding(mixed)->line == 3);
    CHECK(csv::mixedEncoding(mixed)->column == 13);
    CHECK(csv::mixedEncoding(mixed)->byte == 0x96);
    auto t = io::readCsv(mixed);
    REQUIRE_FALSE(t.ok());
    INFO(t.error().toString().toStdString());
    CHECK(t.error().toString().contains(QStringLiteral("baris 3, kolom 13")));
    CHECK(t.error().message.contains(QStringLiteral("0x96")));

    // A file with no UTF-8 beyond ASCII is Windows-1252 as a whole; a clean UTF-8 file is UTF-8.
    const QByteArray cp1252 = "kode_wilayah;judul\r\n63.03;Caf\xE9 \x96 \x80\r\n";
    CHECK_FALSE(csv::mixedEncoding(cp1252));
    auto w = io::readCsv(cp1252);
    REQUIRE(w.ok());
    CHECK(w->encoding == QStringLiteral("Windows-1252"));
    CHECK_FALSE(csv::mixedEncoding(QByteArray("judul\r\ncaf\xC3\xA9\r\n")));
    // A bad byte before the first UTF-8 sequence is still found.
    const auto early = csv::mixedEncoding(QByteArray("a\xFF\nb\xC3\xA9"));
    REQUIRE(early);
    CHECK(early->line == 1);
    CHECK(early->column == 2);
}

// ---- 9. attachments open only through a safe path ----------------------------------------------------------------

TEST_CASE("attachments: documents open under their MIME type's extension, programs never", "[attachment]")
{
    const AttachmentOpening pdf = attachmentOpening(QStringLiteral("Naskah KB.pdf"), QStringLiteral("application/pdf"));
    CHECK(pdf.allowed);
    CHECK(pdf.fileName == QStringLiteral("Naskah KB.pdf"));
    CHECK(pdf.typeName.contains(QStringLiteral("application/pdf")));

    // The extension comes from the stored type, never from the stored name.
    const AttachmentOpening renamed = attachmentOpening(QStringLiteral("foto.jpeg.txt"), QStringLiteral("image/png"));
    CHECK(renamed.allowed);
    CHECK(renamed.fileName == QStringLiteral("foto.jpeg.png"));

    for (const char *name : {"setup.exe", "run.bat", "x.cmd", "a.com", "s.scr", "page.hta", "a.js", "a.jse",
                             "a.vbs", "a.vbe", "a.wsf", "a.ps1", "i.msi", "l.lnk", "s.sh", "app.desktop", "j.jar",
                             "x.AppImage", "SETUP.EXE", "trik.exe.", "trik.exe  "}) {
        INFO(name);
        const AttachmentOpening o = attachmentOpening(QString::fromLatin1(name), QStringLiteral("application/pdf"));
        CHECK_FALSE(o.allowed);
        CHECK_FALSE(o.reason.isEmpty());
    }
    for (const char *mime : {"application/x-ms-dos-executable", "application/x-msdownload", "application/x-shellscript",
                             "application/javascript", "text/html", "image/svg+xml", "application/x-desktop",
                             "application/octet-stream", ""}) {
        INFO(mime);
        CHECK_FALSE(attachmentOpening(QStringLiteral("laporan.pdf"), QString::fromLatin1(mime)).allowed);
    }

    // An RLO character cannot disguise the extension: "laporan\u202Efdp.exe" shows as "laporanexe.pdf".
    const QString rlo = QStringLiteral("laporan") + QChar(0x202E) + QStringLiteral("fdp.exe");
    const AttachmentOpening disguised = attachmentOpening(rlo, QStringLiteral("application/pdf"));
    CHECK_FALSE(disguised.allowed);
    CHECK_FALSE(disguised.shownName.contains(QChar(0x202E)));
    CHECK(disguised.shownName.contains(QStringLiteral("\\u202e")));
    const AttachmentOpening hidden = attachmentOpening(QStringLiteral("a") + QChar(0x202E) + QStringLiteral("fdp.doc"),
                                                       QStringLiteral("application/pdf"));
    CHECK(hidden.allowed);
    CHECK_FALSE(hidden.fileName.contains(QChar(0x202E)));
    CHECK(hidden.fileName.endsWith(QStringLiteral(".pdf")));

    // A stored name cannot leave the private folder.
    const AttachmentOpening path = attachmentOpening(QStringLiteral("../../.bashrc"), QStringLiteral("text/plain"));
    CHECK(path.allowed);
    CHECK_FALSE(path.fileName.contains(QLatin1Char('/')));
    CHECK_FALSE(path.fileName.startsWith(QLatin1Char('.')));
}

TEST_CASE("a long merge log stays out of memory: the newest rows are loaded, the older ones read on demand",
          "[store][issue14]")
{
    QTemporaryDir dir;
    const QDateTime t0(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Log panjang"), 2024);
    Entry logged;
    logged.meta = RecordMeta{QUuid(1u, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), t0.addDays(-10), t0.addDays(-10),
                             QStringLiteral("Bappeda"), false};
    logged.regionCode = QStringLiteral("63.03");
    logged.urusanCode = QStringLiteral("2.11");
    logged.title = QStringLiteral("Isian tercatat");
    Entry fresh = logged;
    fresh.meta.id = QUuid(2u, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    fresh.title = QStringLiteral("Isian lain");
    p.entries = {logged, fresh};
    Project copy = makeCopy(p, QStringLiteral("Dinas Lingkungan Hidup"), {}, t0);
    const QDateTime edited = t0.addSecs(10);
    for (Entry &e : copy.entries) {
        e.title += QStringLiteral(" (DLH)");
        e.meta.modified = edited;
        e.meta.modifiedBy = QStringLiteral("Dinas Lingkungan Hidup");
    }

    // Rows of about 400 bytes, enough for a file over DiskCopyBytes. The oldest row says that DLH's version of
    // the first entry was merged before.
    const int rows = MaxLoadedLogRows * 3 + 7;
    const QString filler(360, QLatin1Char('x'));
    for (int i = 0; i < rows; ++i) {
        p.mergeLog.append({t0.addSecs(i), QStringLiteral("Dinas %1").arg(i % 7), QStringLiteral("salinan.ksd"),
                           QStringLiteral("entry"), i == 0 ? logged.meta.id : QUuid(uint(1000 + i), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                           QStringLiteral("changed"),
                           QStringLiteral("baris %1 %2 [versi: %3]")
                               .arg(i)
                               .arg(filler, (i == 0 ? edited : t0).toString(Qt::ISODateWithMs))});
    }
    const QString path = dir.filePath(QStringLiteral("log.ksd"));
    REQUIRE(KsdStore::save(p, path).ok());
    REQUIRE(QFileInfo(path).size() > DiskCopyBytes);

    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    const Project &q = loaded->project;
    // Bounded in memory: only the newest rows; the others counted, checked and readable.
    CHECK(q.mergeLog.size() == MaxLoadedLogRows);
    REQUIRE(q.archivedLog.rows);
    CHECK(q.archivedLog.rows->rowCount() == rows - MaxLoadedLogRows);
    CHECK(mergeLogRowCount(q) == rows);
    CHECK(q.mergeLog.constFirst() == p.mergeLog[rows - MaxLoadedLogRows]);
    CHECK(q.mergeLog.constLast() == p.mergeLog.constLast());
    QList<MergeLogEntry> all;
    REQUIRE(forEachMergeLogRow(q, [&](const MergeLogEntry &e) { all.append(e); }).ok());
    CHECK(all == p.mergeLog);

    // A merge reads the archived rows too: the version logged in the oldest row is not offered again, the
    // other entry's is.
    auto plan = planMerge(q, copy, QStringLiteral("dlh.ksd"));
    REQUIRE(plan.ok());
    REQUIRE(plan->changes.size() == 1);
    CHECK(plan->changes.constFirst().id == fresh.meta.id);

    // Saving writes every row back, in order; the file opens equal (the archive compares by content).
    const QString again = dir.filePath(QStringLiteral("lagi.ksd"));
    REQUIRE(KsdStore::save(q, again).ok());
    auto reloaded = KsdStore::load(again);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->project == q);
    QList<MergeLogEntry> allAgain;
    REQUIRE(forEachMergeLogRow(reloaded->project, [&](const MergeLogEntry &e) { allAgain.append(e); }).ok());
    CHECK(allAgain == p.mergeLog);

    // A changed archived row makes the projects differ.
    Project other = p;
    other.mergeLog[5].detail = QStringLiteral("lain");
    const QString third = dir.filePath(QStringLiteral("lain.ksd"));
    REQUIRE(KsdStore::save(other, third).ok());
    auto changed = KsdStore::load(third);
    REQUIRE(changed.ok());
    CHECK_FALSE(changed->project == q);
}
