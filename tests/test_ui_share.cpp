// SPDX-License-Identifier: Apache-2.0
// Sharing from the GUI (issue 8): the send dialog writes a copy for a PD with its urusan filter and never
// overwrites silently; edits in a copy are stamped with the PD; the merge dialog's session and buttons apply the
// chosen resolutions as one undo step that undoes exactly; refused files are named and the others merged.
#include "helpers.h"
#include "uihelpers.h"

#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "merge/merge.h"
#include "share/copybanner.h"
#include "share/mergedialog.h"
#include "share/mergelogdialog.h"
#include "share/mergesession.h"
#include "share/sendcopydialog.h"
#include "share/shareactions.h"
#include "store/ksdstore.h"
#include "workbench/documentmanager.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

const QString Dlh = QStringLiteral("Dinas Lingkungan Hidup");
const QString Pupr = QStringLiteral("Dinas PUPR");
const QString Dkp = QStringLiteral("Dinas Ketahanan Pangan");

const Entry *findEntry(const Project &p, const QUuid &id)
{
    for (const Entry &e : p.entries) {
        if (e.meta.id == id)
            return &e;
    }
    return nullptr;
}

QList<QUuid> ownEntries(const Project &p)
{
    QList<QUuid> ids;
    for (const Entry &e : p.entries) {
        if (!e.meta.deleted)
            ids.append(e.meta.id);
    }
    return ids;
}

/// The demo project sent to three PDs an hour ago; each PD edited its copy, and so did the coordinator:
///  - x: title changed here and by DLH (conflict in DLH's copy);
///  - w: magnitude changed here and by DKP (conflict in DKP's copy);
///  - y: deleted by PUPR; z: description changed by PUPR (no conflicts); DLH adds one entry.
struct Scenario
{
    QTemporaryDir dir;
    Project original; ///< the coordinator's project when merging starts
    QString dlh, pupr, dkp;
    QUuid x, w, y, z, added;

    Scenario()
    {
        Project demo = makeDemoProject(QDate(2025, 1, 15));
        const QList<QUuid> ids = ownEntries(demo);
        x = ids.at(0);
        w = ids.at(1);
        y = ids.at(2);
        z = ids.at(3);
        const QDateTime base = nowUtc().addSecs(-3600);
        dlh = writeCopy(demo, Dlh, base, [this](ProjectDocument &d) {
            d.changeEntryField(x, EntryField::Title, QStringLiteral("Judul dari DLH"));
            Entry e;
            e.regionCode = d.project().ownerRegion;
            e.urusanCode = QStringLiteral("2.11");
            e.title = QStringLiteral("Bank sampah bersama");
            e.sourcePd = Dlh;
            added = d.addEntry(e);
        });
        pupr = writeCopy(demo, Pupr, base, [this](ProjectDocument &d) {
            d.removeEntries({y});
            d.changeEntryField(z, EntryField::Description, QStringLiteral("Uraian dari PUPR"));
        });
        dkp = writeCopy(demo, Dkp, base, [this](ProjectDocument &d) {
            d.changeEntryField(w, EntryField::Magnitude, 222.0);
        });
        ProjectDocument mine(demo);
        mine.changeEntryField(x, EntryField::Title, QStringLiteral("Judul dari koordinator"));
        mine.changeEntryField(w, EntryField::Magnitude, 111.0);
        original = mine.project();
    }

    template<typename Edit>
    QString writeCopy(const Project &demo, const QString &pd, const QDateTime &base, Edit edit)
    {
        ProjectDocument copy(makeCopy(demo, pd, {}, base));
        edit(copy);
        const QString path = dir.filePath(pd + QStringLiteral(".ksd"));
        REQUIRE(copy.saveAs(path).ok());
        return path;
    }

    QString foreignCopy()
    {
        Project other = Project::create(QStringLiteral("63.03"), QStringLiteral("Proyek lain"), 2024);
        const QString path = dir.filePath(QStringLiteral("lain.ksd"));
        REQUIRE(KsdStore::save(makeCopy(other, Dlh, {}, nowUtc()), path).ok());
        return path;
    }

