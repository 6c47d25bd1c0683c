// SPDX-License-Identifier: Apache-2.0
// Legacy import from Excel through the import dialog: the CSV fixtures, all-or-nothing and "impor baris yang
// valid", saved errors, one undo step; and the issue's "done when": the Kota Banjar 2021 register re-entered from an
// Excel sheet into a new project for 32.79 shows the table of counts.
#include "helpers.h"
#include "uihelpers.h"

#include "document/projectdocument.h"
#include "register/agreementeditor.h"
#include "register/csvimportdialog.h"
#include "register/monevdashboard.h"
#include "register/monevpage.h"
#include "register/proposaleditor.h"
#include "register/registeractions.h"
#include "workbench/documentmanager.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

using Window = test::WorkbenchWindow;

QString csvPath(const QString &name)
{
    return test::dataPath(QStringLiteral("csv/") + name);
}

} // namespace

TEST_CASE("Import dialog: legacy agreements as one undo step", "[register][import]")
{
    ProjectDocument doc(Project::create(QStringLiteral("32.79"), QStringLiteral("Kota Banjar"), 2024));
    const Project before = doc.project();
    CsvImportDialog dialog(io::ImportKind::Agreements, &doc, nullptr);
    REQUIRE(dialog.loadFile(csvPath(QStringLiteral("agreements_legacy.csv"))));
    CHECK(dialog.mappingTable()->rowCount() == 14);
    CHECK(dialog.previewTable()->rowCount() == 5);
    CHECK(dialog.canImport());
    CHECK(dialog.session().outcome().recordCount() == 5);
    CHECK(dialog.session().outcome().errors.isEmpty());
    CHECK(dialog.summaryText().contains(QStringLiteral("5 baris valid")));
    // The project's own region holds the number; partners follow.
    const Agreement &first = dialog.session().outcome().agreements[0];
    CHECK(first.parties[0].regionCode == QStringLiteral("32.79"));
    CHECK(first.parties[0].documentNumber == QStringLiteral("415.4/01/KB/2021"));

    REQUIRE(dialog.session().apply(&doc));
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->text(0) == QStringLiteral("Impor 5 kerja sama dari agreements_legacy.csv"));
    CHECK(doc.liveIds<Agreement>().size() == 5);
    doc.undoStack()->undo();
    CHECK(doc.project() == before);
}

TEST_CASE("Import dialog: bad rows refuse all, or are skipped on request, and the errors can be saved",
          "[register][import]")
{
    ProjectDocument doc(Project::create(QStringLiteral("32.79"), QStringLiteral("Kota Banjar"), 2024));
    CsvImportDialog dialog(io::ImportKind::Agreements, &doc, nullptr);
    REQUIRE(dialog.loadFile(csvPath(QStringLiteral("agreements_bad.csv"))));
    const CsvImportOutcome &o = dialog.session().outcome();
    CHECK(o.rowsRead == 7);
    CHECK(o.validRows == 1);
    CHECK(o.refused);
    CHECK_FALSE(dialog.canImport());
    CHECK(dialog.summaryText().contains(QStringLiteral("semua atau tidak sama sekali")));
    // Every error is listed with its row, column and value as the file has them.
    QTableWidget *errors = dialog.errorTable();
    REQUIRE(errors->rowCount() == o.errors.size());
    REQUIRE(errors->rowCount() >= 6);
    CHECK(errors->item(0, 0)->text() == QStringLiteral("2"));
    CHECK(errors->item(0, 1)->text() == QStringLiteral("tanggal_tanda_tangan"));
    CHECK(errors->item(0, 2)->text() == QStringLiteral("31/02/2024"));
    // One line per error, the first as tall as the rest; the whole reason is in the tooltip.
    for (int r = 1; r < errors->rowCount(); ++r)
        CHECK(errors->rowHeight(r) == errors->rowHeight(0));
    CHECK(errors->rowHeight(0) < 2 * errors->fontMetrics().height());
    CHECK(errors->item(0, 3)->toolTip() == errors->item(0, 3)->text());
    // The bad cell is marked in the preview (row 1 of the file is the header, so line 2 is preview row 0).
    const int signedColumn = dialog.session().table().header.indexOf(QStringLiteral("tanggal_tanda_tangan"));
    CHECK(dialog.previewTable()->item(0, signedColumn)->background().color() != QColor(Qt::white));
    CHECK_FALSE(dialog.previewTable()->item(0, signedColumn)->toolTip().isEmpty());

    dialog.setSkipInvalid(true);
    CHECK(dialog.canImport());
    CHECK(dialog.session().outcome().recordCount() == 1);
    CHECK(dialog.session().outcome().agreements[0].title == QStringLiteral("Baik"));

    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("kesalahan.csv"));
    REQUIRE(dialog.session().saveErrors(saved).ok());
    QFile f(saved);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("baris;kolom;nilai;alasan")));
    CHECK(text.contains(QStringLiteral("31/02/2024")));

    REQUIRE(dialog.session().apply(&doc));
    CHECK(doc.liveIds<Agreement>().size() == 1);
    CHECK(doc.undoStack()->count() == 1);
}

