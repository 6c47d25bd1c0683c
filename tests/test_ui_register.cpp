// SPDX-License-Identifier: Apache-2.0
// Issue 7 editing: every register command undoes to the project before it; suggestion → proposal → agreement keeps
// its links; the proposal editor screens live; the agreement editor refuses invalid agreements and oversized
// attachments with a message naming the size and the limit.
#include "document/projectdocument.h"
#include "network/networkdata.h"
#include "engine/engine.h"
#include "register/agreementeditor.h"
#include "register/archive.h"
#include "register/monevrecordeditor.h"
#include "register/proposaleditor.h"
#include "document/registercommands.h"
#include "register/registerwidgets.h"
#include "register/screening.h"
#include "register/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

const QString By = QStringLiteral("Bagian Pemerintahan");

Agreement makeAgreement(const QString &title, DocType type, Category category, const QString &number)
{
    Agreement a;
    a.meta = RecordMeta::fresh(By);
    a.title = title;
    a.docType = type;
    a.category = category;
    a.urusanCode = QStringLiteral("2.11");
    a.parties = {Party{PartyKind::Region, QStringLiteral("63.03"), {}, number, QStringLiteral("Bupati Banjar")},
                 Party{PartyKind::Region, QStringLiteral("63.72"), {}, {}, {}}};
    a.signedOn = QDate(2023, 3, 1);
    a.startDate = QDate(2023, 3, 1);
    a.endDate = QDate(2026, 2, 28);
    a.stages = {StageDate{Stage::Persiapan, QDate(2023, 1, 10)}};
    a.stage = Stage::Persiapan;
    return a;
}

Project registerProject()
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Register uji"), 2024);
    p.scope = {QStringLiteral("63.03"), QStringLiteral("63.71"), QStringLiteral("63.72")};
    Proposal x;
    x.meta = RecordMeta::fresh(By);
    x.regionCode = QStringLiteral("63.03");
    x.sourcePd = QStringLiteral("Dinas Lingkungan Hidup");
    x.urusanCode = QStringLiteral("2.11");
    x.title = QStringLiteral("TPA Regional Banjarbakula");
    x.partnerType = PartnerType::Daerah;
    x.partnerRegionCodes = {QStringLiteral("63.71"), QStringLiteral("63.72")};
    x.form = DocType::KB;
    x.estimatedCost = 1.5e9;
    x.inApbd = true;
    x.year = 2024;
    p.proposals.append(x);
    p.agreements.append(makeAgreement(QStringLiteral("Sampah regional"), DocType::KB, Category::KSDD,
                                      QStringLiteral("415.4/01/KB/2023")));
    MonevRecord m;
    m.meta = RecordMeta::fresh(By);
    m.agreementId = p.agreements[0].meta.id;
    m.date = QDate(2024, 6, 1);
    m.evaluatorRole = QStringLiteral("TKKSD");
    m.scores = {4, 3, 4, 3, 3, 4, 5, 2};
    m.rating = 4;
    p.monev.append(m);
    AttachedDocument d;
    d.meta = RecordMeta::fresh(By);
    d.agreementId = p.agreements[0].meta.id;
    d.kind = QStringLiteral("kb");
    d.fileName = QStringLiteral("kb.pdf");
    d.mimeType = QStringLiteral("application/pdf");
    d.data = QByteArray("%PDF-1.4 uji");
    p.documents.append(d);
    return p;
}

/// Applies @p edit, checks it changed the project in one undo step, that undo gives back exactly the project
/// before, and that redo gives back exactly the project after.
template<typename Edit>
void checkUndo(ProjectDocument &doc, Edit edit)
{
    const Project before = doc.project();
    const int steps = doc.undoStack()->count();
    edit();
    REQUIRE(doc.undoStack()->count() == steps + 1);
    const Project after = doc.project();
    REQUIRE_FALSE(after == before);
    doc.undoStack()->undo();
    CHECK(doc.project() == before);
    doc.undoStack()->redo();
    CHECK(doc.project() == after);
}

