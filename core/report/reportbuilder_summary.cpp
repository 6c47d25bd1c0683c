// SPDX-License-Identifier: Apache-2.0
// Report chapters 1–2: summary, legal basis and method.
#include "reportbuilder_p.h"
#include "rules/legalbasis.h"

namespace ksd {

namespace detail::report {

// ---------------------------------------------------------------------------------------------------------------
// 1. Summary

void Builder::summary()
{
    const ReportCounts &c = mModel.counts;
    const Region *owner = mRef.region(mProject.ownerRegion);
    chapter(T::tr("Ringkasan Hasil Pemetaan"));

    const QString ownerName = regionName(mProject.ownerRegion);
    QSet<QString> pds;
    QSet<QString> urusan;
    for (const Entry *e : std::as_const(mOwnEntries)) {
        if (!e->sourcePd.trimmed().isEmpty())
            pds.insert(e->sourcePd.trimmed());
        urusan.insert(e->urusanCode);
    }
    para(T::tr("Laporan ini menyajikan hasil pemetaan kerja sama daerah (KSD) %1 tahun %2, dari data per %3 "
               "(perubahan terakhir), disusun pada %4. Pemetaan mencakup %5 dan mengikuti alur data dari isian "
               "potensi dan kebutuhan perangkat daerah, saran pasangan kerja sama beserta dasar hukumnya, usulan "
               "kerja sama, sampai dokumen kerja sama dan pemantauannya.")
             .arg(owner ? owner->name : mProject.ownerRegion)
             .arg(mProject.year)
             .arg(date(mDataDate), date(mToday))
             .arg(T::tr("%Ln daerah", nullptr, c.regions)),
         TextStyle::Lead);
    if (c.dataAgeDays > mOptions.expiryWarningDays) {
        para(T::tr("Perhatian: data terakhir diubah pada %1, %Ln hari sebelum tanggal laporan. Mutakhirkan isian, "
                   "usulan dan register sebelum laporan ini ditandatangani.", nullptr, c.dataAgeDays)
                 .arg(date(mDataDate)),
             TextStyle::Note);
    }

    // The headline figures, in the shape planners already report them.
    QStringList points;
    // Each count carries its own plural ("1 need/problem", "37 needs/problems" in English). An empty project says
    // so in words rather than in a row of zeros.
    if (c.entries == 0)
        points.append(T::tr("Belum ada isian potensi atau kebutuhan %1.").arg(ownerName));
    else
        points.append(T::tr("%1 %2 dari %3: %4 dan %5, pada %6.")
                      .arg(T::tr("%Ln isian", nullptr, c.entries), ownerName)
                      .arg(T::tr("%Ln perangkat daerah", nullptr, int(pds.size())))
                      .arg(T::tr("%Ln potensi", nullptr, c.potensi))
                      .arg(T::tr("%Ln kebutuhan/permasalahan", nullptr, c.kebutuhan))
                      .arg(T::tr("%Ln urusan", nullptr, int(urusan.size()))));
    if (mEngine.available) {
        QStringList parts;
        for (KsdClass k : kClasses) {
            const int n = c.suggestionsByClass.value(ksdClassKey(k));
            if (n > 0)
                parts.append(QStringLiteral("%1 %2").arg(count(n), ksdClassName(k).toLower()));
        }
        if (c.suggestions == 0 && c.clusters == 0) {
            points.append(T::tr("Tidak ada saran kerja sama."));
        } else {
            QString line = T::tr("%Ln saran kerja sama %1 dengan daerah lain", nullptr, c.suggestions).arg(ownerName);
            if (!parts.isEmpty())
                line += QStringLiteral(": ") + joinList(parts);
            line += QStringLiteral("; ") + T::tr("%Ln klaster", nullptr, c.clusters) + QLatin1Char('.');
            points.append(line);
        }
    }
    if (c.entriesInScope > c.entries || c.otherSuggestions > 0) {
        QString line = T::tr("Daerah lain dalam cakupan: %1 sebagai data pembanding")
                           .arg(T::tr("%Ln isian", nullptr, c.entriesInScope - c.entries));
        if (mEngine.available && c.otherSuggestions > 0) {
            line += QStringLiteral("; ")
                    + T::tr("%Ln saran antardaerah lain, bukan kewajiban %1", nullptr, c.otherSuggestions)
                          .arg(ownerName);
            if (mOptions.has(ReportSection::Others))
                line += QLatin1Char(' ') + T::tr("(lampiran \"Untuk diketahui\")");
        }
        points.append(line + QLatin1Char('.'));
    }
    if (mStats.proposalsTotal == 0) {
        points.append(T::tr("Belum ada usulan kerja sama yang dicatat."));
    } else {
        QString line = T::tr("%1 usulan, %2 memenuhi kriteria")
                           .arg(count(mStats.proposalsTotal), count(mStats.proposalsEligible));
        QList<Category> cats(std::begin(kCategories), std::end(kCategories));
        std::stable_sort(cats.begin(), cats.end(),
                         [this](Category x, Category y) { return mStats.proposals(x) > mStats.proposals(y); });
        QStringList parts;
        for (Category cat : cats) {
            if (mStats.proposals(cat) > 0)
                parts.append(QStringLiteral("%1 %2").arg(share(mStats.proposals(cat), mStats.proposalsEligible),
                                                         categoryShort(cat)));
        }
        if (!parts.isEmpty())
            line += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
        points.append(line + QLatin1Char('.'));
    }
    for (DocType t : kDocTypes) {
        const int n = mStats.count(t);
        if (n == 0)
            continue;
        QStringList parts;
        for (PartnerGroup g : kGroups) {
            if (mStats.count(t, g) > 0)
                parts.append(partnerGroupPhrase(g, mStats.count(t, g)));
        }
        QString line = docTypePhrase(t, n);
        if (!parts.isEmpty())
            line += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
        points.append(line + QLatin1Char('.'));
    }
    if (mStats.agreementsTotal == 0)
        points.append(T::tr("Belum ada dokumen kerja sama dalam register."));
    if (!mExpiring.isEmpty()) {
        points.append(T::tr("%Ln kerja sama berakhir dalam %1 hari atau sudah lewat tanggal berakhirnya; lihat "
                            "rekomendasi tindak lanjut dan register kerja sama.", nullptr, int(mExpiring.size()))
                          .arg(mOptions.expiryWarningDays));
    }
    bullets(points);

    // 1.1 Entries by urusan
    section(T::tr("Isian potensi dan kebutuhan"));
    para(T::tr("Perangkat daerah mengisi potensi dan kebutuhan/permasalahan per urusan, lengkap dengan bukti "
               "eksternalitas lintas daerah dan efisiensi pengelolaan bersama. Tabel berikut merekap isian %1 per "
               "urusan; isian daerah lain dalam cakupan tercantum pada matriks potensi dan kebutuhan.")
             .arg(ownerName));
    {
        ReportTable t;
        t.caption = T::tr("Isian %1 per urusan").arg(ownerName);
        t.columns = {{T::tr("Urusan"), 5}, {T::tr("Potensi"), 1.3, ColumnAlign::Right},
                     {T::tr("Kebutuhan"), 1.3, ColumnAlign::Right}, {T::tr("Jumlah"), 1.3, ColumnAlign::Right}};
        for (auto it = c.entriesByUrusan.cbegin(); it != c.entriesByUrusan.cend(); ++it) {
            t.addRow({urusanLabel(it.key()), count(it.value().first), count(it.value().second),
                      count(it.value().first + it.value().second)});
        }
        if (!t.rows.isEmpty())
            t.addRow({T::tr("Jumlah"), count(c.potensi), count(c.kebutuhan), count(c.entries)}, RowKind::Total);
        t.emptyText = T::tr("Belum ada isian potensi atau kebutuhan %1.").arg(ownerName);
        table(std::move(t));
    }

    participants();

    // 1.3 Suggestions by class
    section(T::tr("Saran kerja sama menurut kelas"));
    if (!mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
    } else {
        para(T::tr("Setiap pasangan daerah dan urusan yang potensinya bertemu kebutuhan, atau yang sama-sama "
                   "mempunyai kebutuhan lintas batas, dinilai dengan aturan yang diuraikan pada bagian dasar hukum "
                   "dan metode."));
        ReportTable t;
        t.caption = T::tr("Saran kerja sama %1 menurut kelas").arg(ownerName);
        t.columns = {{T::tr("Kelas"), 5}, {T::tr("Jumlah"), 1.3, ColumnAlign::Right},
                     {T::tr("Persentase"), 1.6, ColumnAlign::Right}};
        for (KsdClass k : kClasses) {
            if (k == KsdClass::TidakMemenuhi)
                continue;
            const int n = c.suggestionsByClass.value(ksdClassKey(k));
            t.addRow({ksdClassName(k), count(n), share(n, c.suggestions)});
        }
        t.addRow({T::tr("Jumlah"), count(c.suggestions), share(c.suggestions, c.suggestions)}, RowKind::Total);
        t.emptyText = T::tr("Tidak ada saran kerja sama.");
        if (c.suggestions == 0)
            t.rows.clear();
        table(std::move(t));
    }

    // 1.3 Proposals
    section(T::tr("Usulan kerja sama"));
    if (mStats.proposalsTotal == 0) {
        para(T::tr("Belum ada usulan kerja sama yang dicatat."), TextStyle::Note);
    } else {
        const int notEligible = mStats.proposalsTotal - mStats.proposalsEligible;
        QString text = T::tr("Dari %1 usulan yang masuk, %2 (%3) memenuhi kriteria kerja sama daerah.")
                           .arg(count(mStats.proposalsTotal), count(mStats.proposalsEligible),
                                share(mStats.proposalsEligible, mStats.proposalsTotal));
        if (notEligible > 0) {
            QStringList parts;
            for (int i = 1; i < ActivityCount; ++i) {
                const int n = mStats.notEligibleByActivity[size_t(i)];
                if (n > 0)
                    parts.append(QStringLiteral("%1 %2").arg(count(n), activityName(ActivityKind(i)).toLower()));
            }
            text += QLatin1Char(' ') + T::tr("%Ln usulan tidak memenuhi kriteria karena bukan kerja sama", nullptr,
                                             notEligible);
            if (!parts.isEmpty())
                text += QStringLiteral(" (") + joinList(parts) + QLatin1Char(')');
            text += QLatin1Char('.');
        }
        if (mStats.proposalsDprd > 0) {
            text += QLatin1Char(' ') + T::tr("%Ln usulan memerlukan persetujuan DPRD.", nullptr, mStats.proposalsDprd);
        }
        para(text);
        ReportTable t;
        t.caption = T::tr("Usulan yang memenuhi kriteria menurut kategori");
        t.columns = {{T::tr("Kategori"), 5}, {T::tr("Usulan"), 1.3, ColumnAlign::Right},
                     {T::tr("Persentase"), 1.6, ColumnAlign::Right}};
        for (Category cat : kCategories) {
            t.addRow({categoryName(cat), count(mStats.proposals(cat)),
                      share(mStats.proposals(cat), mStats.proposalsEligible)});
        }
        t.addRow({T::tr("Jumlah"), count(mStats.proposalsEligible),
                  share(mStats.proposalsEligible, mStats.proposalsEligible)},
                 RowKind::Total);
        if (mStats.proposalsEligible == 0)
            t.rows.clear();
        t.emptyText = T::tr("Tidak ada usulan yang memenuhi kriteria.");
        table(std::move(t));
        proposalList();
    }

    // 1.4 Agreements
    section(T::tr("Dokumen kerja sama"));
    if (mStats.agreementsTotal == 0) {
        para(T::tr("Belum ada dokumen kerja sama dalam register."), TextStyle::Note);
        return;
    }
    para(T::tr("Register mencatat %1. Tabel berikut menyajikan jumlahnya menurut jenis dokumen dan mitra, serta "
               "menurut tahap kerja sama sesuai Permendagri 22/2020.")
             .arg(T::tr("%Ln dokumen kerja sama", nullptr, mStats.agreementsTotal)));
    {
        ReportTable t;
        t.caption = T::tr("Dokumen kerja sama menurut jenis dan mitra");
        t.columns = {{T::tr("Jenis dokumen"), 3.2}};
        for (PartnerGroup g : kGroups)
            t.columns.append({partnerGroupName(g), 1.5, ColumnAlign::Right});
        t.columns.append({T::tr("Jumlah"), 1.2, ColumnAlign::Right});
        std::array<int, PartnerGroupCount> totals{};
        for (DocType d : kDocTypes) {
            QStringList row{docTypeName(d)};
            for (PartnerGroup g : kGroups) {
                row.append(count(mStats.count(d, g)));
                totals[size_t(g)] += mStats.count(d, g);
            }
            row.append(count(mStats.count(d)));
            t.addRow(row);
        }
        QStringList total{T::tr("Jumlah")};
        for (PartnerGroup g : kGroups)
            total.append(count(totals[size_t(g)]));
        total.append(count(mStats.agreementsTotal));
        t.addRow(total, RowKind::Total);
        t.note = T::tr("Daerah lain: KSDD dan KSDPL; pihak ketiga: KSDPK dan KSDLL; sinergi: dengan kementerian/"
                       "lembaga.");
        table(std::move(t));
    }
    {
        ReportTable t;
        t.caption = T::tr("Dokumen kerja sama menurut tahap");
        t.columns = {{T::tr("Tahap"), 4.2}};
        for (DocType d : kDocTypes)
            t.columns.append({docTypeKey(d) == QLatin1String("ADDENDUM") ? T::tr("Add.") : docTypeKey(d), 1,
                              ColumnAlign::Right});
        t.columns.append({T::tr("Jumlah"), 1.2, ColumnAlign::Right});
        QHash<int, std::array<int, DocTypeCount>> byStage;
        for (const Agreement *a : mAgreements)
            ++byStage[int(a->stage)][size_t(a->docType)];
        for (int s = 0; s < StageCount; ++s) {
            const auto counts = byStage.value(s);
            QStringList row{stageName(Stage(s))};
            int sum = 0;
            for (DocType d : kDocTypes) {
                row.append(count(counts[size_t(d)]));
                sum += counts[size_t(d)];
            }
            row.append(count(sum));
            t.addRow(row);
        }
        QStringList total{T::tr("Jumlah")};
        for (DocType d : kDocTypes)
            total.append(count(mStats.count(d)));
        total.append(count(mStats.agreementsTotal));
        t.addRow(total, RowKind::Total);
        t.note = T::tr("KB: kesepakatan bersama; PKS: perjanjian kerja sama; NK: nota kesepakatan; Add.: addendum.");
        table(std::move(t));
    }
}

void Builder::proposalList()
{
    para(T::tr("Setiap usulan dengan hasil penyaringannya: kategori dan, untuk KSDD, kelas pasangan tertinggi "
               "menurut aturan penilaian; kolom DPRD menandai usulan yang memerlukan persetujuan DPRD."));
    ReportTable t;
    t.caption = T::tr("Daftar usulan kerja sama");
    t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Usulan"), 3.8}, {T::tr("Perangkat daerah"), 1.9},
                 {T::tr("Mitra"), 2.2}, {T::tr("Hasil penyaringan"), 2.1}, {T::tr("DPRD"), 0.8, ColumnAlign::Center}};
    QList<const Proposal *> list;
    for (const Proposal &p : mProject.proposals) {
        if (!p.meta.deleted)
            list.append(&p);
    }
    std::stable_sort(list.begin(), list.end(), [](const Proposal *x, const Proposal *y) {
        return std::tie(x->urusanCode, x->title) < std::tie(y->urusanCode, y->title);
    });
    int n = 0;
    for (const Proposal *p : std::as_const(list)) {
        const ScreeningResult sr = mScreening.value(p->meta.id);
        QString result;
        if (!sr.eligible) {
            result = T::tr("Tidak memenuhi kriteria (%1)").arg(activityName(p->activity).toLower());
        } else {
            result = categoryShort(sr.category);
            if (const auto cls = ksdClassFromKey(sr.ksddClass))
                result += QStringLiteral(" · ") + ksdClassName(*cls).toLower();
        }
        t.addRow({QString::number(++n), QStringLiteral("%1 (%2)").arg(p->title, urusanLabel(p->urusanCode)),
                  p->sourcePd.isEmpty() ? QStringLiteral("–") : p->sourcePd, proposalPartners(*p), result,
                  sr.eligible && sr.dprdApproval ? T::tr("perlu") : QStringLiteral("–")});
    }
    t.note = T::tr("DPRD \"perlu\": kerja sama membebani masyarakat dan daerah dan/atau pendanaannya belum "
                   "teranggarkan dalam APBD tahun berjalan (%1).")
                 .arg(legalBasis(QStringLiteral("dprd")).citation);
    table(std::move(t));
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Legal basis and method

void Builder::method()
{
    chapter(T::tr("Dasar Hukum dan Metode"));
    section(T::tr("Dasar hukum"));
    bullets({
        T::tr("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali "
              "diubah, terutama Pasal 13 dan Lampiran (pembagian urusan menurut tingkat pemerintahan) dan "
              "Pasal 363–365 (kerja sama daerah, kerja sama wajib dan sukarela)."),
        T::tr("Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah."),
        T::tr("Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan "
              "Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga."),
        T::tr("Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan "
              "Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri."),
        T::tr("Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 beserta pemutakhirannya (klasifikasi, kodefikasi "
              "dan nomenklatur urusan)."),
        T::tr("Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025 dan pemutakhirannya Nomor "
              "300.2.2-2430 Tahun 2025 (kode dan data wilayah administrasi pemerintahan)."),
    });

    section(T::tr("Aturan penilaian pasangan daerah"));
    para(T::tr("Setiap pasangan daerah untuk satu urusan dinilai oleh satu perangkat aturan dalam urutan yang tetap. "
               "Aturan pertama yang menentukan kelas menghentikan penilaian; akibat hukumnya (pengambilalihan dan "
               "persetujuan DPRD) dicatat sesudahnya."));
    {
        ReportTable t;
        t.caption = T::tr("Urutan aturan dan dasar hukumnya");
        t.columns = {{T::tr("No."), 0.6, ColumnAlign::Right}, {T::tr("Aturan"), 2.4}, {T::tr("Dasar hukum"), 7.5}};
        for (int r = 0; r < RuleCount; ++r)
            t.addRow({QString::number(r + 1), ruleName(Rule(r)), ruleBasis(Rule(r))});
        table(std::move(t));
    }

    section(T::tr("Kelas hasil penilaian"));
    {
        ReportTable t;
        t.caption = T::tr("Kelas hasil penilaian");
        t.columns = {{T::tr("Kelas"), 2.4}, {T::tr("Artinya"), 8}};
        t.addRow({ksdClassName(KsdClass::Wajib),
                  T::tr("Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): daerah "
                        "berbatasan, eksternalitas di antara para pihak dan efisiensi bila dikelola bersama sama-sama "
                        "terpenuhi. Bila kelak disepakati dan tidak dilaksanakan, urusan dapat diambil alih.")});
        t.addRow({ksdClassName(KsdClass::PotensiWajib),
                  T::tr("Daerah berbatasan, tetapi bukti eksternalitas atau efisiensi belum ada. Bukti yang belum ada "
                        "bukan berarti \"tidak\": kajiannya perlu dilengkapi.")});
        t.addRow({ksdClassName(KsdClass::Sukarela),
                  T::tr("Kerja sama dalam kewenangan para pihak yang dinilai lebih efektif dan efisien bila "
                        "dilaksanakan bersama, baik daerahnya berbatasan maupun tidak.")});
        t.addRow({ksdClassName(KsdClass::RujukProvinsi),
                  T::tr("Layanan lintas kabupaten/kota yang menjadi kewenangan provinsi (UU 23/2014 Pasal 13 ayat "
                        "(3)): dirujuk ke provinsi sebagai kerja sama tipe B atau fasilitasi provinsi.")});
        t.addRow({ksdClassName(KsdClass::RujukPusat),
                  T::tr("Objek yang menjadi kewenangan Pemerintah Pusat, misalnya wilayah sungai atau SPAM lintas "
                        "provinsi (UU 23/2014 Pasal 13 ayat (2)): dirujuk ke kementerian/lembaga yang membidanginya.")});
        t.addRow({ksdClassName(KsdClass::TidakMemenuhi),
                  T::tr("Para pihak atau objeknya tidak memenuhi syarat kerja sama daerah; tidak dimuat dalam "
                        "laporan ini.")});
        table(std::move(t));
    }

    section(T::tr("Jenis pasangan dan pengambilalihan"));
    para(T::tr("Jenis pasangan mengikuti UU 23/2014 Pasal 364 ayat (2). Bila kerja sama wajib tidak dilaksanakan, "
               "urusan dapat diambil alih dan biayanya diperhitungkan dari dana transfer daerah."));
    {
        ReportTable t;
        t.caption = T::tr("Jenis pasangan dan pihak yang mengambil alih");
        t.columns = {{T::tr("Tipe"), 0.8, ColumnAlign::Center}, {T::tr("Pasangan"), 5.2},
                     {T::tr("Diambil alih oleh"), 4}};
        for (PairType p : {PairType::A, PairType::B, PairType::C, PairType::D, PairType::E}) {
            QString who = takeoverName(RuleSet::takeoverOf(p));
            if (p == PairType::C)
                who += QStringLiteral(" ") + T::tr("(perlu kajian hukum: tipe C tidak disebut dalam daftar "
                                                   "Permendagri 22/2020)");
            t.addRow({pairTypeKey(p), pairTypeName(p), who});
        }
        table(std::move(t));
    }

    section(T::tr("Skor kecocokan"));
    para(T::tr("Skor kecocokan (0–100) mengukur dua arah seberapa jauh potensi satu daerah memenuhi kebutuhan "
               "daerah lain, dengan memperhitungkan prioritas, besaran, kesamaan layanan, jarak (jumlah batas yang "
               "dilintasi dan kilometer) serta kerja sama yang sudah ada. Bobot faktor disimpan dalam pengaturan "
               "proyek."));
    ReportTable t;
    t.caption = T::tr("Bobot skor yang digunakan");
    t.columns = {{T::tr("Faktor"), 3}, {T::tr("Bobot"), 1.1, ColumnAlign::Right},
                 {T::tr("Bawaan"), 1.1, ColumnAlign::Right}, {T::tr("Keterangan"), 6}};
    const QHash<QString, QString> descriptions = {
        {QStringLiteral("complement"), T::tr("Dua arah: potensi A memenuhi kebutuhan B, sebaliknya, atau kebutuhan "
                                             "lintas batas bersama.")},
        {QStringLiteral("priority"), T::tr("Prioritas tertinggi (1–5) dari kebutuhan yang terlibat.")},
        {QStringLiteral("magnitude"), T::tr("Seberapa jauh besaran potensi menutup besaran kebutuhan (satuan sama).")},
        {QStringLiteral("service"), T::tr("Kesamaan layanan yang disebut kedua pihak.")},
        {QStringLiteral("hops"), T::tr("Kedekatan: penuh bila berbatasan, mengecil dengan setiap langkah batas.")},
        {QStringLiteral("distance"), T::tr("Jarak antartitik pusat daerah dalam kilometer.")},
        {QStringLiteral("agreements"), T::tr("Kerja sama aktif yang sudah ada pada urusan ini atau urusan lain.")},
    };
    for (const ReportWeight &w : mEngine.weights) {
        QString name = w.name;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        t.addRow({name, decimal(w.value, 2), decimal(w.defaultValue, 2),
                  w.description.isEmpty() ? descriptions.value(w.key) : w.description},
                 w.value != w.defaultValue ? RowKind::Warning : RowKind::Normal);
    }
    t.emptyText = T::tr("Bobot skor tidak tersedia karena saran kerja sama belum dihitung.");
    if (std::any_of(mEngine.weights.cbegin(), mEngine.weights.cend(),
                    [](const ReportWeight &w) { return w.value != w.defaultValue; }))
        t.note = T::tr("Baris yang disorot memakai bobot yang diubah dari nilai bawaannya.");
    table(std::move(t));
}

} // namespace detail::report

} // namespace ksd
