// SPDX-License-Identifier: Apache-2.0
// The report content (core/report): counts computed independently from the project, the planners' sentence shapes,
// number and date formats per language, sections that never go missing.
#include "helpers.h"

#include "demo/demoproject.h"
#include "engine/engine.h"
#include "report/reportbuilder.h"

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
    for (const Entry &e : p.entries) {
        if (e.meta.deleted || !scope.contains(e.regionCode))
            continue;
        (e.kind == EntryKind::Potensi ? potensi : kebutuhan)++;
        ++byUrusan[e.urusanCode];
    }
    REQUIRE(potensi + kebutuhan > 0);
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

    // Suggestions: the engine's own output, every class but TIDAK_MEMENUHI, touching the scope.
    const SuggestionSet set = SuggestionEngine::run(p);
    QMap<QString, int> byClass;
    int suggestions = 0;
    for (const Suggestion &sg : set.suggestions) {
        if (sg.cls == KsdClass::TidakMemenuhi || (!scope.contains(sg.regionA) && !scope.contains(sg.regionB)))
            continue;
        ++byClass[ksdClassKey(sg.cls)];
        ++suggestions;
    }
    CHECK(m.counts.suggestions == suggestions);
    CHECK(m.counts.suggestionsByClass == byClass);
    CHECK(m.counts.clusters == set.clusters.size());
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
    CHECK(headings(all, 2).size() == p.scope.size());
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

TEST_CASE("a project with no suggestions and no agreements still has every section, saying it is empty",
          "[report]")
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Kosong"), 2024);
    ReportOptions o;
    o.today = Today;
    const ReportModel m = buildReport(p, o);
    const QStringList chapters = {s("Ringkasan Hasil Pemetaan"), s("Dasar Hukum dan Metode"),
                                  s("Peta Jejaring Kerja Sama"), s("Kerja Sama Wajib"), s("Kerja Sama Sukarela"),
                                  s("Klaster dan Rujukan ke Provinsi"), s("Matriks Potensi dan Kebutuhan"),
                                  s("Profil Daerah"), s("Register Kerja Sama"), s("Kamus Data"), s("Sumber Data"),
                                  s("Atribusi Data Peta")};
    QStringList titles;
    for (const ReportHeading &h : headings(m, 1))
        titles << h.title;
    CHECK(titles == chapters);
    for (const QString &c : chapters) {
        INFO(c.toStdString());
        CHECK_FALSE(chapterBlocks(m, c).isEmpty());
    }
    const QString text = allText(m).join(QLatin1Char('\n'));
    CHECK(text.contains(s("Belum ada isian potensi atau kebutuhan untuk daerah dalam cakupan.")));
    CHECK(text.contains(s("Tidak ada saran kerja sama.")));
    CHECK(text.contains(s("Tidak ada pasangan daerah yang memenuhi kedua syarat kerja sama wajib.")));
    CHECK(text.contains(s("Tidak ada saran kerja sama sukarela.")));
    CHECK(text.contains(s("Tidak ada klaster daerah dengan kebutuhan lintas batas pada layanan yang sama.")));
    CHECK(text.contains(s("Belum ada usulan kerja sama yang dicatat.")));
    CHECK(text.contains(s("Belum ada dokumen kerja sama dalam register.")));
    CHECK(text.contains(s("Belum ada kerja sama yang tercatat untuk daerah ini.")));
    CHECK(m.counts.suggestions == 0);
    CHECK(m.counts.agreements == 0);

    // Zero agreements but suggestions: the register says so, the wajib chapter has its table.
    Project demo = makeDemoProject(Today);
    demo.agreements.clear();
    demo.monev.clear();
    demo.documents.clear();
    const ReportModel noAgreements = buildReport(demo, o);
    CHECK(noAgreements.counts.suggestions > 0);
    const auto registerBlocks = chapterBlocks(noAgreements, s("Register Kerja Sama"));
    REQUIRE(registerBlocks.size() >= 1);
    bool said = false;
    for (const ReportBlock &b : registerBlocks) {
        if (const auto *para = std::get_if<ReportParagraph>(&b))
            said = said || para->text == s("Belum ada dokumen kerja sama dalam register.");
    }
    CHECK(said);
}

TEST_CASE("wajib suggestions show pair type, who takes over and the basis", "[report]")
{
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    o.sections = {ReportSection::Wajib};
    const ReportModel m = buildReport(p, o);
    const SuggestionSet set = SuggestionEngine::run(p);
    int wajib = 0;
    for (const Suggestion &sg : set.suggestions)
        wajib += sg.cls == KsdClass::Wajib ? 1 : 0;
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
        if (sg.cls == KsdClass::Wajib) {
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
