// SPDX-License-Identifier: Apache-2.0
// Issue 17: term rules, incoming offers, the document archive and its merge, the upgrade of version-3 files.
#include "helpers.h"

#include "io/csvexport.h"
#include "merge/merge.h"
#include "register/archive.h"
#include "register/formatupgrade.h"
#include "register/offers.h"
#include "register/procedure.h"
#include "register/registerstats.h"
#include "register/stages.h"
#include "register/terms.h"
#include "register/validation.h"
#include "store/ksdstore.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

const QDate Today(2025, 6, 30);

Agreement signedAgreement(DocType t, Category c, const QString &title, const QDate &start, const QDate &end)
{
    Agreement a = test::makeAgreement(t, c, title);
    a.signedOn = start;
    a.startDate = start;
    a.endDate = end;
    a.stage = t == DocType::KB ? Stage::Berlaku : Stage::Pelaksanaan;
    return a;
}

IncomingOffer offerFrom(const QString &region, const QString &title)
{
    IncomingOffer o;
    o.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    o.senderType = PartnerType::Daerah;
    o.senderRegion = region;
    o.receivedOn = QDate(2025, 5, 2);
    o.letterNumber = QStringLiteral("180/77/Pem");
    o.urusanCode = QStringLiteral("2.11");
    o.title = title;
    o.askedPd = QStringLiteral("Dinas Lingkungan Hidup");
    o.answerDue = QDate(2025, 7, 2);
    return o;
}

QStringList titles(const QList<RegisterListItem> &items)
{
    QStringList out;
    for (const RegisterListItem &i : items)
        out << i.title;
    return out;
}

} // namespace

TEST_CASE("Terms over five years or without an end date need an exception basis", "[register][terms]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Kota Banjar"), 2025);
    p.agreements << signedAgreement(DocType::KB, Category::KSDPK, QStringLiteral("Lima tahun tepat"),
                                    QDate(2021, 1, 1), QDate(2026, 1, 1))
                 << signedAgreement(DocType::PKS, Category::KSDPK, QStringLiteral("Enam tahun"), QDate(2021, 1, 1),
                                    QDate(2027, 1, 1))
                 << signedAgreement(DocType::KB, Category::KSDD, QStringLiteral("Tanpa akhir"), QDate(2022, 1, 1),
                                    QDate())
                 << signedAgreement(DocType::NK, Category::Sinergi, QStringLiteral("NK tanpa akhir"),
                                    QDate(2022, 1, 1), QDate());
    Agreement kpbu = signedAgreement(DocType::PKS, Category::KSDPK, QStringLiteral("KPBU 20 tahun"),
                                     QDate(2020, 1, 1), QDate(2040, 1, 1));
    kpbu.termException = QStringLiteral("KPBU (Perpres 38/2015)");
    p.agreements << kpbu;
    Agreement draft = test::makeAgreement(DocType::KB, Category::KSDD, QStringLiteral("Draf tanpa tanggal"));
    p.agreements << draft;

    CHECK(titles(termsOverLimit(p)) == QStringList{QStringLiteral("Enam tahun"), QStringLiteral("Tanpa akhir")});
    const auto six = termWarning(p.agreements[1]);
    REQUIRE(six);
    CHECK(six->contains(QStringLiteral("lebih dari 5 tahun")));
    CHECK(six->contains(QStringLiteral("KPBU")));
    const QList<ValidationProblem> problems = validateAgreement(p.agreements[2], p);
    CHECK(std::any_of(problems.cbegin(), problems.cend(), [](const ValidationProblem &v) {
        return v.severity == ValidationProblem::Severity::Warning && v.message.contains(QStringLiteral("tanpa tanggal berakhir"));
    }));
    for (const ValidationProblem &v : validateAgreement(kpbu, p))
        CHECK_FALSE(v.message.contains(QStringLiteral("tahun")));
    CHECK_FALSE(termWarning(kpbu));
    const QJsonObject json = statsToJson(computeStats(p, Today));
    CHECK(json.value(QStringLiteral("term_over_5_years")).toInt() == 2);
    CHECK(json.value(QStringLiteral("term_over_5_years_list")).toArray().size() == 2);
}

