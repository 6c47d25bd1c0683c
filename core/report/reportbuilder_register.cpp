// SPDX-License-Identifier: Apache-2.0
// Report chapter 9 and the appendices: agreement register, data dictionary and sources.
#include "reportbuilder_p.h"

#include "register/agreementphase.h"
#include "register/monev.h"
#include "register/stages.h"
#include "register/terms.h"

#include <functional>

namespace ksd {

namespace detail::report {

// ---------------------------------------------------------------------------------------------------------------
// 9. Agreement register

void Builder::registerSection()
{
    // Wide tables go on landscape pages; a section that only says it is empty stays portrait.
    pageBreak(!mAgreements.isEmpty() ? PageOrientation::Landscape : PageOrientation::Portrait);
    chapter(T::tr("Register Kerja Sama"));
    if (mAgreements.isEmpty()) {
        para(T::tr("Belum ada dokumen kerja sama dalam register."), TextStyle::Note);
        pageBreak(PageOrientation::Portrait);
        return;
    }
    para(T::tr("Register memuat %1 per %2. Kerja sama yang berakhir dalam %3 hari, atau sudah lewat tanggal "
               "berakhirnya tetapi masih berstatus aktif, disorot dan diberi keterangan; praktik yang lazim adalah "
               "memulai perpanjangan paling lambat tiga bulan sebelum berakhir.")
             .arg(T::tr("%Ln dokumen kerja sama", nullptr, int(mAgreements.size())))
             .arg(date(mToday))
             .arg(mOptions.expiryWarningDays));
    ReportTable t;
    t.caption = T::tr("Register kerja sama");
    // Date columns wide enough for "30 September 2024" on one line; Kategori for its header and "Sinergi".
    t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Dokumen"), 0.85}, {T::tr("Judul"), 3.0},
                 {T::tr("Mitra"), 2.3},     {T::tr("Kategori"), 1.3},     {T::tr("Tahap"), 2.1},
                 {T::tr("Status"), 1.2},    {T::tr("Mulai"), 1.9},         {T::tr("Berakhir"), 1.9},
                 {T::tr("Keterangan"), 1.9}};
    int n = 0;
    for (const Agreement *a : mAgreements) {
        QString stage = stageName(a->stage);
        const QDate reached = stageReachedOn(*a, a->stage);
        if (reached.isValid())
            stage += QStringLiteral(" (%1)").arg(date(reached));
        QString remark;
        RowKind kind = RowKind::Normal;
        if (const auto it = mExpiring.constFind(a->meta.id); it != mExpiring.cend()) {
            kind = RowKind::Warning;
            remark = it->expired ? T::tr("lewat %Ln hari, masih berstatus aktif", nullptr, int(-it->daysLeft))
                                 : (it->daysLeft == 0 ? T::tr("berakhir hari ini")
                                                      : T::tr("berakhir dalam %Ln hari", nullptr, int(it->daysLeft)));
        }
        const MonevSummary monev = monevSummary(mProject, a->meta.id);
        if (monev.averageRating) {
            const QString rating = T::tr("monev %1/5").arg(decimal(*monev.averageRating, 1));
            remark = remark.isEmpty() ? rating : remark + QStringLiteral("; ") + rating;
        }
        t.addRow({QString::number(++n), docShort(a->docType), a->title, partiesText(*a, mProject.ownerRegion),
                  a->category == Category::None ? QStringLiteral("–") : categoryShort(a->category), stage,
                  statusText(*a), date(a->startDate), date(a->endDate),
                  remark.isEmpty() ? QStringLiteral("–") : remark},
                 kind);
    }
    if (!mExpiring.isEmpty()) {
        t.note = T::tr("Baris yang disorot perlu ditindaklanjuti: berakhir dalam %1 hari atau sudah lewat tanggal "
                       "berakhirnya.")
                     .arg(mOptions.expiryWarningDays);
    }
    addNote(t, statusDefinitions());
    table(std::move(t));

    section(T::tr("Kerja sama yang segera berakhir"));
    if (mExpiring.isEmpty()) {
        para(T::tr("Per %1 tidak ada kerja sama aktif yang berakhir dalam %2 hari.")
                 .arg(date(mToday))
                 .arg(mOptions.expiryWarningDays),
             TextStyle::Note);
    } else {
        para(T::tr("Kerja sama berikut perlu segera diperpanjang, diakhiri secara resmi atau dimutakhirkan statusnya."));
        QList<ExpiryItem> items = mExpiring.values();
        std::sort(items.begin(), items.end(), [](const ExpiryItem &x, const ExpiryItem &y) {
            return std::tie(x.endDate, x.title) < std::tie(y.endDate, y.title);
        });
        ReportTable e;
        e.caption = T::tr("Kerja sama yang segera berakhir");
        e.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Dokumen"), 0.9}, {T::tr("Judul"), 6},
                     {T::tr("Status"), 1.2}, {T::tr("Berakhir"), 1.7}, {T::tr("Sisa waktu"), 2.2}};
        int k = 0;
        for (const ExpiryItem &it : std::as_const(items)) {
            e.addRow({QString::number(++k), docShort(it.docType), it.title,
                      mProject.agreement(it.id) ? statusText(*mProject.agreement(it.id)) : QStringLiteral("–"),
                      date(it.endDate),
                      it.expired ? T::tr("lewat %Ln hari", nullptr, int(-it.daysLeft))
                                 : T::tr("%Ln hari", nullptr, int(it.daysLeft))},
                     RowKind::Warning);
        }
        table(std::move(e));
    }
    termChecksSection();
    pageBreak(PageOrientation::Portrait);
}

