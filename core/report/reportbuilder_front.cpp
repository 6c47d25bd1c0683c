// SPDX-License-Identifier: Apache-2.0
// The front matter of a pemda document: lembar pengesahan, kata pengantar, the mark where the contents and the lists
// of tables and figures go, and the list of abbreviations. Names, NIP, number and date come from the project's
// settings (report.*) when known, and are left as lines to fill in otherwise.
#include "reportbuilder_p.h"

namespace ksd {

namespace detail::report {

void Builder::frontHeading(const QString &title, bool inContents)
{
    ReportHeading h;
    h.level = 1;
    h.title = title;
    h.newPage = true;
    h.inContents = inContents;
    mModel.blocks.append(h);
}

QString Builder::setting(const QString &key) const
{
    return mProject.settings.value(QStringLiteral("report.") + key).trimmed();
}

void Builder::approval()
{
    const QString owner = regionName(mProject.ownerRegion);
    frontHeading(T::tr("Lembar Pengesahan"), false);
    ReportApproval a;
    a.documentTitle = mModel.title;
    a.numberLabel = T::tr("Nomor");
    a.number = setting(QStringLiteral("number"));
    a.dateLabel = T::tr("Tanggal");
    a.date = setting(QStringLiteral("date"));
    a.nameLabel = T::tr("Nama");
    a.nipLabel = T::tr("NIP");
    a.signLabel = T::tr("Tanda tangan");
    const auto signatory = [this](const QString &key, const QString &role, const QString &position) {
        ReportSignature s;
        s.role = role;
        s.position = setting(key + QStringLiteral(".position"));
        if (s.position.isEmpty())
            s.position = position;
        s.name = setting(key + QStringLiteral(".name"));
        s.nip = setting(key + QStringLiteral(".nip"));
        return s;
    };
    a.signatures = {
        signatory(QStringLiteral("prepared"), T::tr("Disusun oleh"),
                  T::tr("Kepala Bagian Pemerintahan Sekretariat Daerah %1").arg(owner)),
        signatory(QStringLiteral("checked"), T::tr("Diperiksa oleh"),
                  T::tr("Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah %1").arg(owner)),
        signatory(QStringLiteral("approved"), T::tr("Disetujui oleh"),
                  T::tr("Sekretaris Daerah %1 selaku Ketua Tim Koordinasi Kerja Sama Daerah").arg(owner)),
    };
    mModel.blocks.append(a);
}

void Builder::foreword()
{
    const QString owner = regionName(mProject.ownerRegion);
    frontHeading(T::tr("Kata Pengantar"), true);
    const QString own = setting(QStringLiteral("foreword"));
    if (!own.isEmpty()) {
        // The planners' own text: paragraphs are separated by an empty line.
        for (const QString &p : own.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            para(p.trimmed());
    } else {
        QSet<QString> pds;
        for (const Entry *e : std::as_const(mOwnEntries)) {
            if (!e->sourcePd.trimmed().isEmpty())
                pds.insert(e->sourcePd.trimmed());
        }
        const ReportCounts &c = mModel.counts;
        para(T::tr("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya %1. Laporan ini "
                   "merangkum %2 dari %3, %4 dengan daerah lain, %5 dan %6 yang tercatat per %7, beserta rekomendasi "
                   "tindak lanjutnya.")
                 .arg(mModel.title, T::tr("%Ln isian potensi dan kebutuhan", nullptr, c.entries),
                      T::tr("%Ln perangkat daerah", nullptr, int(pds.size())),
                      T::tr("%Ln saran kerja sama", nullptr, c.suggestions),
                      T::tr("%Ln usulan kerja sama", nullptr, c.proposals),
                      T::tr("%Ln dokumen kerja sama", nullptr, c.agreements), date(mDataDate)));
        para(T::tr("Hasil pemetaan ini adalah indikasi awal. Setiap saran kerja sama, terutama yang berkelas wajib, "
                   "masih memerlukan kajian dan kesepakatan para pihak sesuai Peraturan Pemerintah Nomor 28 Tahun "
                   "2018 tentang Kerja Sama Daerah dan Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020."));
        para(T::tr("Kami menyampaikan terima kasih kepada seluruh perangkat daerah dan anggota Tim Koordinasi Kerja "
                   "Sama Daerah yang telah berperan dalam penyusunan laporan ini. Semoga laporan ini bermanfaat "
                   "sebagai bahan pengambilan keputusan dalam penyelenggaraan kerja sama daerah %1.")
                 .arg(owner));
    }
    ReportApproval sign;
    sign.nameLabel = T::tr("Nama");
    sign.nipLabel = T::tr("NIP");
    sign.signLabel = date(mToday);
    ReportSignature s;
    s.role = T::tr("Sekretaris Daerah %1").arg(owner);
    s.position = T::tr("selaku Ketua Tim Koordinasi Kerja Sama Daerah");
    s.name = setting(QStringLiteral("approved.name"));
    s.nip = setting(QStringLiteral("approved.nip"));
    sign.signatures = {s};
    mModel.blocks.append(sign);
}

void Builder::abbreviations()
{
    frontHeading(T::tr("Daftar Singkatan"), true);
    const QList<QPair<QString, QString>> terms = {
        {QStringLiteral("APBD"), T::tr("Anggaran Pendapatan dan Belanja Daerah")},
        {QStringLiteral("Bappeda"), T::tr("Badan Perencanaan Pembangunan Daerah")},
        {QStringLiteral("BUMD"), T::tr("Badan Usaha Milik Daerah")},
        {QStringLiteral("BUMN"), T::tr("Badan Usaha Milik Negara")},
        {QStringLiteral("DPRD"), T::tr("Dewan Perwakilan Rakyat Daerah")},
        {QStringLiteral("K/L"), T::tr("Kementerian/lembaga")},
        {QStringLiteral("KB"), T::tr("Kesepakatan bersama")},
        {QStringLiteral("Kepmendagri"), T::tr("Keputusan Menteri Dalam Negeri")},
        {QStringLiteral("KSD"), T::tr("Kerja sama daerah")},
        {QStringLiteral("KSDD"), T::tr("Kerja sama daerah dengan daerah lain")},
        {QStringLiteral("KSDLL"), T::tr("Kerja sama daerah dengan lembaga di luar negeri")},
        {QStringLiteral("KSDPK"), T::tr("Kerja sama daerah dengan pihak ketiga")},
        {QStringLiteral("KSDPL"), T::tr("Kerja sama daerah dengan pemerintah daerah di luar negeri")},
        {QStringLiteral("Monev"), T::tr("Monitoring dan evaluasi")},
        {QStringLiteral("NIP"), T::tr("Nomor induk pegawai")},
        {QStringLiteral("NK"), T::tr("Nota kesepakatan")},
        {QStringLiteral("PD"), T::tr("Perangkat daerah")},
        {QStringLiteral("Permendagri"), T::tr("Peraturan Menteri Dalam Negeri")},
        {QStringLiteral("PKS"), T::tr("Perjanjian kerja sama")},
        {QStringLiteral("PP"), T::tr("Peraturan Pemerintah")},
        {QStringLiteral("Sekda"), T::tr("Sekretaris Daerah")},
        {QStringLiteral("Setda"), T::tr("Sekretariat Daerah")},
        {QStringLiteral("SPAM"), T::tr("Sistem penyediaan air minum")},
        {QStringLiteral("TKKSD"), T::tr("Tim Koordinasi Kerja Sama Daerah")},
        {QStringLiteral("TPA"), T::tr("Tempat pemrosesan akhir (sampah)")},
        {QStringLiteral("UU"), T::tr("Undang-Undang")},
    };
    ReportTable t;
    t.columns = {{T::tr("Singkatan"), 1.6}, {T::tr("Kepanjangan"), 8}};
    for (const auto &term : terms)
        t.addRow({term.first, term.second});
    table(std::move(t));
}

void Builder::participants()
{
    const QString owner = regionName(mProject.ownerRegion);
    struct Counts
    {
        int potensi = 0;
        int kebutuhan = 0;
        int proposals = 0;
        int agreements = 0;
    };
    QMap<QString, Counts> byPd;
    for (const Entry *e : std::as_const(mOwnEntries)) {
        if (!e->sourcePd.trimmed().isEmpty())
            (e->kind == EntryKind::Potensi ? byPd[e->sourcePd.trimmed()].potensi
                                           : byPd[e->sourcePd.trimmed()].kebutuhan)++;
    }
    for (const Proposal &p : mProject.proposals) {
        if (!p.meta.deleted && p.regionCode == mProject.ownerRegion && !p.sourcePd.trimmed().isEmpty())
            ++byPd[p.sourcePd.trimmed()].proposals;
    }
    for (const Agreement *a : std::as_const(mAgreements)) {
        if (!a->implementingPd.trimmed().isEmpty())
            ++byPd[a->implementingPd.trimmed()].agreements;
    }
    section(T::tr("Perangkat daerah yang berpartisipasi"));
    para(T::tr("Perangkat daerah %1 yang mengisi potensi dan kebutuhan, mengajukan usulan atau melaksanakan kerja "
               "sama yang tercatat.")
             .arg(owner));
    ReportTable t;
    t.caption = T::tr("Perangkat daerah %1 yang berpartisipasi").arg(owner);
    t.columns = {{T::tr("Perangkat daerah"), 4.4}, {T::tr("Potensi"), 1.2, ColumnAlign::Right},
                 {T::tr("Kebutuhan"), 1.3, ColumnAlign::Right}, {T::tr("Usulan"), 1.2, ColumnAlign::Right},
                 {T::tr("Kerja sama"), 1.3, ColumnAlign::Right}};
    Counts total;
    for (auto it = byPd.cbegin(); it != byPd.cend(); ++it) {
        const Counts &c = it.value();
        t.addRow({it.key(), count(c.potensi), count(c.kebutuhan), count(c.proposals), count(c.agreements)});
        total.potensi += c.potensi;
        total.kebutuhan += c.kebutuhan;
        total.proposals += c.proposals;
        total.agreements += c.agreements;
    }
    if (!t.rows.isEmpty())
        t.addRow({T::tr("Jumlah (%1)").arg(T::tr("%Ln perangkat daerah", nullptr, int(byPd.size()))),
                  count(total.potensi), count(total.kebutuhan), count(total.proposals), count(total.agreements)},
                 RowKind::Total);
    t.note = T::tr("Kerja sama: dokumen dalam register yang dilaksanakan oleh perangkat daerah tersebut.");
    t.emptyText = T::tr("Belum ada perangkat daerah %1 yang mengisi data.").arg(owner);
    table(std::move(t));
}

} // namespace detail::report

} // namespace ksd
