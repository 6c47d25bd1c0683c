<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
<context>
    <name>ksd</name>
    <message>
        <source>Ya</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Belum diketahui</source>
        <translation>Belum diketahui</translation>
    </message>
    <message>
        <source>Potensi</source>
        <translation>Potensi</translation>
    </message>
    <message>
        <source>Kebutuhan/permasalahan</source>
        <translation>Kebutuhan/permasalahan</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Kerja sama</translation>
    </message>
    <message>
        <source>Pengadaan barang/jasa</source>
        <translation>Pengadaan barang/jasa</translation>
    </message>
    <message>
        <source>Swakelola</source>
        <translation>Swakelola</translation>
    </message>
    <message>
        <source>Urusan internal</source>
        <translation>Urusan internal</translation>
    </message>
    <message>
        <source>Daerah lain</source>
        <translation>Daerah lain</translation>
    </message>
    <message>
        <source>Pihak ketiga</source>
        <translation>Pihak ketiga</translation>
    </message>
    <message>
        <source>Kementerian/lembaga</source>
        <translation>Kementerian/lembaga</translation>
    </message>
    <message>
        <source>Pemerintah daerah luar negeri</source>
        <translation>Pemerintah daerah luar negeri</translation>
    </message>
    <message>
        <source>Lembaga luar negeri</source>
        <translation>Lembaga luar negeri</translation>
    </message>
    <message>
        <source>Bukan KSD</source>
        <translation>Bukan KSD</translation>
    </message>
    <message>
        <source>KSDD (daerah dengan daerah lain)</source>
        <translation>KSDD (daerah dengan daerah lain)</translation>
    </message>
    <message>
        <source>KSDPK (daerah dengan pihak ketiga)</source>
        <translation>KSDPK (daerah dengan pihak ketiga)</translation>
    </message>
    <message>
        <source>Sinergi (dengan kementerian/lembaga)</source>
        <translation>Sinergi (dengan kementerian/lembaga)</translation>
    </message>
    <message>
        <source>KSDPL (dengan pemerintah daerah luar negeri)</source>
        <translation>KSDPL (dengan pemerintah daerah luar negeri)</translation>
    </message>
    <message>
        <source>KSDLL (dengan lembaga luar negeri)</source>
        <translation>KSDLL (dengan lembaga luar negeri)</translation>
    </message>
    <message>
        <source>Kesepakatan Bersama</source>
        <translation>Kesepakatan Bersama</translation>
    </message>
    <message>
        <source>Perjanjian Kerja Sama</source>
        <translation>Perjanjian Kerja Sama</translation>
    </message>
    <message>
        <source>Nota Kesepakatan</source>
        <translation>Nota Kesepakatan</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Persiapan</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <source>Penawaran</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Penyusunan kesepakatan bersama</source>
        <translation>Penyusunan kesepakatan bersama</translation>
    </message>
    <message>
        <source>Penandatanganan kesepakatan bersama</source>
        <translation>Penandatanganan kesepakatan bersama</translation>
    </message>
    <message>
        <source>Persetujuan DPRD</source>
        <translation>Persetujuan DPRD</translation>
    </message>
    <message>
        <source>Penyusunan perjanjian kerja sama</source>
        <translation>Penyusunan perjanjian kerja sama</translation>
    </message>
    <message>
        <source>Penandatanganan perjanjian kerja sama</source>
        <translation>Penandatanganan perjanjian kerja sama</translation>
    </message>
    <message>
        <source>Pelaksanaan</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <source>Penatausahaan</source>
        <translation>Penatausahaan</translation>
    </message>
    <message>
        <source>Pelaporan</source>
        <translation>Pelaporan</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Diperpanjang</source>
        <translation>Diperpanjang</translation>
    </message>
    <message>
        <source>Dihentikan</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Perbaiki</source>
        <translation>Perbaiki</translation>
    </message>
    <message>
        <source>Hentikan</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Data rujukan tidak dapat dibaca.</source>
        <translation>Data rujukan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Wajib pelayanan dasar</source>
        <translation>Wajib pelayanan dasar</translation>
    </message>
    <message>
        <source>Wajib non-pelayanan dasar</source>
        <translation>Wajib non-pelayanan dasar</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Penunjang</source>
        <translation>Penunjang</translation>
    </message>
    <message>
        <source>Monev harus terkait dengan kerja sama yang ada di register.</source>
        <translation>Monev harus terkait dengan kerja sama yang ada di register.</translation>
    </message>
    <message>
        <source>Nilai %1 di luar rentang 1–5.</source>
        <translation>Nilai %1 di luar rentang 1–5.</translation>
    </message>
    <message>
        <source>Skor "%1" bernilai %2, di luar rentang 0–5 (0 = tidak dinilai).</source>
        <translation>Skor "%1" bernilai %2, di luar rentang 0–5 (0 = tidak dinilai).</translation>
    </message>
    <message>
        <source>Tanggal monev belum diisi.</source>
        <translation>Tanggal monev belum diisi.</translation>
    </message>
    <message>
        <source>Tanggal monev (%1) sebelum kerja sama mulai berlaku (%2).</source>
        <translation>Tanggal monev (%1) sebelum kerja sama mulai berlaku (%2).</translation>
    </message>
    <message>
        <source>Sinergi</source>
        <translation>Sinergi</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan daerah lain (KSDD) menurut PP 28/2018 tentang Kerja Sama Daerah dan Permendagri 22/2020.</source>
        <translation>Memenuhi kriteria KSD: kerja sama daerah dengan daerah lain (KSDD) menurut PP 28/2018 tentang Kerja Sama Daerah dan Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan pihak ketiga (KSDPK) menurut PP 28/2018 tentang Kerja Sama Daerah dan Permendagri 22/2020.</source>
        <translation>Memenuhi kriteria KSD: kerja sama daerah dengan pihak ketiga (KSDPK) menurut PP 28/2018 tentang Kerja Sama Daerah dan Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Memenuhi kriteria: sinergi dengan Pemerintah Pusat (kementerian/lembaga) melalui nota kesepakatan dan rencana aksi; dicatat sebagai kategori Sinergi, di luar KSDD/KSDPK menurut PP 28/2018 dan Permendagri 22/2020.</source>
        <translation>Memenuhi kriteria: sinergi dengan Pemerintah Pusat (kementerian/lembaga) melalui nota kesepakatan dan rencana aksi; dicatat sebagai kategori Sinergi, di luar KSDD/KSDPK menurut PP 28/2018 dan Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan pemerintah daerah di luar negeri (KSDPL) menurut PP 28/2018 dan Permendagri 25/2020.</source>
        <translation>Memenuhi kriteria KSD: kerja sama daerah dengan pemerintah daerah di luar negeri (KSDPL) menurut PP 28/2018 dan Permendagri 25/2020.</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan lembaga di luar negeri (KSDLL) menurut PP 28/2018 dan Permendagri 25/2020.</source>
        <translation>Memenuhi kriteria KSD: kerja sama daerah dengan lembaga di luar negeri (KSDLL) menurut PP 28/2018 dan Permendagri 25/2020.</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD: pengadaan barang/jasa bukan kerja sama daerah. KSD adalah usaha bersama yang saling menguntungkan (PP 28/2018 Pasal 1 angka 1), sedangkan pengadaan diatur Perpres 16/2018 tentang Pengadaan Barang/Jasa Pemerintah.</source>
        <translation>Tidak memenuhi kriteria KSD: pengadaan barang/jasa bukan kerja sama daerah. KSD adalah usaha bersama yang saling menguntungkan (PP 28/2018 Pasal 1 angka 1), sedangkan pengadaan diatur Perpres 16/2018 tentang Pengadaan Barang/Jasa Pemerintah.</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD: swakelola dikerjakan sendiri oleh perangkat daerah sebagai cara pengadaan (Perpres 16/2018), bukan usaha bersama dengan pihak lain menurut PP 28/2018.</source>
        <translation>Tidak memenuhi kriteria KSD: swakelola dikerjakan sendiri oleh perangkat daerah sebagai cara pengadaan (Perpres 16/2018), bukan usaha bersama dengan pihak lain menurut PP 28/2018.</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD: urusan internal pemerintah daerah tidak melibatkan pihak lain, sedangkan KSD adalah usaha bersama dengan daerah lain, pihak ketiga, atau pemerintah daerah/lembaga di luar negeri (PP 28/2018).</source>
        <translation>Tidak memenuhi kriteria KSD: urusan internal pemerintah daerah tidak melibatkan pihak lain, sedangkan KSD adalah usaha bersama dengan daerah lain, pihak ketiga, atau pemerintah daerah/lembaga di luar negeri (PP 28/2018).</translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: kerja sama membebani masyarakat dan pembiayaannya belum dianggarkan dalam APBD tahun berjalan (PP 28/2018; Permendagri 22/2020).</source>
        <translation>Perlu persetujuan DPRD: kerja sama membebani masyarakat dan pembiayaannya belum dianggarkan dalam APBD tahun berjalan (PP 28/2018; Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: kerja sama membebani masyarakat (PP 28/2018; Permendagri 22/2020).</source>
        <translation>Perlu persetujuan DPRD: kerja sama membebani masyarakat (PP 28/2018; Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: pembiayaan kerja sama belum dianggarkan dalam APBD tahun berjalan (PP 28/2018; Permendagri 22/2020).</source>
        <translation>Perlu persetujuan DPRD: pembiayaan kerja sama belum dianggarkan dalam APBD tahun berjalan (PP 28/2018; Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Tidak perlu persetujuan DPRD: kerja sama tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD atau tidak memerlukan biaya (PP 28/2018; Permendagri 22/2020).</source>
        <translation>Tidak perlu persetujuan DPRD: kerja sama tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD atau tidak memerlukan biaya (PP 28/2018; Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Kode urusan "%1" tidak dikenal (Permendagri 90/2019).</source>
        <translation>Kode urusan "%1" tidak dikenal (Permendagri 90/2019).</translation>
    </message>
    <message>
        <source>Urusan belum diisi.</source>
        <translation>Urusan belum diisi.</translation>
    </message>
    <message>
        <source>Daerah mitra belum diisi; sub-kelas KSDD (wajib/sukarela) belum dapat ditentukan.</source>
        <translation>Daerah mitra belum diisi; sub-kelas KSDD (wajib/sukarela) belum dapat ditentukan.</translation>
    </message>
    <message>
        <source>Kode wilayah mitra "%1" tidak dikenal (Kepmendagri 300.2.2-2430/2025).</source>
        <translation>Kode wilayah mitra "%1" tidak dikenal (Kepmendagri 300.2.2-2430/2025).</translation>
    </message>
    <message>
        <source>Daerah mitra %1 sama dengan daerah pengusul.</source>
        <translation>Daerah mitra %1 sama dengan daerah pengusul.</translation>
    </message>
    <message>
        <source>Nama mitra belum diisi.</source>
        <translation>Nama mitra belum diisi.</translation>
    </message>
    <message>
        <source>Sinergi dengan kementerian/lembaga lazimnya dituangkan dalam nota kesepakatan (NK).</source>
        <translation>Sinergi dengan kementerian/lembaga lazimnya dituangkan dalam nota kesepakatan (NK).</translation>
    </message>
    <message>
        <source>Nota kesepakatan (NK) lazimnya untuk sinergi dengan kementerian/lembaga; untuk %1 bentuknya kesepakatan bersama (KB) lalu perjanjian kerja sama (PKS).</source>
        <translation>Nota kesepakatan (NK) lazimnya untuk sinergi dengan kementerian/lembaga; untuk %1 bentuknya kesepakatan bersama (KB) lalu perjanjian kerja sama (PKS).</translation>
    </message>
    <message>
        <source>Tidak berlaku: bukan kerja sama daerah.</source>
        <translation>Tidak berlaku: bukan kerja sama daerah.</translation>
    </message>
    <message>
        <source>Usulan "%1" sudah dihapus.</source>
        <translation>Usulan "%1" sudah dihapus.</translation>
    </message>
    <message>
        <source>Usulan "%1" tidak dapat dijadikan kerja sama. %2</source>
        <translation>Usulan "%1" tidak dapat dijadikan kerja sama. %2</translation>
    </message>
    <message>
        <source>Kerja sama "%1" berstatus %2: tahapnya tidak dapat diubah lagi.</source>
        <translation>Kerja sama "%1" berstatus %2: tahapnya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Kerja sama sudah berada pada tahap "%1".</source>
        <translation>Kerja sama sudah berada pada tahap "%1".</translation>
    </message>
    <message>
        <source>Tahap tidak dapat mundur: kerja sama sudah pada tahap "%1", sedangkan "%2" adalah tahap sebelumnya (urutan Permendagri 22/2020).</source>
        <translation>Tahap tidak dapat mundur: kerja sama sudah pada tahap "%1", sedangkan "%2" adalah tahap sebelumnya (urutan Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Persetujuan DPRD tidak diperlukan untuk kerja sama ini (tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD; PP 28/2018), sehingga tahap ini dilewati.</source>
        <translation>Persetujuan DPRD tidak diperlukan untuk kerja sama ini (tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD; PP 28/2018), sehingga tahap ini dilewati.</translation>
    </message>
    <message>
        <source>Persetujuan DPRD diperlukan (kerja sama membebani masyarakat dan/atau pembiayaannya belum dianggarkan dalam APBD; PP 28/2018): tahap "%1" tidak dapat dilewati.</source>
        <translation>Persetujuan DPRD diperlukan (kerja sama membebani masyarakat dan/atau pembiayaannya belum dianggarkan dalam APBD; PP 28/2018): tahap "%1" tidak dapat dilewati.</translation>
    </message>
    <message>
        <source>Tahap "%1" tidak dapat dilewati untuk %2: lalui tahap itu lebih dulu. %3</source>
        <translation>Tahap "%1" tidak dapat dilewati untuk %2: lalui tahap itu lebih dulu. %3</translation>
    </message>
    <message>
        <source>Tanggal tahap "%1" belum diisi atau tidak valid.</source>
        <translation>Tanggal tahap "%1" belum diisi atau tidak valid.</translation>
    </message>
    <message>
        <source>Tanggal %1 lebih awal daripada tanggal tahap sebelumnya "%2" (%3).</source>
        <translation>Tanggal %1 lebih awal daripada tanggal tahap sebelumnya "%2" (%3).</translation>
    </message>
    <message>
        <source>Persetujuan DPRD hanya dilalui bila diperlukan (membebani masyarakat dan/atau belum dianggarkan dalam APBD; PP 28/2018). Pelaksanaan, penatausahaan dan pelaporan selalu dilalui.</source>
        <translation>Persetujuan DPRD hanya dilalui bila diperlukan (membebani masyarakat dan/atau belum dianggarkan dalam APBD; PP 28/2018). Pelaksanaan, penatausahaan dan pelaporan selalu dilalui.</translation>
    </message>
    <message>
        <source>Kesepakatan bersama melalui semua tahap menurut urutan Permendagri 22/2020: persiapan, penawaran, penyusunan dan penandatanganan KB, lalu penyusunan dan penandatanganan PKS.</source>
        <translation>Kesepakatan bersama melalui semua tahap menurut urutan Permendagri 22/2020: persiapan, penawaran, penyusunan dan penandatanganan KB, lalu penyusunan dan penandatanganan PKS.</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama boleh melewati tahap KB (jalur PKS langsung, misalnya KSDPK, atau PKS yang melaksanakan KB yang dicatat tersendiri; Permendagri 22/2020).</source>
        <translation>Perjanjian kerja sama boleh melewati tahap KB (jalur PKS langsung, misalnya KSDPK, atau PKS yang melaksanakan KB yang dicatat tersendiri; Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Nota kesepakatan sinergi dengan kementerian/lembaga boleh melewati penawaran dan tahap KB: sinergi dituangkan dalam nota kesepakatan dan rencana aksi, bukan prosedur KB Permendagri 22/2020.</source>
        <translation>Nota kesepakatan sinergi dengan kementerian/lembaga boleh melewati penawaran dan tahap KB: sinergi dituangkan dalam nota kesepakatan dan rencana aksi, bukan prosedur KB Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Addendum mengubah dokumen yang sudah melalui prosedur, sehingga boleh melewati penawaran, tahap KB dan tahap PKS; addendum disusun dan ditandatangani setingkat dokumen yang diubahnya.</source>
        <translation>Addendum mengubah dokumen yang sudah melalui prosedur, sehingga boleh melewati penawaran, tahap KB dan tahap PKS; addendum disusun dan ditandatangani setingkat dokumen yang diubahnya.</translation>
    </message>
    <message>
        <source>Para pihak belum diisi: kerja sama memerlukan sedikitnya dua pihak.</source>
        <translation>Para pihak belum diisi: kerja sama memerlukan sedikitnya dua pihak.</translation>
    </message>
    <message>
        <source>Baru satu pihak (%1): kerja sama memerlukan sedikitnya dua pihak.</source>
        <translation>Baru satu pihak (%1): kerja sama memerlukan sedikitnya dua pihak.</translation>
    </message>
    <message>
        <source>Pihak ke-%1: kode wilayah belum diisi.</source>
        <translation>Pihak ke-%1: kode wilayah belum diisi.</translation>
    </message>
    <message>
        <source>Pihak ke-%1: kode wilayah "%2" tidak dikenal.</source>
        <translation>Pihak ke-%1: kode wilayah "%2" tidak dikenal.</translation>
    </message>
    <message>
        <source>Pihak ke-%1: nama pihak belum diisi.</source>
        <translation>Pihak ke-%1: nama pihak belum diisi.</translation>
    </message>
    <message>
        <source>Tanggal berakhir (%1) lebih awal daripada tanggal mulai (%2).</source>
        <translation>Tanggal berakhir (%1) lebih awal daripada tanggal mulai (%2).</translation>
    </message>
    <message>
        <source>Tanggal penandatanganan (%1) sesudah tanggal mulai berlaku (%2): periksa apakah kerja sama memang berlaku surut.</source>
        <translation>Tanggal penandatanganan (%1) sesudah tanggal mulai berlaku (%2): periksa apakah kerja sama memang berlaku surut.</translation>
    </message>
    <message>
        <source>Tanggal penandatanganan (%1) sesudah tanggal berakhir (%2).</source>
        <translation>Tanggal penandatanganan (%1) sesudah tanggal berakhir (%2).</translation>
    </message>
    <message>
        <source>Tanggal berakhir belum diisi: peringatan masa berlaku tidak dapat dihitung.</source>
        <translation>Tanggal berakhir belum diisi: peringatan masa berlaku tidak dapat dihitung.</translation>
    </message>
    <message>
        <source>Tahap "%1" tercatat sesudah "%2": urutan tahap tidak sesuai Permendagri 22/2020.</source>
        <translation>Tahap "%1" tercatat sesudah "%2": urutan tahap tidak sesuai Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Tanggal tahap "%1" (%2) lebih awal daripada tahap sebelumnya "%3" (%4).</source>
        <translation>Tanggal tahap "%1" (%2) lebih awal daripada tahap sebelumnya "%3" (%4).</translation>
    </message>
    <message>
        <source>Tanggal tahap "%1" belum diisi.</source>
        <translation>Tanggal tahap "%1" belum diisi.</translation>
    </message>
    <message>
        <source>Tahap saat ini "%1" tidak sama dengan tahap terakhir yang tercatat "%2".</source>
        <translation>Tahap saat ini "%1" tidak sama dengan tahap terakhir yang tercatat "%2".</translation>
    </message>
    <message>
        <source>Nomor dokumen %1 dari pihak %2 sudah dipakai pada kerja sama "%3".</source>
        <translation>Nomor dokumen %1 dari pihak %2 sudah dipakai pada kerja sama "%3".</translation>
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
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Lampiran "%1" berukuran %2, melebihi batas %3 per dokumen. Perkecil berkasnya (misalnya pindai ulang dengan resolusi lebih rendah) lalu lampirkan lagi.</source>
        <translation>Lampiran "%1" berukuran %2, melebihi batas %3 per dokumen. Perkecil berkasnya (misalnya pindai ulang dengan resolusi lebih rendah) lalu lampirkan lagi.</translation>
    </message>
    <message>
        <source>Judul kerja sama belum diisi.</source>
        <translation>Judul kerja sama belum diisi.</translation>
    </message>
    <message>
        <source>Kategori kerja sama (KSDD, KSDPK, Sinergi, KSDPL atau KSDLL) belum dipilih.</source>
        <translation>Kategori kerja sama (KSDD, KSDPK, Sinergi, KSDPL atau KSDLL) belum dipilih.</translation>
    </message>
</context>
<context>
    <name>ksd::Fields</name>
    <message>
        <source>Wilayah</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Provinsi, kabupaten atau kota pemilik isian</source>
        <translation>Provinsi, kabupaten atau kota pemilik isian</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <source>Urusan pemerintahan (Permendagri 90/2019)</source>
        <translation>Urusan pemerintahan (Permendagri 90/2019)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Potensi yang dimiliki atau kebutuhan/permasalahan yang dihadapi</source>
        <translation>Potensi yang dimiliki atau kebutuhan/permasalahan yang dihadapi</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Nama layanan publik, misalnya "TPA regional"</source>
        <translation>Nama layanan publik, misalnya "TPA regional"</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>1 (rendah) sampai 5 (paling tinggi)</source>
        <translation>1 (rendah) sampai 5 (paling tinggi)</translation>
    </message>
    <message>
        <source>Besaran</source>
        <translation>Besaran</translation>
    </message>
    <message>
        <source>Besaran potensi atau kebutuhan; kosong bila belum diketahui</source>
        <translation>Besaran potensi atau kebutuhan; kosong bila belum diketahui</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Eksternalitas</source>
        <translation>Eksternalitas</translation>
    </message>
    <message>
        <source>Lokasi, pengguna, atau manfaat/dampak layanan melintasi batas daerah (UU 23/2014 Pasal 13). Mengubahnya di tabel mengisi ketiga kriteria sekaligus; rinciannya ada di Inspektur.</source>
        <translation>Lokasi, pengguna, atau manfaat/dampak layanan melintasi batas daerah (UU 23/2014 Pasal 13). Mengubahnya di tabel mengisi ketiga kriteria sekaligus; rinciannya ada di Inspektur.</translation>
    </message>
    <message>
        <source>Efisiensi</source>
        <translation>Efisiensi</translation>
    </message>
    <message>
        <source>Layanan lebih efisien bila dikelola bersama</source>
        <translation>Layanan lebih efisien bila dikelola bersama</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Perangkat daerah yang mengisi</source>
        <translation>Perangkat daerah yang mengisi</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Lokasi melintasi batas</source>
        <translation>Lokasi melintasi batas</translation>
    </message>
    <message>
        <source>Lokasi layanan berada di lintas daerah</source>
        <translation>Lokasi layanan berada di lintas daerah</translation>
    </message>
    <message>
        <source>Pengguna melintasi batas</source>
        <translation>Pengguna melintasi batas</translation>
    </message>
    <message>
        <source>Pengguna layanan berasal dari lintas daerah</source>
        <translation>Pengguna layanan berasal dari lintas daerah</translation>
    </message>
    <message>
        <source>Manfaat/dampak melintasi batas</source>
        <translation>Manfaat/dampak melintasi batas</translation>
    </message>
    <message>
        <source>Manfaat atau dampak negatif layanan dirasakan lintas daerah</source>
        <translation>Manfaat atau dampak negatif layanan dirasakan lintas daerah</translation>
    </message>
    <message>
        <source>Bukti eksternalitas</source>
        <translation>Bukti eksternalitas</translation>
    </message>
    <message>
        <source>Bukti efisiensi</source>
        <translation>Bukti efisiensi</translation>
    </message>
    <message>
        <source>Perangkat daerah pengusul</source>
        <translation>Perangkat daerah pengusul</translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation>Jenis kegiatan</translation>
    </message>
    <message>
        <source>Pengadaan, swakelola dan urusan internal bukan kerja sama daerah</source>
        <translation>Pengadaan, swakelola dan urusan internal bukan kerja sama daerah</translation>
    </message>
    <message>
        <source>Jenis mitra</source>
        <translation>Jenis mitra</translation>
    </message>
    <message>
        <source>Daerah mitra</source>
        <translation>Daerah mitra</translation>
    </message>
    <message>
        <source>Kode wilayah calon mitra, dipisah koma</source>
        <translation>Kode wilayah calon mitra, dipisah koma</translation>
    </message>
    <message>
        <source>Mitra lain</source>
        <translation>Mitra lain</translation>
    </message>
    <message>
        <source>Pihak ketiga, kementerian/lembaga atau mitra luar negeri</source>
        <translation>Pihak ketiga, kementerian/lembaga atau mitra luar negeri</translation>
    </message>
    <message>
        <source>Bentuk</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <source>Bentuk dokumen yang dituju</source>
        <translation>Bentuk dokumen yang dituju</translation>
    </message>
    <message>
        <source>Perkiraan biaya (Rp)</source>
        <translation>Perkiraan biaya (Rp)</translation>
    </message>
    <message>
        <source>Dalam APBD</source>
        <translation>Dalam APBD</translation>
    </message>
    <message>
        <source>Pendanaannya sudah tersedia dalam APBD tahun berjalan</source>
        <translation>Pendanaannya sudah tersedia dalam APBD tahun berjalan</translation>
    </message>
    <message>
        <source>Membebani masyarakat</source>
        <translation>Membebani masyarakat</translation>
    </message>
    <message>
        <source>Kerja sama membebani masyarakat (perlu persetujuan DPRD)</source>
        <translation>Kerja sama membebani masyarakat (perlu persetujuan DPRD)</translation>
    </message>
    <message>
        <source>Daerah pengusul</source>
        <translation>Daerah pengusul</translation>
    </message>
    <message>
        <source>Asal saran</source>
        <translation>Asal saran</translation>
    </message>
    <message>
        <source>Saran mesin yang dijadikan usulan ini</source>
        <translation>Saran mesin yang dijadikan usulan ini</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan atau addendum</source>
        <translation>Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan atau addendum</translation>
    </message>
    <message>
        <source>Para pihak</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Tahapan kerja sama menurut Permendagri 22/2020</source>
        <translation>Tahapan kerja sama menurut Permendagri 22/2020</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Perangkat daerah pelaksana</source>
        <translation>Perangkat daerah pelaksana</translation>
    </message>
    <message>
        <source>Nilai (Rp)</source>
        <translation>Nilai (Rp)</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Ruang lingkup</source>
        <translation>Ruang lingkup</translation>
    </message>
    <message>
        <source>Pendanaan</source>
        <translation>Pendanaan</translation>
    </message>
</context>
<context>
    <name>ksd::KsdStore</name>
    <message>
        <source>Nilai "%1" pada kolom %2 tidak dapat dibaca.</source>
        <translation>Nilai "%1" pada kolom %2 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>tabel %1, baris %2</source>
        <translation>tabel %1, baris %2</translation>
    </message>
    <message>
        <source>Berkas berisi trigger atau view ("%1") yang tidak pernah dibuat PetaKSD. Berkas ditolak demi keamanan.</source>
        <translation>Berkas berisi trigger atau view ("%1") yang tidak pernah dibuat PetaKSD. Berkas ditolak demi keamanan.</translation>
    </message>
    <message>
        <source>Berkas berisi objek basis data yang tidak dikenal: %1.</source>
        <translation>Berkas berisi objek basis data yang tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>Tabel atau indeks %1 tidak ada.</source>
        <translation>Tabel atau indeks %1 tidak ada.</translation>
    </message>
    <message>
        <source>Susunan kolom tabel %1 tidak sesuai format PetaKSD.</source>
        <translation>Susunan kolom tabel %1 tidak sesuai format PetaKSD.</translation>
    </message>
    <message>
        <source>Tabel %1 tidak dapat dibaca: %2</source>
        <translation>Tabel %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Identitas proyek (project_id) tidak ada atau rusak.</source>
        <translation>Identitas proyek (project_id) tidak ada atau rusak.</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan: "%1" adalah sebuah folder.</source>
        <translation>Tidak dapat menyimpan: "%1" adalah sebuah folder.</translation>
    </message>
    <message>
        <source>Tidak dapat menulis di folder "%1": %2. Data tetap ada di aplikasi; simpan ke folder lain.</source>
        <translation>Tidak dapat menulis di folder "%1": %2. Data tetap ada di aplikasi; simpan ke folder lain.</translation>
    </message>
    <message>
        <source>Penyimpanan gagal: %1. Berkas lama tidak berubah.</source>
        <translation>Penyimpanan gagal: %1. Berkas lama tidak berubah.</translation>
    </message>
    <message>
        <source>data tidak dapat dipastikan tertulis ke disk</source>
        <translation>data tidak dapat dipastikan tertulis ke disk</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>Berkas tidak ditemukan.</translation>
    </message>
    <message>
        <source>Ini sebuah folder, bukan berkas proyek PetaKSD.</source>
        <translation>Ini sebuah folder, bukan berkas proyek PetaKSD.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: %1.</source>
        <translation>Berkas tidak dapat dibaca: %1.</translation>
    </message>
    <message>
        <source>Berkas kosong (0 byte), bukan proyek PetaKSD.</source>
        <translation>Berkas kosong (0 byte), bukan proyek PetaKSD.</translation>
    </message>
    <message>
        <source>Ini bukan berkas proyek PetaKSD: isinya bukan basis data SQLite.</source>
        <translation>Ini bukan berkas proyek PetaKSD: isinya bukan basis data SQLite.</translation>
    </message>
    <message>
        <source>Berkas rusak: terpotong di bagian kepala berkas.</source>
        <translation>Berkas rusak: terpotong di bagian kepala berkas.</translation>
    </message>
    <message>
        <source>Ini bukan berkas proyek PetaKSD: basis data SQLite milik aplikasi lain (application_id %1).</source>
        <translation>Ini bukan berkas proyek PetaKSD: basis data SQLite milik aplikasi lain (application_id %1).</translation>
    </message>
    <message>
        <source>Berkas dibuat oleh versi PetaKSD yang lebih baru (format versi %1). Versi ini hanya membaca sampai format versi %2. Perbarui PetaKSD untuk membukanya.</source>
        <translation>Berkas dibuat oleh versi PetaKSD yang lebih baru (format versi %1). Versi ini hanya membaca sampai format versi %2. Perbarui PetaKSD untuk membukanya.</translation>
    </message>
    <message>
        <source>Format versi %1 tidak dikenal; versi tertua yang dapat dibuka adalah %2.</source>
        <translation>Format versi %1 tidak dikenal; versi tertua yang dapat dibuka adalah %2.</translation>
    </message>
    <message>
        <source>Berkas rusak: terpotong (%1 byte dari %2 byte yang seharusnya).</source>
        <translation>Berkas rusak: terpotong (%1 byte dari %2 byte yang seharusnya).</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibuka: %1.</source>
        <translation>Berkas tidak dapat dibuka: %1.</translation>
    </message>
    <message>
        <source>Berkas rusak: pemeriksaan integritas SQLite gagal (%1).</source>
        <translation>Berkas rusak: pemeriksaan integritas SQLite gagal (%1).</translation>
    </message>
    <message>
        <source>Berkas tidak dapat disalin ke memori.</source>
        <translation>Berkas tidak dapat disalin ke memori.</translation>
    </message>
    <message>
        <source>Berkas versi lama tidak dapat dicadangkan ke "%1" sebelum diperbarui.</source>
        <translation>Berkas versi lama tidak dapat dicadangkan ke "%1" sebelum diperbarui.</translation>
    </message>
    <message>
        <source>Berkas versi %1 tidak dapat diperbarui: %2</source>
        <translation>Berkas versi %1 tidak dapat diperbarui: %2</translation>
    </message>
</context>
<context>
    <name>ksd::MainWindow</name>
    <message>
        <source>Belum ada proyek yang dibuka.</source>
        <translation>Belum ada proyek yang dibuka.</translation>
    </message>
    <message>
        <source>PetaKSD</source>
        <translation>PetaKSD</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibuka</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1
%2 isian</source>
        <translation>%1
%2 isian</translation>
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
        <translation>Baris data wilayah tidak lengkap.</translation>
    </message>
    <message>
        <source>Baris data batas wilayah tidak lengkap.</source>
        <translation>Baris data batas wilayah tidak lengkap.</translation>
    </message>
    <message>
        <source>Baris data urusan tidak lengkap.</source>
        <translation>Baris data urusan tidak lengkap.</translation>
    </message>
    <message>
        <source>Kode wilayah "%1" tidak berbentuk PP (provinsi) atau PP.KK (kabupaten/kota).</source>
        <translation>Kode wilayah "%1" tidak berbentuk PP (provinsi) atau PP.KK (kabupaten/kota).</translation>
    </message>
    <message>
        <source>Kode wilayah "%1" tidak ada dalam Kepmendagri 300.2.2-2430/2025.</source>
        <translation>Kode wilayah "%1" tidak ada dalam Kepmendagri 300.2.2-2430/2025.</translation>
    </message>
    <message>
        <source>Kode urusan "%1" tidak dikenal (contoh kode yang benar: 1.01 Pendidikan, 2.11 Lingkungan Hidup).</source>
        <translation>Kode urusan "%1" tidak dikenal (contoh kode yang benar: 1.01 Pendidikan, 2.11 Lingkungan Hidup).</translation>
    </message>
    <message>
        <source>Kode dan nama wilayah: Kepmendagri 300.2.2-2430/2025. Batas wilayah: Badan Informasi Geospasial (BIG), melalui cahyadsn/wilayah dan cahyadsn/wilayah_boundaries (MIT, © Cahya DSN).</source>
        <translation>Kode dan nama wilayah: Kepmendagri 300.2.2-2430/2025. Batas wilayah: Badan Informasi Geospasial (BIG), melalui cahyadsn/wilayah dan cahyadsn/wilayah_boundaries (MIT, © Cahya DSN).</translation>
    </message>
</context>
<context>
    <name>ksd::Types</name>
    <message>
        <source>Kesesuaian tujuan</source>
        <translation>Kesesuaian tujuan</translation>
    </message>
    <message>
        <source>Ketepatan waktu</source>
        <translation>Ketepatan waktu</translation>
    </message>
    <message>
        <source>Kontribusi mitra</source>
        <translation>Kontribusi mitra</translation>
    </message>
    <message>
        <source>Koordinasi</source>
        <translation>Koordinasi</translation>
    </message>
    <message>
        <source>Capaian indikator</source>
        <translation>Capaian indikator</translation>
    </message>
    <message>
        <source>Dampak</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <source>Kelengkapan dokumen</source>
        <translation>Kelengkapan dokumen</translation>
    </message>
    <message>
        <source>Pelaporan berkala</source>
        <translation>Pelaporan berkala</translation>
    </message>
</context>
<context>
    <name>ksd::cli</name>
    <message>
        <source>PetaKSD %1: pemetaan Kerja Sama Daerah.</source>
        <translation>PetaKSD %1: pemetaan Kerja Sama Daerah.</translation>
    </message>
    <message>
        <source>Penggunaan:</source>
        <translation>Penggunaan:</translation>
    </message>
    <message>
        <source>membuka jendela aplikasi</source>
        <translation>membuka jendela aplikasi</translation>
    </message>
    <message>
        <source>Kode keluar: 0 berhasil, 1 masukan ditolak, 2 argumen atau berkas tidak valid, 3 penggabungan berhenti karena konflik.</source>
        <translation>Kode keluar: 0 berhasil, 1 masukan ditolak, 2 argumen atau berkas tidak valid, 3 penggabungan berhenti karena konflik.</translation>
    </message>
    <message>
        <source>perintah tidak dikenal: %1 (lihat petaksd --help)</source>
        <translation>perintah tidak dikenal: %1 (lihat petaksd --help)</translation>
    </message>
    <message>
        <source>%1 sudah ada; pilih nama lain agar berkas itu tidak tertimpa</source>
        <translation>%1 sudah ada; pilih nama lain agar berkas itu tidak tertimpa</translation>
    </message>
    <message>
        <source>penggunaan: petaksd new FILE.ksd --region KODE [--title JUDUL] [--year TAHUN]</source>
        <translation>penggunaan: petaksd new FILE.ksd --region KODE [--title JUDUL] [--year TAHUN]</translation>
    </message>
    <message>
        <source>tahun "%1" tidak valid (harus 2000–2100)</source>
        <translation>tahun "%1" tidak valid (harus 2000–2100)</translation>
    </message>
    <message>
        <source>Pemetaan KSD %1 %2</source>
        <translation>Pemetaan KSD %1 %2</translation>
    </message>
    <message>
        <source>Proyek baru dibuat: %1</source>
        <translation>Proyek baru dibuat: %1</translation>
    </message>
    <message>
        <source>penggunaan: petaksd demo FILE.ksd</source>
        <translation>penggunaan: petaksd demo FILE.ksd</translation>
    </message>
    <message>
        <source>Proyek contoh dibuat: %1</source>
        <translation>Proyek contoh dibuat: %1</translation>
    </message>
    <message>
        <source>penggunaan: petaksd check FILE.ksd</source>
        <translation>penggunaan: petaksd check FILE.ksd</translation>
    </message>
    <message>
        <source>Berkas: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Format: versi %1 (application_id 0x%2)</source>
        <translation>Format: versi %1 (application_id 0x%2)</translation>
    </message>
    <message>
        <source>Diperbarui ke format versi %1; berkas asli dicadangkan di %2</source>
        <translation>Diperbarui ke format versi %1; berkas asli dicadangkan di %2</translation>
    </message>
    <message>
        <source>Judul: %1</source>
        <translation>Judul: %1</translation>
    </message>
    <message>
        <source>Daerah pemilik: %1 %2</source>
        <translation>Daerah pemilik: %1 %2</translation>
    </message>
    <message>
        <source>(kode tidak dikenal)</source>
        <translation>(kode tidak dikenal)</translation>
    </message>
    <message>
        <source>Tahun: %1</source>
        <translation>Tahun: %1</translation>
    </message>
    <message>
        <source>Wilayah dalam cakupan: %1</source>
        <translation>Wilayah dalam cakupan: %1</translation>
    </message>
    <message>
        <source>Salinan untuk: %1</source>
        <translation>Salinan untuk: %1</translation>
    </message>
    <message>
        <source>(+%1 dihapus)</source>
        <translation>(+%1 dihapus)</translation>
    </message>
    <message>
        <source>Isian (potensi/kebutuhan)</source>
        <translation>Isian (potensi/kebutuhan)</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Kerja sama</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>membuat proyek baru untuk daerah KODE</source>
        <translation>membuat proyek baru untuk daerah KODE</translation>
    </message>
    <message>
        <source>menulis proyek contoh "Pemetaan KSD Kabupaten Banjar 2024"</source>
        <translation>menulis proyek contoh "Pemetaan KSD Kabupaten Banjar 2024"</translation>
    </message>
    <message>
        <source>memeriksa berkas .ksd dan meringkas isinya (keluar 2 bila ditolak)</source>
        <translation>memeriksa berkas .ksd dan meringkas isinya (keluar 2 bila ditolak)</translation>
    </message>
    <message>
        <source>lewat %1 hari</source>
        <translation>lewat %1 hari</translation>
    </message>
    <message>
        <source>berakhir hari ini</source>
        <translation>berakhir hari ini</translation>
    </message>
    <message>
        <source>%1 hari lagi</source>
        <translation>%1 hari lagi</translation>
    </message>
    <message>
        <source>berakhir %1, %2</source>
        <translation>berakhir %1, %2</translation>
    </message>
    <message>
        <source>Rekapitulasi kerja sama daerah per %1</source>
        <translation>Rekapitulasi kerja sama daerah per %1</translation>
    </message>
    <message>
        <source>Dokumen kerja sama menurut jenis dan mitra</source>
        <translation>Dokumen kerja sama menurut jenis dan mitra</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Jenis dokumen</translation>
    </message>
    <message>
        <source>Usulan kerja sama</source>
        <translation>Usulan kerja sama</translation>
    </message>
    <message>
        <source>Jumlah usulan: %1</source>
        <translation>Jumlah usulan: %1</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: %1 (%2 dari seluruh usulan)</source>
        <translation>Memenuhi kriteria KSD: %1 (%2 dari seluruh usulan)</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria: %1 (pengadaan %2, swakelola %3, internal %4)</source>
        <translation>Tidak memenuhi kriteria: %1 (pengadaan %2, swakelola %3, internal %4)</translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: %1</source>
        <translation>Perlu persetujuan DPRD: %1</translation>
    </message>
    <message>
        <source>Tahapan kerja sama</source>
        <translation>Tahapan kerja sama</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Saat ini</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <source>Sudah dicapai</source>
        <translation>Sudah dicapai</translation>
    </message>
    <message>
        <source>Berakhir dalam 90 hari (3 bulan)</source>
        <translation>Berakhir dalam 90 hari (3 bulan)</translation>
    </message>
    <message>
        <source>Berakhir dalam 180 hari (6 bulan)</source>
        <translation>Berakhir dalam 180 hari (6 bulan)</translation>
    </message>
    <message>
        <source>Sudah melewati tanggal berakhir tetapi masih berstatus aktif</source>
        <translation>Sudah melewati tanggal berakhir tetapi masih berstatus aktif</translation>
    </message>
    <message>
        <source>Monev: %1 catatan</source>
        <translation>Monev: %1 catatan</translation>
    </message>
    <message>
        <source>rata-rata nilai %1</source>
        <translation>rata-rata nilai %1</translation>
    </message>
    <message>
        <source>penggunaan: petaksd stats FILE.ksd [--json] [--today YYYY-MM-DD]</source>
        <translation>penggunaan: petaksd stats FILE.ksd [--json] [--today YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>tanggal --today "%1" tidak valid (gunakan YYYY-MM-DD, misalnya 2021-09-30)</source>
        <translation>tanggal --today "%1" tidak valid (gunakan YYYY-MM-DD, misalnya 2021-09-30)</translation>
    </message>
    <message>
        <source>menghitung rekap register kerja sama, usulan, tahapan dan masa berlaku (tabel atau JSON)</source>
        <translation>menghitung rekap register kerja sama, usulan, tahapan dan masa berlaku (tabel atau JSON)</translation>
    </message>
</context>
<context>
    <name>ksd::cli::Args</name>
    <message>
        <source>opsi --%1 memerlukan nilai</source>
        <translation>opsi --%1 memerlukan nilai</translation>
    </message>
    <message>
        <source>opsi tidak dikenal: %1</source>
        <translation>opsi tidak dikenal: %1</translation>
    </message>
    <message>
        <source>opsi -o memerlukan nama berkas</source>
        <translation>opsi -o memerlukan nama berkas</translation>
    </message>
</context>
</TS>