    QString notACopy()
    {
        const QString path = dir.filePath(QStringLiteral("induk.ksd"));
        REQUIRE(KsdStore::save(original, path).ok());
        return path;
    }
};

QString conflictKey(const MergeOutcome &o, int source)
{
    REQUIRE(o.plans.size() > source);
    REQUIRE(o.plans[source].conflicts.size() == 1);
    return o.plans[source].conflicts.constFirst().key();
}

/// The window frame as MainWindow builds it, with the sharing handler registered.
struct Window : test::WorkbenchWindow
{
    ShareActions *share = nullptr;

    Window()
    {
        workbench->setStartPage(new QWidget);
        share = new ShareActions(workbench);
        workbench->addHandler(share);
    }
};

} // namespace

TEST_CASE("Send: the dialog writes a copy with copy info and the urusan filter", "[share][send]")
{
    QTemporaryDir dir;
    const Project demo = makeDemoProject(QDate(2025, 1, 15));
    const QString projectPath = dir.filePath(QStringLiteral("banjar.ksd"));
    SendCopyDialog dialog(demo, projectPath);

    SECTION("the form says what is missing")
    {
        CHECK(dialog.validationMessage().contains(QStringLiteral("perangkat daerah")));
        CHECK_FALSE(dialog.writeCopy().ok());
        dialog.setPd(Dlh);
        dialog.setUrusan({});
        CHECK(dialog.urusan().isEmpty());
    }

    SECTION("default file name beside the project, PD filter and copy info")
    {
        dialog.setPd(Dlh);
        const QString expected = dir.filePath(demo.title + QStringLiteral(" - ") + Dlh + QStringLiteral(".ksd"));
        CHECK(dialog.outputPath() == expected);
        dialog.setUrusan({QStringLiteral("2.11")});
        CHECK(dialog.urusan() == QStringList{QStringLiteral("2.11")});
        REQUIRE(dialog.writeCopy().ok());

        auto loaded = KsdStore::load(expected);
        REQUIRE(loaded.ok());
        const Project &copy = loaded->project;
        REQUIRE(copy.copyInfo.has_value());
        CHECK(copy.copyInfo->forPd == Dlh);
        CHECK(copy.copyInfo->baseProjectId == demo.projectId);
        CHECK(copy.copyInfo->baseTitle == demo.title);
        CHECK(copy.copyInfo->urusan == QStringList{QStringLiteral("2.11")});
        CHECK(copy.projectId == demo.projectId);
        int expectedEntries = 0;
        for (const Entry &e : demo.entries)
            expectedEntries += e.urusanCode == QLatin1String("2.11") ? 1 : 0;
        CHECK(expectedEntries > 0);
        CHECK(copy.entries.size() == expectedEntries);
        for (const Entry &e : copy.entries)
            CHECK(e.urusanCode == QLatin1String("2.11"));
        CHECK(copyBanner(copy).startsWith(QStringLiteral("Salinan untuk Dinas Lingkungan Hidup, dibuat dari proyek")));

        // The PD is offered next time.
        CHECK(SendCopyDialog::knownPds(demo).constFirst() == Dlh);

        // Never overwrites without being told to.
        const QByteArray before = [&] {
            QFile f(expected);
            REQUIRE(f.open(QIODevice::ReadOnly));
            return f.readAll();
        }();
        dialog.setUrusan({});
        const Status again = dialog.writeCopy();
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(QStringLiteral("sudah ada")));
        QFile f(expected);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == before);
        f.close();
        REQUIRE(dialog.writeCopy(true).ok());
        auto replaced = KsdStore::load(expected);
        REQUIRE(replaced.ok());
        CHECK(replaced->project.copyInfo->urusan.isEmpty());
        CHECK(replaced->project.entries.size() == demo.entries.size());
    }

    SECTION("a file name never holds a path separator")
    {
        CHECK(SendCopyDialog::defaultFileName(QStringLiteral("Proyek 2024"), QStringLiteral("Dinas A/B: Pangan"))
              == QStringLiteral("Proyek 2024 - Dinas A-B- Pangan.ksd"));
    }

    SECTION("a copy cannot be sent on")
    {
        SendCopyDialog fromCopy(makeCopy(demo, Dlh, {}, nowUtc()), {});
        fromCopy.setPd(Pupr);
        fromCopy.setOutputPath(dir.filePath(QStringLiteral("x.ksd")));
        const Status s = fromCopy.writeCopy();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == int(MergeError::CopyOfCopy));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.ksd"))));
    }
    QSettings().remove(QStringLiteral("share/recentPd"));
}

