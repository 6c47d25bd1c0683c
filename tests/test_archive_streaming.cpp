// SPDX-License-Identifier: Apache-2.0
// The document archive streamed (issue #17 item 4): scans stay in the .ksd as BLOBs, each record holds a handle,
// every read goes through SQLite's incremental BLOB I/O in chunks, and saves copy them without holding them whole.
#include "helpers.h"

#include "merge/merge.h"
#include "register/archive.h"
#include "register/terms.h"
#include "report/reportbuilder.h"
#include "store/documentdata.h"
#include "store/ksdstore.h"
#include "store/sqliteconnection.h"

#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

/// @p bytes pseudo-random bytes (seeded: the same bytes every run).
QByteArray scanBytes(qint64 bytes, quint32 seed)
{
    QByteArray out(bytes, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qint64 i = 0; i < bytes; ++i)
        out[i] = char(rng.generate() & 0xff);
    return out;
}

AttachedDocument scan(const QUuid &agreementId, const QString &name, const QByteArray &bytes)
{
    AttachedDocument d;
    d.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    d.agreementId = agreementId;
    d.kind = QStringLiteral("pks");
    d.fileName = name;
    d.mimeType = QStringLiteral("application/pdf");
    d.data = bytes;
    d.sha256 = sha256Hex(bytes);
    d.version = DocumentVersion::Final;
    return d;
}

/// The largest chunk a read of @p data hands over, and the bytes it gave.
std::pair<qint64, QByteArray> readInChunks(const DocumentData &data)
{
    qint64 largest = 0;
    QByteArray all;
    const Status s = data.read([&](QByteArrayView chunk) {
        largest = std::max<qint64>(largest, chunk.size());
        all.append(chunk);
        return true;
    });
    REQUIRE(s.ok());
    return {largest, all};
}

const AttachedDocument *documentNamed(const Project &p, const QString &name)
{
    for (const AttachedDocument &d : p.documents) {
        if (d.fileName == name)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST_CASE("documents are not in memory after a load: handles to their rows, read on demand in chunks", "[archive]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arsip.ksd"));
    Project p = test::sampleProject();
    const QByteArray big = scanBytes(3 * 1024 * 1024 + 17, 1);
    p.documents.append(scan(p.agreements[0].meta.id, QStringLiteral("pks-besar.pdf"), big));
    REQUIRE(KsdStore::save(p, path).ok());

    auto loaded = KsdStore::load(path);
    REQUIRE(loaded);
    const AttachedDocument *d = documentNamed(loaded->project, QStringLiteral("pks-besar.pdf"));
    REQUIRE(d);
    CHECK(d->data.kind() == DocumentData::Kind::Stored);
    CHECK(d->data.size() == big.size());
    const auto [largest, bytes] = readInChunks(d->data);
    CHECK(largest <= 1024 * 1024); // streamed, a megabyte at a time
    CHECK(bytes == big);
    CHECK(*d->data.actualSha256() == sha256Hex(big));
    CHECK(documentState(*d) == DocumentState::Intact);
    // The record made in memory and the one read back compare equal: same bytes.
    CHECK(loaded->project.documents == p.documents);
    // Copies share the handle: equal without reading anything.
    const AttachedDocument copy = *d;
    CHECK(copy.data.source() == d->data.source());
    CHECK(copy == *d);
}

