// SPDX-License-Identifier: Apache-2.0
// The Monev tab: its tables equal hand-computed counts on constructed registers (Kota Banjar 2021, Kabupaten Banjar
// 2024), the charts carry the same numbers, expiry is highlighted on fixed dates, and every number exports.
#include "helpers.h"
#include "uihelpers.h"

#include "document/projectdocument.h"
#include "register/monevdashboard.h"
#include "register/monevpage.h"
#include "register/registeractions.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/workbench.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QMainWindow>
#include <QPieSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ksd;
using ksd::test::kotaBanjar2021;
using ksd::test::makeAgreement;

namespace {

/// Kabupaten Banjar 2024: 156 proposals from 27 perangkat daerah, 125 eligible: 58 Sinergi (46,4%), 48 KSDPK
/// (38,4%), 19 KSDD (15,2%); the 31 others 17 pengadaan, 9 swakelola, 5 internal.
Project kabupatenBanjar2024()
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Pemetaan KSD Kabupaten Banjar 2024"), 2024);
    int i = 0;
    auto add = [&](ActivityKind a, PartnerType t, int n) {
        for (int k = 0; k < n; ++k) {
            Proposal x;
            x.meta = RecordMeta::fresh(QStringLiteral("Bagian Pemerintahan"));
            x.regionCode = QStringLiteral("63.03");
            x.sourcePd = QStringLiteral("PD %1").arg(i % 27 + 1);
            x.urusanCode = QStringLiteral("2.11");
            x.title = QStringLiteral("Usulan %1").arg(++i);
            x.activity = a;
            x.partnerType = t;
            x.inApbd = true;
            p.proposals.append(x);
        }
    };
    add(ActivityKind::KerjaSama, PartnerType::KL, 58);
    add(ActivityKind::KerjaSama, PartnerType::PihakKetiga, 48);
    add(ActivityKind::KerjaSama, PartnerType::Daerah, 19);
    add(ActivityKind::Pengadaan, PartnerType::PihakKetiga, 17);
    add(ActivityKind::Swakelola, PartnerType::Daerah, 9);
    add(ActivityKind::Internal, PartnerType::KL, 5);
    p.proposals[0].burdensPublic = true; // one eligible proposal needs DPRD approval
    return p;
}

using Window = test::WorkbenchWindow;

double cell(const QStandardItemModel *m, const QString &key, int column)
{
    return MonevDashboard::value(m, key, column);
}

QString text(const QStandardItemModel *m, const QString &key, int column)
{
    const int row = MonevDashboard::rowOf(m, key);
    return row < 0 ? QString() : m->item(row, column)->text();
}

} // namespace

