// SPDX-License-Identifier: Apache-2.0
// ProjectDocument and the undo commands: random edit sequences undo to the original and redo to the edited
// project; every command stamps, tombstones, merges and refuses as documented.
#include "helpers.h"

#include "document/commands.h"
#include "document/projectdocument.h"
#include "io/csvvalues.h"
#include "models/entriesmodel.h"
#include "models/propertiesmodel.h"
#include "refdata/refdata.h"
#include "store/ksdstore.h"
#include "util/usertext.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <random>

using namespace ksd;

namespace {

Project baseProject()
{
    Project p = test::sampleProject();
    p.copyInfo.reset();
    for (int i = 0; i < 6; ++i) {
        Entry e;
        e.meta = RecordMeta::fresh(QStringLiteral("DLH"));
        e.regionCode = i % 2 ? QStringLiteral("63.71") : QStringLiteral("63.03");
        e.urusanCode = QStringLiteral("2.11");
        e.title = QStringLiteral("Isian %1").arg(i);
        e.priority = 1 + i % 5;
        p.entries.append(e);
    }
    return p;
}

/// Random but valid (mostly) values for a field edited with @p kind.
QVariant randomValue(EditorKind kind, std::mt19937 &rng)
{
    const auto &ref = RefData::instance();
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    switch (kind) {
    case EditorKind::Region: return ref.regions().at(pick(int(ref.regions().size()))).code;
    case EditorKind::RegionList:
        return QStringList{ref.regions().at(pick(60)).code, ref.regions().at(pick(60)).code};
    case EditorKind::Urusan: return ref.urusanList().at(pick(int(ref.urusanList().size()))).code;
    case EditorKind::Priority: return pick(7); // 0 and 6 are refused
    case EditorKind::Year: return 2020 + pick(10);
    case EditorKind::Integer: return pick(100);
    case EditorKind::Number: return pick(4) == 0 ? QVariant() : QVariant(pick(100000) / 10.0);
    case EditorKind::Bool: return pick(2) == 1;
    case EditorKind::Date: return QDate(2020, 1, 1).addDays(pick(3000));
    case EditorKind::Text:
    case EditorKind::LongText: return QStringLiteral("teks %1").arg(pick(5));
    default: {
        const QList<Choice> c = choicesFor(kind);
        return c.isEmpty() ? QVariant() : QVariant(c.at(pick(int(c.size()))).value);
    }
    }
}

template<typename T>
QUuid randomLive(const ProjectDocument &doc, std::mt19937 &rng)
{
    const QList<QUuid> ids = doc.liveIds<T>();
    if (ids.isEmpty())
        return {};
    return ids.at(std::uniform_int_distribution<int>(0, int(ids.size()) - 1)(rng));
}

void randomEdit(ProjectDocument &doc, std::mt19937 &rng)
{
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    switch (pick(14)) {
    case 0: {
        Entry e;
        e.regionCode = QStringLiteral("63.03");
        e.urusanCode = QStringLiteral("1.03");
        e.title = QStringLiteral("Baru %1").arg(pick(1000));
        doc.addEntry(e);
        break;
    }
    case 1: doc.removeEntries({randomLive<Entry>(doc, rng)}); break;
    case 2:
    case 3:
    case 4: {
        const auto f = EntryField(pick(int(EntryField::Count)));
        doc.changeEntryField(randomLive<Entry>(doc, rng), f, randomValue(fieldSpec(f).editor, rng));
        break;
    }
    case 5: {
        Proposal p;
        p.title = QStringLiteral("Usulan %1").arg(pick(1000));
        p.urusanCode = QStringLiteral("2.11");
        doc.addProposal(p);
        break;
    }
    case 6: {
        const auto f = ProposalField(pick(int(ProposalField::Count)));
        doc.changeProposalField(randomLive<Proposal>(doc, rng), f, randomValue(fieldSpec(f).editor, rng));
        break;
    }
    case 7: doc.removeProposals({randomLive<Proposal>(doc, rng)}); break;
    case 8: {
        Agreement a;
        a.title = QStringLiteral("PKS %1").arg(pick(1000));
        doc.addAgreement(a);
        break;
    }
    case 9: {
        const auto f = AgreementField(pick(int(AgreementField::Count)));
        doc.changeAgreementField(randomLive<Agreement>(doc, rng), f, randomValue(fieldSpec(f).editor, rng));
        break;
    }
    case 10: doc.removeAgreements({randomLive<Agreement>(doc, rng)}); break;
    case 11: {
        const auto &regions = RefData::instance().regions();
        const QString code = regions.at(pick(int(regions.size()))).code;
        if (pick(2))
            doc.addRegionsToScope({code, regions.at(pick(int(regions.size()))).code});
        else if (!doc.project().scope.isEmpty())
            doc.removeRegionsFromScope({doc.project().scope.at(pick(int(doc.project().scope.size())))});
        break;
    }
    case 12: {
        QList<Entry> batch;
        for (int i = 0, n = 1 + pick(5); i < n; ++i) {
            Entry e;
            e.regionCode = QStringLiteral("63.71");
            e.urusanCode = QStringLiteral("1.02");
            e.title = QStringLiteral("Impor %1").arg(i);
            batch.append(e);
        }
        doc.importEntries(batch, QStringLiteral("isian.csv"));
        break;
    }
    case 13: {
        if (pick(2)) {
            ProjectInfo info = ProjectInfo::of(doc.project());
            info.title += QStringLiteral(" *");
            info.year = 2020 + pick(10);
            doc.changeProjectInfo(info);
        } else {
            Project p = doc.project();
            p.settings.insert(QStringLiteral("k%1").arg(pick(5)), QStringLiteral("v"));
            p.entries.removeFirst();
            doc.replaceProject(p, QStringLiteral("Ganti"));
        }
        break;
    }
    }
}

} // namespace