QString problemText(const AgreementEditor &editor)
{
    QStringList out;
    for (int i = 0; i < editor.problemList()->count(); ++i)
        out.append(editor.problemList()->item(i)->text());
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Every register command undoes to the project before it", "[register][undo]")
{
    ProjectDocument doc(registerProject());
    const QUuid agreementId = doc.project().agreements[0].meta.id;
    const QUuid proposalId = doc.project().proposals[0].meta.id;
    const QUuid monevId = doc.project().monev[0].meta.id;
    const QUuid documentId = doc.project().documents[0].meta.id;

    SECTION("AcceptSuggestion")
    {
        Suggestion s;
        s.regionA = QStringLiteral("63.03");
        s.regionB = QStringLiteral("63.71");
        s.urusan = QStringLiteral("2.11");
        s.service = QStringLiteral("TPA regional");
        checkUndo(doc, [&] { doc.acceptSuggestion(s); });
    }
    SECTION("AddProposal and ChangeProposal")
    {
        Proposal p;
        p.title = QStringLiteral("Promosi wisata bersama");
        p.urusanCode = QStringLiteral("3.26");
        checkUndo(doc, [&] { doc.saveProposal(p); });
        Proposal edited = *doc.proposal(proposalId);
        edited.burdensPublic = true;
        edited.partnerRegionCodes.append(QStringLiteral("63.04"));
        checkUndo(doc, [&] { CHECK(doc.saveProposal(edited) == proposalId); });
        CHECK(doc.proposal(proposalId)->burdensPublic);
        // Saving the same content again is no step at all.
        const int steps = doc.undoStack()->count();
        CHECK(doc.saveProposal(*doc.proposal(proposalId)).isNull());
        CHECK(doc.undoStack()->count() == steps);
    }
    SECTION("SaveAgreement: a new agreement with its attachment and monev record, in one step")
    {
        AgreementChanges c;
        c.mode = AgreementChanges::Mode::New;
        c.agreement = makeAgreement(QStringLiteral("Air minum regional"), DocType::PKS, Category::KSDD,
                                    QStringLiteral("PKS/9/2024"));
        c.agreement.meta = RecordMeta();
        AttachedDocument d;
        d.fileName = QStringLiteral("pks.pdf");
        d.data = QByteArray(1000, 'x');
        c.addedDocuments.append(d);
        MonevRecord m;
        m.date = QDate(2024, 7, 1);
        m.rating = 5;
        c.addedMonev.append(m);
        QUuid id;
        checkUndo(doc, [&] { id = doc.saveAgreement(c); });
        REQUIRE(doc.agreement(id));
        CHECK(doc.agreement(id)->meta.modifiedBy == By);
        CHECK(doc.project().documents.constLast().agreementId == id);
        CHECK(doc.project().monev.constLast().agreementId == id);
    }
    SECTION("SaveAgreement: editing removes and changes records in one step")
    {
        AgreementChanges c;
        c.mode = AgreementChanges::Mode::Edit;
        c.agreement = *doc.agreement(agreementId);
        c.agreement.scope = QStringLiteral("Pengangkutan dan pemrosesan akhir");
        c.removedDocuments = {documentId};
        MonevRecord m = *doc.monevRecord(monevId);
        m.recommendation = Recommendation::Perbaiki;
        c.changedMonev = {m};
        checkUndo(doc, [&] { doc.saveAgreement(c); });
        CHECK(doc.attachment(documentId)->meta.deleted);
        CHECK(doc.monevRecord(monevId)->recommendation == Recommendation::Perbaiki);
        // Nothing changed: no step.
        AgreementChanges same;
        same.agreement = *doc.agreement(agreementId);
        CHECK(doc.saveAgreement(same).isNull());
    }
    SECTION("AdvanceAgreementStage")
    {
        checkUndo(doc, [&] {
            const Status st = doc.advanceAgreementStage(agreementId, Stage::PembahasanTKKSD, QDate(2023, 1, 20));
            CHECK(st.ok());
        });
        CHECK(doc.agreement(agreementId)->stage == Stage::PembahasanTKKSD);
        CHECK(doc.agreement(agreementId)->stages.constLast() == StageDate{Stage::PembahasanTKKSD, QDate(2023, 1, 20)});
    }
    SECTION("AddMonevRecord, ChangeMonevRecord, RemoveMonevRecords")
    {
        MonevRecord m;
        m.agreementId = agreementId;
        m.date = QDate(2024, 9, 1);
        m.evaluatorRole = QStringLiteral("Inspektorat");
        m.rating = 2;
        m.recommendation = Recommendation::Perbaiki;
        QUuid id;
        checkUndo(doc, [&] { id = doc.saveMonevRecord(m).value(); });
        MonevRecord edited = *doc.monevRecord(id);
        edited.kendala = QStringLiteral("Laporan triwulan terlambat");
        checkUndo(doc, [&] { CHECK(doc.saveMonevRecord(edited).value() == id); });
        checkUndo(doc, [&] { CHECK(doc.removeMonevRecords({id, monevId})); });
        CHECK(doc.monevRecord(id)->meta.deleted);
    }
    SECTION("AttachDocument and RemoveDocuments")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("berita-acara.pdf"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 berita acara monev");
        f.close();
        QUuid id;
        checkUndo(doc, [&] { id = doc.attachFile(agreementId, path, QStringLiteral("berita_acara_monev")).value(); });
        CHECK(doc.attachment(id)->fileName == QStringLiteral("berita-acara.pdf"));
        CHECK(doc.attachment(id)->data == QByteArray("%PDF-1.4 berita acara monev"));
        CHECK(doc.attachment(id)->mimeType == QStringLiteral("application/pdf"));
        checkUndo(doc, [&] { CHECK(doc.removeDocuments({id})); });
    }
    SECTION("ImportProposals and ImportAgreements")
    {
        Proposal p;
        p.title = QStringLiteral("Impor 1");
        Agreement a = makeAgreement(QStringLiteral("Impor KB"), DocType::KB, Category::KSDPK, QStringLiteral("X/1"));
        checkUndo(doc, [&] { doc.importProposals({p, p}, QStringLiteral("u.csv")); });
        CHECK(doc.undoStack()->text(doc.undoStack()->index() - 1) == QStringLiteral("Impor 2 usulan dari u.csv"));
        checkUndo(doc, [&] { doc.importAgreements({a}, QStringLiteral("k.csv")); });
    }
}

TEST_CASE("A refused stage move shows the rule's reason and pushes nothing", "[register][stages]")
{
    ProjectDocument doc(registerProject());
    const QUuid id = doc.project().agreements[0].meta.id;
    const Project before = doc.project();
    // A KB has no pelaksanaan: it ends at its signing, then berlaku. The allowed steps are named.
    const Status outside = doc.advanceAgreementStage(id, Stage::Pelaksanaan, QDate(2024, 1, 1));
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().message.contains(QStringLiteral("tidak termasuk prosedur")));
    CHECK(outside.error().message.contains(QStringLiteral("Berlaku")));
    // Nor may it jump from persiapan to drafting: the TKKSD review and the offer are needed.
    const Status st = doc.advanceAgreementStage(id, Stage::PenyusunanKB, QDate(2024, 1, 1));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(QStringLiteral("tidak dapat dilewati")));
    CHECK(doc.undoStack()->count() == 0);
    CHECK(doc.project() == before);
    // Backwards is refused too.
    REQUIRE(doc.advanceAgreementStage(id, Stage::PembahasanTKKSD, QDate(2023, 2, 1)).ok());
    const Status back = doc.advanceAgreementStage(id, Stage::Persiapan, QDate(2023, 3, 1));
    CHECK_FALSE(back.ok());
    CHECK(back.error().message.contains(QStringLiteral("tidak dapat mundur")));
}

