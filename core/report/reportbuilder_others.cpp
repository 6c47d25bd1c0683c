// SPDX-License-Identifier: Apache-2.0
// The annex "Untuk diketahui": pairs and clusters in scope that do not involve the owner region, and the other
// regions in scope that are not its partners. None of it is the owner's obligation, and the annex says so first.
#include "reportbuilder_p.h"

namespace ksd {

namespace detail::report {

void Builder::others()
{
    const QString owner = regionName(mProject.ownerRegion);
    const QStringList partners = ownerPartners();
    QStringList regions;
    for (const QString &code : std::as_const(mScope)) {
        if (code != mProject.ownerRegion && !partners.contains(code) && hasProfileContent(code))
            regions.append(code);
    }
    const bool wide = !mOtherSuggestions.isEmpty() || !mOtherClusters.isEmpty();
    if (!wide && regions.isEmpty())
        return; // nothing else in scope: no annex to read
    if (wide)
        pageBreak(PageOrientation::Landscape);
    mInAppendix = true;
    chapter(T::tr("Untuk Diketahui: Pasangan Lain di Wilayah Cakupan"));
    para(T::tr("Pasangan dan klaster dalam lampiran ini tidak melibatkan %1 dan bukan kewajiban %1. Semuanya "
               "dimuat hanya untuk diketahui, sebagai bahan koordinasi dengan pemerintah provinsi dan daerah yang "
               "bersangkutan; tindak lanjutnya menjadi urusan daerah-daerah itu. Angka dalam lampiran ini tidak "
               "termasuk dalam ringkasan dan rekomendasi laporan.")
             .arg(owner),
         TextStyle::Lead);
    if (!mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
    } else {
        int n = 0;
        for (KsdClass k : kClasses) {
            if (k == KsdClass::TidakMemenuhi)
                continue;
            int cut = 0;
            const auto all = otherSuggestionsOf(k);
            if (all.isEmpty())
                continue;
            const auto shown = firstOf(all, mOptions.maxAnnexRows, cut);
            const bool wajibLike = k == KsdClass::Wajib || k == KsdClass::PotensiWajib;
            section(T::tr("Pasangan lain: %1").arg(ksdClassName(k).toLower()));
            ReportTable t = suggestionTable(shown, wajibLike, false);
            t.caption = T::tr("Pasangan lain dalam cakupan (bukan kewajiban %1): %2")
                            .arg(owner, ksdClassName(k).toLower());
            if (cut > 0)
                addNote(t, cutSuggestionsNote(int(shown.size()), int(all.size())));
            table(std::move(t));
            n += int(all.size());
        }
        if (n == 0)
            para(T::tr("Tidak ada saran kerja sama antardaerah lain dalam cakupan."), TextStyle::Note);
        if (!mOtherClusters.isEmpty()) {
            section(T::tr("Klaster lain"));
            ReportTable t;
            t.caption = T::tr("Klaster dalam cakupan tanpa %1").arg(owner);
            t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Urusan dan layanan"), 3},
                         {T::tr("Anggota"), 6}, {T::tr("Kelas"), 2.4}, {T::tr("Skor"), 0.8, ColumnAlign::Right}};
            int k = 0;
            for (const ReportCluster *c : std::as_const(mOtherClusters)) {
                const QStringList names = regionNames(c->members);
                const QString urusan = urusanService(c->urusan, c->service);
                t.addRow({QString::number(++k), urusan, names.join(QStringLiteral(", ")), ksdClassName(c->cls),
                          score(c->score)});
            }
            table(std::move(t));
        }
    }
    if (wide)
        pageBreak(PageOrientation::Portrait);
    section(T::tr("Daerah lain dalam cakupan"), wide);
    para(T::tr("Daerah dalam cakupan yang bukan mitra %1 menurut saran maupun register; isiannya dipakai sebagai data "
               "pembanding.")
             .arg(owner));
    ReportTable t;
    t.caption = T::tr("Daerah lain dalam cakupan");
    t.columns = {{T::tr("Daerah"), 4}, {T::tr("Potensi"), 1.2, ColumnAlign::Right},
                 {T::tr("Kebutuhan"), 1.2, ColumnAlign::Right}, {T::tr("Saran antardaerah lain"), 1.8,
                                                                  ColumnAlign::Right}};
    for (const QString &code : std::as_const(regions)) {
        int potensi = 0;
        const auto entries = mEntriesByRegion.value(code);
        for (const Entry *e : entries)
            potensi += e->kind == EntryKind::Potensi ? 1 : 0;
        int pairs = 0;
        for (const int v : mClassesByRegion.value(code))
            pairs += v;
        t.addRow({regionName(code), count(potensi), count(int(entries.size()) - potensi), count(pairs)});
    }
    t.emptyText = T::tr("Semua daerah dalam cakupan yang mempunyai data adalah mitra %1.").arg(owner);
    table(std::move(t));
}

} // namespace detail::report

} // namespace ksd
