// SPDX-License-Identifier: Apache-2.0
// The PDF report end to end: petaksd report headless, then poppler's tools read what a planner would get.
#include "helpers.h"

#include "demo/demoproject.h"
#include "engine/engine.h"
#include "engine/maplinks.h"
#include "network/networkdata.h"
#include "refdata/refdata.h"
#include "register/expiry.h"
#include "report/reportbuilder.h"
#include "report/reportexportdialog.h"
#include "report/reportwriter.h"
#include "util/i18n.h"
#include "store/ksdstore.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

const QDate Today(2024, 6, 13);

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput())};
}

/// The PDF's text with every run of white space made one space (a sentence may wrap anywhere).
QString pdfText(const QString &pdf)
{
    const Tool t = tool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                      QStringLiteral("-")});
    REQUIRE(t.exitCode == 0);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(t.out).replace(space, QStringLiteral(" "));
}

int pdfPages(const QString &pdf)
{
    const Tool t = tool(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(t.exitCode == 0);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(t.out);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

/// A saved demo project and a place for the reports.
struct Fixture
{
    QTemporaryDir dir;
    QString ksd;
    Fixture()
    {
        REQUIRE(dir.isValid());
        ksd = dir.filePath(QStringLiteral("demo.ksd"));
        REQUIRE(KsdStore::save(makeDemoProject(Today), ksd).ok());
    }
    QString path(const QString &name) const { return dir.filePath(name); }
    /// Runs petaksd report; returns the PDF path.
    QString report(const QString &name, const QStringList &extra = {}, const QString &file = {}) const
    {
        const QString out = path(name);
        const auto r = test::petaksd(QStringList{QStringLiteral("report"), file.isEmpty() ? ksd : file,
                                                 QStringLiteral("-o"), out, QStringLiteral("--today"),
                                                 QStringLiteral("2024-06-13")}
                                     + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(QFile::exists(out));
        return out;
    }
};

} // namespace

TEST_CASE("petaksd report writes the demo report with its headings and counts", "[report][cli]")
{
    Fixture f;
    const QString pdf = f.report(QStringLiteral("demo.pdf"));
    const QString text = pdfText(pdf);
    const int pages = pdfPages(pdf);
    CHECK(pages > 20);

    for (const char *heading : {"DAFTAR ISI", "Ringkasan Hasil Pemetaan", "Dasar Hukum dan Metode",
                                "Peta Jejaring Kerja Sama", "Kerja Sama Wajib", "Kerja Sama Sukarela",
                                "Klaster dan Rujukan ke Provinsi", "Matriks Potensi dan Kebutuhan", "Profil Daerah",
                                "Register Kerja Sama", "Kamus Data", "Sumber Data", "Atribusi Data Peta",
                                "Kabupaten Banjar", "Kota Banjarmasin"}) {
        INFO(heading);
        CHECK(text.contains(s(heading)));
    }
    CHECK(text.contains(s("Halaman 2 dari %1").arg(pages)));
    CHECK(text.contains(s("Halaman %1 dari %1").arg(pages)));
    CHECK(text.contains(s("13 Juni 2024")));
    CHECK(text.contains(s("Badan Informasi Geospasial")));

    // The counts, computed here from the project itself.
    const Project p = makeDemoProject(Today);
    int total = 0;
    int eligible = 0;
    int ksdd = 0;
    for (const Proposal &pr : p.proposals) {
        if (pr.meta.deleted)
            continue;
        ++total;
        if (pr.activity == ActivityKind::KerjaSama) {
            ++eligible;
            ksdd += pr.partnerType == PartnerType::Daerah ? 1 : 0;
        }
    }
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    const QString ksddShare = id.toString(std::floor(1000.0 * ksdd / eligible + 0.5) / 10.0, 'f', 1)
                              + QStringLiteral("% KSDD");
    CHECK(text.contains(s("%1 usulan, %2 memenuhi kriteria:").arg(total).arg(eligible)));
    CHECK(text.contains(ksddShare));
    int kb = 0;
    int potensi = 0;
    int kebutuhan = 0;
    for (const Agreement &a : p.agreements)
        kb += !a.meta.deleted && a.docType == DocType::KB ? 1 : 0;
    for (const Entry &e : p.entries) {
        if (!e.meta.deleted && e.regionCode == p.ownerRegion) // the headline is the owner's own entries
            (e.kind == EntryKind::Potensi ? potensi : kebutuhan)++;
    }
    CHECK(text.contains(s("%1 kesepakatan bersama:").arg(kb)));
    // A line may break after the slash of "kebutuhan/permasalahan".
    CHECK(QString(text).replace(s("/ "), s("/")).contains(
        s("%1 potensi dan %2 kebutuhan/permasalahan").arg(potensi).arg(kebutuhan)));

    // Document information and language.
    const Tool info = tool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.out.contains(s("Laporan Hasil Pemetaan Kerja Sama Daerah Kabupaten Banjar Tahun 2024")));
    CHECK(info.out.contains(s("Author:")));
    CHECK(info.out.contains(s("Bagian Pemerintahan Sekretariat Daerah Kabupaten Banjar")));
    CHECK(info.out.contains(s("PetaKSD")));
    QFile raw(pdf);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.readAll().contains("/Lang (id-ID)"));
}

