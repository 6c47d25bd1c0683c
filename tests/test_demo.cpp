// SPDX-License-Identifier: Apache-2.0
#include "helpers.h"

#include "demo/demoproject.h"
#include "register/procedure.h"
#include "refdata/refdata.h"
#include "store/ksdstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

const QDate FixedToday(2025, 9, 1);

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/// Live agreements (aktif/diperpanjang) whose end date is 0..@p days after @p today.
int endingWithin(const Project &p, const QDate &today, int days)
{
    int n = 0;
    for (const Agreement &a : p.agreements) {
        if (a.meta.deleted || !a.endDate.isValid())
            continue;
        if (a.status != AgreementStatus::Aktif && a.status != AgreementStatus::Diperpanjang)
            continue;
        const qint64 left = today.daysTo(a.endDate);
        if (left >= 0 && left <= days)
            ++n;
    }
    return n;
}

const Entry *findEntry(const Project &p, const char *region, const char *urusan, EntryKind kind,
                       const char *service = nullptr)
{
    for (const Entry &e : p.entries) {
        if (e.regionCode == s(region) && e.urusanCode == s(urusan) && e.kind == kind
            && (!service || e.service == s(service)))
            return &e;
    }
    return nullptr;
}

int count(const Project &p, bool (*pred)(const Entry &))
{
    int n = 0;
    for (const Entry &e : p.entries)
        n += pred(e) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("demo project is labelled as an example of Kabupaten Banjar 2024", "[demo]")
{
    const Project p = makeDemoProject(FixedToday);
    CHECK(p.title == s("Pemetaan KSD Kabupaten Banjar 2024 (contoh)"));
    CHECK(p.ownerRegion == s("63.03"));
    CHECK(p.year == 2024);
    CHECK(p.settings.value(s("demo")) == s("1"));
    CHECK(p.settings.value(s("description")).contains(s("bukan data resmi")));
    CHECK_FALSE(p.projectId.isNull());
    CHECK(p.created.isValid());
    CHECK(p.created.date().year() == 2024);
    CHECK(p.modified >= p.created);
    CHECK(p.modified.date().year() == 2024);
    CHECK_FALSE(p.copyInfo.has_value());
}

TEST_CASE("demo scope is Kalimantan Selatan and the kab/kota of Kalteng and Kaltim bordering it", "[demo]")
{
    const RefData &ref = RefData::instance();
    const Project p = makeDemoProject(FixedToday);

    QStringList sorted = p.scope;
    sorted.sort();
    CHECK(p.scope == sorted);
    CHECK(QSet<QString>(p.scope.cbegin(), p.scope.cend()).size() == p.scope.size());
    for (const QString &code : p.scope)
        CHECK(ref.region(code) != nullptr);

    CHECK(p.scope.contains(s("63")));
    const auto kalsel = ref.regionsOfProvince(s("63"));
    REQUIRE(kalsel.size() == 13);
    QSet<QString> bordering;
    for (const Region *r : kalsel) {
        CHECK(p.scope.contains(r->code));
        for (const QString &n : ref.neighbours(r->code)) {
            const Region *nb = ref.region(n);
            REQUIRE(nb != nullptr);
            if (nb->provinceCode == s("62") || nb->provinceCode == s("64"))
                bordering.insert(n);
        }
    }
    // adjacency.csv: Kapuas, Barito Selatan, Barito Utara, Barito Timur (Kalteng) and Paser (Kaltim).
    CHECK(bordering == QSet<QString>{s("62.03"), s("62.04"), s("62.05"), s("62.13"), s("64.01")});
    for (const QString &code : bordering)
        CHECK(p.scope.contains(code));

    // Beyond that only Kota Palangka Raya, the partner of the food and inflation cooperation.
    QSet<QString> extra(p.scope.cbegin(), p.scope.cend());
    extra.remove(s("63"));
    for (const Region *r : kalsel)
        extra.remove(r->code);
    extra -= bordering;
    CHECK(extra == QSet<QString>{s("62.71")});
    CHECK(p.scope.size() == 1 + 13 + 5 + 1);
}

TEST_CASE("demo entries are many, varied and use valid codes", "[demo]")
{
    const RefData &ref = RefData::instance();
    const Project p = makeDemoProject(FixedToday);

    REQUIRE(p.entries.size() >= 40);
    QSet<QString> urusan;
    QSet<QUuid> ids;
    QSet<QString> regions;
    for (const Entry &e : p.entries) {
        INFO(e.title.toStdString());
        CHECK(ref.region(e.regionCode) != nullptr);
        CHECK(p.scope.contains(e.regionCode));
        const Urusan *u = ref.urusan(e.urusanCode);
        REQUIRE(u != nullptr);
        CHECK(u->isConcurrent());
        CHECK_FALSE(e.title.isEmpty());
        CHECK_FALSE(e.description.isEmpty());
        CHECK_FALSE(e.sourcePd.isEmpty());
        CHECK(e.priority >= 1);
        CHECK(e.priority <= 5);
        CHECK(e.year == 2024);
        CHECK_FALSE(e.meta.deleted);
        CHECK_FALSE(e.meta.id.isNull());
        CHECK(e.meta.created.date().year() == 2024);
        CHECK(e.meta.modified >= e.meta.created);
        CHECK(e.meta.modified.date().year() == 2024);
        CHECK_FALSE(e.meta.modifiedBy.isEmpty());
        if (e.magnitude)
            CHECK_FALSE(e.unit.isEmpty());
        urusan.insert(e.urusanCode);
        ids.insert(e.meta.id);
        regions.insert(e.regionCode);
    }
    CHECK(urusan.size() >= 10);
    CHECK(ids.size() == p.entries.size());
    CHECK(regions.size() >= 10); // not only Banjar: the coordinator collects the neighbours' data too

    // Regional waste: TPA Regional Banjarbakula needs in the five regions, with externality and efficiency.
    for (const char *code : {"63.71", "63.72", "63.03", "63.04", "63.01"}) {
        INFO(code);
        const Entry *e = findEntry(p, code, "2.11", EntryKind::Kebutuhan, "TPA regional");
        REQUIRE(e != nullptr);
        CHECK(e->externality() == Evidence::Yes);
        CHECK(e->efficiency == Evidence::Yes);
    }
    const Entry *land = findEntry(p, "63.03", "2.11", EntryKind::Potensi, "TPA regional");
    REQUIRE(land != nullptr);
    CHECK(land->unit == s("ha"));

    // Regional drinking water, food and inflation with Palangka Raya, tourism, health referral, roads.
    CHECK(findEntry(p, "63.03", "1.03", EntryKind::Potensi, "SPAM regional") != nullptr);
    CHECK(findEntry(p, "63.71", "1.03", EntryKind::Kebutuhan, "SPAM regional") != nullptr);
    CHECK(findEntry(p, "63.03", "2.09", EntryKind::Potensi) != nullptr);
    CHECK(findEntry(p, "63.04", "2.09", EntryKind::Potensi) != nullptr);
    CHECK(findEntry(p, "62.71", "2.09", EntryKind::Kebutuhan) != nullptr);
    CHECK(findEntry(p, "63.71", "2.09", EntryKind::Kebutuhan) != nullptr);
    CHECK(findEntry(p, "63.03", "3.26", EntryKind::Potensi) != nullptr);
    CHECK(findEntry(p, "63.03", "1.02", EntryKind::Potensi) != nullptr);
    CHECK(findEntry(p, "63.05", "1.02", EntryKind::Kebutuhan) != nullptr);
    CHECK(findEntry(p, "63.03", "1.03", EntryKind::Kebutuhan, "jalan poros antar kabupaten") != nullptr);
    CHECK(findEntry(p, "63.05", "1.03", EntryKind::Kebutuhan, "jalan poros antar kabupaten") != nullptr);
    CHECK(findEntry(p, "63.10", "1.03", EntryKind::Kebutuhan, "jalan poros antar kabupaten") != nullptr);

    // Missing evidence (so that potensi wajib shows), and entries of the Kalteng and Kaltim neighbours.
    CHECK(count(p, [](const Entry &e) { return e.efficiency == Evidence::Unknown; }) >= 5);
    CHECK(count(p, [](const Entry &e) { return e.efficiency == Evidence::No; }) >= 1);
    CHECK(count(p, [](const Entry &e) { return e.regionCode.startsWith(QLatin1String("62.")); }) >= 2);
    CHECK(count(p, [](const Entry &e) { return e.regionCode.startsWith(QLatin1String("64.")); }) >= 1);
    CHECK(count(p, [](const Entry &e) { return e.kind == EntryKind::Potensi; }) >= 15);
    CHECK(count(p, [](const Entry &e) { return e.kind == EntryKind::Kebutuhan; }) >= 15);

    // At least one urusan has entries in two regions that do not border each other (a sukarela pair).
    bool nonAdjacentPair = false;
    for (const Entry &a : p.entries) {
        for (const Entry &b : p.entries) {
            if (a.urusanCode == b.urusanCode && a.kind != b.kind && a.regionCode != b.regionCode
                && ref.adjacency(a.regionCode, b.regionCode).kind == Adjacency::None)
                nonAdjacentPair = true;
        }
    }
    CHECK(nonAdjacentPair);
}

TEST_CASE("demo register mixes document types, categories, stages and expiry", "[demo]")
{
    const RefData &ref = RefData::instance();
    const Project p = makeDemoProject(FixedToday);

    REQUIRE(p.agreements.size() >= 10);
    QMap<DocType, int> byType;
    QMap<Category, int> byCategory;
    QMap<AgreementStatus, int> byStatus;
    QSet<int> stages;
    QSet<QUuid> ids;
    for (const Agreement &a : p.agreements) {
        INFO(a.title.toStdString());
        ++byType[a.docType];
        ++byCategory[a.category];
        ++byStatus[a.status];
        stages.insert(int(a.stage));
        ids.insert(a.meta.id);
        CHECK_FALSE(a.title.isEmpty());
        CHECK(ref.urusan(a.urusanCode) != nullptr);
        CHECK_FALSE(a.implementingPd.isEmpty());
        CHECK(a.meta.created.date().year() == 2024);
        CHECK(a.meta.modified.date().year() == 2024);
        REQUIRE(a.parties.size() >= 2);
        bool owner = false;
        for (const Party &party : a.parties) {
            if (party.kind == PartyKind::Region) {
                CHECK(ref.region(party.regionCode) != nullptr);
                owner = owner || party.regionCode == s("63.03");
            } else {
                CHECK_FALSE(party.name.isEmpty());
            }
            CHECK_FALSE(party.signatory.isEmpty());
        }
        CHECK(owner);
        // Stage history in the order of the document's own procedure, dates never going back, the current stage
        // the last one, and every stage a step of that procedure.
        REQUIRE_FALSE(a.stages.isEmpty());
        CHECK(a.stages.first().stage == Stage::Persiapan);
        const Procedure &procedure = procedureFor(a);
        CHECK(procedure.position(a.stage) >= 0);
        for (int i = 1; i < a.stages.size(); ++i) {
            CHECK(procedure.position(a.stages[i].stage) > procedure.position(a.stages[i - 1].stage));
            CHECK(a.stages[i].date >= a.stages[i - 1].date);
        }
        CHECK(a.stage == a.stages.last().stage);
        if (a.signedOn.isValid()) {
            CHECK(a.startDate.isValid());
            CHECK(a.endDate.isValid());
            CHECK(a.signedOn <= a.startDate);
            CHECK(a.startDate < a.endDate);
            // Signed documents carry a number for every party.
            for (const Party &party : a.parties)
                CHECK_FALSE(party.documentNumber.isEmpty());
        }
        if (!a.proposalId.isNull()) {
            const Proposal *x = p.proposal(a.proposalId);
            REQUIRE(x != nullptr);
            CHECK(x->urusanCode == a.urusanCode);
        }
    }
    CHECK(ids.size() == p.agreements.size());
    CHECK(byType.value(DocType::KB) >= 2);
    CHECK(byType.value(DocType::PKS) >= 2);
    CHECK(byType.value(DocType::NK) >= 2);
    CHECK(byType.value(DocType::Addendum) == 1);
    CHECK(byCategory.value(Category::KSDD) >= 2);
    CHECK(byCategory.value(Category::KSDPK) >= 2);
    CHECK(byCategory.value(Category::Sinergi) >= 2);
    CHECK(byStatus.value(AgreementStatus::Berakhir) == 1);
    CHECK(byStatus.value(AgreementStatus::Dihentikan) == 1);
    CHECK(stages.size() >= 4);

    // Most terms are fixed in 2021–2024; three end within three months of today, one more within six.
    int datedFrom2021 = 0;
    for (const Agreement &a : p.agreements)
        datedFrom2021 += (a.startDate.isValid() && a.startDate.year() >= 2021 && a.startDate.year() <= 2024) ? 1 : 0;
    CHECK(datedFrom2021 >= 10);
    CHECK(endingWithin(p, FixedToday, 90) == 3);
    CHECK(endingWithin(p, FixedToday, 180) == 4);
    // The same on any day from 2024 to 2026: the warnings always have something to show, and no fixed end date
    // (the earliest active one is in mid-2027) adds to them.
    for (QDate day(2024, 1, 1); day.year() <= 2026; day = day.addDays(17)) {
        INFO(day.toString(Qt::ISODate).toStdString());
        const Project q = makeDemoProject(day);
        CHECK(endingWithin(q, day, 90) == 3);
        CHECK(endingWithin(q, day, 180) == 4);
    }

    // Document numbers of one party are unique across the register.
    QSet<QString> numbers;
    int numbered = 0;
    for (const Agreement &a : p.agreements) {
        for (const Party &party : a.parties) {
            if (party.documentNumber.isEmpty())
                continue;
            ++numbered;
            numbers.insert(party.regionCode + party.name + QLatin1Char('|') + party.documentNumber);
        }
    }
    CHECK(numbers.size() == numbered);
    const QRegularExpression banjarNumber(s("^180/\\d{3}/(KB|PKS|NK|ADD)/\\w+/20\\d\\d$"));
    for (const Agreement &a : p.agreements) {
        for (const Party &party : a.parties) {
            if (party.regionCode == s("63.03") && !party.documentNumber.isEmpty())
                CHECK(banjarNumber.match(party.documentNumber).hasMatch());
        }
    }
}

TEST_CASE("demo proposals and monev records link to the register", "[demo]")
{
    const RefData &ref = RefData::instance();
    const Project p = makeDemoProject(FixedToday);

    REQUIRE(p.proposals.size() >= 5);
    int withSuggestion = 0;
    for (const Proposal &x : p.proposals) {
        INFO(x.title.toStdString());
        CHECK(x.regionCode == s("63.03"));
        CHECK(ref.urusan(x.urusanCode) != nullptr);
        for (const QString &code : x.partnerRegionCodes)
            CHECK(ref.region(code) != nullptr);
        if (!x.suggestionKey.isEmpty()) {
            ++withSuggestion;
            const QStringList parts = x.suggestionKey.split(QLatin1Char('|'));
            REQUIRE(parts.size() == 3);
            CHECK(ref.region(parts[0]) != nullptr);
            CHECK(ref.region(parts[1]) != nullptr);
            CHECK(parts[2] == x.urusanCode);
        }
    }
    CHECK(withSuggestion >= 3);
    int linked = 0;
    for (const Agreement &a : p.agreements)
        linked += a.proposalId.isNull() ? 0 : 1;
    CHECK(linked >= 2);

    REQUIRE(p.monev.size() >= 3);
    for (const MonevRecord &m : p.monev) {
        const Agreement *a = p.agreement(m.agreementId);
        REQUIRE(a != nullptr);
        CHECK(a->stage >= Stage::Pelaksanaan);
        CHECK(m.date >= a->startDate);
        CHECK(m.rating >= 1);
        CHECK(m.rating <= 5);
        for (int score : m.scores) {
            CHECK(score >= 0);
            CHECK(score <= 5);
        }
    }
    CHECK(p.documents.isEmpty());
}

TEST_CASE("demo project is deterministic", "[demo]")
{
    const Project a = makeDemoProject(FixedToday);
    const Project b = makeDemoProject(FixedToday);
    CHECK(a == b);
    CHECK(a.projectId == b.projectId);

    // Another day moves only the end dates placed near expiry.
    Project c = makeDemoProject(FixedToday.addDays(100));
    CHECK_FALSE(a == c);
    int moved = 0;
    REQUIRE(c.agreements.size() == a.agreements.size());
    for (int i = 0; i < a.agreements.size(); ++i) {
        if (c.agreements[i].endDate != a.agreements[i].endDate) {
            CHECK(a.agreements[i].endDate.daysTo(c.agreements[i].endDate) == 100);
            ++moved;
            c.agreements[i].endDate = a.agreements[i].endDate;
        }
    }
    CHECK(moved == 4);
    CHECK(a == c);

    // Every id differs across all record types.
    QSet<QUuid> ids{a.projectId};
    qsizetype total = 1;
    for (const Entry &e : a.entries)
        ids.insert(e.meta.id);
    for (const Proposal &x : a.proposals)
        ids.insert(x.meta.id);
    for (const Agreement &g : a.agreements)
        ids.insert(g.meta.id);
    for (const MonevRecord &m : a.monev)
        ids.insert(m.meta.id);
    total += a.entries.size() + a.proposals.size() + a.agreements.size() + a.monev.size();
    CHECK(ids.size() == total);
}

TEST_CASE("demo project survives save and reload", "[demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(s("demo.ksd"));
    const Project p = makeDemoProject(FixedToday);
    REQUIRE(KsdStore::save(p, path).ok());
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    const Project &q = loaded->project;
    CHECK(q.entries == p.entries);
    CHECK(q.proposals == p.proposals);
    CHECK(q.agreements == p.agreements);
    CHECK(q.monev == p.monev);
    CHECK(q.scope == p.scope);
    CHECK(q.settings == p.settings);
    CHECK(q == p);

    // Byte for byte: saving the same demo twice gives the same file.
    const QString again = dir.filePath(s("demo2.ksd"));
    REQUIRE(KsdStore::save(makeDemoProject(FixedToday), again).ok());
    QFile f1(path);
    QFile f2(again);
    REQUIRE(f1.open(QIODevice::ReadOnly));
    REQUIRE(f2.open(QIODevice::ReadOnly));
    const QByteArray b1 = f1.readAll();
    CHECK(b1.size() > 0);
    CHECK(b1 == f2.readAll());
}

TEST_CASE("petaksd demo writes a file that petaksd check accepts", "[demo][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(s("contoh.ksd"));
    const auto made = test::petaksd({s("demo"), path});
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(path));

    const Project expected = makeDemoProject();
    const auto checked = test::petaksd({s("check"), path});
    CHECK(checked.exitCode == 0);
    CHECK(checked.err.isEmpty());
    CHECK(checked.out.contains(s("Judul: Pemetaan KSD Kabupaten Banjar 2024 (contoh)")));
    CHECK(checked.out.contains(s("Daerah pemilik: 63.03 Kabupaten Banjar")));
    CHECK(checked.out.contains(s("Tahun: 2024")));
    CHECK(checked.out.contains(s("Wilayah dalam cakupan: %1\n").arg(expected.scope.size())));
    CHECK(checked.out.contains(s("Isian (potensi/kebutuhan): %1\n").arg(expected.entries.size())));
    CHECK(checked.out.contains(s("Usulan: %1\n").arg(expected.proposals.size())));
    CHECK(checked.out.contains(s("Kerja sama: %1\n").arg(expected.agreements.size())));
    CHECK(checked.out.contains(s("Monev: %1\n").arg(expected.monev.size())));
    CHECK(checked.out.contains(s("Dokumen: 0\n")));

    // The file holds the demo project, as built for the day it was written.
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->project.entries == expected.entries);
    CHECK(loaded->project.projectId == expected.projectId);
}
