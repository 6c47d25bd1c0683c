<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>ksd</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Belum diketahui</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Kebutuhan/permasalahan</source>
        <translation>Need/problem</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Pengadaan barang/jasa</source>
        <translation>Procurement of goods/services</translation>
    </message>
    <message>
        <source>Swakelola</source>
        <translation>Self-managed work (swakelola)</translation>
    </message>
    <message>
        <source>Urusan internal</source>
        <translation>Internal matter</translation>
    </message>
    <message>
        <source>Daerah lain</source>
        <translation>Other regions</translation>
    </message>
    <message>
        <source>Pihak ketiga</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Kementerian/lembaga</source>
        <translation>Ministry/agency</translation>
    </message>
    <message>
        <source>Pemerintah daerah luar negeri</source>
        <translation>Foreign local government</translation>
    </message>
    <message>
        <source>Lembaga luar negeri</source>
        <translation>Foreign institution</translation>
    </message>
    <message>
        <source>Bukan KSD</source>
        <translation>Not KSD</translation>
    </message>
    <message>
        <source>KSDD (daerah dengan daerah lain)</source>
        <translation>KSDD (region with other regions)</translation>
    </message>
    <message>
        <source>KSDPK (daerah dengan pihak ketiga)</source>
        <translation>KSDPK (region with third parties)</translation>
    </message>
    <message>
        <source>Sinergi (dengan kementerian/lembaga)</source>
        <translation>Synergy (with ministries/agencies)</translation>
    </message>
    <message>
        <source>KSDPL (dengan pemerintah daerah luar negeri)</source>
        <translation>KSDPL (with foreign local governments)</translation>
    </message>
    <message>
        <source>KSDLL (dengan lembaga luar negeri)</source>
        <translation>KSDLL (with foreign institutions)</translation>
    </message>
    <message>
        <source>Kesepakatan Bersama</source>
        <translation>Joint Agreement</translation>
    </message>
    <message>
        <source>Perjanjian Kerja Sama</source>
        <translation>Cooperation Agreement</translation>
    </message>
    <message>
        <source>Nota Kesepakatan</source>
        <translation>Memorandum of Understanding</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Persiapan</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Penawaran</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Penyusunan kesepakatan bersama</source>
        <translation>Drafting the joint agreement</translation>
    </message>
    <message>
        <source>Penandatanganan kesepakatan bersama</source>
        <translation>Signing the joint agreement</translation>
    </message>
    <message>
        <source>Persetujuan DPRD</source>
        <translation>DPRD approval</translation>
    </message>
    <message>
        <source>Penyusunan perjanjian kerja sama</source>
        <translation>Drafting the cooperation agreement</translation>
    </message>
    <message>
        <source>Penandatanganan perjanjian kerja sama</source>
        <translation>Signing the cooperation agreement</translation>
    </message>
    <message>
        <source>Pelaksanaan</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Penatausahaan</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Pelaporan</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Diperpanjang</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Dihentikan</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Perbaiki</source>
        <translation>Improve</translation>
    </message>
    <message>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Data rujukan tidak dapat dibaca.</source>
        <translation>The reference data cannot be read.</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Wajib pelayanan dasar</source>
        <translation>Mandatory, basic services</translation>
    </message>
    <message>
        <source>Wajib non-pelayanan dasar</source>
        <translation>Mandatory, non-basic services</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Penunjang</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>Monev harus terkait dengan kerja sama yang ada di register.</source>
        <translation>A monitoring record must be linked to an agreement in the register.</translation>
    </message>
    <message>
        <source>Nilai %1 di luar rentang 1–5.</source>
        <translation>Value %1 is outside the range 1–5.</translation>
    </message>
    <message>
        <source>Skor &quot;%1&quot; bernilai %2, di luar rentang 0–5 (0 = tidak dinilai).</source>
        <translation>Score &quot;%1&quot; is %2, outside the range 0–5 (0 = not scored).</translation>
    </message>
    <message>
        <source>Tanggal monev belum diisi.</source>
        <translation>The monitoring date has not been entered.</translation>
    </message>
    <message>
        <source>Tanggal monev (%1) sebelum kerja sama mulai berlaku (%2).</source>
        <translation>The monitoring date (%1) is before the agreement takes effect (%2).</translation>
    </message>
    <message>
        <source>Sinergi</source>
        <translation>Synergy</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan daerah lain (KSDD) menurut PP 28/2018 tentang Kerja Sama Daerah dan Permendagri 22/2020.</source>
        <translation>Meets the KSD criteria: regional cooperation with other regions (KSDD) under PP 28/2018 on Regional Cooperation and Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan pihak ketiga (KSDPK) menurut PP 28/2018 tentang Kerja Sama Daerah dan Permendagri 22/2020.</source>
        <translation>Meets the KSD criteria: regional cooperation with third parties (KSDPK) under PP 28/2018 on Regional Cooperation and Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Memenuhi kriteria: sinergi dengan Pemerintah Pusat (kementerian/lembaga) melalui nota kesepakatan dan rencana aksi; dicatat sebagai kategori Sinergi, di luar KSDD/KSDPK menurut PP 28/2018 dan Permendagri 22/2020.</source>
        <translation>Meets the criteria: synergy with the central government (ministries/agencies) through a memorandum of understanding and an action plan; recorded in the Synergy category, outside KSDD/KSDPK under PP 28/2018 and Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan pemerintah daerah di luar negeri (KSDPL) menurut PP 28/2018 dan Permendagri 25/2020.</source>
        <translation>Meets the KSD criteria: regional cooperation with foreign local governments (KSDPL) under PP 28/2018 and Permendagri 25/2020.</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan lembaga di luar negeri (KSDLL) menurut PP 28/2018 dan Permendagri 25/2020.</source>
        <translation>Meets the KSD criteria: regional cooperation with foreign institutions (KSDLL) under PP 28/2018 and Permendagri 25/2020.</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD: pengadaan barang/jasa bukan kerja sama daerah. KSD adalah usaha bersama yang saling menguntungkan (PP 28/2018 Pasal 1 angka 1), sedangkan pengadaan diatur Perpres 16/2018 tentang Pengadaan Barang/Jasa Pemerintah.</source>
        <translation>Does not meet the KSD criteria: procurement of goods/services is not regional cooperation. KSD is a mutually beneficial joint undertaking (PP 28/2018 Article 1 point 1), whereas procurement is governed by Perpres 16/2018 on Government Procurement of Goods/Services.</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD: swakelola dikerjakan sendiri oleh perangkat daerah sebagai cara pengadaan (Perpres 16/2018), bukan usaha bersama dengan pihak lain menurut PP 28/2018.</source>
        <translation>Does not meet the KSD criteria: self-managed work (swakelola) is carried out by the regional agency itself as a procurement method (Perpres 16/2018), not a joint undertaking with another party under PP 28/2018.</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD: urusan internal pemerintah daerah tidak melibatkan pihak lain, sedangkan KSD adalah usaha bersama dengan daerah lain, pihak ketiga, atau pemerintah daerah/lembaga di luar negeri (PP 28/2018).</source>
        <translation>Does not meet the KSD criteria: an internal matter of the regional government does not involve other parties, whereas KSD is a joint undertaking with other regions, third parties, or foreign local governments/institutions (PP 28/2018).</translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: kerja sama membebani masyarakat dan pembiayaannya belum dianggarkan dalam APBD tahun berjalan (PP 28/2018; Permendagri 22/2020).</source>
        <translation>Requires DPRD approval: the cooperation places a burden on the public and its funding has not been budgeted in the current year&apos;s APBD (PP 28/2018; Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: kerja sama membebani masyarakat (PP 28/2018; Permendagri 22/2020).</source>
        <translation>Requires DPRD approval: the cooperation places a burden on the public (PP 28/2018; Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: pembiayaan kerja sama belum dianggarkan dalam APBD tahun berjalan (PP 28/2018; Permendagri 22/2020).</source>
        <translation>Requires DPRD approval: the funding of the cooperation has not been budgeted in the current year&apos;s APBD (PP 28/2018; Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Tidak perlu persetujuan DPRD: kerja sama tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD atau tidak memerlukan biaya (PP 28/2018; Permendagri 22/2020).</source>
        <translation>DPRD approval not required: the cooperation places no burden on the public and its funding is already budgeted in the APBD or it requires no funding (PP 28/2018; Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Kode urusan &quot;%1&quot; tidak dikenal (Permendagri 90/2019).</source>
        <translation>Government affair code &quot;%1&quot; is unknown (Permendagri 90/2019).</translation>
    </message>
    <message>
        <source>Urusan belum diisi.</source>
        <translation>The government affair has not been entered.</translation>
    </message>
    <message>
        <source>Daerah mitra belum diisi; sub-kelas KSDD (wajib/sukarela) belum dapat ditentukan.</source>
        <translation>The partner region has not been entered; the KSDD subclass (mandatory/voluntary) cannot be determined yet.</translation>
    </message>
    <message>
        <source>Kode wilayah mitra &quot;%1&quot; tidak dikenal (Kepmendagri 300.2.2-2430/2025).</source>
        <translation>Partner region code &quot;%1&quot; is unknown (Kepmendagri 300.2.2-2430/2025).</translation>
    </message>
    <message>
        <source>Daerah mitra %1 sama dengan daerah pengusul.</source>
        <translation>Partner region %1 is the same as the proposing region.</translation>
    </message>
    <message>
        <source>Nama mitra belum diisi.</source>
        <translation>The partner name has not been entered.</translation>
    </message>
    <message>
        <source>Sinergi dengan kementerian/lembaga lazimnya dituangkan dalam nota kesepakatan (NK).</source>
        <translation>Synergy with ministries/agencies is usually set out in a memorandum of understanding (NK).</translation>
    </message>
    <message>
        <source>Nota kesepakatan (NK) lazimnya untuk sinergi dengan kementerian/lembaga; untuk %1 bentuknya kesepakatan bersama (KB) lalu perjanjian kerja sama (PKS).</source>
        <translation>A memorandum of understanding (NK) is usually for synergy with ministries/agencies; for %1 the form is a joint agreement (KB) followed by a cooperation agreement (PKS).</translation>
    </message>
    <message>
        <source>Tidak berlaku: bukan kerja sama daerah.</source>
        <translation>Not applicable: not regional cooperation.</translation>
    </message>
    <message>
        <source>Usulan &quot;%1&quot; sudah dihapus.</source>
        <translation>Proposal &quot;%1&quot; has been deleted.</translation>
    </message>
    <message>
        <source>Usulan &quot;%1&quot; tidak dapat dijadikan kerja sama. %2</source>
        <translation>Proposal &quot;%1&quot; cannot be turned into an agreement. %2</translation>
    </message>
    <message>
        <source>Kerja sama &quot;%1&quot; berstatus %2: tahapnya tidak dapat diubah lagi.</source>
        <translation>Agreement &quot;%1&quot; has status %2: its stage can no longer be changed.</translation>
    </message>
    <message>
        <source>Kerja sama sudah berada pada tahap &quot;%1&quot;.</source>
        <translation>The agreement is already at stage &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tahap tidak dapat mundur: kerja sama sudah pada tahap &quot;%1&quot;, sedangkan &quot;%2&quot; adalah tahap sebelumnya (urutan Permendagri 22/2020).</source>
        <translation>The stage cannot go back: the agreement is already at stage &quot;%1&quot;, while &quot;%2&quot; is an earlier stage (order of Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Persetujuan DPRD tidak diperlukan untuk kerja sama ini (tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD; PP 28/2018), sehingga tahap ini dilewati.</source>
        <translation>DPRD approval is not required for this agreement (it places no burden on the public and its funding is already budgeted in the APBD; PP 28/2018), so this stage is skipped.</translation>
    </message>
    <message>
        <source>Persetujuan DPRD diperlukan (kerja sama membebani masyarakat dan/atau pembiayaannya belum dianggarkan dalam APBD; PP 28/2018): tahap &quot;%1&quot; tidak dapat dilewati.</source>
        <translation>DPRD approval is required (the cooperation places a burden on the public and/or its funding has not been budgeted in the APBD; PP 28/2018): stage &quot;%1&quot; cannot be skipped.</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tidak dapat dilewati untuk %2: lalui tahap itu lebih dulu. %3</source>
        <translation>Stage &quot;%1&quot; cannot be skipped for %2: go through that stage first. %3</translation>
    </message>
    <message>
        <source>Tanggal tahap &quot;%1&quot; belum diisi atau tidak valid.</source>
        <translation>The date of stage &quot;%1&quot; has not been entered or is not valid.</translation>
    </message>
    <message>
        <source>Tanggal %1 lebih awal daripada tanggal tahap sebelumnya &quot;%2&quot; (%3).</source>
        <translation>Date %1 is earlier than the date of the previous stage &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Persetujuan DPRD hanya dilalui bila diperlukan (membebani masyarakat dan/atau belum dianggarkan dalam APBD; PP 28/2018). Pelaksanaan, penatausahaan dan pelaporan selalu dilalui.</source>
        <translation>DPRD approval is only required when needed (a burden on the public and/or not budgeted in the APBD; PP 28/2018). Implementation, administration and reporting are always required.</translation>
    </message>
    <message>
        <source>Kesepakatan bersama melalui semua tahap menurut urutan Permendagri 22/2020: persiapan, penawaran, penyusunan dan penandatanganan KB, lalu penyusunan dan penandatanganan PKS.</source>
        <translation>A joint agreement goes through all stages in the order of Permendagri 22/2020: preparation, offer, drafting and signing of the KB, then drafting and signing of the PKS.</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama boleh melewati tahap KB (jalur PKS langsung, misalnya KSDPK, atau PKS yang melaksanakan KB yang dicatat tersendiri; Permendagri 22/2020).</source>
        <translation>A cooperation agreement may skip the KB stages (direct PKS route, e.g. KSDPK, or a PKS implementing a KB recorded separately; Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Nota kesepakatan sinergi dengan kementerian/lembaga boleh melewati penawaran dan tahap KB: sinergi dituangkan dalam nota kesepakatan dan rencana aksi, bukan prosedur KB Permendagri 22/2020.</source>
        <translation>A memorandum of understanding for synergy with ministries/agencies may skip the offer and the KB stages: synergy is set out in a memorandum of understanding and an action plan, not the KB procedure of Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Addendum mengubah dokumen yang sudah melalui prosedur, sehingga boleh melewati penawaran, tahap KB dan tahap PKS; addendum disusun dan ditandatangani setingkat dokumen yang diubahnya.</source>
        <translation>An addendum amends a document that has already gone through the procedure, so it may skip the offer, the KB stages and the PKS stages; an addendum is drafted and signed at the same level as the document it amends.</translation>
    </message>
    <message>
        <source>Para pihak belum diisi: kerja sama memerlukan sedikitnya dua pihak.</source>
        <translation>The parties have not been entered: an agreement requires at least two parties.</translation>
    </message>
    <message>
        <source>Baru satu pihak (%1): kerja sama memerlukan sedikitnya dua pihak.</source>
        <translation>Only one party (%1): an agreement requires at least two parties.</translation>
    </message>
    <message>
        <source>Pihak ke-%1: kode wilayah belum diisi.</source>
        <translation>Party %1: the region code has not been entered.</translation>
    </message>
    <message>
        <source>Pihak ke-%1: kode wilayah &quot;%2&quot; tidak dikenal.</source>
        <translation>Party %1: region code &quot;%2&quot; is unknown.</translation>
    </message>
    <message>
        <source>Pihak ke-%1: nama pihak belum diisi.</source>
        <translation>Party %1: the party name has not been entered.</translation>
    </message>
    <message>
        <source>Tanggal berakhir (%1) lebih awal daripada tanggal mulai (%2).</source>
        <translation>The end date (%1) is earlier than the start date (%2).</translation>
    </message>
    <message>
        <source>Tanggal penandatanganan (%1) sesudah tanggal mulai berlaku (%2): periksa apakah kerja sama memang berlaku surut.</source>
        <translation>The signing date (%1) is after the effective date (%2): check whether the agreement really applies retroactively.</translation>
    </message>
    <message>
        <source>Tanggal penandatanganan (%1) sesudah tanggal berakhir (%2).</source>
        <translation>The signing date (%1) is after the end date (%2).</translation>
    </message>
    <message>
        <source>Tanggal berakhir belum diisi: peringatan masa berlaku tidak dapat dihitung.</source>
        <translation>The end date has not been entered: expiry warnings cannot be computed.</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tercatat sesudah &quot;%2&quot;: urutan tahap tidak sesuai Permendagri 22/2020.</source>
        <translation>Stage &quot;%1&quot; is recorded after &quot;%2&quot;: the order of stages does not follow Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Tanggal tahap &quot;%1&quot; (%2) lebih awal daripada tahap sebelumnya &quot;%3&quot; (%4).</source>
        <translation>The date of stage &quot;%1&quot; (%2) is earlier than that of the previous stage &quot;%3&quot; (%4).</translation>
    </message>
    <message>
        <source>Tanggal tahap &quot;%1&quot; belum diisi.</source>
        <translation>The date of stage &quot;%1&quot; has not been entered.</translation>
    </message>
    <message>
        <source>Tahap saat ini &quot;%1&quot; tidak sama dengan tahap terakhir yang tercatat &quot;%2&quot;.</source>
        <translation>The current stage &quot;%1&quot; is not the same as the last recorded stage &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Nomor dokumen %1 dari pihak %2 sudah dipakai pada kerja sama &quot;%3&quot;.</source>
        <translation>Document number %1 of party %2 is already used in agreement &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Lampiran &quot;%1&quot; berukuran %2, melebihi batas %3 per dokumen. Perkecil berkasnya (misalnya pindai ulang dengan resolusi lebih rendah) lalu lampirkan lagi.</source>
        <translation>Attachment &quot;%1&quot; is %2, exceeding the limit of %3 per document. Reduce the file size (for example, rescan at a lower resolution) and attach it again.</translation>
    </message>
    <message>
        <source>Judul kerja sama belum diisi.</source>
        <translation>The agreement title has not been entered.</translation>
    </message>
    <message>
        <source>Kategori kerja sama (KSDD, KSDPK, Sinergi, KSDPL atau KSDLL) belum dipilih.</source>
        <translation>The cooperation category (KSDD, KSDPK, Synergy, KSDPL or KSDLL) has not been selected.</translation>
    </message>
</context>
<context>
    <name>ksd::Fields</name>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Provinsi, kabupaten atau kota pemilik isian</source>
        <translation>Province, regency or city that owns the entry</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Affair</translation>
    </message>
    <message>
        <source>Urusan pemerintahan (Permendagri 90/2019)</source>
        <translation>Government affair (Permendagri 90/2019)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Potensi yang dimiliki atau kebutuhan/permasalahan yang dihadapi</source>
        <translation>A potential the region has or a need/problem it faces</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Nama layanan publik, misalnya &quot;TPA regional&quot;</source>
        <translation>Name of the public service, e.g. &quot;regional landfill (TPA)&quot;</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>1 (rendah) sampai 5 (paling tinggi)</source>
        <translation>1 (low) to 5 (highest)</translation>
    </message>
    <message>
        <source>Besaran</source>
        <translation>Magnitude</translation>
    </message>
    <message>
        <source>Besaran potensi atau kebutuhan; kosong bila belum diketahui</source>
        <translation>Magnitude of the potential or need; empty if unknown</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Eksternalitas</source>
        <translation>Externality</translation>
    </message>
    <message>
        <source>Lokasi, pengguna, atau manfaat/dampak layanan melintasi batas daerah (UU 23/2014 Pasal 13). Mengubahnya di tabel mengisi ketiga kriteria sekaligus; rinciannya ada di Inspektur.</source>
        <translation>The location, users, or benefits/impacts of the service cross regional boundaries (UU 23/2014 Article 13). Changing it in the table sets all three criteria at once; the details are in the Inspector.</translation>
    </message>
    <message>
        <source>Efisiensi</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Layanan lebih efisien bila dikelola bersama</source>
        <translation>The service is more efficient when managed jointly</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Perangkat daerah yang mengisi</source>
        <translation>The regional agency that made the entry</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Lokasi melintasi batas</source>
        <translation>Location crosses boundaries</translation>
    </message>
    <message>
        <source>Lokasi layanan berada di lintas daerah</source>
        <translation>The service is located across regions</translation>
    </message>
    <message>
        <source>Pengguna melintasi batas</source>
        <translation>Users cross boundaries</translation>
    </message>
    <message>
        <source>Pengguna layanan berasal dari lintas daerah</source>
        <translation>The service&apos;s users come from across regions</translation>
    </message>
    <message>
        <source>Manfaat/dampak melintasi batas</source>
        <translation>Benefits/impacts cross boundaries</translation>
    </message>
    <message>
        <source>Manfaat atau dampak negatif layanan dirasakan lintas daerah</source>
        <translation>The benefits or negative impacts of the service are felt across regions</translation>
    </message>
    <message>
        <source>Bukti eksternalitas</source>
        <translation>Evidence of externality</translation>
    </message>
    <message>
        <source>Bukti efisiensi</source>
        <translation>Evidence of efficiency</translation>
    </message>
    <message>
        <source>Perangkat daerah pengusul</source>
        <translation>Proposing regional agency</translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Pengadaan, swakelola dan urusan internal bukan kerja sama daerah</source>
        <translation>Procurement, self-managed work (swakelola) and internal matters are not regional cooperation</translation>
    </message>
    <message>
        <source>Jenis mitra</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <source>Daerah mitra</source>
        <translation>Partner region</translation>
    </message>
    <message>
        <source>Kode wilayah calon mitra, dipisah koma</source>
        <translation>Region codes of prospective partners, comma-separated</translation>
    </message>
    <message>
        <source>Mitra lain</source>
        <translation>Other partner</translation>
    </message>
    <message>
        <source>Pihak ketiga, kementerian/lembaga atau mitra luar negeri</source>
        <translation>Third party, ministry/agency or foreign partner</translation>
    </message>
    <message>
        <source>Bentuk</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Bentuk dokumen yang dituju</source>
        <translation>Intended document form</translation>
    </message>
    <message>
        <source>Perkiraan biaya (Rp)</source>
        <translation>Estimated cost (Rp)</translation>
    </message>
    <message>
        <source>Dalam APBD</source>
        <translation>In the APBD</translation>
    </message>
    <message>
        <source>Pendanaannya sudah tersedia dalam APBD tahun berjalan</source>
        <translation>Funding is already available in the current year&apos;s APBD</translation>
    </message>
    <message>
        <source>Membebani masyarakat</source>
        <translation>Burdens the public</translation>
    </message>
    <message>
        <source>Kerja sama membebani masyarakat (perlu persetujuan DPRD)</source>
        <translation>The cooperation places a burden on the public (requires DPRD approval)</translation>
    </message>
    <message>
        <source>Daerah pengusul</source>
        <translation>Proposing region</translation>
    </message>
    <message>
        <source>Asal saran</source>
        <translation>Suggestion source</translation>
    </message>
    <message>
        <source>Saran mesin yang dijadikan usulan ini</source>
        <translation>The engine suggestion that was turned into this proposal</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan atau addendum</source>
        <translation>Joint agreement, cooperation agreement, memorandum of understanding or addendum</translation>
    </message>
    <message>
        <source>Para pihak</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tahapan kerja sama menurut Permendagri 22/2020</source>
        <translation>Cooperation stages according to Permendagri 22/2020</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Implementer</translation>
    </message>
    <message>
        <source>Perangkat daerah pelaksana</source>
        <translation>Implementing regional agency</translation>
    </message>
    <message>
        <source>Nilai (Rp)</source>
        <translation>Value (Rp)</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Ruang lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Pendanaan</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>ksd::KsdStore</name>
    <message>
        <source>Nilai &quot;%1&quot; pada kolom %2 tidak dapat dibaca.</source>
        <translation>Value &quot;%1&quot; in column %2 cannot be read.</translation>
    </message>
    <message>
        <source>tabel %1, baris %2</source>
        <translation>table %1, row %2</translation>
    </message>
    <message>
        <source>Berkas berisi trigger atau view (&quot;%1&quot;) yang tidak pernah dibuat PetaKSD. Berkas ditolak demi keamanan.</source>
        <translation>The file contains a trigger or view (&quot;%1&quot;) that PetaKSD never creates. The file is rejected for security reasons.</translation>
    </message>
    <message>
        <source>Berkas berisi objek basis data yang tidak dikenal: %1.</source>
        <translation>The file contains unknown database objects: %1.</translation>
    </message>
    <message>
        <source>Tabel atau indeks %1 tidak ada.</source>
        <translation>Table or index %1 does not exist.</translation>
    </message>
    <message>
        <source>Susunan kolom tabel %1 tidak sesuai format PetaKSD.</source>
        <translation>The column layout of table %1 does not match the PetaKSD format.</translation>
    </message>
    <message>
        <source>Tabel %1 tidak dapat dibaca: %2</source>
        <translation>Table %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Identitas proyek (project_id) tidak ada atau rusak.</source>
        <translation>The project identity (project_id) is missing or damaged.</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan: &quot;%1&quot; adalah sebuah folder.</source>
        <translation>Cannot save: &quot;%1&quot; is a folder.</translation>
    </message>
    <message>
        <source>Tidak dapat menulis di folder &quot;%1&quot;: %2. Data tetap ada di aplikasi; simpan ke folder lain.</source>
        <translation>Cannot write to folder &quot;%1&quot;: %2. The data is still in the application; save to another folder.</translation>
    </message>
    <message>
        <source>Penyimpanan gagal: %1. Berkas lama tidak berubah.</source>
        <translation>Saving failed: %1. The old file is unchanged.</translation>
    </message>
    <message>
        <source>data tidak dapat dipastikan tertulis ke disk</source>
        <translation>the data could not be confirmed as written to disk</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>Ini sebuah folder, bukan berkas proyek PetaKSD.</source>
        <translation>This is a folder, not a PetaKSD project file.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: %1.</source>
        <translation>The file cannot be read: %1.</translation>
    </message>
    <message>
        <source>Berkas kosong (0 byte), bukan proyek PetaKSD.</source>
        <translation>The file is empty (0 bytes), not a PetaKSD project.</translation>
    </message>
    <message>
        <source>Ini bukan berkas proyek PetaKSD: isinya bukan basis data SQLite.</source>
        <translation>This is not a PetaKSD project file: its content is not an SQLite database.</translation>
    </message>
    <message>
        <source>Berkas rusak: terpotong di bagian kepala berkas.</source>
        <translation>The file is damaged: truncated in the file header.</translation>
    </message>
    <message>
        <source>Ini bukan berkas proyek PetaKSD: basis data SQLite milik aplikasi lain (application_id %1).</source>
        <translation>This is not a PetaKSD project file: the SQLite database belongs to another application (application_id %1).</translation>
    </message>
    <message>
        <source>Berkas dibuat oleh versi PetaKSD yang lebih baru (format versi %1). Versi ini hanya membaca sampai format versi %2. Perbarui PetaKSD untuk membukanya.</source>
        <translation>The file was created by a newer version of PetaKSD (format version %1). This version reads only up to format version %2. Update PetaKSD to open it.</translation>
    </message>
    <message>
        <source>Format versi %1 tidak dikenal; versi tertua yang dapat dibuka adalah %2.</source>
        <translation>Format version %1 is unknown; the oldest version that can be opened is %2.</translation>
    </message>
    <message>
        <source>Berkas rusak: terpotong (%1 byte dari %2 byte yang seharusnya).</source>
        <translation>The file is damaged: truncated (%1 bytes of the expected %2 bytes).</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibuka: %1.</source>
        <translation>The file cannot be opened: %1.</translation>
    </message>
    <message>
        <source>Berkas rusak: pemeriksaan integritas SQLite gagal (%1).</source>
        <translation>The file is damaged: the SQLite integrity check failed (%1).</translation>
    </message>
    <message>
        <source>Berkas tidak dapat disalin ke memori.</source>
        <translation>The file cannot be copied into memory.</translation>
    </message>
    <message>
        <source>Berkas versi lama tidak dapat dicadangkan ke &quot;%1&quot; sebelum diperbarui.</source>
        <translation>The old-version file cannot be backed up to &quot;%1&quot; before upgrading.</translation>
    </message>
    <message>
        <source>Berkas versi %1 tidak dapat diperbarui: %2</source>
        <translation>The version %1 file cannot be upgraded: %2</translation>
    </message>
</context>
<context>
    <name>ksd::MainWindow</name>
    <message>
        <source>Belum ada proyek yang dibuka.</source>
        <translation>No project is open yet.</translation>
    </message>
    <message>
        <source>PetaKSD</source>
        <translation>PetaKSD</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibuka</source>
        <translation>The file cannot be opened</translation>
    </message>
    <message>
        <source>%1
%2 isian</source>
        <translation>%1
%2 entries</translation>
    </message>
    <message>
        <source>%1 – PetaKSD</source>
        <translation>%1 – PetaKSD</translation>
    </message>
</context>
<context>
    <name>ksd::RefData</name>
    <message>
        <source>Baris data wilayah tidak lengkap.</source>
        <translation>A row of region data is incomplete.</translation>
    </message>
    <message>
        <source>Baris data batas wilayah tidak lengkap.</source>
        <translation>A row of region boundary data is incomplete.</translation>
    </message>
    <message>
        <source>Baris data urusan tidak lengkap.</source>
        <translation>A row of government affair data is incomplete.</translation>
    </message>
    <message>
        <source>Kode wilayah &quot;%1&quot; tidak berbentuk PP (provinsi) atau PP.KK (kabupaten/kota).</source>
        <translation>Region code &quot;%1&quot; is not in the form PP (province) or PP.KK (regency/city).</translation>
    </message>
    <message>
        <source>Kode wilayah &quot;%1&quot; tidak ada dalam Kepmendagri 300.2.2-2430/2025.</source>
        <translation>Region code &quot;%1&quot; is not in Kepmendagri 300.2.2-2430/2025.</translation>
    </message>
    <message>
        <source>Kode urusan &quot;%1&quot; tidak dikenal (contoh kode yang benar: 1.01 Pendidikan, 2.11 Lingkungan Hidup).</source>
        <translation>Government affair code &quot;%1&quot; is unknown (examples of correct codes: 1.01 Pendidikan, 2.11 Lingkungan Hidup).</translation>
    </message>
    <message>
        <source>Kode dan nama wilayah: Kepmendagri 300.2.2-2430/2025. Batas wilayah: Badan Informasi Geospasial (BIG), melalui cahyadsn/wilayah dan cahyadsn/wilayah_boundaries (MIT, © Cahya DSN).</source>
        <translation>Region codes and names: Kepmendagri 300.2.2-2430/2025. Region boundaries: Geospatial Information Agency (BIG), via cahyadsn/wilayah and cahyadsn/wilayah_boundaries (MIT, © Cahya DSN).</translation>
    </message>
</context>
<context>
    <name>ksd::Types</name>
    <message>
        <source>Kesesuaian tujuan</source>
        <translation>Relevance to objectives</translation>
    </message>
    <message>
        <source>Ketepatan waktu</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Kontribusi mitra</source>
        <translation>Partner contribution</translation>
    </message>
    <message>
        <source>Koordinasi</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Capaian indikator</source>
        <translation>Indicator achievement</translation>
    </message>
    <message>
        <source>Dampak</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Kelengkapan dokumen</source>
        <translation>Completeness of documents</translation>
    </message>
    <message>
        <source>Pelaporan berkala</source>
        <translation>Periodic reporting</translation>
    </message>
</context>
<context>
    <name>ksd::cli</name>
    <message>
        <source>PetaKSD %1: pemetaan Kerja Sama Daerah.</source>
        <translation>PetaKSD %1: Regional Cooperation (Kerja Sama Daerah) mapping.</translation>
    </message>
    <message>
        <source>Penggunaan:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>membuka jendela aplikasi</source>
        <translation>opens the application window</translation>
    </message>
    <message>
        <source>Kode keluar: 0 berhasil, 1 masukan ditolak, 2 argumen atau berkas tidak valid, 3 penggabungan berhenti karena konflik.</source>
        <translation>Exit codes: 0 success, 1 input refused, 2 invalid argument or file, 3 merge stopped because of conflicts.</translation>
    </message>
    <message>
        <source>perintah tidak dikenal: %1 (lihat petaksd --help)</source>
        <translation>unknown command: %1 (see petaksd --help)</translation>
    </message>
    <message>
        <source>%1 sudah ada; pilih nama lain agar berkas itu tidak tertimpa</source>
        <translation>%1 already exists; choose another name so that the file is not overwritten</translation>
    </message>
    <message>
        <source>penggunaan: petaksd new FILE.ksd --region KODE [--title JUDUL] [--year TAHUN]</source>
        <translation>usage: petaksd new FILE.ksd --region CODE [--title TITLE] [--year YEAR]</translation>
    </message>
    <message>
        <source>tahun &quot;%1&quot; tidak valid (harus 2000–2100)</source>
        <translation>year &quot;%1&quot; is not valid (must be 2000–2100)</translation>
    </message>
    <message>
        <source>Pemetaan KSD %1 %2</source>
        <translation>KSD mapping %1 %2</translation>
    </message>
    <message>
        <source>Proyek baru dibuat: %1</source>
        <translation>New project created: %1</translation>
    </message>
    <message>
        <source>penggunaan: petaksd demo FILE.ksd</source>
        <translation>usage: petaksd demo FILE.ksd</translation>
    </message>
    <message>
        <source>Proyek contoh dibuat: %1</source>
        <translation>Sample project created: %1</translation>
    </message>
    <message>
        <source>penggunaan: petaksd check FILE.ksd</source>
        <translation>usage: petaksd check FILE.ksd</translation>
    </message>
    <message>
        <source>Berkas: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Format: versi %1 (application_id 0x%2)</source>
        <translation>Format: version %1 (application_id 0x%2)</translation>
    </message>
    <message>
        <source>Diperbarui ke format versi %1; berkas asli dicadangkan di %2</source>
        <translation>Upgraded to format version %1; original file backed up at %2</translation>
    </message>
    <message>
        <source>Judul: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>Daerah pemilik: %1 %2</source>
        <translation>Owning region: %1 %2</translation>
    </message>
    <message>
        <source>(kode tidak dikenal)</source>
        <translation>(unknown code)</translation>
    </message>
    <message>
        <source>Tahun: %1</source>
        <translation>Year: %1</translation>
    </message>
    <message>
        <source>Wilayah dalam cakupan: %1</source>
        <translation>Regions in scope: %1</translation>
    </message>
    <message>
        <source>Salinan untuk: %1</source>
        <translation>Copy for: %1</translation>
    </message>
    <message>
        <source>(+%1 dihapus)</source>
        <translation>(+%1 deleted)</translation>
    </message>
    <message>
        <source>Isian (potensi/kebutuhan)</source>
        <translation>Entries (potentials/needs)</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monitoring and evaluation</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>membuat proyek baru untuk daerah KODE</source>
        <translation>creates a new project for region CODE</translation>
    </message>
    <message>
        <source>menulis proyek contoh &quot;Pemetaan KSD Kabupaten Banjar 2024&quot;</source>
        <translation>writes the sample project &quot;Pemetaan KSD Kabupaten Banjar 2024&quot;</translation>
    </message>
    <message>
        <source>memeriksa berkas .ksd dan meringkas isinya (keluar 2 bila ditolak)</source>
        <translation>checks a .ksd file and summarises its content (exit 2 if rejected)</translation>
    </message>
    <message>
        <source>lewat %1 hari</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>berakhir hari ini</source>
        <translation>ends today</translation>
    </message>
    <message>
        <source>%1 hari lagi</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>berakhir %1, %2</source>
        <translation>ends %1, %2</translation>
    </message>
    <message>
        <source>Rekapitulasi kerja sama daerah per %1</source>
        <translation>Regional cooperation recapitulation as of %1</translation>
    </message>
    <message>
        <source>Dokumen kerja sama menurut jenis dan mitra</source>
        <translation>Cooperation documents by type and partner</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Usulan kerja sama</source>
        <translation>Cooperation proposals</translation>
    </message>
    <message>
        <source>Jumlah usulan: %1</source>
        <translation>Number of proposals: %1</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: %1 (%2 dari seluruh usulan)</source>
        <translation>Meets the KSD criteria: %1 (%2 of all proposals)</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria: %1 (pengadaan %2, swakelola %3, internal %4)</source>
        <translation>Does not meet the criteria: %1 (procurement %2, swakelola %3, internal %4)</translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: %1</source>
        <translation>Requires DPRD approval: %1</translation>
    </message>
    <message>
        <source>Tahapan kerja sama</source>
        <translation>Cooperation stages</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Saat ini</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Sudah dicapai</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Berakhir dalam 90 hari (3 bulan)</source>
        <translation>Ending within 90 days (3 months)</translation>
    </message>
    <message>
        <source>Berakhir dalam 180 hari (6 bulan)</source>
        <translation>Ending within 180 days (6 months)</translation>
    </message>
    <message>
        <source>Sudah melewati tanggal berakhir tetapi masih berstatus aktif</source>
        <translation>Past the end date but still marked active</translation>
    </message>
    <message>
        <source>Monev: %1 catatan</source>
        <translation>Monitoring: %1 records</translation>
    </message>
    <message>
        <source>rata-rata nilai %1</source>
        <translation>average score %1</translation>
    </message>
    <message>
        <source>penggunaan: petaksd stats FILE.ksd [--json] [--today YYYY-MM-DD]</source>
        <translation>usage: petaksd stats FILE.ksd [--json] [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>tanggal --today &quot;%1&quot; tidak valid (gunakan YYYY-MM-DD, misalnya 2021-09-30)</source>
        <translation>--today date &quot;%1&quot; is not valid (use YYYY-MM-DD, e.g. 2021-09-30)</translation>
    </message>
    <message>
        <source>menghitung rekap register kerja sama, usulan, tahapan dan masa berlaku (tabel atau JSON)</source>
        <translation>computes a recapitulation of the agreement register, proposals, stages and validity periods (table or JSON)</translation>
    </message>
</context>
<context>
    <name>ksd::cli::Args</name>
    <message>
        <source>opsi --%1 memerlukan nilai</source>
        <translation>option --%1 requires a value</translation>
    </message>
    <message>
        <source>opsi tidak dikenal: %1</source>
        <translation>unknown option: %1</translation>
    </message>
    <message>
        <source>opsi -o memerlukan nama berkas</source>
        <translation>option -o requires a file name</translation>
    </message>
</context>
</TS>
