// SPDX-License-Identifier: Apache-2.0
// Item models under QAbstractItemModelTester while the document is edited, undone and replaced; setData goes
// through the undo stack.
#include "helpers.h"

#include "document/projectdocument.h"
#include "models/agreementsmodel.h"
#include "models/entriesmodel.h"
#include "models/entryfiltermodel.h"
#include "models/itemroles.h"
#include "models/propertiesmodel.h"
#include "models/proposalsmodel.h"
#include "models/regionlistmodel.h"
#include "models/scopetreemodel.h"
#include "register/agreementphase.h"
#include "widgets/fielddelegate.h"
#include "widgets/pickers.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

Project modelProject()
{
    Project p = test::sampleProject();
    p.copyInfo.reset();
    p.scope = {QStringLiteral("63"), QStringLiteral("63.03"), QStringLiteral("63.71"), QStringLiteral("64.01")};
    for (int i = 0; i < 10; ++i) {
        Entry e;
        e.meta = RecordMeta::fresh(QStringLiteral("DLH"));
        e.kind = i % 3 ? EntryKind::Kebutuhan : EntryKind::Potensi;
        e.regionCode = i % 2 ? QStringLiteral("63.71") : QStringLiteral("63.03");
        e.urusanCode = i % 4 ? QStringLiteral("2.11") : QStringLiteral("1.03");
        e.title = QStringLiteral("Isian %1").arg(i);
        e.sourcePd = i % 2 ? QStringLiteral("DLH") : QStringLiteral("Dinas PUPR");
        e.priority = 1 + i % 5;
        e.magnitude = i * 1.5;
        p.entries.append(e);
    }
    return p;
}

/// Edits of every kind, then undo and redo of all of them, while testers watch.
void exercise(ProjectDocument &doc)
{
    const QList<QUuid> entries = doc.liveIds<Entry>();
    doc.removeEntries({entries[1], entries[3], entries[4], entries[9]});
    doc.removeEntries({entries[0]});
    Entry e;
    e.regionCode = QStringLiteral("64.01");
    e.urusanCode = QStringLiteral("2.15");
    doc.addEntry(e);
    doc.changeEntryField(entries[2], EntryField::Region, QStringLiteral("63.71"));
    doc.changeEntryField(entries[2], EntryField::ExtLocation, int(Evidence::Yes));
    doc.importEntries(QList<Entry>(5, e), QStringLiteral("x.csv"));
    Proposal p;
    p.title = QStringLiteral("Usulan baru");
    p.urusanCode = QStringLiteral("2.11");
    const QUuid pid = doc.addProposal(p);
    doc.changeProposalField(pid, ProposalField::PartnerType, int(PartnerType::PihakKetiga));
    doc.removeProposals({doc.liveIds<Proposal>().constFirst()});
    Agreement a;
    a.title = QStringLiteral("PKS");
    a.endDate = QDate::currentDate().addDays(30);
    doc.addAgreement(a);
    doc.removeAgreements({doc.liveIds<Agreement>().constFirst()});
    doc.addRegionsToScope({QStringLiteral("64"), QStringLiteral("63.72"), QStringLiteral("11.01")});
    doc.removeRegionsFromScope({QStringLiteral("63.71"), QStringLiteral("63")});
    Project replaced = doc.project();
    replaced.entries.removeLast();
    doc.replaceProject(replaced, QStringLiteral("Ganti"));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
}

} // namespace

