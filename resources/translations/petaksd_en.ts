<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>ksd</name>
    <message>
        <source>Ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kebutuhan/permasalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengadaan barang/jasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swakelola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urusan internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daerah lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pihak ketiga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kementerian/lembaga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemerintah daerah luar negeri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembaga luar negeri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukan KSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSDD (daerah dengan daerah lain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSDPK (daerah dengan pihak ketiga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinergi (dengan kementerian/lembaga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSDPL (dengan pemerintah daerah luar negeri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSDLL (dengan lembaga luar negeri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesepakatan Bersama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjanjian Kerja Sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nota Kesepakatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persiapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penawaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyusunan kesepakatan bersama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penandatanganan kesepakatan bersama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan DPRD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyusunan perjanjian kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penandatanganan perjanjian kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelaksanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penatausahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelaporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diperpanjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dihentikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perbaiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hentikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data rujukan tidak dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wajib pelayanan dasar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wajib non-pelayanan dasar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penunjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monev harus terkait dengan kerja sama yang ada di register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai %1 di luar rentang 1–5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skor &quot;%1&quot; bernilai %2, di luar rentang 0–5 (0 = tidak dinilai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal monev belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal monev (%1) sebelum kerja sama mulai berlaku (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinergi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan daerah lain (KSDD) menurut PP 28/2018 tentang Kerja Sama Daerah dan Permendagri 22/2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan pihak ketiga (KSDPK) menurut PP 28/2018 tentang Kerja Sama Daerah dan Permendagri 22/2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memenuhi kriteria: sinergi dengan Pemerintah Pusat (kementerian/lembaga) melalui nota kesepakatan dan rencana aksi; dicatat sebagai kategori Sinergi, di luar KSDD/KSDPK menurut PP 28/2018 dan Permendagri 22/2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan pemerintah daerah di luar negeri (KSDPL) menurut PP 28/2018 dan Permendagri 25/2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: kerja sama daerah dengan lembaga di luar negeri (KSDLL) menurut PP 28/2018 dan Permendagri 25/2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD: pengadaan barang/jasa bukan kerja sama daerah. KSD adalah usaha bersama yang saling menguntungkan (PP 28/2018 Pasal 1 angka 1), sedangkan pengadaan diatur Perpres 16/2018 tentang Pengadaan Barang/Jasa Pemerintah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD: swakelola dikerjakan sendiri oleh perangkat daerah sebagai cara pengadaan (Perpres 16/2018), bukan usaha bersama dengan pihak lain menurut PP 28/2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD: urusan internal pemerintah daerah tidak melibatkan pihak lain, sedangkan KSD adalah usaha bersama dengan daerah lain, pihak ketiga, atau pemerintah daerah/lembaga di luar negeri (PP 28/2018).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: kerja sama membebani masyarakat dan pembiayaannya belum dianggarkan dalam APBD tahun berjalan (PP 28/2018; Permendagri 22/2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: kerja sama membebani masyarakat (PP 28/2018; Permendagri 22/2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: pembiayaan kerja sama belum dianggarkan dalam APBD tahun berjalan (PP 28/2018; Permendagri 22/2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak perlu persetujuan DPRD: kerja sama tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD atau tidak memerlukan biaya (PP 28/2018; Permendagri 22/2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode urusan &quot;%1&quot; tidak dikenal (Permendagri 90/2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urusan belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daerah mitra belum diisi; sub-kelas KSDD (wajib/sukarela) belum dapat ditentukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode wilayah mitra &quot;%1&quot; tidak dikenal (Kepmendagri 300.2.2-2430/2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daerah mitra %1 sama dengan daerah pengusul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama mitra belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinergi dengan kementerian/lembaga lazimnya dituangkan dalam nota kesepakatan (NK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nota kesepakatan (NK) lazimnya untuk sinergi dengan kementerian/lembaga; untuk %1 bentuknya kesepakatan bersama (KB) lalu perjanjian kerja sama (PKS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak berlaku: bukan kerja sama daerah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usulan &quot;%1&quot; sudah dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usulan &quot;%1&quot; tidak dapat dijadikan kerja sama. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerja sama &quot;%1&quot; berstatus %2: tahapnya tidak dapat diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerja sama sudah berada pada tahap &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap tidak dapat mundur: kerja sama sudah pada tahap &quot;%1&quot;, sedangkan &quot;%2&quot; adalah tahap sebelumnya (urutan Permendagri 22/2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan DPRD tidak diperlukan untuk kerja sama ini (tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD; PP 28/2018), sehingga tahap ini dilewati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan DPRD diperlukan (kerja sama membebani masyarakat dan/atau pembiayaannya belum dianggarkan dalam APBD; PP 28/2018): tahap &quot;%1&quot; tidak dapat dilewati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tidak dapat dilewati untuk %2: lalui tahap itu lebih dulu. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal tahap &quot;%1&quot; belum diisi atau tidak valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal %1 lebih awal daripada tanggal tahap sebelumnya &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan DPRD hanya dilalui bila diperlukan (membebani masyarakat dan/atau belum dianggarkan dalam APBD; PP 28/2018). Pelaksanaan, penatausahaan dan pelaporan selalu dilalui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesepakatan bersama melalui semua tahap menurut urutan Permendagri 22/2020: persiapan, penawaran, penyusunan dan penandatanganan KB, lalu penyusunan dan penandatanganan PKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjanjian kerja sama boleh melewati tahap KB (jalur PKS langsung, misalnya KSDPK, atau PKS yang melaksanakan KB yang dicatat tersendiri; Permendagri 22/2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nota kesepakatan sinergi dengan kementerian/lembaga boleh melewati penawaran dan tahap KB: sinergi dituangkan dalam nota kesepakatan dan rencana aksi, bukan prosedur KB Permendagri 22/2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum mengubah dokumen yang sudah melalui prosedur, sehingga boleh melewati penawaran, tahap KB dan tahap PKS; addendum disusun dan ditandatangani setingkat dokumen yang diubahnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para pihak belum diisi: kerja sama memerlukan sedikitnya dua pihak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baru satu pihak (%1): kerja sama memerlukan sedikitnya dua pihak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pihak ke-%1: kode wilayah belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pihak ke-%1: kode wilayah &quot;%2&quot; tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pihak ke-%1: nama pihak belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal berakhir (%1) lebih awal daripada tanggal mulai (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal penandatanganan (%1) sesudah tanggal mulai berlaku (%2): periksa apakah kerja sama memang berlaku surut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal penandatanganan (%1) sesudah tanggal berakhir (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal berakhir belum diisi: peringatan masa berlaku tidak dapat dihitung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tercatat sesudah &quot;%2&quot;: urutan tahap tidak sesuai Permendagri 22/2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal tahap &quot;%1&quot; (%2) lebih awal daripada tahap sebelumnya &quot;%3&quot; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal tahap &quot;%1&quot; belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap saat ini &quot;%1&quot; tidak sama dengan tahap terakhir yang tercatat &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor dokumen %1 dari pihak %2 sudah dipakai pada kerja sama &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran &quot;%1&quot; berukuran %2, melebihi batas %3 per dokumen. Perkecil berkasnya (misalnya pindai ulang dengan resolusi lebih rendah) lalu lampirkan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul kerja sama belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori kerja sama (KSDD, KSDPK, Sinergi, KSDPL atau KSDLL) belum dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ksd::Fields</name>
    <message>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinsi, kabupaten atau kota pemilik isian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urusan pemerintahan (Permendagri 90/2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potensi yang dimiliki atau kebutuhan/permasalahan yang dihadapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama layanan publik, misalnya &quot;TPA regional&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (rendah) sampai 5 (paling tinggi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besaran potensi atau kebutuhan; kosong bila belum diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksternalitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokasi, pengguna, atau manfaat/dampak layanan melintasi batas daerah (UU 23/2014 Pasal 13). Mengubahnya di tabel mengisi ketiga kriteria sekaligus; rinciannya ada di Inspektur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efisiensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layanan lebih efisien bila dikelola bersama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat daerah yang mengisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokasi melintasi batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lokasi layanan berada di lintas daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna melintasi batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna layanan berasal dari lintas daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manfaat/dampak melintasi batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manfaat atau dampak negatif layanan dirasakan lintas daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti eksternalitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti efisiensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat daerah pengusul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengadaan, swakelola dan urusan internal bukan kerja sama daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daerah mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode wilayah calon mitra, dipisah koma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitra lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pihak ketiga, kementerian/lembaga atau mitra luar negeri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bentuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bentuk dokumen yang dituju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perkiraan biaya (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dalam APBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendanaannya sudah tersedia dalam APBD tahun berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membebani masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerja sama membebani masyarakat (perlu persetujuan DPRD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daerah pengusul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asal saran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saran mesin yang dijadikan usulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan atau addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para pihak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahapan kerja sama menurut Permendagri 22/2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat daerah pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruang lingkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendanaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ksd::KsdStore</name>
    <message>
        <source>Nilai &quot;%1&quot; pada kolom %2 tidak dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabel %1, baris %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas berisi trigger atau view (&quot;%1&quot;) yang tidak pernah dibuat PetaKSD. Berkas ditolak demi keamanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas berisi objek basis data yang tidak dikenal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel atau indeks %1 tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Susunan kolom tabel %1 tidak sesuai format PetaKSD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel %1 tidak dapat dibaca: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identitas proyek (project_id) tidak ada atau rusak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan: &quot;%1&quot; adalah sebuah folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat menulis di folder &quot;%1&quot;: %2. Data tetap ada di aplikasi; simpan ke folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyimpanan gagal: %1. Berkas lama tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data tidak dapat dipastikan tertulis ke disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini sebuah folder, bukan berkas proyek PetaKSD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas kosong (0 byte), bukan proyek PetaKSD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini bukan berkas proyek PetaKSD: isinya bukan basis data SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas rusak: terpotong di bagian kepala berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini bukan berkas proyek PetaKSD: basis data SQLite milik aplikasi lain (application_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas dibuat oleh versi PetaKSD yang lebih baru (format versi %1). Versi ini hanya membaca sampai format versi %2. Perbarui PetaKSD untuk membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format versi %1 tidak dikenal; versi tertua yang dapat dibuka adalah %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas rusak: terpotong (%1 byte dari %2 byte yang seharusnya).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibuka: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas rusak: pemeriksaan integritas SQLite gagal (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak dapat disalin ke memori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas versi lama tidak dapat dicadangkan ke &quot;%1&quot; sebelum diperbarui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas versi %1 tidak dapat diperbarui: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ksd::MainWindow</name>
    <message>
        <source>Belum ada proyek yang dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PetaKSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 isian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – PetaKSD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ksd::RefData</name>
    <message>
        <source>Baris data wilayah tidak lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris data batas wilayah tidak lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris data urusan tidak lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode wilayah &quot;%1&quot; tidak berbentuk PP (provinsi) atau PP.KK (kabupaten/kota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode wilayah &quot;%1&quot; tidak ada dalam Kepmendagri 300.2.2-2430/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode urusan &quot;%1&quot; tidak dikenal (contoh kode yang benar: 1.01 Pendidikan, 2.11 Lingkungan Hidup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode dan nama wilayah: Kepmendagri 300.2.2-2430/2025. Batas wilayah: Badan Informasi Geospasial (BIG), melalui cahyadsn/wilayah dan cahyadsn/wilayah_boundaries (MIT, © Cahya DSN).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ksd::Types</name>
    <message>
        <source>Kesesuaian tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketepatan waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontribusi mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordinasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dampak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelengkapan dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelaporan berkala</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ksd::cli</name>
    <message>
        <source>PetaKSD %1: pemetaan Kerja Sama Daerah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penggunaan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membuka jendela aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode keluar: 0 berhasil, 1 masukan ditolak, 2 argumen atau berkas tidak valid, 3 penggabungan berhenti karena konflik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perintah tidak dikenal: %1 (lihat petaksd --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sudah ada; pilih nama lain agar berkas itu tidak tertimpa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penggunaan: petaksd new FILE.ksd --region KODE [--title JUDUL] [--year TAHUN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tahun &quot;%1&quot; tidak valid (harus 2000–2100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemetaan KSD %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proyek baru dibuat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penggunaan: petaksd demo FILE.ksd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proyek contoh dibuat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penggunaan: petaksd check FILE.ksd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: versi %1 (application_id 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diperbarui ke format versi %1; berkas asli dicadangkan di %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daerah pemilik: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kode tidak dikenal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahun: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilayah dalam cakupan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salinan untuk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+%1 dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isian (potensi/kebutuhan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membuat proyek baru untuk daerah KODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menulis proyek contoh &quot;Pemetaan KSD Kabupaten Banjar 2024&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memeriksa berkas .ksd dan meringkas isinya (keluar 2 bila ditolak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lewat %1 hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berakhir hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hari lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berakhir %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekapitulasi kerja sama daerah per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen kerja sama menurut jenis dan mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usulan kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah usulan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD: %1 (%2 dari seluruh usulan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria: %1 (pengadaan %2, swakelola %3, internal %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahapan kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah dicapai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berakhir dalam 90 hari (3 bulan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berakhir dalam 180 hari (6 bulan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah melewati tanggal berakhir tetapi masih berstatus aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monev: %1 catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rata-rata nilai %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penggunaan: petaksd stats FILE.ksd [--json] [--today YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanggal --today &quot;%1&quot; tidak valid (gunakan YYYY-MM-DD, misalnya 2021-09-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menghitung rekap register kerja sama, usulan, tahapan dan masa berlaku (tabel atau JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ksd::cli::Args</name>
    <message>
        <source>opsi --%1 memerlukan nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opsi tidak dikenal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opsi -o memerlukan nama berkas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