TEST_CASE("Import dialog: proposals, and a mapping changed by hand", "[register][import]")
{
    ProjectDocument doc(Project::create(QStringLiteral("63.03"), QStringLiteral("Kabupaten Banjar"), 2024));
    const Project before = doc.project();
    CsvImportDialog dialog(io::ImportKind::Proposals, &doc, nullptr);
    REQUIRE(dialog.loadFile(csvPath(QStringLiteral("proposals_legacy.csv"))));
    REQUIRE(dialog.canImport());
    const int count = dialog.session().outcome().recordCount();
    CHECK(count >= 4);

    // Ignoring the required "judul" column refuses the import, whatever the mode.
    const int judul = dialog.session().table().header.indexOf(QStringLiteral("judul"));
    REQUIRE(judul >= 0);
    auto *box = qobject_cast<QComboBox *>(dialog.mappingTable()->cellWidget(judul, 1));
    REQUIRE(box);
    box->setCurrentIndex(0); // "— abaikan —"
    CHECK(dialog.session().mapping().at(judul).isEmpty());
    CHECK_FALSE(dialog.canImport());
    CHECK_FALSE(dialog.session().mappingProblems().isEmpty());
    box->setCurrentIndex(box->findData(QStringLiteral("judul")));
    CHECK(dialog.canImport());

    REQUIRE(dialog.session().apply(&doc));
    CHECK(doc.liveIds<Proposal>().size() == count);
    CHECK(doc.project().proposals[0].regionCode == QStringLiteral("63.03"));
    doc.undoStack()->undo();
    CHECK(doc.project() == before);
}

TEST_CASE("A file that is not CSV is refused with its name", "[register][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kosong.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    CsvImportDialog dialog(io::ImportKind::Agreements, nullptr, nullptr);
    CHECK_FALSE(dialog.loadFile(path));
    CHECK_FALSE(dialog.canImport());
}

