// SPDX-License-Identifier: Apache-2.0
// The report of a project with nothing recorded yet: how to collect the data, in at most four pages.
#include "reportbuilder_p.h"

#include "io/csvimport.h"

namespace ksd {

namespace detail::report {

bool Builder::isEmptyProject() const
{
    const auto live = [](const auto &records) {
        return std::any_of(records.cbegin(), records.cend(), [](const auto &r) { return !r.meta.deleted; });
    };
    return !live(mProject.entries) && !live(mProject.proposals) && !live(mProject.agreements);
}

void Builder::collectionGuide()
{
    const QString owner = regionName(mProject.ownerRegion);
    chapter(T::tr("Panduan Pengumpulan Data"));
    para(T::tr("Proyek pemetaan %1 tahun %2 belum berisi data (data per %3). Laporan hasil pemetaan disusun dari "
               "isian perangkat daerah; bab ini menjelaskan siapa mengisi apa dan bagaimana caranya. Setelah data "
               "terkumpul, buat laporan ini lagi: isinya menjadi ringkasan, rekomendasi dan tindak lanjut, saran "
               "kerja sama, profil daerah dan register kerja sama, lengkap dengan lembar pengesahan.")
             .arg(owner)
             .arg(mProject.year)
             .arg(date(mDataDate)),
         TextStyle::Lead);

    section(T::tr("Siapa mengisi apa"));
    ReportTable who;
    who.caption = T::tr("Pengisi data pemetaan");
    who.columns = {{T::tr("Pengisi"), 1.3}, {T::tr("Yang diisi"), 2.6}, {T::tr("Templat CSV"), 1.3}};
    who.addRow({T::tr("Setiap perangkat daerah (dinas, badan) sesuai urusannya"),
                T::tr("Potensi dan kebutuhan/permasalahan urusannya, termasuk yang berdampak lintas batas daerah, "
                      "dengan bukti eksternalitas dan efisiensi bila ada"),
                QStringLiteral("isian.csv (petaksd template --entries)")});
    who.addRow({T::tr("Perangkat daerah pengusul, melalui Bagian Pemerintahan"),
                T::tr("Usulan kerja sama: mitra, bentuk (KB/PKS/NK), perkiraan biaya, apakah sudah dalam APBD dan "
                      "apakah membebani masyarakat"),
                QStringLiteral("usulan.csv (petaksd template --proposals)")});
    who.addRow({T::tr("Bagian Pemerintahan/Kerja Sama Sekretariat Daerah"),
                T::tr("Register dokumen kerja sama yang sudah ditandatangani (KB, PKS, nota kesepakatan, addendum) "
                      "dengan tanggal mulai dan berakhir"),
                QStringLiteral("kerja-sama.csv (petaksd template --agreements)")});
    who.addRow({T::tr("Tim Koordinasi Kerja Sama Daerah (TKKSD)"),
                T::tr("Memeriksa kelengkapan isian, membahas saran kerja sama dan menetapkan prioritas"),
                QStringLiteral("–")});
    table(who);

    section(T::tr("Langkah pengumpulan"));
    bullets({
        T::tr("Bagian Pemerintahan mengirim kepada setiap perangkat daerah salinan proyek untuk urusannya (menu "
              "Berkas → Kirim ke perangkat daerah, atau petaksd send PROYEK.ksd --to \"NAMA PD\" -o SALINAN.ksd), "
              "atau templat CSV di atas bila perangkat daerah bekerja di Excel."),
        T::tr("Perangkat daerah mengisi salinan di PetaKSD, atau templat di Excel (satu baris per isian, pemisah "
              "titik koma, simpan sebagai CSV UTF-8), lalu mengembalikannya."),
        T::tr("Bagian Pemerintahan menggabungkan salinan yang kembali (petaksd merge PROYEK.ksd SALINAN.ksd …) atau "
              "mengimpor CSV (petaksd import PROYEK.ksd --entries isian.csv). Baris yang tidak dapat dibaca disebut "
              "satu per satu dengan alasannya, dan tidak ada yang diimpor sampai semuanya benar."),
        T::tr("Kode wilayah mengikuti Kepmendagri (misalnya %1 untuk %2); kode urusan mengikuti Lampiran UU 23/2014 "
              "(misalnya 2.11 Lingkungan Hidup).")
            .arg(mProject.ownerRegion, owner),
        T::tr("TKKSD memeriksa hasilnya di PetaKSD (tab Saran dan Peta), lalu laporan ini dibuat lagi dan "
              "ditandatangani."),
    });

    section(T::tr("Kolom templat CSV"));
    para(T::tr("Kolom bertanda * wajib diisi; kolom lain boleh kosong. Nama kolom dalam bahasa Inggris juga "
               "dikenali."),
         TextStyle::Note);
    const auto columns = [this](io::ImportKind kind, const QString &title) {
        ReportTable t;
        t.caption = title;
        t.compact = true;
        t.columns = {{T::tr("Kolom"), 1.4}, {T::tr("Isi"), 2.6}, {T::tr("Kolom"), 1.4}, {T::tr("Isi"), 2.6}};
        QList<io::ImportField> fields;
        for (const io::ImportField &f : io::importFields(kind)) {
            if (f.inTemplate)
                fields.append(f);
        }
        // Two fields a row: three templates of fifteen-odd columns stay on one page.
        const int half = int((fields.size() + 1) / 2);
        for (int i = 0; i < half; ++i) {
            QStringList row;
            for (int j : {i, i + half}) {
                if (j < fields.size()) {
                    row << fields[j].key + (fields[j].required ? QStringLiteral(" *") : QString())
                        << fields[j].label;
                } else {
                    row << QString() << QString();
                }
            }
            t.addRow(row);
        }
        table(t);
    };
    columns(io::ImportKind::Entries, T::tr("Templat isian potensi dan kebutuhan (isian.csv)"));
    columns(io::ImportKind::Proposals, T::tr("Templat usulan kerja sama (usulan.csv)"));
    columns(io::ImportKind::Agreements, T::tr("Templat register kerja sama (kerja-sama.csv)"));
}

} // namespace detail::report

} // namespace ksd