TEST_CASE("Copy: edits are stamped with the PD after the base time, and the banner shows", "[share][banner]")
{
    const Project demo = makeDemoProject(QDate(2025, 1, 15));
    // The coordinator's clock runs ahead of the PD's: the copy's base lies in the PD's future.
    const QDateTime base = nowUtc().addSecs(3600);
    const Project copy = makeCopy(demo, Dlh, {}, base);

    Window w;
    w.workbench->documents()->adopt(copy);
    ProjectDocument *doc = w.workbench->document();
    REQUIRE(doc);
    const QUuid id = ownEntries(copy).constFirst();
    REQUIRE(doc->changeEntryField(id, EntryField::Title, QStringLiteral("Diubah oleh DLH")));
    const Entry *e = doc->entry(id);
    CHECK(e->meta.modifiedBy == Dlh);
    CHECK(e->meta.modified > base);
    REQUIRE(doc->removeEntries({ownEntries(copy).at(1)}));
    const Entry *gone = doc->entry(ownEntries(copy).at(1));
    CHECK(gone->meta.deleted);
    CHECK(gone->meta.modifiedBy == Dlh);
    CHECK(gone->meta.modified > base);

    CHECK_FALSE(w.share->banner()->isHidden());
    CHECK(w.share->banner()->text() == copyBanner(copy));
    CHECK(w.share->banner()->text().contains(demo.title));

    // An original project has no banner.
    w.workbench->documents()->adopt(demo);
    CHECK(w.share->banner()->isHidden());

    // The actions are in the menus.
    QStringList file;
    for (QAction *a : w.workbench->menu(MenuId::File)->actions())
        file << a->text();
    CHECK(file.contains(QStringLiteral("&Kirim ke perangkat daerah…")));
    CHECK(file.contains(QStringLiteral("&Gabungkan salinan…")));
    QStringList project;
    for (QAction *a : w.workbench->menu(MenuId::Project)->actions())
        project << a->text();
    CHECK(project.contains(QStringLiteral("&Log penggabungan…")));
}

TEST_CASE("Merge: foreign, non-copy and newer files are refused by name, the others go on", "[share][merge]")
{
    Scenario s;
    MergeSession session(s.original);
    const QString future = test::dataPath(QStringLiteral("ksd/future/v99.ksd"));
    const int taken = session.addFiles({s.dlh, s.foreignCopy(), s.notACopy(), future, s.pupr, s.dlh});
    CHECK(taken == 2);
    REQUIRE(session.sources().size() == 2);
    CHECK(session.outcome().plans.size() == 2);
    CHECK(session.outcome().plans[0].sourcePd == Dlh);
    CHECK(session.outcome().plans[1].sourcePd == Pupr);

    REQUIRE(session.notes().size() == 4);
    CHECK(session.hasRefusals());
    CHECK(session.notes()[0].file.endsWith(QStringLiteral("lain.ksd")));
    CHECK(session.notes()[0].message.contains(QStringLiteral("dibuat dari proyek lain")));
    CHECK(session.notes()[1].file.endsWith(QStringLiteral("induk.ksd")));
    CHECK(session.notes()[1].message.contains(QStringLiteral("bukan salinan")));
    CHECK(session.notes()[2].file == future);
    CHECK_FALSE(session.notes()[2].message.isEmpty());
    CHECK(session.notes()[3].message.contains(QStringLiteral("sudah dipilih")));

    // The dialog names the refused files.
    ProjectDocument doc(s.original);
    MergeDialog dialog(&doc, &session);
    auto *notes = dialog.findChild<QLabel *>(QStringLiteral("fileNotes"));
    REQUIRE(notes);
    CHECK_FALSE(notes->isHidden());
    CHECK(notes->text().contains(QStringLiteral("lain.ksd")));
    CHECK(notes->text().contains(QStringLiteral("v99.ksd")));
}