TEST_CASE("Kota Banjar 2021 re-entered from an Excel sheet shows the table of counts", "[register][import][banjar]")
{
    // A planner makes a new project for Kota Banjar (32.79) and imports the register Excel saved as CSV.
    Window w;
    auto *actions = new RegisterActions(w.workbench);
    w.workbench->addHandler(actions);
    actions->setToday(QDate(2021, 11, 15)); // the monev meeting
    ProjectDocument *doc = w.workbench->documents()->adopt(
        Project::create(QStringLiteral("32.79"), QStringLiteral("Monev KSD Kota Banjar 2021"), 2021));

    CsvImportDialog dialog(io::ImportKind::Agreements, doc, w.workbench->tasks());
    REQUIRE(dialog.loadFile(csvPath(QStringLiteral("kota-banjar-2021-agreements.csv"))));
    INFO(dialog.summaryText().toStdString());
    CHECK(dialog.session().table().separator == QLatin1Char(';'));
    CHECK(dialog.session().table().encoding == QStringLiteral("UTF-8 BOM"));
    CHECK(dialog.session().outcome().rowsRead == 24);
    CHECK(dialog.session().outcome().errors.isEmpty());
    REQUIRE(dialog.canImport());
    REQUIRE(dialog.session().apply(doc));
    CHECK(doc->undoStack()->count() == 1);

    MonevPage *page = actions->monevPage();
    w.workbench->showPage(QStringLiteral("monev"));
    page->refreshNow();
    const QStandardItemModel *m = page->dashboard()->documentsModel();
    using D = MonevDashboard;
    const auto v = [m](const char *row, int column) { return D::value(m, QString::fromLatin1(row), column); };
    // 10 KB (9 pihak ketiga, 1 daerah), 9 PKS (7 pihak ketiga, 2 daerah), 5 NK sinergi.
    CHECK(v("KB", D::DocumentTotalColumn) == 10);
    CHECK(v("KB", D::PihakKetigaColumn) == 9);
    CHECK(v("KB", D::DaerahLainColumn) == 1);
    CHECK(v("PKS", D::DocumentTotalColumn) == 9);
    CHECK(v("PKS", D::PihakKetigaColumn) == 7);
    CHECK(v("PKS", D::DaerahLainColumn) == 2);
    CHECK(v("NK", D::DocumentTotalColumn) == 5);
    CHECK(v("NK", D::SinergiColumn) == 5);
    CHECK(v("jumlah", D::DocumentTotalColumn) == 24);
    CHECK(m->rowCount() == 4);

    // The monev meeting of 15 November 2021: three end within three months, three more within six.
    const QStandardItemModel *summary = page->dashboard()->monevModel();
    CHECK(D::value(summary, QStringLiteral("expiring_90"), 1) == 3);
    CHECK(D::value(summary, QStringLiteral("expiring_180"), 1) == 6);
    CHECK(D::value(summary, QStringLiteral("status:berakhir"), 1) == 1);
    CHECK(page->dashboard()->expiryModel()->rowCount() == 6);
    // Every imported agreement is valid in the register (no duplicate numbers, dates in order).
    for (const Agreement &a : doc->project().agreements)
        CHECK_FALSE(hasErrors(validateAgreement(a, doc->project())));

    // Undo takes the whole import back.
    doc->undoStack()->undo();
    page->refreshNow();
    CHECK(D::value(m, QStringLiteral("jumlah"), D::DocumentTotalColumn) == 0);
}

