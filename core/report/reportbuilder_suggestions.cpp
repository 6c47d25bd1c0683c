// SPDX-License-Identifier: Apache-2.0
// Report chapters 3–6: map, wajib and sukarela suggestions, clusters.
#include "reportbuilder_p.h"
#include "engine/maplinks.h"
#include "rules/legalbasis.h"

namespace ksd {

namespace detail::report {

// ---------------------------------------------------------------------------------------------------------------
// 3. Map

QList<ReportMapLink> Builder::mapLinks() const
{
    // The Peta tab's links (the pairs by engine/maplinks.h), so that the report's maps and the screen agree: every
    // suggestion the engine made, proposals and live agreements.
    QMap<std::tuple<QString, QString, QString>, int> agg;
    auto add = [this, &agg](const QList<RegionPair> &pairs, const QString &kind) {
        for (auto [a, b] : pairs) {
            if (!mRef.region(a) || !mRef.region(b) || a == b)
                continue;
            if (b < a)
                std::swap(a, b);
            ++agg[{a, b, kind}];
        }
    };
    for (const ReportSuggestion &s : mEngine.suggestions)
        add(suggestionMapPairs(s.regionA, s.regionB, s.cls, s.referTo), ksdClassKey(s.cls));
    for (const Proposal &p : mProject.proposals)
        add(proposalMapPairs(p), QStringLiteral("PROPOSAL"));
    for (const Agreement &a : mProject.agreements)
        add(agreementMapPairs(a, mProject.ownerRegion), QStringLiteral("AGREEMENT"));
    QList<ReportMapLink> links;
    for (auto it = agg.cbegin(); it != agg.cend(); ++it)
        links.append({std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), it.value()});
    return links;
}

QList<ReportLegendItem> Builder::mapLegend() const
{
    return {
        {QStringLiteral("WAJIB"), ksdClassName(KsdClass::Wajib)},
        {QStringLiteral("POTENSI_WAJIB"), ksdClassName(KsdClass::PotensiWajib)},
        {QStringLiteral("SUKARELA"), ksdClassName(KsdClass::Sukarela)},
        {QStringLiteral("RUJUK_PROVINSI"), ksdClassName(KsdClass::RujukProvinsi)},
        {QStringLiteral("PROPOSAL"), T::tr("Usulan kerja sama")},
        {QStringLiteral("AGREEMENT"), T::tr("Kerja sama tercatat")},
        {QStringLiteral("FOCUS"), T::tr("Daerah pemilik pemetaan")},
        {QStringLiteral("SCOPE"), T::tr("Daerah dalam cakupan")},
        {QStringLiteral("OTHER"), T::tr("Daerah lain")},
    };
}

void Builder::map()
{
    // The map stands on a landscape page of its own: on A4 portrait a dozen lines crowded into 25 mm around the
    // owner.
    pageBreak(PageOrientation::Landscape);
    chapter(T::tr("Peta Jejaring Kerja Sama"));
    const QString owner = regionName(mProject.ownerRegion);
    const QList<ReportMapLink> links = mapLinks();
    // Said above the figure, which takes the rest of the page.
    const auto note = [this] {
        if (!mEngine.available)
            para(T::tr("Saran kerja sama belum dihitung, sehingga peta hanya memuat kerja sama yang tercatat."),
                 TextStyle::Note);
        else if (mSuggestions.isEmpty() && mAgreements.isEmpty())
            para(T::tr("Belum ada saran maupun kerja sama untuk digambarkan; peta hanya menunjukkan cakupan."),
                 TextStyle::Note);
    };
    const auto linksWithin = [&links](const QSet<QString> &regions) {
        QList<ReportMapLink> out;
        for (const ReportMapLink &l : links) {
            if (regions.contains(l.a) && regions.contains(l.b))
                out.append(l);
        }
        return out;
    };

    // The provinces of the scope: a kab/kota counts for its province, a province for itself.
    QMap<QString, QStringList> byProvince;
    for (const QString &code : std::as_const(mScope)) {
        const Region *r = mRef.region(code);
        byProvince[r && !r->isProvince() ? r->provinceCode : code].append(code);
    }
    const Region *ownerRegion = mRef.region(mProject.ownerRegion);
    const QString ownProvince = ownerRegion && !ownerRegion->isProvince() ? ownerRegion->provinceCode
                                                                            : mProject.ownerRegion;
    // A kabupaten's neighbours across a province line do not make a multi-province project: two provinces or more
    // with at least half of their kab/kota in scope do.
    int wholeProvinces = 0;
    for (auto it = byProvince.cbegin(); it != byProvince.cend(); ++it) {
        const qsizetype kabkota = mRef.regionsOfProvince(it.key()).size();
        const qsizetype inScope = it.value().size() - (it.value().contains(it.key()) ? 1 : 0);
        if (kabkota > 0 && inScope * 2 >= kabkota)
            ++wholeProvinces;
    }
    if (wholeProvinces > 1) {
        // One tangle of a whole country says nothing: one small map per province, the owner's first, six to a page.
        para(T::tr("Cakupan pemetaan meliputi %1 provinsi. Agar tetap terbaca, setiap provinsi digambar pada peta "
                   "kecilnya sendiri dengan garis antardaerah di dalamnya (provinsi %2 lebih dahulu); pasangan lintas "
                   "provinsi tercantum dalam tabel saran.")
                 .arg(count(byProvince.size()), plainName(ownProvince)));
        note();
        QStringList order = byProvince.keys();
        if (order.removeOne(ownProvince))
            order.prepend(ownProvince);
        constexpr int PerPage = 6;
        const int pages = int((order.size() + PerPage - 1) / PerPage);
        for (int page = 0; page < pages; ++page) {
            ReportFigure f;
            f.kind = FigureKind::SmallMultiples;
            f.caption = pages == 1 ? T::tr("Peta jejaring kerja sama per provinsi")
                                   : T::tr("Peta jejaring kerja sama per provinsi (%1 dari %2)").arg(page + 1).arg(pages);
            f.focus = mProject.ownerRegion;
            for (int i = page * PerPage; i < std::min<int>(int(order.size()), (page + 1) * PerPage); ++i) {
                ReportMapPanel panel;
                panel.title = regionName(order[i]);
                panel.regions = byProvince.value(order[i]);
                const QSet<QString> set(panel.regions.cbegin(), panel.regions.cend());
                panel.links = linksWithin(set);
                if (set.contains(mProject.ownerRegion))
                    panel.focus = mProject.ownerRegion;
                f.regions += panel.regions;
                f.panels.append(panel);
            }
            f.legend = mapLegend();
            f.attribution = RefData::attribution();
            f.fullPage = true;
            if (page > 0)
                pageBreak(PageOrientation::Landscape);
            figure(std::move(f));
        }
    } else {
        para(T::tr("Gambar berikut menempatkan daerah dalam cakupan pada peta batas wilayah, seperti pada tab Peta: "
                   "garis menghubungkan pasangan daerah menurut kelas saran, usulan dan kerja sama yang tercatat, "
                   "provinsi digambar di utara kabupaten/kotanya. Di kanan, perbesaran wilayah di sekitar %1.")
                 .arg(owner));
        note();
        ReportFigure f;
        f.kind = FigureKind::NetworkMap;
        f.caption = T::tr("Peta jejaring kerja sama %1").arg(owner);
        f.regions = mScope;
        f.focus = mProject.ownerRegion;
        f.links = links;
        f.legend = mapLegend();
        f.attribution = RefData::attribution();
        f.fullPage = true;
        // Around the owner the lines crowd: an inset shows the owner and its bordering neighbours in scope at a
        // scale where each line can be followed.
        QStringList near{mProject.ownerRegion};
        for (const QString &n : mRef.neighbours(mProject.ownerRegion)) {
            if (mScopeSet.contains(n))
                near.append(n);
        }
        std::sort(near.begin(), near.end());
        if (near.size() > 1 && near.size() < mScope.size()) {
            ReportMapPanel inset;
            inset.title = T::tr("Perbesaran: %1 dan tetangganya").arg(owner);
            inset.regions = near;
            inset.focus = mProject.ownerRegion;
            inset.links = linksWithin(QSet<QString>(near.cbegin(), near.cend()));
            if (!inset.links.isEmpty())
                f.panels.append(inset);
        }
        figure(std::move(f));
    }
    pageBreak(PageOrientation::Portrait);
}

// ---------------------------------------------------------------------------------------------------------------
// 4–6. Suggestions

ReportTable Builder::suggestionTable(const QList<const ReportSuggestion *> &list, bool withTakeover,
                                     bool ownerPairs) const
{
    ReportTable t;
    t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right},
                 {ownerPairs ? T::tr("Daerah pemilik") : T::tr("Daerah"), 2.2},
                 {ownerPairs ? T::tr("Mitra") : T::tr("Daerah mitra"), 2.2},
                 {T::tr("Urusan dan layanan"), 2.4}};
    if (withTakeover) {
        t.columns.append({T::tr("Tipe"), 0.6, ColumnAlign::Center});
        t.columns.append({T::tr("Skor"), 0.7, ColumnAlign::Right});
        t.columns.append({T::tr("Bila tidak dilaksanakan, diambil alih oleh"), 2.4});
        t.columns.append({T::tr("Keterangan"), 4.2});
    } else {
        t.columns.append({T::tr("Skor"), 0.7, ColumnAlign::Right});
        t.columns.append({T::tr("Keterangan"), 5.2});
    }
    // Wajib pairs are grouped by pair type: the group row names the type and its legal basis once, and the rows
    // keep what differs (the pair, the score, who takes over, why).
    QList<const ReportSuggestion *> rows = list;
    if (withTakeover) {
        std::stable_sort(rows.begin(), rows.end(), [](const ReportSuggestion *x, const ReportSuggestion *y) {
            return x->pairType < y->pairType;
        });
    }
    int n = 0;
    PairType group = PairType::None;
    bool first = true;
    for (const ReportSuggestion *s : rows) {
        if (withTakeover && (first || s->pairType != group)) {
            group = s->pairType;
            first = false;
            QString label = T::tr("Tipe %1: %2. Dasar hukum: %3")
                                .arg(pairTypeKey(group).isEmpty() ? QStringLiteral("–") : pairTypeKey(group),
                                     pairTypeName(group), basisOf(*s));
            if (group == PairType::C)
                label += QLatin1Char(' ') + T::tr("Perlu kajian hukum: tipe C tidak disebut dalam daftar pasangan "
                                                  "wajib Permendagri 22/2020.");
            QStringList cells{label};
            while (cells.size() < t.columns.size())
                cells.append(QString());
            t.addRow(cells, RowKind::Group);
        }
        const QString urusan = urusanService(s->urusan, s->service);
        QStringList row{QString::number(++n), regionName(s->regionA), regionName(s->regionB), urusan};
        QString text = reasonOf(*s);
        if (s->dprdApproval)
            text += QLatin1Char(' ') + T::tr("Memerlukan persetujuan DPRD.");
        if (withTakeover) {
            QString type = pairTypeKey(s->pairType);
            if (s->legalReview)
                type += QLatin1Char('*');
            row.append(type.isEmpty() ? QStringLiteral("–") : type);
            row.append(score(s->score));
            row.append(s->takeover == Takeover::None ? QStringLiteral("–") : takeoverName(s->takeover));
            row.append(text);
        } else {
            row.append(score(s->score));
            row.append(text);
        }
        t.addRow(row);
    }
    return t;
}