TEST_CASE("the page count follows the number of regions in scope", "[report][cli]")
{
    Fixture f;
    const QStringList sections{QStringLiteral("--sections"), QStringLiteral("summary,profiles")};
    const int one = pdfPages(f.report(QStringLiteral("one.pdf"), sections + QStringList{QStringLiteral("--scope"),
                                                                                     QStringLiteral("63.03")}));
    const int three = pdfPages(f.report(
        QStringLiteral("three.pdf"),
        sections + QStringList{QStringLiteral("--scope"), QStringLiteral("63.03,63.71,63.72")}));
    const int all = pdfPages(f.report(QStringLiteral("all.pdf"), sections));
    // Profiles: the owner and its partners in scope (Banjarmasin and Banjarbaru are both).
    ReportOptions o;
    o.today = Today;
    o.sections = {ReportSection::Profiles};
    int profiles = 0;
    for (const ReportBlock &b : buildReport(makeDemoProject(Today), o).blocks) {
        if (const auto *h = std::get_if<ReportHeading>(&b); h && h->level == 2)
            ++profiles;
    }
    REQUIRE(profiles > 3);
    CHECK(three >= one + 2);   // every profile starts on its own page
    CHECK(all >= three + profiles - 3);
}

TEST_CASE("every page renders, fonts are embedded", "[report][cli]")
{
    Fixture f;
    const QString pdf = f.report(QStringLiteral("demo.pdf"));
    const int pages = pdfPages(pdf);
    const QString prefix = f.path(QStringLiteral("page"));
    const Tool render = tool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                          QStringLiteral("20"), pdf, prefix});
    CHECK(render.exitCode == 0);
    const QStringList pngs = QDir(f.dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files);
    CHECK(pngs.size() == pages);

    const Tool fonts = tool(QStringLiteral("pdffonts"), {pdf});
    REQUIRE(fonts.exitCode == 0);
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    bool dejavu = false;
    for (const QString &line : lines) {
        INFO(line.toStdString());
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the right end of the flags.
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols[cols.size() - 5] == QStringLiteral("yes"));
        dejavu = dejavu || line.startsWith(QStringLiteral("DejaVu"));
    }
    CHECK(dejavu);
}

TEST_CASE("the English report has its language and its number format", "[report][cli]")
{
    Fixture f;
    const QString en = f.report(QStringLiteral("en.pdf"), {QStringLiteral("--lang"), QStringLiteral("en")});
    const QString text = pdfText(en);
    QFile raw(en);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.readAll().contains("/Lang (en-GB)"));
    const Tool meta = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), en});
    CHECK(meta.out.contains(s("<rdf:li>en-GB</rdf:li>")));
    CHECK(text.contains(s("13 June 2024")));
    CHECK_FALSE(text.contains(s("13 Juni 2024")));
    // The body text is English too, not only the section names: the builder's strings reach the translation
    // (a `using` alias once hid them from lupdate and the English report read in Indonesian).
    for (const char *english : {"Summary of Mapping Results", "Legal Basis and Method", "Cooperation Register",
                                "This report presents the results", "Page 2 of", "Region Profiles", "Data Dictionary"})
        CHECK(text.contains(s(english)));
    for (const char *indonesian : {"Ringkasan Hasil Pemetaan", "Laporan ini menyajikan", "Halaman 2 dari",
                                   "Profil Daerah", "Belum ada", "Tabel 1."})
        CHECK_FALSE(text.contains(s(indonesian)));

    const Project p = makeDemoProject(Today);
    int eligible = 0;
    int ksdd = 0;
    for (const Proposal &pr : p.proposals) {
        if (!pr.meta.deleted && pr.activity == ActivityKind::KerjaSama) {
            ++eligible;
            ksdd += pr.partnerType == PartnerType::Daerah ? 1 : 0;
        }
    }
    const double share = std::floor(1000.0 * ksdd / eligible + 0.5) / 10.0;
    const QString point = QString::number(share, 'f', 1) + QLatin1Char('%');
    CHECK(text.contains(point));
    if (point.contains(QLatin1Char('.')))
        CHECK_FALSE(text.contains(QString(point).replace(QLatin1Char('.'), QLatin1Char(','))));
}