void Builder::termChecksSection()
{
    // The same two rules as `petaksd stats --json` (term_over_5_years, kb_without_pks): one function per rule.
    const QList<RegisterListItem> terms = ksd::termsOverLimit(mProject);
    const QList<RegisterListItem> kbs = ksd::kbWithoutPks(mProject, mToday);
    section(T::tr("Jangka waktu dan tindak lanjut kesepakatan bersama"));
    para(T::tr("Per %1: %2 berjangka lebih dari %3 tahun atau tanpa tanggal berakhir tanpa dasar pengecualian "
               "(misalnya KPBU atau pemanfaatan barang milik daerah), dan %4 belum diikuti PKS setahun sesudah "
               "ditandatangani.")
             .arg(date(mToday))
             .arg(T::tr("%Ln KB/PKS", nullptr, int(terms.size())))
             .arg(MaxTermYears)
             .arg(T::tr("%Ln kesepakatan bersama", nullptr, int(kbs.size()))));
    auto list = [&](const QString &caption, const QList<RegisterListItem> &items, const QString &dateHeader,
                    const std::function<QString(const RegisterListItem &)> &remark) {
        if (items.isEmpty())
            return;
        ReportTable t;
        t.caption = caption;
        t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Dokumen"), 0.9}, {T::tr("Judul"), 6},
                     {T::tr("Kategori"), 1.3}, {dateHeader, 1.9}, {T::tr("Keterangan"), 2.2}};
        int n = 0;
        for (const RegisterListItem &it : items) {
            t.addRow({QString::number(++n), docShort(it.docType), it.title,
                      it.category == Category::None ? QStringLiteral("–") : categoryShort(it.category),
                      it.date.isValid() ? date(it.date) : QStringLiteral("–"), remark(it)},
                     RowKind::Warning);
        }
        table(std::move(t));
    };
    list(T::tr("KB/PKS berjangka lebih dari %1 tahun atau tanpa tanggal berakhir").arg(MaxTermYears), terms,
         T::tr("Berakhir"), [this](const RegisterListItem &it) {
             // The term in years first (what the five-year rule speaks of), then the exact days.
             return it.days == 0 ? T::tr("tanpa tanggal berakhir")
                                 : T::tr("jangka %1 tahun (%Ln hari)", nullptr, int(it.days))
                                       .arg(decimal(double(it.days) / 365.25, 1));
         });
    list(T::tr("Kesepakatan bersama tanpa PKS setahun sesudah ditandatangani"), kbs, T::tr("Ditandatangani"),
         [](const RegisterListItem &it) { return T::tr("%Ln hari sejak ditandatangani", nullptr, int(it.days)); });
}

QString Builder::statusDefinitions() const
{
    QStringList parts;
    for (int i = 0; i < AgreementPhaseCount; ++i) {
        const auto phase = AgreementPhase(i);
        parts.append(QStringLiteral("%1: %2").arg(agreementPhaseName(phase), agreementPhaseDefinition(phase)));
    }
    return T::tr("Status per %1 dibaca dari status yang dicatat dan tanggal mulai serta berakhirnya. %2")
        .arg(date(mToday), parts.join(QLatin1Char(' ')));
}

// ---------------------------------------------------------------------------------------------------------------
// Appendices