TEST_CASE("Suggestion → proposal → agreement keeps the links", "[register][promote]")
{
    ProjectDocument doc(registerProject());
    Suggestion s;
    s.regionA = QStringLiteral("63.03");
    s.regionB = QStringLiteral("63.72");
    s.urusan = QStringLiteral("2.11");
    s.service = QStringLiteral("TPA regional");
    const QUuid proposalId = doc.acceptSuggestion(s);
    const Proposal *p = doc.proposal(proposalId);
    REQUIRE(p);
    CHECK(p->suggestionKey == s.key());
    CHECK(p->suggestionKey == QStringLiteral("63.03|63.72|2.11"));
    CHECK(p->regionCode == QStringLiteral("63.03"));
    CHECK(p->partnerRegionCodes == QStringList{QStringLiteral("63.72")});
    CHECK(p->urusanCode == QStringLiteral("2.11"));
    CHECK(doc.undoStack()->text(0).startsWith(QStringLiteral("Jadikan usulan")));
    // texts a planner can paste: a plain summary from reference names; the engine's trace kept apart
    CHECK(p->title == QStringLiteral("Kerja sama TPA regional dengan Kota Banjarbaru"));
    CHECK(p->description == QStringLiteral("Kerja sama TPA regional antara Kabupaten Banjar dan Kota Banjarbaru"));
    CHECK(p->suggestionNote == SuggestionEngine::reasons(s));
    CHECK_FALSE(p->suggestionNote.isEmpty());
    CHECK_FALSE(p->description.contains(QStringLiteral("skor")));
    Suggestion byUrusan = s;
    byUrusan.service.clear();
    CHECK(proposalFromSuggestion(byUrusan, doc.project()).description
          == QStringLiteral("Kerja sama urusan Lingkungan Hidup antara Kabupaten Banjar dan Kota Banjarbaru"));

    // The owner as region B of the suggestion is still the proposing region.
    Suggestion t = s;
    t.regionA = QStringLiteral("63.02");
    t.regionB = QStringLiteral("63.03");
    const Proposal fromB = proposalFromSuggestion(t, doc.project());
    CHECK(fromB.regionCode == QStringLiteral("63.03"));
    CHECK(fromB.partnerRegionCodes == QStringList{QStringLiteral("63.02")});

    // "Jadikan kerja sama": the editor in promote mode, saved as one step.
    Result<Agreement> made = agreementFromProposal(*p, doc.editorName());
    REQUIRE(made.ok());
    made->stages = {StageDate{Stage::Persiapan, QDate(2024, 8, 1)}};
    AgreementEditor editor(AgreementChanges::Mode::Promote, *made, doc.project());
    editor.refreshProblems();
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    const int steps = doc.undoStack()->count();
    const QUuid agreementId = doc.saveAgreement(editor.changes());
    CHECK(doc.undoStack()->count() == steps + 1);
    const Agreement *a = doc.agreement(agreementId);
    REQUIRE(a);
    CHECK(a->proposalId == proposalId);
    CHECK(a->urusanCode == QStringLiteral("2.11"));
    CHECK(a->category == Category::KSDD);
    REQUIRE(a->parties.size() == 2);
    CHECK(a->parties[0].regionCode == QStringLiteral("63.03"));
    CHECK(a->parties[1].regionCode == QStringLiteral("63.72"));
    CHECK(a->object == p->description); // the summary, never the engine's trace
    // The whole trail: agreement → proposal → suggestion.
    CHECK(doc.proposal(a->proposalId)->suggestionKey == s.key());
    CHECK(doc.undoStack()->text(doc.undoStack()->index() - 1).startsWith(QStringLiteral("Jadikan kerja sama")));

    // The network view draws the trail: a proposal link and an agreement link between the two regions, each
    // carrying the promoted record.
    const NetworkData net = NetworkData::build(doc.project(), SuggestionSet{}, NetworkFilter{});
    auto linkOf = [&net](LinkKind kind) -> const NetworkLink * {
        for (const NetworkLink &l : net.links) {
            if (l.kind == kind && l.a == QStringLiteral("63.03") && l.b == QStringLiteral("63.72"))
                return &l;
        }
        return nullptr;
    };
    const NetworkLink *proposalLink = linkOf(LinkKind::Proposal);
    REQUIRE(proposalLink);
    CHECK(proposalLink->records.contains(proposalId));
    const NetworkLink *agreementLink = linkOf(LinkKind::Agreement);
    REQUIRE(agreementLink);
    CHECK(agreementLink->records.contains(agreementId));
}

