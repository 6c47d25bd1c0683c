// SPDX-License-Identifier: Apache-2.0
// The demo project sent to three perangkat daerah, edited by each and by the coordinator, merged through the
// window's dialog: the conflict view shows every conflict side by side, no button or header text is clipped, and
// the copy banner shows in the window. With KSD_SCREENSHOT_DIR set the dialog and the window are saved as PNG
// (docs/screenshots); with KSD_SHARE_DEMO_DIR the demo and the copies are read from there (made with
// `petaksd demo` and `petaksd send`), otherwise they are made here the same way.
#include "helpers.h"

#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "merge/merge.h"
#include "mainwindow.h"
#include "share/copybanner.h"
#include "share/mergedialog.h"
#include "share/mergesession.h"
#include "share/shareactions.h"
#include "store/ksdstore.h"
#include "util/i18n.h"
#include "workbench/documentmanager.h"
#include "workbench/workbench.h"

#include <QAbstractButton>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>

using namespace ksd;

namespace {

const QString Dlh = QStringLiteral("Dinas Lingkungan Hidup");
const QString Pupr = QStringLiteral("Dinas PUPR");
const QString Dkp = QStringLiteral("Dinas Ketahanan Pangan");

QUuid entryId(const Project &p, const QString &title)
{
    for (const Entry &e : p.entries) {
        if (e.title == title)
            return e.meta.id;
    }
    FAIL("no entry " << title.toStdString());
    return {};
}

const QString SampahBanjar = QStringLiteral("Kuota pembuangan sampah Kabupaten Banjar ke TPA Regional Banjarbakula");
const QString LahanTpa = QStringLiteral("Lahan cadangan perluasan TPA Regional Banjarbakula");
const QString AirBaku = QStringLiteral("Air baku Sungai Riam Kanan untuk SPAM Regional Banjarbakula");
const QString JalanTanbu = QStringLiteral("Jalan poros Paramasan–Mentewe (Banjar–Tanah Bumbu)");
const QString Banjir = QStringLiteral("Pengendalian banjir Sungai Martapura dan anak sungainya");
const QString Beras =
    QStringLiteral("Surplus beras lokal (varietas Siam) Kecamatan Gambut, Sungai Tabuk dan Aluh-Aluh");
const QString Tikus =
    QStringLiteral("Pengendalian hama tikus dan penyakit tungro di hamparan sawah perbatasan Banjar–Barito Kuala");
const QString BankSampah = QStringLiteral("Bank sampah induk bersama Banjarbakula");

/// What each PD does in its copy (as they would in the window: through ProjectDocument commands).
void editCopy(ProjectDocument &d)
{
    const Project &p = d.project();
    const QString pd = p.copyInfo->forPd;
    if (pd == Dlh) {
        const QUuid id = entryId(p, SampahBanjar);
        d.changeEntryField(id, EntryField::Magnitude, 300.0);
        d.changeEntryField(id, EntryField::Description,
                           QStringLiteral("Timbulan sampah terlayani naik menjadi sekitar 300 ton/hari setelah layanan "
                                          "diperluas ke Kecamatan Aluh-Aluh dan Beruntung Baru."));
        d.changeEntryField(entryId(p, LahanTpa), EntryField::Priority, 4);
        bool has = false;
        for (const Entry &e : p.entries)
            has = has || e.title == BankSampah;
        if (!has) {
            Entry e;
            e.kind = EntryKind::Potensi;
            e.regionCode = p.ownerRegion;
            e.urusanCode = QStringLiteral("2.11");
            e.title = BankSampah;
            e.sourcePd = Dlh;
            e.priority = 3;
            e.year = p.year;
            d.addEntry(e);
        }
    } else if (pd == Pupr) {
        d.changeEntryField(entryId(p, AirBaku), EntryField::Magnitude, 750.0);
        d.changeEntryField(entryId(p, Banjir), EntryField::Magnitude, 23.0);
        d.removeEntries({entryId(p, JalanTanbu)});
    } else if (pd == Dkp) {
        const QUuid id = entryId(p, Beras);
        d.changeEntryField(id, EntryField::Priority, 3);
        d.changeEntryField(id, EntryField::Magnitude, 52000.0);
        d.changeEntryField(entryId(p, Tikus), EntryField::Unit, QStringLiteral("hektare"));
    }
}

/// What the coordinator changed meanwhile.
void editMine(ProjectDocument &d)
{
    const Project &p = d.project();
    d.changeEntryField(entryId(p, SampahBanjar), EntryField::Magnitude, 280.0);
    d.changeEntryField(entryId(p, SampahBanjar), EntryField::Priority, 4);
    d.changeEntryField(entryId(p, Beras), EntryField::Priority, 4);
    d.removeEntries({entryId(p, Banjir)});
}

struct Files
{
    QTemporaryDir temp;
    QString dir;
    QString demo, dlh, pupr, dkp;

