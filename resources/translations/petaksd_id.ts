<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
<context>
    <name>ksd::AboutDialog</name>
    <message>
        <source>Tentang PetaKSD</source>
        <translation>Tentang PetaKSD</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PetaKSD %1&lt;/h2&gt;&lt;p&gt;Pemetaan Kerja Sama Daerah: potensi, kebutuhan, saran mitra KSDD menurut PP 28/2018, usulan, kerja sama dan monev menurut Permendagri 22/2020.&lt;/p&gt;&lt;p&gt;Format berkas .ksd versi %2. Lisensi perangkat lunak: Apache-2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PetaKSD %1&lt;/h2&gt;&lt;p&gt;Pemetaan Kerja Sama Daerah: potensi, kebutuhan, saran mitra KSDD menurut PP 28/2018, usulan, kerja sama dan monev menurut Permendagri 22/2020.&lt;/p&gt;&lt;p&gt;Format berkas .ksd versi %2. Lisensi perangkat lunak: Apache-2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data rujukan wilayah&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Data rujukan wilayah&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lisensi data</source>
        <translation>Lisensi data</translation>
    </message>
    <message>
        <source>Asal-usul data</source>
        <translation>Asal-usul data</translation>
    </message>
</context>
<context>
    <name>ksd::AgreementEditor</name>
    <message>
        <source>Daerah</source>
        <translation>Daerah</translation>
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
        <source>Pemda luar negeri</source>
        <translation>Pemda luar negeri</translation>
    </message>
    <message>
        <source>Lembaga luar negeri</source>
        <translation>Lembaga luar negeri</translation>
    </message>
    <message>
        <source>Surat penawaran</source>
        <translation>Surat penawaran</translation>
    </message>
    <message>
        <source>Kerangka acuan kerja (KAK)</source>
        <translation>Kerangka acuan kerja (KAK)</translation>
    </message>
    <message>
        <source>Studi kelayakan</source>
        <translation>Studi kelayakan</translation>
    </message>
    <message>
        <source>Kesepakatan bersama (KB)</source>
        <translation>Kesepakatan bersama (KB)</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama (PKS)</source>
        <translation>Perjanjian kerja sama (PKS)</translation>
    </message>
    <message>
        <source>Nota kesepakatan</source>
        <translation>Nota kesepakatan</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Persetujuan DPRD</source>
        <translation>Persetujuan DPRD</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Berita acara monev</source>
        <translation>Berita acara monev</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>&amp;Judul:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Kategori:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Jenis &amp;dokumen:</source>
        <translation>Jenis &amp;dokumen:</translation>
    </message>
    <message>
        <source>&amp;Urusan:</source>
        <translation>&amp;Urusan:</translation>
    </message>
    <message>
        <source>&amp;Objek:</source>
        <translation>&amp;Objek:</translation>
    </message>
    <message>
        <source>&amp;Ruang lingkup:</source>
        <translation>&amp;Ruang lingkup:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Perangkat daerah pelaksana:</source>
        <translation>&amp;Perangkat daerah pelaksana:</translation>
    </message>
    <message>
        <source>Sumber &amp;pendanaan:</source>
        <translation>Sumber &amp;pendanaan:</translation>
    </message>
    <message>
        <source>Rp</source>
        <translation>Rp</translation>
    </message>
    <message>
        <source>&amp;Nilai:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <source>Pihak pertama biasanya daerah sendiri. Nomor dokumen diisi per pihak (setiap pihak memberi nomor sendiri); nomor yang sama dari pihak yang sama pada kerja sama lain ditolak.</source>
        <translation>Pihak pertama biasanya daerah sendiri. Nomor dokumen diisi per pihak (setiap pihak memberi nomor sendiri); nomor yang sama dari pihak yang sama pada kerja sama lain ditolak.</translation>
    </message>
    <message>
        <source>Tanggal &amp;tanda tangan:</source>
        <translation>Tanggal &amp;tanda tangan:</translation>
    </message>
    <message>
        <source>&amp;Mulai berlaku:</source>
        <translation>&amp;Mulai berlaku:</translation>
    </message>
    <message>
        <source>&amp;Berakhir:</source>
        <translation>&amp;Berakhir:</translation>
    </message>
    <message>
        <source>Ta&amp;hap berikutnya:</source>
        <translation>Ta&amp;hap berikutnya:</translation>
    </message>
    <message>
        <source>tanggal</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>Lampirkan dokumen</source>
        <translation>Lampirkan dokumen</translation>
    </message>
    <message>
        <source>Dokumen (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png);;Semua berkas (*)</source>
        <translation>Dokumen (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Boleh dikosongkan: nama daerah diambil dari data rujukan</source>
        <translation>Boleh dikosongkan: nama daerah diambil dari data rujukan</translation>
    </message>
    <message>
        <source>Nama lengkap pihak, mis. PT Tirta Galuh atau Badan Pusat Statistik</source>
        <translation>Nama lengkap pihak, mis. PT Tirta Galuh atau Badan Pusat Statistik</translation>
    </message>
    <message>
        <source>Nilai &quot;%1&quot; bukan angka. Tulis misalnya 1.500.000.000.</source>
        <translation>Nilai &quot;%1&quot; bukan angka. Tulis misalnya 1.500.000.000.</translation>
    </message>
    <message>
        <source>✔ Tidak ada masalah yang ditemukan.</source>
        <translation>✔ Tidak ada masalah yang ditemukan.</translation>
    </message>
    <message numerus="yes">
        <source>%n masalah harus diperbaiki sebelum disimpan (klik untuk menuju isian):</source>
        <translation>
            <numerusform>%n masalah harus diperbaiki sebelum disimpan (klik untuk menuju isian):</numerusform>
        </translation>
    </message>
    <message>
        <source>Peringatan (boleh disimpan):</source>
        <translation>Peringatan (boleh disimpan):</translation>
    </message>
    <message>
        <source>Perbaiki dulu masalah yang ditandai merah</source>
        <translation>Perbaiki dulu masalah yang ditandai merah</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; dicatat pada %2.</source>
        <translation>Tahap &quot;%1&quot; dicatat pada %2.</translation>
    </message>
    <message>
        <source>Tahap ditetapkan langsung ke &quot;%1&quot; (data lama).</source>
        <translation>Tahap ditetapkan langsung ke &quot;%1&quot; (data lama).</translation>
    </message>
    <message>
        <source>Tahap saat ini: %1</source>
        <translation>Tahap saat ini: %1</translation>
    </message>
    <message>
        <source>%1 (tidak dapat langsung)</source>
        <translation>%1 (tidak dapat langsung)</translation>
    </message>
    <message>
        <source>Kerja sama yang berakhir atau dihentikan tidak berpindah tahap</source>
        <translation>Kerja sama yang berakhir atau dihentikan tidak berpindah tahap</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) dilampirkan; tersimpan bersama kerja sama saat Simpan.</source>
        <translation>&quot;%1&quot; (%2) dilampirkan; tersimpan bersama kerja sama saat Simpan.</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Dokumen (%1)</source>
        <translation>Dokumen (%1)</translation>
    </message>
    <message>
        <source>Simpan lampiran ke berkas</source>
        <translation>Simpan lampiran ke berkas</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat ditulis ke %1: %2</source>
        <translation>Lampiran tidak dapat ditulis ke %1: %2</translation>
    </message>
    <message>
        <source>Disimpan ke %1.</source>
        <translation>Disimpan ke %1.</translation>
    </message>
    <message>
        <source>Belum ada catatan monev untuk kerja sama ini.</source>
        <translation>Belum ada catatan monev untuk kerja sama ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n catatan monev; rata-rata nilai %1; rekomendasi terakhir: %2.</source>
        <translation>
            <numerusform>%n catatan monev; rata-rata nilai %1; rekomendasi terakhir: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Monev (%1)</source>
        <translation>Monev (%1)</translation>
    </message>
    <message>
        <source>Kerja sama: %1</source>
        <translation>Kerja sama: %1</translation>
    </message>
    <message>
        <source>Kerja sama baru</source>
        <translation>Kerja sama baru</translation>
    </message>
    <message>
        <source>Jadikan kerja sama: %1</source>
        <translation>Jadikan kerja sama: %1</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Para pihak</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <source>Tanggal dan tahap</source>
        <translation>Tanggal dan tahap</translation>
    </message>
    <message>
        <source>mis. Pengelolaan sampah regional</source>
        <translation>mis. Pengelolaan sampah regional</translation>
    </message>
    <message>
        <source>Objek kerja sama</source>
        <translation>Objek kerja sama</translation>
    </message>
    <message>
        <source>Ruang lingkup: kegiatan yang disepakati</source>
        <translation>Ruang lingkup: kegiatan yang disepakati</translation>
    </message>
    <message>
        <source>mis. 1.500.000.000; kosong = tanpa nilai</source>
        <translation>mis. 1.500.000.000; kosong = tanpa nilai</translation>
    </message>
    <message>
        <source>Dari usulan: %1</source>
        <translation>Dari usulan: %1</translation>
    </message>
    <message>
        <source>Jenis pihak</source>
        <translation>Jenis pihak</translation>
    </message>
    <message>
        <source>Nama / nama lain</source>
        <translation>Nama / nama lain</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Nomor dokumen</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Tambah daerah</source>
        <translation>Tambah daerah</translation>
    </message>
    <message>
        <source>Tambah pihak lain</source>
        <translation>Tambah pihak lain</translation>
    </message>
    <message>
        <source>Hapus pihak</source>
        <translation>Hapus pihak</translation>
    </message>
    <message>
        <source>Tahapan (Permendagri 22/2020)</source>
        <translation>Tahapan (Permendagri 22/2020)</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Naikkan tahap</source>
        <translation>Naikkan tahap</translation>
    </message>
    <message>
        <source>Tetapkan langsung (data lama)</source>
        <translation>Tetapkan langsung (data lama)</translation>
    </message>
    <message>
        <source>Untuk kerja sama lama yang dicatat belakangan: tahap yang dipilih menjadi tahap saat ini tanpa melalui tahap-tahap sebelumnya</source>
        <translation>Untuk kerja sama lama yang dicatat belakangan: tahap yang dipilih menjadi tahap saat ini tanpa melalui tahap-tahap sebelumnya</translation>
    </message>
    <message>
        <source>Batalkan tahap terakhir</source>
        <translation>Batalkan tahap terakhir</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Nama berkas</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Tambah berkas…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Simpan ke berkas…</source>
        <translation>Simpan ke berkas…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Dokumen disimpan di dalam berkas .ksd (paling besar %1 per dokumen).</source>
        <translation>Dokumen disimpan di dalam berkas .ksd (paling besar %1 per dokumen).</translation>
    </message>
    <message>
        <source>Penilai</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Kendala</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Tambah catatan…</source>
        <translation>Tambah catatan…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Jadikan kerja sama</source>
        <translation>Jadikan kerja sama</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>tahap saat ini</source>
        <translation>tahap saat ini</translation>
    </message>
    <message>
        <source>sudah dicapai</source>
        <translation>sudah dicapai</translation>
    </message>
    <message>
        <source>dilewati</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Tanggal dicapai</source>
        <translation>Tanggal dicapai</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>mis. APBD %1, CSR mitra</source>
        <translation>mis. APBD %1, CSR mitra</translation>
    </message>
    <message>
        <source>mis. APBD, CSR mitra</source>
        <translation>mis. APBD, CSR mitra</translation>
    </message>
    <message>
        <source>Buka lampiran</source>
        <translation>Buka lampiran</translation>
    </message>
    <message>
        <source>Buka lampiran &quot;%1&quot; dengan aplikasi bawaan?

Jenis: %2
Dibuka sebagai: %3</source>
        <translation>Buka lampiran &quot;%1&quot; dengan aplikasi bawaan?

Jenis: %2
Dibuka sebagai: %3</translation>
    </message>
    <message>
        <source>Folder sementara untuk membuka lampiran tidak dapat dibuat.</source>
        <translation>Folder sementara untuk membuka lampiran tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>KB yang &amp;diacu:</source>
        <translation>KB yang &amp;diacu:</translation>
    </message>
    <message>
        <source>Dasar pengecualian &amp;jangka waktu:</source>
        <translation>Dasar pengecualian &amp;jangka waktu:</translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>Tahap saat ini: %1 (di luar prosedur %2)</source>
        <translation>Tahap saat ini: %1 (di luar prosedur %2)</translation>
    </message>
    <message>
        <source>bila diperlukan</source>
        <translation>bila diperlukan</translation>
    </message>
    <message>
        <source>boleh dilewati</source>
        <translation>boleh dilewati</translation>
    </message>
    <message>
        <source>(tidak disebut)</source>
        <translation>(tidak disebut)</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Keutuhan</source>
        <translation>Keutuhan</translation>
    </message>
    <message>
        <source>Naskah asli</source>
        <translation>Naskah asli</translation>
    </message>
    <message>
        <source>Versi berkas yang akan ditambahkan</source>
        <translation>Versi berkas yang akan ditambahkan</translation>
    </message>
    <message>
        <source>Versi:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <source>Naskah asli dipegang oleh:</source>
        <translation>Naskah asli dipegang oleh:</translation>
    </message>
    <message>
        <source>Lokasi (lemari/nomor arsip):</source>
        <translation>Lokasi (lemari/nomor arsip):</translation>
    </message>
    <message>
        <source>misalnya Bagian Kerja Sama</source>
        <translation>misalnya Bagian Kerja Sama</translation>
    </message>
    <message>
        <source>misalnya Lemari A-2, arsip 17/2024</source>
        <translation>misalnya Lemari A-2, arsip 17/2024</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Isi berkas tidak lagi cocok dengan SHA-256 yang dicatat saat dilampirkan.</source>
        <translation>Isi berkas tidak lagi cocok dengan SHA-256 yang dicatat saat dilampirkan.</translation>
    </message>
    <message>
        <source>Isi berkas tidak ada di salinan ini.</source>
        <translation>Isi berkas tidak ada di salinan ini.</translation>
    </message>
    <message>
        <source>Melampirkan &quot;%1&quot;…</source>
        <translation>Melampirkan &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat dibaca.</source>
        <translation>Lampiran tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>ksd::AgreementPhase</name>
    <message>
        <source>Dalam proses</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <source>Belum berlaku</source>
        <translation>Belum berlaku</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Diperpanjang</source>
        <translation>Diperpanjang</translation>
    </message>
    <message>
        <source>Lewat masa berlaku</source>
        <translation>Lewat masa berlaku</translation>
    </message>
    <message>
        <source>Sudah berakhir</source>
        <translation>Sudah berakhir</translation>
    </message>
    <message>
        <source>Dihentikan</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>belum mempunyai tanggal mulai berlaku: masih dalam persiapan, penawaran, penyusunan atau menunggu penandatanganan.</source>
        <translation>belum mempunyai tanggal mulai berlaku: masih dalam persiapan, penawaran, penyusunan atau menunggu penandatanganan.</translation>
    </message>
    <message>
        <source>sudah ditandatangani, tetapi tanggal mulai berlakunya belum tiba.</source>
        <translation>sudah ditandatangani, tetapi tanggal mulai berlakunya belum tiba.</translation>
    </message>
    <message>
        <source>sudah mulai berlaku dan belum melewati tanggal berakhirnya.</source>
        <translation>sudah mulai berlaku dan belum melewati tanggal berakhirnya.</translation>
    </message>
    <message>
        <source>berlaku karena telah diperpanjang melalui prosedur kerja sama yang baru.</source>
        <translation>berlaku karena telah diperpanjang melalui prosedur kerja sama yang baru.</translation>
    </message>
    <message>
        <source>tanggal berakhirnya sudah lewat, tetapi statusnya belum dimutakhirkan menjadi berakhir atau diperpanjang.</source>
        <translation>tanggal berakhirnya sudah lewat, tetapi statusnya belum dimutakhirkan menjadi berakhir atau diperpanjang.</translation>
    </message>
    <message>
        <source>masa berlakunya sudah selesai.</source>
        <translation>masa berlakunya sudah selesai.</translation>
    </message>
    <message>
        <source>diakhiri sebelum tanggal berakhirnya.</source>
        <translation>diakhiri sebelum tanggal berakhirnya.</translation>
    </message>
</context>
<context>
    <name>ksd::AgreementsModel</name>
    <message numerus="yes">
        <source>Sudah lewat %n hari dari tanggal berakhir</source>
        <translation>
            <numerusform>Sudah lewat %n hari dari tanggal berakhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Berakhir dalam %n hari</source>
        <translation>
            <numerusform>Berakhir dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Keadaan kerja sama pada hari ini menurut tanggal dan statusnya, seperti dalam laporan dan rekap: dalam proses, belum berlaku, aktif, diperpanjang, lewat masa berlaku, sudah berakhir atau dihentikan. Tidak diisi langsung: ubah tanggal atau status.</source>
        <translation>Keadaan kerja sama pada hari ini menurut tanggal dan statusnya, seperti dalam laporan dan rekap: dalam proses, belum berlaku, aktif, diperpanjang, lewat masa berlaku, sudah berakhir atau dihentikan. Tidak diisi langsung: ubah tanggal atau status.</translation>
    </message>
</context>
<context>
    <name>ksd::AgreementsPage</name>
    <message numerus="yes">
        <source>%n kerja sama</source>
        <translation>
            <numerusform>%n kerja sama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dari %n kerja sama</source>
        <translation>
            <numerusform>%1 dari %n kerja sama</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah kerja sama</source>
        <translation>Tambah kerja sama</translation>
    </message>
    <message>
        <source>Catat kesepakatan bersama, PKS atau nota kesepakatan (juga yang lama)</source>
        <translation>Catat kesepakatan bersama, PKS atau nota kesepakatan (juga yang lama)</translation>
    </message>
    <message>
        <source>Tabel kerja sama</source>
        <translation>Tabel kerja sama</translation>
    </message>
</context>
<context>
    <name>ksd::AttachmentText</name>
    <message>
        <source>jenis tidak dikenal (%1)</source>
        <translation>jenis tidak dikenal (%1)</translation>
    </message>
    <message>
        <source>Lampiran &quot;%1&quot; (%2) adalah program atau skrip yang dapat berjalan bila dibuka; lampiran ini tidak dibuka. Simpan ke berkas bila perlu memeriksanya.</source>
        <translation>Lampiran &quot;%1&quot; (%2) adalah program atau skrip yang dapat berjalan bila dibuka; lampiran ini tidak dibuka. Simpan ke berkas bila perlu memeriksanya.</translation>
    </message>
    <message>
        <source>Jenis lampiran &quot;%1&quot; (%2) tidak dikenal sebagai dokumen atau gambar; lampiran ini tidak dibuka. Simpan ke berkas bila perlu membukanya.</source>
        <translation>Jenis lampiran &quot;%1&quot; (%2) tidak dikenal sebagai dokumen atau gambar; lampiran ini tidak dibuka. Simpan ke berkas bila perlu membukanya.</translation>
    </message>
</context>
<context>
    <name>ksd::AuthorityTable</name>
    <message>
        <source>terbagi antartingkat pemerintahan</source>
        <translation>terbagi antartingkat pemerintahan</translation>
    </message>
    <message>
        <source>kabupaten/kota</source>
        <translation>kabupaten/kota</translation>
    </message>
    <message>
        <source>provinsi</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <source>Pemerintah Pusat</source>
        <translation>Pemerintah Pusat</translation>
    </message>
    <message>
        <source>Tabel kewenangan kosong.</source>
        <translation>Tabel kewenangan kosong.</translation>
    </message>
    <message>
        <source>Baris tabel kewenangan tidak lengkap.</source>
        <translation>Baris tabel kewenangan tidak lengkap.</translation>
    </message>
    <message>
        <source>Tingkat kewenangan &quot;%1&quot; tidak dikenal (kabupaten_kota, provinsi, pusat, terbagi).</source>
        <translation>Tingkat kewenangan &quot;%1&quot; tidak dikenal (kabupaten_kota, provinsi, pusat, terbagi).</translation>
    </message>
    <message>
        <source>UU 23/2014 Pasal 13 (ditetapkan dalam pengaturan proyek)</source>
        <translation>UU 23/2014 Pasal 13 (ditetapkan dalam pengaturan proyek)</translation>
    </message>
    <message>
        <source>Tabel kewenangan harus berkepala %1 (dengan %2 bila ada teks Inggris).</source>
        <translation>Tabel kewenangan harus berkepala %1 (dengan %2 bila ada teks Inggris).</translation>
    </message>
</context>
<context>
    <name>ksd::AutosaveManager</name>
    <message>
        <source>Menyimpan salinan pemulihan…</source>
        <translation>Menyimpan salinan pemulihan…</translation>
    </message>
</context>
<context>
    <name>ksd::Commands</name>
    <message>
        <source>Ubah isian: %1</source>
        <translation>Ubah isian: %1</translation>
    </message>
    <message>
        <source>Ubah usulan: %1</source>
        <translation>Ubah usulan: %1</translation>
    </message>
    <message>
        <source>Ubah kerja sama: %1</source>
        <translation>Ubah kerja sama: %1</translation>
    </message>
    <message>
        <source>Tambah isian</source>
        <translation>Tambah isian</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n isian dari %1</source>
        <translation>
            <numerusform>Impor %n isian dari %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hapus %n isian</source>
        <translation>
            <numerusform>Hapus %n isian</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah usulan</source>
        <translation>Tambah usulan</translation>
    </message>
    <message numerus="yes">
        <source>Hapus %n usulan</source>
        <translation>
            <numerusform>Hapus %n usulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah kerja sama</source>
        <translation>Tambah kerja sama</translation>
    </message>
    <message numerus="yes">
        <source>Hapus %n kerja sama</source>
        <translation>
            <numerusform>Hapus %n kerja sama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tambah %n wilayah ke cakupan</source>
        <translation>
            <numerusform>Tambah %n wilayah ke cakupan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keluarkan %n wilayah dari cakupan</source>
        <translation>
            <numerusform>Keluarkan %n wilayah dari cakupan</numerusform>
        </translation>
    </message>
    <message>
        <source>Ubah data proyek</source>
        <translation>Ubah data proyek</translation>
    </message>
    <message>
        <source>Jadikan usulan: %1</source>
        <translation>Jadikan usulan: %1</translation>
    </message>
    <message>
        <source>Ubah usulan &quot;%1&quot;</source>
        <translation>Ubah usulan &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n usulan dari %1</source>
        <translation>
            <numerusform>Impor %n usulan dari %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ubah kerja sama &quot;%1&quot;</source>
        <translation>Ubah kerja sama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Jadikan kerja sama: %1</source>
        <translation>Jadikan kerja sama: %1</translation>
    </message>
    <message>
        <source>Kerja sama tidak ditemukan.</source>
        <translation>Kerja sama tidak ditemukan.</translation>
    </message>
    <message>
        <source>Naikkan tahap &quot;%1&quot; ke %2</source>
        <translation>Naikkan tahap &quot;%1&quot; ke %2</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n kerja sama dari %1</source>
        <translation>
            <numerusform>Impor %n kerja sama dari %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah catatan monev</source>
        <translation>Tambah catatan monev</translation>
    </message>
    <message>
        <source>Ubah catatan monev</source>
        <translation>Ubah catatan monev</translation>
    </message>
    <message numerus="yes">
        <source>Hapus %n catatan monev</source>
        <translation>
            <numerusform>Hapus %n catatan monev</numerusform>
        </translation>
    </message>
    <message>
        <source>Lampirkan %1</source>
        <translation>Lampirkan %1</translation>
    </message>
    <message numerus="yes">
        <source>Hapus %n lampiran</source>
        <translation>
            <numerusform>Hapus %n lampiran</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah kerja sama &quot;%1&quot;</source>
        <translation>Tambah kerja sama &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Lampirkan %n dokumen</source>
        <translation>
            <numerusform>Lampirkan %n dokumen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tambah %n catatan monev</source>
        <translation>
            <numerusform>Tambah %n catatan monev</numerusform>
        </translation>
    </message>
    <message>
        <source>Catat penawaran masuk</source>
        <translation>Catat penawaran masuk</translation>
    </message>
    <message>
        <source>Ubah penawaran masuk</source>
        <translation>Ubah penawaran masuk</translation>
    </message>
    <message>
        <source>Penawaran tidak ditemukan.</source>
        <translation>Penawaran tidak ditemukan.</translation>
    </message>
    <message>
        <source>Terima penawaran &quot;%1&quot; menjadi usulan</source>
        <translation>Terima penawaran &quot;%1&quot; menjadi usulan</translation>
    </message>
    <message>
        <source>Tolak penawaran &quot;%1&quot;</source>
        <translation>Tolak penawaran &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Hapus penawaran masuk</source>
        <translation>Hapus penawaran masuk</translation>
    </message>
    <message>
        <source>Kerja sama &quot;%1&quot; sudah dihentikan; buat kerja sama baru.</source>
        <translation>Kerja sama &quot;%1&quot; sudah dihentikan; buat kerja sama baru.</translation>
    </message>
    <message>
        <source>Perpanjang kerja sama &quot;%1&quot;</source>
        <translation>Perpanjang kerja sama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Akhiri kerja sama lama</source>
        <translation>Akhiri kerja sama lama</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n penawaran masuk dari %1</source>
        <translation>
            <numerusform>Impor %n penawaran masuk dari %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ubah keterangan dokumen &quot;%1&quot;</source>
        <translation>Ubah keterangan dokumen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ksd::CopyBanner</name>
    <message>
        <source>Perubahan yang Anda buat di sini dicatat atas nama %1. Setelah selesai, simpan berkas ini dan kirim kembali kepada koordinator untuk digabungkan.</source>
        <translation>Perubahan yang Anda buat di sini dicatat atas nama %1. Setelah selesai, simpan berkas ini dan kirim kembali kepada koordinator untuk digabungkan.</translation>
    </message>
</context>
<context>
    <name>ksd::CsvExport</name>
    <message>
        <source>Saran tidak dapat ditulis: %1</source>
        <translation>Saran tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>ksd::CsvImport</name>
    <message>
        <source>Berkas CSV tidak dapat ditulis: %1</source>
        <translation>Berkas CSV tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <source>Jenis (potensi/kebutuhan)</source>
        <translation>Jenis (potensi/kebutuhan)</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Prioritas (1–5)</source>
        <translation>Prioritas (1–5)</translation>
    </message>
    <message>
        <source>Besaran</source>
        <translation>Besaran</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Eksternalitas (ya/tidak/belum diketahui)</source>
        <translation>Eksternalitas (ya/tidak/belum diketahui)</translation>
    </message>
    <message>
        <source>Bukti eksternalitas</source>
        <translation>Bukti eksternalitas</translation>
    </message>
    <message>
        <source>Efisiensi (ya/tidak/belum diketahui)</source>
        <translation>Efisiensi (ya/tidak/belum diketahui)</translation>
    </message>
    <message>
        <source>Bukti efisiensi</source>
        <translation>Bukti efisiensi</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Eksternalitas: lokasi</source>
        <translation>Eksternalitas: lokasi</translation>
    </message>
    <message>
        <source>Eksternalitas: pengguna</source>
        <translation>Eksternalitas: pengguna</translation>
    </message>
    <message>
        <source>Eksternalitas: manfaat/dampak</source>
        <translation>Eksternalitas: manfaat/dampak</translation>
    </message>
    <message>
        <source>Jenis kegiatan (kerja_sama/pengadaan/swakelola/internal)</source>
        <translation>Jenis kegiatan (kerja_sama/pengadaan/swakelola/internal)</translation>
    </message>
    <message>
        <source>Jenis mitra (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln)</source>
        <translation>Jenis mitra (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln)</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Kode wilayah mitra</source>
        <translation>Kode wilayah mitra</translation>
    </message>
    <message>
        <source>Bentuk (KB/PKS/NK)</source>
        <translation>Bentuk (KB/PKS/NK)</translation>
    </message>
    <message>
        <source>Perkiraan biaya</source>
        <translation>Perkiraan biaya</translation>
    </message>
    <message>
        <source>Dalam APBD (ya/tidak)</source>
        <translation>Dalam APBD (ya/tidak)</translation>
    </message>
    <message>
        <source>Membebani masyarakat (ya/tidak)</source>
        <translation>Membebani masyarakat (ya/tidak)</translation>
    </message>
    <message>
        <source>Jenis dokumen (KB/PKS/NK/ADDENDUM)</source>
        <translation>Jenis dokumen (KB/PKS/NK/ADDENDUM)</translation>
    </message>
    <message>
        <source>Kategori (KSDD/KSDPK/SINERGI/KSDPL/KSDLL)</source>
        <translation>Kategori (KSDD/KSDPK/SINERGI/KSDPL/KSDLL)</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Tanggal tanda tangan</source>
        <translation>Tanggal tanda tangan</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Tanggal berakhir</source>
        <translation>Tanggal berakhir</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Status (aktif/berakhir/diperpanjang/dihentikan)</source>
        <translation>Status (aktif/berakhir/diperpanjang/dihentikan)</translation>
    </message>
    <message>
        <source>Perangkat daerah pelaksana</source>
        <translation>Perangkat daerah pelaksana</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Tanda kutip (&quot;) yang dibuka pada baris %1 tidak pernah ditutup; periksa sel yang berisi tanda kutip.</source>
        <translation>Tanda kutip (&quot;) yang dibuka pada baris %1 tidak pernah ditutup; periksa sel yang berisi tanda kutip.</translation>
    </message>
    <message>
        <source>baris %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>Berkas CSV kosong: baris nama kolom tidak ditemukan.</source>
        <translation>Berkas CSV kosong: baris nama kolom tidak ditemukan.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>Berkas tidak ditemukan.</translation>
    </message>
    <message>
        <source>Bukan berkas biasa.</source>
        <translation>Bukan berkas biasa.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar (lebih dari 200 MB) untuk diimpor.</source>
        <translation>Berkas terlalu besar (lebih dari 200 MB) untuk diimpor.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>baris %1, kolom %2, nilai &apos;%3&apos;: %4</source>
        <translation>baris %1, kolom %2, nilai &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>pemetaan kolom tidak sesuai dengan baris nama kolom (%1 kolom dipetakan, berkas memiliki %2)</source>
        <translation>pemetaan kolom tidak sesuai dengan baris nama kolom (%1 kolom dipetakan, berkas memiliki %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; bukan kolom yang dikenal untuk impor ini</source>
        <translation>&quot;%1&quot; bukan kolom yang dikenal untuk impor ini</translation>
    </message>
    <message>
        <source>kolom ini dan kolom &quot;%1&quot; sama-sama dipetakan ke &quot;%2&quot;</source>
        <translation>kolom ini dan kolom &quot;%1&quot; sama-sama dipetakan ke &quot;%2&quot;</translation>
    </message>
    <message>
        <source>kolom wajib &quot;%1&quot; tidak ada di baris nama kolom</source>
        <translation>kolom wajib &quot;%1&quot; tidak ada di baris nama kolom</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>kolom</translation>
    </message>
    <message>
        <source>nilai</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>alasan</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>Daftar kesalahan tidak dapat ditulis: %1</source>
        <translation>Daftar kesalahan tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>(kolom %1 tanpa nama)</source>
        <translation>(kolom %1 tanpa nama)</translation>
    </message>
    <message>
        <source>sel berisi nilai di luar kolom yang bernama; periksa pemisah kolom atau tanda kutip</source>
        <translation>sel berisi nilai di luar kolom yang bernama; periksa pemisah kolom atau tanda kutip</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>bukan angka (tulis misalnya 1250,5 atau 1.250,5)</source>
        <translation>bukan angka (tulis misalnya 1250,5 atau 1.250,5)</translation>
    </message>
    <message>
        <source>tidak boleh negatif</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <source>harus bilangan bulat %1–%2</source>
        <translation>harus bilangan bulat %1–%2</translation>
    </message>
    <message>
        <source>kode wilayah tidak dikenal (contoh kode yang benar: 63.03 untuk kabupaten/kota, 63 untuk provinsi)</source>
        <translation>kode wilayah tidak dikenal (contoh kode yang benar: 63.03 untuk kabupaten/kota, 63 untuk provinsi)</translation>
    </message>
    <message>
        <source>urusan tidak dikenal (tulis kodenya, misalnya 2.11, atau nama lengkapnya)</source>
        <translation>urusan tidak dikenal (tulis kodenya, misalnya 2.11, atau nama lengkapnya)</translation>
    </message>
    <message>
        <source>tanggal tidak valid (tulis dd/mm/yyyy atau yyyy-mm-dd, misalnya 13/06/2024)</source>
        <translation>tanggal tidak valid (tulis dd/mm/yyyy atau yyyy-mm-dd, misalnya 13/06/2024)</translation>
    </message>
    <message>
        <source>harus ya, tidak atau belum_diketahui</source>
        <translation>harus ya, tidak atau belum_diketahui</translation>
    </message>
    <message>
        <source>tidak sesuai dengan rincian eksternalitas (lokasi, pengguna, manfaat/dampak), yang menghasilkan &apos;%1&apos;</source>
        <translation>tidak sesuai dengan rincian eksternalitas (lokasi, pengguna, manfaat/dampak), yang menghasilkan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>harus potensi atau kebutuhan</source>
        <translation>harus potensi atau kebutuhan</translation>
    </message>
    <message>
        <source>harus ya atau tidak</source>
        <translation>harus ya atau tidak</translation>
    </message>
    <message>
        <source>harus kerja_sama, pengadaan, swakelola atau internal</source>
        <translation>harus kerja_sama, pengadaan, swakelola atau internal</translation>
    </message>
    <message>
        <source>harus daerah, pihak_ketiga, kl, pemda_ln atau lembaga_ln</source>
        <translation>harus daerah, pihak_ketiga, kl, pemda_ln atau lembaga_ln</translation>
    </message>
    <message>
        <source>harus KB, PKS atau NK</source>
        <translation>harus KB, PKS atau NK</translation>
    </message>
    <message>
        <source>bentuk usulan harus KB, PKS atau NK (addendum mengubah dokumen yang sudah ada)</source>
        <translation>bentuk usulan harus KB, PKS atau NK (addendum mengubah dokumen yang sudah ada)</translation>
    </message>
    <message>
        <source>harus KB, PKS, NK atau ADDENDUM</source>
        <translation>harus KB, PKS, NK atau ADDENDUM</translation>
    </message>
    <message>
        <source>harus KSDD, KSDPK, SINERGI, KSDPL atau KSDLL</source>
        <translation>harus KSDD, KSDPK, SINERGI, KSDPL atau KSDLL</translation>
    </message>
    <message>
        <source>mitra wajib diisi (nama mitra atau kode_wilayah_mitra)</source>
        <translation>mitra wajib diisi (nama mitra atau kode_wilayah_mitra)</translation>
    </message>
    <message>
        <source>mitra KSDD harus daerah: isi kode_wilayah_mitra, atau tulis nama daerah persis seperti di data rujukan (misalnya &quot;Kota Banjarmasin&quot;)</source>
        <translation>mitra KSDD harus daerah: isi kode_wilayah_mitra, atau tulis nama daerah persis seperti di data rujukan (misalnya &quot;Kota Banjarmasin&quot;)</translation>
    </message>
    <message>
        <source>jumlah nama mitra (%1) tidak sama dengan jumlah kode_wilayah_mitra (%2); pisahkan nama dengan |</source>
        <translation>jumlah nama mitra (%1) tidak sama dengan jumlah kode_wilayah_mitra (%2); pisahkan nama dengan |</translation>
    </message>
    <message>
        <source>lebih awal daripada tanggal_mulai (%1)</source>
        <translation>lebih awal daripada tanggal_mulai (%1)</translation>
    </message>
    <message>
        <source>sesudah tanggal_berakhir (%1)</source>
        <translation>sesudah tanggal_berakhir (%1)</translation>
    </message>
    <message>
        <source>tahap tidak dikenal (misalnya persiapan, penandatanganan_pks, pelaksanaan)</source>
        <translation>tahap tidak dikenal (misalnya persiapan, penandatanganan_pks, pelaksanaan)</translation>
    </message>
    <message>
        <source>harus aktif, berakhir, diperpanjang atau dihentikan</source>
        <translation>harus aktif, berakhir, diperpanjang atau dihentikan</translation>
    </message>
    <message>
        <source>Wilayah terdampak eksternalitas (kode wilayah, dipisah spasi atau koma)</source>
        <translation>Wilayah terdampak eksternalitas (kode wilayah, dipisah spasi atau koma)</translation>
    </message>
    <message>
        <source>Berkas sebagian besar UTF-8, tetapi byte 0x%1 pada baris %2, kolom %3 bukan UTF-8. Berkas tidak dibaca sebagai Windows-1252 karena semua huruf beraksen akan rusak; simpan ulang berkas sebagai &quot;CSV UTF-8&quot;.</source>
        <translation>Berkas sebagian besar UTF-8, tetapi byte 0x%1 pada baris %2, kolom %3 bukan UTF-8. Berkas tidak dibaca sebagai Windows-1252 karena semua huruf beraksen akan rusak; simpan ulang berkas sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>baris %1, kolom %2</source>
        <translation>baris %1, kolom %2</translation>
    </message>
    <message>
        <source>Sel pada baris %1, kolom %2 berisi %3 byte, melebihi batas %4 byte per sel. Berkas tidak diimpor.</source>
        <translation>Sel pada baris %1, kolom %2 berisi %3 byte, melebihi batas %4 byte per sel. Berkas tidak diimpor.</translation>
    </message>
    <message>
        <source>sama dengan kode wilayah isian ini; tulis wilayah lain yang terkena eksternalitasnya</source>
        <translation>sama dengan kode wilayah isian ini; tulis wilayah lain yang terkena eksternalitasnya</translation>
    </message>
    <message>
        <source>Jenis pengirim (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln)</source>
        <translation>Jenis pengirim (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln)</translation>
    </message>
    <message>
        <source>Kode wilayah pengirim</source>
        <translation>Kode wilayah pengirim</translation>
    </message>
    <message>
        <source>Nama pengirim</source>
        <translation>Nama pengirim</translation>
    </message>
    <message>
        <source>Tanggal diterima</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Hal yang ditawarkan</source>
        <translation>Hal yang ditawarkan</translation>
    </message>
    <message>
        <source>Perangkat daerah yang dimintai pendapat</source>
        <translation>Perangkat daerah yang dimintai pendapat</translation>
    </message>
    <message>
        <source>Batas waktu jawaban</source>
        <translation>Batas waktu jawaban</translation>
    </message>
    <message>
        <source>baris %1: tahap &quot;%2&quot; dipetakan ke &quot;%3&quot; (%4, %5)</source>
        <translation>baris %1: tahap &quot;%2&quot; dipetakan ke &quot;%3&quot; (%4, %5)</translation>
    </message>
    <message>
        <source>kode wilayah pengirim wajib diisi bila pengirimnya daerah</source>
        <translation>kode wilayah pengirim wajib diisi bila pengirimnya daerah</translation>
    </message>
    <message>
        <source>nama pengirim wajib diisi</source>
        <translation>nama pengirim wajib diisi</translation>
    </message>
    <message>
        <source>lebih awal daripada tanggal_diterima (%1)</source>
        <translation>lebih awal daripada tanggal_diterima (%1)</translation>
    </message>
</context>
<context>
    <name>ksd::CsvImportDialog</name>
    <message>
        <source>Berkas:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Kolom berkas dan isian yang diisinya:</source>
        <translation>Kolom berkas dan isian yang diisinya:</translation>
    </message>
    <message>
        <source>Pratinjau (sel yang salah bertanda merah):</source>
        <translation>Pratinjau (sel yang salah bertanda merah):</translation>
    </message>
    <message>
        <source>titik koma (;)</source>
        <translation>titik koma (;)</translation>
    </message>
    <message>
        <source>koma (,)</source>
        <translation>koma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>%1 · pemisah %2 · %n baris data</source>
        <translation>
            <numerusform>%1 · pemisah %2 · %n baris data</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv *.txt);;Semua berkas (*)</source>
        <translation>Berkas CSV (*.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>— abaikan —</source>
        <translation>— abaikan —</translation>
    </message>
    <message>
        <source>%1 (wajib)</source>
        <translation>%1 (wajib)</translation>
    </message>
    <message>
        <source>Memeriksa baris…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>Memeriksa %1</source>
        <translation>Memeriksa %1</translation>
    </message>
    <message>
        <source>Pilih berkas CSV yang disimpan dari Excel.</source>
        <translation>Pilih berkas CSV yang disimpan dari Excel.</translation>
    </message>
    <message>
        <source>Impor %1 %2</source>
        <translation>Impor %1 %2</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>-kesalahan.csv</source>
        <translation>-kesalahan.csv</translation>
    </message>
    <message>
        <source>Simpan daftar kesalahan</source>
        <translation>Simpan daftar kesalahan</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Daftar kesalahan disimpan ke %1.</source>
        <translation>Daftar kesalahan disimpan ke %1.</translation>
    </message>
    <message>
        <source>Impor isian dari CSV</source>
        <translation>Impor isian dari CSV</translation>
    </message>
    <message>
        <source>Impor usulan dari CSV</source>
        <translation>Impor usulan dari CSV</translation>
    </message>
    <message>
        <source>Impor kerja sama dari CSV</source>
        <translation>Impor kerja sama dari CSV</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Kolom di berkas</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>Dipakai untuk</source>
        <translation>Dipakai untuk</translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation>Contoh isi</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Impor baris yang valid (lewati baris yang salah)</source>
        <translation>Impor baris yang valid (lewati baris yang salah)</translation>
    </message>
    <message>
        <source>Tanpa tanda ini, satu baris yang salah membatalkan seluruh impor</source>
        <translation>Tanpa tanda ini, satu baris yang salah membatalkan seluruh impor</translation>
    </message>
    <message>
        <source>Simpan daftar kesalahan…</source>
        <translation>Simpan daftar kesalahan…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Impor penawaran masuk dari CSV</source>
        <translation>Impor penawaran masuk dari CSV</translation>
    </message>
</context>
<context>
    <name>ksd::CsvImportSession</name>
    <message>
        <source>isian</source>
        <translation>isian</translation>
    </message>
    <message>
        <source>usulan</source>
        <translation>usulan</translation>
    </message>
    <message>
        <source>kerja sama</source>
        <translation>kerja sama</translation>
    </message>
    <message>
        <source>Impor dibatalkan.</source>
        <translation>Impor dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n baris data dibaca</source>
        <translation>
            <numerusform>%n baris data dibaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baris valid</source>
        <translation>
            <numerusform>%n baris valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baris salah</source>
        <translation>
            <numerusform>%n baris salah</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada yang diimpor: impor berlaku semua atau tidak sama sekali. Perbaiki baris yang salah di Excel lalu muat ulang, atau centang &quot;Impor baris yang valid&quot;.</source>
        <translation>Tidak ada yang diimpor: impor berlaku semua atau tidak sama sekali. Perbaiki baris yang salah di Excel lalu muat ulang, atau centang &quot;Impor baris yang valid&quot;.</translation>
    </message>
    <message>
        <source>Tidak ada yang dapat diimpor: periksa kolom dan pemetaannya.</source>
        <translation>Tidak ada yang dapat diimpor: periksa kolom dan pemetaannya.</translation>
    </message>
    <message>
        <source>Berkas tidak berisi baris data.</source>
        <translation>Berkas tidak berisi baris data.</translation>
    </message>
    <message>
        <source>Siap mengimpor %1 %2.</source>
        <translation>Siap mengimpor %1 %2.</translation>
    </message>
    <message>
        <source>Baris yang salah dilewati; simpan daftar kesalahannya untuk diperbaiki.</source>
        <translation>Baris yang salah dilewati; simpan daftar kesalahannya untuk diperbaiki.</translation>
    </message>
    <message>
        <source>Kolom yang tidak dipakai: %1.</source>
        <translation>Kolom yang tidak dipakai: %1.</translation>
    </message>
    <message>
        <source>penawaran masuk</source>
        <translation>penawaran masuk</translation>
    </message>
    <message>
        <source>Tahap dipetakan ke prosedur dokumennya: %1.</source>
        <translation>Tahap dipetakan ke prosedur dokumennya: %1.</translation>
    </message>
</context>
<context>
    <name>ksd::DataExportActions</name>
    <message>
        <source>CSV untuk Excel (*.csv)</source>
        <translation>CSV untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>Ekspor isian ke CSV</source>
        <translation>Ekspor isian ke CSV</translation>
    </message>
    <message>
        <source>isian.csv</source>
        <translation>isian.csv</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Isian diekspor ke %1</source>
        <translation>Isian diekspor ke %1</translation>
    </message>
    <message>
        <source>Ekspor saran ke CSV</source>
        <translation>Ekspor saran ke CSV</translation>
    </message>
    <message>
        <source>saran.csv</source>
        <translation>saran.csv</translation>
    </message>
    <message>
        <source>Saran diekspor ke %1</source>
        <translation>Saran diekspor ke %1</translation>
    </message>
    <message>
        <source>Ekspor &amp;isian ke CSV…</source>
        <translation>Ekspor &amp;isian ke CSV…</translation>
    </message>
    <message>
        <source>Berkas CSV untuk Excel (pemisah titik koma, koma desimal)</source>
        <translation>Berkas CSV untuk Excel (pemisah titik koma, koma desimal)</translation>
    </message>
    <message>
        <source>Ekspor &amp;saran ke CSV…</source>
        <translation>Ekspor &amp;saran ke CSV…</translation>
    </message>
    <message>
        <source>Saran yang terakhir dihitung, dengan alasan dan dasar hukumnya</source>
        <translation>Saran yang terakhir dihitung, dengan alasan dan dasar hukumnya</translation>
    </message>
</context>
<context>
    <name>ksd::DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Simpan semua</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Ya</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Ya untuk &amp;semua</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <source>&amp;Tidak</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>T&amp;idak untuk semua</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <source>Hentikan</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Abaikan</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Kembalikan bawaan</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>ksd::DocumentManager</name>
    <message>
        <source>Dibuka hanya-baca atas pilihan Anda.</source>
        <translation>Dibuka hanya-baca atas pilihan Anda.</translation>
    </message>
    <message>
        <source>Membuka %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <source>Menyimpan %1…</source>
        <translation>Menyimpan %1…</translation>
    </message>
    <message>
        <source>Penyimpanan dihentikan sebelum selesai. Berkas tetap utuh: isinya yang lama atau yang baru.</source>
        <translation>Penyimpanan dihentikan sebelum selesai. Berkas tetap utuh: isinya yang lama atau yang baru.</translation>
    </message>
</context>
<context>
    <name>ksd::EditActions</name>
    <message>
        <source>&amp;Urungkan %1</source>
        <translation>&amp;Urungkan %1</translation>
    </message>
    <message>
        <source>&amp;Urungkan</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Ulangi %1</source>
        <translation>&amp;Ulangi %1</translation>
    </message>
    <message>
        <source>&amp;Ulangi</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>&amp;Hapus baris terpilih</source>
        <translation>&amp;Hapus baris terpilih</translation>
    </message>
    <message>
        <source>Hapus baris yang dipilih pada tabel (Delete)</source>
        <translation>Hapus baris yang dipilih pada tabel (Delete)</translation>
    </message>
    <message>
        <source>&amp;Cari / saring</source>
        <translation>&amp;Cari / saring</translation>
    </message>
    <message>
        <source>Pindah ke kotak pencarian halaman ini (Ctrl+F)</source>
        <translation>Pindah ke kotak pencarian halaman ini (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Preferensi…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
</context>
<context>
    <name>ksd::EntriesPage</name>
    <message>
        <source>Semua wilayah</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>%1 (semua)</source>
        <translation>%1 (semua)</translation>
    </message>
    <message>
        <source>Provinsi dan kabupaten/kota dalam cakupan</source>
        <translation>Provinsi dan kabupaten/kota dalam cakupan</translation>
    </message>
    <message>
        <source>Semua perangkat daerah</source>
        <translation>Semua perangkat daerah</translation>
    </message>
    <message numerus="yes">
        <source>%n isian</source>
        <translation>
            <numerusform>%n isian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dari %n isian</source>
        <translation>
            <numerusform>%1 dari %n isian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n isian dihapus. Urungkan dengan Ctrl+Z.</source>
        <translation>
            <numerusform>%n isian dihapus. Urungkan dengan Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah isian</source>
        <translation>Tambah isian</translation>
    </message>
    <message>
        <source>Tambah potensi atau kebutuhan baru (Ctrl+Shift+N)</source>
        <translation>Tambah potensi atau kebutuhan baru (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Hapus isian yang dipilih (Delete). Dapat diurungkan.</source>
        <translation>Hapus isian yang dipilih (Delete). Dapat diurungkan.</translation>
    </message>
    <message>
        <source>Saring menurut wilayah</source>
        <translation>Saring menurut wilayah</translation>
    </message>
    <message>
        <source>Saring wilayah</source>
        <translation>Saring wilayah</translation>
    </message>
    <message>
        <source>Semua urusan</source>
        <translation>Semua urusan</translation>
    </message>
    <message>
        <source>Saring menurut urusan</source>
        <translation>Saring menurut urusan</translation>
    </message>
    <message>
        <source>Saring urusan</source>
        <translation>Saring urusan</translation>
    </message>
    <message>
        <source>Saring menurut jenis isian</source>
        <translation>Saring menurut jenis isian</translation>
    </message>
    <message>
        <source>Saring jenis</source>
        <translation>Saring jenis</translation>
    </message>
    <message>
        <source>Semua prioritas</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <source>Prioritas ≥ %1</source>
        <translation>Prioritas ≥ %1</translation>
    </message>
    <message>
        <source>Tampilkan isian dengan prioritas paling rendah ini</source>
        <translation>Tampilkan isian dengan prioritas paling rendah ini</translation>
    </message>
    <message>
        <source>Saring prioritas</source>
        <translation>Saring prioritas</translation>
    </message>
    <message>
        <source>Saring menurut perangkat daerah pengisi</source>
        <translation>Saring menurut perangkat daerah pengisi</translation>
    </message>
    <message>
        <source>Saring perangkat daerah</source>
        <translation>Saring perangkat daerah</translation>
    </message>
    <message>
        <source>Cari judul, layanan, PD… (Ctrl+F)</source>
        <translation>Cari judul, layanan, PD… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari isian</source>
        <translation>Cari isian</translation>
    </message>
    <message>
        <source>Tampilkan semua</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>Hapus semua saringan</source>
        <translation>Hapus semua saringan</translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation>Hapus saringan</translation>
    </message>
    <message>
        <source>Tabel isian</source>
        <translation>Tabel isian</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>Semua jenis</translation>
    </message>
</context>
<context>
    <name>ksd::ExpiryNotice</name>
    <message numerus="yes">
        <source>%n kerja sama berakhir dalam 3 bulan</source>
        <translation>
            <numerusform>%n kerja sama berakhir dalam 3 bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sudah lewat tanggal berakhir</source>
        <translation>
            <numerusform>%n sudah lewat tanggal berakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>Lihat</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <source>Yang terdekat: %1</source>
        <translation>Yang terdekat: %1</translation>
    </message>
    <message>
        <source>Tutup pemberitahuan</source>
        <translation>Tutup pemberitahuan</translation>
    </message>
</context>
<context>
    <name>ksd::ExplanationCard</name>
    <message>
        <source>Pilih satu saran untuk melihat alasannya: faktor skor, dasar hukum, dan siapa yang mengambil alih bila kerja sama wajib tidak dilaksanakan.</source>
        <translation>Pilih satu saran untuk melihat alasannya: faktor skor, dasar hukum, dan siapa yang mengambil alih bila kerja sama wajib tidak dilaksanakan.</translation>
    </message>
    <message>
        <source>Saran perlu diperbarui: data proyek berubah sejak saran ini dihitung.</source>
        <translation>Saran perlu diperbarui: data proyek berubah sejak saran ini dihitung.</translation>
    </message>
    <message>
        <source>skor %1 dari 100</source>
        <translation>skor %1 dari 100</translation>
    </message>
    <message>
        <source>Tipe %1: %2</source>
        <translation>Tipe %1: %2</translation>
    </message>
    <message>
        <source>Perlu telaah hukum: tipe C tidak disebut dalam daftar Permendagri 22/2020.</source>
        <translation>Perlu telaah hukum: tipe C tidak disebut dalam daftar Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD (membebani masyarakat atau belum dianggarkan dalam APBD).</source>
        <translation>Perlu persetujuan DPRD (membebani masyarakat atau belum dianggarkan dalam APBD).</translation>
    </message>
    <message>
        <source>Rujuk ke %1: layanan ini kewenangan provinsi.</source>
        <translation>Rujuk ke %1: layanan ini kewenangan provinsi.</translation>
    </message>
    <message>
        <source>Sudah ada kerja sama aktif di urusan ini.</source>
        <translation>Sudah ada kerja sama aktif di urusan ini.</translation>
    </message>
    <message>
        <source>Faktor skor</source>
        <translation>Faktor skor</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Poin</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Aturan yang diterapkan dan dasar hukumnya</source>
        <translation>Aturan yang diterapkan dan dasar hukumnya</translation>
    </message>
    <message>
        <source>Isian yang mendasari</source>
        <translation>Isian yang mendasari</translation>
    </message>
    <message>
        <source> (prioritas %1)</source>
        <translation> (prioritas %1)</translation>
    </message>
    <message>
        <source>Bila disepakati wajib dan tidak dilaksanakan:</source>
        <translation>Bila disepakati wajib dan tidak dilaksanakan:</translation>
    </message>
    <message>
        <source>urusan ini dapat diambil alih oleh %1, dengan biaya diperhitungkan dari dana transfer daerah (%2).</source>
        <translation>urusan ini dapat diambil alih oleh %1, dengan biaya diperhitungkan dari dana transfer daerah (%2).</translation>
    </message>
    <message>
        <source>Rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat.</source>
        <translation>Rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat.</translation>
    </message>
    <message>
        <source>Rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat (%1).</source>
        <translation>Rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat (%1).</translation>
    </message>
    <message>
        <source>Batas laut: kedua daerah berhadapan di seberang laut; verifikasi dahulu apakah keduanya berbatasan.</source>
        <translation>Batas laut: kedua daerah berhadapan di seberang laut; verifikasi dahulu apakah keduanya berbatasan.</translation>
    </message>
    <message>
        <source>Kewenangan belum diperiksa: sebutkan layanannya agar tingkat kewenangannya (Pusat, provinsi, kabupaten/kota) dapat diperiksa.</source>
        <translation>Kewenangan belum diperiksa: sebutkan layanannya agar tingkat kewenangannya (Pusat, provinsi, kabupaten/kota) dapat diperiksa.</translation>
    </message>
    <message>
        <source>Cara membaca skor: skor 0–100 mengukur kecocokan kedua pihak (potensi bertemu kebutuhan, prioritas, besaran, layanan, jarak dan kerja sama yang sudah ada), bukan kekuatan dasar hukumnya. Kelasnya ditentukan aturan di bawah; skor hanya mengurutkan saran dalam kelas yang sama.</source>
        <translation>Cara membaca skor: skor 0–100 mengukur kecocokan kedua pihak (potensi bertemu kebutuhan, prioritas, besaran, layanan, jarak dan kerja sama yang sudah ada), bukan kekuatan dasar hukumnya. Kelasnya ditentukan aturan di bawah; skor hanya mengurutkan saran dalam kelas yang sama.</translation>
    </message>
</context>
<context>
    <name>ksd::FieldDelegate</name>
    <message>
        <source>Klik di luar kotak untuk menyimpan; Esc membatalkan</source>
        <translation>Klik di luar kotak untuk menyimpan; Esc membatalkan</translation>
    </message>
    <message>
        <source>1 (rendah) sampai 5 (paling tinggi)</source>
        <translation>1 (rendah) sampai 5 (paling tinggi)</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>kosong = belum diketahui</source>
        <translation>kosong = belum diketahui</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Urusan</translation>
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
        <source>Nama layanan publik, misalnya &quot;TPA regional&quot;</source>
        <translation>Nama layanan publik, misalnya &quot;TPA regional&quot;</translation>
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
        <source>Lokasi layanan berada di lintas daerah</source>
        <translation>Lokasi layanan berada di lintas daerah</translation>
    </message>
    <message>
        <source>Pengguna layanan berasal dari lintas daerah</source>
        <translation>Pengguna layanan berasal dari lintas daerah</translation>
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
    <message>
        <source>Lokasi lintas batas</source>
        <translation>Lokasi lintas batas</translation>
    </message>
    <message>
        <source>Pengguna lintas batas</source>
        <translation>Pengguna lintas batas</translation>
    </message>
    <message>
        <source>Dampak lintas batas</source>
        <translation>Dampak lintas batas</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Wilayah terdampak eksternalitas</source>
        <translation>Wilayah terdampak eksternalitas</translation>
    </message>
    <message>
        <source>Daerah lain yang dilintasi eksternalitas isian ini (lokasi, pengguna, atau manfaat/dampak). Eksternalitas berlaku antara dua daerah bila salah satu menyebut yang lain.</source>
        <translation>Daerah lain yang dilintasi eksternalitas isian ini (lokasi, pengguna, atau manfaat/dampak). Eksternalitas berlaku antara dua daerah bila salah satu menyebut yang lain.</translation>
    </message>
    <message>
        <source>Penjelasan mesin saran</source>
        <translation>Penjelasan mesin saran</translation>
    </message>
    <message>
        <source>Penjelasan mesin saran saat saran dijadikan usulan (hanya baca)</source>
        <translation>Penjelasan mesin saran saat saran dijadikan usulan (hanya baca)</translation>
    </message>
    <message>
        <source>Nilai untuk &quot;%1&quot; berisi %2 byte, melebihi batas %3 byte per kolom; nilai tidak diubah.</source>
        <translation>Nilai untuk &quot;%1&quot; berisi %2 byte, melebihi batas %3 byte per kolom; nilai tidak diubah.</translation>
    </message>
</context>
<context>
    <name>ksd::FileActions</name>
    <message>
        <source>Salinan pemulihan gagal ditulis: %1</source>
        <translation>Salinan pemulihan gagal ditulis: %1</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Simpan perubahan pada &quot;%1&quot; sebelum ditutup?</source>
        <translation>Simpan perubahan pada &quot;%1&quot; sebelum ditutup?</translation>
    </message>
    <message>
        <source>Bila tidak disimpan, perubahan sejak penyimpanan terakhir akan hilang.</source>
        <translation>Bila tidak disimpan, perubahan sejak penyimpanan terakhir akan hilang.</translation>
    </message>
    <message>
        <source>Jangan simpan</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <source>Simpan proyek sebagai</source>
        <translation>Simpan proyek sebagai</translation>
    </message>
    <message>
        <source>Proyek PetaKSD (*.ksd)</source>
        <translation>Proyek PetaKSD (*.ksd)</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibuka</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1 dibuka.</source>
        <translation>%1 dibuka.</translation>
    </message>
    <message>
        <source>Buka proyek</source>
        <translation>Buka proyek</translation>
    </message>
    <message>
        <source>Proyek PetaKSD (*.ksd);;Semua berkas (*)</source>
        <translation>Proyek PetaKSD (*.ksd);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Proyek contoh dibuka. Simpan dengan Ctrl+Shift+S untuk menyimpannya sebagai berkas sendiri.</source>
        <translation>Proyek contoh dibuka. Simpan dengan Ctrl+Shift+S untuk menyimpannya sebagai berkas sendiri.</translation>
    </message>
    <message>
        <source>Proyek tidak dapat disimpan</source>
        <translation>Proyek tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Pulihkan pekerjaan?</source>
        <translation>Pulihkan pekerjaan?</translation>
    </message>
    <message>
        <source>PetaKSD tidak ditutup dengan benar terakhir kali. Ada perubahan pada &quot;%1&quot; yang belum disimpan, tersimpan otomatis pada %2.</source>
        <translation>PetaKSD tidak ditutup dengan benar terakhir kali. Ada perubahan pada &quot;%1&quot; yang belum disimpan, tersimpan otomatis pada %2.</translation>
    </message>
    <message>
        <source>Pulihkan untuk melanjutkan dari salinan itu, lalu simpan. Buang bila tidak diperlukan lagi.</source>
        <translation>Pulihkan untuk melanjutkan dari salinan itu, lalu simpan. Buang bila tidak diperlukan lagi.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Nanti</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>Salinan pemulihan tidak dapat dibuka</source>
        <translation>Salinan pemulihan tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Pekerjaan dipulihkan. Simpan untuk menyimpannya ke berkas.</source>
        <translation>Pekerjaan dipulihkan. Simpan untuk menyimpannya ke berkas.</translation>
    </message>
    <message>
        <source>%1[*] – PetaKSD</source>
        <translation>%1[*] – PetaKSD</translation>
    </message>
    <message>
        <source>Proyek &amp;baru…</source>
        <translation>Proyek &amp;baru…</translation>
    </message>
    <message>
        <source>Mulai pemetaan baru (Ctrl+N)</source>
        <translation>Mulai pemetaan baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>&amp;Buka…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Buka berkas proyek .ksd (Ctrl+O)</source>
        <translation>Buka berkas proyek .ksd (Ctrl+O)</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Buka &amp;terakhir</source>
        <translation>Buka &amp;terakhir</translation>
    </message>
    <message>
        <source>Kosongkan daftar</source>
        <translation>Kosongkan daftar</translation>
    </message>
    <message>
        <source>Buka &amp;contoh</source>
        <translation>Buka &amp;contoh</translation>
    </message>
    <message>
        <source>Buka proyek contoh Kabupaten Banjar 2024</source>
        <translation>Buka proyek contoh Kabupaten Banjar 2024</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Simpan proyek (Ctrl+S)</source>
        <translation>Simpan proyek (Ctrl+S)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Simpan s&amp;ebagai…</source>
        <translation>Simpan s&amp;ebagai…</translation>
    </message>
    <message>
        <source>Simpan proyek ke berkas lain (Ctrl+Shift+S)</source>
        <translation>Simpan proyek ke berkas lain (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Tutup proyek</source>
        <translation>&amp;Tutup proyek</translation>
    </message>
    <message>
        <source>Tutup proyek dan kembali ke halaman awal (Ctrl+W)</source>
        <translation>Tutup proyek dan kembali ke halaman awal (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>recent file: project title (file name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Berkas kunci %1 kini milik editor lain yang membuka proyek ini juga. Simpan ke berkas lain agar pekerjaan tidak saling menimpa.</source>
        <translation>Berkas kunci %1 kini milik editor lain yang membuka proyek ini juga. Simpan ke berkas lain agar pekerjaan tidak saling menimpa.</translation>
    </message>
    <message>
        <source>Berkas ada di folder bersama: proyek dikerjakan di memori dan ditulis utuh saat disimpan.</source>
        <translation>Berkas ada di folder bersama: proyek dikerjakan di memori dan ditulis utuh saat disimpan.</translation>
    </message>
    <message>
        <source>Kunci lama dari %1 di %2 sudah tidak aktif dan diganti.</source>
        <translation>Kunci lama dari %1 di %2 sudah tidak aktif dan diganti.</translation>
    </message>
    <message>
        <source>Proyek dibuka tanpa berkas kunci, jadi PC lain tidak tahu proyek ini sedang dibuka. %1</source>
        <translation>Proyek dibuka tanpa berkas kunci, jadi PC lain tidak tahu proyek ini sedang dibuka. %1</translation>
    </message>
    <message>
        <source>Salinan %1 dibuka. Simpan ke berkas baru agar tidak menimpa pekerjaan orang lain.</source>
        <translation>Salinan %1 dibuka. Simpan ke berkas baru agar tidak menimpa pekerjaan orang lain.</translation>
    </message>
    <message>
        <source>Proyek sedang dibuka</source>
        <translation>Proyek sedang dibuka</translation>
    </message>
    <message>
        <source>Bila dua orang menyunting dan menyimpan berkas yang sama, perubahan salah satunya hilang. Buka hanya-baca untuk melihat, atau buka salinan untuk bekerja terpisah.</source>
        <translation>Bila dua orang menyunting dan menyimpan berkas yang sama, perubahan salah satunya hilang. Buka hanya-baca untuk melihat, atau buka salinan untuk bekerja terpisah.</translation>
    </message>
    <message>
        <source>Buka hanya-baca</source>
        <translation>Buka hanya-baca</translation>
    </message>
    <message>
        <source>Buka salinan</source>
        <translation>Buka salinan</translation>
    </message>
    <message>
        <source>Tetap buka…</source>
        <translation>Tetap buka…</translation>
    </message>
    <message>
        <source>Tetap buka untuk disunting?</source>
        <translation>Tetap buka untuk disunting?</translation>
    </message>
    <message>
        <source>%1 masih dapat menyimpan perubahannya ke berkas ini. Siapa pun yang menyimpan terakhir menimpa perubahan yang lain.</source>
        <translation>%1 masih dapat menyimpan perubahannya ke berkas ini. Siapa pun yang menyimpan terakhir menimpa perubahan yang lain.</translation>
    </message>
    <message>
        <source>Lanjutkan hanya bila Anda yakin %1 tidak lagi menyunting %2.</source>
        <translation>Lanjutkan hanya bila Anda yakin %1 tidak lagi menyunting %2.</translation>
    </message>
    <message>
        <source>Tetap buka</source>
        <translation>Tetap buka</translation>
    </message>
    <message>
        <source>Hanya-baca. %1 Perubahan dapat disimpan ke berkas lain.</source>
        <translation>Hanya-baca. %1 Perubahan dapat disimpan ke berkas lain.</translation>
    </message>
    <message>
        <source>Pilih nama berkas lain.</source>
        <translation>Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>Simpan sebagai…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <source>Berkas format versi %1 dibuka; berkas itu belum diubah. Saat disimpan, berkas diperbarui ke format versi %2 dan aslinya disimpan sebagai %3.</source>
        <translation>Berkas format versi %1 dibuka; berkas itu belum diubah. Saat disimpan, berkas diperbarui ke format versi %2 dan aslinya disimpan sebagai %3.</translation>
    </message>
</context>
<context>
    <name>ksd::FileSite</name>
    <message>
        <source>Folder berkas ini tidak dapat ditulisi, jadi perubahan tidak dapat disimpan di sana.</source>
        <translation>Folder berkas ini tidak dapat ditulisi, jadi perubahan tidak dapat disimpan di sana.</translation>
    </message>
    <message>
        <source>Berkas ini hanya-baca (read-only), jadi perubahan tidak dapat disimpan ke berkas itu.</source>
        <translation>Berkas ini hanya-baca (read-only), jadi perubahan tidak dapat disimpan ke berkas itu.</translation>
    </message>
</context>
<context>
    <name>ksd::HelpActions</name>
    <message>
        <source>&amp;Tentang PetaKSD</source>
        <translation>&amp;Tentang PetaKSD</translation>
    </message>
    <message>
        <source>Tentang &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ksd::Inspector</name>
    <message>
        <source>Pilih baris pada tabel Isian, Usulan atau Kerja Sama untuk melihat dan mengubah semua datanya di sini.</source>
        <translation>Pilih baris pada tabel Isian, Usulan atau Kerja Sama untuk melihat dan mengubah semua datanya di sini.</translation>
    </message>
    <message>
        <source>Data rekaman terpilih</source>
        <translation>Data rekaman terpilih</translation>
    </message>
</context>
<context>
    <name>ksd::KsdStore</name>
    <message>
        <source>Nilai &quot;%1&quot; pada kolom %2 tidak dapat dibaca.</source>
        <translation>Nilai &quot;%1&quot; pada kolom %2 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>tabel %1, baris %2</source>
        <translation>tabel %1, baris %2</translation>
    </message>
    <message>
        <source>Berkas berisi trigger atau view (&quot;%1&quot;) yang tidak pernah dibuat PetaKSD. Berkas ditolak demi keamanan.</source>
        <translation>Berkas berisi trigger atau view (&quot;%1&quot;) yang tidak pernah dibuat PetaKSD. Berkas ditolak demi keamanan.</translation>
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
        <source>Tabel %1 tidak dapat dibaca: %2</source>
        <translation>Tabel %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Identitas proyek (project_id) tidak ada atau rusak.</source>
        <translation>Identitas proyek (project_id) tidak ada atau rusak.</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan: &quot;%1&quot; adalah sebuah folder.</source>
        <translation>Tidak dapat menyimpan: &quot;%1&quot; adalah sebuah folder.</translation>
    </message>
    <message>
        <source>Tidak dapat menulis di folder &quot;%1&quot;: %2. Data tetap ada di aplikasi; simpan ke folder lain.</source>
        <translation>Tidak dapat menulis di folder &quot;%1&quot;: %2. Data tetap ada di aplikasi; simpan ke folder lain.</translation>
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
        <source>Berkas versi %1 tidak dapat diperbarui: %2</source>
        <translation>Berkas versi %1 tidak dapat diperbarui: %2</translation>
    </message>
    <message>
        <source>Folder sementara untuk memulihkan berkas tidak dapat dibuat.</source>
        <translation>Folder sementara untuk memulihkan berkas tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat disalin untuk dipulihkan: %1.</source>
        <translation>Berkas tidak dapat disalin untuk dipulihkan: %1.</translation>
    </message>
    <message>
        <source>Berkas rusak: jurnal atau WAL-nya tidak dapat dipulihkan (%1).</source>
        <translation>Berkas rusak: jurnal atau WAL-nya tidak dapat dipulihkan (%1).</translation>
    </message>
    <message>
        <source>Berkas ditolak: membacanya memerlukan lebih dari %1 langkah SQLite, jauh di atas yang diperlukan berkas PetaKSD sebesar ini.</source>
        <translation>Berkas ditolak: membacanya memerlukan lebih dari %1 langkah SQLite, jauh di atas yang diperlukan berkas PetaKSD sebesar ini.</translation>
    </message>
    <message>
        <source>tanpa keterangan</source>
        <translation>tanpa keterangan</translation>
    </message>
    <message>
        <source>Kolom %1 berisi %2 byte, melebihi batas %3 byte per kolom.</source>
        <translation>Kolom %1 berisi %2 byte, melebihi batas %3 byte per kolom.</translation>
    </message>
    <message>
        <source>Daftar tabel berkas tidak dapat dibaca: %1</source>
        <translation>Daftar tabel berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Susunan kolom tabel %1 tidak sesuai format PetaKSD (definisinya berbeda dari yang ditulis PetaKSD).</source>
        <translation>Susunan kolom tabel %1 tidak sesuai format PetaKSD (definisinya berbeda dari yang ditulis PetaKSD).</translation>
    </message>
    <message>
        <source>Baris %1 tabel %2 tidak dapat dibaca: %3. Berkas tidak dibuka agar tidak ada baris yang hilang.</source>
        <translation>Baris %1 tabel %2 tidak dapat dibaca: %3. Berkas tidak dibuka agar tidak ada baris yang hilang.</translation>
    </message>
    <message>
        <source>Posisi peta %1 (tata letak %2) diabaikan: koordinat (%3, %4) tidak berhingga atau di luar batas ±%5.</source>
        <translation>Posisi peta %1 (tata letak %2) diabaikan: koordinat (%3, %4) tidak berhingga atau di luar batas ±%5.</translation>
    </message>
    <message>
        <source>kolom %1 pada baris %2 tabel %3 (%4) berisi %5 byte, melebihi batas %6 byte per kolom</source>
        <translation>kolom %1 pada baris %2 tabel %3 (%4) berisi %5 byte, melebihi batas %6 byte per kolom</translation>
    </message>
    <message>
        <source>berkas format versi %1 tidak dapat dicadangkan ke &quot;%2&quot; sebelum diganti</source>
        <translation>berkas format versi %1 tidak dapat dicadangkan ke &quot;%2&quot; sebelum diganti</translation>
    </message>
    <message>
        <source>Folder sementara untuk membaca berkas tidak dapat dibuat.</source>
        <translation>Folder sementara untuk membaca berkas tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Baris lama log penggabungan tidak dapat dibaca dari salinan sementara: %1</source>
        <translation>Baris lama log penggabungan tidak dapat dibaca dari salinan sementara: %1</translation>
    </message>
    <message>
        <source>%1 baris, seharusnya %2</source>
        <translation>%1 baris, seharusnya %2</translation>
    </message>
    <message>
        <source>Pembukaan berkas dibatalkan.</source>
        <translation>Pembukaan berkas dibatalkan.</translation>
    </message>
    <message>
        <source>berkas sedang ditulis program lain (jurnal &quot;%1&quot; masih dipakai)</source>
        <translation>berkas sedang ditulis program lain (jurnal &quot;%1&quot; masih dipakai)</translation>
    </message>
    <message>
        <source>jurnal &quot;%1&quot; tidak dapat dihapus</source>
        <translation>jurnal &quot;%1&quot; tidak dapat dihapus</translation>
    </message>
    <message>
        <source>lampiran pada baris %1 tabel document tidak dapat ditulis: %2</source>
        <translation>lampiran pada baris %1 tabel document tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>isinya lebih panjang dari %1 byte</source>
        <translation>isinya lebih panjang dari %1 byte</translation>
    </message>
    <message>
        <source>%1 dari %2 byte</source>
        <translation>%1 dari %2 byte</translation>
    </message>
</context>
<context>
    <name>ksd::Layout</name>
    <message>
        <source>Geografis</source>
        <translation>Geografis</translation>
    </message>
    <message>
        <source>Gaya (force-directed)</source>
        <translation>Gaya (force-directed)</translation>
    </message>
    <message>
        <source>Melingkar per provinsi</source>
        <translation>Melingkar per provinsi</translation>
    </message>
    <message>
        <source>Tata letak tidak dikenal.</source>
        <translation>Tata letak tidak dikenal.</translation>
    </message>
</context>
<context>
    <name>ksd::MainWindow</name>
    <message>
        <source>Peta</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Saran</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Kerja Sama</source>
        <translation>Kerja Sama</translation>
    </message>
    <message>
        <source>Cakupan wilayah</source>
        <translation>Cakupan wilayah</translation>
    </message>
    <message>
        <source>Inspektur</source>
        <translation>Inspektur</translation>
    </message>
    <message>
        <source>&lt;proyek dibuka&gt;</source>
        <translation>&lt;proyek dibuka&gt;</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Riwayat perubahan</translation>
    </message>
</context>
<context>
    <name>ksd::MapActions</name>
    <message>
        <source>Peta</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Ekspor &amp;peta…</source>
        <translation>Ekspor &amp;peta…</translation>
    </message>
    <message>
        <source>Simpan peta jejaring sebagai PNG, SVG atau PDF</source>
        <translation>Simpan peta jejaring sebagai PNG, SVG atau PDF</translation>
    </message>
</context>
<context>
    <name>ksd::MapHoverCard</name>
    <message>
        <source>skor %1</source>
        <translation>skor %1</translation>
    </message>
    <message>
        <source>Jenis pasangan %1: %2</source>
        <translation>Jenis pasangan %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 poin</source>
        <translation>%1 %2 poin</translation>
    </message>
    <message>
        <source>Faktor utama: %1</source>
        <translation>Faktor utama: %1</translation>
    </message>
    <message>
        <source>Dasar hukum: %1</source>
        <translation>Dasar hukum: %1</translation>
    </message>
    <message>
        <source>Kewenangan provinsi: rujuk ke %1 (kerja sama tipe B atau fasilitasi provinsi).</source>
        <translation>Kewenangan provinsi: rujuk ke %1 (kerja sama tipe B atau fasilitasi provinsi).</translation>
    </message>
    <message>
        <source>sudah ada kesepakatan aktif</source>
        <translation>sudah ada kesepakatan aktif</translation>
    </message>
    <message>
        <source>daerah pemeta</source>
        <translation>daerah pemeta</translation>
    </message>
    <message>
        <source>dalam cakupan</source>
        <translation>dalam cakupan</translation>
    </message>
    <message>
        <source>di luar cakupan</source>
        <translation>di luar cakupan</translation>
    </message>
    <message>
        <source>Isian: %1 potensi, %2 kebutuhan</source>
        <translation>Isian: %1 potensi, %2 kebutuhan</translation>
    </message>
    <message>
        <source>skor saran tertinggi %1</source>
        <translation>skor saran tertinggi %1</translation>
    </message>
    <message>
        <source>Mitra (%1)</source>
        <translation>Mitra (%1)</translation>
    </message>
    <message>
        <source>dan %1 mitra lain</source>
        <translation>dan %1 mitra lain</translation>
    </message>
    <message>
        <source>Berbatasan dengan %1 daerah pada peta</source>
        <translation>Berbatasan dengan %1 daerah pada peta</translation>
    </message>
    <message numerus="yes">
        <source>%n urusan</source>
        <translation>
            <numerusform>%n urusan</numerusform>
        </translation>
    </message>
    <message>
        <source>skor tertinggi %1</source>
        <translation>skor tertinggi %1</translation>
    </message>
    <message numerus="yes">
        <source>dan %n saran lain (klik dua kali untuk rincian)</source>
        <translation>
            <numerusform>dan %n saran lain (klik dua kali untuk rincian)</numerusform>
        </translation>
    </message>
    <message>
        <source>berakhir %1</source>
        <translation>berakhir %1</translation>
    </message>
    <message numerus="yes">
        <source>Klaster %n daerah</source>
        <translation>
            <numerusform>Klaster %n daerah</numerusform>
        </translation>
    </message>
    <message>
        <source>Jenis pasangan: %1</source>
        <translation>Jenis pasangan: %1</translation>
    </message>
    <message>
        <source>Bila tidak dilaksanakan, urusan diambil alih oleh %1.</source>
        <translation>Bila tidak dilaksanakan, urusan diambil alih oleh %1.</translation>
    </message>
    <message>
        <source>Kewenangan provinsi: rujuk ke %1.</source>
        <translation>Kewenangan provinsi: rujuk ke %1.</translation>
    </message>
    <message>
        <source>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak). Bila kelak disepakati dan tidak dilaksanakan, urusan dapat diambil alih oleh %1; biayanya diperhitungkan dari dana transfer daerah.</source>
        <translation>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak). Bila kelak disepakati dan tidak dilaksanakan, urusan dapat diambil alih oleh %1; biayanya diperhitungkan dari dana transfer daerah.</translation>
    </message>
</context>
<context>
    <name>ksd::MapOverlay</name>
    <message>
        <source>Legenda</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Buka atau ciutkan legenda peta</source>
        <translation>Buka atau ciutkan legenda peta</translation>
    </message>
</context>
<context>
    <name>ksd::MapPlaceholder</name>
    <message>
        <source>Peta jejaring wilayah akan tampil di sini: wilayah dalam cakupan, saran, usulan dan kerja sama sebagai garis penghubung.

Sementara itu, gunakan tab Isian, Saran, Usulan dan Kerja Sama.</source>
        <translation>Peta jejaring wilayah akan tampil di sini: wilayah dalam cakupan, saran, usulan dan kerja sama sebagai garis penghubung.

Sementara itu, gunakan tab Isian, Saran, Usulan dan Kerja Sama.</translation>
    </message>
</context>
<context>
    <name>ksd::MapRenderer</name>
    <message>
        <source>Sumber: %1 (%2), dianalisis dengan PetaKSD menurut PP 28/2018 dan Permendagri 22/2020.</source>
        <translation>Sumber: %1 (%2), dianalisis dengan PetaKSD menurut PP 28/2018 dan Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>proyek pemetaan</source>
        <translation>proyek pemetaan</translation>
    </message>
    <message>
        <source>tanpa tahun</source>
        <translation>tanpa tahun</translation>
    </message>
    <message>
        <source>Peta Jejaring Kerja Sama Daerah</source>
        <translation>Peta Jejaring Kerja Sama Daerah</translation>
    </message>
    <message>
        <source>geografis</source>
        <translation>geografis</translation>
    </message>
    <message>
        <source>jejaring (gaya tarik)</source>
        <translation>jejaring (gaya tarik)</translation>
    </message>
    <message>
        <source>melingkar per provinsi</source>
        <translation>melingkar per provinsi</translation>
    </message>
    <message>
        <source>Tata letak: %1</source>
        <translation>Tata letak: %1</translation>
    </message>
    <message>
        <source>Urusan: semua</source>
        <translation>Urusan: semua</translation>
    </message>
    <message>
        <source>Urusan: %1</source>
        <translation>Urusan: %1</translation>
    </message>
    <message>
        <source>Provinsi: %1</source>
        <translation>Provinsi: %1</translation>
    </message>
    <message>
        <source>Tahap: %1</source>
        <translation>Tahap: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wilayah</source>
        <translation>
            <numerusform>%n wilayah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tautan</source>
        <translation>
            <numerusform>%n tautan</numerusform>
        </translation>
    </message>
    <message>
        <source>Klaster kerja sama multipihak</source>
        <translation>Klaster kerja sama multipihak</translation>
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
        <source>Lebih banyak kebutuhan</source>
        <translation>Lebih banyak kebutuhan</translation>
    </message>
    <message>
        <source>Seimbang / belum ada isian</source>
        <translation>Seimbang / belum ada isian</translation>
    </message>
    <message>
        <source>Lebih banyak potensi</source>
        <translation>Lebih banyak potensi</translation>
    </message>
    <message>
        <source>Mitra di luar cakupan</source>
        <translation>Mitra di luar cakupan</translation>
    </message>
    <message>
        <source>Ukuran simpul: skor saran tertinggi</source>
        <translation>Ukuran simpul: skor saran tertinggi</translation>
    </message>
    <message>
        <source>Wilayah dalam cakupan</source>
        <translation>Wilayah dalam cakupan</translation>
    </message>
    <message>
        <source>Batas provinsi</source>
        <translation>Batas provinsi</translation>
    </message>
    <message>
        <source>Gambar PNG tidak dapat ditulis.</source>
        <translation>Gambar PNG tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Berkas SVG tidak dapat ditulis.</source>
        <translation>Berkas SVG tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Berkas PDF tidak dapat ditulis.</source>
        <translation>Berkas PDF tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Format tidak dikenal: gunakan .png, .svg atau .pdf.</source>
        <translation>Format tidak dikenal: gunakan .png, .svg atau .pdf.</translation>
    </message>
    <message>
        <source>Tebal garis hijau: jumlah usulan/kesepakatan</source>
        <translation>Tebal garis hijau: jumlah usulan/kesepakatan</translation>
    </message>
    <message>
        <source>Ukuran simpul: jumlah isian</source>
        <translation>Ukuran simpul: jumlah isian</translation>
    </message>
    <message>
        <source>Daerah pemilik pemetaan</source>
        <translation>Daerah pemilik pemetaan</translation>
    </message>
</context>
<context>
    <name>ksd::MapStyle</name>
    <message>
        <source>KSDD wajib</source>
        <translation>KSDD wajib</translation>
    </message>
    <message>
        <source>Potensi wajib (perlu kajian)</source>
        <translation>Potensi wajib (perlu kajian)</translation>
    </message>
    <message>
        <source>KSDD sukarela</source>
        <translation>KSDD sukarela</translation>
    </message>
    <message>
        <source>Rujuk ke provinsi</source>
        <translation>Rujuk ke provinsi</translation>
    </message>
    <message>
        <source>Usulan kerja sama</source>
        <translation>Usulan kerja sama</translation>
    </message>
    <message>
        <source>Kesepakatan / perjanjian</source>
        <translation>Kesepakatan / perjanjian</translation>
    </message>
    <message>
        <source>Prov. %1</source>
        <translation>Prov. %1</translation>
    </message>
    <message>
        <source>Kab. Adm. %1</source>
        <translation>Kab. Adm. %1</translation>
    </message>
    <message>
        <source>Kota Adm. %1</source>
        <translation>Kota Adm. %1</translation>
    </message>
    <message>
        <source>Kab. %1</source>
        <translation>Kab. %1</translation>
    </message>
    <message>
        <source>Berbatasan laut (perlu verifikasi)</source>
        <translation>Berbatasan laut (perlu verifikasi)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>U</source>
        <comment>north arrow: utara</comment>
        <translation>U</translation>
    </message>
</context>
<context>
    <name>ksd::Merge</name>
    <message>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>nomor %1</source>
        <translation>nomor %1</translation>
    </message>
    <message>
        <source>penanda tangan %1</source>
        <translation>penanda tangan %1</translation>
    </message>
    <message>
        <source>%1 bait, SHA-256 %2</source>
        <translation>%1 bait, SHA-256 %2</translation>
    </message>
    <message>
        <source>Jenis isian</source>
        <translation>Jenis isian</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Besaran</source>
        <translation>Besaran</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Eksternalitas lokasi</source>
        <translation>Eksternalitas lokasi</translation>
    </message>
    <message>
        <source>Eksternalitas pengguna</source>
        <translation>Eksternalitas pengguna</translation>
    </message>
    <message>
        <source>Eksternalitas manfaat/dampak</source>
        <translation>Eksternalitas manfaat/dampak</translation>
    </message>
    <message>
        <source>Catatan eksternalitas</source>
        <translation>Catatan eksternalitas</translation>
    </message>
    <message>
        <source>Efisiensi</source>
        <translation>Efisiensi</translation>
    </message>
    <message>
        <source>Catatan efisiensi</source>
        <translation>Catatan efisiensi</translation>
    </message>
    <message>
        <source>Perangkat daerah sumber</source>
        <translation>Perangkat daerah sumber</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Daerah pengusul</source>
        <translation>Daerah pengusul</translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation>Jenis kegiatan</translation>
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
        <source>Nama mitra</source>
        <translation>Nama mitra</translation>
    </message>
    <message>
        <source>Bentuk dokumen</source>
        <translation>Bentuk dokumen</translation>
    </message>
    <message>
        <source>Perkiraan biaya</source>
        <translation>Perkiraan biaya</translation>
    </message>
    <message>
        <source>Sudah dalam APBD</source>
        <translation>Sudah dalam APBD</translation>
    </message>
    <message>
        <source>Membebani masyarakat</source>
        <translation>Membebani masyarakat</translation>
    </message>
    <message>
        <source>Asal saran</source>
        <translation>Asal saran</translation>
    </message>
    <message>
        <source>Usulan asal</source>
        <translation>Usulan asal</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Jenis dokumen</translation>
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
        <source>Para pihak</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <source>Tanggal penandatanganan</source>
        <translation>Tanggal penandatanganan</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Tanggal berakhir</source>
        <translation>Tanggal berakhir</translation>
    </message>
    <message>
        <source>Riwayat tahapan</source>
        <translation>Riwayat tahapan</translation>
    </message>
    <message>
        <source>Tahapan</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Perangkat daerah pelaksana</source>
        <translation>Perangkat daerah pelaksana</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Kerja sama</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Penilai</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <source>Kendala</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Penilaian umum</source>
        <translation>Penilaian umum</translation>
    </message>
    <message>
        <source>Nama berkas</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <source>Tipe berkas</source>
        <translation>Tipe berkas</translation>
    </message>
    <message>
        <source>Isi berkas</source>
        <translation>Isi berkas</translation>
    </message>
    <message>
        <source>Monev %1, %2</source>
        <translation>Monev %1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>ada</translation>
    </message>
    <message>
        <source>Status rekaman</source>
        <translation>Status rekaman</translation>
    </message>
    <message>
        <source>kolom: %1</source>
        <translation>kolom: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n konflik dari %1 belum diputuskan: pilih versi saya atau versi PD.</source>
        <translation>
            <numerusform>%n konflik dari %1 belum diputuskan: pilih versi saya atau versi PD.</numerusform>
        </translation>
    </message>
    <message>
        <source>sudah sama di proyek ini</source>
        <translation>sudah sama di proyek ini</translation>
    </message>
    <message>
        <source>%1; dipakai versi PD</source>
        <translation>%1; dipakai versi PD</translation>
    </message>
    <message>
        <source>%1; dipakai versi saya</source>
        <translation>%1; dipakai versi saya</translation>
    </message>
    <message>
        <source>Proyek berubah sejak pratinjau penggabungan dibuat; buat pratinjau lagi.</source>
        <translation>Proyek berubah sejak pratinjau penggabungan dibuat; buat pratinjau lagi.</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Usulan</translation>
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
        <source>ditambahkan</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>diubah</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>diubah di kedua sisi</source>
        <translation>diubah di kedua sisi</translation>
    </message>
    <message>
        <source>dihapus di proyek ini, diubah di salinan</source>
        <translation>dihapus di proyek ini, diubah di salinan</translation>
    </message>
    <message>
        <source>diubah di proyek ini, dihapus di salinan</source>
        <translation>diubah di proyek ini, dihapus di salinan</translation>
    </message>
    <message>
        <source>berbeda tanpa waktu perubahan yang jelas</source>
        <translation>berbeda tanpa waktu perubahan yang jelas</translation>
    </message>
    <message>
        <source>Proyek ini sendiri salinan untuk %1; kirim salinan dari proyek induk &quot;%2&quot;.</source>
        <translation>Proyek ini sendiri salinan untuk %1; kirim salinan dari proyek induk &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Salinan untuk %1, dibuat dari proyek %2 pada tanggal %3</source>
        <translation>Salinan untuk %1, dibuat dari proyek %2 pada tanggal %3</translation>
    </message>
    <message>
        <source>(urusan %1)</source>
        <translation>(urusan %1)</translation>
    </message>
    <message>
        <source>Proyek &quot;%1&quot; bukan salinan proyek ini (&quot;%2&quot;): berkas itu tidak dibuat dengan &quot;Kirim ke perangkat daerah&quot;.</source>
        <translation>Proyek &quot;%1&quot; bukan salinan proyek ini (&quot;%2&quot;): berkas itu tidak dibuat dengan &quot;Kirim ke perangkat daerah&quot;.</translation>
    </message>
    <message>
        <source>Proyek &quot;%1&quot; bukan salinan proyek ini (&quot;%2&quot;): salinan itu dibuat dari proyek lain (&quot;%3&quot;).</source>
        <translation>Proyek &quot;%1&quot; bukan salinan proyek ini (&quot;%2&quot;): salinan itu dibuat dari proyek lain (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>sudah sama</source>
        <translation>sudah sama</translation>
    </message>
    <message>
        <source>konflik: versi saya dipakai</source>
        <translation>konflik: versi saya dipakai</translation>
    </message>
    <message>
        <source>konflik: versi PD dipakai</source>
        <translation>konflik: versi PD dipakai</translation>
    </message>
    <message>
        <source>Waktu (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Berkas salinan</source>
        <translation>Berkas salinan</translation>
    </message>
    <message>
        <source>Jenis rekaman</source>
        <translation>Jenis rekaman</translation>
    </message>
    <message>
        <source>ID rekaman</source>
        <translation>ID rekaman</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Log penggabungan tidak dapat ditulis: %1</source>
        <translation>Log penggabungan tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>%1: di proyek ini &quot;%2&quot;, di salinan &quot;%3&quot;</source>
        <translation>%1: di proyek ini &quot;%2&quot;, di salinan &quot;%3&quot;</translation>
    </message>
    <message>
        <source>nilai: %1</source>
        <translation>nilai: %1</translation>
    </message>
    <message>
        <source>data proyek tidak diambil</source>
        <translation>data proyek tidak diambil</translation>
    </message>
    <message>
        <source>Wilayah terdampak eksternalitas</source>
        <translation>Wilayah terdampak eksternalitas</translation>
    </message>
    <message>
        <source>Penjelasan mesin saran</source>
        <translation>Penjelasan mesin saran</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Judul proyek</source>
        <translation>Judul proyek</translation>
    </message>
    <message>
        <source>Daerah pemilik</source>
        <translation>Daerah pemilik</translation>
    </message>
    <message>
        <source>Cakupan wilayah</source>
        <translation>Cakupan wilayah</translation>
    </message>
    <message>
        <source>Pengaturan %1</source>
        <translation>Pengaturan %1</translation>
    </message>
    <message>
        <source>%1: di proyek ini &quot;%2&quot;, di salinan &quot;%3&quot;; tidak diambil</source>
        <translation>%1: di proyek ini &quot;%2&quot;, di salinan &quot;%3&quot;; tidak diambil</translation>
    </message>
    <message>
        <source>kalah oleh suntingan yang lebih baru dari %1 (%2); tidak diambil</source>
        <translation>kalah oleh suntingan yang lebih baru dari %1 (%2); tidak diambil</translation>
    </message>
    <message>
        <source>kalah oleh salinan lain</source>
        <translation>kalah oleh salinan lain</translation>
    </message>
    <message>
        <source>Penawaran masuk</source>
        <translation>Penawaran masuk</translation>
    </message>
    <message>
        <source>Kesepakatan bersama yang diacu</source>
        <translation>Kesepakatan bersama yang diacu</translation>
    </message>
    <message>
        <source>Kerja sama yang diperpanjang</source>
        <translation>Kerja sama yang diperpanjang</translation>
    </message>
    <message>
        <source>Dasar pengecualian jangka waktu</source>
        <translation>Dasar pengecualian jangka waktu</translation>
    </message>
    <message>
        <source>Catatan tinjauan</source>
        <translation>Catatan tinjauan</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Versi naskah</source>
        <translation>Versi naskah</translation>
    </message>
    <message>
        <source>Pemegang naskah asli</source>
        <translation>Pemegang naskah asli</translation>
    </message>
    <message>
        <source>Lokasi naskah asli</source>
        <translation>Lokasi naskah asli</translation>
    </message>
    <message>
        <source>Jenis pengirim</source>
        <translation>Jenis pengirim</translation>
    </message>
    <message>
        <source>Daerah pengirim</source>
        <translation>Daerah pengirim</translation>
    </message>
    <message>
        <source>Nama pengirim</source>
        <translation>Nama pengirim</translation>
    </message>
    <message>
        <source>Tanggal diterima</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Hal yang ditawarkan</source>
        <translation>Hal yang ditawarkan</translation>
    </message>
    <message>
        <source>Perangkat daerah yang dimintai pendapat</source>
        <translation>Perangkat daerah yang dimintai pendapat</translation>
    </message>
    <message>
        <source>Batas waktu jawaban</source>
        <translation>Batas waktu jawaban</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Alasan penolakan</translation>
    </message>
    <message>
        <source>Usulan hasil penawaran</source>
        <translation>Usulan hasil penawaran</translation>
    </message>
</context>
<context>
    <name>ksd::MergeDialog</name>
    <message>
        <source>Gabungkan salinan</source>
        <translation>Gabungkan salinan</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Berkas salinan</source>
        <translation>Berkas salinan</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Ditambah</source>
        <translation>Ditambah</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Belum diputuskan</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Rekaman</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Perubahan / keputusan</source>
        <translation>Perubahan / keputusan</translation>
    </message>
    <message>
        <source>Pakai versi saya</source>
        <translation>Pakai versi saya</translation>
    </message>
    <message>
        <source>Pakai versi PD</source>
        <translation>Pakai versi PD</translation>
    </message>
    <message>
        <source>Keputusan untuk rekaman ini:</source>
        <translation>Keputusan untuk rekaman ini:</translation>
    </message>
    <message>
        <source>Pakai versi PD untuk semua</source>
        <translation>Pakai versi PD untuk semua</translation>
    </message>
    <message>
        <source>Pakai versi saya untuk semua</source>
        <translation>Pakai versi saya untuk semua</translation>
    </message>
    <message>
        <source>Semua konflik:</source>
        <translation>Semua konflik:</translation>
    </message>
    <message>
        <source>Tambah salinan…</source>
        <translation>Tambah salinan…</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Ringkasan per perangkat daerah:</source>
        <translation>Ringkasan per perangkat daerah:</translation>
    </message>
    <message>
        <source>tidak digabungkan. </source>
        <translation>tidak digabungkan. </translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>tidak ada perubahan baru</source>
        <translation>tidak ada perubahan baru</translation>
    </message>
    <message>
        <source>pakai versi saya</source>
        <translation>pakai versi saya</translation>
    </message>
    <message>
        <source>pakai versi PD</source>
        <translation>pakai versi PD</translation>
    </message>
    <message>
        <source>belum diputuskan</source>
        <translation>belum diputuskan</translation>
    </message>
    <message>
        <source>Ditambahkan</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Belum ada salinan yang dapat digabungkan.</source>
        <translation>Belum ada salinan yang dapat digabungkan.</translation>
    </message>
    <message>
        <source>Pilih rekaman di sebelah kiri untuk melihat perbedaannya.</source>
        <translation>Pilih rekaman di sebelah kiri untuk melihat perbedaannya.</translation>
    </message>
    <message>
        <source>Salinan %1 menambah %2, mengubah %3 dan menghapus %4 rekaman; %5 konflik perlu diputuskan.</source>
        <translation>Salinan %1 menambah %2, mengubah %3 dan menghapus %4 rekaman; %5 konflik perlu diputuskan.</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Versi saya</source>
        <translation>Versi saya</translation>
    </message>
    <message>
        <source>Versi PD (%1)</source>
        <translation>Versi PD (%1)</translation>
    </message>
    <message>
        <source>Diubah oleh</source>
        <translation>Diubah oleh</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Waktu perubahan / penghapusan</source>
        <translation>Waktu perubahan / penghapusan</translation>
    </message>
    <message>
        <source>Waktu perubahan</source>
        <translation>Waktu perubahan</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Konflik (%1). Salinan dari %2, dikirim %3. Pilih versi yang dipakai.</source>
        <translation>Konflik (%1). Salinan dari %2, dikirim %3. Pilih versi yang dipakai.</translation>
    </message>
    <message>
        <source>Rekaman baru dari %1; ditambahkan tanpa pertanyaan.</source>
        <translation>Rekaman baru dari %1; ditambahkan tanpa pertanyaan.</translation>
    </message>
    <message>
        <source>Diubah hanya di salinan %1 (di proyek ini tidak berubah); perubahan diambil tanpa pertanyaan.</source>
        <translation>Diubah hanya di salinan %1 (di proyek ini tidak berubah); perubahan diambil tanpa pertanyaan.</translation>
    </message>
    <message>
        <source>Dihapus di salinan %1 (di proyek ini tidak berubah); rekaman ditandai terhapus.</source>
        <translation>Dihapus di salinan %1 (di proyek ini tidak berubah); rekaman ditandai terhapus.</translation>
    </message>
    <message>
        <source>Tidak ada salinan yang dapat digabungkan.</source>
        <translation>Tidak ada salinan yang dapat digabungkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n konflik belum diputuskan.</source>
        <translation>
            <numerusform>%n konflik belum diputuskan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salinan tidak membawa perubahan baru (mungkin sudah digabungkan sebelumnya).</source>
        <translation>Salinan tidak membawa perubahan baru (mungkin sudah digabungkan sebelumnya).</translation>
    </message>
    <message numerus="yes">
        <source>Semua %n konflik sudah diputuskan.</source>
        <translation>
            <numerusform>Semua %n konflik sudah diputuskan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada konflik.</source>
        <translation>Tidak ada konflik.</translation>
    </message>
    <message>
        <source>Pilih salinan yang dikembalikan</source>
        <translation>Pilih salinan yang dikembalikan</translation>
    </message>
    <message>
        <source>Proyek PetaKSD (*.ksd)</source>
        <translation>Proyek PetaKSD (*.ksd)</translation>
    </message>
    <message>
        <source>Salinan tidak dapat digabungkan</source>
        <translation>Salinan tidak dapat digabungkan</translation>
    </message>
    <message>
        <source>Kalah oleh salinan lain yang lebih baru</source>
        <translation>Kalah oleh salinan lain yang lebih baru</translation>
    </message>
    <message>
        <source>tidak diambil</source>
        <translation>tidak diambil</translation>
    </message>
    <message>
        <source>Salinan %1 juga mengubah rekaman ini, tetapi %2 mengubahnya lebih baru (%3): hanya versi %2 yang digabungkan; versi ini dicatat di log penggabungan.</source>
        <translation>Salinan %1 juga mengubah rekaman ini, tetapi %2 mengubahnya lebih baru (%3): hanya versi %2 yang digabungkan; versi ini dicatat di log penggabungan.</translation>
    </message>
</context>
<context>
    <name>ksd::MergeLogDialog</name>
    <message>
        <source>Log penggabungan</source>
        <translation>Log penggabungan</translation>
    </message>
    <message>
        <source>Belum ada salinan yang digabungkan ke proyek ini.</source>
        <translation>Belum ada salinan yang digabungkan ke proyek ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n rekaman diambil, diputuskan atau dicatat saat menggabungkan salinan dari perangkat daerah.</source>
        <translation>
            <numerusform>%n rekaman diambil, diputuskan atau dicatat saat menggabungkan salinan dari perangkat daerah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Berkas salinan</source>
        <translation>Berkas salinan</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>ID rekaman</source>
        <translation>ID rekaman</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 - log penggabungan.csv</source>
        <translation>%1 - log penggabungan.csv</translation>
    </message>
    <message>
        <source>Ekspor log penggabungan</source>
        <translation>Ekspor log penggabungan</translation>
    </message>
    <message>
        <source>CSV untuk Excel (*.csv)</source>
        <translation>CSV untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>Log tidak dapat diekspor</source>
        <translation>Log tidak dapat diekspor</translation>
    </message>
    <message>
        <source>%1 baris yang lebih lama tidak ditampilkan di sini: baris itu tetap tersimpan di berkas dan ikut diekspor ke CSV.</source>
        <translation>%1 baris yang lebih lama tidak ditampilkan di sini: baris itu tetap tersimpan di berkas dan ikut diekspor ke CSV.</translation>
    </message>
</context>
<context>
    <name>ksd::MergeSession</name>
    <message>
        <source>Berkas ini sudah dipilih.</source>
        <translation>Berkas ini sudah dipilih.</translation>
    </message>
    <message>
        <source>Berkas versi lama (versi %1) telah dimutakhirkan; berkas aslinya disimpan sebagai %2.</source>
        <translation>Berkas versi lama (versi %1) telah dimutakhirkan; berkas aslinya disimpan sebagai %2.</translation>
    </message>
    <message>
        <source>Gabungkan salinan dari %1</source>
        <translation>Gabungkan salinan dari %1</translation>
    </message>
    <message>
        <source>Tidak ada proyek yang terbuka.</source>
        <translation>Tidak ada proyek yang terbuka.</translation>
    </message>
    <message>
        <source>Proyek berubah sejak pratinjau dibuat; buka lagi Gabungkan salinan.</source>
        <translation>Proyek berubah sejak pratinjau dibuat; buka lagi Gabungkan salinan.</translation>
    </message>
    <message numerus="yes">
        <source>Masih ada %n konflik yang belum diputuskan.</source>
        <translation>
            <numerusform>Masih ada %n konflik yang belum diputuskan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ksd::MinimapWidget</name>
    <message>
        <source>Ikhtisar peta: klik atau seret untuk berpindah</source>
        <translation>Ikhtisar peta: klik atau seret untuk berpindah</translation>
    </message>
</context>
<context>
    <name>ksd::MonevDashboard</name>
    <message>
        <source>belum dapat dinilai</source>
        <translation>belum dapat dinilai</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Persen</source>
        <translation>Persen</translation>
    </message>
    <message>
        <source>Usulan kerja sama yang masuk</source>
        <translation>Usulan kerja sama yang masuk</translation>
    </message>
    <message>
        <source>Perangkat daerah pengusul</source>
        <translation>Perangkat daerah pengusul</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD</source>
        <translation>Memenuhi kriteria KSD</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD</source>
        <translation>Tidak memenuhi kriteria KSD</translation>
    </message>
    <message>
        <source>kerja sama tanpa kategori</source>
        <translation>kerja sama tanpa kategori</translation>
    </message>
    <message>
        <source>Kategori usulan yang memenuhi kriteria</source>
        <translation>Kategori usulan yang memenuhi kriteria</translation>
    </message>
    <message>
        <source>KSDD: %1</source>
        <translation>KSDD: %1</translation>
    </message>
    <message>
        <source>Memerlukan persetujuan DPRD</source>
        <translation>Memerlukan persetujuan DPRD</translation>
    </message>
    <message>
        <source>Memenuhi/tidak memenuhi: dari semua usulan. Kategori dan persetujuan DPRD: dari usulan yang memenuhi kriteria. Kelas KSDD: dari usulan KSDD.</source>
        <translation>Memenuhi/tidak memenuhi: dari semua usulan. Kategori dan persetujuan DPRD: dari usulan yang memenuhi kriteria. Kelas KSDD: dari usulan KSDD.</translation>
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
        <source>Sudah mencapai</source>
        <translation>Sudah mencapai</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Kerja sama</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Sisa hari</source>
        <translation>Sisa hari</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Berakhir dalam 6 bulan</source>
        <translation>Berakhir dalam 6 bulan</translation>
    </message>
    <message>
        <source>Kerja sama dalam register</source>
        <translation>Kerja sama dalam register</translation>
    </message>
    <message>
        <source>Berakhir dalam 3 bulan</source>
        <translation>Berakhir dalam 3 bulan</translation>
    </message>
    <message>
        <source>Sudah lewat tanggal berakhir, masih aktif</source>
        <translation>Sudah lewat tanggal berakhir, masih aktif</translation>
    </message>
    <message>
        <source>Catatan monev</source>
        <translation>Catatan monev</translation>
    </message>
    <message>
        <source>Rata-rata nilai (1–5)</source>
        <translation>Rata-rata nilai (1–5)</translation>
    </message>
    <message>
        <source>Rekomendasi terakhir: %1</source>
        <translation>Rekomendasi terakhir: %1</translation>
    </message>
    <message>
        <source>bagian</source>
        <translation>bagian</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>kolom</translation>
    </message>
    <message>
        <source>nilai</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>Dokumen menurut jenis dan mitra</source>
        <translation>Dokumen menurut jenis dan mitra</translation>
    </message>
    <message>
        <source>Usulan kerja sama</source>
        <translation>Usulan kerja sama</translation>
    </message>
    <message>
        <source>Tahapan</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>Masa berlaku dan monev</source>
        <translation>Masa berlaku dan monev</translation>
    </message>
    <message>
        <source>Kerja sama yang akan berakhir</source>
        <translation>Kerja sama yang akan berakhir</translation>
    </message>
    <message numerus="yes">
        <source>Lewat %n hari, masih %1</source>
        <translation>
            <numerusform>Lewat %n hari, masih %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dalam 3 bulan</source>
        <translation>Dalam 3 bulan</translation>
    </message>
    <message>
        <source>Dalam 6 bulan</source>
        <translation>Dalam 6 bulan</translation>
    </message>
    <message>
        <source>%1
Siapkan perpanjangan, addendum atau pengakhirannya. Klik untuk memilih kerja sama ini; klik dua kali untuk membukanya.</source>
        <translation>%1
Siapkan perpanjangan, addendum atau pengakhirannya. Klik untuk memilih kerja sama ini; klik dua kali untuk membukanya.</translation>
    </message>
</context>
<context>
    <name>ksd::MonevPage</name>
    <message>
        <source>Persiapan</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <source>Penawaran</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Penyusunan KB</source>
        <translation>Penyusunan KB</translation>
    </message>
    <message>
        <source>Tanda tangan KB</source>
        <translation>Tanda tangan KB</translation>
    </message>
    <message>
        <source>Persetujuan DPRD</source>
        <translation>Persetujuan DPRD</translation>
    </message>
    <message>
        <source>Penyusunan PKS</source>
        <translation>Penyusunan PKS</translation>
    </message>
    <message>
        <source>Tanda tangan PKS</source>
        <translation>Tanda tangan PKS</translation>
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
        <source>Menghitung angka monev</source>
        <translation>Menghitung angka monev</translation>
    </message>
    <message numerus="yes">
        <source>%n kerja sama berakhir dalam 3 bulan</source>
        <translation>
            <numerusform>%n kerja sama berakhir dalam 3 bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kerja sama sudah lewat tanggal berakhir tetapi masih berstatus aktif</source>
        <translation>
            <numerusform>%n kerja sama sudah lewat tanggal berakhir tetapi masih berstatus aktif</numerusform>
        </translation>
    </message>
    <message>
        <source>Siapkan perpanjangan, addendum atau pengakhirannya (lihat daftar di bawah).</source>
        <translation>Siapkan perpanjangan, addendum atau pengakhirannya (lihat daftar di bawah).</translation>
    </message>
    <message>
        <source>Dokumen menurut jenis dan mitra</source>
        <translation>Dokumen menurut jenis dan mitra</translation>
    </message>
    <message numerus="yes">
        <source>Kategori %n usulan yang memenuhi kriteria</source>
        <translation>
            <numerusform>Kategori %n usulan yang memenuhi kriteria</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada usulan yang memenuhi kriteria KSD</source>
        <translation>Belum ada usulan yang memenuhi kriteria KSD</translation>
    </message>
    <message>
        <source>Sudah mencapai</source>
        <translation>Sudah mencapai</translation>
    </message>
    <message>
        <source>Kerja sama yang sudah mencapai setiap tahap</source>
        <translation>Kerja sama yang sudah mencapai setiap tahap</translation>
    </message>
    <message>
        <source>angka-monev-%1.csv</source>
        <translation>angka-monev-%1.csv</translation>
    </message>
    <message>
        <source>Ekspor angka monev</source>
        <translation>Ekspor angka monev</translation>
    </message>
    <message>
        <source>Berkas CSV untuk Excel (*.csv)</source>
        <translation>Berkas CSV untuk Excel (*.csv)</translation>
    </message>
    <message>
        <source>Angka monev diekspor ke %1</source>
        <translation>Angka monev diekspor ke %1</translation>
    </message>
    <message>
        <source>Monev kerja sama daerah</source>
        <translation>Monev kerja sama daerah</translation>
    </message>
    <message>
        <source>Monev kerja sama daerah — %1</source>
        <translation>Monev kerja sama daerah — %1</translation>
    </message>
    <message>
        <source>Angka per &amp;tanggal:</source>
        <translation>Angka per &amp;tanggal:</translation>
    </message>
    <message>
        <source>Masa berlaku dihitung dari tanggal ini</source>
        <translation>Masa berlaku dihitung dari tanggal ini</translation>
    </message>
    <message>
        <source>Ekspor angka…</source>
        <translation>Ekspor angka…</translation>
    </message>
    <message>
        <source>Semua angka di halaman ini ke berkas CSV untuk Excel</source>
        <translation>Semua angka di halaman ini ke berkas CSV untuk Excel</translation>
    </message>
    <message>
        <source>Dokumen kerja sama menurut jenis dan mitra</source>
        <translation>Dokumen kerja sama menurut jenis dan mitra</translation>
    </message>
    <message>
        <source>Usulan kerja sama yang disaring</source>
        <translation>Usulan kerja sama yang disaring</translation>
    </message>
    <message>
        <source>Tahapan kerja sama (Permendagri 22/2020)</source>
        <translation>Tahapan kerja sama (Permendagri 22/2020)</translation>
    </message>
    <message>
        <source>Masa berlaku dan monev</source>
        <translation>Masa berlaku dan monev</translation>
    </message>
    <message>
        <source>Kerja sama yang berakhir dalam 3 dan 6 bulan</source>
        <translation>Kerja sama yang berakhir dalam 3 dan 6 bulan</translation>
    </message>
    <message>
        <source>Tidak ada kerja sama aktif yang berakhir dalam 6 bulan.</source>
        <translation>Tidak ada kerja sama aktif yang berakhir dalam 6 bulan.</translation>
    </message>
    <message>
        <source>Pembahasan TKKSD</source>
        <translation>Pembahasan TKKSD</translation>
    </message>
    <message>
        <source>Berlaku (KB)</source>
        <translation>Berlaku (KB)</translation>
    </message>
    <message>
        <source>Persetujuan Pusat</source>
        <translation>Persetujuan Pusat</translation>
    </message>
    <message>
        <source>Penyusunan NK</source>
        <translation>Penyusunan NK</translation>
    </message>
    <message>
        <source>Tanda tangan NK</source>
        <translation>Tanda tangan NK</translation>
    </message>
    <message>
        <source>Rencana aksi</source>
        <translation>Rencana aksi</translation>
    </message>
</context>
<context>
    <name>ksd::MonevRecordEditor</name>
    <message>
        <source>&amp;Tanggal monev:</source>
        <translation>&amp;Tanggal monev:</translation>
    </message>
    <message>
        <source>&amp;Penilai:</source>
        <translation>&amp;Penilai:</translation>
    </message>
    <message>
        <source>&amp;Kendala:</source>
        <translation>&amp;Kendala:</translation>
    </message>
    <message>
        <source>&amp;Rekomendasi:</source>
        <translation>&amp;Rekomendasi:</translation>
    </message>
    <message>
        <source>&amp;Nilai keseluruhan (1–5):</source>
        <translation>&amp;Nilai keseluruhan (1–5):</translation>
    </message>
    <message>
        <source>Tambah catatan monev</source>
        <translation>Tambah catatan monev</translation>
    </message>
    <message>
        <source>Ubah catatan monev</source>
        <translation>Ubah catatan monev</translation>
    </message>
    <message>
        <source>Kriteria (0 = tidak dinilai, 1 = sangat kurang … 5 = sangat baik)</source>
        <translation>Kriteria (0 = tidak dinilai, 1 = sangat kurang … 5 = sangat baik)</translation>
    </message>
    <message>
        <source>tidak dinilai</source>
        <translation>tidak dinilai</translation>
    </message>
    <message>
        <source>Kendala yang ditemui dalam pelaksanaan</source>
        <translation>Kendala yang ditemui dalam pelaksanaan</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ksd::MoveRegionNodes</name>
    <message>
        <source>Pindahkan simpul %1</source>
        <translation>Pindahkan simpul %1</translation>
    </message>
    <message numerus="yes">
        <source>Pindahkan %n simpul</source>
        <translation>
            <numerusform>Pindahkan %n simpul</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ksd::NetworkView</name>
    <message>
        <source>Peta jejaring kerja sama daerah</source>
        <translation>Peta jejaring kerja sama daerah</translation>
    </message>
</context>
<context>
    <name>ksd::NetworkWidget</name>
    <message>
        <source>Geografis</source>
        <translation>Geografis</translation>
    </message>
    <message>
        <source>Jejaring (gaya tarik)</source>
        <translation>Jejaring (gaya tarik)</translation>
    </message>
    <message>
        <source>Melingkar per provinsi</source>
        <translation>Melingkar per provinsi</translation>
    </message>
    <message>
        <source>Tata letak peta</source>
        <translation>Tata letak peta</translation>
    </message>
    <message>
        <source>Saring menurut urusan</source>
        <translation>Saring menurut urusan</translation>
    </message>
    <message>
        <source>Jenis tautan</source>
        <translation>Jenis tautan</translation>
    </message>
    <message>
        <source>Saring menurut kelas saran, usulan dan kesepakatan</source>
        <translation>Saring menurut kelas saran, usulan dan kesepakatan</translation>
    </message>
    <message>
        <source>Klaster multipihak</source>
        <translation>Klaster multipihak</translation>
    </message>
    <message>
        <source>Saring kesepakatan menurut tahap</source>
        <translation>Saring kesepakatan menurut tahap</translation>
    </message>
    <message>
        <source>Semua tahap</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>Saring menurut provinsi</source>
        <translation>Saring menurut provinsi</translation>
    </message>
    <message>
        <source>Perbesar (+)</source>
        <translation>Perbesar (+)</translation>
    </message>
    <message>
        <source>Perkecil (−)</source>
        <translation>Perkecil (−)</translation>
    </message>
    <message>
        <source>Paskan</source>
        <translation>Paskan</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>PNG untuk layar (1920 piksel)…</source>
        <translation>PNG untuk layar (1920 piksel)…</translation>
    </message>
    <message>
        <source>PNG untuk cetak (A4, 300 dpi)…</source>
        <translation>PNG untuk cetak (A4, 300 dpi)…</translation>
    </message>
    <message>
        <source>SVG (vektor)…</source>
        <translation>SVG (vektor)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Menghitung saran…</source>
        <translation>Menghitung saran…</translation>
    </message>
    <message>
        <source>Semua urusan</source>
        <translation>Semua urusan</translation>
    </message>
    <message>
        <source>Semua provinsi</source>
        <translation>Semua provinsi</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Gambar vektor SVG (*.svg)</source>
        <translation>Gambar vektor SVG (*.svg)</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Ekspor peta</source>
        <translation>Ekspor peta</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Rincian: %1</source>
        <translation>Rincian: %1</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cari daerah…</source>
        <translation>Cari daerah…</translation>
    </message>
    <message>
        <source>Cari daerah menurut nama atau kode, lalu perbesar ke sana (Ctrl+F)</source>
        <translation>Cari daerah menurut nama atau kode, lalu perbesar ke sana (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari daerah</source>
        <translation>Cari daerah</translation>
    </message>
    <message>
        <source>Paskan ke daerah cakupan dan mitranya (0)</source>
        <translation>Paskan ke daerah cakupan dan mitranya (0)</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Ukuran dan warna simpul, legenda, ikhtisar</source>
        <translation>Ukuran dan warna simpul, legenda, ikhtisar</translation>
    </message>
    <message>
        <source>Ukuran simpul</source>
        <translation>Ukuran simpul</translation>
    </message>
    <message>
        <source>Menurut jumlah isian</source>
        <translation>Menurut jumlah isian</translation>
    </message>
    <message>
        <source>Menurut skor saran</source>
        <translation>Menurut skor saran</translation>
    </message>
    <message>
        <source>Warna simpul</source>
        <translation>Warna simpul</translation>
    </message>
    <message>
        <source>Menurut jenis daerah</source>
        <translation>Menurut jenis daerah</translation>
    </message>
    <message>
        <source>Menurut kebutuhan/potensi</source>
        <translation>Menurut kebutuhan/potensi</translation>
    </message>
    <message>
        <source>Peta ikhtisar</source>
        <translation>Peta ikhtisar</translation>
    </message>
    <message>
        <source>Ekspor peta ke PNG, SVG atau PDF</source>
        <translation>Ekspor peta ke PNG, SVG atau PDF</translation>
    </message>
    <message>
        <source>Saring:</source>
        <translation>Saring:</translation>
    </message>
</context>
<context>
    <name>ksd::NumberEdit</name>
    <message>
        <source>&quot;%1&quot; bukan angka. Tulis misalnya 1.500.000.000 atau 12,5.</source>
        <translation>&quot;%1&quot; bukan angka. Tulis misalnya 1.500.000.000 atau 12,5.</translation>
    </message>
</context>
<context>
    <name>ksd::OfferEditor</name>
    <message>
        <source>Catat penawaran masuk</source>
        <translation>Catat penawaran masuk</translation>
    </message>
    <message>
        <source>Ubah penawaran masuk</source>
        <translation>Ubah penawaran masuk</translation>
    </message>
    <message>
        <source>Membebani masyarakat</source>
        <translation>Membebani masyarakat</translation>
    </message>
    <message>
        <source>Pembiayaan sudah dalam APBD</source>
        <translation>Pembiayaan sudah dalam APBD</translation>
    </message>
    <message>
        <source>Jenis pengirim:</source>
        <translation>Jenis pengirim:</translation>
    </message>
    <message>
        <source>Daerah pengirim:</source>
        <translation>Daerah pengirim:</translation>
    </message>
    <message>
        <source>Nama pengirim:</source>
        <translation>Nama pengirim:</translation>
    </message>
    <message>
        <source>Tanggal diterima:</source>
        <translation>Tanggal diterima:</translation>
    </message>
    <message>
        <source>Nomor surat:</source>
        <translation>Nomor surat:</translation>
    </message>
    <message>
        <source>Urusan:</source>
        <translation>Urusan:</translation>
    </message>
    <message>
        <source>Hal yang ditawarkan:</source>
        <translation>Hal yang ditawarkan:</translation>
    </message>
    <message>
        <source>Uraian:</source>
        <translation>Uraian:</translation>
    </message>
    <message>
        <source>PD yang dimintai pendapat:</source>
        <translation>PD yang dimintai pendapat:</translation>
    </message>
    <message>
        <source>Batas waktu jawaban:</source>
        <translation>Batas waktu jawaban:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Kelas KSDD: %1</source>
        <translation>Kelas KSDD: %1</translation>
    </message>
</context>
<context>
    <name>ksd::OffersPanel</name>
    <message>
        <source>Tolak penawaran</source>
        <translation>Tolak penawaran</translation>
    </message>
    <message>
        <source>Alasan penolakan (dicatat bersama penawaran):</source>
        <translation>Alasan penolakan (dicatat bersama penawaran):</translation>
    </message>
    <message>
        <source>Tidak memenuhi</source>
        <translation>Tidak memenuhi</translation>
    </message>
    <message>
        <source>Menunggu, lewat batas %1 hari</source>
        <translation>Menunggu, lewat batas %1 hari</translation>
    </message>
    <message>
        <source>Nomor surat %1</source>
        <translation>Nomor surat %1</translation>
    </message>
    <message>
        <source>Penawaran masuk: %1, menunggu jawaban %2</source>
        <translation>Penawaran masuk: %1, menunggu jawaban %2</translation>
    </message>
    <message>
        <source>Pilih penawaran lebih dulu.</source>
        <translation>Pilih penawaran lebih dulu.</translation>
    </message>
    <message>
        <source>Penawaran diterima menjadi usulan &quot;%1&quot; (tabel di atas).</source>
        <translation>Penawaran diterima menjadi usulan &quot;%1&quot; (tabel di atas).</translation>
    </message>
    <message>
        <source>Penawaran ditolak; alasannya dicatat.</source>
        <translation>Penawaran ditolak; alasannya dicatat.</translation>
    </message>
    <message>
        <source>Tgl. masuk</source>
        <translation>Tgl. masuk</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Hal yang ditawarkan</source>
        <translation>Hal yang ditawarkan</translation>
    </message>
    <message>
        <source>Batas jawaban</source>
        <translation>Batas jawaban</translation>
    </message>
    <message>
        <source>Penyaringan</source>
        <translation>Penyaringan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catat penawaran…</source>
        <translation>Catat penawaran…</translation>
    </message>
    <message>
        <source>Terima jadi usulan</source>
        <translation>Terima jadi usulan</translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>ksd::OptionalDateEdit</name>
    <message>
        <source>Kosongkan tanggal</source>
        <translation>Kosongkan tanggal</translation>
    </message>
    <message>
        <source>Tanggal dd/mm/yyyy; klik panah untuk kalender, Delete untuk mengosongkan</source>
        <translation>Tanggal dd/mm/yyyy; klik panah untuk kalender, Delete untuk mengosongkan</translation>
    </message>
</context>
<context>
    <name>ksd::PreferencesDialog</name>
    <message>
        <source>Preferensi</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Bahasa tampilan; berlaku seketika</source>
        <translation>Bahasa tampilan; berlaku seketika</translation>
    </message>
    <message>
        <source>&amp;Nama pengubah:</source>
        <translation>&amp;Nama pengubah:</translation>
    </message>
    <message>
        <source>Nama pengubah</source>
        <translation>Nama pengubah</translation>
    </message>
    <message>
        <source>Dicatat pada setiap rekaman yang Anda ubah. Pada salinan untuk perangkat daerah, nama perangkat daerah itu yang dipakai.</source>
        <translation>Dicatat pada setiap rekaman yang Anda ubah. Pada salinan untuk perangkat daerah, nama perangkat daerah itu yang dipakai.</translation>
    </message>
    <message>
        <source>&amp;Simpan pemulihan tiap:</source>
        <translation>&amp;Simpan pemulihan tiap:</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>tidak pernah</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Salinan pemulihan ditulis selama ada perubahan yang belum disimpan, dan ditawarkan bila aplikasi tertutup tidak wajar</source>
        <translation>Salinan pemulihan ditulis selama ada perubahan yang belum disimpan, dan ditawarkan bila aplikasi tertutup tidak wajar</translation>
    </message>
</context>
<context>
    <name>ksd::ProjectActions</name>
    <message>
        <source>&amp;Data proyek…</source>
        <translation>&amp;Data proyek…</translation>
    </message>
    <message>
        <source>Ubah judul, daerah pemilik dan tahun pemetaan</source>
        <translation>Ubah judul, daerah pemilik dan tahun pemetaan</translation>
    </message>
    <message>
        <source>&amp;Tambah wilayah ke cakupan…</source>
        <translation>&amp;Tambah wilayah ke cakupan…</translation>
    </message>
    <message>
        <source>Tambah wilayah &amp;berbatasan</source>
        <translation>Tambah wilayah &amp;berbatasan</translation>
    </message>
    <message>
        <source>Tambah wilayah yang berbatasan darat dengan wilayah terpilih di panel Cakupan</source>
        <translation>Tambah wilayah yang berbatasan darat dengan wilayah terpilih di panel Cakupan</translation>
    </message>
    <message>
        <source>&amp;Keluarkan wilayah dari cakupan</source>
        <translation>&amp;Keluarkan wilayah dari cakupan</translation>
    </message>
    <message>
        <source>Tambah &amp;isian</source>
        <translation>Tambah &amp;isian</translation>
    </message>
    <message>
        <source>Tambah potensi atau kebutuhan baru (Ctrl+Shift+N)</source>
        <translation>Tambah potensi atau kebutuhan baru (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>ksd::ProjectDocument</name>
    <message>
        <source>Tanpa nama</source>
        <translation>Tanpa nama</translation>
    </message>
    <message>
        <source>Proyek ini belum pernah disimpan.</source>
        <translation>Proyek ini belum pernah disimpan.</translation>
    </message>
    <message>
        <source>Proyek ini dibuka hanya-baca: simpan ke berkas lain dengan &quot;Simpan sebagai&quot;.</source>
        <translation>Proyek ini dibuka hanya-baca: simpan ke berkas lain dengan &quot;Simpan sebagai&quot;.</translation>
    </message>
    <message>
        <source>Proyek sedang disimpan.</source>
        <translation>Proyek sedang disimpan.</translation>
    </message>
</context>
<context>
    <name>ksd::ProjectInfoDialog</name>
    <message>
        <source>Pemetaan KSD %1 %2</source>
        <translation>Pemetaan KSD %1 %2</translation>
    </message>
    <message>
        <source>Proyek baru</source>
        <translation>Proyek baru</translation>
    </message>
    <message>
        <source>Data proyek</source>
        <translation>Data proyek</translation>
    </message>
    <message>
        <source>&amp;Daerah pemilik:</source>
        <translation>&amp;Daerah pemilik:</translation>
    </message>
    <message>
        <source>Provinsi, kabupaten atau kota yang melakukan pemetaan. Ketik nama atau kode.</source>
        <translation>Provinsi, kabupaten atau kota yang melakukan pemetaan. Ketik nama atau kode.</translation>
    </message>
    <message>
        <source>Daerah pemilik</source>
        <translation>Daerah pemilik</translation>
    </message>
    <message>
        <source>&amp;Tahun:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Judul:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>Judul proyek</source>
        <translation>Judul proyek</translation>
    </message>
    <message>
        <source>Cakupan awal berisi daerah pemilik. Wilayah lain dapat ditambahkan di panel Cakupan.</source>
        <translation>Cakupan awal berisi daerah pemilik. Wilayah lain dapat ditambahkan di panel Cakupan.</translation>
    </message>
    <message>
        <source>Daerah pemilik baru otomatis masuk cakupan.</source>
        <translation>Daerah pemilik baru otomatis masuk cakupan.</translation>
    </message>
    <message>
        <source>Buat proyek</source>
        <translation>Buat proyek</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>ksd::ProjectLock</name>
    <message>
        <source>(tidak diketahui)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>(komputer tidak diketahui)</source>
        <translation>(komputer tidak diketahui)</translation>
    </message>
    <message>
        <source>(waktu tidak diketahui)</source>
        <translation>(waktu tidak diketahui)</translation>
    </message>
    <message>
        <source>Proyek ini sedang dibuka oleh %1 di %2 sejak %3.</source>
        <translation>Proyek ini sedang dibuka oleh %1 di %2 sejak %3.</translation>
    </message>
    <message>
        <source>Berkas kunci %1 tidak dapat ditulis: %2</source>
        <translation>Berkas kunci %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Berkas kunci %1 tidak dapat dibuat: %2</source>
        <translation>Berkas kunci %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>Berkas kunci %1 tidak dapat diganti.</source>
        <translation>Berkas kunci %1 tidak dapat diganti.</translation>
    </message>
</context>
<context>
    <name>ksd::Promotion</name>
    <message>
        <source>urusan %1</source>
        <translation>urusan %1</translation>
    </message>
    <message>
        <source>Kerja sama %1 antara %2 dan %3</source>
        <translation>Kerja sama %1 antara %2 dan %3</translation>
    </message>
    <message>
        <source>Kerja sama %1 dengan %2</source>
        <translation>Kerja sama %1 dengan %2</translation>
    </message>
</context>
<context>
    <name>ksd::PropertiesModel</name>
    <message>
        <source>Usulan: %1</source>
        <translation>Usulan: %1</translation>
    </message>
    <message>
        <source>Diubah %1</source>
        <translation>Diubah %1</translation>
    </message>
    <message>
        <source>Diubah %1 oleh %2</source>
        <translation>Diubah %1 oleh %2</translation>
    </message>
    <message>
        <source>Isian data</source>
        <translation>Isian data</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
</context>
<context>
    <name>ksd::ProposalEditor</name>
    <message>
        <source>&amp;Judul:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Urusan:</source>
        <translation>&amp;Urusan:</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <source>Perangkat &amp;daerah:</source>
        <translation>Perangkat &amp;daerah:</translation>
    </message>
    <message>
        <source>Jenis &amp;kegiatan:</source>
        <translation>Jenis &amp;kegiatan:</translation>
    </message>
    <message>
        <source>Jenis &amp;mitra:</source>
        <translation>Jenis &amp;mitra:</translation>
    </message>
    <message>
        <source>Calon mitra daerah:</source>
        <translation>Calon mitra daerah:</translation>
    </message>
    <message>
        <source>Calon mitra lain:</source>
        <translation>Calon mitra lain:</translation>
    </message>
    <message>
        <source>&amp;Bentuk yang dituju:</source>
        <translation>&amp;Bentuk yang dituju:</translation>
    </message>
    <message>
        <source>Rp</source>
        <translation>Rp</translation>
    </message>
    <message>
        <source>Perkiraan &amp;biaya:</source>
        <translation>Perkiraan &amp;biaya:</translation>
    </message>
    <message>
        <source>U&amp;raian:</source>
        <translation>U&amp;raian:</translation>
    </message>
    <message>
        <source>Judul usulan belum diisi.</source>
        <translation>Judul usulan belum diisi.</translation>
    </message>
    <message>
        <source>Urusan belum dipilih (misalnya 2.11 Lingkungan Hidup).</source>
        <translation>Urusan belum dipilih (misalnya 2.11 Lingkungan Hidup).</translation>
    </message>
    <message>
        <source>Perkiraan biaya &quot;%1&quot; bukan angka. Tulis misalnya 1.500.000.000.</source>
        <translation>Perkiraan biaya &quot;%1&quot; bukan angka. Tulis misalnya 1.500.000.000.</translation>
    </message>
    <message>
        <source>Usulan belum dapat disimpan:</source>
        <translation>Usulan belum dapat disimpan:</translation>
    </message>
    <message>
        <source>✔ Memenuhi kriteria KSD</source>
        <translation>✔ Memenuhi kriteria KSD</translation>
    </message>
    <message>
        <source>✘ Tidak memenuhi kriteria KSD</source>
        <translation>✘ Tidak memenuhi kriteria KSD</translation>
    </message>
    <message>
        <source>Bukan kerja sama daerah</source>
        <translation>Bukan kerja sama daerah</translation>
    </message>
    <message>
        <source>kelas belum dapat dinilai (calon mitra daerah belum diisi)</source>
        <translation>kelas belum dapat dinilai (calon mitra daerah belum diisi)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kategori:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kategori:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alasan:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Alasan:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Persetujuan DPRD:&lt;/b&gt; diperlukan. %1</source>
        <translation>&lt;b&gt;Persetujuan DPRD:&lt;/b&gt; diperlukan. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Persetujuan DPRD:&lt;/b&gt; tidak diperlukan. %1</source>
        <translation>&lt;b&gt;Persetujuan DPRD:&lt;/b&gt; tidak diperlukan. %1</translation>
    </message>
    <message>
        <source> (tipe %1)</source>
        <translation> (tipe %1)</translation>
    </message>
    <message>
        <source>Perlu kajian hukum (tipe C tidak disebut Permendagri 22/2020).</source>
        <translation>Perlu kajian hukum (tipe C tidak disebut Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catatan:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Catatan:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Buat usulan kerja sama</source>
        <translation>Buat usulan kerja sama</translation>
    </message>
    <message>
        <source>Ubah usulan kerja sama</source>
        <translation>Ubah usulan kerja sama</translation>
    </message>
    <message>
        <source>Satu nama per baris: perusahaan, perguruan tinggi, kementerian/lembaga…</source>
        <translation>Satu nama per baris: perusahaan, perguruan tinggi, kementerian/lembaga…</translation>
    </message>
    <message>
        <source>mis. 1.500.000.000; kosong = belum diketahui</source>
        <translation>mis. 1.500.000.000; kosong = belum diketahui</translation>
    </message>
    <message>
        <source>Sudah dianggarkan dalam APBD tahun berjalan</source>
        <translation>Sudah dianggarkan dalam APBD tahun berjalan</translation>
    </message>
    <message>
        <source>Membebani masyarakat</source>
        <translation>Membebani masyarakat</translation>
    </message>
    <message>
        <source>mis. TPA Regional Banjarbakula</source>
        <translation>mis. TPA Regional Banjarbakula</translation>
    </message>
    <message>
        <source>Buat usulan</source>
        <translation>Buat usulan</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Penyaringan kriteria KSD (PP 28/2018)</source>
        <translation>Penyaringan kriteria KSD (PP 28/2018)</translation>
    </message>
    <message>
        <source>Berasal dari saran: %1</source>
        <translation>Berasal dari saran: %1</translation>
    </message>
    <message>
        <source>Penjelasan mesin saran (hanya baca):</source>
        <translation>Penjelasan mesin saran (hanya baca):</translation>
    </message>
</context>
<context>
    <name>ksd::ProposalsModel</name>
    <message>
        <source>Layak</source>
        <translation>Layak</translation>
    </message>
    <message>
        <source>Tidak layak</source>
        <translation>Tidak layak</translation>
    </message>
    <message>
        <source>Kriteria KSD</source>
        <translation>Kriteria KSD</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Hasil penyaringan terhadap kriteria kerja sama daerah (PP 28/2018)</source>
        <translation>Hasil penyaringan terhadap kriteria kerja sama daerah (PP 28/2018)</translation>
    </message>
    <message>
        <source>Kategori kerja sama menurut jenis mitra; untuk KSDD juga wajib atau sukarela</source>
        <translation>Kategori kerja sama menurut jenis mitra; untuk KSDD juga wajib atau sukarela</translation>
    </message>
</context>
<context>
    <name>ksd::ProposalsPage</name>
    <message numerus="yes">
        <source>%n usulan</source>
        <translation>
            <numerusform>%n usulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dari %n usulan</source>
        <translation>
            <numerusform>%1 dari %n usulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah usulan</source>
        <translation>Tambah usulan</translation>
    </message>
    <message>
        <source>Tambah usulan kerja sama baru</source>
        <translation>Tambah usulan kerja sama baru</translation>
    </message>
    <message>
        <source>Tabel usulan</source>
        <translation>Tabel usulan</translation>
    </message>
</context>
<context>
    <name>ksd::RecordTablePage</name>
    <message numerus="yes">
        <source>%n rekaman dihapus. Urungkan dengan Ctrl+Z.</source>
        <translation>
            <numerusform>%n rekaman dihapus. Urungkan dengan Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cari… (Ctrl+F)</source>
        <translation>Cari… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari di tabel</source>
        <translation>Cari di tabel</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Hapus baris yang dipilih (Delete). Dapat diurungkan.</source>
        <translation>Hapus baris yang dipilih (Delete). Dapat diurungkan.</translation>
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
        <source>Kode wilayah &quot;%1&quot; tidak berbentuk PP (provinsi) atau PP.KK (kabupaten/kota).</source>
        <translation>Kode wilayah &quot;%1&quot; tidak berbentuk PP (provinsi) atau PP.KK (kabupaten/kota).</translation>
    </message>
    <message>
        <source>Kode wilayah &quot;%1&quot; tidak ada dalam Kepmendagri 300.2.2-2430/2025.</source>
        <translation>Kode wilayah &quot;%1&quot; tidak ada dalam Kepmendagri 300.2.2-2430/2025.</translation>
    </message>
    <message>
        <source>Kode urusan &quot;%1&quot; tidak dikenal (contoh kode yang benar: 1.01 Pendidikan, 2.11 Lingkungan Hidup).</source>
        <translation>Kode urusan &quot;%1&quot; tidak dikenal (contoh kode yang benar: 1.01 Pendidikan, 2.11 Lingkungan Hidup).</translation>
    </message>
    <message>
        <source>Kode dan nama wilayah: Kepmendagri 300.2.2-2430/2025. Batas wilayah: Badan Informasi Geospasial (BIG), melalui cahyadsn/wilayah dan cahyadsn/wilayah_boundaries (MIT, © Cahya DSN).</source>
        <translation>Kode dan nama wilayah: Kepmendagri 300.2.2-2430/2025. Batas wilayah: Badan Informasi Geospasial (BIG), melalui cahyadsn/wilayah dan cahyadsn/wilayah_boundaries (MIT, © Cahya DSN).</translation>
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
        <source>Baris daftar batas laut tidak lengkap.</source>
        <translation>Baris daftar batas laut tidak lengkap.</translation>
    </message>
    <message>
        <source>Pasangan batas laut %1–%2 tidak dikenal: kedua kode harus ada dan setingkat.</source>
        <translation>Pasangan batas laut %1–%2 tidak dikenal: kedua kode harus ada dan setingkat.</translation>
    </message>
</context>
<context>
    <name>ksd::RegionCodesEdit</name>
    <message>
        <source>kode wilayah, dipisah koma: 63.71, 63.72</source>
        <translation>kode wilayah, dipisah koma: 63.71, 63.72</translation>
    </message>
    <message>
        <source>Pilih wilayah…</source>
        <translation>Pilih wilayah…</translation>
    </message>
    <message>
        <source>Pilih wilayah dari daftar menurut nama</source>
        <translation>Pilih wilayah dari daftar menurut nama</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Kode wilayah</translation>
    </message>
</context>
<context>
    <name>ksd::RegionListEdit</name>
    <message>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Ketik nama atau kode daerah…</source>
        <translation>Ketik nama atau kode daerah…</translation>
    </message>
    <message>
        <source>Daerah calon mitra; pilih lalu Hapus untuk mengeluarkan</source>
        <translation>Daerah calon mitra; pilih lalu Hapus untuk mengeluarkan</translation>
    </message>
</context>
<context>
    <name>ksd::RegionPickerDialog</name>
    <message numerus="yes">
        <source>%n wilayah dipilih.</source>
        <translation>
            <numerusform>%n wilayah dipilih.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ketik nama, kode wilayah atau nama provinsi. Pilih beberapa dengan Ctrl atau Shift.</source>
        <translation>Ketik nama, kode wilayah atau nama provinsi. Pilih beberapa dengan Ctrl atau Shift.</translation>
    </message>
    <message>
        <source>Tambah wilayah ke cakupan</source>
        <translation>Tambah wilayah ke cakupan</translation>
    </message>
    <message>
        <source>Cari: Banjar, 63.03, Kalimantan Selatan…</source>
        <translation>Cari: Banjar, 63.03, Kalimantan Selatan…</translation>
    </message>
    <message>
        <source>Cari wilayah</source>
        <translation>Cari wilayah</translation>
    </message>
    <message>
        <source>Daftar wilayah</source>
        <translation>Daftar wilayah</translation>
    </message>
    <message>
        <source>Tambahkan</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Pilih wilayah terdampak eksternalitas</source>
        <translation>Pilih wilayah terdampak eksternalitas</translation>
    </message>
    <message>
        <source>Pilih</source>
        <translation>Pilih</translation>
    </message>
</context>
<context>
    <name>ksd::Register</name>
    <message>
        <source>Monev harus terkait dengan kerja sama yang ada di register.</source>
        <translation>Monev harus terkait dengan kerja sama yang ada di register.</translation>
    </message>
    <message>
        <source>Nilai %1 di luar rentang 1–5.</source>
        <translation>Nilai %1 di luar rentang 1–5.</translation>
    </message>
    <message>
        <source>Skor &quot;%1&quot; bernilai %2, di luar rentang 0–5 (0 = tidak dinilai).</source>
        <translation>Skor &quot;%1&quot; bernilai %2, di luar rentang 0–5 (0 = tidak dinilai).</translation>
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
        <source>Daerah lain</source>
        <translation>Daerah lain</translation>
    </message>
    <message>
        <source>Pihak ketiga</source>
        <translation>Pihak ketiga</translation>
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
        <source>Kode urusan &quot;%1&quot; tidak dikenal (Permendagri 90/2019).</source>
        <translation>Kode urusan &quot;%1&quot; tidak dikenal (Permendagri 90/2019).</translation>
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
        <source>Mitra %1, kelas %2: %3</source>
        <translation>Mitra %1, kelas %2: %3</translation>
    </message>
    <message>
        <source>Tidak berlaku: bukan kerja sama daerah.</source>
        <translation>Tidak berlaku: bukan kerja sama daerah.</translation>
    </message>
    <message>
        <source>Usulan &quot;%1&quot; sudah dihapus.</source>
        <translation>Usulan &quot;%1&quot; sudah dihapus.</translation>
    </message>
    <message>
        <source>Usulan &quot;%1&quot; tidak dapat dijadikan kerja sama. %2</source>
        <translation>Usulan &quot;%1&quot; tidak dapat dijadikan kerja sama. %2</translation>
    </message>
    <message>
        <source>Kerja sama &quot;%1&quot; berstatus %2: tahapnya tidak dapat diubah lagi.</source>
        <translation>Kerja sama &quot;%1&quot; berstatus %2: tahapnya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Kerja sama sudah berada pada tahap &quot;%1&quot;.</source>
        <translation>Kerja sama sudah berada pada tahap &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Persetujuan DPRD tidak diperlukan untuk kerja sama ini (tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD; PP 28/2018), sehingga tahap ini dilewati.</source>
        <translation>Persetujuan DPRD tidak diperlukan untuk kerja sama ini (tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD; PP 28/2018), sehingga tahap ini dilewati.</translation>
    </message>
    <message>
        <source>Persetujuan DPRD diperlukan (kerja sama membebani masyarakat dan/atau pembiayaannya belum dianggarkan dalam APBD; PP 28/2018): tahap &quot;%1&quot; tidak dapat dilewati.</source>
        <translation>Persetujuan DPRD diperlukan (kerja sama membebani masyarakat dan/atau pembiayaannya belum dianggarkan dalam APBD; PP 28/2018): tahap &quot;%1&quot; tidak dapat dilewati.</translation>
    </message>
    <message>
        <source>Tanggal tahap &quot;%1&quot; belum diisi atau tidak valid.</source>
        <translation>Tanggal tahap &quot;%1&quot; belum diisi atau tidak valid.</translation>
    </message>
    <message>
        <source>Tanggal %1 lebih awal daripada tanggal tahap sebelumnya &quot;%2&quot; (%3).</source>
        <translation>Tanggal %1 lebih awal daripada tanggal tahap sebelumnya &quot;%2&quot; (%3).</translation>
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
        <source>Pihak ke-%1: kode wilayah &quot;%2&quot; tidak dikenal.</source>
        <translation>Pihak ke-%1: kode wilayah &quot;%2&quot; tidak dikenal.</translation>
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
        <source>Tanggal tahap &quot;%1&quot; (%2) lebih awal daripada tahap sebelumnya &quot;%3&quot; (%4).</source>
        <translation>Tanggal tahap &quot;%1&quot; (%2) lebih awal daripada tahap sebelumnya &quot;%3&quot; (%4).</translation>
    </message>
    <message>
        <source>Tanggal tahap &quot;%1&quot; belum diisi.</source>
        <translation>Tanggal tahap &quot;%1&quot; belum diisi.</translation>
    </message>
    <message>
        <source>Tahap saat ini &quot;%1&quot; tidak sama dengan tahap terakhir yang tercatat &quot;%2&quot;.</source>
        <translation>Tahap saat ini &quot;%1&quot; tidak sama dengan tahap terakhir yang tercatat &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Nomor dokumen %1 dari pihak %2 sudah dipakai pada kerja sama &quot;%3&quot;.</source>
        <translation>Nomor dokumen %1 dari pihak %2 sudah dipakai pada kerja sama &quot;%3&quot;.</translation>
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
        <source>Lampiran &quot;%1&quot; berukuran %2, melebihi batas %3 per dokumen. Perkecil berkasnya (misalnya pindai ulang dengan resolusi lebih rendah) lalu lampirkan lagi.</source>
        <translation>Lampiran &quot;%1&quot; berukuran %2, melebihi batas %3 per dokumen. Perkecil berkasnya (misalnya pindai ulang dengan resolusi lebih rendah) lalu lampirkan lagi.</translation>
    </message>
    <message>
        <source>Judul kerja sama belum diisi.</source>
        <translation>Judul kerja sama belum diisi.</translation>
    </message>
    <message>
        <source>Kategori kerja sama (KSDD, KSDPK, Sinergi, KSDPL atau KSDLL) belum dipilih.</source>
        <translation>Kategori kerja sama (KSDD, KSDPK, Sinergi, KSDPL atau KSDLL) belum dipilih.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Mitra %1: pasangan tipe C, perlu kajian hukum (tidak disebut dalam Permendagri 22/2020).</source>
        <translation>Mitra %1: pasangan tipe C, perlu kajian hukum (tidak disebut dalam Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Mitra %1: kewenangan belum diperiksa; sebutkan layanannya dalam judul usulan.</source>
        <translation>Mitra %1: kewenangan belum diperiksa; sebutkan layanannya dalam judul usulan.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: %1</source>
        <translation>Berkas tidak ditemukan: %1</translation>
    </message>
    <message>
        <source>Utuh</source>
        <translation>Utuh</translation>
    </message>
    <message>
        <source>Berubah (hash tidak cocok)</source>
        <translation>Berubah (hash tidak cocok)</translation>
    </message>
    <message>
        <source>Berkas tidak ada</source>
        <translation>Berkas tidak ada</translation>
    </message>
    <message>
        <source>Belum ada hash</source>
        <translation>Belum ada hash</translation>
    </message>
    <message>
        <source>… dan %1 kerja sama lain ditandai perlu ditinjau (lihat catatan tinjauan pada setiap kerja sama).</source>
        <translation>… dan %1 kerja sama lain ditandai perlu ditinjau (lihat catatan tinjauan pada setiap kerja sama).</translation>
    </message>
    <message>
        <source>Kerja sama &quot;%1&quot;: %2</source>
        <translation>Kerja sama &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Penawaran &quot;%1&quot; sudah dihapus.</source>
        <translation>Penawaran &quot;%1&quot; sudah dihapus.</translation>
    </message>
    <message>
        <source>Penawaran &quot;%1&quot; sudah dijawab (%2).</source>
        <translation>Penawaran &quot;%1&quot; sudah dijawab (%2).</translation>
    </message>
    <message>
        <source>Dari penawaran %1 nomor %2.</source>
        <translation>Dari penawaran %1 nomor %2.</translation>
    </message>
    <message>
        <source>Alasan penolakan penawaran &quot;%1&quot; belum diisi.</source>
        <translation>Alasan penolakan penawaran &quot;%1&quot; belum diisi.</translation>
    </message>
    <message>
        <source>Daerah pengirim penawaran belum diisi.</source>
        <translation>Daerah pengirim penawaran belum diisi.</translation>
    </message>
    <message>
        <source>Kode wilayah pengirim &quot;%1&quot; tidak dikenal.</source>
        <translation>Kode wilayah pengirim &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Nama pengirim penawaran belum diisi.</source>
        <translation>Nama pengirim penawaran belum diisi.</translation>
    </message>
    <message>
        <source>Hal yang ditawarkan belum diisi.</source>
        <translation>Hal yang ditawarkan belum diisi.</translation>
    </message>
    <message>
        <source>Tanggal penawaran diterima belum diisi.</source>
        <translation>Tanggal penawaran diterima belum diisi.</translation>
    </message>
    <message>
        <source>Batas waktu jawaban (%1) lebih awal daripada tanggal diterima (%2).</source>
        <translation>Batas waktu jawaban (%1) lebih awal daripada tanggal diterima (%2).</translation>
    </message>
    <message>
        <source>Alasan penolakan belum diisi.</source>
        <translation>Alasan penolakan belum diisi.</translation>
    </message>
    <message>
        <source>Kesepakatan bersama KSDD/KSDPK (Permendagri 22/2020)</source>
        <translation>Kesepakatan bersama KSDD/KSDPK (Permendagri 22/2020)</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama KSDD/KSDPK (Permendagri 22/2020)</source>
        <translation>Perjanjian kerja sama KSDD/KSDPK (Permendagri 22/2020)</translation>
    </message>
    <message>
        <source>Nota kesepakatan sinergi dengan kementerian/lembaga</source>
        <translation>Nota kesepakatan sinergi dengan kementerian/lembaga</translation>
    </message>
    <message>
        <source>Kesepakatan bersama dengan pihak luar negeri (Permendagri 25/2020)</source>
        <translation>Kesepakatan bersama dengan pihak luar negeri (Permendagri 25/2020)</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama dengan pihak luar negeri (Permendagri 25/2020)</source>
        <translation>Perjanjian kerja sama dengan pihak luar negeri (Permendagri 25/2020)</translation>
    </message>
    <message>
        <source>Addendum (setingkat dokumen yang diubah)</source>
        <translation>Addendum (setingkat dokumen yang diubah)</translation>
    </message>
    <message>
        <source>%1 (bila diperlukan)</source>
        <translation>%1 (bila diperlukan)</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tidak termasuk prosedur %2; dipetakan ke langkah terdekat &quot;%3&quot;. Periksa tahapnya. Langkah prosedur ini: %4.</source>
        <translation>Tahap &quot;%1&quot; tidak termasuk prosedur %2; dipetakan ke langkah terdekat &quot;%3&quot;. Periksa tahapnya. Langkah prosedur ini: %4.</translation>
    </message>
    <message>
        <source>Riwayat tahapan tidak sesuai urutan prosedur %1 dan telah disesuaikan. Periksa riwayatnya. Langkah prosedur ini: %2.</source>
        <translation>Riwayat tahapan tidak sesuai urutan prosedur %1 dan telah disesuaikan. Periksa riwayatnya. Langkah prosedur ini: %2.</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tidak termasuk prosedur %2 (%3). Langkah yang berlaku: %4.</source>
        <translation>Tahap &quot;%1&quot; tidak termasuk prosedur %2 (%3). Langkah yang berlaku: %4.</translation>
    </message>
    <message>
        <source>Tahap tidak dapat mundur: kerja sama sudah pada tahap &quot;%1&quot;, sedangkan &quot;%2&quot; adalah tahap sebelumnya (prosedur %3).</source>
        <translation>Tahap tidak dapat mundur: kerja sama sudah pada tahap &quot;%1&quot;, sedangkan &quot;%2&quot; adalah tahap sebelumnya (prosedur %3).</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tidak dapat dilewati pada prosedur %2: lalui tahap itu lebih dulu. Dasar: %3</source>
        <translation>Tahap &quot;%1&quot; tidak dapat dilewati pada prosedur %2: lalui tahap itu lebih dulu. Dasar: %3</translation>
    </message>
    <message>
        <source>Prosedur %1: %2.</source>
        <translation>Prosedur %1: %2.</translation>
    </message>
    <message>
        <source>Persetujuan DPRD hanya dilalui bila diperlukan (membebani masyarakat dan/atau belum dianggarkan dalam APBD).</source>
        <translation>Persetujuan DPRD hanya dilalui bila diperlukan (membebani masyarakat dan/atau belum dianggarkan dalam APBD).</translation>
    </message>
    <message>
        <source>Pembahasan TKKSD dan penawaran dilewati bila PKS mengacu pada kesepakatan bersama yang tercatat.</source>
        <translation>Pembahasan TKKSD dan penawaran dilewati bila PKS mengacu pada kesepakatan bersama yang tercatat.</translation>
    </message>
    <message>
        <source>%1 tanpa tanggal berakhir: jangka waktu kerja sama paling lama %2 tahun kecuali dasar pengecualiannya dicatat (misalnya KPBU atau pemanfaatan BMD). %3</source>
        <translation>%1 tanpa tanggal berakhir: jangka waktu kerja sama paling lama %2 tahun kecuali dasar pengecualiannya dicatat (misalnya KPBU atau pemanfaatan BMD). %3</translation>
    </message>
    <message>
        <source>Jangka waktu %1 (%2 s.d. %3) lebih dari %4 tahun tanpa dasar pengecualian yang dicatat (misalnya KPBU atau pemanfaatan BMD). %5</source>
        <translation>Jangka waktu %1 (%2 s.d. %3) lebih dari %4 tahun tanpa dasar pengecualian yang dicatat (misalnya KPBU atau pemanfaatan BMD). %5</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tercatat sesudah &quot;%2&quot;: urutan tahap tidak sesuai prosedur %3.</source>
        <translation>Tahap &quot;%1&quot; tercatat sesudah &quot;%2&quot;: urutan tahap tidak sesuai prosedur %3.</translation>
    </message>
    <message>
        <source>Perlu ditinjau: %1</source>
        <translation>Perlu ditinjau: %1</translation>
    </message>
    <message>
        <source>Hanya perjanjian kerja sama (PKS) yang mengacu pada kesepakatan bersama.</source>
        <translation>Hanya perjanjian kerja sama (PKS) yang mengacu pada kesepakatan bersama.</translation>
    </message>
    <message>
        <source>Kesepakatan bersama yang diacu PKS ini tidak ada (lagi) dalam register.</source>
        <translation>Kesepakatan bersama yang diacu PKS ini tidak ada (lagi) dalam register.</translation>
    </message>
    <message>
        <source>Pembacaan lampiran dibatalkan.</source>
        <translation>Pembacaan lampiran dibatalkan.</translation>
    </message>
    <message>
        <source>Folder sementara untuk lampiran tidak dapat dibuat.</source>
        <translation>Folder sementara untuk lampiran tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Salinan sementara lampiran tidak dapat dibuat: %1</source>
        <translation>Salinan sementara lampiran tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>Salinan sementara lampiran tidak dapat ditulis: %1</source>
        <translation>Salinan sementara lampiran tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Salinan sementara lampiran tidak dapat dibaca: %1</source>
        <translation>Salinan sementara lampiran tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Salinan sementara lampiran terpotong.</source>
        <translation>Salinan sementara lampiran terpotong.</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat dibaca dari berkas proyek: %1</source>
        <translation>Lampiran tidak dapat dibaca dari berkas proyek: %1</translation>
    </message>
    <message>
        <source>baris %1 tidak ada lagi</source>
        <translation>baris %1 tidak ada lagi</translation>
    </message>
    <message>
        <source>berkas itu tidak lagi memuat dokumen ini (baris %1)</source>
        <translation>berkas itu tidak lagi memuat dokumen ini (baris %1)</translation>
    </message>
    <message>
        <source>Melampirkan &quot;%1&quot; dibatalkan.</source>
        <translation>Melampirkan &quot;%1&quot; dibatalkan.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; bertambah besar saat dibaca.</source>
        <translation>Berkas &quot;%1&quot; bertambah besar saat dibaca.</translation>
    </message>
</context>
<context>
    <name>ksd::RegisterActions</name>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Jadikan kerja sama</source>
        <translation>Jadikan kerja sama</translation>
    </message>
    <message>
        <source>Usulan &quot;%1&quot; sudah dijadikan kerja sama &quot;%2&quot;.</source>
        <translation>Usulan &quot;%1&quot; sudah dijadikan kerja sama &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Buka kerja sama itu</source>
        <translation>Buka kerja sama itu</translation>
    </message>
    <message>
        <source>Buat kerja sama lain</source>
        <translation>Buat kerja sama lain</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Catatan monev: %1</source>
        <translation>Catatan monev: %1</translation>
    </message>
    <message>
        <source>Catatan monev</source>
        <translation>Catatan monev</translation>
    </message>
    <message>
        <source>Berkas CSV dari Excel (*.csv *.txt);;Semua berkas (*)</source>
        <translation>Berkas CSV dari Excel (*.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 %2 diimpor dari %3 (dapat dibatalkan dengan Urungkan)</source>
        <translation>%1 %2 diimpor dari %3 (dapat dibatalkan dengan Urungkan)</translation>
    </message>
    <message>
        <source>Buat &amp;usulan…</source>
        <translation>Buat &amp;usulan…</translation>
    </message>
    <message>
        <source>Usulan kerja sama baru, disaring langsung terhadap kriteria KSD</source>
        <translation>Usulan kerja sama baru, disaring langsung terhadap kriteria KSD</translation>
    </message>
    <message>
        <source>Ubah usulan…</source>
        <translation>Ubah usulan…</translation>
    </message>
    <message>
        <source>&amp;Jadikan kerja sama…</source>
        <translation>&amp;Jadikan kerja sama…</translation>
    </message>
    <message>
        <source>Usulan yang dipilih menjadi kerja sama (KB, PKS atau NK) dengan tautan ke usulannya</source>
        <translation>Usulan yang dipilih menjadi kerja sama (KB, PKS atau NK) dengan tautan ke usulannya</translation>
    </message>
    <message>
        <source>&amp;Kerja sama baru…</source>
        <translation>&amp;Kerja sama baru…</translation>
    </message>
    <message>
        <source>Catat kerja sama yang sudah ada (data lama) langsung ke register</source>
        <translation>Catat kerja sama yang sudah ada (data lama) langsung ke register</translation>
    </message>
    <message>
        <source>Ubah kerja sama…</source>
        <translation>Ubah kerja sama…</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Isian dari CSV…</source>
        <translation>Isian dari CSV…</translation>
    </message>
    <message>
        <source>Usulan dari CSV…</source>
        <translation>Usulan dari CSV…</translation>
    </message>
    <message>
        <source>Kerja sama dari CSV…</source>
        <translation>Kerja sama dari CSV…</translation>
    </message>
    <message>
        <source>Catat &amp;monev…</source>
        <translation>Catat &amp;monev…</translation>
    </message>
    <message>
        <source>Tambah catatan monev untuk kerja sama yang dipilih</source>
        <translation>Tambah catatan monev untuk kerja sama yang dipilih</translation>
    </message>
    <message>
        <source>Buka proyek lebih dulu.</source>
        <translation>Buka proyek lebih dulu.</translation>
    </message>
    <message>
        <source>Pilih satu usulan pada tab Usulan.</source>
        <translation>Pilih satu usulan pada tab Usulan.</translation>
    </message>
    <message>
        <source>Pilih satu kerja sama pada tab Kerja Sama.</source>
        <translation>Pilih satu kerja sama pada tab Kerja Sama.</translation>
    </message>
    <message>
        <source>Buka usulan yang dipilih di penyunting</source>
        <translation>Buka usulan yang dipilih di penyunting</translation>
    </message>
    <message>
        <source>Buka kerja sama yang dipilih di penyunting</source>
        <translation>Buka kerja sama yang dipilih di penyunting</translation>
    </message>
    <message>
        <source>Perpanjang kerja sama</source>
        <translation>Perpanjang kerja sama</translation>
    </message>
    <message>
        <source>Perpanjangan melalui prosedur lagi: kerja sama baru yang tertaut dibuat pada tahap awal dan kerja sama lama diakhiri</source>
        <translation>Perpanjangan melalui prosedur lagi: kerja sama baru yang tertaut dibuat pada tahap awal dan kerja sama lama diakhiri</translation>
    </message>
    <message>
        <source>Penawaran masuk dari CSV…</source>
        <translation>Penawaran masuk dari CSV…</translation>
    </message>
    <message>
        <source>Perpanjang kerja sama…</source>
        <translation>Perpanjang kerja sama…</translation>
    </message>
</context>
<context>
    <name>ksd::ReportActions</name>
    <message>
        <source>Ekspor &amp;laporan…</source>
        <translation>Ekspor &amp;laporan…</translation>
    </message>
    <message>
        <source>Membuat laporan hasil pemetaan (PDF A4) dengan pratinjau dan pencetakan</source>
        <translation>Membuat laporan hasil pemetaan (PDF A4) dengan pratinjau dan pencetakan</translation>
    </message>
    <message>
        <source>%1-laporan.pdf</source>
        <translation>%1-laporan.pdf</translation>
    </message>
    <message>
        <source>Laporan disimpan.</source>
        <translation>Laporan disimpan.</translation>
    </message>
</context>
<context>
    <name>ksd::ReportExportDialog</name>
    <message>
        <source>Ekspor laporan hasil pemetaan</source>
        <translation>Ekspor laporan hasil pemetaan</translation>
    </message>
    <message>
        <source>Bagian laporan</source>
        <translation>Bagian laporan</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Bahasa Inggris (English)</source>
        <translation>Bahasa Inggris (English)</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message numerus="yes">
        <source>Seluruh cakupan proyek (%n daerah)</source>
        <translation>
            <numerusform>Seluruh cakupan proyek (%n daerah)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hanya %1</source>
        <translation>Hanya %1</translation>
    </message>
    <message numerus="yes">
        <source>Provinsi %1 (%n daerah)</source>
        <translation>
            <numerusform>Provinsi %1 (%n daerah)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cakupan:</source>
        <translation>&amp;Cakupan:</translation>
    </message>
    <message>
        <source>&amp;Tanggal laporan:</source>
        <translation>&amp;Tanggal laporan:</translation>
    </message>
    <message>
        <source>Bagian Pemerintahan Sekretariat Daerah</source>
        <translation>Bagian Pemerintahan Sekretariat Daerah</translation>
    </message>
    <message>
        <source>&amp;Disusun oleh:</source>
        <translation>&amp;Disusun oleh:</translation>
    </message>
    <message>
        <source>&amp;Pratinjau…</source>
        <translation>&amp;Pratinjau…</translation>
    </message>
    <message>
        <source>C&amp;etak…</source>
        <translation>C&amp;etak…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Menghitung saran kerja sama…</source>
        <translation>Menghitung saran kerja sama…</translation>
    </message>
    <message>
        <source>Menulis laporan %1…</source>
        <translation>Menulis laporan %1…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Laporan tidak dapat ditulis</source>
        <translation>Laporan tidak dapat ditulis</translation>
    </message>
    <message>
        <source>laporan-pemetaan-ksd.pdf</source>
        <translation>laporan-pemetaan-ksd.pdf</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Laporan tidak dapat dicetak</source>
        <translation>Laporan tidak dapat dicetak</translation>
    </message>
    <message>
        <source>Pratinjau laporan</source>
        <translation>Pratinjau laporan</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>Laporan A4 untuk kepala daerah, DPRD dan provinsi: ringkasan, rekomendasi, dasar hukum, peta, saran kerja sama, profil daerah dan register; sebagai PDF, atau sebagai dokumen OpenDocument (.odt) yang dapat disunting sebelum ditandatangani.</source>
        <translation>Laporan A4 untuk kepala daerah, DPRD dan provinsi: ringkasan, rekomendasi, dasar hukum, peta, saran kerja sama, profil daerah dan register; sebagai PDF, atau sebagai dokumen OpenDocument (.odt) yang dapat disunting sebelum ditandatangani.</translation>
    </message>
    <message>
        <source>PDF/A-1b untuk arsip</source>
        <translation>PDF/A-1b untuk arsip</translation>
    </message>
    <message>
        <source>Berkas PDF sesuai ISO 19005-1 (PDF/A-1b) untuk disimpan dalam arsip jangka panjang.</source>
        <translation>Berkas PDF sesuai ISO 19005-1 (PDF/A-1b) untuk disimpan dalam arsip jangka panjang.</translation>
    </message>
    <message>
        <source>&amp;Simpan…</source>
        <translation>&amp;Simpan…</translation>
    </message>
    <message>
        <source>Menyimpan laporan sebagai PDF, atau sebagai dokumen OpenDocument (.odt) yang dapat disunting sebelum ditandatangani.</source>
        <translation>Menyimpan laporan sebagai PDF, atau sebagai dokumen OpenDocument (.odt) yang dapat disunting sebelum ditandatangani.</translation>
    </message>
    <message>
        <source>Dokumen OpenDocument yang dapat disunting (*.odt)</source>
        <translation>Dokumen OpenDocument yang dapat disunting (*.odt)</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Simpan laporan</translation>
    </message>
</context>
<context>
    <name>ksd::ReportOdtWriter</name>
    <message>
        <source>Berkas tidak dapat ditulis: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>ksd::ReportText</name>
    <message>
        <source>Sampul</source>
        <translation>Sampul</translation>
    </message>
    <message>
        <source>Ringkasan dan rekapitulasi</source>
        <translation>Ringkasan dan rekapitulasi</translation>
    </message>
    <message>
        <source>Dasar hukum dan metode</source>
        <translation>Dasar hukum dan metode</translation>
    </message>
    <message>
        <source>Peta jejaring kerja sama</source>
        <translation>Peta jejaring kerja sama</translation>
    </message>
    <message>
        <source>Kerja sama wajib</source>
        <translation>Kerja sama wajib</translation>
    </message>
    <message>
        <source>Kerja sama sukarela</source>
        <translation>Kerja sama sukarela</translation>
    </message>
    <message>
        <source>Klaster dan rujukan ke provinsi</source>
        <translation>Klaster dan rujukan ke provinsi</translation>
    </message>
    <message>
        <source>Matriks potensi dan kebutuhan</source>
        <translation>Matriks potensi dan kebutuhan</translation>
    </message>
    <message>
        <source>Profil daerah</source>
        <translation>Profil daerah</translation>
    </message>
    <message>
        <source>Register kerja sama</source>
        <translation>Register kerja sama</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Daftar bagian laporan kosong.</source>
        <translation>Daftar bagian laporan kosong.</translation>
    </message>
    <message>
        <source>Bagian laporan &quot;%1&quot; tidak dikenal; pilih dari: %2.</source>
        <translation>Bagian laporan &quot;%1&quot; tidak dikenal; pilih dari: %2.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>(lanjutan)</source>
        <translation>(lanjutan)</translation>
    </message>
    <message>
        <source>Provinsi %1</source>
        <translation>Provinsi %1</translation>
    </message>
    <message>
        <source>berbatasan</source>
        <translation>berbatasan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln langkah batas, %1 km</source>
        <translation>
            <numerusform>%Ln langkah batas, %1 km</numerusform>
        </translation>
    </message>
    <message>
        <source>tidak terhubung darat, %1 km</source>
        <translation>tidak terhubung darat, %1 km</translation>
    </message>
    <message>
        <source>eksternalitas: %1, efisiensi: %2</source>
        <translation>eksternalitas: %1, efisiensi: %2</translation>
    </message>
    <message>
        <source>potensi %1 untuk kebutuhan %2</source>
        <translation>potensi %1 untuk kebutuhan %2</translation>
    </message>
    <message>
        <source>kebutuhan lintas batas bersama</source>
        <translation>kebutuhan lintas batas bersama</translation>
    </message>
    <message>
        <source>sudah ada kerja sama aktif</source>
        <translation>sudah ada kerja sama aktif</translation>
    </message>
    <message>
        <source>%1 dan %2</source>
        <comment>list: the items before, the last item</comment>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>Sinergi</source>
        <translation>Sinergi</translation>
    </message>
    <message>
        <source>tanpa kategori</source>
        <translation>tanpa kategori</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kesepakatan bersama</source>
        <translation>
            <numerusform>%Ln kesepakatan bersama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perjanjian kerja sama</source>
        <translation>
            <numerusform>%Ln perjanjian kerja sama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln nota kesepakatan</source>
        <translation>
            <numerusform>%Ln nota kesepakatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln addendum</source>
        <translation>
            <numerusform>%Ln addendum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dengan daerah lain</source>
        <translation>
            <numerusform>%Ln dengan daerah lain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dengan pihak ketiga</source>
        <translation>
            <numerusform>%Ln dengan pihak ketiga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sinergi dengan kementerian/lembaga</source>
        <translation>
            <numerusform>%Ln sinergi dengan kementerian/lembaga</numerusform>
        </translation>
    </message>
    <message>
        <source>LAMPIRAN %1</source>
        <translation>LAMPIRAN %1</translation>
    </message>
    <message>
        <source>BAB %1</source>
        <translation>BAB %1</translation>
    </message>
    <message>
        <source>Tabel %1. %2</source>
        <translation>Tabel %1. %2</translation>
    </message>
    <message>
        <source>Gambar %1. %2</source>
        <translation>Gambar %1. %2</translation>
    </message>
    <message>
        <source>Tidak ada data.</source>
        <translation>Tidak ada data.</translation>
    </message>
    <message>
        <source>Laporan Hasil Pemetaan Kerja Sama Daerah %1 Tahun %2</source>
        <translation>Laporan Hasil Pemetaan Kerja Sama Daerah %1 Tahun %2</translation>
    </message>
    <message>
        <source>Bagian Pemerintahan Sekretariat Daerah %1</source>
        <translation>Bagian Pemerintahan Sekretariat Daerah %1</translation>
    </message>
    <message>
        <source>kerja sama daerah; KSD; KSDD; pemetaan; %1</source>
        <translation>kerja sama daerah; KSD; KSDD; pemetaan; %1</translation>
    </message>
    <message>
        <source>Laporan Hasil Pemetaan KSD · %1 %2</source>
        <translation>Laporan Hasil Pemetaan KSD · %1 %2</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Daftar Isi</source>
        <translation>Daftar Isi</translation>
    </message>
    <message>
        <source>PEMERINTAH PROVINSI %1</source>
        <translation>PEMERINTAH PROVINSI %1</translation>
    </message>
    <message>
        <source>PEMERINTAH %1</source>
        <translation>PEMERINTAH %1</translation>
    </message>
    <message>
        <source>LAPORAN HASIL PEMETAAN</source>
        <translation>LAPORAN HASIL PEMETAAN</translation>
    </message>
    <message>
        <source>Kerja Sama Daerah</source>
        <translation>Kerja Sama Daerah</translation>
    </message>
    <message>
        <source>Provinsi %1 · kode wilayah %2</source>
        <translation>Provinsi %1 · kode wilayah %2</translation>
    </message>
    <message>
        <source>Kode wilayah %1</source>
        <translation>Kode wilayah %1</translation>
    </message>
    <message>
        <source>Tahun %1</source>
        <translation>Tahun %1</translation>
    </message>
    <message>
        <source>Disusun oleh</source>
        <translation>Disusun oleh</translation>
    </message>
    <message>
        <source>Disusun dengan PetaKSD berdasarkan data isian perangkat daerah, data rujukan wilayah Kepmendagri 300.2.2-2430/2025 dan peraturan kerja sama daerah yang berlaku.</source>
        <translation>Disusun dengan PetaKSD berdasarkan data isian perangkat daerah, data rujukan wilayah Kepmendagri 300.2.2-2430/2025 dan peraturan kerja sama daerah yang berlaku.</translation>
    </message>
    <message>
        <source>Ringkasan Hasil Pemetaan</source>
        <translation>Ringkasan Hasil Pemetaan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln daerah</source>
        <translation>
            <numerusform>%Ln daerah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln isian</source>
        <translation>
            <numerusform>%Ln isian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perangkat daerah</source>
        <translation>
            <numerusform>%Ln perangkat daerah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln potensi</source>
        <translation>
            <numerusform>%Ln potensi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kebutuhan/permasalahan</source>
        <translation>
            <numerusform>%Ln kebutuhan/permasalahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln urusan</source>
        <translation>
            <numerusform>%Ln urusan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln klaster</source>
        <translation>
            <numerusform>%Ln klaster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 usulan, %2 memenuhi kriteria</source>
        <translation>%1 usulan, %2 memenuhi kriteria</translation>
    </message>
    <message>
        <source>Belum ada dokumen kerja sama dalam register.</source>
        <translation>Belum ada dokumen kerja sama dalam register.</translation>
    </message>
    <message>
        <source>Isian potensi dan kebutuhan</source>
        <translation>Isian potensi dan kebutuhan</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <source>Potensi</source>
        <translation>Potensi</translation>
    </message>
    <message>
        <source>Kebutuhan</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Belum ada isian potensi atau kebutuhan untuk daerah dalam cakupan.</source>
        <translation>Belum ada isian potensi atau kebutuhan untuk daerah dalam cakupan.</translation>
    </message>
    <message>
        <source>Saran kerja sama menurut kelas</source>
        <translation>Saran kerja sama menurut kelas</translation>
    </message>
    <message>
        <source>Saran kerja sama belum dihitung untuk laporan ini.</source>
        <translation>Saran kerja sama belum dihitung untuk laporan ini.</translation>
    </message>
    <message>
        <source>Setiap pasangan daerah dan urusan yang potensinya bertemu kebutuhan, atau yang sama-sama mempunyai kebutuhan lintas batas, dinilai dengan aturan yang diuraikan pada bagian dasar hukum dan metode.</source>
        <translation>Setiap pasangan daerah dan urusan yang potensinya bertemu kebutuhan, atau yang sama-sama mempunyai kebutuhan lintas batas, dinilai dengan aturan yang diuraikan pada bagian dasar hukum dan metode.</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Persentase</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <source>Tidak ada saran kerja sama.</source>
        <translation>Tidak ada saran kerja sama.</translation>
    </message>
    <message>
        <source>Usulan kerja sama</source>
        <translation>Usulan kerja sama</translation>
    </message>
    <message>
        <source>Belum ada usulan kerja sama yang dicatat.</source>
        <translation>Belum ada usulan kerja sama yang dicatat.</translation>
    </message>
    <message>
        <source>Dari %1 usulan yang masuk, %2 (%3) memenuhi kriteria kerja sama daerah.</source>
        <translation>Dari %1 usulan yang masuk, %2 (%3) memenuhi kriteria kerja sama daerah.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln usulan tidak memenuhi kriteria karena bukan kerja sama</source>
        <translation>
            <numerusform>%Ln usulan tidak memenuhi kriteria karena bukan kerja sama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln usulan memerlukan persetujuan DPRD.</source>
        <translation>
            <numerusform>%Ln usulan memerlukan persetujuan DPRD.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usulan yang memenuhi kriteria menurut kategori</source>
        <translation>Usulan yang memenuhi kriteria menurut kategori</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Tidak ada usulan yang memenuhi kriteria.</source>
        <translation>Tidak ada usulan yang memenuhi kriteria.</translation>
    </message>
    <message>
        <source>Dokumen kerja sama</source>
        <translation>Dokumen kerja sama</translation>
    </message>
    <message>
        <source>Register mencatat %1. Tabel berikut menyajikan jumlahnya menurut jenis dokumen dan mitra, serta menurut tahap kerja sama sesuai Permendagri 22/2020.</source>
        <translation>Register mencatat %1. Tabel berikut menyajikan jumlahnya menurut jenis dokumen dan mitra, serta menurut tahap kerja sama sesuai Permendagri 22/2020.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dokumen kerja sama</source>
        <translation>
            <numerusform>%Ln dokumen kerja sama</numerusform>
        </translation>
    </message>
    <message>
        <source>Dokumen kerja sama menurut jenis dan mitra</source>
        <translation>Dokumen kerja sama menurut jenis dan mitra</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Jenis dokumen</translation>
    </message>
    <message>
        <source>Daerah lain: KSDD dan KSDPL; pihak ketiga: KSDPK dan KSDLL; sinergi: dengan kementerian/lembaga.</source>
        <translation>Daerah lain: KSDD dan KSDPL; pihak ketiga: KSDPK dan KSDLL; sinergi: dengan kementerian/lembaga.</translation>
    </message>
    <message>
        <source>Dokumen kerja sama menurut tahap</source>
        <translation>Dokumen kerja sama menurut tahap</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Add.</source>
        <translation>Add.</translation>
    </message>
    <message>
        <source>KB: kesepakatan bersama; PKS: perjanjian kerja sama; NK: nota kesepakatan; Add.: addendum.</source>
        <translation>KB: kesepakatan bersama; PKS: perjanjian kerja sama; NK: nota kesepakatan; Add.: addendum.</translation>
    </message>
    <message>
        <source>Dasar Hukum dan Metode</source>
        <translation>Dasar Hukum dan Metode</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah.</source>
        <translation>Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah.</translation>
    </message>
    <message>
        <source>Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga.</source>
        <translation>Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga.</translation>
    </message>
    <message>
        <source>Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri.</source>
        <translation>Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri.</translation>
    </message>
    <message>
        <source>Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 beserta pemutakhirannya (klasifikasi, kodefikasi dan nomenklatur urusan).</source>
        <translation>Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 beserta pemutakhirannya (klasifikasi, kodefikasi dan nomenklatur urusan).</translation>
    </message>
    <message>
        <source>Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025 dan pemutakhirannya Nomor 300.2.2-2430 Tahun 2025 (kode dan data wilayah administrasi pemerintahan).</source>
        <translation>Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025 dan pemutakhirannya Nomor 300.2.2-2430 Tahun 2025 (kode dan data wilayah administrasi pemerintahan).</translation>
    </message>
    <message>
        <source>Aturan penilaian pasangan daerah</source>
        <translation>Aturan penilaian pasangan daerah</translation>
    </message>
    <message>
        <source>Setiap pasangan daerah untuk satu urusan dinilai oleh satu perangkat aturan dalam urutan yang tetap. Aturan pertama yang menentukan kelas menghentikan penilaian; akibat hukumnya (pengambilalihan dan persetujuan DPRD) dicatat sesudahnya.</source>
        <translation>Setiap pasangan daerah untuk satu urusan dinilai oleh satu perangkat aturan dalam urutan yang tetap. Aturan pertama yang menentukan kelas menghentikan penilaian; akibat hukumnya (pengambilalihan dan persetujuan DPRD) dicatat sesudahnya.</translation>
    </message>
    <message>
        <source>Urutan aturan dan dasar hukumnya</source>
        <translation>Urutan aturan dan dasar hukumnya</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Aturan</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Kelas hasil penilaian</source>
        <translation>Kelas hasil penilaian</translation>
    </message>
    <message>
        <source>Artinya</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <source>Daerah berbatasan, tetapi bukti eksternalitas atau efisiensi belum ada. Bukti yang belum ada bukan berarti &quot;tidak&quot;: kajiannya perlu dilengkapi.</source>
        <translation>Daerah berbatasan, tetapi bukti eksternalitas atau efisiensi belum ada. Bukti yang belum ada bukan berarti &quot;tidak&quot;: kajiannya perlu dilengkapi.</translation>
    </message>
    <message>
        <source>Kerja sama dalam kewenangan para pihak yang dinilai lebih efektif dan efisien bila dilaksanakan bersama, baik daerahnya berbatasan maupun tidak.</source>
        <translation>Kerja sama dalam kewenangan para pihak yang dinilai lebih efektif dan efisien bila dilaksanakan bersama, baik daerahnya berbatasan maupun tidak.</translation>
    </message>
    <message>
        <source>Layanan lintas kabupaten/kota yang menjadi kewenangan provinsi (UU 23/2014 Pasal 13 ayat (3)): dirujuk ke provinsi sebagai kerja sama tipe B atau fasilitasi provinsi.</source>
        <translation>Layanan lintas kabupaten/kota yang menjadi kewenangan provinsi (UU 23/2014 Pasal 13 ayat (3)): dirujuk ke provinsi sebagai kerja sama tipe B atau fasilitasi provinsi.</translation>
    </message>
    <message>
        <source>Para pihak atau objeknya tidak memenuhi syarat kerja sama daerah; tidak dimuat dalam laporan ini.</source>
        <translation>Para pihak atau objeknya tidak memenuhi syarat kerja sama daerah; tidak dimuat dalam laporan ini.</translation>
    </message>
    <message>
        <source>Jenis pasangan dan pengambilalihan</source>
        <translation>Jenis pasangan dan pengambilalihan</translation>
    </message>
    <message>
        <source>Jenis pasangan dan pihak yang mengambil alih</source>
        <translation>Jenis pasangan dan pihak yang mengambil alih</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Pasangan</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Diambil alih oleh</source>
        <translation>Diambil alih oleh</translation>
    </message>
    <message>
        <source>(perlu kajian hukum: tipe C tidak disebut dalam daftar Permendagri 22/2020)</source>
        <translation>(perlu kajian hukum: tipe C tidak disebut dalam daftar Permendagri 22/2020)</translation>
    </message>
    <message>
        <source>Skor kecocokan</source>
        <translation>Skor kecocokan</translation>
    </message>
    <message>
        <source>Skor kecocokan (0–100) mengukur dua arah seberapa jauh potensi satu daerah memenuhi kebutuhan daerah lain, dengan memperhitungkan prioritas, besaran, kesamaan layanan, jarak (jumlah batas yang dilintasi dan kilometer) serta kerja sama yang sudah ada. Bobot faktor disimpan dalam pengaturan proyek.</source>
        <translation>Skor kecocokan (0–100) mengukur dua arah seberapa jauh potensi satu daerah memenuhi kebutuhan daerah lain, dengan memperhitungkan prioritas, besaran, kesamaan layanan, jarak (jumlah batas yang dilintasi dan kilometer) serta kerja sama yang sudah ada. Bobot faktor disimpan dalam pengaturan proyek.</translation>
    </message>
    <message>
        <source>Bobot skor yang digunakan</source>
        <translation>Bobot skor yang digunakan</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Bobot</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Bawaan</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Dua arah: potensi A memenuhi kebutuhan B, sebaliknya, atau kebutuhan lintas batas bersama.</source>
        <translation>Dua arah: potensi A memenuhi kebutuhan B, sebaliknya, atau kebutuhan lintas batas bersama.</translation>
    </message>
    <message>
        <source>Prioritas tertinggi (1–5) dari kebutuhan yang terlibat.</source>
        <translation>Prioritas tertinggi (1–5) dari kebutuhan yang terlibat.</translation>
    </message>
    <message>
        <source>Seberapa jauh besaran potensi menutup besaran kebutuhan (satuan sama).</source>
        <translation>Seberapa jauh besaran potensi menutup besaran kebutuhan (satuan sama).</translation>
    </message>
    <message>
        <source>Kesamaan layanan yang disebut kedua pihak.</source>
        <translation>Kesamaan layanan yang disebut kedua pihak.</translation>
    </message>
    <message>
        <source>Kedekatan: penuh bila berbatasan, mengecil dengan setiap langkah batas.</source>
        <translation>Kedekatan: penuh bila berbatasan, mengecil dengan setiap langkah batas.</translation>
    </message>
    <message>
        <source>Jarak antartitik pusat daerah dalam kilometer.</source>
        <translation>Jarak antartitik pusat daerah dalam kilometer.</translation>
    </message>
    <message>
        <source>Kerja sama aktif yang sudah ada pada urusan ini atau urusan lain.</source>
        <translation>Kerja sama aktif yang sudah ada pada urusan ini atau urusan lain.</translation>
    </message>
    <message>
        <source>Bobot skor tidak tersedia karena saran kerja sama belum dihitung.</source>
        <translation>Bobot skor tidak tersedia karena saran kerja sama belum dihitung.</translation>
    </message>
    <message>
        <source>Baris yang disorot memakai bobot yang diubah dari nilai bawaannya.</source>
        <translation>Baris yang disorot memakai bobot yang diubah dari nilai bawaannya.</translation>
    </message>
    <message>
        <source>Kerja sama tercatat</source>
        <translation>Kerja sama tercatat</translation>
    </message>
    <message>
        <source>Daerah pemilik pemetaan</source>
        <translation>Daerah pemilik pemetaan</translation>
    </message>
    <message>
        <source>Daerah dalam cakupan</source>
        <translation>Daerah dalam cakupan</translation>
    </message>
    <message>
        <source>Daerah lain</source>
        <translation>Daerah lain</translation>
    </message>
    <message>
        <source>Peta Jejaring Kerja Sama</source>
        <translation>Peta Jejaring Kerja Sama</translation>
    </message>
    <message>
        <source>Peta jejaring kerja sama %1</source>
        <translation>Peta jejaring kerja sama %1</translation>
    </message>
    <message>
        <source>Saran kerja sama belum dihitung, sehingga peta hanya memuat kerja sama yang tercatat.</source>
        <translation>Saran kerja sama belum dihitung, sehingga peta hanya memuat kerja sama yang tercatat.</translation>
    </message>
    <message>
        <source>Belum ada saran maupun kerja sama untuk digambarkan; peta hanya menunjukkan cakupan.</source>
        <translation>Belum ada saran maupun kerja sama untuk digambarkan; peta hanya menunjukkan cakupan.</translation>
    </message>
    <message>
        <source>Daerah</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Urusan dan layanan</source>
        <translation>Urusan dan layanan</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Bila tidak dilaksanakan, diambil alih oleh</source>
        <translation>Bila tidak dilaksanakan, diambil alih oleh</translation>
    </message>
    <message>
        <source>Tipe %1: %2. Dasar hukum: %3</source>
        <translation>Tipe %1: %2. Dasar hukum: %3</translation>
    </message>
    <message>
        <source>Perlu kajian hukum: tipe C tidak disebut dalam daftar pasangan wajib Permendagri 22/2020.</source>
        <translation>Perlu kajian hukum: tipe C tidak disebut dalam daftar pasangan wajib Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Memerlukan persetujuan DPRD.</source>
        <translation>Memerlukan persetujuan DPRD.</translation>
    </message>
    <message>
        <source>Kerja Sama Wajib</source>
        <translation>Kerja Sama Wajib</translation>
    </message>
    <message>
        <source>Saran kerja sama wajib</source>
        <translation>Saran kerja sama wajib</translation>
    </message>
    <message>
        <source>Tidak ada pasangan daerah yang memenuhi kedua syarat kerja sama wajib.</source>
        <translation>Tidak ada pasangan daerah yang memenuhi kedua syarat kerja sama wajib.</translation>
    </message>
    <message>
        <source>* Tipe C (provinsi dengan kabupaten/kota provinsi lain) tidak disebut dalam daftar pasangan wajib Permendagri 22/2020: perlu kajian hukum.</source>
        <translation>* Tipe C (provinsi dengan kabupaten/kota provinsi lain) tidak disebut dalam daftar pasangan wajib Permendagri 22/2020: perlu kajian hukum.</translation>
    </message>
    <message>
        <source>Potensi kerja sama wajib (perlu kajian)</source>
        <translation>Potensi kerja sama wajib (perlu kajian)</translation>
    </message>
    <message>
        <source>Pasangan berikut berbatasan, tetapi bukti eksternalitas atau efisiensinya belum lengkap. Bukti yang belum ada bukan berarti &quot;tidak&quot;: perangkat daerah diminta melengkapi kajiannya agar kelasnya dapat ditetapkan.</source>
        <translation>Pasangan berikut berbatasan, tetapi bukti eksternalitas atau efisiensinya belum lengkap. Bukti yang belum ada bukan berarti &quot;tidak&quot;: perangkat daerah diminta melengkapi kajiannya agar kelasnya dapat ditetapkan.</translation>
    </message>
    <message>
        <source>Potensi kerja sama wajib</source>
        <translation>Potensi kerja sama wajib</translation>
    </message>
    <message>
        <source>Tidak ada pasangan berbatasan yang masih menunggu bukti.</source>
        <translation>Tidak ada pasangan berbatasan yang masih menunggu bukti.</translation>
    </message>
    <message>
        <source>* Tipe C: perlu kajian hukum.</source>
        <translation>* Tipe C: perlu kajian hukum.</translation>
    </message>
    <message>
        <source>Kerja Sama Sukarela</source>
        <translation>Kerja Sama Sukarela</translation>
    </message>
    <message>
        <source>Kerja sama sukarela dapat dilakukan oleh daerah yang berbatasan maupun tidak, untuk urusan dalam kewenangan masing-masing yang dinilai lebih efektif dan efisien bila dilaksanakan bersama (UU 23/2014 Pasal 363 ayat (3)). Pasangan diurutkan menurut skor kecocokan.</source>
        <translation>Kerja sama sukarela dapat dilakukan oleh daerah yang berbatasan maupun tidak, untuk urusan dalam kewenangan masing-masing yang dinilai lebih efektif dan efisien bila dilaksanakan bersama (UU 23/2014 Pasal 363 ayat (3)). Pasangan diurutkan menurut skor kecocokan.</translation>
    </message>
    <message>
        <source>Saran kerja sama sukarela</source>
        <translation>Saran kerja sama sukarela</translation>
    </message>
    <message>
        <source>Tidak ada saran kerja sama sukarela.</source>
        <translation>Tidak ada saran kerja sama sukarela.</translation>
    </message>
    <message>
        <source>Klaster dan Rujukan ke Provinsi</source>
        <translation>Klaster dan Rujukan ke Provinsi</translation>
    </message>
    <message>
        <source>Layanan yang lokasi, pengguna atau dampaknya melintasi batas kabupaten/kota menjadi kewenangan provinsi (UU 23/2014 Pasal 13 ayat (3)). Untuk layanan seperti itu, saran yang tepat adalah merujuk ke provinsi: kerja sama tipe B atau fasilitasi provinsi, bukan kerja sama wajib antar-kabupaten/kota.</source>
        <translation>Layanan yang lokasi, pengguna atau dampaknya melintasi batas kabupaten/kota menjadi kewenangan provinsi (UU 23/2014 Pasal 13 ayat (3)). Untuk layanan seperti itu, saran yang tepat adalah merujuk ke provinsi: kerja sama tipe B atau fasilitasi provinsi, bukan kerja sama wajib antar-kabupaten/kota.</translation>
    </message>
    <message>
        <source>Klaster daerah</source>
        <translation>Klaster daerah</translation>
    </message>
    <message>
        <source>Klaster adalah kelompok daerah yang saling berbatasan dengan kebutuhan lintas batas pada layanan yang sama; setiap klaster diusulkan sebagai kerja sama beberapa pihak.</source>
        <translation>Klaster adalah kelompok daerah yang saling berbatasan dengan kebutuhan lintas batas pada layanan yang sama; setiap klaster diusulkan sebagai kerja sama beberapa pihak.</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Kelas dan tindak lanjut</source>
        <translation>Kelas dan tindak lanjut</translation>
    </message>
    <message>
        <source>Dirujuk ke %1 (kerja sama tipe B atau fasilitasi provinsi)</source>
        <translation>Dirujuk ke %1 (kerja sama tipe B atau fasilitasi provinsi)</translation>
    </message>
    <message>
        <source>bila tidak dilaksanakan diambil alih %1</source>
        <translation>bila tidak dilaksanakan diambil alih %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tidak ada klaster daerah dengan kebutuhan lintas batas pada layanan yang sama.</source>
        <translation>Tidak ada klaster daerah dengan kebutuhan lintas batas pada layanan yang sama.</translation>
    </message>
    <message>
        <source>Pasangan yang dirujuk ke provinsi</source>
        <translation>Pasangan yang dirujuk ke provinsi</translation>
    </message>
    <message>
        <source>Dirujuk ke</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <source>Dasar hukum: %1</source>
        <translation>Dasar hukum: %1</translation>
    </message>
    <message>
        <source>Tidak ada pasangan yang perlu dirujuk ke provinsi.</source>
        <translation>Tidak ada pasangan yang perlu dirujuk ke provinsi.</translation>
    </message>
    <message>
        <source>Matriks Potensi dan Kebutuhan</source>
        <translation>Matriks Potensi dan Kebutuhan</translation>
    </message>
    <message>
        <source>Matriks berikut menunjukkan, untuk setiap daerah dalam cakupan dan setiap urusan yang berisi, jumlah potensi dan kebutuhan/permasalahan yang dicatat, ditulis P/K. Hanya urusan yang mempunyai isian yang ditampilkan.</source>
        <translation>Matriks berikut menunjukkan, untuk setiap daerah dalam cakupan dan setiap urusan yang berisi, jumlah potensi dan kebutuhan/permasalahan yang dicatat, ditulis P/K. Hanya urusan yang mempunyai isian yang ditampilkan.</translation>
    </message>
    <message>
        <source>Matriks daerah × urusan (potensi/kebutuhan)</source>
        <translation>Matriks daerah × urusan (potensi/kebutuhan)</translation>
    </message>
    <message>
        <source>Profil Daerah</source>
        <translation>Profil Daerah</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kode Kemendagri / BPS</source>
        <translation>Kode Kemendagri / BPS</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Tetangga berbatasan</source>
        <translation>Tetangga berbatasan</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Saran kerja sama</source>
        <translation>Saran kerja sama</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>tidak ada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dokumen, %1 aktif</source>
        <translation>
            <numerusform>%Ln dokumen, %1 aktif</numerusform>
        </translation>
    </message>
    <message>
        <source>Letak %1</source>
        <translation>Letak %1</translation>
    </message>
    <message>
        <source>Potensi dan kebutuhan</source>
        <translation>Potensi dan kebutuhan</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Belum ada isian untuk daerah ini.</source>
        <translation>Belum ada isian untuk daerah ini.</translation>
    </message>
    <message>
        <source>Mitra terbaik</source>
        <translation>Mitra terbaik</translation>
    </message>
    <message>
        <source>Belum ada mitra yang disarankan untuk daerah ini.</source>
        <translation>Belum ada mitra yang disarankan untuk daerah ini.</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Kerja sama</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Belum ada kerja sama yang tercatat untuk daerah ini.</source>
        <translation>Belum ada kerja sama yang tercatat untuk daerah ini.</translation>
    </message>
    <message>
        <source>Baris yang disorot berakhir dalam %1 hari, atau sudah lewat tanggal berakhirnya tetapi masih berstatus aktif.</source>
        <translation>Baris yang disorot berakhir dalam %1 hari, atau sudah lewat tanggal berakhirnya tetapi masih berstatus aktif.</translation>
    </message>
    <message>
        <source>Register Kerja Sama</source>
        <translation>Register Kerja Sama</translation>
    </message>
    <message>
        <source>Register memuat %1 per %2. Kerja sama yang berakhir dalam %3 hari, atau sudah lewat tanggal berakhirnya tetapi masih berstatus aktif, disorot dan diberi keterangan; praktik yang lazim adalah memulai perpanjangan paling lambat tiga bulan sebelum berakhir.</source>
        <translation>Register memuat %1 per %2. Kerja sama yang berakhir dalam %3 hari, atau sudah lewat tanggal berakhirnya tetapi masih berstatus aktif, disorot dan diberi keterangan; praktik yang lazim adalah memulai perpanjangan paling lambat tiga bulan sebelum berakhir.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Mulai</translation>
    </message>
    <message numerus="yes">
        <source>lewat %Ln hari, masih berstatus aktif</source>
        <translation>
            <numerusform>lewat %Ln hari, masih berstatus aktif</numerusform>
        </translation>
    </message>
    <message>
        <source>berakhir hari ini</source>
        <translation>berakhir hari ini</translation>
    </message>
    <message numerus="yes">
        <source>berakhir dalam %Ln hari</source>
        <translation>
            <numerusform>berakhir dalam %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>monev %1/5</source>
        <translation>monev %1/5</translation>
    </message>
    <message>
        <source>Baris yang disorot perlu ditindaklanjuti: berakhir dalam %1 hari atau sudah lewat tanggal berakhirnya.</source>
        <translation>Baris yang disorot perlu ditindaklanjuti: berakhir dalam %1 hari atau sudah lewat tanggal berakhirnya.</translation>
    </message>
    <message>
        <source>Kerja sama yang segera berakhir</source>
        <translation>Kerja sama yang segera berakhir</translation>
    </message>
    <message>
        <source>Per %1 tidak ada kerja sama aktif yang berakhir dalam %2 hari.</source>
        <translation>Per %1 tidak ada kerja sama aktif yang berakhir dalam %2 hari.</translation>
    </message>
    <message>
        <source>Kerja sama berikut perlu segera diperpanjang, diakhiri secara resmi atau dimutakhirkan statusnya.</source>
        <translation>Kerja sama berikut perlu segera diperpanjang, diakhiri secara resmi atau dimutakhirkan statusnya.</translation>
    </message>
    <message>
        <source>Sisa waktu</source>
        <translation>Sisa waktu</translation>
    </message>
    <message numerus="yes">
        <source>lewat %Ln hari</source>
        <translation>
            <numerusform>lewat %Ln hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hari</source>
        <translation>
            <numerusform>%Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Kamus Data</source>
        <translation>Kamus Data</translation>
    </message>
    <message>
        <source>Kamus data</source>
        <translation>Kamus data</translation>
    </message>
    <message>
        <source>Istilah</source>
        <translation>Istilah</translation>
    </message>
    <message>
        <source>Arti</source>
        <translation>Arti</translation>
    </message>
    <message>
        <source>Sumber daya, layanan atau keunggulan suatu daerah pada satu urusan yang dapat dimanfaatkan bersama daerah lain.</source>
        <translation>Sumber daya, layanan atau keunggulan suatu daerah pada satu urusan yang dapat dimanfaatkan bersama daerah lain.</translation>
    </message>
    <message>
        <source>Kebutuhan/permasalahan</source>
        <translation>Kebutuhan/permasalahan</translation>
    </message>
    <message>
        <source>Kebutuhan layanan atau masalah pada satu urusan yang tidak dapat atau kurang efisien ditangani sendiri.</source>
        <translation>Kebutuhan layanan atau masalah pada satu urusan yang tidak dapat atau kurang efisien ditangani sendiri.</translation>
    </message>
    <message>
        <source>Eksternalitas</source>
        <translation>Eksternalitas</translation>
    </message>
    <message>
        <source>Lokasi, pengguna, atau manfaat/dampak negatif layanan melintasi batas daerah (kriteria UU 23/2014 Pasal 13); dicatat ya, tidak atau belum diketahui.</source>
        <translation>Lokasi, pengguna, atau manfaat/dampak negatif layanan melintasi batas daerah (kriteria UU 23/2014 Pasal 13); dicatat ya, tidak atau belum diketahui.</translation>
    </message>
    <message>
        <source>Efisiensi</source>
        <translation>Efisiensi</translation>
    </message>
    <message>
        <source>Layanan lebih efisien bila dikelola bersama; dicatat ya, tidak atau belum diketahui.</source>
        <translation>Layanan lebih efisien bila dikelola bersama; dicatat ya, tidak atau belum diketahui.</translation>
    </message>
    <message>
        <source>Tingkat kepentingan isian menurut perangkat daerah, 1 (rendah) sampai 5 (tertinggi).</source>
        <translation>Tingkat kepentingan isian menurut perangkat daerah, 1 (rendah) sampai 5 (tertinggi).</translation>
    </message>
    <message>
        <source>Urusan pemerintahan menurut nomenklatur Permendagri 90/2019, mis. 2.11 Lingkungan Hidup.</source>
        <translation>Urusan pemerintahan menurut nomenklatur Permendagri 90/2019, mis. 2.11 Lingkungan Hidup.</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <source>Kode Kemendagri: PP untuk provinsi, PP.KK untuk kabupaten/kota (KK 01–69 kabupaten, 71–99 kota); kode BPS adalah angka yang sama tanpa titik.</source>
        <translation>Kode Kemendagri: PP untuk provinsi, PP.KK untuk kabupaten/kota (KK 01–69 kabupaten, 71–99 kota); kode BPS adalah angka yang sama tanpa titik.</translation>
    </message>
    <message>
        <source>Hasil penilaian pasangan daerah: wajib, potensi wajib (perlu kajian), sukarela, rujuk ke provinsi atau tidak memenuhi.</source>
        <translation>Hasil penilaian pasangan daerah: wajib, potensi wajib (perlu kajian), sukarela, rujuk ke provinsi atau tidak memenuhi.</translation>
    </message>
    <message>
        <source>Tipe pasangan</source>
        <translation>Tipe pasangan</translation>
    </message>
    <message>
        <source>A–E menurut UU 23/2014 Pasal 364 ayat (2); lihat tabel jenis pasangan.</source>
        <translation>A–E menurut UU 23/2014 Pasal 364 ayat (2); lihat tabel jenis pasangan.</translation>
    </message>
    <message>
        <source>Ukuran 0–100 kecocokan dua arah antara potensi dan kebutuhan pasangan daerah.</source>
        <translation>Ukuran 0–100 kecocokan dua arah antara potensi dan kebutuhan pasangan daerah.</translation>
    </message>
    <message>
        <source>Klaster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <source>Kelompok daerah berbatasan dengan kebutuhan lintas batas pada layanan yang sama.</source>
        <translation>Kelompok daerah berbatasan dengan kebutuhan lintas batas pada layanan yang sama.</translation>
    </message>
    <message>
        <source>KSDD, KSDPK, Sinergi, KSDPL, KSDLL</source>
        <translation>KSDD, KSDPK, Sinergi, KSDPL, KSDLL</translation>
    </message>
    <message>
        <source>Kategori kerja sama: dengan daerah lain, dengan pihak ketiga, dengan kementerian/lembaga, dengan pemerintah daerah di luar negeri, dan dengan lembaga di luar negeri.</source>
        <translation>Kategori kerja sama: dengan daerah lain, dengan pihak ketiga, dengan kementerian/lembaga, dengan pemerintah daerah di luar negeri, dan dengan lembaga di luar negeri.</translation>
    </message>
    <message>
        <source>KB, PKS, NK</source>
        <translation>KB, PKS, NK</translation>
    </message>
    <message>
        <source>Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan.</source>
        <translation>Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan.</translation>
    </message>
    <message>
        <source>Tahap kerja sama menurut Permendagri 22/2020, dari persiapan sampai pelaporan.</source>
        <translation>Tahap kerja sama menurut Permendagri 22/2020, dari persiapan sampai pelaporan.</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Monitoring dan evaluasi pelaksanaan kerja sama; nilai 1–5.</source>
        <translation>Monitoring dan evaluasi pelaksanaan kerja sama; nilai 1–5.</translation>
    </message>
    <message>
        <source>Sumber Data</source>
        <translation>Sumber Data</translation>
    </message>
    <message>
        <source>Data isian berasal dari perangkat daerah yang tercantum di bawah ini. Data wilayah, batas dan urusan adalah data rujukan yang tertanam dalam PetaKSD dan tidak diubah oleh pengguna.</source>
        <translation>Data isian berasal dari perangkat daerah yang tercantum di bawah ini. Data wilayah, batas dan urusan adalah data rujukan yang tertanam dalam PetaKSD dan tidak diubah oleh pengguna.</translation>
    </message>
    <message>
        <source>(tidak disebut)</source>
        <translation>(tidak disebut)</translation>
    </message>
    <message>
        <source>Isian menurut perangkat daerah</source>
        <translation>Isian menurut perangkat daerah</translation>
    </message>
    <message>
        <source>Belum ada isian dari perangkat daerah.</source>
        <translation>Belum ada isian dari perangkat daerah.</translation>
    </message>
    <message>
        <source>Kode dan nama wilayah: Keputusan Menteri Dalam Negeri Nomor 300.2.2-2430 Tahun 2025 (38 provinsi, 416 kabupaten, 98 kota).</source>
        <translation>Kode dan nama wilayah: Keputusan Menteri Dalam Negeri Nomor 300.2.2-2430 Tahun 2025 (38 provinsi, 416 kabupaten, 98 kota).</translation>
    </message>
    <message>
        <source>Ketetanggaan wilayah: dihitung dari poligon batas wilayah yang disederhanakan; panjang batas bersama dalam kilometer.</source>
        <translation>Ketetanggaan wilayah: dihitung dari poligon batas wilayah yang disederhanakan; panjang batas bersama dalam kilometer.</translation>
    </message>
    <message>
        <source>Urusan pemerintahan: nomenklatur Permendagri 90/2019 beserta pemutakhirannya.</source>
        <translation>Urusan pemerintahan: nomenklatur Permendagri 90/2019 beserta pemutakhirannya.</translation>
    </message>
    <message>
        <source>Layanan yang menjadi kewenangan provinsi bila lintas kabupaten/kota: tabel layanan PetaKSD berdasarkan Lampiran UU 23/2014, dapat disesuaikan per proyek.</source>
        <translation>Layanan yang menjadi kewenangan provinsi bila lintas kabupaten/kota: tabel layanan PetaKSD berdasarkan Lampiran UU 23/2014, dapat disesuaikan per proyek.</translation>
    </message>
    <message>
        <source>Berkas proyek: %1, dibuat %2, terakhir diubah %3.</source>
        <translation>Berkas proyek: %1, dibuat %2, terakhir diubah %3.</translation>
    </message>
    <message>
        <source>Atribusi Data Peta</source>
        <translation>Atribusi Data Peta</translation>
    </message>
    <message>
        <source>Poligon batas wilayah disederhanakan untuk tampilan dan tidak dimaksudkan untuk menghitung luas atau menetapkan batas. Data cahyadsn/wilayah (© 2017–2025 Cahya DSN) dan cahyadsn/wilayah_boundaries (© 2024 Cahya DSN) digunakan berdasarkan Lisensi MIT; poligon aslinya bersumber dari Badan Informasi Geospasial (BIG), tanahair.indonesia.go.id.</source>
        <translation>Poligon batas wilayah disederhanakan untuk tampilan dan tidak dimaksudkan untuk menghitung luas atau menetapkan batas. Data cahyadsn/wilayah (© 2017–2025 Cahya DSN) dan cahyadsn/wilayah_boundaries (© 2024 Cahya DSN) digunakan berdasarkan Lisensi MIT; poligon aslinya bersumber dari Badan Informasi Geospasial (BIG), tanahair.indonesia.go.id.</translation>
    </message>
    <message>
        <source>Ditampilkan %1 baris dengan skor tertinggi dari %2; daftar lengkap dapat diekspor ke CSV (petaksd export --suggestions).</source>
        <translation>Ditampilkan %1 baris dengan skor tertinggi dari %2; daftar lengkap dapat diekspor ke CSV (petaksd export --suggestions).</translation>
    </message>
    <message>
        <source>Ditampilkan %1 dari %2 isian, yang prioritasnya tertinggi; daftar lengkap dapat diekspor ke CSV (petaksd export --entries).</source>
        <translation>Ditampilkan %1 dari %2 isian, yang prioritasnya tertinggi; daftar lengkap dapat diekspor ke CSV (petaksd export --entries).</translation>
    </message>
    <message numerus="yes">
        <source>dan %Ln urusan lainnya</source>
        <translation>
            <numerusform>dan %Ln urusan lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditampilkan %1 dari %2 kerja sama; semuanya tercantum dalam register kerja sama.</source>
        <translation>Ditampilkan %1 dari %2 kerja sama; semuanya tercantum dalam register kerja sama.</translation>
    </message>
    <message>
        <source>Pasal 364 ayat (2) huruf %1</source>
        <translation>Pasal 364 ayat (2) huruf %1</translation>
    </message>
    <message>
        <source>Kerja sama wajib berlaku bagi dua atau lebih daerah yang berbatasan untuk urusan yang mempunyai eksternalitas lintas daerah di antara para pihak dan lebih efisien bila dikelola bersama (%1). Hasil pemetaan ini adalah indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak). Bila kerja sama wajib tidak dilaksanakan, urusan itu dapat diambil alih oleh gubernur sebagai wakil Pemerintah Pusat (tipe B dan E) atau oleh Pemerintah Pusat (tipe A, C dan D), dan biayanya diperhitungkan dari dana transfer daerah yang bersangkutan (%2).</source>
        <translation>Kerja sama wajib berlaku bagi dua atau lebih daerah yang berbatasan untuk urusan yang mempunyai eksternalitas lintas daerah di antara para pihak dan lebih efisien bila dikelola bersama (%1). Hasil pemetaan ini adalah indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak). Bila kerja sama wajib tidak dilaksanakan, urusan itu dapat diambil alih oleh gubernur sebagai wakil Pemerintah Pusat (tipe B dan E) atau oleh Pemerintah Pusat (tipe A, C dan D), dan biayanya diperhitungkan dari dana transfer daerah yang bersangkutan (%2).</translation>
    </message>
    <message>
        <source>Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terutama Pasal 13 dan Lampiran (pembagian urusan menurut tingkat pemerintahan) dan Pasal 363–365 (kerja sama daerah, kerja sama wajib dan sukarela).</source>
        <translation>Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terutama Pasal 13 dan Lampiran (pembagian urusan menurut tingkat pemerintahan) dan Pasal 363–365 (kerja sama daerah, kerja sama wajib dan sukarela).</translation>
    </message>
    <message>
        <source>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): daerah berbatasan, eksternalitas di antara para pihak dan efisiensi bila dikelola bersama sama-sama terpenuhi. Bila kelak disepakati dan tidak dilaksanakan, urusan dapat diambil alih.</source>
        <translation>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): daerah berbatasan, eksternalitas di antara para pihak dan efisiensi bila dikelola bersama sama-sama terpenuhi. Bila kelak disepakati dan tidak dilaksanakan, urusan dapat diambil alih.</translation>
    </message>
    <message>
        <source>Objek yang menjadi kewenangan Pemerintah Pusat, misalnya wilayah sungai atau SPAM lintas provinsi (UU 23/2014 Pasal 13 ayat (2)): dirujuk ke kementerian/lembaga yang membidanginya.</source>
        <translation>Objek yang menjadi kewenangan Pemerintah Pusat, misalnya wilayah sungai atau SPAM lintas provinsi (UU 23/2014 Pasal 13 ayat (2)): dirujuk ke kementerian/lembaga yang membidanginya.</translation>
    </message>
    <message>
        <source>Jenis pasangan mengikuti UU 23/2014 Pasal 364 ayat (2). Bila kerja sama wajib tidak dilaksanakan, urusan dapat diambil alih dan biayanya diperhitungkan dari dana transfer daerah.</source>
        <translation>Jenis pasangan mengikuti UU 23/2014 Pasal 364 ayat (2). Bila kerja sama wajib tidak dilaksanakan, urusan dapat diambil alih dan biayanya diperhitungkan dari dana transfer daerah.</translation>
    </message>
    <message>
        <source>Daftar Tabel</source>
        <translation>Daftar Tabel</translation>
    </message>
    <message>
        <source>Daftar Gambar</source>
        <translation>Daftar Gambar</translation>
    </message>
    <message>
        <source>Data per %1 (perubahan terakhir)</source>
        <translation>Data per %1 (perubahan terakhir)</translation>
    </message>
    <message>
        <source>Matriks daerah × urusan (potensi/kebutuhan), bagian %1 dari %2</source>
        <translation>Matriks daerah × urusan (potensi/kebutuhan), bagian %1 dari %2</translation>
    </message>
    <message>
        <source>Wilayah %1</source>
        <translation>Wilayah %1</translation>
    </message>
    <message>
        <source>P/K: jumlah potensi/jumlah kebutuhan; sel kosong: tidak ada isian. Baris yang disorot: %1, daerah pemilik. Urusan: %2.</source>
        <translation>P/K: jumlah potensi/jumlah kebutuhan; sel kosong: tidak ada isian. Baris yang disorot: %1, daerah pemilik. Urusan: %2.</translation>
    </message>
    <message>
        <source>Bagian ini memuat profil %1, lalu profil daerah mitranya menurut urutan kecocokan: isian potensi dan kebutuhan, saran kerja sama dengan %1, dan kerja sama yang tercatat. Peta kecil menunjukkan letak daerah dalam provinsinya.</source>
        <translation>Bagian ini memuat profil %1, lalu profil daerah mitranya menurut urutan kecocokan: isian potensi dan kebutuhan, saran kerja sama dengan %1, dan kerja sama yang tercatat. Peta kecil menunjukkan letak daerah dalam provinsinya.</translation>
    </message>
    <message>
        <source>Daerah lain dalam cakupan yang bukan mitra %1 (%2) direkap dalam lampiran &quot;Untuk diketahui&quot;.</source>
        <translation>Daerah lain dalam cakupan yang bukan mitra %1 (%2) direkap dalam lampiran &quot;Untuk diketahui&quot;.</translation>
    </message>
    <message>
        <source>Belum ada isian, saran maupun kerja sama untuk %1.</source>
        <translation>Belum ada isian, saran maupun kerja sama untuk %1.</translation>
    </message>
    <message>
        <source>Saran kerja sama dengan %1</source>
        <translation>Saran kerja sama dengan %1</translation>
    </message>
    <message>
        <source>Ditampilkan %1 dari %2 saran; semuanya tercantum pada bab kerja sama wajib, sukarela dan rujukan.</source>
        <translation>Ditampilkan %1 dari %2 saran; semuanya tercantum pada bab kerja sama wajib, sukarela dan rujukan.</translation>
    </message>
    <message>
        <source>Belum ada saran kerja sama dengan daerah pemilik.</source>
        <translation>Belum ada saran kerja sama dengan daerah pemilik.</translation>
    </message>
    <message>
        <source>Kelas tertinggi</source>
        <translation>Kelas tertinggi</translation>
    </message>
    <message>
        <source>Status per %1 dibaca dari status yang dicatat dan tanggal mulai serta berakhirnya. %2</source>
        <translation>Status per %1 dibaca dari status yang dicatat dan tanggal mulai serta berakhirnya. %2</translation>
    </message>
    <message>
        <source>Daerah pemilik</source>
        <translation>Daerah pemilik</translation>
    </message>
    <message>
        <source>Daerah mitra</source>
        <translation>Daerah mitra</translation>
    </message>
    <message>
        <source>Tabel dalam bab ini hanya memuat pasangan yang melibatkan %1; %1 selalu pada kolom pertama. Pasangan antardaerah lain dalam cakupan bukan kewajiban %1; %2</source>
        <translation>Tabel dalam bab ini hanya memuat pasangan yang melibatkan %1; %1 selalu pada kolom pertama. Pasangan antardaerah lain dalam cakupan bukan kewajiban %1; %2</translation>
    </message>
    <message>
        <source>pasangan itu dimuat dalam lampiran untuk diketahui.</source>
        <translation>pasangan itu dimuat dalam lampiran untuk diketahui.</translation>
    </message>
    <message>
        <source>pasangan itu tidak dimuat dalam laporan ini.</source>
        <translation>pasangan itu tidak dimuat dalam laporan ini.</translation>
    </message>
    <message>
        <source>Pasangan yang dirujuk ke Pemerintah Pusat</source>
        <translation>Pasangan yang dirujuk ke Pemerintah Pusat</translation>
    </message>
    <message>
        <source>Objek berikut menjadi kewenangan Pemerintah Pusat (%1), misalnya wilayah sungai atau SPAM lintas provinsi: tindak lanjutnya melalui kementerian/lembaga yang membidanginya, bukan kerja sama antardaerah.</source>
        <translation>Objek berikut menjadi kewenangan Pemerintah Pusat (%1), misalnya wilayah sungai atau SPAM lintas provinsi: tindak lanjutnya melalui kementerian/lembaga yang membidanginya, bukan kerja sama antardaerah.</translation>
    </message>
    <message>
        <source>Tidak ada pasangan yang perlu dirujuk ke Pemerintah Pusat.</source>
        <translation>Tidak ada pasangan yang perlu dirujuk ke Pemerintah Pusat.</translation>
    </message>
    <message>
        <source>Laporan ini menyajikan hasil pemetaan kerja sama daerah (KSD) %1 tahun %2, dari data per %3 (perubahan terakhir), disusun pada %4. Pemetaan mencakup %5 dan mengikuti alur data dari isian potensi dan kebutuhan perangkat daerah, saran pasangan kerja sama beserta dasar hukumnya, usulan kerja sama, sampai dokumen kerja sama dan pemantauannya.</source>
        <translation>Laporan ini menyajikan hasil pemetaan kerja sama daerah (KSD) %1 tahun %2, dari data per %3 (perubahan terakhir), disusun pada %4. Pemetaan mencakup %5 dan mengikuti alur data dari isian potensi dan kebutuhan perangkat daerah, saran pasangan kerja sama beserta dasar hukumnya, usulan kerja sama, sampai dokumen kerja sama dan pemantauannya.</translation>
    </message>
    <message numerus="yes">
        <source>Perhatian: data terakhir diubah pada %1, %Ln hari sebelum tanggal laporan. Mutakhirkan isian, usulan dan register sebelum laporan ini ditandatangani.</source>
        <translation>
            <numerusform>Perhatian: data terakhir diubah pada %1, %Ln hari sebelum tanggal laporan. Mutakhirkan isian, usulan dan register sebelum laporan ini ditandatangani.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada isian potensi atau kebutuhan %1.</source>
        <translation>Belum ada isian potensi atau kebutuhan %1.</translation>
    </message>
    <message>
        <source>%1 %2 dari %3: %4 dan %5, pada %6.</source>
        <translation>%1 %2 dari %3: %4 dan %5, pada %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saran kerja sama %1 dengan daerah lain</source>
        <translation>
            <numerusform>%Ln saran kerja sama %1 dengan daerah lain</numerusform>
        </translation>
    </message>
    <message>
        <source>Daerah lain dalam cakupan: %1 sebagai data pembanding</source>
        <translation>Daerah lain dalam cakupan: %1 sebagai data pembanding</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saran antardaerah lain, bukan kewajiban %1</source>
        <translation>
            <numerusform>%Ln saran antardaerah lain, bukan kewajiban %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(lampiran &quot;Untuk diketahui&quot;)</source>
        <translation>(lampiran &quot;Untuk diketahui&quot;)</translation>
    </message>
    <message>
        <source>Perangkat daerah mengisi potensi dan kebutuhan/permasalahan per urusan, lengkap dengan bukti eksternalitas lintas daerah dan efisiensi pengelolaan bersama. Tabel berikut merekap isian %1 per urusan; isian daerah lain dalam cakupan tercantum pada matriks potensi dan kebutuhan.</source>
        <translation>Perangkat daerah mengisi potensi dan kebutuhan/permasalahan per urusan, lengkap dengan bukti eksternalitas lintas daerah dan efisiensi pengelolaan bersama. Tabel berikut merekap isian %1 per urusan; isian daerah lain dalam cakupan tercantum pada matriks potensi dan kebutuhan.</translation>
    </message>
    <message>
        <source>Isian %1 per urusan</source>
        <translation>Isian %1 per urusan</translation>
    </message>
    <message>
        <source>Saran kerja sama %1 menurut kelas</source>
        <translation>Saran kerja sama %1 menurut kelas</translation>
    </message>
    <message>
        <source>Setiap usulan dengan hasil penyaringannya: kategori dan, untuk KSDD, kelas pasangan tertinggi menurut aturan penilaian; kolom DPRD menandai usulan yang memerlukan persetujuan DPRD.</source>
        <translation>Setiap usulan dengan hasil penyaringannya: kategori dan, untuk KSDD, kelas pasangan tertinggi menurut aturan penilaian; kolom DPRD menandai usulan yang memerlukan persetujuan DPRD.</translation>
    </message>
    <message>
        <source>Daftar usulan kerja sama</source>
        <translation>Daftar usulan kerja sama</translation>
    </message>
    <message>
        <source>Hasil penyaringan</source>
        <translation>Hasil penyaringan</translation>
    </message>
    <message>
        <source>DPRD</source>
        <translation>DPRD</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria (%1)</source>
        <translation>Tidak memenuhi kriteria (%1)</translation>
    </message>
    <message>
        <source>perlu</source>
        <translation>perlu</translation>
    </message>
    <message>
        <source>DPRD &quot;perlu&quot;: kerja sama membebani masyarakat dan daerah dan/atau pendanaannya belum teranggarkan dalam APBD tahun berjalan (%1).</source>
        <translation>DPRD &quot;perlu&quot;: kerja sama membebani masyarakat dan daerah dan/atau pendanaannya belum teranggarkan dalam APBD tahun berjalan (%1).</translation>
    </message>
    <message>
        <source>Lembar pengesahan</source>
        <translation>Lembar pengesahan</translation>
    </message>
    <message>
        <source>Kata pengantar</source>
        <translation>Kata pengantar</translation>
    </message>
    <message>
        <source>Daftar isi, tabel, gambar dan singkatan</source>
        <translation>Daftar isi, tabel, gambar dan singkatan</translation>
    </message>
    <message>
        <source>Rekomendasi tindak lanjut</source>
        <translation>Rekomendasi tindak lanjut</translation>
    </message>
    <message>
        <source>Pasangan lain di wilayah cakupan (untuk diketahui)</source>
        <translation>Pasangan lain di wilayah cakupan (untuk diketahui)</translation>
    </message>
    <message>
        <source>Lembar Pengesahan</source>
        <translation>Lembar Pengesahan</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Kepala Bagian Pemerintahan Sekretariat Daerah %1</source>
        <translation>Kepala Bagian Pemerintahan Sekretariat Daerah %1</translation>
    </message>
    <message>
        <source>Diperiksa oleh</source>
        <translation>Diperiksa oleh</translation>
    </message>
    <message>
        <source>Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah %1</source>
        <translation>Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah %1</translation>
    </message>
    <message>
        <source>Disetujui oleh</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <source>Sekretaris Daerah %1 selaku Ketua Tim Koordinasi Kerja Sama Daerah</source>
        <translation>Sekretaris Daerah %1 selaku Ketua Tim Koordinasi Kerja Sama Daerah</translation>
    </message>
    <message>
        <source>Kata Pengantar</source>
        <translation>Kata Pengantar</translation>
    </message>
    <message>
        <source>Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya %1. Laporan ini merangkum %2 dari %3, %4 dengan daerah lain, %5 dan %6 yang tercatat per %7, beserta rekomendasi tindak lanjutnya.</source>
        <translation>Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya %1. Laporan ini merangkum %2 dari %3, %4 dengan daerah lain, %5 dan %6 yang tercatat per %7, beserta rekomendasi tindak lanjutnya.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln isian potensi dan kebutuhan</source>
        <translation>
            <numerusform>%Ln isian potensi dan kebutuhan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saran kerja sama</source>
        <translation>
            <numerusform>%Ln saran kerja sama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln usulan kerja sama</source>
        <translation>
            <numerusform>%Ln usulan kerja sama</numerusform>
        </translation>
    </message>
    <message>
        <source>Hasil pemetaan ini adalah indikasi awal. Setiap saran kerja sama, terutama yang berkelas wajib, masih memerlukan kajian dan kesepakatan para pihak sesuai Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah dan Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020.</source>
        <translation>Hasil pemetaan ini adalah indikasi awal. Setiap saran kerja sama, terutama yang berkelas wajib, masih memerlukan kajian dan kesepakatan para pihak sesuai Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah dan Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020.</translation>
    </message>
    <message>
        <source>Kami menyampaikan terima kasih kepada seluruh perangkat daerah dan anggota Tim Koordinasi Kerja Sama Daerah yang telah berperan dalam penyusunan laporan ini. Semoga laporan ini bermanfaat sebagai bahan pengambilan keputusan dalam penyelenggaraan kerja sama daerah %1.</source>
        <translation>Kami menyampaikan terima kasih kepada seluruh perangkat daerah dan anggota Tim Koordinasi Kerja Sama Daerah yang telah berperan dalam penyusunan laporan ini. Semoga laporan ini bermanfaat sebagai bahan pengambilan keputusan dalam penyelenggaraan kerja sama daerah %1.</translation>
    </message>
    <message>
        <source>Sekretaris Daerah %1</source>
        <translation>Sekretaris Daerah %1</translation>
    </message>
    <message>
        <source>selaku Ketua Tim Koordinasi Kerja Sama Daerah</source>
        <translation>selaku Ketua Tim Koordinasi Kerja Sama Daerah</translation>
    </message>
    <message>
        <source>Daftar Singkatan</source>
        <translation>Daftar Singkatan</translation>
    </message>
    <message>
        <source>Anggaran Pendapatan dan Belanja Daerah</source>
        <translation>Anggaran Pendapatan dan Belanja Daerah</translation>
    </message>
    <message>
        <source>Badan Perencanaan Pembangunan Daerah</source>
        <translation>Badan Perencanaan Pembangunan Daerah</translation>
    </message>
    <message>
        <source>Badan Usaha Milik Daerah</source>
        <translation>Badan Usaha Milik Daerah</translation>
    </message>
    <message>
        <source>Badan Usaha Milik Negara</source>
        <translation>Badan Usaha Milik Negara</translation>
    </message>
    <message>
        <source>Dewan Perwakilan Rakyat Daerah</source>
        <translation>Dewan Perwakilan Rakyat Daerah</translation>
    </message>
    <message>
        <source>Kementerian/lembaga</source>
        <translation>Kementerian/lembaga</translation>
    </message>
    <message>
        <source>Kesepakatan bersama</source>
        <translation>Kesepakatan bersama</translation>
    </message>
    <message>
        <source>Keputusan Menteri Dalam Negeri</source>
        <translation>Keputusan Menteri Dalam Negeri</translation>
    </message>
    <message>
        <source>Kerja sama daerah</source>
        <translation>Kerja sama daerah</translation>
    </message>
    <message>
        <source>Kerja sama daerah dengan daerah lain</source>
        <translation>Kerja sama daerah dengan daerah lain</translation>
    </message>
    <message>
        <source>Kerja sama daerah dengan lembaga di luar negeri</source>
        <translation>Kerja sama daerah dengan lembaga di luar negeri</translation>
    </message>
    <message>
        <source>Kerja sama daerah dengan pihak ketiga</source>
        <translation>Kerja sama daerah dengan pihak ketiga</translation>
    </message>
    <message>
        <source>Kerja sama daerah dengan pemerintah daerah di luar negeri</source>
        <translation>Kerja sama daerah dengan pemerintah daerah di luar negeri</translation>
    </message>
    <message>
        <source>Monitoring dan evaluasi</source>
        <translation>Monitoring dan evaluasi</translation>
    </message>
    <message>
        <source>Nomor induk pegawai</source>
        <translation>Nomor induk pegawai</translation>
    </message>
    <message>
        <source>Nota kesepakatan</source>
        <translation>Nota kesepakatan</translation>
    </message>
    <message>
        <source>Peraturan Menteri Dalam Negeri</source>
        <translation>Peraturan Menteri Dalam Negeri</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama</source>
        <translation>Perjanjian kerja sama</translation>
    </message>
    <message>
        <source>Peraturan Pemerintah</source>
        <translation>Peraturan Pemerintah</translation>
    </message>
    <message>
        <source>Sekretaris Daerah</source>
        <translation>Sekretaris Daerah</translation>
    </message>
    <message>
        <source>Sekretariat Daerah</source>
        <translation>Sekretariat Daerah</translation>
    </message>
    <message>
        <source>Sistem penyediaan air minum</source>
        <translation>Sistem penyediaan air minum</translation>
    </message>
    <message>
        <source>Tim Koordinasi Kerja Sama Daerah</source>
        <translation>Tim Koordinasi Kerja Sama Daerah</translation>
    </message>
    <message>
        <source>Tempat pemrosesan akhir (sampah)</source>
        <translation>Tempat pemrosesan akhir (sampah)</translation>
    </message>
    <message>
        <source>Undang-Undang</source>
        <translation>Undang-Undang</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Singkatan</translation>
    </message>
    <message>
        <source>Kepanjangan</source>
        <translation>Kepanjangan</translation>
    </message>
    <message>
        <source>Perangkat daerah yang berpartisipasi</source>
        <translation>Perangkat daerah yang berpartisipasi</translation>
    </message>
    <message>
        <source>Perangkat daerah %1 yang mengisi potensi dan kebutuhan, mengajukan usulan atau melaksanakan kerja sama yang tercatat.</source>
        <translation>Perangkat daerah %1 yang mengisi potensi dan kebutuhan, mengajukan usulan atau melaksanakan kerja sama yang tercatat.</translation>
    </message>
    <message>
        <source>Perangkat daerah %1 yang berpartisipasi</source>
        <translation>Perangkat daerah %1 yang berpartisipasi</translation>
    </message>
    <message>
        <source>Jumlah (%1)</source>
        <translation>Jumlah (%1)</translation>
    </message>
    <message>
        <source>Kerja sama: dokumen dalam register yang dilaksanakan oleh perangkat daerah tersebut.</source>
        <translation>Kerja sama: dokumen dalam register yang dilaksanakan oleh perangkat daerah tersebut.</translation>
    </message>
    <message>
        <source>Belum ada perangkat daerah %1 yang mengisi data.</source>
        <translation>Belum ada perangkat daerah %1 yang mengisi data.</translation>
    </message>
    <message>
        <source>Untuk Diketahui: Pasangan Lain di Wilayah Cakupan</source>
        <translation>Untuk Diketahui: Pasangan Lain di Wilayah Cakupan</translation>
    </message>
    <message>
        <source>Pasangan dan klaster dalam lampiran ini tidak melibatkan %1 dan bukan kewajiban %1. Semuanya dimuat hanya untuk diketahui, sebagai bahan koordinasi dengan pemerintah provinsi dan daerah yang bersangkutan; tindak lanjutnya menjadi urusan daerah-daerah itu. Angka dalam lampiran ini tidak termasuk dalam ringkasan dan rekomendasi laporan.</source>
        <translation>Pasangan dan klaster dalam lampiran ini tidak melibatkan %1 dan bukan kewajiban %1. Semuanya dimuat hanya untuk diketahui, sebagai bahan koordinasi dengan pemerintah provinsi dan daerah yang bersangkutan; tindak lanjutnya menjadi urusan daerah-daerah itu. Angka dalam lampiran ini tidak termasuk dalam ringkasan dan rekomendasi laporan.</translation>
    </message>
    <message>
        <source>Pasangan lain: %1</source>
        <translation>Pasangan lain: %1</translation>
    </message>
    <message>
        <source>Pasangan lain dalam cakupan (bukan kewajiban %1): %2</source>
        <translation>Pasangan lain dalam cakupan (bukan kewajiban %1): %2</translation>
    </message>
    <message>
        <source>Tidak ada saran kerja sama antardaerah lain dalam cakupan.</source>
        <translation>Tidak ada saran kerja sama antardaerah lain dalam cakupan.</translation>
    </message>
    <message>
        <source>Klaster lain</source>
        <translation>Klaster lain</translation>
    </message>
    <message>
        <source>Klaster dalam cakupan tanpa %1</source>
        <translation>Klaster dalam cakupan tanpa %1</translation>
    </message>
    <message>
        <source>Daerah lain dalam cakupan</source>
        <translation>Daerah lain dalam cakupan</translation>
    </message>
    <message>
        <source>Daerah dalam cakupan yang bukan mitra %1 menurut saran maupun register; isiannya dipakai sebagai data pembanding.</source>
        <translation>Daerah dalam cakupan yang bukan mitra %1 menurut saran maupun register; isiannya dipakai sebagai data pembanding.</translation>
    </message>
    <message>
        <source>Saran antardaerah lain</source>
        <translation>Saran antardaerah lain</translation>
    </message>
    <message>
        <source>Semua daerah dalam cakupan yang mempunyai data adalah mitra %1.</source>
        <translation>Semua daerah dalam cakupan yang mempunyai data adalah mitra %1.</translation>
    </message>
    <message>
        <source>Putuskan perpanjangan atau pengakhiran %1 &quot;%2&quot; dengan %3.</source>
        <translation>Putuskan perpanjangan atau pengakhiran %1 &quot;%2&quot; dengan %3.</translation>
    </message>
    <message numerus="yes">
        <source>Berakhir %1, lewat %Ln hari, tetapi status masih aktif: mutakhirkan statusnya.</source>
        <translation>
            <numerusform>Berakhir %1, lewat %Ln hari, tetapi status masih aktif: mutakhirkan statusnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Berakhir %1, dalam %Ln hari. Perpanjangan ditempuh melalui prosedur kerja sama yang baru.</source>
        <translation>
            <numerusform>Berakhir %1, dalam %Ln hari. Perpanjangan ditempuh melalui prosedur kerja sama yang baru.</numerusform>
        </translation>
    </message>
    <message>
        <source>segera</source>
        <translation>segera</translation>
    </message>
    <message>
        <source>Selesaikan dan tandatangani PKS &quot;%1&quot; sebelum KB &quot;%2&quot; berakhir, atau perpanjang KB tersebut lebih dahulu.</source>
        <translation>Selesaikan dan tandatangani PKS &quot;%1&quot; sebelum KB &quot;%2&quot; berakhir, atau perpanjang KB tersebut lebih dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>KB berakhir %1 (dalam %Ln hari), sedangkan PKS yang melaksanakannya masih pada tahap %2.</source>
        <translation>
            <numerusform>KB berakhir %1 (dalam %Ln hari), sedangkan PKS yang melaksanakannya masih pada tahap %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lengkapi kajian eksternalitas dan efisiensi bersama %1 untuk %2.</source>
        <translation>Lengkapi kajian eksternalitas dan efisiensi bersama %1 untuk %2.</translation>
    </message>
    <message>
        <source>Mintakan kajian hukum atas pasangan dengan %1 untuk %2.</source>
        <translation>Mintakan kajian hukum atas pasangan dengan %1 untuk %2.</translation>
    </message>
    <message>
        <source>Potensi wajib: daerah berbatasan, bukti eksternalitas atau efisiensi belum lengkap.</source>
        <translation>Potensi wajib: daerah berbatasan, bukti eksternalitas atau efisiensi belum lengkap.</translation>
    </message>
    <message>
        <source>Tipe C tidak disebut dalam daftar pasangan wajib Permendagri 22/2020.</source>
        <translation>Tipe C tidak disebut dalam daftar pasangan wajib Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>sebelum surat penawaran</source>
        <translation>sebelum surat penawaran</translation>
    </message>
    <message>
        <source>Sampaikan %1 kepada Pemerintah %2 untuk kerja sama tipe B atau fasilitasi provinsi, bersama %3.</source>
        <translation>Sampaikan %1 kepada Pemerintah %2 untuk kerja sama tipe B atau fasilitasi provinsi, bersama %3.</translation>
    </message>
    <message>
        <source>Layanan lintas kabupaten/kota menjadi kewenangan provinsi (%1).</source>
        <translation>Layanan lintas kabupaten/kota menjadi kewenangan provinsi (%1).</translation>
    </message>
    <message>
        <source>Sampaikan %1 kepada kementerian/lembaga yang membidanginya, bersama %2.</source>
        <translation>Sampaikan %1 kepada kementerian/lembaga yang membidanginya, bersama %2.</translation>
    </message>
    <message>
        <source>Objek menjadi kewenangan Pemerintah Pusat (%1).</source>
        <translation>Objek menjadi kewenangan Pemerintah Pusat (%1).</translation>
    </message>
    <message>
        <source>pada rapat koordinasi berikutnya</source>
        <translation>pada rapat koordinasi berikutnya</translation>
    </message>
    <message>
        <source>Ajukan persetujuan DPRD untuk usulan &quot;%1&quot;.</source>
        <translation>Ajukan persetujuan DPRD untuk usulan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Dokumennya kini pada tahap %1.</source>
        <translation>Dokumennya kini pada tahap %1.</translation>
    </message>
    <message>
        <source>sebelum penyusunan PKS</source>
        <translation>sebelum penyusunan PKS</translation>
    </message>
    <message>
        <source>Rekomendasi Tindak Lanjut</source>
        <translation>Rekomendasi Tindak Lanjut</translation>
    </message>
    <message>
        <source>Rekomendasi berikut ditarik langsung dari data pemetaan dan register per %1. Setiap baris menyebut tindakan, alasannya, perangkat daerah penanggung jawab dan batas waktunya; perangkat daerah yang disebut adalah pelaksana atau pengisi data yang bersangkutan, dikoordinasikan oleh %2.</source>
        <translation>Rekomendasi berikut ditarik langsung dari data pemetaan dan register per %1. Setiap baris menyebut tindakan, alasannya, perangkat daerah penanggung jawab dan batas waktunya; perangkat daerah yang disebut adalah pelaksana atau pengisi data yang bersangkutan, dikoordinasikan oleh %2.</translation>
    </message>
    <message>
        <source>Kerja sama yang berakhir dalam %1 hari</source>
        <translation>Kerja sama yang berakhir dalam %1 hari</translation>
    </message>
    <message>
        <source>Tidak ada kerja sama yang berakhir dalam %1 hari.</source>
        <translation>Tidak ada kerja sama yang berakhir dalam %1 hari.</translation>
    </message>
    <message>
        <source>Kesepakatan bersama yang berakhir sebelum PKS-nya ditandatangani</source>
        <translation>Kesepakatan bersama yang berakhir sebelum PKS-nya ditandatangani</translation>
    </message>
    <message>
        <source>Tidak ada kesepakatan bersama yang berakhir sebelum PKS-nya ditandatangani.</source>
        <translation>Tidak ada kesepakatan bersama yang berakhir sebelum PKS-nya ditandatangani.</translation>
    </message>
    <message>
        <source>Pasangan yang memerlukan kajian</source>
        <translation>Pasangan yang memerlukan kajian</translation>
    </message>
    <message>
        <source>Tidak ada pasangan yang menunggu kajian.</source>
        <translation>Tidak ada pasangan yang menunggu kajian.</translation>
    </message>
    <message>
        <source>Rujukan ke provinsi dan Pemerintah Pusat</source>
        <translation>Rujukan ke provinsi dan Pemerintah Pusat</translation>
    </message>
    <message>
        <source>Tidak ada pasangan yang perlu dirujuk.</source>
        <translation>Tidak ada pasangan yang perlu dirujuk.</translation>
    </message>
    <message>
        <source>Usulan yang memerlukan persetujuan DPRD</source>
        <translation>Usulan yang memerlukan persetujuan DPRD</translation>
    </message>
    <message>
        <source>Tidak ada usulan yang masih menunggu persetujuan DPRD.</source>
        <translation>Tidak ada usulan yang masih menunggu persetujuan DPRD.</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang ditarik dari data per %1.</source>
        <translation>Tidak ada tindak lanjut yang ditarik dari data per %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kerja sama berakhir dalam %1 hari atau sudah lewat tanggal berakhirnya; lihat rekomendasi tindak lanjut dan register kerja sama.</source>
        <translation>
            <numerusform>%Ln kerja sama berakhir dalam %1 hari atau sudah lewat tanggal berakhirnya; lihat rekomendasi tindak lanjut dan register kerja sama.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panduan Pengumpulan Data</source>
        <translation>Panduan Pengumpulan Data</translation>
    </message>
    <message>
        <source>Proyek pemetaan %1 tahun %2 belum berisi data (data per %3). Laporan hasil pemetaan disusun dari isian perangkat daerah; bab ini menjelaskan siapa mengisi apa dan bagaimana caranya. Setelah data terkumpul, buat laporan ini lagi: isinya menjadi ringkasan, rekomendasi dan tindak lanjut, saran kerja sama, profil daerah dan register kerja sama, lengkap dengan lembar pengesahan.</source>
        <translation>Proyek pemetaan %1 tahun %2 belum berisi data (data per %3). Laporan hasil pemetaan disusun dari isian perangkat daerah; bab ini menjelaskan siapa mengisi apa dan bagaimana caranya. Setelah data terkumpul, buat laporan ini lagi: isinya menjadi ringkasan, rekomendasi dan tindak lanjut, saran kerja sama, profil daerah dan register kerja sama, lengkap dengan lembar pengesahan.</translation>
    </message>
    <message>
        <source>Siapa mengisi apa</source>
        <translation>Siapa mengisi apa</translation>
    </message>
    <message>
        <source>Pengisi data pemetaan</source>
        <translation>Pengisi data pemetaan</translation>
    </message>
    <message>
        <source>Pengisi</source>
        <translation>Pengisi</translation>
    </message>
    <message>
        <source>Yang diisi</source>
        <translation>Yang diisi</translation>
    </message>
    <message>
        <source>Templat CSV</source>
        <translation>Templat CSV</translation>
    </message>
    <message>
        <source>Setiap perangkat daerah (dinas, badan) sesuai urusannya</source>
        <translation>Setiap perangkat daerah (dinas, badan) sesuai urusannya</translation>
    </message>
    <message>
        <source>Potensi dan kebutuhan/permasalahan urusannya, termasuk yang berdampak lintas batas daerah, dengan bukti eksternalitas dan efisiensi bila ada</source>
        <translation>Potensi dan kebutuhan/permasalahan urusannya, termasuk yang berdampak lintas batas daerah, dengan bukti eksternalitas dan efisiensi bila ada</translation>
    </message>
    <message>
        <source>Perangkat daerah pengusul, melalui Bagian Pemerintahan</source>
        <translation>Perangkat daerah pengusul, melalui Bagian Pemerintahan</translation>
    </message>
    <message>
        <source>Usulan kerja sama: mitra, bentuk (KB/PKS/NK), perkiraan biaya, apakah sudah dalam APBD dan apakah membebani masyarakat</source>
        <translation>Usulan kerja sama: mitra, bentuk (KB/PKS/NK), perkiraan biaya, apakah sudah dalam APBD dan apakah membebani masyarakat</translation>
    </message>
    <message>
        <source>Bagian Pemerintahan/Kerja Sama Sekretariat Daerah</source>
        <translation>Bagian Pemerintahan/Kerja Sama Sekretariat Daerah</translation>
    </message>
    <message>
        <source>Register dokumen kerja sama yang sudah ditandatangani (KB, PKS, nota kesepakatan, addendum) dengan tanggal mulai dan berakhir</source>
        <translation>Register dokumen kerja sama yang sudah ditandatangani (KB, PKS, nota kesepakatan, addendum) dengan tanggal mulai dan berakhir</translation>
    </message>
    <message>
        <source>Tim Koordinasi Kerja Sama Daerah (TKKSD)</source>
        <translation>Tim Koordinasi Kerja Sama Daerah (TKKSD)</translation>
    </message>
    <message>
        <source>Memeriksa kelengkapan isian, membahas saran kerja sama dan menetapkan prioritas</source>
        <translation>Memeriksa kelengkapan isian, membahas saran kerja sama dan menetapkan prioritas</translation>
    </message>
    <message>
        <source>Langkah pengumpulan</source>
        <translation>Langkah pengumpulan</translation>
    </message>
    <message>
        <source>Bagian Pemerintahan mengirim kepada setiap perangkat daerah salinan proyek untuk urusannya (menu Berkas → Kirim ke perangkat daerah, atau petaksd send PROYEK.ksd --to &quot;NAMA PD&quot; -o SALINAN.ksd), atau templat CSV di atas bila perangkat daerah bekerja di Excel.</source>
        <translation>Bagian Pemerintahan mengirim kepada setiap perangkat daerah salinan proyek untuk urusannya (menu Berkas → Kirim ke perangkat daerah, atau petaksd send PROYEK.ksd --to &quot;NAMA PD&quot; -o SALINAN.ksd), atau templat CSV di atas bila perangkat daerah bekerja di Excel.</translation>
    </message>
    <message>
        <source>Perangkat daerah mengisi salinan di PetaKSD, atau templat di Excel (satu baris per isian, pemisah titik koma, simpan sebagai CSV UTF-8), lalu mengembalikannya.</source>
        <translation>Perangkat daerah mengisi salinan di PetaKSD, atau templat di Excel (satu baris per isian, pemisah titik koma, simpan sebagai CSV UTF-8), lalu mengembalikannya.</translation>
    </message>
    <message>
        <source>Bagian Pemerintahan menggabungkan salinan yang kembali (petaksd merge PROYEK.ksd SALINAN.ksd …) atau mengimpor CSV (petaksd import PROYEK.ksd --entries isian.csv). Baris yang tidak dapat dibaca disebut satu per satu dengan alasannya, dan tidak ada yang diimpor sampai semuanya benar.</source>
        <translation>Bagian Pemerintahan menggabungkan salinan yang kembali (petaksd merge PROYEK.ksd SALINAN.ksd …) atau mengimpor CSV (petaksd import PROYEK.ksd --entries isian.csv). Baris yang tidak dapat dibaca disebut satu per satu dengan alasannya, dan tidak ada yang diimpor sampai semuanya benar.</translation>
    </message>
    <message>
        <source>Kode wilayah mengikuti Kepmendagri (misalnya %1 untuk %2); kode urusan mengikuti Lampiran UU 23/2014 (misalnya 2.11 Lingkungan Hidup).</source>
        <translation>Kode wilayah mengikuti Kepmendagri (misalnya %1 untuk %2); kode urusan mengikuti Lampiran UU 23/2014 (misalnya 2.11 Lingkungan Hidup).</translation>
    </message>
    <message>
        <source>TKKSD memeriksa hasilnya di PetaKSD (tab Saran dan Peta), lalu laporan ini dibuat lagi dan ditandatangani.</source>
        <translation>TKKSD memeriksa hasilnya di PetaKSD (tab Saran dan Peta), lalu laporan ini dibuat lagi dan ditandatangani.</translation>
    </message>
    <message>
        <source>Kolom templat CSV</source>
        <translation>Kolom templat CSV</translation>
    </message>
    <message>
        <source>Kolom bertanda * wajib diisi; kolom lain boleh kosong. Nama kolom dalam bahasa Inggris juga dikenali.</source>
        <translation>Kolom bertanda * wajib diisi; kolom lain boleh kosong. Nama kolom dalam bahasa Inggris juga dikenali.</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Templat isian potensi dan kebutuhan (isian.csv)</source>
        <translation>Templat isian potensi dan kebutuhan (isian.csv)</translation>
    </message>
    <message>
        <source>Templat usulan kerja sama (usulan.csv)</source>
        <translation>Templat usulan kerja sama (usulan.csv)</translation>
    </message>
    <message>
        <source>Templat register kerja sama (kerja-sama.csv)</source>
        <translation>Templat register kerja sama (kerja-sama.csv)</translation>
    </message>
    <message>
        <source>Mitra %1 lainnya, tanpa halaman profil</source>
        <translation>Mitra %1 lainnya, tanpa halaman profil</translation>
    </message>
    <message>
        <source>Profil lengkap diberikan untuk %1 dan %2 mitra dengan skor tertinggi; mitra lainnya tercantum di sini menurut urutan kecocokan.</source>
        <translation>Profil lengkap diberikan untuk %1 dan %2 mitra dengan skor tertinggi; mitra lainnya tercantum di sini menurut urutan kecocokan.</translation>
    </message>
    <message>
        <source>Cakupan pemetaan meliputi %1 provinsi. Agar tetap terbaca, setiap provinsi digambar pada peta kecilnya sendiri dengan garis antardaerah di dalamnya (provinsi %2 lebih dahulu); pasangan lintas provinsi tercantum dalam tabel saran.</source>
        <translation>Cakupan pemetaan meliputi %1 provinsi. Agar tetap terbaca, setiap provinsi digambar pada peta kecilnya sendiri dengan garis antardaerah di dalamnya (provinsi %2 lebih dahulu); pasangan lintas provinsi tercantum dalam tabel saran.</translation>
    </message>
    <message>
        <source>Peta jejaring kerja sama per provinsi</source>
        <translation>Peta jejaring kerja sama per provinsi</translation>
    </message>
    <message>
        <source>Peta jejaring kerja sama per provinsi (%1 dari %2)</source>
        <translation>Peta jejaring kerja sama per provinsi (%1 dari %2)</translation>
    </message>
    <message>
        <source>Gambar berikut menempatkan daerah dalam cakupan pada peta batas wilayah, seperti pada tab Peta: garis menghubungkan pasangan daerah menurut kelas saran, usulan dan kerja sama yang tercatat, provinsi digambar di utara kabupaten/kotanya. Di kanan, perbesaran wilayah di sekitar %1.</source>
        <translation>Gambar berikut menempatkan daerah dalam cakupan pada peta batas wilayah, seperti pada tab Peta: garis menghubungkan pasangan daerah menurut kelas saran, usulan dan kerja sama yang tercatat, provinsi digambar di utara kabupaten/kotanya. Di kanan, perbesaran wilayah di sekitar %1.</translation>
    </message>
    <message>
        <source>Perbesaran: %1 dan tetangganya</source>
        <translation>Perbesaran: %1 dan tetangganya</translation>
    </message>
    <message>
        <source>Jawab penawaran &quot;%1&quot; dari %2 (surat %3).</source>
        <translation>Jawab penawaran &quot;%1&quot; dari %2 (surat %3).</translation>
    </message>
    <message>
        <source>Diterima %1; saring dengan kriteria KSD, lalu terima menjadi usulan atau tolak dengan alasan.</source>
        <translation>Diterima %1; saring dengan kriteria KSD, lalu terima menjadi usulan atau tolak dengan alasan.</translation>
    </message>
    <message>
        <source>Penawaran masuk yang menunggu jawaban</source>
        <translation>Penawaran masuk yang menunggu jawaban</translation>
    </message>
    <message>
        <source>Tidak ada penawaran masuk yang menunggu jawaban.</source>
        <translation>Tidak ada penawaran masuk yang menunggu jawaban.</translation>
    </message>
    <message>
        <source>Jangka waktu dan tindak lanjut kesepakatan bersama</source>
        <translation>Jangka waktu dan tindak lanjut kesepakatan bersama</translation>
    </message>
    <message>
        <source>Per %1: %2 berjangka lebih dari %3 tahun atau tanpa tanggal berakhir tanpa dasar pengecualian (misalnya KPBU atau pemanfaatan barang milik daerah), dan %4 belum diikuti PKS setahun sesudah ditandatangani.</source>
        <translation>Per %1: %2 berjangka lebih dari %3 tahun atau tanpa tanggal berakhir tanpa dasar pengecualian (misalnya KPBU atau pemanfaatan barang milik daerah), dan %4 belum diikuti PKS setahun sesudah ditandatangani.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln KB/PKS</source>
        <translation>
            <numerusform>%Ln KB/PKS</numerusform>
        </translation>
    </message>
    <message>
        <source>KB/PKS berjangka lebih dari %1 tahun atau tanpa tanggal berakhir</source>
        <translation>KB/PKS berjangka lebih dari %1 tahun atau tanpa tanggal berakhir</translation>
    </message>
    <message>
        <source>tanpa tanggal berakhir</source>
        <translation>tanpa tanggal berakhir</translation>
    </message>
    <message>
        <source>Kesepakatan bersama tanpa PKS setahun sesudah ditandatangani</source>
        <translation>Kesepakatan bersama tanpa PKS setahun sesudah ditandatangani</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Ditandatangani</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hari sejak ditandatangani</source>
        <translation>
            <numerusform>%Ln hari sejak ditandatangani</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>jangka %1 tahun (%Ln hari)</source>
        <translation>
            <numerusform>jangka %1 tahun (%Ln hari)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ksd::ReportWriter</name>
    <message>
        <source>Halaman %1 tidak dapat dibuat.</source>
        <translation>Halaman %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Pembuatan laporan dibatalkan.</source>
        <translation>Pembuatan laporan dibatalkan.</translation>
    </message>
    <message>
        <source>Berkas PDF tidak dapat dimulai.</source>
        <translation>Berkas PDF tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditulis: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Pencetak tidak dapat dimulai.</source>
        <translation>Pencetak tidak dapat dimulai.</translation>
    </message>
</context>
<context>
    <name>ksd::RuleSet</name>
    <message>
        <source>Potensi wajib (perlu kajian)</source>
        <translation>Potensi wajib (perlu kajian)</translation>
    </message>
    <message>
        <source>Sukarela</source>
        <translation>Sukarela</translation>
    </message>
    <message>
        <source>Rujuk ke provinsi</source>
        <translation>Rujuk ke provinsi</translation>
    </message>
    <message>
        <source>Tidak memenuhi</source>
        <translation>Tidak memenuhi</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>provinsi – provinsi yang berbatasan</source>
        <translation>provinsi – provinsi yang berbatasan</translation>
    </message>
    <message>
        <source>provinsi – kabupaten/kota dalam wilayahnya</source>
        <translation>provinsi – kabupaten/kota dalam wilayahnya</translation>
    </message>
    <message>
        <source>provinsi – kabupaten/kota provinsi lain yang berbatasan</source>
        <translation>provinsi – kabupaten/kota provinsi lain yang berbatasan</translation>
    </message>
    <message>
        <source>kabupaten/kota – kabupaten/kota provinsi lain yang berbatasan</source>
        <translation>kabupaten/kota – kabupaten/kota provinsi lain yang berbatasan</translation>
    </message>
    <message>
        <source>kabupaten/kota – kabupaten/kota dalam satu provinsi yang berbatasan</source>
        <translation>kabupaten/kota – kabupaten/kota dalam satu provinsi yang berbatasan</translation>
    </message>
    <message>
        <source>gubernur sebagai wakil Pemerintah Pusat</source>
        <translation>gubernur sebagai wakil Pemerintah Pusat</translation>
    </message>
    <message>
        <source>Pemerintah Pusat (Menteri)</source>
        <translation>Pemerintah Pusat (Menteri)</translation>
    </message>
    <message>
        <source>Kelayakan para pihak</source>
        <translation>Kelayakan para pihak</translation>
    </message>
    <message>
        <source>Objek kerja sama</source>
        <translation>Objek kerja sama</translation>
    </message>
    <message>
        <source>Kewenangan atas objek</source>
        <translation>Kewenangan atas objek</translation>
    </message>
    <message>
        <source>Ketetanggaan wilayah</source>
        <translation>Ketetanggaan wilayah</translation>
    </message>
    <message>
        <source>Jenis pasangan</source>
        <translation>Jenis pasangan</translation>
    </message>
    <message>
        <source>Uji substantif kerja sama wajib</source>
        <translation>Uji substantif kerja sama wajib</translation>
    </message>
    <message>
        <source>Akibat bila tidak dilaksanakan</source>
        <translation>Akibat bila tidak dilaksanakan</translation>
    </message>
    <message>
        <source>Persetujuan DPRD</source>
        <translation>Persetujuan DPRD</translation>
    </message>
    <message>
        <source>Tidak memenuhi: %1</source>
        <translation>Tidak memenuhi: %1</translation>
    </message>
    <message>
        <source>Tidak memenuhi: %1 dipasangkan dengan dirinya sendiri; kerja sama memerlukan dua daerah yang berbeda.</source>
        <translation>Tidak memenuhi: %1 dipasangkan dengan dirinya sendiri; kerja sama memerlukan dua daerah yang berbeda.</translation>
    </message>
    <message>
        <source>Tidak memenuhi: %1 adalah wilayah administratif, bukan daerah otonom; yang dapat menjadi pihak adalah %2.</source>
        <translation>Tidak memenuhi: %1 adalah wilayah administratif, bukan daerah otonom; yang dapat menjadi pihak adalah %2.</translation>
    </message>
    <message>
        <source>Memenuhi: %1 dan %2 adalah daerah otonom.</source>
        <translation>Memenuhi: %1 dan %2 adalah daerah otonom.</translation>
    </message>
    <message>
        <source>Unsur penunjang %1: bukan urusan konkuren, sehingga tidak dapat menjadi objek kerja sama wajib (paling tinggi sukarela).</source>
        <translation>Unsur penunjang %1: bukan urusan konkuren, sehingga tidak dapat menjadi objek kerja sama wajib (paling tinggi sukarela).</translation>
    </message>
    <message>
        <source>Memenuhi: %1 %2 adalah urusan konkuren (%3).</source>
        <translation>Memenuhi: %1 %2 adalah urusan konkuren (%3).</translation>
    </message>
    <message>
        <source> (keyakinan data batas: sedang; periksa peta)</source>
        <translation> (keyakinan data batas: sedang; periksa peta)</translation>
    </message>
    <message>
        <source> (keyakinan data batas: rendah; periksa peta)</source>
        <translation> (keyakinan data batas: rendah; periksa peta)</translation>
    </message>
    <message>
        <source>Berbatasan: batas darat bersama %1 km%2.</source>
        <translation>Berbatasan: batas darat bersama %1 km%2.</translation>
    </message>
    <message>
        <source>Berbatasan melalui %1: batas darat bersama %2 km%3.</source>
        <translation>Berbatasan melalui %1: batas darat bersama %2 km%3.</translation>
    </message>
    <message>
        <source>Berbatasan: %1 berada dalam wilayah %2.</source>
        <translation>Berbatasan: %1 berada dalam wilayah %2.</translation>
    </message>
    <message>
        <source>Tidak berbatasan (jarak titik label %1 km).</source>
        <translation>Tidak berbatasan (jarak titik label %1 km).</translation>
    </message>
    <message>
        <source>Tipe %1: %2.</source>
        <translation>Tipe %1: %2.</translation>
    </message>
    <message>
        <source>Sukarela: unsur penunjang tidak pernah menjadi objek kerja sama wajib.</source>
        <translation>Sukarela: unsur penunjang tidak pernah menjadi objek kerja sama wajib.</translation>
    </message>
    <message>
        <source>Tidak dinilai: daerah tidak berbatasan, sehingga kelasnya sukarela (eksternalitas = %1, efisiensi = %2).</source>
        <translation>Tidak dinilai: daerah tidak berbatasan, sehingga kelasnya sukarela (eksternalitas = %1, efisiensi = %2).</translation>
    </message>
    <message>
        <source>membebani masyarakat dan daerah</source>
        <translation>membebani masyarakat dan daerah</translation>
    </message>
    <message>
        <source>pendanaan belum ada dalam APBD tahun berjalan</source>
        <translation>pendanaan belum ada dalam APBD tahun berjalan</translation>
    </message>
    <message>
        <source>Diperlukan: %1.</source>
        <translation>Diperlukan: %1.</translation>
    </message>
    <message>
        <source>Tidak diperlukan: tidak membebani masyarakat dan sudah teranggarkan dalam APBD.</source>
        <translation>Tidak diperlukan: tidak membebani masyarakat dan sudah teranggarkan dalam APBD.</translation>
    </message>
    <message>
        <source>Belum dapat ditentukan: isi apakah kerja sama membebani masyarakat dan apakah sudah ada dalam APBD.</source>
        <translation>Belum dapat ditentukan: isi apakah kerja sama membebani masyarakat dan apakah sudah ada dalam APBD.</translation>
    </message>
    <message>
        <source>Indikasi wajib</source>
        <translation>Indikasi wajib</translation>
    </message>
    <message>
        <source>Rujuk ke Pemerintah Pusat</source>
        <translation>Rujuk ke Pemerintah Pusat</translation>
    </message>
    <message>
        <source>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak).</source>
        <translation>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak).</translation>
    </message>
    <message>
        <source>Potensi wajib: pasangan berbatasan, tetapi bukti atau verifikasinya belum lengkap; lengkapi kajiannya sebelum menyebutnya wajib.</source>
        <translation>Potensi wajib: pasangan berbatasan, tetapi bukti atau verifikasinya belum lengkap; lengkapi kajiannya sebelum menyebutnya wajib.</translation>
    </message>
    <message>
        <source>Sukarela: kerja sama dapat dilakukan bila dipandang lebih efektif dan efisien, tanpa kewajiban.</source>
        <translation>Sukarela: kerja sama dapat dilakukan bila dipandang lebih efektif dan efisien, tanpa kewajiban.</translation>
    </message>
    <message>
        <source>Rujuk ke provinsi: objeknya kewenangan provinsi, sehingga kerja samanya dengan atau difasilitasi provinsi.</source>
        <translation>Rujuk ke provinsi: objeknya kewenangan provinsi, sehingga kerja samanya dengan atau difasilitasi provinsi.</translation>
    </message>
    <message>
        <source>Rujuk ke Pemerintah Pusat: objeknya kewenangan Pemerintah Pusat; koordinasikan dengan kementerian/lembaga yang membidanginya.</source>
        <translation>Rujuk ke Pemerintah Pusat: objeknya kewenangan Pemerintah Pusat; koordinasikan dengan kementerian/lembaga yang membidanginya.</translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat kerja sama antardaerah untuk objek ini.</source>
        <translation>Tidak memenuhi syarat kerja sama antardaerah untuk objek ini.</translation>
    </message>
    <message>
        <source>Tingkat kewenangan ditetapkan pengguna: %1.</source>
        <translation>Tingkat kewenangan ditetapkan pengguna: %1.</translation>
    </message>
    <message>
        <source>Layanan &quot;%1&quot; dikenali sebagai &quot;%2&quot; (%3).</source>
        <translation>Layanan &quot;%1&quot; dikenali sebagai &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Ketentuan umum urusan ini (%1).</source>
        <translation>Ketentuan umum urusan ini (%1).</translation>
    </message>
    <message>
        <source>Ada isian yang menjawab eksternalitas &quot;ya&quot; tanpa menyebut wilayah terdampak: sebutkan wilayah terdampak (kolom wilayah_eksternalitas), karena eksternalitas dinilai per pasangan.</source>
        <translation>Ada isian yang menjawab eksternalitas &quot;ya&quot; tanpa menyebut wilayah terdampak: sebutkan wilayah terdampak (kolom wilayah_eksternalitas), karena eksternalitas dinilai per pasangan.</translation>
    </message>
    <message>
        <source>Lintas provinsi, objek ini kewenangan Pemerintah Pusat: rujuk ke Pemerintah Pusat.</source>
        <translation>Lintas provinsi, objek ini kewenangan Pemerintah Pusat: rujuk ke Pemerintah Pusat.</translation>
    </message>
    <message>
        <source>Objek ini kewenangan Pemerintah Pusat: rujuk ke Pemerintah Pusat.</source>
        <translation>Objek ini kewenangan Pemerintah Pusat: rujuk ke Pemerintah Pusat.</translation>
    </message>
    <message>
        <source>Instansi yang membidangi: %1.</source>
        <translation>Instansi yang membidangi: %1.</translation>
    </message>
    <message>
        <source>Antara dua kabupaten/kota objek ini kewenangan provinsi: rujuk ke %1 (kerja sama dengan provinsi atau fasilitasi provinsi), bukan kerja sama wajib antarkabupaten/kota.</source>
        <translation>Antara dua kabupaten/kota objek ini kewenangan provinsi: rujuk ke %1 (kerja sama dengan provinsi atau fasilitasi provinsi), bukan kerja sama wajib antarkabupaten/kota.</translation>
    </message>
    <message>
        <source>Objek ini kewenangan provinsi masing-masing: rujuk ke %1 dan %2 (kerja sama antarprovinsi).</source>
        <translation>Objek ini kewenangan provinsi masing-masing: rujuk ke %1 dan %2 (kerja sama antarprovinsi).</translation>
    </message>
    <message>
        <source>Objek ini kewenangan provinsi dan salah satu pihak adalah provinsi: kerja sama sesuai kewenangan provinsi.</source>
        <translation>Objek ini kewenangan provinsi dan salah satu pihak adalah provinsi: kerja sama sesuai kewenangan provinsi.</translation>
    </message>
    <message>
        <source>Tidak memenuhi: objek ini kewenangan kabupaten/kota, sehingga provinsi tidak berwenang atasnya.</source>
        <translation>Tidak memenuhi: objek ini kewenangan kabupaten/kota, sehingga provinsi tidak berwenang atasnya.</translation>
    </message>
    <message>
        <source>Unsur penunjang: kewenangan masing-masing pihak.</source>
        <translation>Unsur penunjang: kewenangan masing-masing pihak.</translation>
    </message>
    <message>
        <source>Memenuhi: objek ini kewenangan masing-masing kabupaten/kota.</source>
        <translation>Memenuhi: objek ini kewenangan masing-masing kabupaten/kota.</translation>
    </message>
    <message>
        <source>Belum diperiksa: urusan ini terbagi antara Pemerintah Pusat, provinsi dan kabupaten/kota, dan layanannya belum disebut. Sebutkan layanannya agar kewenangan dapat diperiksa.</source>
        <translation>Belum diperiksa: urusan ini terbagi antara Pemerintah Pusat, provinsi dan kabupaten/kota, dan layanannya belum disebut. Sebutkan layanannya agar kewenangan dapat diperiksa.</translation>
    </message>
    <message>
        <source>Belum diperiksa: layanan &quot;%1&quot; tidak dikenali dalam tabel kewenangan, dan urusan ini terbagi antartingkat pemerintahan. Sebutkan layanannya dengan istilah Lampiran UU 23/2014.</source>
        <translation>Belum diperiksa: layanan &quot;%1&quot; tidak dikenali dalam tabel kewenangan, dan urusan ini terbagi antartingkat pemerintahan. Sebutkan layanannya dengan istilah Lampiran UU 23/2014.</translation>
    </message>
    <message>
        <source>Berhadapan di seberang laut (daftar rujukan batas laut): perlu verifikasi sebelum disebut berbatasan. %1</source>
        <translation>Berhadapan di seberang laut (daftar rujukan batas laut): perlu verifikasi sebelum disebut berbatasan. %1</translation>
    </message>
    <message>
        <source>Tidak berbatasan (jarak titik label %1 km): kerja sama wajib tidak berlaku; yang mungkin adalah kerja sama sukarela.</source>
        <translation>Tidak berbatasan (jarak titik label %1 km): kerja sama wajib tidak berlaku; yang mungkin adalah kerja sama sukarela.</translation>
    </message>
    <message>
        <source>Perlu kajian hukum: pasangan ini tidak disebut dalam Permendagri 22/2020.</source>
        <translation>Perlu kajian hukum: pasangan ini tidak disebut dalam Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Tidak diberikan: objeknya di luar kewenangan salah satu pihak.</source>
        <translation>Tidak diberikan: objeknya di luar kewenangan salah satu pihak.</translation>
    </message>
    <message>
        <source>Tidak diberikan: objeknya dirujuk ke tingkat pemerintahan lain.</source>
        <translation>Tidak diberikan: objeknya dirujuk ke tingkat pemerintahan lain.</translation>
    </message>
    <message>
        <source>Tidak diberikan: jenis pasangan hanya untuk kerja sama wajib, dan kedua daerah tidak berbatasan.</source>
        <translation>Tidak diberikan: jenis pasangan hanya untuk kerja sama wajib, dan kedua daerah tidak berbatasan.</translation>
    </message>
    <message>
        <source>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): eksternalitas antara kedua pihak = ya dan lebih efisien dikelola bersama = ya.</source>
        <translation>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): eksternalitas antara kedua pihak = ya dan lebih efisien dikelola bersama = ya.</translation>
    </message>
    <message>
        <source>Potensi wajib: eksternalitas = ya dan efisiensi = ya, tetapi kedua daerah hanya berhadapan di seberang laut; verifikasi dahulu apakah keduanya berbatasan.</source>
        <translation>Potensi wajib: eksternalitas = ya dan efisiensi = ya, tetapi kedua daerah hanya berhadapan di seberang laut; verifikasi dahulu apakah keduanya berbatasan.</translation>
    </message>
    <message>
        <source>Potensi wajib (perlu kajian): eksternalitas antara kedua pihak = %1, efisiensi = %2. Bukti yang belum ada bukan berarti &quot;tidak&quot;; lengkapi kajiannya.</source>
        <translation>Potensi wajib (perlu kajian): eksternalitas antara kedua pihak = %1, efisiensi = %2. Bukti yang belum ada bukan berarti &quot;tidak&quot;; lengkapi kajiannya.</translation>
    </message>
    <message>
        <source>Keduanya hanya berhadapan di seberang laut: perlu verifikasi.</source>
        <translation>Keduanya hanya berhadapan di seberang laut: perlu verifikasi.</translation>
    </message>
    <message>
        <source>Sukarela: eksternalitas antara kedua pihak = %1, efisiensi = %2; kedua syarat kerja sama wajib tidak terpenuhi bersama-sama.</source>
        <translation>Sukarela: eksternalitas antara kedua pihak = %1, efisiensi = %2; kedua syarat kerja sama wajib tidak terpenuhi bersama-sama.</translation>
    </message>
    <message>
        <source>Tidak dinilai: objeknya dirujuk ke tingkat pemerintahan yang berwenang.</source>
        <translation>Tidak dinilai: objeknya dirujuk ke tingkat pemerintahan yang berwenang.</translation>
    </message>
    <message>
        <source>Tidak dinilai: objeknya di luar kewenangan salah satu pihak.</source>
        <translation>Tidak dinilai: objeknya di luar kewenangan salah satu pihak.</translation>
    </message>
    <message>
        <source>Bila kerja sama wajib ini kelak disepakati dan tidak dilaksanakan, urusannya dapat diambil alih oleh %1, dengan biaya diperhitungkan dari dana transfer daerah.</source>
        <translation>Bila kerja sama wajib ini kelak disepakati dan tidak dilaksanakan, urusannya dapat diambil alih oleh %1, dengan biaya diperhitungkan dari dana transfer daerah.</translation>
    </message>
    <message>
        <source>perlu kajian hukum (tipe C)</source>
        <translation>perlu kajian hukum (tipe C)</translation>
    </message>
    <message>
        <source>perlu persetujuan DPRD</source>
        <translation>perlu persetujuan DPRD</translation>
    </message>
    <message>
        <source>batas laut, perlu verifikasi</source>
        <translation>batas laut, perlu verifikasi</translation>
    </message>
    <message>
        <source>kewenangan belum diperiksa: sebutkan layanannya</source>
        <translation>kewenangan belum diperiksa: sebutkan layanannya</translation>
    </message>
</context>
<context>
    <name>ksd::ScopePanel</name>
    <message>
        <source>Wilayah yang berbatasan dengan %1 ditambahkan ke cakupan.</source>
        <translation>Wilayah yang berbatasan dengan %1 ditambahkan ke cakupan.</translation>
    </message>
    <message>
        <source>wilayah terpilih</source>
        <translation>wilayah terpilih</translation>
    </message>
    <message>
        <source>Semua wilayah yang berbatasan sudah ada dalam cakupan.</source>
        <translation>Semua wilayah yang berbatasan sudah ada dalam cakupan.</translation>
    </message>
    <message numerus="yes">
        <source>%n wilayah dikeluarkan dari cakupan; isiannya tetap tersimpan.</source>
        <translation>
            <numerusform>%n wilayah dikeluarkan dari cakupan; isiannya tetap tersimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saring wilayah…</source>
        <translation>Saring wilayah…</translation>
    </message>
    <message>
        <source>Saring wilayah dalam cakupan</source>
        <translation>Saring wilayah dalam cakupan</translation>
    </message>
    <message>
        <source>Wilayah dalam cakupan</source>
        <translation>Wilayah dalam cakupan</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Tambah provinsi, kabupaten atau kota ke cakupan</source>
        <translation>Tambah provinsi, kabupaten atau kota ke cakupan</translation>
    </message>
    <message>
        <source>Tetangga</source>
        <translation>Tetangga</translation>
    </message>
    <message>
        <source>Tambah wilayah yang berbatasan darat dengan wilayah terpilih (atau dengan daerah pemilik)</source>
        <translation>Tambah wilayah yang berbatasan darat dengan wilayah terpilih (atau dengan daerah pemilik)</translation>
    </message>
    <message>
        <source>Keluarkan</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <source>Keluarkan wilayah terpilih dari cakupan; isiannya tetap tersimpan</source>
        <translation>Keluarkan wilayah terpilih dari cakupan; isiannya tetap tersimpan</translation>
    </message>
</context>
<context>
    <name>ksd::ScopeTreeModel</name>
    <message>
        <source>Daerah pemilik pemetaan</source>
        <translation>Daerah pemilik pemetaan</translation>
    </message>
    <message>
        <source>Provinsi ini sendiri tidak termasuk cakupan; hanya kabupaten/kotanya.</source>
        <translation>Provinsi ini sendiri tidak termasuk cakupan; hanya kabupaten/kotanya.</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Isian</translation>
    </message>
</context>
<context>
    <name>ksd::SendCopyDialog</name>
    <message>
        <source>Kirim ke perangkat daerah</source>
        <translation>Kirim ke perangkat daerah</translation>
    </message>
    <message>
        <source>Buat salinan proyek untuk diisi oleh satu perangkat daerah. Perubahan yang mereka buat dicatat atas nama perangkat daerah itu, lalu dapat digabungkan kembali dengan Berkas → Gabungkan salinan…</source>
        <translation>Buat salinan proyek untuk diisi oleh satu perangkat daerah. Perubahan yang mereka buat dicatat atas nama perangkat daerah itu, lalu dapat digabungkan kembali dengan Berkas → Gabungkan salinan…</translation>
    </message>
    <message>
        <source>mis. Dinas Lingkungan Hidup</source>
        <translation>mis. Dinas Lingkungan Hidup</translation>
    </message>
    <message>
        <source>Semua urusan</source>
        <translation>Semua urusan</translation>
    </message>
    <message>
        <source>Tanpa &quot;Semua urusan&quot;, salinan hanya memuat isian, usulan dan kerja sama dari urusan yang dicentang.</source>
        <translation>Tanpa &quot;Semua urusan&quot;, salinan hanya memuat isian, usulan dan kerja sama dari urusan yang dicentang.</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Perangkat daerah:</source>
        <translation>Perangkat daerah:</translation>
    </message>
    <message>
        <source>Urusan:</source>
        <translation>Urusan:</translation>
    </message>
    <message>
        <source>Simpan ke:</source>
        <translation>Simpan ke:</translation>
    </message>
    <message>
        <source>Simpan salinan</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Isi nama perangkat daerah penerima.</source>
        <translation>Isi nama perangkat daerah penerima.</translation>
    </message>
    <message>
        <source>Centang paling sedikit satu urusan, atau pilih &quot;Semua urusan&quot;.</source>
        <translation>Centang paling sedikit satu urusan, atau pilih &quot;Semua urusan&quot;.</translation>
    </message>
    <message>
        <source>Pilih berkas tujuan.</source>
        <translation>Pilih berkas tujuan.</translation>
    </message>
    <message>
        <source>Berkas itu sudah ada dan tidak ditimpa.</source>
        <translation>Berkas itu sudah ada dan tidak ditimpa.</translation>
    </message>
    <message>
        <source>Salinan tidak dapat disimpan</source>
        <translation>Salinan tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Belum ada urusan yang dicentang.</source>
        <translation>Belum ada urusan yang dicentang.</translation>
    </message>
    <message>
        <source>Salinan akan berisi %1 isian, %2 usulan dan %3 kerja sama.</source>
        <translation>Salinan akan berisi %1 isian, %2 usulan dan %3 kerja sama.</translation>
    </message>
    <message>
        <source>Simpan salinan untuk perangkat daerah</source>
        <translation>Simpan salinan untuk perangkat daerah</translation>
    </message>
    <message>
        <source>Proyek PetaKSD (*.ksd)</source>
        <translation>Proyek PetaKSD (*.ksd)</translation>
    </message>
    <message>
        <source>Tanpa pindaian dokumen (nama, hash dan versi tetap ikut)</source>
        <translation>Tanpa pindaian dokumen (nama, hash dan versi tetap ikut)</translation>
    </message>
</context>
<context>
    <name>ksd::ShareActions</name>
    <message>
        <source>&amp;Kirim ke perangkat daerah…</source>
        <translation>&amp;Kirim ke perangkat daerah…</translation>
    </message>
    <message>
        <source>Membuat salinan proyek untuk diisi oleh satu perangkat daerah</source>
        <translation>Membuat salinan proyek untuk diisi oleh satu perangkat daerah</translation>
    </message>
    <message>
        <source>&amp;Gabungkan salinan…</source>
        <translation>&amp;Gabungkan salinan…</translation>
    </message>
    <message>
        <source>Menggabungkan salinan yang dikembalikan perangkat daerah, dengan pratinjau dan pilihan untuk setiap konflik</source>
        <translation>Menggabungkan salinan yang dikembalikan perangkat daerah, dengan pratinjau dan pilihan untuk setiap konflik</translation>
    </message>
    <message>
        <source>&amp;Log penggabungan…</source>
        <translation>&amp;Log penggabungan…</translation>
    </message>
    <message>
        <source>Menampilkan apa yang diambil dari salinan perangkat daerah, dan mengekspornya ke CSV</source>
        <translation>Menampilkan apa yang diambil dari salinan perangkat daerah, dan mengekspornya ke CSV</translation>
    </message>
    <message>
        <source>Salinan tidak dapat dikirim</source>
        <translation>Salinan tidak dapat dikirim</translation>
    </message>
    <message>
        <source>Salinan untuk %1 disimpan ke %2</source>
        <translation>Salinan untuk %1 disimpan ke %2</translation>
    </message>
    <message>
        <source>Salinan tidak dapat digabungkan di sini</source>
        <translation>Salinan tidak dapat digabungkan di sini</translation>
    </message>
    <message>
        <source>Proyek yang terbuka adalah salinan untuk %1. Gabungkan salinan ke proyek induk &quot;%2&quot;.</source>
        <translation>Proyek yang terbuka adalah salinan untuk %1. Gabungkan salinan ke proyek induk &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Pilih salinan yang dikembalikan perangkat daerah</source>
        <translation>Pilih salinan yang dikembalikan perangkat daerah</translation>
    </message>
    <message>
        <source>Proyek PetaKSD (*.ksd)</source>
        <translation>Proyek PetaKSD (*.ksd)</translation>
    </message>
    <message>
        <source>Salinan digabungkan: %1 ditambahkan, %2 diubah, %3 dihapus, %4 konflik diputuskan. Batalkan dengan Ctrl+Z.</source>
        <translation>Salinan digabungkan: %1 ditambahkan, %2 diubah, %3 dihapus, %4 konflik diputuskan. Batalkan dengan Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ksd::ShareMessages</name>
    <message>
        <source>Berkas sudah ada</source>
        <translation>Berkas sudah ada</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; sudah ada. Timpa berkas itu?</source>
        <translation>Berkas &quot;%1&quot; sudah ada. Timpa berkas itu?</translation>
    </message>
    <message>
        <source>Timpa</source>
        <translation>Timpa</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ksd::StartPage</name>
    <message>
        <source>%1
Berkas tidak ditemukan</source>
        <translation>%1
Berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>PetaKSD</source>
        <translation>PetaKSD</translation>
    </message>
    <message>
        <source>Pemetaan Kerja Sama Daerah: dari potensi dan kebutuhan sampai perjanjian dan monev</source>
        <translation>Pemetaan Kerja Sama Daerah: dari potensi dan kebutuhan sampai perjanjian dan monev</translation>
    </message>
    <message>
        <source>Proyek baru…</source>
        <translation>Proyek baru…</translation>
    </message>
    <message>
        <source>Mulai pemetaan baru untuk sebuah provinsi, kabupaten atau kota (Ctrl+N)</source>
        <translation>Mulai pemetaan baru untuk sebuah provinsi, kabupaten atau kota (Ctrl+N)</translation>
    </message>
    <message>
        <source>Buka proyek…</source>
        <translation>Buka proyek…</translation>
    </message>
    <message>
        <source>Buka berkas proyek .ksd (Ctrl+O)</source>
        <translation>Buka berkas proyek .ksd (Ctrl+O)</translation>
    </message>
    <message>
        <source>Buka contoh</source>
        <translation>Buka contoh</translation>
    </message>
    <message>
        <source>Buka proyek contoh Kabupaten Banjar 2024 untuk mencoba aplikasi</source>
        <translation>Buka proyek contoh Kabupaten Banjar 2024 untuk mencoba aplikasi</translation>
    </message>
    <message>
        <source>Berkas terakhir</source>
        <translation>Berkas terakhir</translation>
    </message>
    <message>
        <source>Belum ada berkas yang dibuka.</source>
        <translation>Belum ada berkas yang dibuka.</translation>
    </message>
    <message>
        <source>Berkas .ksd dari perangkat daerah dapat diseret ke jendela ini untuk dibuka.</source>
        <translation>Berkas .ksd dari perangkat daerah dapat diseret ke jendela ini untuk dibuka.</translation>
    </message>
</context>
<context>
    <name>ksd::StatusPanel</name>
    <message>
        <source>%1 wilayah · %2 isian · %3 usulan · %4 kerja sama</source>
        <translation>%1 wilayah · %2 isian · %3 usulan · %4 kerja sama</translation>
    </message>
    <message>
        <source>Batalkan pekerjaan ini</source>
        <translation>Batalkan pekerjaan ini</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Kemajuan pekerjaan latar</source>
        <translation>Kemajuan pekerjaan latar</translation>
    </message>
</context>
<context>
    <name>ksd::SuggestionEngine</name>
    <message>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>%1 adalah wilayah administratif, bukan daerah otonom; isian ini sebaiknya dicatat atas nama %2.</source>
        <translation>%1 adalah wilayah administratif, bukan daerah otonom; isian ini sebaiknya dicatat atas nama %2.</translation>
    </message>
    <message>
        <source>Unsur penunjang %1 bukan objek kerja sama wajib; dapat diusulkan sebagai kerja sama sukarela.</source>
        <translation>Unsur penunjang %1 bukan objek kerja sama wajib; dapat diusulkan sebagai kerja sama sukarela.</translation>
    </message>
    <message>
        <source>%1 (%2) berada di luar cakupan wilayah proyek.</source>
        <translation>%1 (%2) berada di luar cakupan wilayah proyek.</translation>
    </message>
    <message>
        <source>isian</source>
        <translation>isian</translation>
    </message>
    <message>
        <source>saling melengkapi</source>
        <translation>saling melengkapi</translation>
    </message>
    <message>
        <source>prioritas</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <source>besaran</source>
        <translation>besaran</translation>
    </message>
    <message>
        <source>kesamaan layanan</source>
        <translation>kesamaan layanan</translation>
    </message>
    <message>
        <source>langkah batas</source>
        <translation>langkah batas</translation>
    </message>
    <message>
        <source>jarak</source>
        <translation>jarak</translation>
    </message>
    <message>
        <source>kerja sama yang ada</source>
        <translation>kerja sama yang ada</translation>
    </message>
    <message>
        <source>potensi wajib: berbatasan, bukti belum lengkap (eksternalitas %1, efisiensi %2), perlu kajian</source>
        <translation>potensi wajib: berbatasan, bukti belum lengkap (eksternalitas %1, efisiensi %2), perlu kajian</translation>
    </message>
    <message>
        <source>sukarela: syarat wajib tidak terpenuhi (eksternalitas %1, efisiensi %2)</source>
        <translation>sukarela: syarat wajib tidak terpenuhi (eksternalitas %1, efisiensi %2)</translation>
    </message>
    <message>
        <source>sukarela: tidak berbatasan</source>
        <translation>sukarela: tidak berbatasan</translation>
    </message>
    <message>
        <source>tidak memenuhi syarat para pihak atau objek</source>
        <translation>tidak memenuhi syarat para pihak atau objek</translation>
    </message>
    <message>
        <source>potensi %1 (%2) → kebutuhan %3 (%4)</source>
        <translation>potensi %1 (%2) → kebutuhan %3 (%4)</translation>
    </message>
    <message>
        <source>kebutuhan lintas batas di kedua pihak</source>
        <translation>kebutuhan lintas batas di kedua pihak</translation>
    </message>
    <message>
        <source>skor %1 = %2</source>
        <translation>skor %1 = %2</translation>
    </message>
    <message>
        <source>sudah ada kerja sama aktif pada urusan ini</source>
        <translation>sudah ada kerja sama aktif pada urusan ini</translation>
    </message>
    <message>
        <source>bila tidak dilaksanakan diambil alih %1</source>
        <translation>bila tidak dilaksanakan diambil alih %1</translation>
    </message>
    <message>
        <source>dasar: %1</source>
        <translation>dasar: %1</translation>
    </message>
    <message>
        <source>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: kewenangan provinsi, rujuk ke %3</source>
        <translation>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: kewenangan provinsi, rujuk ke %3</translation>
    </message>
    <message>
        <source>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: wajib</source>
        <translation>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: wajib</translation>
    </message>
    <message>
        <source>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: potensi wajib, perlu kajian (eksternalitas %3, efisiensi %4)</source>
        <translation>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: potensi wajib, perlu kajian (eksternalitas %3, efisiensi %4)</translation>
    </message>
    <message>
        <source>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: sukarela (eksternalitas %3, efisiensi %4)</source>
        <translation>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: sukarela (eksternalitas %3, efisiensi %4)</translation>
    </message>
    <message>
        <source>anggota %1</source>
        <translation>anggota %1</translation>
    </message>
    <message>
        <source>%1 isian kebutuhan, %2 pasangan berbatasan, skor rata-rata %3</source>
        <translation>%1 isian kebutuhan, %2 pasangan berbatasan, skor rata-rata %3</translation>
    </message>
    <message>
        <source>potensi A→kebutuhan B: %1; potensi B→kebutuhan A: %2; kebutuhan bersama: %3</source>
        <translation>potensi A→kebutuhan B: %1; potensi B→kebutuhan A: %2; kebutuhan bersama: %3</translation>
    </message>
    <message>
        <source>tidak terhubung darat</source>
        <translation>tidak terhubung darat</translation>
    </message>
    <message numerus="yes">
        <source>%n langkah batas</source>
        <translation>
            <numerusform>%n langkah batas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km antar titik label</source>
        <translation>%1 km antar titik label</translation>
    </message>
    <message>
        <source>ada kerja sama aktif pada urusan lain</source>
        <translation>ada kerja sama aktif pada urusan lain</translation>
    </message>
    <message>
        <source>belum ada kerja sama aktif</source>
        <translation>belum ada kerja sama aktif</translation>
    </message>
    <message>
        <source>berbatasan; jarak antartitik pusat %1 km</source>
        <translation>berbatasan; jarak antartitik pusat %1 km</translation>
    </message>
    <message>
        <source>%1 langkah batas; jarak antartitik pusat %2 km</source>
        <translation>%1 langkah batas; jarak antartitik pusat %2 km</translation>
    </message>
    <message>
        <source>tidak terhubung darat; jarak antartitik pusat %1 km</source>
        <translation>tidak terhubung darat; jarak antartitik pusat %1 km</translation>
    </message>
    <message>
        <source>%1; tipe C perlu kajian hukum</source>
        <translation>%1; tipe C perlu kajian hukum</translation>
    </message>
    <message>
        <source>indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): berbatasan, eksternalitas antara kedua pihak dan efisiensi terpenuhi</source>
        <translation>indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): berbatasan, eksternalitas antara kedua pihak dan efisiensi terpenuhi</translation>
    </message>
    <message>
        <source>rujuk ke provinsi %1: objek ini kewenangan provinsi</source>
        <translation>rujuk ke provinsi %1: objek ini kewenangan provinsi</translation>
    </message>
    <message>
        <source>rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat</source>
        <translation>rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat</translation>
    </message>
    <message>
        <source>%1 – %2, urusan %3. %4</source>
        <translation>%1 – %2, urusan %3. %4</translation>
    </message>
    <message>
        <source>Klaster %1, urusan %2. %3</source>
        <translation>Klaster %1, urusan %2. %3</translation>
    </message>
</context>
<context>
    <name>ksd::SuggestionService</name>
    <message>
        <source>Menghitung saran…</source>
        <translation>Menghitung saran…</translation>
    </message>
</context>
<context>
    <name>ksd::SuggestionsModel</name>
    <message>
        <source>Gubernur</source>
        <translation>Gubernur</translation>
    </message>
    <message>
        <source>Pusat</source>
        <translation>Pusat</translation>
    </message>
    <message>
        <source>perlu telaah hukum</source>
        <translation>perlu telaah hukum</translation>
    </message>
    <message>
        <source>persetujuan DPRD</source>
        <translation>persetujuan DPRD</translation>
    </message>
    <message>
        <source>sudah ada kerja sama</source>
        <translation>sudah ada kerja sama</translation>
    </message>
    <message>
        <source>rujuk: %1</source>
        <translation>rujuk: %1</translation>
    </message>
    <message>
        <source>Sudah diusulkan</source>
        <translation>Sudah diusulkan</translation>
    </message>
    <message>
        <source>Kelas menurut aturan KSDD (PP 28/2018; UU 23/2014 Pasal 363–364)</source>
        <translation>Kelas menurut aturan KSDD (PP 28/2018; UU 23/2014 Pasal 363–364)</translation>
    </message>
    <message>
        <source>Tipe pasangan menurut UU 23/2014 Pasal 364 ayat (2): A–E</source>
        <translation>Tipe pasangan menurut UU 23/2014 Pasal 364 ayat (2): A–E</translation>
    </message>
    <message>
        <source>Skor kecocokan dua arah, 0–100</source>
        <translation>Skor kecocokan dua arah, 0–100</translation>
    </message>
    <message>
        <source>Yang mengambil alih urusan bila kerja sama wajib tidak dilaksanakan</source>
        <translation>Yang mengambil alih urusan bila kerja sama wajib tidak dilaksanakan</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Wilayah A</source>
        <translation>Wilayah A</translation>
    </message>
    <message>
        <source>Wilayah B</source>
        <translation>Wilayah B</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Diambil alih</source>
        <translation>Diambil alih</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Usulan</translation>
    </message>
</context>
<context>
    <name>ksd::SuggestionsPage</name>
    <message>
        <source>Saran perlu diperbarui: data proyek berubah sejak saran dihitung. Sedang menghitung ulang…</source>
        <translation>Saran perlu diperbarui: data proyek berubah sejak saran dihitung. Sedang menghitung ulang…</translation>
    </message>
    <message>
        <source>Saran perlu diperbarui: data proyek berubah sejak saran dihitung.</source>
        <translation>Saran perlu diperbarui: data proyek berubah sejak saran dihitung.</translation>
    </message>
    <message>
        <source>Saran belum dihitung untuk proyek ini.</source>
        <translation>Saran belum dihitung untuk proyek ini.</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Menghitung…</translation>
    </message>
    <message numerus="yes">
        <source>%n saran</source>
        <translation>
            <numerusform>%n saran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dari %n saran</source>
        <translation>
            <numerusform>%1 dari %n saran</numerusform>
        </translation>
    </message>
    <message>
        <source>Usulan &quot;%1&quot; dibuat; lihat tab Usulan.</source>
        <translation>Usulan &quot;%1&quot; dibuat; lihat tab Usulan.</translation>
    </message>
    <message>
        <source>Hitung saran</source>
        <translation>Hitung saran</translation>
    </message>
    <message>
        <source>Hitung ulang saran mitra dari isian proyek (F5). Berjalan di latar; dapat dibatalkan dari bilah status.</source>
        <translation>Hitung ulang saran mitra dari isian proyek (F5). Berjalan di latar; dapat dibatalkan dari bilah status.</translation>
    </message>
    <message>
        <source>Jadikan usulan</source>
        <translation>Jadikan usulan</translation>
    </message>
    <message>
        <source>Buat usulan kerja sama dari saran yang dipilih</source>
        <translation>Buat usulan kerja sama dari saran yang dipilih</translation>
    </message>
    <message>
        <source>Semua kelas</source>
        <translation>Semua kelas</translation>
    </message>
    <message>
        <source>Saring menurut kelas KSDD</source>
        <translation>Saring menurut kelas KSDD</translation>
    </message>
    <message>
        <source>Saring kelas</source>
        <translation>Saring kelas</translation>
    </message>
    <message>
        <source>Semua urusan</source>
        <translation>Semua urusan</translation>
    </message>
    <message>
        <source>Saring urusan</source>
        <translation>Saring urusan</translation>
    </message>
    <message>
        <source>Hanya yang melibatkan daerah pemilik</source>
        <translation>Hanya yang melibatkan daerah pemilik</translation>
    </message>
    <message>
        <source>Tampilkan hanya pasangan yang melibatkan daerah yang melakukan pemetaan</source>
        <translation>Tampilkan hanya pasangan yang melibatkan daerah yang melakukan pemetaan</translation>
    </message>
    <message>
        <source>Cari… (Ctrl+F)</source>
        <translation>Cari… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari saran</source>
        <translation>Cari saran</translation>
    </message>
    <message>
        <source>Perbarui sekarang</source>
        <translation>Perbarui sekarang</translation>
    </message>
    <message>
        <source>Tabel saran</source>
        <translation>Tabel saran</translation>
    </message>
    <message>
        <source>Penjelasan saran</source>
        <translation>Penjelasan saran</translation>
    </message>
    <message>
        <source>Buka proyek lebih dulu.</source>
        <translation>Buka proyek lebih dulu.</translation>
    </message>
    <message>
        <source>Pilih satu saran pada tabel.</source>
        <translation>Pilih satu saran pada tabel.</translation>
    </message>
    <message>
        <source>Saran perlu diperbarui lebih dulu (F5).</source>
        <translation>Saran perlu diperbarui lebih dulu (F5).</translation>
    </message>
    <message>
        <source>Saran ini sudah diusulkan; lihat tab Usulan.</source>
        <translation>Saran ini sudah diusulkan; lihat tab Usulan.</translation>
    </message>
    <message>
        <source>Sudah diusulkan</source>
        <translation>Sudah diusulkan</translation>
    </message>
</context>
<context>
    <name>ksd::Synth</name>
    <message>
        <source>Proyek sintetis nasional (benih %1, %2 isian)</source>
        <translation>Proyek sintetis nasional (benih %1, %2 isian)</translation>
    </message>
    <message>
        <source>Potensi %1 di %2</source>
        <translation>Potensi %1 di %2</translation>
    </message>
    <message>
        <source>Kebutuhan %1 di %2</source>
        <translation>Kebutuhan %1 di %2</translation>
    </message>
    <message>
        <source>PKS %1 %2 – %3</source>
        <translation>PKS %1 %2 – %3</translation>
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
        <source>Berakhir</source>
        <comment>status</comment>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>belum diketahui</source>
        <translation>belum diketahui</translation>
    </message>
    <message>
        <source>Belum dinyatakan</source>
        <translation>Belum dinyatakan</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Reviu</source>
        <translation>Reviu</translation>
    </message>
    <message>
        <source>Final ditandatangani</source>
        <translation>Final ditandatangani</translation>
    </message>
    <message>
        <source>Menunggu jawaban</source>
        <translation>Menunggu jawaban</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Pembahasan TKKSD</source>
        <translation>Pembahasan TKKSD</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Persetujuan Pemerintah Pusat</source>
        <translation>Persetujuan Pemerintah Pusat</translation>
    </message>
    <message>
        <source>Penyusunan nota kesepakatan</source>
        <translation>Penyusunan nota kesepakatan</translation>
    </message>
    <message>
        <source>Penandatanganan nota kesepakatan</source>
        <translation>Penandatanganan nota kesepakatan</translation>
    </message>
    <message>
        <source>Penyusunan rencana aksi</source>
        <translation>Penyusunan rencana aksi</translation>
    </message>
</context>
<context>
    <name>ksd::ViewActions</name>
    <message>
        <source>&amp;Layar penuh</source>
        <translation>&amp;Layar penuh</translation>
    </message>
    <message>
        <source>&amp;Bilah alat</source>
        <translation>&amp;Bilah alat</translation>
    </message>
</context>
<context>
    <name>ksd::Workbench</name>
    <message>
        <source>Halaman %1</source>
        <translation>Halaman %1</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Sunting</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Proyek</source>
        <translation>&amp;Proyek</translation>
    </message>
    <message>
        <source>&amp;Alat</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Bilah alat utama</source>
        <translation>Bilah alat utama</translation>
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
        <source>tahun &quot;%1&quot; tidak valid (harus 2000–2100)</source>
        <translation>tahun &quot;%1&quot; tidak valid (harus 2000–2100)</translation>
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
        <source>Berkas: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Format: versi %1 (application_id 0x%2)</source>
        <translation>Format: versi %1 (application_id 0x%2)</translation>
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
        <source>menulis proyek contoh &quot;Pemetaan KSD Kabupaten Banjar 2024&quot;</source>
        <translation>menulis proyek contoh &quot;Pemetaan KSD Kabupaten Banjar 2024&quot;</translation>
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
        <source>tanggal --today &quot;%1&quot; tidak valid (gunakan YYYY-MM-DD, misalnya 2021-09-30)</source>
        <translation>tanggal --today &quot;%1&quot; tidak valid (gunakan YYYY-MM-DD, misalnya 2021-09-30)</translation>
    </message>
    <message>
        <source>menghitung rekap register kerja sama, usulan, tahapan dan masa berlaku (tabel atau JSON)</source>
        <translation>menghitung rekap register kerja sama, usulan, tahapan dan masa berlaku (tabel atau JSON)</translation>
    </message>
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
    <message>
        <source>tidak dapat menulis %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>penggunaan: petaksd suggest FILE.ksd [--urusan KODE] [--region KODE] [--format csv|json] [-o KELUARAN]</source>
        <translation>penggunaan: petaksd suggest FILE.ksd [--urusan KODE] [--region KODE] [--format csv|json] [-o KELUARAN]</translation>
    </message>
    <message>
        <source>--format harus csv atau json, bukan &quot;%1&quot;</source>
        <translation>--format harus csv atau json, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>penggunaan: petaksd synth FILE.ksd --entries N --seed S [--year TAHUN]</source>
        <translation>penggunaan: petaksd synth FILE.ksd --entries N --seed S [--year TAHUN]</translation>
    </message>
    <message>
        <source>--entries harus bilangan 0–1000000, bukan &quot;%1&quot;</source>
        <translation>--entries harus bilangan 0–1000000, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seed harus bilangan bulat tak bertanda, bukan &quot;%1&quot;</source>
        <translation>--seed harus bilangan bulat tak bertanda, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Proyek sintetis dibuat: %1 (%2 wilayah, %3 isian, %4 kerja sama, benih %5)</source>
        <translation>Proyek sintetis dibuat: %1 (%2 wilayah, %3 isian, %4 kerja sama, benih %5)</translation>
    </message>
    <message>
        <source>menyarankan pasangan dan klaster kerja sama dengan kelas, skor dan alasannya</source>
        <translation>menyarankan pasangan dan klaster kerja sama dengan kelas, skor dan alasannya</translation>
    </message>
    <message>
        <source>membuat proyek sintetis nasional (552 wilayah) untuk uji beban dan tolok ukur</source>
        <translation>membuat proyek sintetis nasional (552 wilayah) untuk uji beban dan tolok ukur</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>catatan: kolom berikut tidak dikenal dan diabaikan: %1</source>
        <translation>catatan: kolom berikut tidak dikenal dan diabaikan: %1</translation>
    </message>
    <message>
        <source>Daftar kesalahan ditulis ke %1</source>
        <translation>Daftar kesalahan ditulis ke %1</translation>
    </message>
    <message>
        <source>impor ditolak: tidak ada baris yang dapat diimpor dari %1; proyek tidak diubah</source>
        <translation>impor ditolak: tidak ada baris yang dapat diimpor dari %1; proyek tidak diubah</translation>
    </message>
    <message>
        <source>impor ditolak: %1 dari %2 baris bermasalah; proyek tidak diubah. Perbaiki baris tersebut, atau pakai --skip-invalid untuk mengimpor %3 baris yang valid saja.</source>
        <translation>impor ditolak: %1 dari %2 baris bermasalah; proyek tidak diubah. Perbaiki baris tersebut, atau pakai --skip-invalid untuk mengimpor %3 baris yang valid saja.</translation>
    </message>
    <message>
        <source>Diimpor: %1 %2 dari %3 (%4, pemisah %5)</source>
        <translation>Diimpor: %1 %2 dari %3 (%4, pemisah %5)</translation>
    </message>
    <message>
        <source>Dilewati: %1 baris bermasalah</source>
        <translation>Dilewati: %1 baris bermasalah</translation>
    </message>
    <message>
        <source>isian</source>
        <translation>isian</translation>
    </message>
    <message>
        <source>usulan</source>
        <translation>usulan</translation>
    </message>
    <message>
        <source>kerja sama</source>
        <translation>kerja sama</translation>
    </message>
    <message>
        <source>Wilayah ditambahkan ke cakupan: %1</source>
        <translation>Wilayah ditambahkan ke cakupan: %1</translation>
    </message>
    <message>
        <source>Disimpan: %1</source>
        <translation>Disimpan: %1</translation>
    </message>
    <message>
        <source>Diekspor: %1 saran ke %2</source>
        <translation>Diekspor: %1 saran ke %2</translation>
    </message>
    <message>
        <source>Diekspor: %1 isian ke %2</source>
        <translation>Diekspor: %1 isian ke %2</translation>
    </message>
    <message>
        <source>mencetak baris judul kolom templat CSV (pemisah &apos;;&apos;) untuk diisi di Excel</source>
        <translation>mencetak baris judul kolom templat CSV (pemisah &apos;;&apos;) untuk diisi di Excel</translation>
    </message>
    <message>
        <source>mengimpor CSV; bila ada baris bermasalah tidak ada yang diimpor (keluar 1), kecuali dengan --skip-invalid</source>
        <translation>mengimpor CSV; bila ada baris bermasalah tidak ada yang diimpor (keluar 1), kecuali dengan --skip-invalid</translation>
    </message>
    <message>
        <source>pemakaian: petaksd map BERKAS.ksd -o KELUARAN.png|svg|pdf [--layout geo|force|circle] [--urusan KODE] [--width PX]</source>
        <translation>pemakaian: petaksd map BERKAS.ksd -o KELUARAN.png|svg|pdf [--layout geo|force|circle] [--urusan KODE] [--width PX]</translation>
    </message>
    <message>
        <source>sebutkan berkas keluaran dengan -o KELUARAN.png, .svg atau .pdf</source>
        <translation>sebutkan berkas keluaran dengan -o KELUARAN.png, .svg atau .pdf</translation>
    </message>
    <message>
        <source>format keluaran tidak dikenal: %1 (gunakan .png, .svg atau .pdf)</source>
        <translation>format keluaran tidak dikenal: %1 (gunakan .png, .svg atau .pdf)</translation>
    </message>
    <message>
        <source>tata letak tidak dikenal: %1 (geo, force atau circle)</source>
        <translation>tata letak tidak dikenal: %1 (geo, force atau circle)</translation>
    </message>
    <message>
        <source>jenis tautan tidak dikenal: %1 (wajib, potensi_wajib, sukarela, rujuk_provinsi, usulan, kesepakatan)</source>
        <translation>jenis tautan tidak dikenal: %1 (wajib, potensi_wajib, sukarela, rujuk_provinsi, usulan, kesepakatan)</translation>
    </message>
    <message>
        <source>%1 bukan provinsi</source>
        <translation>%1 bukan provinsi</translation>
    </message>
    <message>
        <source>tahap tidak dikenal: %1</source>
        <translation>tahap tidak dikenal: %1</translation>
    </message>
    <message>
        <source>ukuran simpul tidak dikenal: %1 (entries atau score)</source>
        <translation>ukuran simpul tidak dikenal: %1 (entries atau score)</translation>
    </message>
    <message>
        <source>warna simpul tidak dikenal: %1 (type atau balance)</source>
        <translation>warna simpul tidak dikenal: %1 (type atau balance)</translation>
    </message>
    <message>
        <source>lebar harus bilangan bulat 200–20000 piksel</source>
        <translation>lebar harus bilangan bulat 200–20000 piksel</translation>
    </message>
    <message>
        <source>dpi harus bilangan bulat 72–300</source>
        <translation>dpi harus bilangan bulat 72–300</translation>
    </message>
    <message>
        <source>Peta ditulis: %1 (%2 wilayah, %3 tautan)</source>
        <translation>Peta ditulis: %1 (%2 wilayah, %3 tautan)</translation>
    </message>
    <message>
        <source>menggambar peta jejaring kerja sama ke PNG, SVG atau PDF (tanpa layar)</source>
        <translation>menggambar peta jejaring kerja sama ke PNG, SVG atau PDF (tanpa layar)</translation>
    </message>
    <message>
        <source>bahasa --lang &quot;%1&quot; tidak dikenal (pilih id atau en)</source>
        <translation>bahasa --lang &quot;%1&quot; tidak dikenal (pilih id atau en)</translation>
    </message>
    <message>
        <source>tanggal --today &quot;%1&quot; tidak valid (gunakan YYYY-MM-DD, misalnya 2024-06-13)</source>
        <translation>tanggal --today &quot;%1&quot; tidak valid (gunakan YYYY-MM-DD, misalnya 2024-06-13)</translation>
    </message>
    <message>
        <source>Laporan ditulis: %1 (%2 halaman, %3 ms)</source>
        <translation>Laporan ditulis: %1 (%2 halaman, %3 ms)</translation>
    </message>
    <message>
        <source>urusan</source>
        <translation>urusan</translation>
    </message>
    <message>
        <source>layanan &quot;%1&quot;</source>
        <translation>layanan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Kelas: %1 (%2)</source>
        <translation>Kelas: %1 (%2)</translation>
    </message>
    <message>
        <source>Tipe pasangan: %1</source>
        <translation>Tipe pasangan: %1</translation>
    </message>
    <message>
        <source>Tanda: %1</source>
        <translation>Tanda: %1</translation>
    </message>
    <message>
        <source>Alasan: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Jejak aturan:</source>
        <translation>Jejak aturan:</translation>
    </message>
    <message>
        <source> (menentukan)</source>
        <translation> (menentukan)</translation>
    </message>
    <message>
        <source>Dasar: %1</source>
        <translation>Dasar: %1</translation>
    </message>
    <message>
        <source>--%1 harus yes, no atau unknown, bukan &quot;%2&quot;</source>
        <translation>--%1 harus yes, no atau unknown, bukan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 harus yes atau no, bukan &quot;%2&quot;</source>
        <translation>--%1 harus yes atau no, bukan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>sebutkan perangkat daerah penerima dengan --to &quot;NAMA PD&quot;</source>
        <translation>sebutkan perangkat daerah penerima dengan --to &quot;NAMA PD&quot;</translation>
    </message>
    <message>
        <source>Salinan untuk %1 ditulis ke %2</source>
        <translation>Salinan untuk %1 ditulis ke %2</translation>
    </message>
    <message>
        <source>Isi: %1 isian, %2 usulan, %3 kerja sama</source>
        <translation>Isi: %1 isian, %2 usulan, %3 kerja sama</translation>
    </message>
    <message>
        <source>Dibatasi pada urusan: %1</source>
        <translation>Dibatasi pada urusan: %1</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>diubah</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>%1 %2 oleh %3</source>
        <translation>%1 %2 oleh %3</translation>
    </message>
    <message>
        <source>(tidak diketahui)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 ditambahkan, %4 diubah, %5 dihapus, %6 konflik</source>
        <translation>%1 (%2): %3 ditambahkan, %4 diubah, %5 dihapus, %6 konflik</translation>
    </message>
    <message>
        <source>KONFLIK %1 %2 &quot;%3&quot;: %4</source>
        <translation>KONFLIK %1 %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>versi saya: %1</source>
        <translation>versi saya: %1</translation>
    </message>
    <message>
        <source>versi PD: %1</source>
        <translation>versi PD: %1</translation>
    </message>
    <message>
        <source>%1: saya «%2» | PD «%3»</source>
        <translation>%1: saya «%2» | PD «%3»</translation>
    </message>
    <message>
        <source>→ dipakai versi saya</source>
        <translation>→ dipakai versi saya</translation>
    </message>
    <message>
        <source>→ dipakai versi PD</source>
        <translation>→ dipakai versi PD</translation>
    </message>
    <message>
        <source>penggunaan: petaksd merge FILE.ksd SALINAN.ksd… [--prefer mine|theirs] [--dry-run] [--json]</source>
        <translation>penggunaan: petaksd merge FILE.ksd SALINAN.ksd… [--prefer mine|theirs] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>--prefer harus mine atau theirs, bukan &quot;%1&quot;</source>
        <translation>--prefer harus mine atau theirs, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Jumlah: %1 ditambahkan, %2 diubah, %3 dihapus, %4 konflik</source>
        <translation>Jumlah: %1 ditambahkan, %2 diubah, %3 dihapus, %4 konflik</translation>
    </message>
    <message>
        <source>Disimpan ke %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>Uji coba (--dry-run): %1 tidak diubah</source>
        <translation>Uji coba (--dry-run): %1 tidak diubah</translation>
    </message>
    <message>
        <source>Tidak ada perubahan; %1 tidak diubah</source>
        <translation>Tidak ada perubahan; %1 tidak diubah</translation>
    </message>
    <message numerus="yes">
        <source>penggabungan dihentikan: %n konflik belum diputuskan; %1 tidak diubah. Tinjau konflik di atas, lalu ulangi dengan --prefer mine (pakai versi saya) atau --prefer theirs (pakai versi PD).</source>
        <translation>
            <numerusform>penggabungan dihentikan: %n konflik belum diputuskan; %1 tidak diubah. Tinjau konflik di atas, lalu ulangi dengan --prefer mine (pakai versi saya) atau --prefer theirs (pakai versi PD).</numerusform>
        </translation>
    </message>
    <message>
        <source>menulis salinan proyek untuk perangkat daerah, bila perlu hanya urusan tertentu</source>
        <translation>menulis salinan proyek untuk perangkat daerah, bila perlu hanya urusan tertentu</translation>
    </message>
    <message>
        <source>menggabungkan salinan yang dikembalikan perangkat daerah (keluar 3 bila ada konflik)</source>
        <translation>menggabungkan salinan yang dikembalikan perangkat daerah (keluar 3 bila ada konflik)</translation>
    </message>
    <message>
        <source>belum dinilai</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>KSDD menurut kelas (aturan PP 28/2018, UU 23/2014 Pasal 363–364): %1</source>
        <translation>KSDD menurut kelas (aturan PP 28/2018, UU 23/2014 Pasal 363–364): %1</translation>
    </message>
    <message>
        <source>penggunaan: petaksd export FILE.ksd --entries|--suggestions|--proposals|--agreements -o KELUARAN.csv</source>
        <translation>penggunaan: petaksd export FILE.ksd --entries|--suggestions|--proposals|--agreements -o KELUARAN.csv</translation>
    </message>
    <message>
        <source>Diekspor: usulan ke %1</source>
        <translation>Diekspor: usulan ke %1</translation>
    </message>
    <message>
        <source>Diekspor: kerja sama ke %1</source>
        <translation>Diekspor: kerja sama ke %1</translation>
    </message>
    <message>
        <source>mengekspor isian, saran, usulan atau kerja sama ke CSV untuk Excel (pemisah &apos;;&apos;, BOM, koma desimal)</source>
        <translation>mengekspor isian, saran, usulan atau kerja sama ke CSV untuk Excel (pemisah &apos;;&apos;, BOM, koma desimal)</translation>
    </message>
    <message>
        <source>Dibaca sebagai format versi %1 (di memori; berkas tidak diubah)</source>
        <translation>Dibaca sebagai format versi %1 (di memori; berkas tidak diubah)</translation>
    </message>
    <message>
        <source>Peringatan: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <source>Dapat diambil alih oleh: %1</source>
        <translation>Dapat diambil alih oleh: %1</translation>
    </message>
    <message>
        <source>penggunaan: petaksd classify A B URUSAN [--service NAMA] [--externality yes|no|unknown] [--efficiency yes|no|unknown] [--level pusat|provinsi|kabupaten_kota] [--provincial yes|no] [--burdens yes|no] [--apbd yes|no] [--project FILE.ksd] [--json]</source>
        <translation>penggunaan: petaksd classify A B URUSAN [--service NAMA] [--externality yes|no|unknown] [--efficiency yes|no|unknown] [--level pusat|provinsi|kabupaten_kota] [--provincial yes|no] [--burdens yes|no] [--apbd yes|no] [--project FILE.ksd] [--json]</translation>
    </message>
    <message>
        <source>--level harus pusat, provinsi atau kabupaten_kota, bukan &quot;%1&quot;</source>
        <translation>--level harus pusat, provinsi atau kabupaten_kota, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>menggolongkan pasangan daerah A–B untuk satu urusan (indikasi wajib/sukarela/rujuk provinsi atau Pusat) dengan dasar hukumnya</source>
        <translation>menggolongkan pasangan daerah A–B untuk satu urusan (indikasi wajib/sukarela/rujuk provinsi atau Pusat) dengan dasar hukumnya</translation>
    </message>
    <message>
        <source>DATA PROYEK TIDAK DIAMBIL %1: saya «%2» | PD «%3»</source>
        <translation>DATA PROYEK TIDAK DIAMBIL %1: saya «%2» | PD «%3»</translation>
    </message>
    <message>
        <source>%1: format versi %2 diperbarui di memori sebelum digabungkan; berkas salinan tidak diubah</source>
        <translation>%1: format versi %2 diperbarui di memori sebelum digabungkan; berkas salinan tidak diubah</translation>
    </message>
    <message>
        <source>tidak dapat menulis ke keluaran standar</source>
        <translation>tidak dapat menulis ke keluaran standar</translation>
    </message>
    <message>
        <source>KALAH %1 %2 &quot;%3&quot;: versi PD %4 kalah oleh versi %5 yang lebih baru (%6)</source>
        <translation>KALAH %1 %2 &quot;%3&quot;: versi PD %4 kalah oleh versi %5 yang lebih baru (%6)</translation>
    </message>
    <message>
        <source>Pemeriksaan: lengkap (integrity_check: halaman, indeks dan UNIQUE)</source>
        <translation>Pemeriksaan: lengkap (integrity_check: halaman, indeks dan UNIQUE)</translation>
    </message>
    <message>
        <source>Pemeriksaan: cepat (quick_check: struktur halaman; --full memeriksa indeks juga)</source>
        <translation>Pemeriksaan: cepat (quick_check: struktur halaman; --full memeriksa indeks juga)</translation>
    </message>
    <message>
        <source>penggunaan: petaksd template --entries|--proposals|--agreements|--offers [-o BERKAS.csv]</source>
        <translation>penggunaan: petaksd template --entries|--proposals|--agreements|--offers [-o BERKAS.csv]</translation>
    </message>
    <message>
        <source>penggunaan: petaksd import FILE.ksd --entries CSV|--proposals CSV|--agreements CSV|--offers CSV [--skip-invalid] [--pd PERANGKAT_DAERAH] [--errors KESALAHAN.csv]</source>
        <translation>penggunaan: petaksd import FILE.ksd --entries CSV|--proposals CSV|--agreements CSV|--offers CSV [--skip-invalid] [--pd PERANGKAT_DAERAH] [--errors KESALAHAN.csv]</translation>
    </message>
    <message>
        <source>penawaran masuk</source>
        <translation>penawaran masuk</translation>
    </message>
    <message>
        <source>Tahap dipetakan: %1</source>
        <translation>Tahap dipetakan: %1</translation>
    </message>
    <message>
        <source>%1 | %2 | %3 | %4</source>
        <translation>%1 | %2 | %3 | %4</translation>
    </message>
    <message>
        <source>SHA-256 tercatat %1, isi sekarang %2</source>
        <translation>SHA-256 tercatat %1, isi sekarang %2</translation>
    </message>
    <message>
        <source>Dokumen diperiksa: %1; berubah atau tidak ada: %2</source>
        <translation>Dokumen diperiksa: %1; berubah atau tidak ada: %2</translation>
    </message>
    <message>
        <source>penggunaan: petaksd check FILE.ksd [--full] [--documents]</source>
        <translation>penggunaan: petaksd check FILE.ksd [--full] [--documents]</translation>
    </message>
    <message>
        <source>Penawaran masuk</source>
        <translation>Penawaran masuk</translation>
    </message>
    <message>
        <source>tidak ada kerja sama dengan nomor atau id &quot;%1&quot;</source>
        <translation>tidak ada kerja sama dengan nomor atau id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nomor &quot;%1&quot; dipakai %2 kerja sama (%3); pakai id kerja sama</source>
        <translation>nomor &quot;%1&quot; dipakai %2 kerja sama (%3); pakai id kerja sama</translation>
    </message>
    <message>
        <source>penggunaan: petaksd attach FILE.ksd --agreement NOMOR PINDAIAN [--version draf|reviu|final] [--kind JENIS] [--holder PEMEGANG] [--location LOKASI]</source>
        <translation>penggunaan: petaksd attach FILE.ksd --agreement NOMOR PINDAIAN [--version draf|reviu|final] [--kind JENIS] [--holder PEMEGANG] [--location LOKASI]</translation>
    </message>
    <message>
        <source>versi &quot;%1&quot; tidak dikenal: pakai draf, reviu atau final</source>
        <translation>versi &quot;%1&quot; tidak dikenal: pakai draf, reviu atau final</translation>
    </message>
    <message>
        <source>Bagian Kerja Sama</source>
        <translation>Bagian Kerja Sama</translation>
    </message>
    <message>
        <source>Dilampirkan: %1 (%2, SHA-256 %3, versi %4) pada &quot;%5&quot;</source>
        <translation>Dilampirkan: %1 (%2, SHA-256 %3, versi %4) pada &quot;%5&quot;</translation>
    </message>
    <message>
        <source>memeriksa berkas .ksd dan meringkas isinya (keluar 2 bila ditolak); --full menjalankan integrity_check SQLite yang lengkap; --documents memeriksa SHA-256 setiap dokumen arsip (keluar 1 bila ada yang berubah atau tidak ada)</source>
        <translation>memeriksa berkas .ksd dan meringkas isinya (keluar 2 bila ditolak); --full menjalankan integrity_check SQLite yang lengkap; --documents memeriksa SHA-256 setiap dokumen arsip (keluar 1 bila ada yang berubah atau tidak ada)</translation>
    </message>
    <message>
        <source>melampirkan naskah (pindaian, PDF) pada kerja sama bernomor NOMOR, dengan SHA-256 dan versinya</source>
        <translation>melampirkan naskah (pindaian, PDF) pada kerja sama bernomor NOMOR, dengan SHA-256 dan versinya</translation>
    </message>
    <message>
        <source>penggunaan: petaksd report FILE.ksd -o OUT.pdf|OUT.odt [--pdfa] [--lang id|en] [--sections DAFTAR] [--today YYYY-MM-DD] [--prepared-by TEKS] [--scope KODE,KODE]</source>
        <translation>penggunaan: petaksd report FILE.ksd -o OUT.pdf|OUT.odt [--pdfa] [--lang id|en] [--sections DAFTAR] [--today YYYY-MM-DD] [--prepared-by TEKS] [--scope KODE,KODE]</translation>
    </message>
    <message>
        <source>--pdfa hanya untuk keluaran PDF, bukan %1</source>
        <translation>--pdfa hanya untuk keluaran PDF, bukan %1</translation>
    </message>
    <message>
        <source>Laporan ditulis: %1 (OpenDocument, %2 ms)</source>
        <translation>Laporan ditulis: %1 (OpenDocument, %2 ms)</translation>
    </message>
    <message>
        <source>menulis laporan hasil pemetaan tanpa membuka jendela: PDF A4 (--pdfa: PDF/A-1b untuk arsip) atau, bila OUT berakhiran .odt, salinan OpenDocument yang dapat disunting; DAFTAR: cover, approval, foreword, contents, summary, recommendations, method, map, wajib, sukarela, clusters, matrix, profiles, register, others, appendix</source>
        <translation>menulis laporan hasil pemetaan tanpa membuka jendela: PDF A4 (--pdfa: PDF/A-1b untuk arsip) atau, bila OUT berakhiran .odt, salinan OpenDocument yang dapat disunting; DAFTAR: cover, approval, foreword, contents, summary, recommendations, method, map, wajib, sukarela, clusters, matrix, profiles, register, others, appendix</translation>
    </message>
    <message>
        <source>penggunaan: petaksd send FILE.ksd --to &quot;NAMA PD&quot; [--urusan DAFTAR] [--without-scans] -o SALINAN.ksd</source>
        <translation>penggunaan: petaksd send FILE.ksd --to &quot;NAMA PD&quot; [--urusan DAFTAR] [--without-scans] -o SALINAN.ksd</translation>
    </message>
    <message>
        <source>Peringatan masa berlaku (90 hari; 180 hari bila perlu persetujuan DPRD atau penawaran baru)</source>
        <translation>Peringatan masa berlaku (90 hari; 180 hari bila perlu persetujuan DPRD atau penawaran baru)</translation>
    </message>
    <message>
        <source>Jangka waktu lebih dari 5 tahun atau tanpa tanggal berakhir, tanpa dasar pengecualian: %1</source>
        <translation>Jangka waktu lebih dari 5 tahun atau tanpa tanggal berakhir, tanpa dasar pengecualian: %1</translation>
    </message>
    <message>
        <source>Kesepakatan bersama tanpa PKS setahun sesudah ditandatangani: %1</source>
        <translation>Kesepakatan bersama tanpa PKS setahun sesudah ditandatangani: %1</translation>
    </message>
    <message>
        <source>ditandatangani %1</source>
        <translation>ditandatangani %1</translation>
    </message>
    <message>
        <source>Penawaran masuk: %1 (menunggu jawaban %2, diterima %3, ditolak %4)</source>
        <translation>Penawaran masuk: %1 (menunggu jawaban %2, diterima %3, ditolak %4)</translation>
    </message>
    <message>
        <source>jawab paling lambat %1</source>
        <translation>jawab paling lambat %1</translation>
    </message>
</context>
</TS>