TEST_CASE("The proposal editor screens the input live", "[register][proposal]")
{
    const Project project = registerProject();
    Proposal p;
    p.regionCode = QStringLiteral("63.03");
    p.title = QStringLiteral("Pengadaan rak arsip");
    p.urusanCode = QStringLiteral("2.24");
    p.activity = ActivityKind::Pengadaan;
    p.partnerType = PartnerType::PihakKetiga;
    ProposalEditor editor(p, project);
    CHECK_FALSE(editor.screening().eligible);
    CHECK(editor.findChild<QLabel *>(QStringLiteral("verdict"))->text().contains(QStringLiteral("Tidak memenuhi")));
    CHECK(editor.findChild<QLabel *>(QStringLiteral("reason"))->text().contains(QStringLiteral("engadaan")));

    auto *activity = editor.findChild<QComboBox *>(QStringLiteral("activity"));
    auto *partner = editor.findChild<QComboBox *>(QStringLiteral("partnerType"));
    activity->setCurrentIndex(activity->findData(int(ActivityKind::KerjaSama)));
    partner->setCurrentIndex(partner->findData(int(PartnerType::Daerah)));
    editor.findChild<RegionListEdit *>(QStringLiteral("partnerRegions"))->addCode(QStringLiteral("63.72"));
    editor.findChild<NumberEdit *>(QStringLiteral("estimatedCost"))->setText(QStringLiteral("1.500.000.000"));
    editor.findChild<QCheckBox *>(QStringLiteral("burdensPublic"))->setChecked(true);
    editor.refreshScreening();
    CHECK(editor.screening().eligible);
    CHECK(editor.screening().category == Category::KSDD);
    CHECK(editor.screening().dprdApproval);
    CHECK_FALSE(editor.screening().ksddClass.isEmpty());
    CHECK(editor.findChild<QLabel *>(QStringLiteral("verdict"))->text().contains(QStringLiteral("Memenuhi")));
    CHECK(editor.findChild<QLabel *>(QStringLiteral("dprd"))->text().contains(QStringLiteral("diperlukan")));
    CHECK(editor.findChild<QLabel *>(QStringLiteral("category"))->text().contains(QStringLiteral("KSDD")));

    const Proposal out = editor.proposal();
    CHECK(out.activity == ActivityKind::KerjaSama);
    CHECK(out.partnerRegionCodes == QStringList{QStringLiteral("63.72")});
    REQUIRE(out.estimatedCost.has_value());
    CHECK(*out.estimatedCost == 1.5e9);
    CHECK(out.burdensPublic);

    // An unreadable cost and an empty title keep the dialog open with the reasons.
    editor.findChild<NumberEdit *>(QStringLiteral("estimatedCost"))->setText(QStringLiteral("satu setengah M"));
    editor.findChild<QLineEdit *>(QStringLiteral("title"))->clear();
    editor.accept();
    CHECK(editor.result() != QDialog::Accepted);
    const QString problems = editor.findChild<QLabel *>(QStringLiteral("problems"))->text();
    CHECK(problems.contains(QStringLiteral("Judul usulan belum diisi")));
    CHECK(problems.contains(QStringLiteral("satu setengah M")));
}