    Files()
    {
        dir = qEnvironmentVariable("KSD_SHARE_DEMO_DIR");
        const bool given = !dir.isEmpty();
        if (!given)
            dir = temp.path();
        demo = QDir(dir).filePath(QStringLiteral("demo.ksd"));
        dlh = QDir(dir).filePath(QStringLiteral("dlh.ksd"));
        pupr = QDir(dir).filePath(QStringLiteral("pupr.ksd"));
        dkp = QDir(dir).filePath(QStringLiteral("dkp.ksd"));
        if (!given) {
            // What `petaksd demo` and `petaksd send` write.
            const Project p = makeDemoProject();
            REQUIRE(KsdStore::save(p, demo).ok());
            const QDateTime base = nowUtc().addSecs(-7200);
            REQUIRE(KsdStore::save(makeCopy(p, Dlh, {}, base), dlh).ok());
            REQUIRE(KsdStore::save(makeCopy(p, Pupr, {}, base), pupr).ok());
            REQUIRE(KsdStore::save(makeCopy(p, Dkp, {QStringLiteral("2.09"), QStringLiteral("3.27")}, base), dkp)
                        .ok());
        }
        for (const QString &path : {dlh, pupr, dkp}) {
            auto loaded = KsdStore::load(path);
            REQUIRE(loaded.ok());
            ProjectDocument copy(loaded->project, path);
            editCopy(copy);
            if (copy.isModified())
                REQUIRE(copy.save().ok());
        }
    }
};

/// The real main window, with its pages, docks and the sharing handler MainWindow registers.
struct Window
{
    std::unique_ptr<MainWindow> main;
    Workbench *workbench = nullptr;
    ShareActions *share = nullptr;

    Window()
    {
        QSettings().clear();
        main = std::make_unique<MainWindow>();
        main->resize(1400, 820);
        workbench = main->workbench();
        share = workbench->handler<ShareActions>();
        REQUIRE(share);
    }
};

void save(QWidget *w, const QString &name)
{
    const QPixmap shot = w->grab();
    REQUIRE_FALSE(shot.isNull());
    const QString dir = qEnvironmentVariable("KSD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        REQUIRE(shot.save(QDir(dir).filePath(name)));
}

/// Every button shows its whole text.
void checkButtonsFit(QWidget *root)
{
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || b->text().isEmpty())
            continue;
        INFO(b->text().toStdString());
        CHECK(b->width() >= b->sizeHint().width());
    }
}

} // namespace

TEST_CASE("Three PD copies of the demo merged from the window: conflict view and banner", "[share][screens]")
{
    installTranslations(QStringLiteral("id"));
    Files files;
    Window w;
    w.main->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.main.get()));

    // --- the coordinator opens the project, changes it, and merges the three copies ---------------------------
    REQUIRE(w.workbench->documents()->open(files.demo, OpenAccess::Edit).ok());
    ProjectDocument *doc = w.workbench->document();
    REQUIRE(doc);
    editMine(*doc);
    const Project before = doc->project();
    CHECK(w.share->banner()->isHidden());

    MergeSession session(doc->project());
    REQUIRE(session.addFiles({files.dlh, files.pupr, files.dkp}) == 3);
    const MergeOutcome &o = session.outcome();
    REQUIRE(o.plans.size() == 3);
    CHECK(o.plans[0].counts() == MergeCounts{1, 1, 0, 1});
    CHECK(o.plans[1].counts() == MergeCounts{0, 1, 1, 1});
    CHECK(o.plans[2].counts() == MergeCounts{0, 1, 0, 1});
    CHECK(o.plans[1].conflicts.constFirst().kind == ConflictKind::DeletedInMine);

    MergeDialog dialog(doc, &session, w.main.get());
    dialog.resize(1320, 800);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // (Keys, not references: every choice recomputes the preview.)
    const QString sampah = o.plans[0].conflicts.constFirst().key();
    const QString banjir = o.plans[1].conflicts.constFirst().key();
    const QString beras = o.plans[2].conflicts.constFirst().key();
    REQUIRE(dialog.selectRecord(0, sampah));
    auto *fields = dialog.findChild<QTableWidget *>(QStringLiteral("conflictFields"));
    REQUIRE(fields);
    QStringList labels;
    for (int r = 0; r < fields->rowCount(); ++r)
        labels << fields->item(r, 0)->text();
    CHECK(labels.contains(QStringLiteral("Besaran")));
    CHECK(labels.contains(QStringLiteral("Uraian")));
    CHECK(labels.contains(QStringLiteral("Prioritas")));
    CHECK(fields->item(0, 2)->text() == Dlh);
    // Decide the two other conflicts so the status and the tree show both states.
    session.setResolution(1, banjir, Resolution::Mine);
    session.setResolution(2, beras, Resolution::Theirs);
    REQUIRE(dialog.selectRecord(0, sampah));
    QTest::qWait(50);
    checkButtonsFit(&dialog);
    for (int c = 0; c < fields->columnCount(); ++c)
        CHECK(fields->columnWidth(c) > 0);
    save(&dialog, QStringLiteral("gabung-konflik.png"));

    // Then the planner takes the PD's version and merges: one undo step.
    dialog.chooseForSelected(Resolution::Theirs);
    const int steps = doc->undoStack()->count();
    REQUIRE(session.canApply());
    REQUIRE(session.applyTo(doc).ok());
    CHECK(doc->undoStack()->count() == steps + 1);
    doc->undoStack()->undo();
    CHECK(doc->project() == before);
    dialog.close();

    // --- a PD opens its copy: the banner ------------------------------------------------------------------------
    REQUIRE(w.workbench->documents()->open(files.dlh, OpenAccess::Edit).ok());
    REQUIRE_FALSE(w.share->banner()->isHidden());
    CHECK(w.share->banner()->text().startsWith(
        QStringLiteral("Salinan untuk Dinas Lingkungan Hidup, dibuat dari proyek")));
    QTest::qWait(50);
    save(w.main.get(), QStringLiteral("salinan-banner.png"));
}