TEST_CASE("an empty project's report is a short guide to collecting the data", "[report][cli]")
{
    Fixture f;
    const QString empty = f.path(QStringLiteral("kosong.ksd"));
    REQUIRE(KsdStore::save(Project::create(QStringLiteral("63.03"), QStringLiteral("Kosong"), 2024), empty).ok());
    const QString pdf = f.report(QStringLiteral("kosong.pdf"), {}, empty);
    CHECK(pdfPages(pdf) <= 4);
    const QString text = pdfText(pdf);
    for (const char *expected :
         {"Panduan Pengumpulan Data", "Siapa mengisi apa", "Langkah pengumpulan", "Kolom templat CSV",
          "petaksd template --entries", "petaksd template --proposals", "petaksd template --agreements",
          "kode_wilayah *", "jenis_dokumen *", "Setiap perangkat daerah", "Bagian Pemerintahan", "TKKSD",
          "Tahun 2024"}) {
        INFO(expected);
        CHECK(text.contains(s(expected)));
    }
    // No sixteen pages of "nothing yet".
    CHECK_FALSE(text.contains(s("Kerja Sama Sukarela")));
    CHECK_FALSE(text.contains(s("Belum ada dokumen kerja sama dalam register.")));

    const QString en = f.report(QStringLiteral("kosong-en.pdf"), {QStringLiteral("--lang"), QStringLiteral("en")},
                                empty);
    CHECK(pdfPages(en) <= 4);
    CHECK(pdfText(en).contains(s("Guide to Collecting the Data")));
}