TEST_CASE("Monev tab: the Kota Banjar 2021 table equals the hand count", "[register][dashboard]")
{
    Window w;
    auto *actions = new RegisterActions(w.workbench);
    w.workbench->addHandler(actions);
    MonevPage *page = actions->monevPage();
    REQUIRE(w.workbench->page(QStringLiteral("monev")) == page);
    w.workbench->documents()->adopt(kotaBanjar2021());
    page->setToday(QDate(2021, 11, 15));
    page->refreshNow();

    // Read what the table view shows.
    const auto *m = qobject_cast<QStandardItemModel *>(page->documentsTable()->model());
    REQUIRE(m == page->dashboard()->documentsModel());
    QAbstractItemModelTester tester(const_cast<QStandardItemModel *>(m),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(m->rowCount() == 4); // KB, PKS, NK, Jumlah: no addendum row without an addendum
    REQUIRE(m->columnCount() == 4);
    CHECK(m->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Daerah lain"));
    CHECK(m->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Pihak ketiga"));
    CHECK(m->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Sinergi"));
    CHECK(m->headerData(0, Qt::Vertical).toString() == QStringLiteral("Kesepakatan Bersama"));

    using D = MonevDashboard;
    CHECK(cell(m, QStringLiteral("KB"), D::DaerahLainColumn) == 1);
    CHECK(cell(m, QStringLiteral("KB"), D::PihakKetigaColumn) == 9);
    CHECK(cell(m, QStringLiteral("KB"), D::SinergiColumn) == 0);
    CHECK(cell(m, QStringLiteral("KB"), D::DocumentTotalColumn) == 10);
    CHECK(cell(m, QStringLiteral("PKS"), D::DaerahLainColumn) == 2);
    CHECK(cell(m, QStringLiteral("PKS"), D::PihakKetigaColumn) == 7);
    CHECK(cell(m, QStringLiteral("PKS"), D::DocumentTotalColumn) == 9);
    CHECK(cell(m, QStringLiteral("NK"), D::SinergiColumn) == 5);
    CHECK(cell(m, QStringLiteral("NK"), D::PihakKetigaColumn) == 0);
    CHECK(cell(m, QStringLiteral("NK"), D::DocumentTotalColumn) == 5);
    CHECK(cell(m, QStringLiteral("jumlah"), D::DaerahLainColumn) == 3);
    CHECK(cell(m, QStringLiteral("jumlah"), D::PihakKetigaColumn) == 16);
    CHECK(cell(m, QStringLiteral("jumlah"), D::SinergiColumn) == 5);
    CHECK(cell(m, QStringLiteral("jumlah"), D::DocumentTotalColumn) == 24);
    CHECK(text(m, QStringLiteral("KB"), D::PihakKetigaColumn) == QStringLiteral("9"));

    // The bar chart carries the same numbers: one set per partner group, one bar per document type.
    QChart *chart = page->documentsChart();
    REQUIRE(chart->series().size() == 1);
    auto *bars = qobject_cast<QBarSeries *>(chart->series().constFirst());
    REQUIRE(bars);
    REQUIRE(bars->count() == 3);
    CHECK(bars->barSets()[0]->label() == QStringLiteral("Daerah lain"));
    CHECK(bars->barSets()[0]->at(0) == 1);  // KB daerah
    CHECK(bars->barSets()[1]->at(0) == 9);  // KB pihak ketiga
    CHECK(bars->barSets()[0]->at(1) == 2);  // PKS daerah
    CHECK(bars->barSets()[1]->at(1) == 7);  // PKS pihak ketiga
    CHECK(bars->barSets()[2]->at(2) == 5);  // NK sinergi

    // The register follows edits: removing one KB pihak ketiga is visible after a refresh, and undo brings it back.
    ProjectDocument *doc = w.workbench->document();
    doc->removeAgreements({doc->project().agreements[0].meta.id});
    page->refreshNow();
    CHECK(cell(m, QStringLiteral("KB"), D::PihakKetigaColumn) == 8);
    doc->undoStack()->undo();
    page->refreshNow();
    CHECK(cell(m, QStringLiteral("KB"), D::PihakKetigaColumn) == 9);
}

TEST_CASE("Monev tab: the Kabupaten Banjar 2024 screening figures", "[register][dashboard]")
{
    MonevDashboard dashboard;
    dashboard.setData(computeDashboard(kabupatenBanjar2024(), QDate(2024, 8, 30)));
    const QStandardItemModel *m = dashboard.proposalsModel();
    CHECK(cell(m, QStringLiteral("total"), 1) == 156);
    CHECK(cell(m, QStringLiteral("perangkat_daerah"), 1) == 27);
    CHECK(cell(m, QStringLiteral("eligible"), 1) == 125);
    CHECK(cell(m, QStringLiteral("eligible"), 2) == Approx(80.1)); // 125 / 156
    CHECK(cell(m, QStringLiteral("not_eligible"), 1) == 31);
    CHECK(cell(m, QStringLiteral("not_eligible:pengadaan"), 1) == 17);
    CHECK(cell(m, QStringLiteral("not_eligible:swakelola"), 1) == 9);
    CHECK(cell(m, QStringLiteral("not_eligible:internal"), 1) == 5);
    CHECK(cell(m, QStringLiteral("category:SINERGI"), 1) == 58);
    CHECK(cell(m, QStringLiteral("category:SINERGI"), 2) == Approx(46.4));
    CHECK(cell(m, QStringLiteral("category:KSDPK"), 1) == 48);
    CHECK(cell(m, QStringLiteral("category:KSDPK"), 2) == Approx(38.4));
    CHECK(cell(m, QStringLiteral("category:KSDD"), 1) == 19);
    CHECK(cell(m, QStringLiteral("category:KSDD"), 2) == Approx(15.2));
    CHECK(text(m, QStringLiteral("category:SINERGI"), 2) == QStringLiteral("46,4%"));
    CHECK(text(m, QStringLiteral("category:KSDPK"), 2) == QStringLiteral("38,4%"));
    CHECK(text(m, QStringLiteral("category:KSDD"), 2) == QStringLiteral("15,2%"));
    CHECK(text(m, QStringLiteral("eligible"), 2) == QStringLiteral("80,1%"));
    CHECK(MonevDashboard::rowOf(m, QStringLiteral("category:KSDPL")) == -1); // rare categories only when present
    CHECK(cell(m, QStringLiteral("dprd"), 1) == 1);
    // The KSDD proposals name no partner region: their class cannot be judged yet, and the table says so.
    CHECK(cell(m, QStringLiteral("ksdd_class:"), 1) == 19);
}

TEST_CASE("Monev tab: the stage funnel", "[register][dashboard]")
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Tahapan"), 2024);
    auto add = [&p](DocType t, Stage s, int n) {
        for (int i = 0; i < n; ++i) {
            Agreement a = makeAgreement(t, Category::KSDD, QStringLiteral("%1 %2").arg(docTypeKey(t)).arg(i));
            a.stage = s;
            p.agreements.append(a);
        }
    };
    add(DocType::KB, Stage::Persiapan, 4);
    add(DocType::KB, Stage::PenandatangananKB, 3);
    add(DocType::PKS, Stage::Pelaksanaan, 2);
    add(DocType::PKS, Stage::Pelaporan, 1);
    MonevDashboard dashboard;
    dashboard.setData(computeDashboard(p, QDate(2024, 8, 1)));
    const QStandardItemModel *m = dashboard.funnelModel();
    REQUIRE(m->rowCount() == StageCount);
    CHECK(cell(m, QStringLiteral("stage:persiapan"), 1) == 4);
    CHECK(cell(m, QStringLiteral("stage:persiapan"), 2) == 10);
    CHECK(cell(m, QStringLiteral("stage:penawaran"), 2) == 6);
    CHECK(cell(m, QStringLiteral("stage:penandatanganan_kb"), 1) == 3);
    CHECK(cell(m, QStringLiteral("stage:penandatanganan_kb"), 2) == 3); // a PKS has no KB step of its own
    CHECK(cell(m, QStringLiteral("stage:persetujuan_dprd"), 2) == 3);
    CHECK(cell(m, QStringLiteral("stage:pelaksanaan"), 2) == 3);
    CHECK(cell(m, QStringLiteral("stage:pelaporan"), 2) == 1);

    Window w;
    auto *actions = new RegisterActions(w.workbench);
    w.workbench->documents()->adopt(p);
    actions->monevPage()->refreshNow();
    auto *funnel = qobject_cast<QHorizontalBarSeries *>(actions->monevPage()->funnelChart()->series().constFirst());
    REQUIRE(funnel);
    const QBarSet *reached = funnel->barSets().constFirst();
    REQUIRE(reached->count() == StageCount);
    CHECK(reached->at(StageCount - 1) == 10); // persiapan is drawn on top: the last bar of the series
    CHECK(reached->at(0) == 1);               // pelaporan at the bottom
}

TEST_CASE("Agreements ending within 3 and 6 months are highlighted on fixed dates", "[register][dashboard][expiry]")
{
    const QDate today(2024, 1, 15);
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Masa berlaku"), 2024);
    auto add = [&p, &today](const QString &title, int days, AgreementStatus status = AgreementStatus::Aktif) {
        Agreement a = makeAgreement(DocType::PKS, Category::KSDPK, title);
        a.startDate = today.addYears(-2);
        a.endDate = today.addDays(days);
        a.status = status;
        p.agreements.append(a);
        return a.meta.id;
    };
    const QUuid past = add(QStringLiteral("Lewat"), -10);
    const QUuid soon = add(QStringLiteral("Tiga bulan"), 90);   // the boundary day counts
    const QUuid later = add(QStringLiteral("Enam bulan"), 91);
    add(QStringLiteral("Jauh"), 181);
    add(QStringLiteral("Sudah berakhir"), 20, AgreementStatus::Berakhir);
    add(QStringLiteral("Diperpanjang"), 150, AgreementStatus::Diperpanjang);

    Window w;
    auto *actions = new RegisterActions(w.workbench);
    actions->setToday(today);
    w.workbench->documents()->adopt(p);
    MonevPage *page = actions->monevPage();
    page->refreshNow();
    const QStandardItemModel *m = page->dashboard()->expiryModel();
    REQUIRE(m->rowCount() == 4);
    auto row = [m](int r) {
        return std::make_tuple(m->item(r, 0)->text(), m->item(r, 0)->data(MonevDashboard::BandRole).toString(),
                               m->item(r, 4)->data(MonevDashboard::ValueRole).toInt());
    };
    CHECK(row(0) == std::make_tuple(QStringLiteral("Lewat"), QStringLiteral("expired"), -10));
    CHECK(row(1) == std::make_tuple(QStringLiteral("Tiga bulan"), QStringLiteral("90"), 90));
    CHECK(row(2) == std::make_tuple(QStringLiteral("Enam bulan"), QStringLiteral("180"), 91));
    CHECK(row(3) == std::make_tuple(QStringLiteral("Diperpanjang"), QStringLiteral("180"), 150));
    // Different bands, different backgrounds, on every cell of the row.
    const QColor red = m->item(1, 0)->background().color();
    CHECK(red != m->item(2, 0)->background().color());
    CHECK(m->item(1, 5)->background().color() == red);
    const QStandardItemModel *summary = page->dashboard()->monevModel();
    CHECK(cell(summary, QStringLiteral("expiring_90"), 1) == 1);
    CHECK(cell(summary, QStringLiteral("expiring_180"), 1) == 3);
    CHECK(cell(summary, QStringLiteral("expired_active"), 1) == 1);

    // A click selects the agreement everywhere.
    QTableView *view = page->expiryTable();
    emit view->clicked(view->model()->index(1, 0));
    CHECK(w.workbench->selection()->current() == RecordRef{RecordType::Agreement, soon});
    emit view->clicked(view->model()->index(0, 3));
    CHECK(w.workbench->selection()->current() == RecordRef{RecordType::Agreement, past});
    Q_UNUSED(later);

    // The warning when the project opened: non-modal, with a link to the Monev tab.
    ExpiryNotice *notice = actions->expiryNotice();
    CHECK_FALSE(notice->isHidden());
    CHECK(notice->text().contains(QStringLiteral("1 kerja sama berakhir dalam 3 bulan")));
    CHECK(notice->text().contains(QStringLiteral("1 sudah lewat tanggal berakhir")));
    CHECK(notice->text().contains(QStringLiteral("href")));
    emit notice->viewRequested();
    CHECK(w.workbench->currentPageKey() == QStringLiteral("monev"));

    // A project with nothing ending soon opens without a notice.
    Project calm = Project::create(QStringLiteral("63.03"), QStringLiteral("Tenang"), 2024);
    calm.agreements.append(p.agreements[3]);
    w.workbench->documents()->adopt(calm);
    CHECK(notice->isHidden());
}

TEST_CASE("Ekspor angka: every number to an Excel CSV", "[register][dashboard][export]")
{
    Window w;
    auto *actions = new RegisterActions(w.workbench);
    Project p = kotaBanjar2021();
    p.proposals = kabupatenBanjar2024().proposals;
    w.workbench->documents()->adopt(p);
    MonevPage *page = actions->monevPage();
    page->setToday(QDate(2021, 11, 15));
    page->refreshNow();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("angka.csv"));
    REQUIRE(page->exportNumbers(path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.constFirst() == QStringLiteral("bagian;baris;kolom;nilai"));
    CHECK(lines.contains(QStringLiteral("Dokumen menurut jenis dan mitra;Kesepakatan Bersama;Pihak ketiga;9")));
    CHECK(lines.contains(QStringLiteral("Dokumen menurut jenis dan mitra;Kesepakatan Bersama;Daerah lain;1")));
    CHECK(lines.contains(QStringLiteral("Dokumen menurut jenis dan mitra;Perjanjian Kerja Sama;Pihak ketiga;7")));
    CHECK(lines.contains(QStringLiteral("Dokumen menurut jenis dan mitra;Nota Kesepakatan;Sinergi;5")));
    CHECK(lines.contains(QStringLiteral("Dokumen menurut jenis dan mitra;Jumlah;Jumlah;24")));
    CHECK(lines.contains(QStringLiteral("Usulan kerja sama;Memenuhi kriteria KSD;Jumlah;125")));
    CHECK(lines.contains(QStringLiteral("Usulan kerja sama;Memenuhi kriteria KSD;Persen;80,1")));
    CHECK(lines.contains(QStringLiteral("Usulan kerja sama;Sinergi (dengan kementerian/lembaga);Persen;46,4")));
    CHECK(lines.contains(QStringLiteral("Tahapan;1. Persiapan;Sudah mencapai;24")));
    // As many number lines as number cells shown.
    int cells = 0;
    for (const QStandardItemModel *m : {page->dashboard()->documentsModel(), page->dashboard()->proposalsModel(),
                                        page->dashboard()->funnelModel(), page->dashboard()->monevModel()}) {
        for (int r = 0; r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c) {
                if (m->item(r, c) && m->item(r, c)->data(MonevDashboard::ValueRole).isValid())
                    ++cells;
            }
        }
    }
    CHECK(lines.size() == 1 + cells + 2 * page->dashboard()->expiryModel()->rowCount());

    // The pie chart shows the category split with the same percentages.
    auto *pie = qobject_cast<QPieSeries *>(page->proposalsChart()->series().constFirst());
    REQUIRE(pie);
    REQUIRE(pie->count() == 3);
    CHECK(pie->slices()[0]->label() == QStringLiteral("SINERGI 46,4%"));
    CHECK(pie->slices()[0]->value() == 58);
}

TEST_CASE("Monev tab: charts go below their tables on a narrow page, beside them on a wide one", "[register][dashboard]")
{
    Window w;
    auto *actions = new RegisterActions(w.workbench);
    w.workbench->addHandler(actions);
    MonevPage *page = actions->monevPage();
    w.workbench->documents()->adopt(kotaBanjar2021());
    w.workbench->showPage(QStringLiteral("monev"));
    page->setToday(QDate(2021, 11, 15));
    page->refreshNow();
    auto *scroll = page->findChild<QScrollArea *>();
    REQUIRE(scroll);
    QTableView *table = page->documentsTable();
    auto *chart = page->findChild<QChartView *>(QStringLiteral("documentsChart"));
    REQUIRE(chart);

    // The centre of a 1440 px main window between its two docks: no sideways scrolling, charts below.
    w.window.resize(760, 800);
    w.window.show();
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    CHECK(chart->mapTo(page, QPoint()).y() >= table->mapTo(page, QPoint()).y() + table->height());

    // A wide page: the chart sits beside its table.
    w.window.resize(1500, 800);
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    CHECK(chart->mapTo(page, QPoint()).x() >= table->mapTo(page, QPoint()).x() + table->width());
}