TEST_CASE("Indonesian numbers in and out", "[register][widgets]")
{
    NumberEdit edit;
    edit.setValue(1500000000.0);
    CHECK(edit.text() == QStringLiteral("1.500.000.000"));
    edit.setText(QStringLiteral("Rp 250.000.000,-"));
    CHECK(edit.value() == 2.5e8);
    edit.setText(QStringLiteral("12,5"));
    CHECK(edit.value() == 12.5);
    edit.setText(QString());
    CHECK_FALSE(edit.value().has_value());
    CHECK(edit.isAcceptable());
    edit.setText(QStringLiteral("abc"));
    CHECK_FALSE(edit.isAcceptable());

    DateEdit date;
    CHECK(date.value().isNull());
    CHECK(date.displayFormat() == QStringLiteral("dd/MM/yyyy"));
    CHECK(date.calendarPopup());
    date.setValue(QDate(2021, 6, 13));
    CHECK(date.text() == QStringLiteral("13/06/2021"));
    date.clearValue();
    CHECK(date.value().isNull());
}

TEST_CASE("The agreement editor keeps an invalid agreement open and names the problems", "[register][agreement]")
{
    Project project = registerProject();
    // Another agreement already uses Kabupaten Banjar's number.
    Agreement a = makeAgreement(QStringLiteral("Air minum"), DocType::KB, Category::KSDD,
                                QStringLiteral("415.4/01/KB/2023"));
    a.stages = {StageDate{Stage::Penawaran, QDate(2023, 2, 1)}, StageDate{Stage::Persiapan, QDate(2023, 1, 1)}};
    a.stage = Stage::Persiapan;
    project.agreements.append(a);

    AgreementEditor editor(AgreementChanges::Mode::Edit, a, project);
    editor.endDateEdit()->setValue(QDate(2022, 12, 31)); // before the start (1 March 2023)
    editor.refreshProblems();
    const QList<ValidationProblem> problems = editor.problems();
    CHECK(hasErrors(problems));
    const QString shown = problemText(editor);
    CHECK(shown.contains(QStringLiteral("lebih awal daripada tanggal mulai")));
    CHECK(shown.contains(QStringLiteral("415.4/01/KB/2023")));
    CHECK(shown.contains(QStringLiteral("urutan tahap")));
    editor.accept();
    CHECK(editor.result() != QDialog::Accepted);

    // Fixed: a new number, a proper end date, the stages in order.
    editor.partiesTable()->item(0, 3)->setText(QStringLiteral("415.4/07/KB/2023"));
    editor.endDateEdit()->setValue(QDate(2026, 2, 28));
    editor.undoLastStage();
    editor.refreshProblems();
    CHECK_FALSE(hasErrors(editor.problems()));
    editor.accept();
    CHECK(editor.result() == QDialog::Accepted);
    const Agreement out = editor.agreement();
    CHECK(out.endDate == QDate(2026, 2, 28));
    CHECK(out.parties[0].documentNumber == QStringLiteral("415.4/07/KB/2023"));
    CHECK(out.stage == Stage::Penawaran);
}