TEST_CASE("the editable copy is an OpenDocument text with the PDF's headings, tables and figures", "[report][cli]")
{
    Fixture f;
    const QString pdf = f.report(QStringLiteral("demo.pdf"));
    const QString odt = f.report(QStringLiteral("demo.odt"));
    const Tool list = tool(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("content.xml")));
    CHECK(list.out.contains(QStringLiteral("Pictures/")));
    const Tool mime = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("mimetype")});
    CHECK(mime.out == QStringLiteral("application/vnd.oasis.opendocument.text"));
    const Tool content = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    REQUIRE(content.exitCode == 0);
    const QString xml = content.out;

    // Every chapter heading of the PDF's contents is a heading (text:h, outline level 1) of the ODT, in order.
    QStringList odtHeadings;
    static const QRegularExpression h1(
        QStringLiteral("<text:h[^>]*text:outline-level=\"1\"[^>]*>(.*?)</text:h>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
    for (auto it = h1.globalMatch(xml); it.hasNext();)
        odtHeadings.append(it.next().captured(1).remove(tag).trimmed());
    INFO(odtHeadings.join(QLatin1Char('|')).toStdString());
    const QString pdfAll = pdfText(pdf);
    int from = 0;
    for (const char *chapter :
         {"Kata Pengantar", "Ringkasan Hasil Pemetaan", "Rekomendasi Tindak Lanjut", "Peta Jejaring Kerja Sama",
          "Kerja Sama Wajib", "Profil Daerah", "Register Kerja Sama"}) {
        INFO(chapter);
        CHECK(pdfAll.contains(s(chapter)));
        const int at = int(odtHeadings.indexOf(s(chapter), from));
        CHECK(at >= 0);
        from = std::max(from, at);
    }
    // Level-2 headings (numbered sections) are there as well, and tables and pictures.
    CHECK(xml.contains(QStringLiteral("text:outline-level=\"2\"")));
    CHECK(xml.count(QStringLiteral("<table:table ")) >= 10);
    CHECK(xml.contains(QStringLiteral("<draw:image")));
    CHECK(xml.contains(s("Lembar Pengesahan")));
    CHECK(xml.contains(s("Gambar 1.")));

    // --pdfa belongs to the PDF only.
    const auto bad = test::petaksd({QStringLiteral("report"), f.ksd, QStringLiteral("-o"), f.path(QStringLiteral("x.odt")),
                                    QStringLiteral("--pdfa")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--pdfa")));
}

TEST_CASE("petaksd report --pdfa writes PDF/A-1b: conformance in the XMP, an output intent, the same text", "[report][cli]")
{
    Fixture f;
    const QString plain = f.report(QStringLiteral("plain.pdf"));
    const QString archive = f.report(QStringLiteral("arsip.pdf"), {QStringLiteral("--pdfa")});
    const Tool meta = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), archive});
    REQUIRE(meta.exitCode == 0);
    CHECK(meta.out.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    CHECK(meta.out.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    CHECK(meta.out.contains(s("Laporan Hasil Pemetaan Kerja Sama Daerah Kabupaten Banjar")));
    QFile file(archive);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("/OutputIntents"));
    CHECK(bytes.contains("/GTS_PDFA1"));
    CHECK(bytes.startsWith("%PDF-1.4"));
    // The last trailer keeps the file identifier (PDF/A-1 requires it).
    const qsizetype lastTrailer = bytes.lastIndexOf("trailer");
    CHECK(bytes.indexOf("/ID", lastTrailer) > lastTrailer);
    // The plain PDF does not claim what it is not.
    const Tool plainMeta = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), plain});
    CHECK_FALSE(plainMeta.out.contains(QStringLiteral("pdfaid")));
    CHECK(pdfPages(archive) == pdfPages(plain));
    CHECK(pdfText(archive) == pdfText(plain));
}

TEST_CASE("petaksd report refuses bad arguments with exit code 2", "[report][cli]")
{
    Fixture f;
    const QString out = f.path(QStringLiteral("x.pdf"));
    CHECK(test::petaksd({QStringLiteral("report"), f.ksd}).exitCode == 2);
    const auto badSection = test::petaksd({QStringLiteral("report"), f.ksd, QStringLiteral("-o"), out,
                                           QStringLiteral("--sections"), QStringLiteral("ringkasan")});
    CHECK(badSection.exitCode == 2);
    CHECK(badSection.err.contains(QStringLiteral("ringkasan")));
    CHECK(test::petaksd({QStringLiteral("report"), f.ksd, QStringLiteral("-o"), out, QStringLiteral("--lang"),
                         QStringLiteral("fr")})
              .exitCode
          == 2);
    CHECK(test::petaksd({QStringLiteral("report"), f.ksd, QStringLiteral("-o"), out, QStringLiteral("--today"),
                         QStringLiteral("13/06/2024")})
              .exitCode
          == 2);
    CHECK(test::petaksd({QStringLiteral("report"), f.path(QStringLiteral("missing.ksd")), QStringLiteral("-o"), out})
              .exitCode
          == 2);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("a cancelled report leaves no file; printing gives the same pages", "[report]")
{
    QTemporaryDir dir;
    const Project p = makeDemoProject(Today);
    ReportOptions o;
    o.today = Today;
    o.sections = {ReportSection::Cover, ReportSection::Summary, ReportSection::Matrix, ReportSection::Register};
    const ReportModel model = buildReport(p, o);

    ReportWriter writer(model);
    const QString cancelled = dir.filePath(QStringLiteral("batal.pdf"));
    int calls = 0;
    const Status s1 = writer.writePdf(cancelled, [&calls](int done, int) {
        ++calls;
        return done < 2;
    });
    REQUIRE_FALSE(s1.ok());
    CHECK(s1.error().code == ReportWriter::Cancelled);
    CHECK_FALSE(QFile::exists(cancelled));

    const QString written = dir.filePath(QStringLiteral("laporan.pdf"));
    REQUIRE(writer.writePdf(written).ok());
    const int pages = writer.pageCount();
    CHECK(pdfPages(written) == pages);

    // The printer path (also used by the print preview): landscape pages are turned on portrait paper.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("cetak.pdf"));
    printer.setOutputFileName(printed);
    REQUIRE(writer.print(&printer).ok());
    CHECK(writer.pageCount() == pages);
    CHECK(pdfPages(printed) == pages);
    const Tool sizes = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                        QString::number(pages), printed});
    CHECK_FALSE(sizes.out.contains(QStringLiteral("842 x 595")));
    const Tool pdfSizes = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                           QStringLiteral("-l"), QString::number(pages), written});
    CHECK(pdfSizes.out.contains(QStringLiteral("842 x 595"))); // the matrix and the register are landscape
}