void Builder::wajib()
{
    // Wide tables go on landscape pages; a section that only says it is empty stays portrait.
    pageBreak(!suggestionsOf(KsdClass::Wajib).isEmpty() || !suggestionsOf(KsdClass::PotensiWajib).isEmpty() ? PageOrientation::Landscape : PageOrientation::Portrait);
    chapter(T::tr("Kerja Sama Wajib"));
    para(T::tr("Kerja sama wajib berlaku bagi dua atau lebih daerah yang berbatasan untuk urusan yang mempunyai "
               "eksternalitas lintas daerah di antara para pihak dan lebih efisien bila dikelola bersama (%1). "
               "Hasil pemetaan ini adalah indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para "
               "pihak). Bila kerja sama wajib tidak dilaksanakan, urusan itu dapat diambil alih oleh gubernur "
               "sebagai wakil Pemerintah Pusat (tipe B dan E) atau oleh Pemerintah Pusat (tipe A, C dan D), dan "
               "biayanya diperhitungkan dari dana transfer daerah yang bersangkutan (%2).")
             .arg(legalBasis(QStringLiteral("substantive")).citation, legalBasis(QStringLiteral("takeover")).citation));
    if (!mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
        pageBreak(PageOrientation::Portrait);
        return;
    }
    para(T::tr("Tabel dalam bab ini hanya memuat pasangan yang melibatkan %1; %1 selalu pada kolom pertama. "
               "Pasangan antardaerah lain dalam cakupan bukan kewajiban %1; %2")
             .arg(regionName(mProject.ownerRegion),
                  mOptions.has(ReportSection::Others)
                      ? T::tr("pasangan itu dimuat dalam lampiran untuk diketahui.")
                      : T::tr("pasangan itu tidak dimuat dalam laporan ini.")));
    int cut = 0;
    const auto wajibAll = suggestionsOf(KsdClass::Wajib);
    const auto wajibList = firstOf(wajibAll, mOptions.maxSuggestionRows, cut);
    section(T::tr("Saran kerja sama wajib"));
    ReportTable t = suggestionTable(wajibList, true, true);
    t.caption = T::tr("Saran kerja sama wajib");
    t.emptyText = T::tr("Tidak ada pasangan daerah yang memenuhi kedua syarat kerja sama wajib.");
    if (std::any_of(wajibList.cbegin(), wajibList.cend(), [](const ReportSuggestion *s) { return s->legalReview; }))
        t.note = T::tr("* Tipe C (provinsi dengan kabupaten/kota provinsi lain) tidak disebut dalam daftar pasangan "
                       "wajib Permendagri 22/2020: perlu kajian hukum.");
    if (cut > 0)
        addNote(t, cutSuggestionsNote(int(wajibList.size()), int(wajibAll.size())));
    table(std::move(t));

    const auto potensiAll = suggestionsOf(KsdClass::PotensiWajib);
    const auto potensi = firstOf(potensiAll, mOptions.maxSuggestionRows, cut);
    section(T::tr("Potensi kerja sama wajib (perlu kajian)"));
    para(T::tr("Pasangan berikut berbatasan, tetapi bukti eksternalitas atau efisiensinya belum lengkap. Bukti yang "
               "belum ada bukan berarti \"tidak\": perangkat daerah diminta melengkapi kajiannya agar kelasnya "
               "dapat ditetapkan."));
    ReportTable p = suggestionTable(potensi, true, true);
    p.caption = T::tr("Potensi kerja sama wajib");
    p.emptyText = T::tr("Tidak ada pasangan berbatasan yang masih menunggu bukti.");
    if (std::any_of(potensi.cbegin(), potensi.cend(), [](const ReportSuggestion *s) { return s->legalReview; }))
        p.note = T::tr("* Tipe C: perlu kajian hukum.");
    if (cut > 0)
        addNote(p, cutSuggestionsNote(int(potensi.size()), int(potensiAll.size())));
    table(std::move(p));
    pageBreak(PageOrientation::Portrait);
}

