// SPDX-License-Identifier: Apache-2.0
// The report content (core/report): counts computed independently from the project, the planners' sentence shapes,
// number and date formats per language, sections that never go missing.
#include "helpers.h"

#include "io/csvimport.h"

#include "demo/demoproject.h"
#include "engine/engine.h"
#include "report/reportbuilder.h"
#include "refdata/refdata.h"
#include "register/expiry.h"
#include "register/screening.h"
#include "register/stages.h"

#include <QLocale>
#include <QSet>

#include <catch2/catch.hpp>

#include <cmath>

using namespace ksd;

namespace {

const QDate Today(2024, 6, 13);

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/// Every string the model says, in order (headings, paragraphs, bullets, table cells, captions, notes).
QStringList allText(const ReportModel &m)
{
    QStringList out;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *h = std::get_if<ReportHeading>(&b))
            out << h->kicker << h->number << h->title;
        else if (const auto *p = std::get_if<ReportParagraph>(&b))
            out << p->text;
        else if (const auto *bl = std::get_if<ReportBullets>(&b))
            out << bl->items;
        else if (const auto *t = std::get_if<ReportTable>(&b)) {
            out << t->caption << t->note;
            for (const ReportColumn &c : t->columns)
                out << c.title;
            for (const QStringList &r : t->rows)
                out << r;
        } else if (const auto *f = std::get_if<ReportFigure>(&b))
            out << f->caption;
        else if (const auto *f = std::get_if<ReportFacts>(&b)) {
            for (const auto &i : f->items)
                out << i.first << i.second;
        }
    }
    return out;
}

QStringList bulletsOf(const ReportModel &m)
{
    QStringList out;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *bl = std::get_if<ReportBullets>(&b))
            out << bl->items;
    }
    return out;
}

QList<ReportHeading> headings(const ReportModel &m, int level)
{
    QList<ReportHeading> out;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *h = std::get_if<ReportHeading>(&b); h && h->level == level)
            out << *h;
    }
    return out;
}

/// The blocks of the chapter titled @p title, up to the next chapter.
QList<ReportBlock> chapterBlocks(const ReportModel &m, const QString &title)
{
    QList<ReportBlock> out;
    bool in = false;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *h = std::get_if<ReportHeading>(&b); h && h->level == 1) {
            in = h->title == title;
            continue;
        }
        if (in)
            out << b;
    }
    return out;
}

/// Hand-made percentage with one decimal, rounded half up, in the given locale: "64,3%" / "64.3%".
QString percent(int part, int whole, const QLocale &loc)
{
    const double p = whole == 0 ? 0.0 : std::floor(1000.0 * part / whole + 0.5) / 10.0;
    return loc.toString(p, 'f', 1) + QLatin1Char('%');
}

/// Proposals screened by hand: only kerja sama is KSD; the partner type gives the category.
QMap<QString, int> eligibleByCategory(const Project &p, int *total, int *eligible)
{
    QMap<QString, int> byCat;
    *total = 0;
    *eligible = 0;
    for (const Proposal &pr : p.proposals) {
        if (pr.meta.deleted)
            continue;
        ++*total;
        if (pr.activity != ActivityKind::KerjaSama)
            continue;
        ++*eligible;
        static const char *names[] = {"KSDD", "KSDPK", "Sinergi", "KSDPL", "KSDLL"};
        ++byCat[QString::fromLatin1(names[int(pr.partnerType)])];
    }
    return byCat;
}

} // namespace

TEST_CASE("report sections parse in the report's own order and refuse unknown keys", "[report]")
{
    const auto some = parseReportSections(QStringLiteral("profiles, summary;MAP"));
    REQUIRE(some.ok());
    CHECK(*some == QList<ReportSection>{ReportSection::Summary, ReportSection::Map, ReportSection::Profiles});
    const auto all = parseReportSections(QStringLiteral("all"));
    REQUIRE(all.ok());
    CHECK(all->size() == ReportSectionCount);
    const auto bad = parseReportSections(QStringLiteral("summary,peta"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("peta")));
    CHECK(bad.error().message.contains(QStringLiteral("summary")));
    CHECK_FALSE(parseReportSections(QStringLiteral(" , ")).ok());
    for (ReportSection sct : allReportSections())
        CHECK(reportSectionFromKey(reportSectionKey(sct)) == sct);
}

