// SPDX-License-Identifier: Apache-2.0
#include "explanationcard.h"

#include "rules/legalbasis.h"

#include "document/recordfields.h"
#include "engine/engine.h"
#include "models/suggestionsmodel.h"

#include <QLocale>

namespace ksd {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

ExplanationCard::ExplanationCard(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setReadOnly(true);
    setObjectName(QStringLiteral("explanationCard"));
    document()->setDocumentMargin(10);
    showNothing();
}

void ExplanationCard::showNothing()
{
    setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(esc(tr("Pilih satu saran untuk melihat alasannya: faktor skor, dasar hukum, dan siapa yang "
                            "mengambil alih bila kerja sama wajib tidak dilaksanakan."))));
}

void ExplanationCard::showSuggestion(const Project &project, const Suggestion &suggestion, bool stale)
{
    QString body = html(project, suggestion);
    if (stale)
        body.prepend(QStringLiteral("<p style='background:#fff3cd;color:#664d03;padding:4px'>%1</p>")
                         .arg(esc(tr("Saran perlu diperbarui: data proyek berubah sejak saran ini dihitung."))));
    setHtml(body);
}

QString ExplanationCard::html(const Project &project, const Suggestion &s)
{
    const Explanation ex = SuggestionEngine::explain(project, s);
    const QLocale loc;
    const QString color = SuggestionsModel::classColor(s.cls).name();
    QString h;
    h += QStringLiteral("<h3 style='margin:0'>%1 – %2</h3>").arg(esc(regionName(s.regionA)), esc(regionName(s.regionB)));
    h += QStringLiteral("<p style='margin-top:2px'>%1%2</p>")
             .arg(esc(urusanLabel(s.urusan)),
                  s.service.isEmpty() ? QString()
                                      : QStringLiteral(" · ")
                                            + esc(AuthorityTable::builtin().serviceName(s.urusan, s.service)));
    h += QStringLiteral("<p><span style='background:%1;color:white;padding:2px 6px'>&nbsp;%2&nbsp;</span>"
                        "&nbsp; %3</p>")
             .arg(color, esc(ksdClassName(s.cls)),
                  esc(tr("skor %1 dari 100").arg(loc.toString(s.score, 'f', 1))));
    // The class from the one verdict (the rule trace below), and what it does and does not mean.
    h += QStringLiteral("<p>%1</p>").arg(esc(ksdClassNote(ex.rule.cls)));
    if (s.pairType != PairType::None)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Tipe %1: %2").arg(pairTypeKey(s.pairType), pairTypeName(s.pairType))));

    // the consequence planners must see on every indikasi wajib
    if (s.cls == KsdClass::Wajib && s.takeover != Takeover::None) {
        h += QStringLiteral("<p style='border-left:3px solid %1;padding-left:6px'><b>%2</b> %3</p>")
                 .arg(color, esc(tr("Bila disepakati wajib dan tidak dilaksanakan:")),
                      esc(tr("urusan ini dapat diambil alih oleh %1, dengan biaya diperhitungkan dari dana transfer "
                             "daerah (%2).")
                              .arg(takeoverName(s.takeover), legalBasis(QStringLiteral("takeover")).citation)));
    }
    QStringList flags;
    if (s.legalReview)
        flags << tr("Perlu telaah hukum: tipe C tidak disebut dalam daftar Permendagri 22/2020.");
    if (s.dprdApproval)
        flags << tr("Perlu persetujuan DPRD (membebani masyarakat atau belum dianggarkan dalam APBD).");
    if (!s.referTo.isEmpty()) {
        QStringList names;
        for (const QString &c : s.referTo)
            names << regionName(c);
        flags << tr("Rujuk ke %1: layanan ini kewenangan provinsi.").arg(names.join(QStringLiteral(", ")));
    }
    if (s.cls == KsdClass::RujukPusat) {
        flags << (ex.rule.ministry.isEmpty()
                      ? tr("Rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat.")
                      : tr("Rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat (%1).")
                            .arg(ex.rule.ministry));
    }
    if (s.seaBorder)
        flags << tr("Batas laut: kedua daerah berhadapan di seberang laut; verifikasi dahulu apakah keduanya "
                    "berbatasan.");
    if (s.authorityUnchecked)
        flags << tr("Kewenangan belum diperiksa: sebutkan layanannya agar tingkat kewenangannya (Pusat, provinsi, "
                    "kabupaten/kota) dapat diperiksa.");
    if (s.existingAgreement)
        flags << tr("Sudah ada kerja sama aktif di urusan ini.");
    if (!flags.isEmpty()) {
        h += QStringLiteral("<ul style='margin-left:-20px'>");
        for (const QString &f : std::as_const(flags))
            h += QStringLiteral("<li>%1</li>").arg(esc(f));
        h += QStringLiteral("</ul>");
    }
    if (!ex.summary.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(ex.summary));

    h += QStringLiteral("<h4>%1</h4><p>%2</p>")
             .arg(esc(tr("Faktor skor")),
                  esc(tr("Cara membaca skor: skor 0–100 mengukur kecocokan kedua pihak (potensi bertemu kebutuhan, "
                         "prioritas, besaran, layanan, jarak dan kerja sama yang sudah ada), bukan kekuatan dasar "
                         "hukumnya. Kelasnya ditentukan aturan di bawah; skor hanya mengurutkan saran dalam kelas "
                         "yang sama.")));
    h += QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>");
    h += QStringLiteral("<tr><th align='left'>%1</th><th align='right'>%2</th><th align='right'>%3</th>"
                        "<th align='left'>%4</th></tr>")
             .arg(esc(tr("Faktor")), esc(tr("Nilai")), esc(tr("Poin")), esc(tr("Keterangan")));
    for (const auto &f : ex.factors) {
        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                 .arg(esc(f.name), loc.toString(f.value, 'f', 2), loc.toString(f.contribution, 'f', 1),
                      esc(f.detail));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h4>%1</h4><ol style='margin-left:-20px'>").arg(esc(tr("Aturan yang diterapkan dan dasar hukumnya")));
    for (const TraceStep &step : ex.rule.trace) {
        const QString item = QStringLiteral("<b>%1</b>: %2<br/><span style='color:gray'>%3</span>")
                                 .arg(esc(ruleName(step.rule)), esc(step.outcome), esc(step.basis));
        h += QStringLiteral("<li>%1</li>").arg(step.decisive ? QStringLiteral("<u>") + item + QStringLiteral("</u>")
                                                             : item);
    }
    h += QStringLiteral("</ol>");

    if (!ex.entries.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ul style='margin-left:-20px'>").arg(esc(tr("Isian yang mendasari")));
        for (const auto &e : ex.entries) {
            h += QStringLiteral("<li>%1 · %2: %3%4</li>")
                     .arg(esc(regionName(e.region)), esc(entryKindName(e.kind)), esc(e.title),
                          e.priority > 0 ? esc(tr(" (prioritas %1)").arg(e.priority)) : QString());
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace ksd