TEST_CASE("save, reload, save again: every scan byte-identical, handles follow the new file", "[archive]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arsip.ksd"));
    Project p = test::sampleProject();
    const QByteArray a = scanBytes(2 * 1024 * 1024 + 5, 2);
    const QByteArray b = scanBytes(700 * 1024, 3);
    p.documents.append(scan(p.agreements[0].meta.id, QStringLiteral("a.pdf"), a));
    p.documents.append(scan(p.agreements[0].meta.id, QStringLiteral("b.pdf"), b));
    REQUIRE(KsdStore::save(p, path).ok());

    auto first = KsdStore::load(path);
    REQUIRE(first);
    Project loaded = first->project;
    // A record only an undo command still holds (removed from the project before the save).
    const AttachedDocument heldByUndo = *documentNamed(loaded, QStringLiteral("b.pdf"));
    const auto source = documentNamed(loaded, QStringLiteral("a.pdf"))->data.source();
    loaded.documents.removeIf([](const AttachedDocument &d) { return d.fileName == QStringLiteral("b.pdf"); });
    loaded.title += QStringLiteral(" (disimpan lagi)");
    // Full rewrite over the file the handles read from.
    REQUIRE(KsdStore::save(loaded, path).ok());

    const AttachedDocument *kept = documentNamed(loaded, QStringLiteral("a.pdf"));
    REQUIRE(kept);
    CHECK(kept->data.source() == source);                 // the same handle (an unchanged record stays equal)
    CHECK(kept->data.kind() == DocumentData::Kind::Stored); // now reading the new file
    CHECK(readInChunks(kept->data).second == a);
    // The record the save did not write stays readable (kept in a private copy before the file was replaced).
    CHECK(heldByUndo.data.kind() == DocumentData::Kind::File);
    CHECK(readInChunks(heldByUndo.data).second == b);
    CHECK(documentState(heldByUndo) == DocumentState::Intact);

    // Reopened and saved once more: still the same bytes, and the whole project round-trips.
    auto second = KsdStore::load(path);
    REQUIRE(second);
    CHECK(second->project.documents == loaded.documents);
    REQUIRE(KsdStore::save(second->project, path).ok());
    auto third = KsdStore::load(path);
    REQUIRE(third);
    const AttachedDocument *again = documentNamed(third->project, QStringLiteral("a.pdf"));
    REQUIRE(again);
    CHECK(*again->data.actualSha256() == sha256Hex(a));
    CHECK(checkDocuments(third->project).size() == 2);
    for (const DocumentCheck &c : checkDocuments(third->project))
        CHECK(c.state == DocumentState::Intact);

    // Save as another file: the handles keep reading the first one, which is untouched.
    const QString other = dir.filePath(QStringLiteral("salinan.ksd"));
    REQUIRE(KsdStore::save(third->project, other).ok());
    auto fourth = KsdStore::load(other);
    REQUIRE(fourth);
    CHECK(readInChunks(documentNamed(fourth->project, QStringLiteral("a.pdf"))->data).second == a);
}

TEST_CASE("a migrated or recovered file keeps its handles valid for the project's lifetime", "[archive]")
{
    QTemporaryDir dir;
    // Nothing a version 3 file cannot hold: one agreement with defaults, one scan without version or holder.
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Register lama"), 2023);
    p.agreements = {test::makeAgreement(DocType::PKS, Category::KSDD, QStringLiteral("PKS lama"))};
    // Over DiskCopyBytes: migrated in a private copy on disk, which the handles keep.
    const QByteArray big = scanBytes(DiskCopyBytes + 1024 * 1024, 4);
    AttachedDocument d = scan(p.agreements[0].meta.id, QStringLiteral("lama.pdf"), big);
    d.version = DocumentVersion::Unstated;
    p.documents.append(d);
    const QString path = dir.filePath(QStringLiteral("v3.ksd"));
    REQUIRE(KsdStore::saveAsVersion(p, path, 3).ok());
    Project loaded;
    {
        auto r = KsdStore::load(path);
        REQUIRE(r);
        CHECK(r->info.fileVersion == 3);
        loaded = r->project;
    }
    const AttachedDocument *old = documentNamed(loaded, QStringLiteral("lama.pdf"));
    REQUIRE(old);
    CHECK(old->data.kind() == DocumentData::Kind::Stored);
    CHECK(old->sha256 == sha256Hex(big)); // computed at the upgrade, streamed
    QFile::remove(path);                  // the original goes: the private copy still answers
    CHECK(readInChunks(old->data).second == big);

    // A hot journal: recovered on a private copy, read in place there.
    const QString hot = dir.filePath(QStringLiteral("panas.ksd"));
    Project current = test::sampleProject();
    current.documents.append(scan(current.agreements[0].meta.id, QStringLiteral("panas.pdf"), scanBytes(300000, 5)));
    REQUIRE(KsdStore::save(current, hot).ok());
    {
        QFile journal(hot + QStringLiteral("-journal"));
        REQUIRE(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(512, '\0')); // a journal with no valid header: nothing to roll back
    }
    auto recovered = KsdStore::load(hot);
    REQUIRE(recovered);
    const AttachedDocument *h = documentNamed(recovered->project, QStringLiteral("panas.pdf"));
    REQUIRE(h);
    CHECK(h->data.kind() == DocumentData::Kind::Stored);
    QFile::remove(hot + QStringLiteral("-journal"));
    QFile::remove(hot);
    CHECK(documentState(*h) == DocumentState::Intact);
}