TEST_CASE("demo report states the counts of the project", "[report]")
{
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    const ReportModel m = buildReport(p, o);

    const QSet<QString> scope(p.scope.cbegin(), p.scope.cend());
    int potensi = 0;
    int kebutuhan = 0;
    QMap<QString, int> byUrusan;
    int inScope = 0;
    for (const Entry &e : p.entries) {
        if (e.meta.deleted || !scope.contains(e.regionCode))
            continue;
        ++inScope;
        if (e.regionCode != p.ownerRegion)
            continue;
        (e.kind == EntryKind::Potensi ? potensi : kebutuhan)++;
        ++byUrusan[e.urusanCode];
    }
    REQUIRE(potensi + kebutuhan > 0);
    REQUIRE(inScope > potensi + kebutuhan);
    CHECK(m.counts.entriesInScope == inScope);
    CHECK(m.counts.regions == p.scope.size());
    CHECK(m.counts.potensi == potensi);
    CHECK(m.counts.kebutuhan == kebutuhan);
    CHECK(m.counts.entries == potensi + kebutuhan);
    for (auto it = byUrusan.cbegin(); it != byUrusan.cend(); ++it) {
        const auto pk = m.counts.entriesByUrusan.value(it.key());
        CHECK(pk.first + pk.second == it.value());
    }

    int total = 0;
    int eligible = 0;
    const QMap<QString, int> byCat = eligibleByCategory(p, &total, &eligible);
    CHECK(m.counts.proposals == total);
    CHECK(m.counts.proposalsEligible == eligible);
    CHECK(m.counts.proposalsByCategory.value(QStringLiteral("KSDD")) == byCat.value(QStringLiteral("KSDD")));
    CHECK(m.counts.proposalsByCategory.value(QStringLiteral("SINERGI")) == byCat.value(QStringLiteral("Sinergi")));

    int agreements = 0;
    for (const Agreement &a : p.agreements)
        agreements += a.meta.deleted ? 0 : 1;
    CHECK(m.counts.agreements == agreements);

    // Suggestions: the engine's own output, every class but TIDAK_MEMENUHI; the headline counts only the owner's
    // pairs, the others (touching the scope) go to the annex.
    const SuggestionSet set = SuggestionEngine::run(p);
    QMap<QString, int> byClass;
    int suggestions = 0;
    int others = 0;
    for (const Suggestion &sg : set.suggestions) {
        if (sg.cls == KsdClass::TidakMemenuhi || (!scope.contains(sg.regionA) && !scope.contains(sg.regionB)))
            continue;
        if (sg.regionA != p.ownerRegion && sg.regionB != p.ownerRegion) {
            ++others;
            continue;
        }
        ++byClass[ksdClassKey(sg.cls)];
        ++suggestions;
    }
    REQUIRE(others > 0);
    CHECK(m.counts.suggestions == suggestions);
    CHECK(m.counts.suggestionsByClass == byClass);
    CHECK(m.counts.otherSuggestions == others);
    int ownClusters = 0;
    for (const auto &c : set.clusters)
        ownClusters += c.members.contains(p.ownerRegion) ? 1 : 0;
    CHECK(m.counts.clusters == ownClusters);
}