TEST_CASE("record table models pass QAbstractItemModelTester through edits and undo", "[models]")
{
    const Project original = modelProject();
    ProjectDocument doc(original);
    EntriesModel entries;
    EntryFilterModel filter;
    ProposalsModel proposals;
    AgreementsModel agreements;
    ScopeTreeModel scope;
    PropertiesModel properties;
    QAbstractItemModelTester t1(&entries, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&proposals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&agreements, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t5(&scope, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t6(&properties, QAbstractItemModelTester::FailureReportingMode::Fatal);

    entries.setDocument(&doc);
    filter.setEntriesModel(&entries);
    filter.sort(int(EntryField::Priority));
    filter.setUrusan(QStringLiteral("2.11"));
    proposals.setDocument(&doc);
    agreements.setDocument(&doc);
    scope.setDocument(&doc);
    properties.setDocument(&doc);
    properties.setRecord(RecordType::Entry, doc.liveIds<Entry>().at(2));

    CHECK(entries.rowCount() == 10);
    CHECK(entries.columnCount() == EntryTableColumns);
    exercise(doc);
    CHECK(doc.project() == original);
    CHECK(entries.ids() == doc.liveIds<Entry>());
    CHECK(proposals.ids() == doc.liveIds<Proposal>());
    CHECK(agreements.ids() == doc.liveIds<Agreement>());

    entries.setDocument(nullptr);
    CHECK(entries.rowCount() == 0);
}

TEST_CASE("rows follow removals and undo in place", "[models]")
{
    ProjectDocument doc(modelProject());
    EntriesModel model;
    model.setDocument(&doc);
    const QList<QUuid> ids = model.ids();
    doc.removeEntries({ids[2], ids[5], ids[6]});
    CHECK(model.rowCount() == 7);
    CHECK(model.rowOf(ids[2]) == -1);
    CHECK(model.rowOf(ids[7]) == 4);
    doc.undoStack()->undo();
    CHECK(model.ids() == ids);
}

TEST_CASE("setData pushes an undo command and refuses bad values", "[models]")
{
    ProjectDocument doc(modelProject());
    EntriesModel model;
    model.setDocument(&doc);
    const QModelIndex priority = model.index(0, int(EntryField::Priority));
    REQUIRE(model.setData(priority, 5));
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.entry(model.idAt(0))->priority == 5);
    CHECK(priority.data().toString() == QStringLiteral("5"));
    CHECK_FALSE(model.setData(priority, 8));
    CHECK(doc.undoStack()->count() == 1);

    const QModelIndex region = model.index(0, int(EntryField::Region));
    CHECK(region.data().toString() == QStringLiteral("Kabupaten Banjar"));
    CHECK(region.data(Qt::EditRole).toString() == QStringLiteral("63.03"));
    CHECK(region.data(RegionChoicesRole).toStringList() == doc.project().scope);
    CHECK(EditorKind(region.data(EditorRole).toInt()) == EditorKind::Region);
    CHECK(model.index(0, int(EntryField::Urusan)).data().toString() == QStringLiteral("1.03 Pekerjaan Umum dan Penataan Ruang"));
    CHECK(model.index(0, int(EntryField::Externality)).data().toString() == QStringLiteral("Belum diketahui"));

    REQUIRE(model.setData(model.index(0, int(EntryField::Externality)), int(Evidence::No)));
    CHECK(doc.entry(model.idAt(0))->externality() == Evidence::No);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(doc.entry(model.idAt(0))->priority == 1);
}

TEST_CASE("the entry filter combines region, urusan, kind, PD, priority and text", "[models]")
{
    ProjectDocument doc(modelProject());
    EntriesModel model;
    model.setDocument(&doc);
    EntryFilterModel filter;
    filter.setEntriesModel(&model);
    CHECK(filter.rowCount() == 10);
    filter.setRegions({QStringLiteral("63.71")});
    CHECK(filter.rowCount() == 5);
    filter.setSourcePd(QStringLiteral("dlh"));
    CHECK(filter.rowCount() == 5);
    filter.setMinimumPriority(3);
    CHECK(filter.rowCount() == 3); // priorities 2,4,1,3,5 for rows 1,3,5,7,9
    filter.setKind(int(EntryKind::Potensi));
    CHECK(filter.rowCount() == 2); // rows 3 and 9
    filter.clearFilters();
    filter.setText(QStringLiteral("isian 7"));
    CHECK(filter.rowCount() == 1);
    filter.setText(QStringLiteral("Lingkungan Hidup")); // urusan names are searched too
    CHECK(filter.rowCount() == 7);
    CHECK(filter.isFiltering());

    // the filter follows edits
    filter.clearFilters();
    filter.setUrusan(QStringLiteral("1.03"));
    const int before = filter.rowCount();
    doc.changeEntryField(model.idAt(1), EntryField::Urusan, QStringLiteral("1.03"));
    CHECK(filter.rowCount() == before + 1);
}

TEST_CASE("scope tree groups kab/kota under their province", "[models]")
{
    ProjectDocument doc(modelProject());
    ScopeTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&doc);
    REQUIRE(model.rowCount() == 2); // 63 and 64
    const QModelIndex kalsel = model.index(0, 0);
    CHECK(ScopeTreeModel::codeAt(kalsel) == QStringLiteral("63"));
    CHECK(kalsel.data(InScopeRole).toBool());
    CHECK(model.rowCount(kalsel) == 2);
    const QModelIndex kaltim = model.index(1, 0);
    CHECK_FALSE(kaltim.data(InScopeRole).toBool()); // only 64.01 is in scope
    CHECK(model.index(0, ScopeTreeModel::EntriesColumn, kalsel).data().toInt() == 5);
    CHECK(model.index(0, ScopeTreeModel::EntriesColumn).data().toInt() == 10);
    CHECK(model.indexOf(QStringLiteral("63.71")).parent() == kalsel);

    doc.removeEntries({doc.liveIds<Entry>().constFirst()});
    CHECK(model.index(0, ScopeTreeModel::EntriesColumn).data().toInt() == 9);
}