TEST_CASE("Extending creates a linked agreement at the start of its procedure; the old one ends", "[register][terms]")
{
    Agreement old = signedAgreement(DocType::PKS, Category::KSDPK, QStringLiteral("PKS air curah"),
                                    QDate(2020, 7, 1), QDate(2025, 6, 30));
    old.parties = {Party{PartyKind::Region, QStringLiteral("32.79"), {}, QStringLiteral("415/12/PKS"), {}},
                   Party{PartyKind::ThirdParty, {}, QStringLiteral("PDAM"), QStringLiteral("9/PDAM"), {}}};
    old.kbId = QUuid::createUuid();
    const Agreement next = extensionOf(old, QStringLiteral("Bagian Kerja Sama"));
    CHECK(next.previousId == old.meta.id);
    CHECK(next.meta.id != old.meta.id);
    CHECK(next.stage == Stage::Persiapan);
    CHECK(next.stages.isEmpty());
    CHECK_FALSE(next.signedOn.isValid());
    CHECK_FALSE(next.endDate.isValid());
    CHECK(next.kbId == old.kbId);
    CHECK(next.parties.size() == 2);
    CHECK(next.parties[0].documentNumber.isEmpty());
    CHECK(next.title == old.title);
}

TEST_CASE("Expiry warnings: 90 days, 180 for DPRD approval or a new offer", "[register][terms]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Kota Banjar"), 2025);
    // A PKS implementing a recorded KB, no DPRD: 90 days.
    Agreement kb = signedAgreement(DocType::KB, Category::KSDPK, QStringLiteral("KB induk"), QDate(2023, 1, 1),
                                   QDate(2028, 1, 1));
    Agreement pks = signedAgreement(DocType::PKS, Category::KSDPK, QStringLiteral("PKS dengan KB"),
                                    QDate(2021, 1, 1), Today.addDays(150));
    pks.kbId = kb.meta.id;
    Agreement kb2 = signedAgreement(DocType::KB, Category::KSDPK, QStringLiteral("KB perlu penawaran"),
                                    QDate(2021, 1, 1), Today.addDays(150));
    Agreement abroad = signedAgreement(DocType::PKS, Category::KSDPL, QStringLiteral("PKS luar negeri"),
                                       QDate(2021, 1, 1), Today.addDays(170));
    abroad.kbId = kb.meta.id;
    Agreement nk = signedAgreement(DocType::NK, Category::Sinergi, QStringLiteral("NK sinergi"), QDate(2021, 1, 1),
                                   Today.addDays(150));
    Agreement nkSoon = signedAgreement(DocType::NK, Category::Sinergi, QStringLiteral("NK segera"), QDate(2021, 1, 1),
                                       Today.addDays(80));
    p.agreements << kb << pks << kb2 << abroad << nk << nkSoon;
    CHECK(expiryWindowDays(pks, p) == 90);
    CHECK(expiryWindowDays(kb2, p) == 180);
    CHECK(expiryWindowDays(abroad, p) == 180); // DPRD approval always abroad
    CHECK(expiryWindowDays(nk, p) == 90);
    QStringList warned;
    for (const ExpiryItem &e : expiryWarnings(p, Today))
        warned << QStringLiteral("%1/%2").arg(e.title).arg(e.windowDays);
    CHECK(warned == QStringList{QStringLiteral("NK segera/90"), QStringLiteral("KB perlu penawaran/180"),
                                QStringLiteral("PKS luar negeri/180")});
}

TEST_CASE("A KB without any PKS a year after signing is listed for follow-up", "[register][terms]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Kota Banjar"), 2025);
    Agreement lonely = signedAgreement(DocType::KB, Category::KSDPK, QStringLiteral("KB tanpa PKS"),
                                       QDate(2024, 6, 1), QDate(2029, 6, 1));
    Agreement recent = signedAgreement(DocType::KB, Category::KSDPK, QStringLiteral("KB baru"), QDate(2025, 3, 1),
                                       QDate(2030, 3, 1));
    Agreement followed = signedAgreement(DocType::KB, Category::KSDD, QStringLiteral("KB dengan PKS"),
                                         QDate(2023, 6, 1), QDate(2028, 6, 1));
    Agreement pks = signedAgreement(DocType::PKS, Category::KSDD, QStringLiteral("PKS"), QDate(2024, 1, 1),
                                    QDate(2028, 1, 1));
    pks.kbId = followed.meta.id;
    p.agreements << lonely << recent << followed << pks;
    const QList<RegisterListItem> l = kbWithoutPks(p, Today);
    REQUIRE(l.size() == 1);
    CHECK(l[0].title == QStringLiteral("KB tanpa PKS"));
    CHECK(l[0].days == QDate(2024, 6, 1).daysTo(Today));
    CHECK(statsToJson(computeStats(p, Today)).value(QStringLiteral("kb_without_pks")).toInt() == 1);
}