TEST_CASE("a copy sent without its scans keeps every fact but the bytes", "[archive]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kantor.ksd"));
    Project p = test::sampleProject();
    p.mergeLog.clear();
    p.documents.append(scan(p.agreements[0].meta.id, QStringLiteral("pks-ttd.pdf"), scanBytes(500000, 6)));
    REQUIRE(KsdStore::save(p, path).ok());
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded);

    Project copy = makeCopy(loaded->project, QStringLiteral("DLH"), {}, nowUtc().addSecs(60));
    dropDocumentData(copy);
    const QString copyPath = dir.filePath(QStringLiteral("untuk-dlh.ksd"));
    REQUIRE(KsdStore::save(copy, copyPath).ok());
    CHECK(QFileInfo(copyPath).size() < 200000); // no scan inside
    auto received = KsdStore::load(copyPath);
    REQUIRE(received);
    const AttachedDocument *d = documentNamed(received->project, QStringLiteral("pks-ttd.pdf"));
    REQUIRE(d);
    CHECK(d->data.kind() == DocumentData::Kind::None);
    CHECK(d->sha256 == sha256Hex(scanBytes(500000, 6)));
    CHECK(documentState(*d) == DocumentState::Missing);
    // The office's own project still reads its scan.
    CHECK(documentState(*documentNamed(loaded->project, QStringLiteral("pks-ttd.pdf"))) == DocumentState::Intact);
}

TEST_CASE("a merge keeps both versions of one scan, each byte-exact, after the copy's file is gone", "[archive][merge]")
{
    QTemporaryDir dir;
    Project office = test::sampleProject();
    office.mergeLog.clear();
    const QByteArray first = scanBytes(1500000, 7);
    office.documents = {scan(office.agreements[0].meta.id, QStringLiteral("pks.pdf"), first)};
    const QString officePath = dir.filePath(QStringLiteral("kantor.ksd"));
    REQUIRE(KsdStore::save(office, officePath).ok());
    auto mine = KsdStore::load(officePath);
    REQUIRE(mine);

    const QDateTime made = nowUtc().addSecs(60);
    Project copy = makeCopy(mine->project, QStringLiteral("DLH"), {}, made);
    const QByteArray second = scanBytes(1200000, 8);
    copy.documents[0].data = second;
    copy.documents[0].sha256 = sha256Hex(second);
    copy.documents[0].meta.modified = made.addSecs(60);
    const QString copyPath = dir.filePath(QStringLiteral("dari-dlh.ksd"));
    REQUIRE(KsdStore::save(copy, copyPath).ok());
    auto theirs = loadCopy(copyPath);
    REQUIRE(theirs);
    CHECK(theirs->copy.documents[0].data.kind() == DocumentData::Kind::Stored);

    const Result<MergePlan> plan = planMerge(mine->project, theirs->copy, copyPath);
    REQUIRE(plan);
    CHECK(plan->conflicts.isEmpty());
    Result<Project> merged = applyMerge(mine->project, *plan, Resolutions::allMine());
    REQUIRE(merged);
    REQUIRE(merged->documents.size() == 2);
    QFile::remove(copyPath); // the copy came by mail and was deleted: its scan was kept in a private copy
    REQUIRE(KsdStore::save(*merged, officePath).ok());
    auto reopened = KsdStore::load(officePath);
    REQUIRE(reopened);
    QList<QByteArray> bytes;
    for (const AttachedDocument &d : reopened->project.documents) {
        CHECK(d.data.kind() == DocumentData::Kind::Stored);
        bytes << readInChunks(d.data).second;
        CHECK(documentState(d) == DocumentState::Intact);
    }
    REQUIRE(bytes.size() == 2);
    CHECK(bytes.contains(first));
    CHECK(bytes.contains(second));
}