TEST_CASE("region list finds regions by name, code and province", "[models]")
{
    RegionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 552);
    const int row = model.rowOf(QStringLiteral("63.03"));
    REQUIRE(row >= 0);
    const QModelIndex idx = model.index(row);
    CHECK(idx.data().toString() == QStringLiteral("Kabupaten Banjar (63.03)"));
    CHECK(idx.data(SearchTextRole).toString().contains(QStringLiteral("kalimantan selatan")));
    CHECK(idx.data(SearchTextRole).toString().contains(QStringLiteral("6303")));
    model.setExcluded({QStringLiteral("63.03")});
    CHECK(model.rowCount() == 551);
    model.setCodes({QStringLiteral("63.71"), QStringLiteral("63.03")});
    CHECK(model.rowCount() == 1);
}

TEST_CASE("proposal screening columns follow edits", "[models]")
{
    ProjectDocument doc(modelProject());
    ProposalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&doc);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex eligible = model.index(0, ProposalsModel::EligibleColumn);
    CHECK(eligible.data().toString() == QStringLiteral("Tidak layak")); // swakelola is not KSD
    REQUIRE(model.setData(model.index(0, int(ProposalField::Activity)), int(ActivityKind::KerjaSama)));
    CHECK(eligible.data().toString() == QStringLiteral("Layak"));
    CHECK(model.index(0, ProposalsModel::CategoryColumn).data().toString().startsWith(QStringLiteral("SINERGI")));
    // booleans are check boxes
    const QModelIndex apbd = model.index(0, int(ProposalField::InApbd));
    CHECK(apbd.flags().testFlag(Qt::ItemIsUserCheckable));
    REQUIRE(model.setData(apbd, Qt::Unchecked, Qt::CheckStateRole));
    CHECK_FALSE(doc.proposal(model.idAt(0))->inApbd);
}

TEST_CASE("the properties model edits the selected record", "[models]")
{
    ProjectDocument doc(modelProject());
    PropertiesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&doc);
    const QUuid id = doc.liveIds<Entry>().at(3);
    model.setRecord(RecordType::Entry, id);
    REQUIRE(model.rowCount() == int(EntryField::Count));
    int titleRow = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data().toString() == QStringLiteral("Judul"))
            titleRow = r;
    }
    REQUIRE(titleRow >= 0);
    REQUIRE(model.setData(model.index(titleRow, PropertiesModel::ValueColumn), QStringLiteral("Judul baru")));
    CHECK(doc.entry(id)->title == QStringLiteral("Judul baru"));
    CHECK(model.heading().endsWith(QStringLiteral("Judul baru")));
    doc.removeEntries({id});
    CHECK(model.rowCount() == 0);
    CHECK(model.recordType() == RecordType::None);
}

TEST_CASE("the inspector shows and edits an entry's externality regions by name, through the undo stack",
          "[models]")
{
    ProjectDocument doc(modelProject());
    PropertiesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&doc);
    const QUuid id = doc.liveIds<Entry>().at(0); // "Isian 0" of 63.03
    REQUIRE(doc.entry(id)->regionCode == QStringLiteral("63.03"));
    model.setRecord(RecordType::Entry, id);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data().toString() == QStringLiteral("Wilayah terdampak eksternalitas"))
            row = r;
    }
    REQUIRE(row >= 0);
    const QModelIndex value = model.index(row, PropertiesModel::ValueColumn);
    CHECK(value.data(EditorRole).toInt() == int(EditorKind::RegionList));
    CHECK(value.flags().testFlag(Qt::ItemIsEditable));
    CHECK(value.data(ExcludedRegionsRole).toStringList() == QStringList{QStringLiteral("63.03")});
    CHECK(value.data().toString().isEmpty());

    const int steps = doc.undoStack()->count();
    REQUIRE(model.setData(value, QStringList{QStringLiteral("63.71"), QStringLiteral("63.04")}));
    CHECK(doc.undoStack()->count() == steps + 1);
    CHECK(value.data().toString() == QStringLiteral("Kota Banjarmasin, Kabupaten Barito Kuala"));
    CHECK(value.data(Qt::EditRole).toStringList() == QStringList{QStringLiteral("63.71"), QStringLiteral("63.04")});
    CHECK_FALSE(model.setData(value, QStringList{QStringLiteral("63.03")})); // the entry's own region
    CHECK(doc.undoStack()->count() == steps + 1);

    // The cell editor: only digits and separators can be typed, an unknown code is never written.
    FieldDelegate delegate;
    QWidget host;
    std::unique_ptr<QWidget> editor(delegate.createEditor(&host, QStyleOptionViewItem(), value));
    auto *codes = qobject_cast<RegionCodesEdit *>(editor.get());
    REQUIRE(codes);
    delegate.setEditorData(codes, value);
    CHECK(codes->codes() == QStringList{QStringLiteral("63.71"), QStringLiteral("63.04")});
    CHECK(codes->hasAcceptableInput());
    QString typed = QStringLiteral("63.71, banjar");
    int pos = 0;
    CHECK(codes->validator()->validate(typed, pos) == QValidator::Invalid);
    codes->setText(QStringLiteral("63.71, 63.99"));
    CHECK_FALSE(codes->hasAcceptableInput());
    delegate.setModelData(codes, &model, value);
    CHECK(doc.entry(id)->externalityRegions == QStringList{QStringLiteral("63.71"), QStringLiteral("63.04")});
    codes->setText(QStringLiteral("63.03"));
    CHECK_FALSE(codes->hasAcceptableInput()); // its own region
    codes->setText(QStringLiteral("63.10 63.71"));
    REQUIRE(codes->hasAcceptableInput());
    delegate.setModelData(codes, &model, value);
    const QStringList edited = {QStringLiteral("63.10"), QStringLiteral("63.71")};
    CHECK(doc.entry(id)->externalityRegions == edited);
    CHECK(doc.undoStack()->count() == steps + 1); // repeated edits of one field are one undo step

    doc.undoStack()->undo();
    CHECK(doc.entry(id)->externalityRegions.isEmpty());
    CHECK(value.data().toString().isEmpty());
    doc.undoStack()->redo();
    CHECK(doc.entry(id)->externalityRegions == edited);
    CHECK(value.data().toString() == QStringLiteral("Kabupaten Tanah Bumbu, Kota Banjarmasin"));

    // The Isian table names them in the externality column's tooltip.
    EntriesModel entries;
    entries.setDocument(&doc);
    int tableRow = -1;
    for (int r = 0; r < entries.rowCount(); ++r) {
        if (entries.idAt(r) == id)
            tableRow = r;
    }
    REQUIRE(tableRow >= 0);
    CHECK(entries.index(tableRow, int(EntryField::Externality))
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Wilayah terdampak eksternalitas: Kabupaten Tanah Bumbu, Kota Banjarmasin")));
}