TEST_CASE("An incoming offer is screened with the proposal verdict, accepted or declined", "[register][offers]")
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Banjar"), 2025);
    const IncomingOffer offer = offerFrom(QStringLiteral("63.71"), QStringLiteral("TPA regional"));
    p.offers << offer;
    const ProposalScreener screener(p);
    const ScreeningResult viaOffer = screenOffer(offer, screener, p);
    const ScreeningResult viaProposal = screenProposal(proposalFromOffer(offer, p), p);
    CHECK(viaOffer.eligible);
    CHECK(viaOffer.category == Category::KSDD);
    CHECK(viaOffer.ksddClass == viaProposal.ksddClass);
    CHECK_FALSE(viaOffer.ksddClass.isEmpty());
    CHECK(viaOffer.reason == viaProposal.reason);
    CHECK(viaOffer.dprdApproval == viaProposal.dprdApproval);
    CHECK(offersAwaitingAnswer(p).size() == 1);

    SECTION("accepted into a proposal")
    {
        IncomingOffer o = p.offers[0];
        const Result<Proposal> proposal = acceptOffer(o, p, QStringLiteral("Bagian Kerja Sama"));
        REQUIRE(proposal);
        CHECK(o.status == OfferStatus::Diterima);
        CHECK(o.proposalId == proposal->meta.id);
        CHECK(proposal->partnerRegionCodes == QStringList{QStringLiteral("63.71")});
        CHECK(proposal->regionCode == QStringLiteral("63.03"));
        CHECK(proposal->title == QStringLiteral("TPA regional"));
        CHECK(proposal->sourcePd == QStringLiteral("Dinas Lingkungan Hidup"));
        const Result<Proposal> again = acceptOffer(o, p, QStringLiteral("Bagian Kerja Sama"));
        REQUIRE_FALSE(again);
        CHECK(again.error().message.contains(QStringLiteral("sudah dijawab")));
    }
    SECTION("declined with a reason")
    {
        IncomingOffer o = p.offers[0];
        const Status empty = declineOffer(o, QStringLiteral("  "));
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.error().message.contains(QStringLiteral("Alasan penolakan")));
        CHECK(o.status == OfferStatus::Menunggu);
        REQUIRE(declineOffer(o, QStringLiteral("Sudah ada TPA sendiri")).ok());
        CHECK(o.status == OfferStatus::Ditolak);
        CHECK(o.declineReason == QStringLiteral("Sudah ada TPA sendiri"));
        p.offers[0] = o;
        CHECK(offersAwaitingAnswer(p).isEmpty());
        const QJsonObject json = statsToJson(computeStats(p, Today));
        CHECK(json.value(QStringLiteral("offers_awaiting_answer")).toInt() == 0);
        CHECK(json.value(QStringLiteral("offers")).toObject().value(QStringLiteral("by_status")).toObject()
                  .value(QStringLiteral("ditolak")).toInt() == 1);
    }
    SECTION("bad input is named")
    {
        IncomingOffer bad = offer;
        bad.senderRegion = QStringLiteral("99.99");
        bad.answerDue = QDate(2025, 4, 1);
        QStringList fields;
        for (const ValidationProblem &v : validateOffer(bad))
            fields << v.field;
        CHECK(fields == QStringList{QStringLiteral("sender"), QStringLiteral("answerDue")});
    }
}