TEST_CASE("summary sentences have the shape planners report", "[report]")
{
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    const ReportModel m = buildReport(p, o);
    const QStringList bullets = bulletsOf(m);

    // "156 usulan, 125 memenuhi kriteria: 46,4% Sinergi, 38,4% KSDPK, 15,2% KSDD."
    int total = 0;
    int eligible = 0;
    const QMap<QString, int> byCat = eligibleByCategory(p, &total, &eligible);
    QList<QPair<int, QString>> cats;
    for (const char *c : {"KSDD", "KSDPK", "Sinergi", "KSDPL", "KSDLL"}) {
        const int n = byCat.value(QString::fromLatin1(c));
        if (n > 0)
            cats << qMakePair(-n, QString::fromLatin1(c));
    }
    std::stable_sort(cats.begin(), cats.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList parts;
    for (const auto &c : cats)
        parts << percent(-c.first, eligible, id) + QLatin1Char(' ') + c.second;
    const QString proposals = s("%1 usulan, %2 memenuhi kriteria: %3.").arg(total).arg(eligible).arg(
        parts.join(QStringLiteral(", ")));
    INFO(bullets.join(QLatin1Char('\n')).toStdString());
    CHECK(bullets.contains(proposals));

    // "10 kesepakatan bersama: 9 dengan pihak ketiga, 1 dengan daerah lain."
    int kbDaerah = 0;
    int kbPihak = 0;
    int kb = 0;
    for (const Agreement &a : p.agreements) {
        if (a.meta.deleted || a.docType != DocType::KB)
            continue;
        ++kb;
        kbDaerah += a.category == Category::KSDD || a.category == Category::KSDPL;
        kbPihak += a.category == Category::KSDPK || a.category == Category::KSDLL;
    }
    REQUIRE(kb > 0);
    QStringList kbParts;
    if (kbDaerah)
        kbParts << s("%1 dengan daerah lain").arg(kbDaerah);
    if (kbPihak)
        kbParts << s("%1 dengan pihak ketiga").arg(kbPihak);
    CHECK(bullets.contains(s("%1 kesepakatan bersama: %2.").arg(kb).arg(kbParts.join(QStringLiteral(", ")))));
}

TEST_CASE("numbers and dates follow the report's language", "[report]")
{
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    const ReportModel idm = buildReport(p, o);
    o.language = QStringLiteral("en");
    const ReportModel enm = buildReport(p, o);

    CHECK(idm.language == QStringLiteral("id"));
    CHECK(enm.language == QStringLiteral("en"));
    CHECK(idm.headerRight == s("13 Juni 2024"));
    CHECK(enm.headerRight == s("13 June 2024"));
    CHECK(idm.cover.dateText == s("13 Juni 2024"));

    int total = 0;
    int eligible = 0;
    const QMap<QString, int> byCat = eligibleByCategory(p, &total, &eligible);
    const int ksdd = byCat.value(QStringLiteral("KSDD"));
    REQUIRE(eligible > 0);
    const QString idPct = percent(ksdd, eligible, QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const QString enPct = percent(ksdd, eligible, QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(idPct != enPct); // a decimal comma against a decimal point
    CHECK(allText(idm).join(QLatin1Char('\n')).contains(idPct));
    CHECK(allText(enm).join(QLatin1Char('\n')).contains(enPct));
    CHECK_FALSE(allText(enm).join(QLatin1Char('\n')).contains(idPct));
}

TEST_CASE("one profile per region in scope, and a scope option narrows it", "[report]")
{
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    o.sections = {ReportSection::Profiles};
    const ReportModel all = buildReport(p, o);
    CHECK(headings(all, 1).size() == 1);
    // The owner first, then its partners: regions it shares a suggestion or an agreement with.
    const auto profiled = headings(all, 2);
    REQUIRE(profiled.size() > 2);
    CHECK(profiled.size() < p.scope.size());
    CHECK(profiled.first().title == s("Kabupaten Banjar"));
    const SuggestionSet set = SuggestionEngine::run(p);
    QSet<QString> partners;
    const auto name = [](const QString &code) {
        const Region *r = RefData::instance().region(code);
        return r->isProvince() ? s("Provinsi ") + r->name : r->name;
    };
    for (const Suggestion &sg : set.suggestions) {
        if (sg.cls != KsdClass::TidakMemenuhi && (sg.regionA == p.ownerRegion || sg.regionB == p.ownerRegion))
            partners << name(sg.regionA == p.ownerRegion ? sg.regionB : sg.regionA);
    }
    for (const Agreement &a : p.agreements) {
        for (const Party &party : a.parties) {
            if (party.kind == PartyKind::Region && !a.meta.deleted)
                partners << name(party.regionCode);
        }
    }
    for (int i = 1; i < profiled.size(); ++i) {
        INFO(profiled[i].title.toStdString());
        CHECK(partners.contains(profiled[i].title));
        CHECK(profiled[i].running);
    }
    CHECK_FALSE(all.hasCover);
    CHECK_FALSE(all.hasContents);

    o.scope = {QStringLiteral("63.03"), QStringLiteral("63.71"), QStringLiteral("99.99")}; // unknown code dropped
    const ReportModel two = buildReport(p, o);
    const auto h2 = headings(two, 2);
    REQUIRE(h2.size() == 2);
    CHECK(h2[0].title == s("Kabupaten Banjar"));
    CHECK(h2[1].title == s("Kota Banjarmasin"));
    CHECK(two.counts.regions == 2);
}

TEST_CASE("an empty project's report is one chapter on collecting the data, not empty sections", "[report]")
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Kosong"), 2024);
    ReportOptions o;
    o.today = Today;
    const ReportModel m = buildReport(p, o);
    QStringList titles;
    for (const ReportHeading &h : headings(m, 1))
        titles << h.title;
    CHECK(titles == QStringList{s("Panduan Pengumpulan Data")});
    CHECK_FALSE(m.hasContents);
    QStringList sections;
    for (const ReportHeading &h : headings(m, 2))
        sections << h.title;
    CHECK(sections == QStringList{s("Siapa mengisi apa"), s("Langkah pengumpulan"), s("Kolom templat CSV")});
    const QString text = allText(m).join(QLatin1Char('\n'));
    CHECK(text.contains(s("Proyek pemetaan Kabupaten Banjar tahun 2024 belum berisi data")));
    CHECK(text.contains(s("petaksd template --entries")));
    CHECK(text.contains(s("kode_wilayah *")));
    CHECK(m.cover.yearText == s("Tahun 2024"));
    // Every template column the import knows is listed.
    for (const QString &column : io::templateColumns(io::ImportKind::Agreements)) {
        INFO(column.toStdString());
        CHECK(text.contains(column));
    }
}

TEST_CASE("wajib suggestions show pair type, who takes over and the basis", "[report]")
{
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    o.sections = {ReportSection::Wajib};
    const ReportModel m = buildReport(p, o);
    const SuggestionSet set = SuggestionEngine::run(p);
    int wajib = 0; // the owner's wajib pairs: the others are in the annex
    for (const Suggestion &sg : set.suggestions)
        wajib += sg.cls == KsdClass::Wajib && (sg.regionA == p.ownerRegion || sg.regionB == p.ownerRegion) ? 1 : 0;
    const ReportTable *table = nullptr;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *t = std::get_if<ReportTable>(&b); t && t->caption.endsWith(s("Saran kerja sama wajib"))) {
            table = t;
            break;
        }
    }
    if (wajib == 0) {
        CHECK(table == nullptr);
        return;
    }
    REQUIRE(table != nullptr);
    int rows = 0;
    for (int r = 0; r < table->rows.size(); ++r) {
        const QStringList &row = table->rows[r];
        if (table->kindOf(r) == RowKind::Group) {
            // The group row: the pair type and its legal basis.
            CHECK(row[0].startsWith(s("Tipe ")));
            CHECK(row[0].contains(s("UU 23/2014 Pasal 363")));
            continue;
        }
        ++rows;
        CHECK(QStringList({s("A"), s("B"), s("C*"), s("C"), s("D"), s("E")}).contains(row[4]));
        CHECK((row[6].contains(s("gubernur")) || row[6].contains(s("Pemerintah Pusat"))));
    }
    CHECK(rows == wajib);
}