TEST_CASE("the export dialog keeps its options and writes the PDF with the shared map renderer", "[report][ui]")
{
    QTemporaryDir dir;
    const Project p = makeDemoProject(Today);
    ReportExportDialog dialog(p, dir.filePath(QStringLiteral("laporan.pdf")));
    ReportOptions o;
    o.language = QStringLiteral("en");
    o.sections = {ReportSection::Cover, ReportSection::Summary, ReportSection::Map};
    o.today = Today;
    o.preparedBy = s("Tim Koordinasi Kerja Sama Daerah");
    o.scope = {QStringLiteral("63.03")};
    dialog.setOptions(o);
    const ReportOptions back = dialog.options();
    CHECK(back.language == o.language);
    CHECK(back.sections == o.sections);
    CHECK(back.today == o.today);
    CHECK(back.preparedBy == o.preparedBy);
    CHECK(back.scope == o.scope);

    const QString language = currentLanguage();
    const QString pdf = dir.filePath(QStringLiteral("laporan.pdf"));
    REQUIRE(dialog.exportPdf(pdf));
    CHECK(currentLanguage() == language); // the report's language was installed only while building it
    CHECK(pdfPages(pdf) >= 3);
    const QString text = pdfText(pdf);
    CHECK(text.contains(s("Peta Jejaring Kerja Sama")));
    CHECK_FALSE(text.contains(s("Profil Daerah")));
    CHECK(text.contains(s("Tim Koordinasi Kerja Sama Daerah")));
    CHECK(text.contains(s("13 June 2024")));
    QFile raw(pdf);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.readAll().contains("/Lang (en-GB)"));

    // The editable copy from the same dialog: the same report, as OpenDocument, in the report's language.
    const QString odt = dir.filePath(QStringLiteral("laporan.odt"));
    REQUIRE(dialog.exportOdt(odt));
    const Tool content = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    REQUIRE(content.exitCode == 0);
    // The same heading as the PDF above (in the words the test binary translates).
    CHECK(content.out.contains(s("text:outline-level=\"1\">Peta Jejaring Kerja Sama</text:h>")));
    CHECK(content.out.contains(QStringLiteral("<draw:image")));
    CHECK_FALSE(content.out.contains(s("Profil Daerah")));

    // PDF/A from the dialog's check box.
    auto *pdfa = dialog.findChild<QCheckBox *>(QStringLiteral("pdfa"));
    REQUIRE(pdfa);
    pdfa->setChecked(true);
    const QString archive = dir.filePath(QStringLiteral("arsip.pdf"));
    REQUIRE(dialog.exportPdf(archive));
    CHECK(tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), archive}).out.contains(
        QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
}