TEST_CASE("Archive: hash, altered and missing scans, the size limit", "[register][archive]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pks-ttd.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4 signed PKS scan");
    f.close();
    const QUuid agreementId = QUuid::createUuid();
    Result<AttachedDocument> d = archiveFile(path, agreementId, QStringLiteral("pks"), DocumentVersion::Final);
    REQUIRE(d);
    // sha256sum of the same 24 bytes
    CHECK(d->sha256 == QString::fromLatin1(QCryptographicHash::hash(QByteArrayLiteral("%PDF-1.4 signed PKS scan"),
                                                                     QCryptographicHash::Sha256).toHex()));
    CHECK(d->sha256.size() == 64);
    CHECK(d->version == DocumentVersion::Final);
    CHECK(d->mimeType == QStringLiteral("application/pdf"));
    CHECK(documentState(*d) == DocumentState::Intact);
    AttachedDocument altered = *d;
    QByteArray bytes = *altered.data.readAll();
    bytes[5] = 'X';
    altered.data = bytes;
    CHECK(documentState(altered) == DocumentState::Altered);
    AttachedDocument missing = *d;
    missing.data = DocumentData();
    CHECK(documentState(missing) == DocumentState::Missing);

    // 300 MB: refused before reading, naming the size and the limit (a sparse file: nothing is written).
    const QString big = dir.filePath(QStringLiteral("pindaian-besar.pdf"));
    QFile b(big);
    REQUIRE(b.open(QIODevice::WriteOnly));
    REQUIRE(b.resize(300LL * 1024 * 1024));
    b.close();
    const Result<AttachedDocument> refused = archiveFile(big, agreementId, QStringLiteral("pks"), DocumentVersion::Final);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("300,0 MB")));
    CHECK(refused.error().message.contains(QStringLiteral("batas 256 MB")));
}

TEST_CASE("Merge keeps both versions of one scan, and a copy without scans changes none", "[register][archive][merge]")
{
    Project mine = test::sampleProject();
    mine.mergeLog.clear();
    const QDateTime made = nowUtc().addSecs(60); // after the sample's records were made
    Project copy = makeCopy(mine, QStringLiteral("DLH"), {}, made);
    const QUuid docId = mine.documents[0].meta.id;

    SECTION("two different versions: both kept, never a conflict")
    {
        mine.documents[0].data = QByteArrayLiteral("%PDF scan kantor");
        mine.documents[0].sha256 = sha256Hex(mine.documents[0].data);
        mine.documents[0].meta.modified = made.addSecs(60);
        copy.documents[0].data = QByteArrayLiteral("%PDF scan DLH");
        copy.documents[0].sha256 = sha256Hex(copy.documents[0].data);
        copy.documents[0].meta.modified = made.addSecs(120);
        const Result<MergePlan> plan = planMerge(mine, copy);
        REQUIRE(plan);
        CHECK(plan->conflicts.isEmpty());
        const Result<Project> merged = applyMerge(mine, *plan, Resolutions::allMine());
        REQUIRE(merged);
        QList<QByteArray> datas;
        for (const AttachedDocument &d : merged->documents) {
            datas << *d.data.readAll();
            CHECK(documentState(d) == DocumentState::Intact);
        }
        CHECK(datas.size() == 2);
        CHECK(datas.contains(QByteArrayLiteral("%PDF scan kantor")));
        CHECK(datas.contains(QByteArrayLiteral("%PDF scan DLH")));
        CHECK(merged->documents[0].meta.id == docId); // the office's record keeps its id, the PD's is new
        // Merging the same copy again adds nothing more.
        const Result<MergePlan> again = planMerge(*merged, copy);
        REQUIRE(again);
        CHECK(again->changes.isEmpty());
        CHECK(again->conflicts.isEmpty());
    }
    SECTION("the copy was sent without its scans: nothing changes")
    {
        dropDocumentData(copy);
        CHECK(documentState(copy.documents[0]) == DocumentState::Missing);
        copy.documents[0].originalLocation = QStringLiteral("Lemari DLH");
        copy.documents[0].meta.modified = made.addSecs(120);
        const Result<MergePlan> plan = planMerge(mine, copy);
        REQUIRE(plan);
        const Result<Project> merged = applyMerge(mine, *plan, Resolutions::allMine());
        REQUIRE(merged);
        REQUIRE(merged->documents.size() == 1);
        CHECK(merged->documents[0].data == mine.documents[0].data);
        CHECK(merged->documents[0].originalLocation == QStringLiteral("Lemari DLH")); // latest edit wins
    }
    SECTION("offers travel with the other records, latest edit wins, and are logged")
    {
        IncomingOffer o = copy.offers[0];
        o.meta.id = QUuid::createUuid();
        o.meta.created = o.meta.modified = made.addSecs(30);
        o.status = OfferStatus::Menunggu;
        o.title = QStringLiteral("Penawaran baru dari DLH");
        copy.offers << o;
        copy.offers[0].askedPd = QStringLiteral("DLH");
        copy.offers[0].meta.modified = made.addSecs(40);
        const Result<MergePlan> plan = planMerge(mine, copy);
        REQUIRE(plan);
        const Result<Project> merged = applyMerge(mine, *plan, Resolutions::allMine());
        REQUIRE(merged);
        REQUIRE(merged->offers.size() == 2);
        CHECK(merged->offer(o.meta.id)->title == QStringLiteral("Penawaran baru dari DLH"));
        CHECK(merged->offers[0].askedPd == QStringLiteral("DLH"));
        int offerRows = 0;
        for (const MergeLogEntry &row : merged->mergeLog)
            offerRows += row.recordType == QLatin1String("offer");
        CHECK(offerRows == 2);
    }
}