TEST_CASE("long lists are cut to the highest scores and priorities, and the table says so", "[report]")
{
    const Project p = makeDemoProject(Today);
    const SuggestionSet set = SuggestionEngine::run(p);
    int wajib = 0;
    double best = 0;
    for (const Suggestion &sg : set.suggestions) {
        if (sg.cls == KsdClass::Wajib && (sg.regionA == p.ownerRegion || sg.regionB == p.ownerRegion)) {
            ++wajib;
            best = std::max(best, sg.score);
        }
    }
    REQUIRE(wajib > 3);
    ReportOptions o;
    o.today = Today;
    o.sections = {ReportSection::Wajib, ReportSection::Profiles};
    o.maxSuggestionRows = 3;
    o.maxProfileRows = 2;
    const ReportModel m = buildReport(p, o);

    const ReportTable *table = nullptr;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *t = std::get_if<ReportTable>(&b); t && t->caption.endsWith(s("Saran kerja sama wajib"))) {
            table = t;
            break;
        }
    }
    REQUIRE(table != nullptr);
    QList<double> scores;
    for (int r = 0; r < table->rows.size(); ++r) {
        if (table->kindOf(r) != RowKind::Group)
            scores << QLocale(QLocale::Indonesian).toDouble(table->rows[r][5]);
    }
    CHECK(scores.size() == 3);
    CHECK(std::abs(*std::max_element(scores.cbegin(), scores.cend()) - std::floor(best * 10 + 0.5) / 10) < 0.051);
    CHECK(table->note.contains(s("Ditampilkan 3 baris dengan skor tertinggi dari %1").arg(wajib)));

    // Profiles: another region keeps two entries, the owner (Kabupaten Banjar) five times as many.
    const QStringList text = allText(m);
    int ownerEntries = 0;
    int others = 0;
    for (const Entry &e : p.entries) {
        if (e.meta.deleted)
            continue;
        (e.regionCode == p.ownerRegion ? ownerEntries : others) += 1;
    }
    REQUIRE(ownerEntries > 2);
    const bool ownerCut = ownerEntries > 10;
    CHECK(text.join(QLatin1Char('\n')).contains(s("dari %1 isian").arg(ownerEntries)) == ownerCut);
    CHECK(std::any_of(text.cbegin(), text.cend(), [](const QString &t) {
        return t.startsWith(QStringLiteral("Ditampilkan 2 dari "));
    }));
}