TEST_CASE("the demo PDF is the owner's: no other pair before the annex, recommendations list what expires",
          "[report][cli]")
{
    Fixture f;
    const QString text = pdfText(f.report(QStringLiteral("owner.pdf")));
    const Project p = makeDemoProject(Today);
    const RefData &ref = RefData::instance();

    // The body runs from the first chapter (after the contents) to the annex heading; the contents list both.
    const QString annexTitle = s("Untuk Diketahui: Pasangan Lain di Wilayah Cakupan");
    const int bodyStart = text.indexOf(s("Ringkasan Hasil Pemetaan"), text.indexOf(s("Ringkasan Hasil Pemetaan")) + 1);
    const int annexStart = text.indexOf(annexTitle, text.indexOf(annexTitle) + 1);
    REQUIRE(bodyStart > 0);
    REQUIRE(annexStart > bodyStart);
    // The wajib chapter: from its body heading to the next chapter's.
    const int wajibStart = text.indexOf(s("Kerja Sama Wajib"), bodyStart);
    const int wajibEnd = text.indexOf(s("Kerja Sama Sukarela"), wajibStart);
    REQUIRE(wajibStart > 0);
    REQUIRE(wajibEnd > wajibStart);
    const QString wajib = text.mid(wajibStart, wajibEnd - wajibStart);
    const QString annex = text.mid(annexStart);

    // Regions that the engine pairs as wajib only with regions other than Kabupaten Banjar (Kapuas, Paser,
    // Tabalong... in the demo): never named in the wajib chapter, always in the annex.
    const SuggestionSet set = SuggestionEngine::run(p);
    QSet<QString> ownPartners;
    QSet<QString> othersOnly;
    for (const Suggestion &sg : set.suggestions) {
        if (sg.regionA == p.ownerRegion || sg.regionB == p.ownerRegion)
            ownPartners << sg.regionA << sg.regionB;
    }
    for (const Suggestion &sg : set.suggestions) {
        if (sg.cls != KsdClass::Wajib || sg.regionA == p.ownerRegion || sg.regionB == p.ownerRegion)
            continue;
        for (const QString &c : {sg.regionA, sg.regionB}) {
            if (!ownPartners.contains(c) && !ref.region(c)->isProvince())
                othersOnly << ref.region(c)->name;
        }
    }
    REQUIRE_FALSE(othersOnly.isEmpty());
    for (const QString &name : std::as_const(othersOnly)) {
        INFO(name.toStdString());
        CHECK_FALSE(wajib.contains(name));
        CHECK(annex.contains(name));
    }
    CHECK(wajib.contains(s("Daerah pemilik")));
    CHECK(annex.contains(s("bukan kewajiban Kabupaten Banjar")));

    // Recommendations: every agreement ending within 90 days, by title, before the annex.
    const int rec = text.indexOf(s("Rekomendasi Tindak Lanjut"), bodyStart);
    REQUIRE(rec > 0);
    const QString recText = text.mid(rec, text.indexOf(s("Dasar Hukum dan Metode"), rec) - rec);
    const auto expiring = expiringAgreements(p, Today, 90, true);
    REQUIRE(expiring.size() >= 3);
    for (const ExpiryItem &e : expiring) {
        INFO(e.title.toStdString());
        CHECK(recText.contains(e.title));
    }
    CHECK(recText.contains(s("Ajukan persetujuan DPRD untuk usulan")));
}

TEST_CASE("the demo PDF has an approval page and lists of tables and figures that point at their pages",
          "[report][cli]")
{
    Fixture f;
    const QString pdf = f.report(QStringLiteral("front.pdf"));
    const QString text = pdfText(pdf);
    for (const char *part : {"Lembar Pengesahan", "Disusun oleh", "Diperiksa oleh", "Disetujui oleh", "Nomor:",
                             "NIP:", "Kata Pengantar", "DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR",
                             "Daftar Singkatan", "Tim Koordinasi Kerja Sama Daerah",
                             "Perangkat daerah yang berpartisipasi"}) {
        INFO(part);
        CHECK(text.contains(s(part)));
    }
    // Every entry of the list of tables names a page that holds the caption.
    const int pages = pdfPages(pdf);
    int listPage = 0;
    for (int page = 1; page <= pages && listPage == 0; ++page) {
        const Tool t = tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page),
                                                          QStringLiteral("-l"), QString::number(page),
                                                          QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (t.out.contains(s("DAFTAR TABEL")))
            listPage = page;
    }
    REQUIRE(listPage > 0);
    const Tool list = tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(listPage),
                                                         QStringLiteral("-l"), QString::number(listPage),
                                                         QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    static const QRegularExpression entry(QStringLiteral("^\\s*(Tabel \\d+\\.) .*?\\s(\\d+)\\s*$"));
    int checked = 0;
    for (const QString &line : list.out.split(QLatin1Char('\n'))) {
        const auto m = entry.match(line);
        if (!m.hasMatch())
            continue;
        const Tool page = tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), m.captured(2),
                                                             QStringLiteral("-l"), m.captured(2), pdf,
                                                             QStringLiteral("-")});
        INFO(line.toStdString());
        CHECK(page.out.contains(m.captured(1)));
        ++checked;
    }
    CHECK(checked >= 10);
}