void Builder::sukarela()
{
    chapter(T::tr("Kerja Sama Sukarela"));
    para(T::tr("Kerja sama sukarela dapat dilakukan oleh daerah yang berbatasan maupun tidak, untuk urusan dalam "
               "kewenangan masing-masing yang dinilai lebih efektif dan efisien bila dilaksanakan bersama "
               "(UU 23/2014 Pasal 363 ayat (3)). Pasangan diurutkan menurut skor kecocokan."));
    if (!mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
        return;
    }
    int cut = 0;
    const auto all = suggestionsOf(KsdClass::Sukarela);
    const auto shown = firstOf(all, mOptions.maxSuggestionRows, cut);
    ReportTable t = suggestionTable(shown, false, true);
    t.caption = T::tr("Saran kerja sama sukarela");
    t.emptyText = T::tr("Tidak ada saran kerja sama sukarela.");
    if (cut > 0)
        addNote(t, cutSuggestionsNote(int(shown.size()), int(all.size())));
    table(std::move(t));
}

void Builder::clusters()
{
    // Wide tables go on landscape pages; a section that only says it is empty stays portrait.
    pageBreak(!mClusters.isEmpty() || !suggestionsOf(KsdClass::RujukProvinsi).isEmpty() ? PageOrientation::Landscape : PageOrientation::Portrait);
    chapter(T::tr("Klaster dan Rujukan ke Provinsi"));
    para(T::tr("Layanan yang lokasi, pengguna atau dampaknya melintasi batas kabupaten/kota menjadi kewenangan "
               "provinsi (UU 23/2014 Pasal 13 ayat (3)). Untuk layanan seperti itu, saran yang tepat adalah merujuk "
               "ke provinsi: kerja sama tipe B atau fasilitasi provinsi, bukan kerja sama wajib antar-kabupaten/kota."));
    if (!mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
        pageBreak(PageOrientation::Portrait);
        return;
    }
    int cut0 = 0;
    section(T::tr("Klaster daerah"));
    para(T::tr("Klaster adalah kelompok daerah yang saling berbatasan dengan kebutuhan lintas batas pada layanan "
               "yang sama; setiap klaster diusulkan sebagai kerja sama beberapa pihak."));
    {
        ReportTable t;
        t.caption = T::tr("Klaster daerah");
        t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Urusan dan layanan"), 2.4},
                     {T::tr("Anggota"), 4.4}, {T::tr("Tipe"), 0.7, ColumnAlign::Center}, {T::tr("Skor"), 0.7,
                                                                                         ColumnAlign::Right},
                     {T::tr("Kelas dan tindak lanjut"), 2.6}, {T::tr("Dasar hukum"), 3.8}};
        QList<const ReportCluster *> clusters = mClusters;
        std::stable_sort(clusters.begin(), clusters.end(),
                         [](const ReportCluster *x, const ReportCluster *y) { return x->score > y->score; });
        int cut = 0;
        clusters = firstOf(clusters, mOptions.maxSuggestionRows, cut);
        if (cut == 0)
            clusters = mClusters; // all of them: keep the engine's order
        int n = 0;
        for (const ReportCluster *c : std::as_const(clusters)) {
            const QStringList names = regionNames(c->members);
            const QString urusan = urusanService(c->urusan, c->service);
            QString follow = ksdClassName(c->cls);
            if (c->cls == KsdClass::RujukProvinsi && !c->referTo.isEmpty())
                follow = T::tr("Dirujuk ke %1 (kerja sama tipe B atau fasilitasi provinsi)").arg(regionName(c->referTo));
            else if (c->takeover != Takeover::None)
                follow += QStringLiteral("; ") + T::tr("bila tidak dilaksanakan diambil alih %1")
                                                     .arg(takeoverName(c->takeover));
            QString basis = c->basis;
            if (basis.isEmpty()) {
                ReportSuggestion probe;
                probe.cls = c->cls;
                probe.pairType = c->pairTypes.isEmpty() ? PairType::None
                                                        : PairType(QStringLiteral("ABCDE").indexOf(c->pairTypes.first()) + 1);
                basis = basisOf(probe);
            } else {
                basis += QLatin1Char('.');
            }
            t.addRow({QString::number(++n), urusan,
                      T::tr("%1: %2").arg(T::tr("%Ln daerah", nullptr, int(c->members.size())),
                                          names.join(QStringLiteral(", "))),
                      c->pairTypes.isEmpty() ? QStringLiteral("–") : c->pairTypes.join(QStringLiteral(", ")),
                      score(c->score), follow, basis});
        }
        t.emptyText = T::tr("Tidak ada klaster daerah dengan kebutuhan lintas batas pada layanan yang sama.");
        if (cut > 0)
            addNote(t, cutSuggestionsNote(int(clusters.size()), int(mClusters.size())));
        table(std::move(t));
    }
    section(T::tr("Pasangan yang dirujuk ke provinsi"));
    {
        ReportTable t;
        t.caption = T::tr("Pasangan yang dirujuk ke provinsi");
        t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Daerah pemilik"), 2.4}, {T::tr("Mitra"), 2.4},
                     {T::tr("Skor"), 0.7, ColumnAlign::Right}, {T::tr("Dirujuk ke"), 2.4}, {T::tr("Keterangan"), 5}};
        // Grouped by urusan and service: the group row carries the provincial-authority basis once.
        int cut = 0;
        const auto all = suggestionsOf(KsdClass::RujukProvinsi);
        QList<const ReportSuggestion *> list = firstOf(all, mOptions.maxSuggestionRows, cut);
        std::stable_sort(list.begin(), list.end(), [](const ReportSuggestion *x, const ReportSuggestion *y) {
            return std::tie(x->urusan, x->service) < std::tie(y->urusan, y->service);
        });
        int n = 0;
        QString group;
        for (const ReportSuggestion *s : std::as_const(list)) {
            const QString key = s->urusan + QLatin1Char('|') + s->service;
            if (n == 0 || key != group) {
                group = key;
                const QString label = urusanService(s->urusan, s->service);
                QStringList cells{label + QStringLiteral(". ") + T::tr("Dasar hukum: %1").arg(basisOf(*s))};
                while (cells.size() < t.columns.size())
                    cells.append(QString());
                t.addRow(cells, RowKind::Group);
            }
            const QStringList provinces = regionNames(s->referTo);
            t.addRow({QString::number(++n), regionName(s->regionA), regionName(s->regionB), score(s->score),
                      provinces.isEmpty() ? QStringLiteral("–") : provinces.join(QStringLiteral(", ")),
                      reasonOf(*s)});
        }
        t.emptyText = T::tr("Tidak ada pasangan yang perlu dirujuk ke provinsi.");
        if (cut > 0)
            addNote(t, cutSuggestionsNote(int(list.size()), int(all.size())));
        table(std::move(t));
    }
    section(T::tr("Pasangan yang dirujuk ke Pemerintah Pusat"));
    {
        para(T::tr("Objek berikut menjadi kewenangan Pemerintah Pusat (%1), misalnya wilayah sungai atau SPAM lintas "
                   "provinsi: tindak lanjutnya melalui kementerian/lembaga yang membidanginya, bukan kerja sama "
                   "antardaerah.")
                 .arg(legalBasis(QStringLiteral("authority")).citation));
        ReportTable t = suggestionTable(firstOf(suggestionsOf(KsdClass::RujukPusat), mOptions.maxSuggestionRows, cut0),
                                        false, true);
        t.caption = T::tr("Pasangan yang dirujuk ke Pemerintah Pusat");
        t.emptyText = T::tr("Tidak ada pasangan yang perlu dirujuk ke Pemerintah Pusat.");
        table(std::move(t));
    }
    pageBreak(PageOrientation::Portrait);
}

} // namespace detail::report

} // namespace ksd