TEST_CASE("Merge: Gabungkan stays disabled until every conflict is decided; per-conflict choices apply",
          "[share][merge]")
{
    Scenario s;
    ProjectDocument doc(s.original);
    MergeSession session(doc.project());
    REQUIRE(session.addFiles({s.dlh, s.pupr, s.dkp}) == 3);
    MergeDialog dialog(&doc, &session);
    auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    REQUIRE(merge);

    const MergeOutcome &o = session.outcome();
    REQUIRE(o.plans.size() == 3);
    CHECK(o.plans[0].counts() == MergeCounts{1, 0, 0, 1});
    CHECK(o.plans[1].counts() == MergeCounts{0, 1, 1, 0});
    CHECK(o.plans[2].counts() == MergeCounts{0, 0, 0, 1});
    CHECK(session.unresolvedCount() == 2);
    CHECK_FALSE(merge->isEnabled());
    CHECK_FALSE(session.applyTo(&doc).ok());
    CHECK(doc.project() == s.original);

    // The conflict view: fields side by side, who changed each side.
    const QString keyX = conflictKey(o, 0);
    const QString keyW = conflictKey(o, 2);
    REQUIRE(dialog.selectRecord(0, keyX));
    auto *fields = dialog.findChild<QTableWidget *>(QStringLiteral("conflictFields"));
    REQUIRE(fields);
    CHECK(fields->horizontalHeaderItem(1)->text() == QStringLiteral("Versi saya"));
    CHECK(fields->horizontalHeaderItem(2)->text() == QStringLiteral("Versi PD (Dinas Lingkungan Hidup)"));
    CHECK(fields->item(0, 0)->text() == QStringLiteral("Diubah oleh"));
    CHECK(fields->item(0, 1)->text() == ProjectDocument::fallbackEditorName());
    CHECK(fields->item(0, 2)->text() == Dlh);
    bool titleRow = false;
    for (int r = 2; r < fields->rowCount(); ++r) {
        if (fields->item(r, 0)->text() == QLatin1String("Judul")) {
            titleRow = true;
            CHECK(fields->item(r, 1)->text() == QStringLiteral("Judul dari koordinator"));
            CHECK(fields->item(r, 2)->text() == QStringLiteral("Judul dari DLH"));
        }
    }
    CHECK(titleRow);

    // Decide one: still disabled. Decide the other with the radio buttons: enabled.
    dialog.findChild<QRadioButton *>(QStringLiteral("chooseTheirs"))->click();
    CHECK(session.resolution(0, o.plans[0].conflicts.constFirst()) == Resolution::Theirs);
    CHECK(session.unresolvedCount() == 1);
    CHECK_FALSE(merge->isEnabled());
    REQUIRE(dialog.selectRecord(2, keyW));
    dialog.findChild<QRadioButton *>(QStringLiteral("chooseMine"))->click();
    CHECK(session.unresolvedCount() == 0);
    CHECK(merge->isEnabled());

    // Gabungkan: one undo step with the chosen versions.
    const int steps = doc.undoStack()->count();
    merge->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(doc.undoStack()->count() == steps + 1);
    const Project merged = doc.project();
    CHECK(findEntry(merged, s.x)->title == QStringLiteral("Judul dari DLH"));
    CHECK(findEntry(merged, s.w)->magnitude == 111.0);
    CHECK(findEntry(merged, s.y)->meta.deleted);
    CHECK(findEntry(merged, s.z)->description == QStringLiteral("Uraian dari PUPR"));
    REQUIRE(findEntry(merged, s.added));
    CHECK(findEntry(merged, s.added)->title == QStringLiteral("Bank sampah bersama"));
    QStringList actions;
    for (const MergeLogEntry &e : merged.mergeLog)
        actions << e.action;
    CHECK(actions.contains(QStringLiteral("conflict_theirs")));
    CHECK(actions.contains(QStringLiteral("conflict_mine")));
    CHECK(actions.contains(QStringLiteral("added")));
    CHECK(actions.contains(QStringLiteral("deleted")));
    CHECK(doc.undoStack()->undoText().contains(Dlh));

    // Undo restores the project exactly; redo brings the merge back.
    doc.undoStack()->undo();
    CHECK(doc.project() == s.original);
    doc.undoStack()->redo();
    CHECK(doc.project() == merged);

    // Merging the same copies again changes nothing.
    MergeSession again(doc.project());
    REQUIRE(again.addFiles({s.dlh, s.pupr, s.dkp}) == 3);
    CHECK(again.conflictCount() == 0);
    CHECK_FALSE(again.outcome().changed);
    CHECK_FALSE(again.canApply());
}