TEST_CASE("a profile's continuation pages name its region in the running header", "[report][cli]")
{
    Fixture f;
    const QString pdf = f.report(QStringLiteral("profiles.pdf"), {QStringLiteral("--sections"),
                                                                  QStringLiteral("profiles")});
    const Tool t = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(t.exitCode == 0);
    int continued = 0;
    for (const QString &page : t.out.split(QLatin1Char('\f'))) {
        const QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.isEmpty())
            continue;
        // The owner's profile runs over several pages: those without its facts block are continuations.
        if (lines.first().trimmed().endsWith(s("Kabupaten Banjar")) && !page.contains(s("Kode Kemendagri / BPS")))
            ++continued;
    }
    CHECK(continued >= 1);
}

TEST_CASE("the report's map and the Peta tab draw the same links for the same project", "[report][map]")
{
    // The demo, and the demo with a legacy agreement that names only the partner (the owner is a party all the
    // same) and a stopped one (drawn by neither).
    Project project = makeDemoProject(Today);
    Agreement legacy;
    legacy.meta.id = QUuid::createUuid();
    legacy.title = QStringLiteral("PKS lama");
    legacy.docType = DocType::PKS;
    legacy.category = Category::KSDD;
    Party partner;
    partner.regionCode = QStringLiteral("63.05");
    legacy.parties.append(partner);
    project.agreements.append(legacy);
    Agreement stopped = legacy;
    stopped.meta.id = QUuid::createUuid();
    stopped.status = AgreementStatus::Dihentikan;
    partner.regionCode = QStringLiteral("63.11");
    stopped.parties = {partner};
    project.agreements.append(stopped);

    SuggestionSet raw;
    const ReportEngineData engine = runReportEngine(project, {}, &raw);
    ReportOptions options;
    options.today = Today;
    const ReportModel model = buildReport(project, engine, options);
    const ReportFigure *figure = nullptr;
    for (const ReportBlock &b : model.blocks) {
        if (const auto *f = std::get_if<ReportFigure>(&b); f && f->kind == FigureKind::NetworkMap)
            figure = f;
    }
    REQUIRE(figure);
    QMap<QString, int> report;
    for (const ReportMapLink &l : figure->links) {
        std::optional<LinkKind> kind = l.kind == QLatin1String("AGREEMENT")  ? LinkKind::Agreement
                                       : l.kind == QLatin1String("PROPOSAL") ? LinkKind::Proposal
                                                                             : linkKindFromKey(l.kind);
        REQUIRE(kind);
        report.insert(l.a + QLatin1Char('|') + l.b + QLatin1Char('|') + linkKindKey(*kind), l.count);
    }
    QMap<QString, int> screen;
    for (const NetworkLink &l : NetworkData::build(project, raw, NetworkFilter()).links)
        screen.insert(l.key(), l.count());
    CHECK(report.size() > 30);
    CHECK(report == screen);
    // The legacy agreement is drawn from the owner; the stopped one is not drawn.
    CHECK(screen.contains(QStringLiteral("63.03|63.05|kesepakatan")));
    CHECK_FALSE(screen.contains(QStringLiteral("63.03|63.11|kesepakatan")));
    CHECK(std::any_of(screen.keyBegin(), screen.keyEnd(), [](const QString &k) { return k.endsWith(QStringLiteral("|usulan")); }));

    // Another region's agreement kept for reference (several parties, the owner not among them) joins its own
    // parties, never the owner.
    Agreement others = legacy;
    Party a, b;
    a.regionCode = QStringLiteral("62.03");
    b.regionCode = QStringLiteral("63.04");
    others.parties = {a, b};
    CHECK(agreementMapPairs(others, QStringLiteral("63.03")) == QList<RegionPair>{{QStringLiteral("62.03"), QStringLiteral("63.04")}});
    CHECK(agreementMapPairs(legacy, QStringLiteral("63.03")) == QList<RegionPair>{{QStringLiteral("63.03"), QStringLiteral("63.05")}});
}