TEST_CASE("A version-3 file opens on version 4: stages mapped to each procedure, hashes computed",
          "[register][migration][store]")
{
    QTemporaryDir dir;
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Register lama"), 2021);
    Agreement kb = test::makeAgreement(DocType::KB, Category::KSDPK, QStringLiteral("KB dilaporkan"));
    kb.stage = Stage::Pelaporan;
    kb.stages = {{Stage::PenandatangananKB, QDate(2021, 3, 1)}, {Stage::Pelaporan, QDate(2021, 5, 1)}};
    Agreement nk = test::makeAgreement(DocType::NK, Category::Sinergi, QStringLiteral("NK sinergi"));
    nk.stage = Stage::PenyusunanPKS;
    nk.stages = {{Stage::PenyusunanPKS, QDate(2021, 4, 1)}};
    Agreement fits = test::makeAgreement(DocType::PKS, Category::KSDD, QStringLiteral("PKS pelaksanaan"));
    fits.stage = Stage::Pelaksanaan;
    fits.stages = {{Stage::PenandatangananPKS, QDate(2021, 2, 1)}, {Stage::Pelaksanaan, QDate(2021, 3, 1)}};
    p.agreements << kb << nk << fits;
    AttachedDocument d;
    d.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    d.agreementId = fits.meta.id;
    d.fileName = QStringLiteral("pks.pdf");
    d.mimeType = QStringLiteral("application/pdf");
    d.data = QByteArrayLiteral("%PDF lama");
    p.documents << d;
    const QString path = dir.filePath(QStringLiteral("v3.ksd"));
    REQUIRE(KsdStore::saveAsVersion(p, path, 3).ok());

    auto loaded = KsdStore::load(path);
    REQUIRE(loaded);
    CHECK(loaded->info.fileVersion == 3);
    const Project &q = loaded->project;
    CHECK(q.agreement(kb.meta.id)->stage == Stage::Berlaku);
    CHECK(q.agreement(kb.meta.id)->reviewNote.contains(QStringLiteral("Pelaporan")));
    CHECK(q.agreement(nk.meta.id)->stage == Stage::PenyusunanRencanaAksi);
    CHECK(q.agreement(fits.meta.id)->stage == Stage::Pelaksanaan);
    CHECK(q.agreement(fits.meta.id)->reviewNote.isEmpty());
    CHECK(q.agreement(fits.meta.id)->stages == fits.stages);
    REQUIRE(loaded->info.warnings.size() == 2);
    CHECK(loaded->info.warnings[0].contains(QStringLiteral("KB dilaporkan")));
    CHECK(q.documents[0].sha256 == sha256Hex(QByteArrayLiteral("%PDF lama")));
    CHECK(checkDocuments(q)[0].state == DocumentState::Intact);

    // Saved as version 4 and reopened: the same, with nothing more to map.
    REQUIRE(KsdStore::save(q, path).ok());
    auto again = KsdStore::load(path);
    REQUIRE(again);
    CHECK(again->info.fileVersion == schema::CurrentVersion);
    CHECK(again->info.warnings.isEmpty());
    CHECK(again->project == q);
}