TEST_CASE("random edits undo to the original and redo to the edited project", "[document][undo]")
{
    for (unsigned seed : {1u, 2u, 3u, 42u, 2024u}) {
        INFO("seed " << seed);
        const Project original = baseProject();
        ProjectDocument doc(original);
        std::mt19937 rng(seed);
        for (int i = 0; i < 200; ++i)
            randomEdit(doc, rng);
        const Project edited = doc.project();
        REQUIRE(doc.undoStack()->count() > 20);
        REQUIRE_FALSE(edited == original);

        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        CHECK(doc.project() == original);
        CHECK_FALSE(doc.isModified());

        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        CHECK(doc.project() == edited);
        CHECK(doc.isModified());
    }
}

TEST_CASE("changing a field stamps the record and merges repeated edits", "[document]")
{
    Project p = baseProject();
    ProjectDocument doc(p);
    doc.setDefaultEditorName(QStringLiteral("Bappeda"));
    const QUuid id = doc.liveIds<Entry>().constFirst();
    QSignalSpy changed(&doc, &ProjectDocument::entriesChanged);

    REQUIRE(doc.changeEntryField(id, EntryField::Priority, 4));
    REQUIRE(doc.changeEntryField(id, EntryField::Priority, 5));
    CHECK(doc.undoStack()->count() == 1); // merged
    CHECK(doc.entry(id)->priority == 5);
    CHECK(doc.entry(id)->meta.modifiedBy == QStringLiteral("Bappeda"));
    REQUIRE(changed.count() == 2);
    CHECK(changed.at(0).at(0).value<QList<QUuid>>() == QList<QUuid>{id});
    CHECK(changed.at(0).at(1).toInt() == int(EntryField::Priority));

    // back to the original value through merging: the step disappears
    REQUIRE(doc.changeEntryField(id, EntryField::Priority, p.entries.at(6).priority));
    CHECK(doc.undoStack()->count() == 0);

    // no change: no step; bad values refused
    CHECK(doc.changeEntryField(id, EntryField::Title, doc.entry(id)->title));
    CHECK(doc.undoStack()->count() == 0);
    CHECK_FALSE(doc.changeEntryField(id, EntryField::Priority, 9));
    CHECK_FALSE(doc.changeEntryField(id, EntryField::Region, QStringLiteral("99.99")));
    CHECK_FALSE(doc.changeEntryField(id, EntryField::Urusan, QStringLiteral("9.99")));
    CHECK_FALSE(doc.changeEntryField(QUuid::createUuid(), EntryField::Title, QStringLiteral("x")));
    CHECK(doc.undoStack()->count() == 0);
}

