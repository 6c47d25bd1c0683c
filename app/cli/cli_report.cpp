// SPDX-License-Identifier: Apache-2.0
// petaksd report
#include "cli.h"

#include "engine/engine.h"
#include "report/reportbuilder.h"
#include "report/reportfigures.h"
#include "report/reportodt.h"
#include "report/reportwriter.h"
#include "store/ksdstore.h"
#include "util/i18n.h"

#include <QDate>
#include <QElapsedTimer>

namespace ksd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ksd::cli", text);
}

int runReport(const QStringList &argv)
{
    Args a(argv,
           {QStringLiteral("o"), QStringLiteral("output"), QStringLiteral("lang"), QStringLiteral("sections"),
            QStringLiteral("today"), QStringLiteral("prepared-by"), QStringLiteral("scope")},
           {QStringLiteral("quiet"), QStringLiteral("pdfa")});
    if (!a.ok())
        return fail(a.error());
    const QString output = a.value(QStringLiteral("o"), a.value(QStringLiteral("output")));
    if (a.positionals().size() != 1 || output.isEmpty()) {
        return fail(tr("penggunaan: petaksd report FILE.ksd -o OUT.pdf|OUT.odt [--pdfa] [--lang id|en] "
                       "[--sections DAFTAR] [--today YYYY-MM-DD] [--prepared-by TEKS] [--scope KODE,KODE]"));
    }
    // The editable copy is chosen by the name: OUT.odt is an OpenDocument text, anything else a PDF.
    const bool odt = output.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    if (odt && a.has(QStringLiteral("pdfa")))
        return fail(tr("--pdfa hanya untuk keluaran PDF, bukan %1").arg(output));

    ReportOptions options;
    if (a.has(QStringLiteral("lang"))) {
        const QString lang = a.value(QStringLiteral("lang")).trimmed().toLower();
        if (lang != QLatin1String("id") && lang != QLatin1String("en"))
            return fail(tr("bahasa --lang \"%1\" tidak dikenal (pilih id atau en)").arg(lang));
        options.language = lang;
    } else {
        options.language = currentLanguage();
    }
    // The report's words come from the installed translation: install the report's language.
    installTranslations(options.language);

    if (a.has(QStringLiteral("sections"))) {
        const auto sections = parseReportSections(a.value(QStringLiteral("sections")));
        if (!sections)
            return fail(sections.error().message);
        options.sections = *sections;
    }
    if (a.has(QStringLiteral("today"))) {
        const QString text = a.value(QStringLiteral("today")).trimmed();
        options.today = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!options.today.isValid() || text.size() != 10)
            return fail(tr("tanggal --today \"%1\" tidak valid (gunakan YYYY-MM-DD, misalnya 2024-06-13)").arg(text));
    }
    options.preparedBy = a.value(QStringLiteral("prepared-by")).trimmed();
    if (a.has(QStringLiteral("scope"))) {
        const QStringList codes = a.value(QStringLiteral("scope")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &c : codes) {
            const auto region = RefData::instance().findRegion(c.trimmed());
            if (!region)
                return fail(region.error().message);
            options.scope.append((*region)->code);
        }
    }

    QElapsedTimer timer;
    timer.start();
    const QString path = a.positionals().first();
    auto loaded = KsdStore::load(path);
    if (!loaded)
        return fail(loaded.error().toString());
    auto suggestions = std::make_shared<SuggestionSet>();
    const ReportEngineData engine = runReportEngine(loaded->project, {}, suggestions.get());
    const ReportModel model = buildReport(loaded->project, engine, options);
    // The engine's own output is kept for the screen's renderer, which draws only a network map with links; a
    // national report draws small maps per province instead, and the 100,000 suggestions need not stay in memory.
    const bool rendererFigure = std::any_of(model.blocks.cbegin(), model.blocks.cend(), [](const ReportBlock &b) {
        const auto *f = std::get_if<ReportFigure>(&b);
        return f && f->kind == FigureKind::NetworkMap && !f->links.isEmpty();
    });
    if (!rendererFigure)
        suggestions.reset();
    // The map figure comes from the network view's renderer, as on screen.
    const FigurePainter figures = sharedRendererFigures(loaded->project, suggestions);
    if (odt) {
        ReportOdtWriter writer(model);
        writer.setFigurePainter(figures);
        if (const Status s = writer.writeOdt(output); !s)
            return fail(s.error().toString());
        if (!a.has(QStringLiteral("quiet")))
            out() << tr("Laporan ditulis: %1 (OpenDocument, %2 ms)").arg(output).arg(timer.elapsed()) << Qt::endl;
        return Ok;
    }
    ReportWriter writer(model);
    writer.setFigurePainter(figures);
    writer.setPdfA(a.has(QStringLiteral("pdfa")));
    if (const Status s = writer.writePdf(output); !s)
        return fail(s.error().toString());
    if (!a.has(QStringLiteral("quiet"))) {
        out() << tr("Laporan ditulis: %1 (%2 halaman, %3 ms)")
                     .arg(output)
                     .arg(writer.pageCount())
                     .arg(timer.elapsed())
              << Qt::endl;
    }
    return Ok;
}

} // namespace

QList<Command> reportCommands()
{
    Command report{QStringLiteral("report"),
                   QStringLiteral("FILE.ksd -o OUT.pdf|OUT.odt [--pdfa] [--lang id|en] [--sections DAFTAR] "
                                  "[--today YYYY-MM-DD] [--prepared-by TEKS] [--scope KODE,...]"),
                   tr("menulis laporan hasil pemetaan tanpa membuka jendela: PDF A4 (--pdfa: PDF/A-1b untuk arsip) "
                      "atau, bila OUT berakhiran .odt, salinan OpenDocument yang dapat disunting; DAFTAR: cover, "
                      "approval, foreword, contents, summary, recommendations, method, map, wajib, sukarela, "
                      "clusters, matrix, profiles, register, others, appendix"),
                   runReport};
    report.needsGui = true;
    return {report};
}

} // namespace ksd::cli