TEST_CASE("Merge: bulk choices decide every conflict", "[share][merge]")
{
    Scenario s;
    ProjectDocument doc(s.original);
    MergeSession session(doc.project());
    REQUIRE(session.addFiles({s.dlh, s.pupr, s.dkp}) == 3);
    MergeDialog dialog(&doc, &session);
    auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    CHECK_FALSE(merge->isEnabled());

    SECTION("pakai versi PD untuk semua")
    {
        dialog.findChild<QPushButton *>(QStringLiteral("allTheirs"))->click();
        CHECK(session.unresolvedCount() == 0);
        REQUIRE(merge->isEnabled());
        merge->click();
        CHECK(findEntry(doc.project(), s.x)->title == QStringLiteral("Judul dari DLH"));
        CHECK(findEntry(doc.project(), s.w)->magnitude == 222.0);
    }
    SECTION("pakai versi saya untuk semua, then one conflict the other way")
    {
        dialog.findChild<QPushButton *>(QStringLiteral("allMine"))->click();
        REQUIRE(merge->isEnabled());
        REQUIRE(dialog.selectRecord(2, conflictKey(session.outcome(), 2)));
        dialog.chooseForSelected(Resolution::Theirs);
        REQUIRE(merge->isEnabled());
        merge->click();
        CHECK(findEntry(doc.project(), s.x)->title == QStringLiteral("Judul dari koordinator"));
        CHECK(findEntry(doc.project(), s.w)->magnitude == 222.0);
    }
    CHECK(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    CHECK(doc.project() == s.original);
}

TEST_CASE("Merge log: listed newest first and exported to CSV", "[share][log]")
{
    Scenario s;
    ProjectDocument doc(s.original);
    MergeSession session(doc.project());
    REQUIRE(session.addFiles({s.dlh, s.pupr}) == 2);
    session.resolveAll(Resolution::Theirs);
    REQUIRE(session.applyTo(&doc).ok());
    const QList<MergeLogEntry> &log = doc.project().mergeLog;
    REQUIRE(log.size() >= 4);

    MergeLogDialog dialog(log, {});
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == log.size());
    QStringList pds;
    for (int r = 0; r < table->rowCount(); ++r)
        pds << table->item(r, 1)->text();
    CHECK(pds.contains(Dlh));
    CHECK(pds.contains(Pupr));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    REQUIRE(dialog.exportTo(path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv == mergeLogCsv(log));
    CHECK(csv.count("\r\n") == log.size() + 1);
}