TEST_CASE("table cells read codes, numbers and dates as the CSV import reads them", "[document][format]")
{
    Project p = baseProject();
    ProjectDocument doc(p);
    const QUuid id = doc.liveIds<Entry>().constFirst();
    // What a spreadsheet does to codes, repaired the same way as in io::normaliseRegionCode / normaliseUrusanCode.
    REQUIRE(doc.changeEntryField(id, EntryField::Region, QStringLiteral("6371")));
    CHECK(doc.entry(id)->regionCode == io::normaliseRegionCode(QStringLiteral("6371")));
    CHECK(doc.entry(id)->regionCode == QStringLiteral("63.71"));
    REQUIRE(doc.changeEntryField(id, EntryField::Urusan, QStringLiteral("2.1")));
    CHECK(doc.entry(id)->urusanCode == QStringLiteral("2.10"));
    // Numbers pasted as text: the CSV import's rules (Indonesian grouping, decimal comma, "Rp" prefix).
    const std::pair<const char *, double> numbers[] = {{"1.250,5", 1250.5}, {"Rp 1.500.000,-", 1500000.0},
                                                       {"12,5", 12.5}, {"1250.75", 1250.75}};
    for (const auto &[text, value] : numbers) {
        INFO(text);
        REQUIRE(doc.changeEntryField(id, EntryField::Magnitude, QString::fromUtf8(text)));
        REQUIRE(doc.entry(id)->magnitude.has_value());
        CHECK(*doc.entry(id)->magnitude == value);
        CHECK(io::parseNumber(QString::fromUtf8(text)) == value);
    }
    CHECK_FALSE(doc.changeEntryField(id, EntryField::Magnitude, QStringLiteral("dua belas")));
    CHECK(*doc.entry(id)->magnitude == 1250.75);
    REQUIRE(doc.changeEntryField(id, EntryField::Magnitude, QString()));
    CHECK_FALSE(doc.entry(id)->magnitude.has_value());
}

TEST_CASE("an edit over the field size limit is refused, naming the field, in the table and the inspector",
          "[document][issue14]")
{
    ProjectDocument doc(baseProject());
    const QUuid id = doc.liveIds<Entry>().constFirst();
    const Entry before = *doc.entry(id);
    QSignalSpy refused(&doc, &ProjectDocument::editRefused);
    // The limit of the store and the CSV import, in UTF-8 bytes: 'é' counts twice.
    const QString atLimit(int(MaxFieldBytes), QLatin1Char('x'));
    const QString overLimit = QString(int(MaxFieldBytes / 2), QChar(0xe9)) + QLatin1Char('x');
    REQUIRE(textFitsField(atLimit));
    REQUIRE_FALSE(textFitsField(overLimit));

    SECTION("the document")
    {
        CHECK_FALSE(doc.changeEntryField(id, EntryField::Description, overLimit));
        CHECK(doc.entry(id)->description == before.description);
        CHECK(doc.undoStack()->count() == 0);
        REQUIRE(refused.count() == 1);
        const QString message = refused.at(0).at(0).toString();
        CHECK(message.contains(fieldLabel(EntryField::Description)));
        CHECK(message.contains(QString::number(MaxFieldBytes)));
        CHECK(message.contains(QString::number(utf8Size(overLimit))));
        CHECK(message.size() < 300); // the value itself is not echoed
        // At the limit the value is taken, as the store would save it.
        CHECK(doc.changeEntryField(id, EntryField::Description, atLimit));
        CHECK(doc.entry(id)->description.size() == atLimit.size());
        CHECK(refused.count() == 1);
    }
    SECTION("a table cell")
    {
        EntriesModel model;
        model.setDocument(&doc);
        const QModelIndex title = model.index(model.rowOf(id), int(EntryField::Title));
        CHECK_FALSE(model.setData(title, overLimit, Qt::EditRole));
        CHECK(doc.entry(id)->title == before.title);
        REQUIRE(refused.count() == 1);
        CHECK(refused.at(0).at(0).toString().contains(fieldLabel(EntryField::Title)));
    }
    SECTION("the inspector")
    {
        PropertiesModel model;
        model.setDocument(&doc);
        model.setRecord(RecordType::Entry, id);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data().toString() == fieldLabel(EntryField::ExternalityNote))
                row = r;
        }
        REQUIRE(row >= 0);
        CHECK_FALSE(model.setData(model.index(row, PropertiesModel::ValueColumn), overLimit, Qt::EditRole));
        CHECK(doc.entry(id)->externalityNote == before.externalityNote);
        REQUIRE(refused.count() == 1);
        CHECK(refused.at(0).at(0).toString().contains(fieldLabel(EntryField::ExternalityNote)));
    }
    SECTION("a proposal and an agreement field")
    {
        const QUuid p = doc.liveIds<Proposal>().constFirst();
        const QUuid a = doc.liveIds<Agreement>().constFirst();
        CHECK_FALSE(doc.changeProposalField(p, ProposalField::Description, overLimit));
        CHECK_FALSE(doc.changeAgreementField(a, AgreementField::Scope, overLimit));
        CHECK(refused.count() == 2);
        CHECK(doc.undoStack()->count() == 0);
    }
}