TEST_CASE("the owner's report: every pair in the body involves the owner, first; the others are in the annex",
          "[report]")
{
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    const ReportModel m = buildReport(p, o);
    const QString owner = s("Kabupaten Banjar");
    REQUIRE(RefData::instance().region(p.ownerRegion)->name == owner);

    // Every table whose columns say "Daerah pemilik": the owner in that column, on every row. Rows are counted per
    // class to reconcile with the headline counts.
    QMap<QString, int> listed;
    bool inAnnex = false;
    int annexRows = 0;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *h = std::get_if<ReportHeading>(&b); h && h->level == 1)
            inAnnex = h->kicker.startsWith(s("LAMPIRAN")) && h->title.startsWith(s("Untuk Diketahui"));
        const auto *t = std::get_if<ReportTable>(&b);
        if (!t || t->columns.size() < 3)
            continue;
        if (inAnnex) {
            if (t->columns[1].title == s("Daerah")) {
                for (int r = 0; r < t->rows.size(); ++r) {
                    if (t->kindOf(r) == RowKind::Group)
                        continue;
                    ++annexRows;
                    CHECK(t->rows[r][1] != owner);
                    CHECK(t->rows[r][2] != owner);
                }
            }
            continue;
        }
        if (t->columns[1].title != s("Daerah pemilik"))
            continue;
        for (int r = 0; r < t->rows.size(); ++r) {
            if (t->kindOf(r) == RowKind::Group)
                continue;
            INFO(t->caption.toStdString() << " row " << r);
            CHECK(t->rows[r][1] == owner);
            CHECK(t->rows[r][2] != owner);
            if (t->caption.endsWith(s("Saran kerja sama wajib")))
                ++listed[s("WAJIB")];
            else if (t->caption.endsWith(s("Potensi kerja sama wajib")))
                ++listed[s("POTENSI_WAJIB")];
            else if (t->caption.endsWith(s("Saran kerja sama sukarela")))
                ++listed[s("SUKARELA")];
            else if (t->caption.endsWith(s("Pasangan yang dirujuk ke provinsi")))
                ++listed[s("RUJUK_PROVINSI")];
        }
    }
    // The headline counts are the rows listed (the demo is far below the row limit).
    REQUIRE(m.counts.suggestionsByClass.value(s("WAJIB")) > 0);
    for (const char *k : {"WAJIB", "POTENSI_WAJIB", "SUKARELA", "RUJUK_PROVINSI"}) {
        INFO(k);
        CHECK(listed.value(s(k)) == m.counts.suggestionsByClass.value(s(k)));
    }
    CHECK(annexRows == m.counts.otherSuggestions);

    // The annex says first that it is not the owner's obligation.
    const auto annex = chapterBlocks(m, s("Untuk Diketahui: Pasangan Lain di Wilayah Cakupan"));
    REQUIRE_FALSE(annex.isEmpty());
    const auto *lead = std::get_if<ReportParagraph>(&annex.first());
    REQUIRE(lead != nullptr);
    CHECK(lead->text.contains(s("bukan kewajiban Kabupaten Banjar")));

    // Leaving the annex out with the sections option removes it, and the wajib chapter says the pairs are not listed.
    o.sections.removeAll(ReportSection::Others);
    const ReportModel without = buildReport(p, o);
    CHECK(chapterBlocks(without, s("Untuk Diketahui: Pasangan Lain di Wilayah Cakupan")).isEmpty());
    CHECK(allText(without).join(QLatin1Char('\n')).contains(s("pasangan itu tidak dimuat dalam laporan ini.")));
}

