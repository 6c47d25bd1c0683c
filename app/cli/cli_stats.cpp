// SPDX-License-Identifier: Apache-2.0
// petaksd stats
#include <QCoreApplication>
#include "cli.h"

#include "register/offers.h"
#include "register/procedure.h"
#include "register/registerstats.h"
#include "rules/ruleset.h"
#include "store/ksdstore.h"
#include "util/format.h"

#include <QDate>
#include <QJsonDocument>

namespace ksd::cli {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::cli)
};


/// One table row: the label left-aligned, the numbers right-aligned.
QString row(const QString &label, const QStringList &cells, int labelWidth = 30, int cellWidth = 13)
{
    QString line = label.leftJustified(labelWidth);
    for (const QString &c : cells)
        line += c.rightJustified(cellWidth);
    return line;
}

void printExpiry(const QString &heading, const QList<ExpiryItem> &items)
{
    const QLocale loc = uiLocale();
    out() << heading << ": " << loc.toString(items.size()) << "\n";
    for (const ExpiryItem &e : items) {
        QString when;
        if (e.daysLeft < 0)
            when = Tr::tr("lewat %1 hari").arg(loc.toString(-e.daysLeft));
        else if (e.daysLeft == 0)
            when = Tr::tr("berakhir hari ini");
        else
            when = Tr::tr("%1 hari lagi").arg(loc.toString(e.daysLeft));
        out() << "  - " << e.title << " (" << docTypeKey(e.docType) << ", " << categoryKey(e.category) << "), "
              << Tr::tr("berakhir %1, %2").arg(longDate(e.endDate), when) << "\n";
    }
}