TEST_CASE("a copy for a perangkat daerah stamps edits with that PD", "[document]")
{
    Project p = baseProject();
    p.copyInfo = CopyInfo{QStringLiteral("Dinas Perhubungan"), QUuid::createUuid(), QStringLiteral("Induk"),
                          nowUtc(), {}};
    ProjectDocument doc(p);
    doc.setDefaultEditorName(QStringLiteral("Bappeda"));
    CHECK(doc.editorName() == QStringLiteral("Dinas Perhubungan"));
    Entry e;
    e.regionCode = QStringLiteral("63.03");
    e.urusanCode = QStringLiteral("2.15");
    const QUuid id = doc.addEntry(e);
    CHECK(doc.entry(id)->meta.modifiedBy == QStringLiteral("Dinas Perhubungan"));

    ProjectDocument plain(baseProject());
    CHECK(plain.editorName() == QStringLiteral("Bagian Pemerintahan"));
}

TEST_CASE("removing leaves a tombstone and announces the removal", "[document]")
{
    ProjectDocument doc(baseProject());
    const QList<QUuid> ids = doc.liveIds<Entry>().mid(0, 2);
    const qsizetype total = doc.project().entries.size();
    QSignalSpy removed(&doc, &ProjectDocument::entriesRemoved);
    QSignalSpy added(&doc, &ProjectDocument::entriesAdded);

    REQUIRE(doc.removeEntries(ids + ids)); // duplicates ignored
    CHECK(doc.project().entries.size() == total);
    CHECK(doc.entry(ids[0])->meta.deleted);
    CHECK(doc.entry(ids[1])->meta.deleted);
    CHECK(doc.entry(ids[0])->meta.modifiedBy == QStringLiteral("Bagian Pemerintahan"));
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Hapus 2 isian"));
    REQUIRE(removed.count() == 1);
    CHECK(removed.at(0).at(0).value<QList<QUuid>>() == ids);

    CHECK_FALSE(doc.removeEntries(ids)); // already deleted: nothing to do
    doc.undoStack()->undo();
    CHECK_FALSE(doc.entry(ids[0])->meta.deleted);
    CHECK(added.count() == 1);
}

TEST_CASE("an import is one undo step", "[document]")
{
    ProjectDocument doc(baseProject());
    const qsizetype before = doc.liveIds<Entry>().size();
    QList<Entry> rows(250);
    for (Entry &e : rows) {
        e.regionCode = QStringLiteral("63.03");
        e.urusanCode = QStringLiteral("2.11");
    }
    REQUIRE(doc.importEntries(rows, QStringLiteral("isian.csv")));
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Impor 250 isian dari isian.csv"));
    CHECK(doc.liveIds<Entry>().size() == before + 250);
    for (const Entry &e : doc.project().entries)
        CHECK_FALSE(e.meta.id.isNull());
    doc.undoStack()->undo();
    CHECK(doc.liveIds<Entry>().size() == before);
}

TEST_CASE("scope commands skip what does not change and keep the owner", "[document]")
{
    ProjectDocument doc(baseProject());
    const QStringList scope = doc.project().scope;
    CHECK_FALSE(doc.addRegionsToScope({QStringLiteral("63.03")}));         // already in
    CHECK_FALSE(doc.addRegionsToScope({QStringLiteral("00.00")}));         // unknown
    CHECK_FALSE(doc.removeRegionsFromScope({doc.project().ownerRegion})); // owner stays
    REQUIRE(doc.addRegionsToScope({QStringLiteral("63.04"), QStringLiteral("63.02")}));
    CHECK(doc.project().scope == QStringList{QStringLiteral("63"), QStringLiteral("63.02"), QStringLiteral("63.03"),
                                             QStringLiteral("63.04"), QStringLiteral("63.71")});
    CHECK(std::is_sorted(doc.project().scope.cbegin(), doc.project().scope.cend()));
    doc.undoStack()->undo();
    CHECK(doc.project().scope == scope);
}

TEST_CASE("saving marks the document clean and writes the file", "[document][store]")
{
    QTemporaryDir dir;
    ProjectDocument doc(baseProject());
    QSignalSpy modified(&doc, &ProjectDocument::modifiedChanged);
    CHECK(doc.isUntitled());
    CHECK_FALSE(doc.save().ok()); // no path yet
    doc.changeProjectInfo({QStringLiteral("Judul baru"), QStringLiteral("63.03"), 2025});
    CHECK(doc.isModified());
    const QString path = dir.filePath(QStringLiteral("uji.ksd"));
    REQUIRE(doc.saveAs(path).ok());
    CHECK_FALSE(doc.isModified());
    CHECK(doc.filePath() == path);
    CHECK(doc.displayName() == QStringLiteral("uji.ksd"));
    CHECK(modified.count() == 2);

    doc.markModified();
    CHECK(doc.isModified());
}