TEST_CASE("recommendations name the expiring agreements, the KB before its PKS, studies, referrals and DPRD",
          "[report]")
{
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    o.sections = {ReportSection::Recommendations};
    const ReportModel m = buildReport(p, o);
    const ReportTable *t = nullptr;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *tt = std::get_if<ReportTable>(&b); tt && tt->caption.endsWith(s("Rekomendasi tindak lanjut")))
            t = tt;
    }
    REQUIRE(t != nullptr);
    QStringList actions;
    QStringList groups;
    for (int r = 0; r < t->rows.size(); ++r)
        (t->kindOf(r) == RowKind::Group ? groups : actions) << t->rows[r][1] + QLatin1Char('|') + t->rows[r][3];
    CHECK(actions.size() == m.counts.recommendations);
    const QString text = actions.join(QLatin1Char('\n'));
    INFO(text.toStdString());

    // Every agreement ending within 90 days, by title.
    const auto expiring = expiringAgreements(p, Today, 90, true);
    REQUIRE(expiring.size() >= 3);
    for (const ExpiryItem &e : expiring)
        CHECK(text.contains(e.title));
    // The food KB with Palangka Raya ends while its PKS is still being drafted.
    CHECK(text.contains(s("Selesaikan dan tandatangani PKS \"Perjanjian Kerja Sama Pasokan Beras Lokal")));
    // Potensi wajib pairs ask for a study; referrals go to the province.
    CHECK(text.contains(s("Lengkapi kajian eksternalitas dan efisiensi bersama")));
    CHECK(text.contains(s("kepada Pemerintah Provinsi Kalimantan Selatan")));
    // Each proposal needing DPRD approval not yet given, by title.
    int dprd = 0;
    for (const Proposal &pr : p.proposals) {
        const ScreeningResult sr = screenProposal(pr, p);
        if (pr.meta.deleted || !sr.eligible || !sr.dprdApproval)
            continue;
        bool given = false;
        for (const Agreement &a : p.agreements)
            given = given || (a.proposalId == pr.meta.id && stageReachedOn(a, Stage::PersetujuanDPRD).isValid());
        if (given)
            continue;
        ++dprd;
        CHECK(text.contains(s("Ajukan persetujuan DPRD untuk usulan \"%1\".").arg(pr.title)));
    }
    CHECK(dprd > 0);
    for (const QString &a : actions)
        CHECK_FALSE(a.section(QLatin1Char('|'), 1).isEmpty()); // every line names who is responsible
}