void printTable(const RegisterStats &s, const QString &path)
{
    const QLocale loc = uiLocale();
    auto num = [&loc](qint64 n) { return loc.toString(n); };
    auto pct = [&loc](double p) { return formatPercent(p, 1, loc); };

    out() << Tr::tr("Rekapitulasi kerja sama daerah per %1").arg(longDate(s.today)) << "\n"
          << Tr::tr("Berkas: %1").arg(path) << "\n\n";

    out() << Tr::tr("Dokumen kerja sama menurut jenis dan mitra") << "\n";
    QStringList head;
    for (PartnerGroup g : kGroups)
        head << partnerGroupName(g);
    head << Tr::tr("Jumlah");
    out() << row(Tr::tr("Jenis dokumen"), head) << "\n";
    std::array<int, PartnerGroupCount> colTotals{};
    for (DocType t : kDocTypes) {
        QStringList cells;
        for (PartnerGroup g : kGroups) {
            cells << num(s.count(t, g));
            colTotals[size_t(g)] += s.count(t, g);
        }
        cells << num(s.count(t));
        out() << row(docTypeName(t), cells) << "\n";
    }
    QStringList totals;
    for (PartnerGroup g : kGroups)
        totals << num(colTotals[size_t(g)]);
    totals << num(s.agreementsTotal);
    out() << row(Tr::tr("Jumlah"), totals) << "\n\n";

    out() << Tr::tr("Usulan kerja sama") << "\n"
          << Tr::tr("Jumlah usulan: %1").arg(num(s.proposalsTotal)) << "\n"
          << Tr::tr("Memenuhi kriteria KSD: %1 (%2 dari seluruh usulan)")
                 .arg(num(s.proposalsEligible), pct(s.eligiblePercent()))
          << "\n";
    for (Category c : kCategories)
        out() << row(QStringLiteral("  ") + categoryKey(c), {num(s.proposals(c)), pct(s.proposalPercent(c))}, 30, 8)
              << "\n";
    if (!s.ksddByClass.isEmpty()) {
        // In the rule set's order (wajib first), then the unassessed ones.
        QStringList parts;
        for (int i = 0; i <= static_cast<int>(KsdClass::TidakMemenuhi); ++i) {
            const auto cls = static_cast<KsdClass>(i);
            if (const int n = s.ksddByClass.value(ksdClassKey(cls)); n > 0)
                parts << QStringLiteral("%1 %2").arg(ksdClassName(cls), num(n));
        }
        if (const int n = s.ksddByClass.value(QString()); n > 0)
            parts << QStringLiteral("%1 %2").arg(Tr::tr("belum dinilai"), num(n));
        out() << Tr::tr("KSDD menurut kelas (aturan PP 28/2018, UU 23/2014 Pasal 363–364): %1")
                     .arg(parts.join(QStringLiteral(", ")))
              << "\n";
    }
    out() << Tr::tr("Tidak memenuhi kriteria: %1 (pengadaan %2, swakelola %3, internal %4)")
                 .arg(num(s.proposalsTotal - s.proposalsEligible),
                      num(s.notEligibleByActivity[size_t(ActivityKind::Pengadaan)]),
                      num(s.notEligibleByActivity[size_t(ActivityKind::Swakelola)]),
                      num(s.notEligibleByActivity[size_t(ActivityKind::Internal)]))
          << "\n"
          << Tr::tr("Perlu persetujuan DPRD: %1").arg(num(s.proposalsDprd)) << "\n\n";

    out() << Tr::tr("Tahapan kerja sama") << "\n"
          << row(Tr::tr("Tahap"), {Tr::tr("Saat ini"), Tr::tr("Sudah dicapai")}, 40, 15) << "\n";
    for (Stage st : stagesInDisplayOrder())
        out() << row(stageName(st), {num(s.byStage[size_t(st)]), num(s.funnel[size_t(st)])}, 40, 15) << "\n";
    out() << "\n";

    printExpiry(Tr::tr("Berakhir dalam 90 hari (3 bulan)"), s.expiring90);
    printExpiry(Tr::tr("Berakhir dalam 180 hari (6 bulan)"), s.expiring180);
    printExpiry(Tr::tr("Peringatan masa berlaku (90 hari; 180 hari bila perlu persetujuan DPRD atau penawaran baru)"),
                s.expiryWarnings);
    printExpiry(Tr::tr("Sudah melewati tanggal berakhir tetapi masih berstatus aktif"), s.expiredActive);
    out() << "\n";

    out() << Tr::tr("Jangka waktu lebih dari 5 tahun atau tanpa tanggal berakhir, tanpa dasar pengecualian: %1")
                 .arg(num(s.termOverLimit.size()))
          << "\n";
    for (const RegisterListItem &e : s.termOverLimit)
        out() << "  - " << e.title << " (" << docTypeKey(e.docType) << ")\n";
    out() << Tr::tr("Kesepakatan bersama tanpa PKS setahun sesudah ditandatangani: %1").arg(num(s.kbWithoutPks.size()))
          << "\n";
    for (const RegisterListItem &e : s.kbWithoutPks)
        out() << "  - " << e.title << ", " << Tr::tr("ditandatangani %1").arg(longDate(e.date)) << "\n";
    out() << Tr::tr("Penawaran masuk: %1 (menunggu jawaban %2, diterima %3, ditolak %4)")
                 .arg(num(s.offersTotal), num(s.offersByStatus[size_t(OfferStatus::Menunggu)]),
                      num(s.offersByStatus[size_t(OfferStatus::Diterima)]),
                      num(s.offersByStatus[size_t(OfferStatus::Ditolak)]))
          << "\n";
    for (const IncomingOffer &o : s.offersAwaiting)
        out() << "  - " << o.title << ", " << offerSenderText(o)
              << (o.answerDue.isValid() ? QStringLiteral(", ") + Tr::tr("jawab paling lambat %1").arg(longDate(o.answerDue))
                                        : QString())
              << "\n";
    out() << "\n";

    out() << Tr::tr("Monev: %1 catatan").arg(num(s.monevRecords));
    if (s.averageRating)
        out() << ", " << Tr::tr("rata-rata nilai %1").arg(loc.toString(roundTo(*s.averageRating, 2), 'f', 2));
    out() << "\n";
}

int runStats(const QStringList &argv)
{
    Args a(argv, {QStringLiteral("today"), QStringLiteral("lang")}, {QStringLiteral("json")});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() != 1)
        return fail(Tr::tr("penggunaan: petaksd stats FILE.ksd [--json] [--today YYYY-MM-DD]"));
    QDate today = QDate::currentDate();
    if (a.has(QStringLiteral("today"))) {
        const QString text = a.value(QStringLiteral("today"));
        today = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
        if (!today.isValid() || text.trimmed().size() != 10)
            return fail(Tr::tr("tanggal --today \"%1\" tidak valid (gunakan YYYY-MM-DD, misalnya 2021-09-30)").arg(text));
    }
    const QString path = a.positionals().first();
    auto loaded = KsdStore::load(path);
    if (!loaded)
        return fail(loaded.error().toString());
    const RegisterStats stats = computeStats(loaded->project, today);
    if (a.has(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(statsToJson(stats)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    printTable(stats, path);
    return Ok;
}

} // namespace

QList<Command> statsCommands()
{
    return {
        {QStringLiteral("stats"), QStringLiteral("FILE.ksd [--json] [--today YYYY-MM-DD]"),
         Tr::tr("menghitung rekap register kerja sama, usulan, tahapan dan masa berlaku (tabel atau JSON)"), runStats},
    };
}

} // namespace ksd::cli