TEST_CASE("externality regions are one undoable field change that survives save and reopen", "[document][store]")
{
    QTemporaryDir dir;
    ProjectDocument doc(baseProject());
    const QUuid id = doc.liveIds<Entry>().at(2); // an entry of 63.03
    REQUIRE(doc.entry(id)->regionCode == QStringLiteral("63.03"));
    const QStringList before = doc.entry(id)->externalityRegions;
    const int steps = doc.undoStack()->count();
    QSignalSpy changed(&doc, &ProjectDocument::entriesChanged);

    const QStringList named = {QStringLiteral("63.71"), QStringLiteral("63.04")};
    REQUIRE(doc.changeEntryField(id, EntryField::ExternalityRegions, named));
    CHECK(doc.entry(id)->externalityRegions == named);
    CHECK(doc.undoStack()->count() == steps + 1);
    CHECK(changed.count() == 1);
    // Text as typed in a cell: any of the separators, repeats kept once. A second edit of the same field merges
    // into the same undo step, as every field change does.
    const QStringList typed = {QStringLiteral("63.04"), QStringLiteral("63.71")};
    REQUIRE(doc.changeEntryField(id, EntryField::ExternalityRegions, QStringLiteral("63.04; 63.71,63.04")));
    CHECK(doc.entry(id)->externalityRegions == typed);
    CHECK(doc.undoStack()->count() == steps + 1);

    // Unknown codes and the entry's own region are refused and leave no undo step.
    const int good = doc.undoStack()->count();
    CHECK_FALSE(doc.changeEntryField(id, EntryField::ExternalityRegions, QStringList{QStringLiteral("63.99")}));
    CHECK_FALSE(doc.changeEntryField(id, EntryField::ExternalityRegions, QStringLiteral("63.71 banjar")));
    CHECK_FALSE(doc.changeEntryField(id, EntryField::ExternalityRegions,
                                     QStringList{QStringLiteral("63.71"), QStringLiteral("63.03")}));
    CHECK(doc.undoStack()->count() == good);
    CHECK(doc.entry(id)->externalityRegions == typed);

    doc.undoStack()->undo();
    CHECK(doc.entry(id)->externalityRegions == before);
    doc.undoStack()->redo();
    CHECK(doc.entry(id)->externalityRegions == typed);

    const QString path = dir.filePath(QStringLiteral("eksternalitas.ksd"));
    REQUIRE(doc.saveAs(path).ok());
    auto reopened = KsdStore::load(path);
    REQUIRE(reopened.ok());
    const Entry *e = reopened->project.entry(id);
    REQUIRE(e);
    CHECK(e->externalityRegions == typed);
    CHECK(reopened->project == doc.project());
}

TEST_CASE("the suggestion note is read-only in the document and survives save and reopen", "[document][store]")
{
    QTemporaryDir dir;
    Project p = baseProject();
    REQUIRE_FALSE(p.proposals.isEmpty());
    p.proposals.first().suggestionNote = QStringLiteral("wajib: berbatasan; skor 81,6");
    ProjectDocument doc(p);
    const QUuid id = p.proposals.first().meta.id;
    CHECK(fieldSpec(ProposalField::SuggestionNote).set == nullptr);
    CHECK(fieldSpec(ProposalField::SuggestionNote).editor == EditorKind::ReadOnly);
    CHECK(fieldSpec(ProposalField::SuggestionNote).get(*doc.proposal(id)).toString()
          == QStringLiteral("wajib: berbatasan; skor 81,6"));
    CHECK_FALSE(doc.changeProposalField(id, ProposalField::SuggestionNote, QStringLiteral("diubah")));
    // Editing another field keeps the note.
    REQUIRE(doc.changeProposalField(id, ProposalField::Title, QStringLiteral("TPA Regional Banjarbakula")));
    CHECK(doc.proposal(id)->suggestionNote == QStringLiteral("wajib: berbatasan; skor 81,6"));
    const QString path = dir.filePath(QStringLiteral("catatan.ksd"));
    REQUIRE(doc.saveAs(path).ok());
    auto reopened = KsdStore::load(path);
    REQUIRE(reopened.ok());
    REQUIRE(reopened->project.proposal(id));
    CHECK(reopened->project.proposal(id)->suggestionNote == QStringLiteral("wajib: berbatasan; skor 81,6"));
}