TEST_CASE("dates and status: a draft is not in force, the year is the project's, the data's date is stated",
          "[report]")
{
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    const ReportModel m = buildReport(p, o);

    // The register: a row without a start date never reads "Aktif"; the note defines every status.
    const ReportTable *reg = nullptr;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *t = std::get_if<ReportTable>(&b); t && t->caption.endsWith(s("Register kerja sama")))
            reg = t;
    }
    REQUIRE(reg != nullptr);
    const int status = 6;
    const int start = 7;
    REQUIRE(reg->columns[status].title == s("Status"));
    REQUIRE(reg->columns[start].title == s("Mulai"));
    int drafts = 0;
    for (const QStringList &row : reg->rows) {
        if (row[start] == s("–")) {
            ++drafts;
            CHECK(row[status] != s("Aktif"));
        }
    }
    int undated = 0;
    for (const Agreement &a : p.agreements)
        undated += !a.meta.deleted && !a.startDate.isValid() && a.status == AgreementStatus::Aktif ? 1 : 0;
    REQUIRE(undated > 0); // the demo has drafts recorded as aktif
    CHECK(drafts == undated);
    for (const char *name : {"Dalam proses", "Aktif", "Lewat masa berlaku", "Sudah berakhir", "Dihentikan"})
        CHECK(reg->note.contains(s("%1: ").arg(s(name))));

    // Year and dates: the cover's year is the project's, the data's date is its last change.
    CHECK(m.cover.yearText == s("Tahun 2024"));
    const QDate data = dataLastChanged(p);
    REQUIRE(data.isValid());
    const QString dataText = QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(data, s("d MMMM yyyy"));
    CHECK(m.cover.dataText.contains(dataText));
    const QString text = allText(m).join(QLatin1Char('\n'));
    CHECK(text.contains(s("dari data per %1 (perubahan terakhir), disusun pada 13 Juni 2024").arg(dataText)));

    // Data older than 90 days before the report's date: a warning; fresh data: none.
    o.today = data.addDays(200);
    CHECK(allText(buildReport(p, o)).join(QLatin1Char('\n')).contains(s("Perhatian: data terakhir diubah pada")));
    o.today = data.addDays(10);
    CHECK_FALSE(allText(buildReport(p, o)).join(QLatin1Char('\n')).contains(s("Perhatian: data terakhir")));

    // An empty 2025 project reports 2025, whatever the date it is printed on.
    const Project empty = Project::create(QStringLiteral("32.79"), s("Kota Banjar 2025"), 2025);
    o.today = QDate(2026, 12, 7);
    const ReportModel e = buildReport(empty, o);
    CHECK(e.cover.yearText == s("Tahun 2025"));
    CHECK(e.title.endsWith(s("Tahun 2025")));
    CHECK(e.cover.dateText == s("7 Desember 2026"));
}

TEST_CASE("front matter: approval page with lines to fill, foreword from the data, abbreviations, participating PD",
          "[report]")
{
    Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    const ReportModel m = buildReport(p, o);
    const ReportApproval *approval = nullptr;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *a = std::get_if<ReportApproval>(&b); a && !a->documentTitle.isEmpty())
            approval = a;
    }
    REQUIRE(approval != nullptr);
    CHECK(approval->documentTitle == m.title);
    REQUIRE(approval->signatures.size() == 3);
    CHECK(approval->signatures[2].position.startsWith(s("Sekretaris Daerah Kabupaten Banjar")));
    for (const ReportSignature &sg : approval->signatures) {
        CHECK(sg.name.isEmpty()); // unknown: a line to fill in
        CHECK(sg.nip.isEmpty());
    }
    CHECK(approval->number.isEmpty());

    // The contents mark comes after the approval page and the foreword, before the first chapter.
    int mark = -1;
    int firstChapter = -1;
    for (int i = 0; i < m.blocks.size(); ++i) {
        if (std::holds_alternative<ReportContentsMark>(m.blocks[i]) && mark < 0)
            mark = i;
        if (const auto *h = std::get_if<ReportHeading>(&m.blocks[i]); h && h->kicker == s("BAB I") && firstChapter < 0)
            firstChapter = i;
    }
    CHECK(mark > 0);
    CHECK(firstChapter > mark);
    CHECK(m.tablesTitle == s("Daftar Tabel"));
    CHECK(m.figuresTitle == s("Daftar Gambar"));

    // The foreword states the data's own counts; the abbreviations list the terms of a pemda document.
    const auto foreword = chapterBlocks(m, s("Kata Pengantar"));
    REQUIRE_FALSE(foreword.isEmpty());
    const auto *first = std::get_if<ReportParagraph>(&foreword.first());
    REQUIRE(first != nullptr);
    CHECK(first->text.contains(s("%1 isian potensi dan kebutuhan").arg(m.counts.entries)));
    CHECK(first->text.contains(s("%1 usulan kerja sama").arg(m.counts.proposals)));
    const QString abbreviations = [&] {
        QStringList out;
        for (const ReportBlock &b : chapterBlocks(m, s("Daftar Singkatan"))) {
            if (const auto *t = std::get_if<ReportTable>(&b))
                for (const QStringList &r : t->rows)
                    out << r.first();
        }
        return out.join(QLatin1Char(' '));
    }();
    for (const char *a : {"KSD", "KSDD", "KSDPK", "TKKSD", "KB", "PKS", "DPRD", "APBD", "Bappeda"})
        CHECK(abbreviations.split(QLatin1Char(' ')).contains(s(a)));

    // Participating PD: every owner PD that entered data, with its counts adding up to the owner's entries.
    const ReportTable *pd = nullptr;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *t = std::get_if<ReportTable>(&b); t && t->caption.contains(s("yang berpartisipasi")))
            pd = t;
    }
    REQUIRE(pd != nullptr);
    REQUIRE(pd->kindOf(int(pd->rows.size()) - 1) == RowKind::Total);
    CHECK(pd->rows.last()[1].toInt() + pd->rows.last()[2].toInt() == m.counts.entries);

    // Names from the project settings replace the lines.
    p.settings.insert(s("report.approved.name"), s("Dr. H. Contoh Nama, M.Si."));
    p.settings.insert(s("report.number"), s("050/123/Pem/2024"));
    const ReportModel named = buildReport(p, o);
    for (const ReportBlock &b : named.blocks) {
        if (const auto *a = std::get_if<ReportApproval>(&b); a && !a->documentTitle.isEmpty()) {
            CHECK(a->signatures[2].name == s("Dr. H. Contoh Nama, M.Si."));
            CHECK(a->number == s("050/123/Pem/2024"));
        }
    }
}