TEST_CASE("the inspector shows a proposal's suggestion note read-only", "[models]")
{
    Project p = modelProject();
    p.proposals.first().suggestionNote = QStringLiteral("wajib: berbatasan; skor 81,6");
    ProjectDocument doc(p);
    PropertiesModel model;
    model.setDocument(&doc);
    model.setRecord(RecordType::Proposal, p.proposals.first().meta.id);
    REQUIRE(model.rowCount() == int(ProposalField::Count));
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data().toString() == QStringLiteral("Penjelasan mesin saran"))
            row = r;
    }
    REQUIRE(row >= 0);
    const QModelIndex value = model.index(row, PropertiesModel::ValueColumn);
    CHECK(value.data().toString() == QStringLiteral("wajib: berbatasan; skor 81,6"));
    CHECK_FALSE(value.flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(value, QStringLiteral("lain")));
}

TEST_CASE("agreements ending soon are highlighted", "[models]")
{
    Project p = modelProject();
    p.agreements.first().endDate = QDate(2025, 3, 1);
    p.agreements.first().status = AgreementStatus::Aktif;
    ProjectDocument doc(p);
    AgreementsModel model;
    model.setDocument(&doc);
    model.setToday(QDate(2025, 1, 1));
    const QModelIndex end = model.index(0, int(AgreementField::EndDate));
    CHECK(end.data(Qt::ToolTipRole).toString() == QStringLiteral("Berakhir dalam 59 hari"));
    model.setToday(QDate(2024, 1, 1));
    CHECK_FALSE(end.data(Qt::ToolTipRole).isValid());
}

TEST_CASE("the agreements table shows the phase on the day, read-only, as the report does", "[models]")
{
    Project p = modelProject();
    Agreement &a = p.agreements.first();
    a.status = AgreementStatus::Aktif;
    a.startDate = QDate();
    a.endDate = QDate();
    ProjectDocument doc(p);
    AgreementsModel model;
    model.setDocument(&doc);
    model.setToday(QDate(2025, 1, 1));
    const int column = model.columnCount() - 1;
    CHECK(column == AgreementTableColumns);
    CHECK(model.headerData(column, Qt::Horizontal).toString() == QStringLiteral("Keadaan"));
    const QModelIndex phase = model.index(0, column);
    // Recorded "aktif" without a start date is still being prepared: never "Aktif".
    CHECK(phase.data().toString() == agreementPhaseName(AgreementPhase::Draft));
    CHECK_FALSE(model.flags(phase).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(phase, QStringLiteral("Aktif")));
    doc.changeAgreementField(a.meta.id, AgreementField::StartDate, QDate(2024, 6, 1));
    CHECK(phase.data().toString() == agreementPhaseName(agreementPhase(*doc.agreement(a.meta.id), QDate(2025, 1, 1))));
    CHECK(phase.data().toString() == agreementPhaseName(AgreementPhase::InForce));
}