void Builder::appendix()
{
    mInAppendix = true;
    chapter(T::tr("Kamus Data"));
    {
        ReportTable t;
        t.caption = T::tr("Kamus data");
        t.columns = {{T::tr("Istilah"), 2.6}, {T::tr("Arti"), 8}};
        const QList<QPair<QString, QString>> terms = {
            {T::tr("Potensi"), T::tr("Sumber daya, layanan atau keunggulan suatu daerah pada satu urusan yang dapat "
                                     "dimanfaatkan bersama daerah lain.")},
            {T::tr("Kebutuhan/permasalahan"), T::tr("Kebutuhan layanan atau masalah pada satu urusan yang tidak "
                                                    "dapat atau kurang efisien ditangani sendiri.")},
            {T::tr("Eksternalitas"), T::tr("Lokasi, pengguna, atau manfaat/dampak negatif layanan melintasi batas "
                                           "daerah (kriteria UU 23/2014 Pasal 13); dicatat ya, tidak atau belum "
                                           "diketahui.")},
            {T::tr("Efisiensi"), T::tr("Layanan lebih efisien bila dikelola bersama; dicatat ya, tidak atau belum "
                                       "diketahui.")},
            {T::tr("Prioritas"), T::tr("Tingkat kepentingan isian menurut perangkat daerah, 1 (rendah) sampai 5 "
                                       "(tertinggi).")},
            {T::tr("Urusan"), T::tr("Urusan pemerintahan menurut nomenklatur Permendagri 90/2019, mis. 2.11 "
                                    "Lingkungan Hidup.")},
            {T::tr("Kode wilayah"), T::tr("Kode Kemendagri: PP untuk provinsi, PP.KK untuk kabupaten/kota "
                                          "(KK 01–69 kabupaten, 71–99 kota); kode BPS adalah angka yang sama tanpa "
                                          "titik.")},
            {T::tr("Kelas"), T::tr("Hasil penilaian pasangan daerah: wajib, potensi wajib (perlu kajian), "
                                   "sukarela, rujuk ke provinsi atau tidak memenuhi.")},
            {T::tr("Tipe pasangan"), T::tr("A–E menurut UU 23/2014 Pasal 364 ayat (2); lihat tabel jenis pasangan.")},
            {T::tr("Skor kecocokan"), T::tr("Ukuran 0–100 kecocokan dua arah antara potensi dan kebutuhan pasangan "
                                            "daerah.")},
            {T::tr("Klaster"), T::tr("Kelompok daerah berbatasan dengan kebutuhan lintas batas pada layanan yang "
                                     "sama.")},
            {T::tr("KSDD, KSDPK, Sinergi, KSDPL, KSDLL"),
             T::tr("Kategori kerja sama: dengan daerah lain, dengan pihak ketiga, dengan kementerian/lembaga, dengan "
                   "pemerintah daerah di luar negeri, dan dengan lembaga di luar negeri.")},
            {T::tr("KB, PKS, NK"), T::tr("Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan.")},
            {T::tr("Tahap"), T::tr("Tahap kerja sama menurut Permendagri 22/2020, dari persiapan sampai "
                                   "pelaporan.")},
            {T::tr("Monev"), T::tr("Monitoring dan evaluasi pelaksanaan kerja sama; nilai 1–5.")},
        };
        for (const auto &term : terms)
            t.addRow({term.first, term.second});
        table(std::move(t));
    }

    chapter(T::tr("Sumber Data"));
    para(T::tr("Data isian berasal dari perangkat daerah yang tercantum di bawah ini. Data wilayah, batas dan urusan "
               "adalah data rujukan yang tertanam dalam PetaKSD dan tidak diubah oleh pengguna."));
    {
        QMap<QString, QPair<int, int>> byPd;
        for (const Entry *e : mEntries) {
            auto &c = byPd[e->sourcePd.trimmed().isEmpty() ? T::tr("(tidak disebut)") : e->sourcePd.trimmed()];
            (e->kind == EntryKind::Potensi ? c.first : c.second)++;
        }
        ReportTable t;
        t.caption = T::tr("Isian menurut perangkat daerah");
        t.columns = {{T::tr("Perangkat daerah"), 5}, {T::tr("Potensi"), 1.3, ColumnAlign::Right},
                     {T::tr("Kebutuhan"), 1.3, ColumnAlign::Right}};
        for (auto it = byPd.cbegin(); it != byPd.cend(); ++it)
            t.addRow({it.key(), count(it.value().first), count(it.value().second)});
        t.emptyText = T::tr("Belum ada isian dari perangkat daerah.");
        table(std::move(t));
    }
    bullets({
        T::tr("Kode dan nama wilayah: Keputusan Menteri Dalam Negeri Nomor 300.2.2-2430 Tahun 2025 (38 provinsi, "
              "416 kabupaten, 98 kota)."),
        T::tr("Ketetanggaan wilayah: dihitung dari poligon batas wilayah yang disederhanakan; panjang batas "
              "bersama dalam kilometer."),
        T::tr("Urusan pemerintahan: nomenklatur Permendagri 90/2019 beserta pemutakhirannya."),
        T::tr("Layanan yang menjadi kewenangan provinsi bila lintas kabupaten/kota: tabel layanan PetaKSD "
              "berdasarkan Lampiran UU 23/2014, dapat disesuaikan per proyek."),
        T::tr("Berkas proyek: %1, dibuat %2, terakhir diubah %3.")
            .arg(mProject.title, date(mProject.created.date()), date(mProject.modified.date())),
    });

    chapter(T::tr("Atribusi Data Peta"));
    para(RefData::attribution());
    para(T::tr("Poligon batas wilayah disederhanakan untuk tampilan dan tidak dimaksudkan untuk menghitung luas "
               "atau menetapkan batas. Data cahyadsn/wilayah (© 2017–2025 Cahya DSN) dan cahyadsn/wilayah_boundaries "
               "(© 2024 Cahya DSN) digunakan berdasarkan Lisensi MIT; poligon aslinya bersumber dari Badan Informasi "
               "Geospasial (BIG), tanahair.indonesia.go.id."));
    mInAppendix = false;
}

} // namespace detail::report

} // namespace ksd