TEST_CASE("the matrix has totals, the owner's row marked, and at most 14 urusan per part", "[report]")
{
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    o.sections = {ReportSection::Matrix, ReportSection::Map};
    const ReportModel m = buildReport(p, o);
    QList<const ReportTable *> parts;
    for (const ReportBlock &b : m.blocks) {
        if (const auto *t = std::get_if<ReportTable>(&b); t && t->caption.contains(s("Matriks daerah")))
            parts << t;
    }
    REQUIRE_FALSE(parts.isEmpty());
    int potensi = 0;
    int kebutuhan = 0;
    for (const ReportTable *t : std::as_const(parts)) {
        CHECK(t->columns.size() <= 1 + 14 + 1);
        REQUIRE(t->kindOf(int(t->rows.size()) - 1) == RowKind::Total);
        bool owner = false;
        for (int r = 0; r < t->rows.size(); ++r) {
            if (t->rows[r][0] == s("Kabupaten Banjar")) {
                owner = true;
                CHECK(t->kindOf(r) == RowKind::Warning);
            }
        }
        CHECK(owner);
    }
    // The last part's grand total is every entry in scope.
    const QStringList total = parts.last()->rows.last();
    const QStringList pk = total.last().split(QLatin1Char('/'));
    for (const Entry &e : p.entries) {
        if (!e.meta.deleted && p.scope.contains(e.regionCode))
            (e.kind == EntryKind::Potensi ? potensi : kebutuhan)++;
    }
    CHECK(pk.value(0).toInt() == potensi);
    CHECK(pk.value(1).toInt() == kebutuhan);

    // The map stands on a landscape page of its own, with an inset of the owner and its bordering neighbours only.
    const ReportFigure *map = nullptr;
    for (int i = 0; i < m.blocks.size(); ++i) {
        if (const auto *f = std::get_if<ReportFigure>(&m.blocks[i]); f && f->kind == FigureKind::NetworkMap) {
            map = f;
            CHECK(f->fullPage);
            bool landscape = false;
            for (int j = i - 1; j >= 0 && !landscape; --j) {
                if (const auto *pb = std::get_if<ReportPageBreak>(&m.blocks[j]))
                    landscape = pb->orientation == PageOrientation::Landscape;
            }
            CHECK(landscape);
        }
    }
    REQUIRE(map != nullptr);
    REQUIRE(map->panels.size() == 1);
    const ReportMapPanel *near = &map->panels.first();
    const QStringList neighbours = RefData::instance().neighbours(p.ownerRegion);
    CHECK(near->regions.contains(p.ownerRegion));
    for (const QString &c : near->regions)
        CHECK((c == p.ownerRegion || neighbours.contains(c)));
    for (const ReportMapLink &l : near->links)
        CHECK((near->regions.contains(l.a) && near->regions.contains(l.b)));
}