TEST_CASE("check --documents finds a BLOB altered inside the file", "[archive][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arsip.ksd"));
    Project p = test::sampleProject();
    p.documents.append(scan(p.agreements[0].meta.id, QStringLiteral("pks-ttd.pdf"), scanBytes(2 * 1024 * 1024, 9)));
    REQUIRE(KsdStore::save(p, path).ok());
    const test::Run intact = test::petaksd({QStringLiteral("check"), path, QStringLiteral("--documents")});
    CHECK(intact.exitCode == 0);

    const QString altered = dir.filePath(QStringLiteral("diubah.ksd"));
    REQUIRE(QFile::copy(path, altered));
    // One byte flipped in the middle of the scan, by SQL, behind PetaKSD's back.
    {
        SqliteConnection raw(altered, SqliteConnection::Mode::ReadWrite); // no hardening: the tool of a tamperer
        REQUIRE(raw.isOpen());
        const QString flipped = raw.exec({QStringLiteral(
            "UPDATE document SET data = CAST(substr(data, 1, 1000000) || CASE WHEN substr(data, 1000001, 1) = X'00' "
            "THEN X'01' ELSE X'00' END || substr(data, 1000002) AS BLOB) WHERE file_name = 'pks-ttd.pdf'")});
        INFO(flipped.toStdString());
        REQUIRE(flipped.isEmpty());
    }
    auto reread = KsdStore::load(altered);
    REQUIRE(reread);
    const AttachedDocument *d = documentNamed(reread->project, QStringLiteral("pks-ttd.pdf"));
    REQUIRE(d);
    CHECK(d->data.size() == 2 * 1024 * 1024);
    CHECK(documentState(*d) == DocumentState::Altered);
    const test::Run check = test::petaksd({QStringLiteral("check"), altered, QStringLiteral("--documents")});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("Berubah (hash tidak cocok)")));
    CHECK(check.out.contains(QStringLiteral("pks-ttd.pdf")));
}