TEST_CASE("Kota Banjar 2021: each document in its own procedure, an offer turned proposal, a signed PKS scan, "
          "sent, merged, saved and reopened",
          "[register][scenario]")
{
    QTemporaryDir dir;
    Project p = test::kotaBanjar2021();
    // Every live agreement walks its own procedure to its signing.
    for (Agreement &a : p.agreements) {
        if (a.meta.deleted)
            continue;
        const ProcedureContext c = procedureContext(a, p);
        QDate d(2021, 1, 4);
        const Stage signing = a.docType == DocType::KB    ? Stage::PenandatangananKB
                              : a.docType == DocType::NK ? Stage::PenandatangananNK
                                                         : Stage::PenandatangananPKS;
        while (a.stage != signing) {
            const QList<Stage> next = allowedNextStages(a, c);
            REQUIRE_FALSE(next.isEmpty());
            REQUIRE(advanceStage(a, next.last(), d, c).ok());
            d = d.addDays(10);
        }
        a.signedOn = a.startDate = d;
        a.endDate = d.addYears(3);
    }
    // An offer from a neighbour (Kabupaten Ciamis) becomes a proposal.
    IncomingOffer offer = offerFrom(QStringLiteral("32.07"), QStringLiteral("Pengelolaan sampah bersama"));
    Result<Proposal> proposal = acceptOffer(offer, p, QStringLiteral("Bagian Kerja Sama"));
    REQUIRE(proposal);
    p.offers << offer;
    p.proposals << *proposal;
    // The signed scan of the first PKS.
    QUuid pksId;
    for (const Agreement &a : p.agreements) {
        if (!a.meta.deleted && a.docType == DocType::PKS) {
            pksId = a.meta.id;
            break;
        }
    }
    const QString scan = dir.filePath(QStringLiteral("pks-ttd.pdf"));
    QFile f(scan);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4 PKS ditandatangani");
    f.close();
    Result<AttachedDocument> doc = archiveFile(scan, pksId, QStringLiteral("pks"), DocumentVersion::Final);
    REQUIRE(doc);
    doc->meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    doc->originalHolder = QStringLiteral("Bagian Kerja Sama");
    doc->originalLocation = QStringLiteral("Lemari 1, arsip 7/2021");
    p.documents << *doc;

    const QString path = dir.filePath(QStringLiteral("banjar.ksd"));
    REQUIRE(KsdStore::save(p, path).ok());
    // Send a copy to a PD without scans, the PD adds a note, merge it back.
    const QDateTime sent = nowUtc().addSecs(1);
    Project copy = makeCopy(p, QStringLiteral("DLH"), {}, sent);
    dropDocumentData(copy);
    copy.offers[0].description = QStringLiteral("Pendapat DLH: setuju");
    copy.offers[0].meta.modified = sent.addSecs(1);
    copy.offers[0].meta.modifiedBy = QStringLiteral("DLH");
    const QString copyPath = dir.filePath(QStringLiteral("dlh.ksd"));
    const Status savedCopy = KsdStore::save(copy, copyPath);
    INFO((savedCopy ? QString() : savedCopy.error().toString()).toStdString());
    REQUIRE(savedCopy.ok());
    auto copyLoaded = KsdStore::load(copyPath);
    REQUIRE(copyLoaded);
    auto plan = planMerge(p, copyLoaded->project, copyPath);
    REQUIRE(plan);
    auto merged = applyMerge(p, *plan, Resolutions::allMine());
    REQUIRE(merged);
    REQUIRE(KsdStore::save(*merged, path).ok());
    auto reopened = KsdStore::load(path);
    REQUIRE(reopened);
    const Project &r = reopened->project;
    const RegisterStats s = computeStats(r, QDate(2021, 12, 31));
    CHECK(s.count(DocType::KB) == 10);
    CHECK(s.count(DocType::PKS) == 9);
    CHECK(s.count(DocType::NK) == 5);
    CHECK(s.byStage[size_t(Stage::PenandatangananKB)] == 10);
    CHECK(s.byStage[size_t(Stage::PenandatangananNK)] == 5);
    CHECK(s.byStage[size_t(Stage::PenandatangananPKS)] == 9);
    CHECK(r.offers.size() == 1);
    CHECK(r.offers[0].status == OfferStatus::Diterima);
    CHECK(r.offers[0].description == QStringLiteral("Pendapat DLH: setuju"));
    CHECK(r.proposal(r.offers[0].proposalId) != nullptr);
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].data == QByteArrayLiteral("%PDF-1.4 PKS ditandatangani"));
    CHECK(checkDocuments(r)[0].state == DocumentState::Intact);
    CHECK(r.documents[0].originalLocation == QStringLiteral("Lemari 1, arsip 7/2021"));
    // The register export names every one with its next step.
    const QString csv = QString::fromUtf8(io::exportAgreementsCsv(r, QDate(2021, 12, 31)));
    CHECK(csv.contains(QStringLiteral("langkah_berikutnya")));
    CHECK(csv.count(QStringLiteral(";Berlaku;")) == 10);
}