TEST_CASE("Stage moves in the agreement editor follow the stage rules", "[register][agreement][stages]")
{
    Project project = registerProject();
    const Agreement a = project.agreements[0];
    AgreementEditor editor(AgreementChanges::Mode::Edit, a, project);
    Status refused = editor.advanceStage(Stage::PenandatangananKB, QDate(2023, 2, 1));
    CHECK_FALSE(refused.ok());
    CHECK(editor.stageMessage() == refused.error().message);
    CHECK(editor.agreement().stage == Stage::Persiapan);
    REQUIRE(editor.advanceStage(Stage::PembahasanTKKSD, QDate(2023, 1, 15)).ok());
    REQUIRE(editor.advanceStage(Stage::Penawaran, QDate(2023, 1, 20)).ok());
    REQUIRE(editor.advanceStage(Stage::PenyusunanKB, QDate(2023, 2, 1)).ok());
    CHECK(editor.agreement().stage == Stage::PenyusunanKB);
    CHECK(editor.agreement().stages.size() == 4);
    // A date before the last stage is refused with both dates named.
    const Status early = editor.advanceStage(Stage::PenandatangananKB, QDate(2023, 1, 5));
    CHECK_FALSE(early.ok());
    CHECK(editor.stageMessage().contains(QStringLiteral("2023")));
    // Legacy: straight to berlaku is possible only while at most one stage is recorded.
    AgreementEditor legacy(AgreementChanges::Mode::Edit, a, project);
    legacy.setStageDirectly(Stage::Berlaku, QDate(2023, 3, 1));
    CHECK(legacy.agreement().stage == Stage::Berlaku);
    CHECK(legacy.agreement().stages == QList<StageDate>{StageDate{Stage::Berlaku, QDate(2023, 3, 1)}});
}