TEST_CASE("a scan over the limit is refused naming the limit; one under it is streamed in", "[archive]")
{
    QTemporaryDir dir;
    const QString huge = dir.filePath(QStringLiteral("pindaian-300mb.pdf"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(MaxAttachmentBytes + 1)); // sparse: nothing is written
    }
    const Result<AttachedDocument> refused = archiveFile(huge, QUuid::createUuid(), QStringLiteral("pks"),
                                                         DocumentVersion::Final);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("melebihi batas 256 MB")));
    CHECK(refused.error().message.contains(QStringLiteral("pindaian-300mb.pdf")));

    const QString ok = dir.filePath(QStringLiteral("pks.pdf"));
    const QByteArray bytes = scanBytes(3 * 1024 * 1024, 10);
    {
        QFile f(ok);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    qint64 lastDone = 0;
    const Result<AttachedDocument> attached = archiveFile(ok, QUuid::createUuid(), QStringLiteral("pks"),
                                                          DocumentVersion::Final, [&](qint64 done, qint64 total) {
                                                              CHECK(total == bytes.size());
                                                              lastDone = done;
                                                              return true;
                                                          });
    REQUIRE(attached);
    CHECK(lastDone == bytes.size());
    CHECK(attached->data.kind() == DocumentData::Kind::File); // a private copy, not the bytes in memory
    CHECK(attached->sha256 == sha256Hex(bytes));
    CHECK(readInChunks(attached->data).second == bytes);
    // The source may change or go afterwards: the private copy is what gets saved.
    QFile::remove(ok);
    CHECK(documentState(*attached) == DocumentState::Intact);

    // Cancelled after the first megabyte: refused, saying so.
    {
        QFile f(ok);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const Result<AttachedDocument> cancelled = archiveFile(ok, QUuid::createUuid(), QStringLiteral("pks"),
                                                           DocumentVersion::Draf,
                                                           [](qint64 done, qint64) { return done < 1024 * 1024; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("dibatalkan")));
}

TEST_CASE("the report states the term counts of petaksd stats, with the agreements listed", "[archive][report]")
{
    const QDate today(2024, 6, 13);
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Register uji"), 2024);
    Agreement longKb = test::makeAgreement(DocType::KB, Category::KSDPK, QStringLiteral("KB air minum tujuh tahun"));
    longKb.signedOn = longKb.startDate = QDate(2021, 1, 10);
    longKb.endDate = QDate(2028, 1, 9);
    longKb.stage = Stage::PenandatangananKB;
    Agreement openPks = test::makeAgreement(DocType::PKS, Category::KSDD, QStringLiteral("PKS sampah tanpa akhir"));
    openPks.signedOn = openPks.startDate = QDate(2023, 3, 1);
    openPks.stage = Stage::PenandatangananPKS;
    Agreement excepted = test::makeAgreement(DocType::PKS, Category::KSDPK, QStringLiteral("PKS KPBU SPAM"));
    excepted.signedOn = excepted.startDate = QDate(2022, 1, 1);
    excepted.endDate = QDate(2047, 1, 1);
    excepted.termException = QStringLiteral("KPBU");
    excepted.stage = Stage::PenandatangananPKS;
    Agreement lonelyKb = test::makeAgreement(DocType::KB, Category::KSDPK, QStringLiteral("KB universitas"));
    lonelyKb.signedOn = lonelyKb.startDate = QDate(2022, 5, 2);
    lonelyKb.endDate = QDate(2026, 5, 1);
    lonelyKb.stage = Stage::PenandatangananKB;
    p.agreements = {longKb, openPks, excepted, lonelyKb};

    const QList<RegisterListItem> terms = termsOverLimit(p);
    const QList<RegisterListItem> kbs = kbWithoutPks(p, today);
    REQUIRE(terms.size() == 2); // the seven-year KB and the PKS without an end date; the KPBU one has its basis
    REQUIRE(kbs.size() == 2);   // both KBs signed over a year ago, no PKS refers to them

    ReportOptions o;
    o.today = today;
    const ReportModel m = buildReport(p, o);
    QStringList text;
    QMap<QString, QStringList> tables; // caption -> rows
    for (const ReportBlock &b : m.blocks) {
        if (const auto *para = std::get_if<ReportParagraph>(&b))
            text << para->text;
        else if (const auto *t = std::get_if<ReportTable>(&b)) {
            for (const QStringList &r : t->rows)
                tables[t->caption] << r.join(QLatin1Char('|'));
        }
    }
    const QString all = text.join(QLatin1Char('\n'));
    // Captions are numbered ("Tabel 9.3 ..."): found by their end.
    auto rowsOf = [&tables](const QString &caption) {
        for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
            if (it.key().endsWith(caption))
                return it.value();
        }
        return QStringList();
    };
    const QStringList termRows = rowsOf(QStringLiteral("KB/PKS berjangka lebih dari 5 tahun atau tanpa tanggal berakhir"));
    const QStringList kbRows = rowsOf(QStringLiteral("Kesepakatan bersama tanpa PKS setahun sesudah ditandatangani"));
    REQUIRE(termRows.size() == terms.size());
    REQUIRE(kbRows.size() == kbs.size());
    for (int i = 0; i < terms.size(); ++i)
        CHECK(termRows[i].contains(terms[i].title));
    for (int i = 0; i < kbs.size(); ++i)
        CHECK(kbRows[i].contains(kbs[i].title));
    CHECK(all.contains(QStringLiteral("2 KB/PKS berjangka lebih dari 5 tahun atau tanpa tanggal berakhir tanpa "
                                      "dasar pengecualian")));
    CHECK(all.contains(QStringLiteral("2 kesepakatan bersama belum diikuti PKS setahun sesudah ditandatangani")));
    CHECK(termRows.join(QLatin1Char('\n')).contains(QStringLiteral("PKS sampah tanpa akhir|")));
    CHECK(termRows.join(QLatin1Char('\n')).contains(QStringLiteral("|tanpa tanggal berakhir")));
    CHECK_FALSE(termRows.join(QLatin1Char('\n')).contains(QStringLiteral("PKS KPBU SPAM")));
    CHECK(kbRows.join(QLatin1Char('\n')).contains(QStringLiteral("KB universitas")));
}