// Not run by default: `test_ui_register_import "[.screenshots]"` with KSD_SCREENSHOT_DIR set writes the PNGs of
// docs/screenshots (run it under xvfb-run for real fonts and styles).
TEST_CASE("Screenshots of the Monev tab and the agreement editor", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("KSD_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    QDir().mkpath(out);
    Window w;
    auto *actions = new RegisterActions(w.workbench);
    w.workbench->addHandler(actions);
    actions->setToday(QDate(2021, 11, 15));
    ProjectDocument *doc = w.workbench->documents()->adopt(
        Project::create(QStringLiteral("32.79"), QStringLiteral("Monev KSD Kota Banjar 2021"), 2021));
    CsvImportDialog dialog(io::ImportKind::Agreements, doc, nullptr);
    REQUIRE(dialog.loadFile(csvPath(QStringLiteral("kota-banjar-2021-agreements.csv"))));
    REQUIRE(dialog.session().apply(doc));
    // Some proposals and monev records, so that every section has something to show.
    Project p = doc->project();
    const QStringList pds{QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinas Pendidikan"),
                          QStringLiteral("Dinas Lingkungan Hidup"), QStringLiteral("Bappeda"),
                          QStringLiteral("Dinas Pariwisata")};
    const std::pair<ActivityKind, PartnerType> kinds[] = {
        {ActivityKind::KerjaSama, PartnerType::KL},          {ActivityKind::KerjaSama, PartnerType::PihakKetiga},
        {ActivityKind::KerjaSama, PartnerType::KL},          {ActivityKind::KerjaSama, PartnerType::Daerah},
        {ActivityKind::KerjaSama, PartnerType::PihakKetiga}, {ActivityKind::Pengadaan, PartnerType::PihakKetiga},
        {ActivityKind::KerjaSama, PartnerType::KL},          {ActivityKind::Swakelola, PartnerType::Daerah},
    };
    int i = 0;
    for (const auto &[activity, partner] : kinds) {
        Proposal x;
        x.meta = RecordMeta::fresh(pds[i % pds.size()]);
        x.regionCode = QStringLiteral("32.79");
        x.sourcePd = pds[i % pds.size()];
        x.urusanCode = QStringLiteral("2.11");
        x.title = QStringLiteral("Usulan %1").arg(++i);
        x.activity = activity;
        x.partnerType = partner;
        x.inApbd = true;
        if (partner == PartnerType::Daerah)
            x.partnerRegionCodes = {QStringLiteral("32.07")};
        p.proposals.append(x);
    }
    for (int k = 0; k < 6; ++k) {
        MonevRecord m;
        m.meta = RecordMeta::fresh(QStringLiteral("TKKSD"));
        m.agreementId = p.agreements[k * 3].meta.id;
        m.date = QDate(2021, 11, 10);
        m.evaluatorRole = QStringLiteral("TKKSD");
        m.rating = 3 + k % 3;
        m.recommendation = k == 4 ? Recommendation::Perbaiki : Recommendation::Lanjut;
        p.monev.append(m);
    }
    doc->replaceProject(p, QStringLiteral("contoh"));

    w.window.resize(1500, 1000);
    w.window.show();
    w.workbench->showPage(QStringLiteral("monev"));
    actions->monevPage()->refreshNow();
    QCoreApplication::processEvents();
    CHECK(w.window.grab().save(QDir(out).filePath(QStringLiteral("monev.png"))));
    if (auto *scroll = actions->monevPage()->findChild<QScrollArea *>()) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        CHECK(w.window.grab().save(QDir(out).filePath(QStringLiteral("monev-bawah.png"))));
    }

    // The agreement editor on a signed KSDD PKS, Dates tab, with an attachment and a monev record.
    const Agreement *pks = nullptr;
    for (const Agreement &a : doc->project().agreements) {
        if (a.title.startsWith(QStringLiteral("Pemanfaatan tempat")))
            pks = &a;
    }
    REQUIRE(pks);
    Agreement shown = *pks;
    shown.parties[0].signatory = QStringLiteral("Wali Kota Banjar");
    shown.parties[1].signatory = QStringLiteral("Bupati Ciamis");
    shown.parties[1].documentNumber = QStringLiteral("658.1/12/PKS/DLH/2021");
    shown.object = QStringLiteral("Pemanfaatan TPA Ciamis untuk sampah dari Kota Banjar");
    shown.funding = QStringLiteral("APBD Kota Banjar");
    shown.stages = {StageDate{Stage::Persiapan, QDate(2021, 1, 11)}, StageDate{Stage::Penawaran, QDate(2021, 2, 1)},
                    StageDate{Stage::PenyusunanPKS, QDate(2021, 3, 15)},
                    StageDate{Stage::PenandatangananPKS, QDate(2021, 4, 19)}};
    shown.stage = Stage::PenandatangananPKS;
    AgreementEditor editor(AgreementChanges::Mode::Edit, shown, doc->project());
    editor.resize(1000, 720);
    editor.show();
    editor.tabs()->setCurrentIndex(AgreementEditor::DatesTab);
    editor.refreshProblems();
    QCoreApplication::processEvents();
    CHECK(editor.grab().save(QDir(out).filePath(QStringLiteral("kerja-sama.png"))));
    editor.tabs()->setCurrentIndex(AgreementEditor::PartiesTab);
    QCoreApplication::processEvents();
    CHECK(editor.grab().save(QDir(out).filePath(QStringLiteral("kerja-sama-pihak.png"))));
    editor.tabs()->setCurrentIndex(AgreementEditor::GeneralTab);
    QCoreApplication::processEvents();
    CHECK(editor.grab().save(QDir(out).filePath(QStringLiteral("kerja-sama-umum.png"))));

    // The proposal editor with its live screening (for looking at, not for the docs).
    Proposal tpa;
    tpa.regionCode = QStringLiteral("32.79");
    tpa.title = QStringLiteral("Pengelolaan sampah regional");
    tpa.urusanCode = QStringLiteral("2.11");
    tpa.sourcePd = QStringLiteral("Dinas Lingkungan Hidup");
    tpa.partnerRegionCodes = {QStringLiteral("32.07"), QStringLiteral("33.01")};
    tpa.estimatedCost = 1.5e9;
    tpa.burdensPublic = true;
    ProposalEditor proposal(tpa, doc->project());
    proposal.show();
    QCoreApplication::processEvents();
    CHECK(proposal.grab().save(QDir(out).filePath(QStringLiteral("usulan.png"))));
}