TEST_CASE("Attachments past the size limit are refused with the size and the limit", "[register][attachments]")
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("pks-pindaian.pdf"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(300 * 1024 * 1024 + 300 * 1024)); // sparse: nothing is written
    }
    const QString small = dir.filePath(QStringLiteral("kak.pdf"));
    {
        QFile f(small);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 KAK");
    }
    Project project = registerProject();
    ProjectDocument doc(project);
    const QUuid agreementId = project.agreements[0].meta.id;

    AgreementEditor editor(AgreementChanges::Mode::Edit, project.agreements[0], doc.project());
    const Status st = editor.addAttachmentFile(big, QStringLiteral("pks"));
    REQUIRE_FALSE(st.ok());
    const QString message = editor.attachmentMessage();
    CHECK(message.contains(QStringLiteral("pks-pindaian.pdf")));
    CHECK(message.contains(QStringLiteral("300,3 MB")));
    CHECK(message.contains(QStringLiteral("melebihi batas 256 MB")));
    CHECK(editor.tabs()->currentIndex() == AgreementEditor::DocumentsTab);
    CHECK(editor.documents().size() == 1); // the stored kb.pdf only

    REQUIRE(editor.addAttachmentFile(small, QStringLiteral("kak")).ok());
    CHECK(editor.documents().size() == 2);
    const AgreementChanges c = editor.changes();
    REQUIRE(c.addedDocuments.size() == 1);
    CHECK(c.addedDocuments[0].fileName == QStringLiteral("kak.pdf"));
    CHECK(c.addedDocuments[0].meta.id.isNull()); // stamped by the command

    // The same limit through the document call, and nothing pushed.
    const Result<QUuid> direct = doc.attachFile(agreementId, big, QStringLiteral("pks"));
    REQUIRE_FALSE(direct.ok());
    CHECK(direct.error().message == message);
    CHECK(doc.undoStack()->count() == 0);
}

TEST_CASE("The Dokumen tab shows and edits each naskah's version, original and integrity", "[register][archive]")
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("pks-ttd.pdf"));
    {
        QFile f(scan);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 PKS ditandatangani");
    }
    Project project = registerProject();
    ProjectDocument doc(project);
    const Agreement a = project.agreements[0];
    {
        AgreementEditor editor(AgreementChanges::Mode::Edit, a, doc.project());
        auto *newVersion = editor.findChild<QComboBox *>(QStringLiteral("newDocumentVersion"));
        REQUIRE(newVersion);
        newVersion->setCurrentIndex(newVersion->findData(int(DocumentVersion::Reviu)));
        REQUIRE(editor.addAttachmentFile(scan, QStringLiteral("pks")).ok());
        auto *list = editor.findChild<QTreeWidget *>(QStringLiteral("documents"));
        REQUIRE(list->topLevelItemCount() == 2);
        QTreeWidgetItem *added = list->topLevelItem(1);
        CHECK(added->text(1) == QStringLiteral("pks-ttd.pdf"));
        CHECK(added->text(2) == documentVersionName(DocumentVersion::Reviu));
        CHECK(added->text(3) == documentStateName(DocumentState::Intact));
        list->setCurrentItem(added);
        auto *holder = editor.findChild<QLineEdit *>(QStringLiteral("documentHolder"));
        auto *location = editor.findChild<QLineEdit *>(QStringLiteral("documentLocation"));
        REQUIRE(holder->isEnabled());
        holder->setText(QStringLiteral("Bagian Kerja Sama"));
        emit holder->textEdited(holder->text());
        location->setText(QStringLiteral("Lemari A-2, arsip 17/2024"));
        emit location->textEdited(location->text());
        CHECK(added->text(5) == QStringLiteral("Bagian Kerja Sama · Lemari A-2, arsip 17/2024"));
        REQUIRE_FALSE(doc.saveAgreement(editor.changes()).isNull());
    }
    const auto stored = std::find_if(doc.project().documents.cbegin(), doc.project().documents.cend(),
                                     [](const AttachedDocument &d) { return d.fileName == QStringLiteral("pks-ttd.pdf"); });
    REQUIRE(stored != doc.project().documents.cend());
    CHECK(stored->version == DocumentVersion::Reviu);
    CHECK(stored->originalHolder == QStringLiteral("Bagian Kerja Sama"));
    CHECK(stored->originalLocation == QStringLiteral("Lemari A-2, arsip 17/2024"));
    CHECK(stored->sha256 == sha256Hex(stored->data));
    const QUuid scanId = stored->meta.id;

    // A stored document's facts are edited in the dialog and saved as one undo step; undo brings them back.
    const int steps = doc.undoStack()->count();
    {
        AgreementEditor editor(AgreementChanges::Mode::Edit, *doc.agreement(a.meta.id), doc.project());
        auto *list = editor.findChild<QTreeWidget *>(QStringLiteral("documents"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toUuid() == scanId)
                list->setCurrentItem(list->topLevelItem(i));
        }
        auto *version = editor.findChild<QComboBox *>(QStringLiteral("documentVersion"));
        REQUIRE(version->currentData().toInt() == int(DocumentVersion::Reviu));
        version->setCurrentIndex(version->findData(int(DocumentVersion::Final)));
        const AgreementChanges c = editor.changes();
        REQUIRE_FALSE(doc.saveAgreement(c).isNull());
    }
    CHECK(doc.undoStack()->count() == steps + 1);
    const auto version = [&] {
        for (const AttachedDocument &d : doc.project().documents)
            if (d.meta.id == scanId)
                return d.version;
        return DocumentVersion::Unstated;
    };
    CHECK(version() == DocumentVersion::Final);
    doc.undoStack()->undo();
    CHECK(version() == DocumentVersion::Reviu);

    // A document whose content no longer has its recorded hash is shown as altered, never re-hashed.
    Project altered = doc.project();
    for (AttachedDocument &d : altered.documents)
        if (d.meta.id == scanId)
            d.data = d.data.readAll()->append('x');
    AgreementEditor editor(AgreementChanges::Mode::Edit, *doc.agreement(a.meta.id), altered);
    auto *list = editor.findChild<QTreeWidget *>(QStringLiteral("documents"));
    bool shownAltered = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toUuid() == scanId)
            shownAltered = list->topLevelItem(i)->text(3) == documentStateName(DocumentState::Altered);
    }
    CHECK(shownAltered);
}

TEST_CASE("Monev records: editor checks, draft list, one step on save", "[register][monev]")
{
    Project project = registerProject();
    ProjectDocument doc(project);
    const Agreement a = project.agreements[0];

    MonevRecord r;
    r.agreementId = a.meta.id;
    MonevRecordEditor recordEditor(r, doc.project());
    recordEditor.findChild<DateEdit *>(QStringLiteral("date"))->clearValue();
    recordEditor.accept();
    CHECK(recordEditor.result() != QDialog::Accepted);
    CHECK(recordEditor.findChild<QLabel *>(QStringLiteral("problems"))->text().contains(QStringLiteral("belum diisi")));
    // Before the agreement started: a warning, shown, that does not block.
    recordEditor.findChild<DateEdit *>(QStringLiteral("date"))->setValue(QDate(2022, 1, 1));
    CHECK(recordEditor.problems().isEmpty());
    CHECK(recordEditor.findChild<QLabel *>(QStringLiteral("warnings"))->text().contains(QStringLiteral("sebelum")));
    recordEditor.findChild<DateEdit *>(QStringLiteral("date"))->setValue(QDate(2024, 10, 1));
    recordEditor.findChild<QSpinBox *>(QStringLiteral("rating"))->setValue(2);
    auto *rec = recordEditor.findChild<QComboBox *>(QStringLiteral("recommendation"));
    rec->setCurrentIndex(rec->findData(int(Recommendation::Hentikan)));
    recordEditor.findChild<QSpinBox *>(QStringLiteral("score_ketepatan_waktu"))->setValue(1);
    recordEditor.accept();
    CHECK(recordEditor.result() == QDialog::Accepted);
    const MonevRecord made = recordEditor.record();
    CHECK(made.rating == 2);
    CHECK(made.recommendation == Recommendation::Hentikan);
    CHECK(made.scores[size_t(MonevCriterion::KetepatanWaktu)] == 1);

    AgreementEditor editor(AgreementChanges::Mode::Edit, a, doc.project());
    CHECK(editor.monevRecords().size() == 1);
    editor.putMonevRecord(made);
    editor.removeMonevRecord(project.monev[0].meta.id);
    const AgreementChanges c = editor.changes();
    CHECK(c.addedMonev.size() == 1);
    CHECK(c.removedMonev == QList<QUuid>{project.monev[0].meta.id});
    const Project before = doc.project();
    doc.saveAgreement(c);
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.project().monev.constLast().recommendation == Recommendation::Hentikan);
    CHECK(doc.monevRecord(project.monev[0].meta.id)->meta.deleted);
    doc.undoStack()->undo();
    CHECK(doc.project() == before);
}
