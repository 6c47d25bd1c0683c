<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>ksd::AboutDialog</name>
    <message>
        <source>Tentang PetaKSD</source>
        <translation>About PetaKSD</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PetaKSD %1&lt;/h2&gt;&lt;p&gt;Pemetaan Kerja Sama Daerah: potensi, kebutuhan, saran mitra KSDD menurut PP 28/2018, usulan, kerja sama dan monev menurut Permendagri 22/2020.&lt;/p&gt;&lt;p&gt;Format berkas .ksd versi %2. Lisensi perangkat lunak: Apache-2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PetaKSD %1&lt;/h2&gt;&lt;p&gt;Regional Cooperation Mapping: potentials, needs, KSDD partner suggestions under PP 28/2018, proposals, agreements and monitoring and evaluation under Permendagri 22/2020.&lt;/p&gt;&lt;p&gt;.ksd file format version %2. Software licence: Apache-2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data rujukan wilayah&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Region reference data&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lisensi data</source>
        <translation>Data licences</translation>
    </message>
    <message>
        <source>Asal-usul data</source>
        <translation>Data provenance</translation>
    </message>
</context>
<context>
    <name>ksd::AgreementEditor</name>
    <message>
        <source>Daerah</source>
        <translation>Region</translation>
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
        <source>Pemda luar negeri</source>
        <translation>Foreign local government</translation>
    </message>
    <message>
        <source>Lembaga luar negeri</source>
        <translation>Foreign institution</translation>
    </message>
    <message>
        <source>Surat penawaran</source>
        <translation>Letter of offer</translation>
    </message>
    <message>
        <source>Kerangka acuan kerja (KAK)</source>
        <translation>Terms of reference (KAK)</translation>
    </message>
    <message>
        <source>Studi kelayakan</source>
        <translation>Feasibility study</translation>
    </message>
    <message>
        <source>Kesepakatan bersama (KB)</source>
        <translation>Joint agreement (KB)</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama (PKS)</source>
        <translation>Cooperation agreement (PKS)</translation>
    </message>
    <message>
        <source>Nota kesepakatan</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Persetujuan DPRD</source>
        <translation>DPRD approval</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Berita acara monev</source>
        <translation>Monitoring report (berita acara)</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Jenis &amp;dokumen:</source>
        <translation>&amp;Document type:</translation>
    </message>
    <message>
        <source>&amp;Urusan:</source>
        <translation>&amp;Affair:</translation>
    </message>
    <message>
        <source>&amp;Objek:</source>
        <translation>&amp;Object:</translation>
    </message>
    <message>
        <source>&amp;Ruang lingkup:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Perangkat daerah pelaksana:</source>
        <translation>Implementing regional a&amp;gency:</translation>
    </message>
    <message>
        <source>Sumber &amp;pendanaan:</source>
        <translation>&amp;Funding source:</translation>
    </message>
    <message>
        <source>Rp</source>
        <translation>Rp</translation>
    </message>
    <message>
        <source>&amp;Nilai:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Pihak pertama biasanya daerah sendiri. Nomor dokumen diisi per pihak (setiap pihak memberi nomor sendiri); nomor yang sama dari pihak yang sama pada kerja sama lain ditolak.</source>
        <translation>The first party is usually your own region. Document numbers are entered per party (each party assigns its own number); the same number from the same party on another agreement is rejected.</translation>
    </message>
    <message>
        <source>Tanggal &amp;tanda tangan:</source>
        <translation>&amp;Signing date:</translation>
    </message>
    <message>
        <source>&amp;Mulai berlaku:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <source>&amp;Berakhir:</source>
        <translation>En&amp;ds:</translation>
    </message>
    <message>
        <source>Ta&amp;hap berikutnya:</source>
        <translation>Ne&amp;xt stage:</translation>
    </message>
    <message>
        <source>tanggal</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Lampirkan dokumen</source>
        <translation>Attach document</translation>
    </message>
    <message>
        <source>Dokumen (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png);;Semua berkas (*)</source>
        <translation>Documents (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Boleh dikosongkan: nama daerah diambil dari data rujukan</source>
        <translation>May be left empty: the region name is taken from the reference data</translation>
    </message>
    <message>
        <source>Nama lengkap pihak, mis. PT Tirta Galuh atau Badan Pusat Statistik</source>
        <translation>Full name of the party, e.g. PT Tirta Galuh or Badan Pusat Statistik</translation>
    </message>
    <message>
        <source>Nilai &quot;%1&quot; bukan angka. Tulis misalnya 1.500.000.000.</source>
        <translation>Value &quot;%1&quot; is not a number. Write, for example, 1.500.000.000.</translation>
    </message>
    <message>
        <source>✔ Tidak ada masalah yang ditemukan.</source>
        <translation>✔ No problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%n masalah harus diperbaiki sebelum disimpan (klik untuk menuju isian):</source>
        <translation>
            <numerusform>%n problem must be fixed before saving (click to go to the field):</numerusform>
            <numerusform>%n problems must be fixed before saving (click to go to the field):</numerusform>
        </translation>
    </message>
    <message>
        <source>Peringatan (boleh disimpan):</source>
        <translation>Warnings (saving is allowed):</translation>
    </message>
    <message>
        <source>Perbaiki dulu masalah yang ditandai merah</source>
        <translation>First fix the problems marked in red</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; dicatat pada %2.</source>
        <translation>Stage &quot;%1&quot; recorded on %2.</translation>
    </message>
    <message>
        <source>Tahap ditetapkan langsung ke &quot;%1&quot; (data lama).</source>
        <translation>Stage set directly to &quot;%1&quot; (legacy data).</translation>
    </message>
    <message>
        <source>Tahap saat ini: %1</source>
        <translation>Current stage: %1</translation>
    </message>
    <message>
        <source>%1 (tidak dapat langsung)</source>
        <translation>%1 (not directly)</translation>
    </message>
    <message>
        <source>Kerja sama yang berakhir atau dihentikan tidak berpindah tahap</source>
        <translation>Agreements that have ended or been terminated do not change stage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) dilampirkan; tersimpan bersama kerja sama saat Simpan.</source>
        <translation>&quot;%1&quot; (%2) attached; it is stored with the agreement on Save.</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Dokumen (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Simpan lampiran ke berkas</source>
        <translation>Save attachment to file</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat ditulis ke %1: %2</source>
        <translation>The attachment cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>Disimpan ke %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Belum ada catatan monev untuk kerja sama ini.</source>
        <translation>There are no monitoring records for this agreement yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n catatan monev; rata-rata nilai %1; rekomendasi terakhir: %2.</source>
        <translation>
            <numerusform>%n monitoring record; average score %1; latest recommendation: %2.</numerusform>
            <numerusform>%n monitoring records; average score %1; latest recommendation: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monitoring and evaluation</translation>
    </message>
    <message>
        <source>Monev (%1)</source>
        <translation>Monitoring (%1)</translation>
    </message>
    <message>
        <source>Kerja sama: %1</source>
        <translation>Agreement: %1</translation>
    </message>
    <message>
        <source>Kerja sama baru</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Jadikan kerja sama: %1</source>
        <translation>Make agreement: %1</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Para pihak</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Tanggal dan tahap</source>
        <translation>Dates and stages</translation>
    </message>
    <message>
        <source>mis. Pengelolaan sampah regional</source>
        <translation>e.g. Regional waste management</translation>
    </message>
    <message>
        <source>Objek kerja sama</source>
        <translation>Object of cooperation</translation>
    </message>
    <message>
        <source>Ruang lingkup: kegiatan yang disepakati</source>
        <translation>Scope: the agreed activities</translation>
    </message>
    <message>
        <source>mis. 1.500.000.000; kosong = tanpa nilai</source>
        <translation>e.g. 1.500.000.000; empty = no value</translation>
    </message>
    <message>
        <source>Dari usulan: %1</source>
        <translation>From proposal: %1</translation>
    </message>
    <message>
        <source>Jenis pihak</source>
        <translation>Party type</translation>
    </message>
    <message>
        <source>Nama / nama lain</source>
        <translation>Name / other name</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Tambah daerah</source>
        <translation>Add region</translation>
    </message>
    <message>
        <source>Tambah pihak lain</source>
        <translation>Add other party</translation>
    </message>
    <message>
        <source>Hapus pihak</source>
        <translation>Remove party</translation>
    </message>
    <message>
        <source>Tahapan (Permendagri 22/2020)</source>
        <translation>Stages (Permendagri 22/2020)</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Naikkan tahap</source>
        <translation>Advance stage</translation>
    </message>
    <message>
        <source>Tetapkan langsung (data lama)</source>
        <translation>Set directly (legacy data)</translation>
    </message>
    <message>
        <source>Untuk kerja sama lama yang dicatat belakangan: tahap yang dipilih menjadi tahap saat ini tanpa melalui tahap-tahap sebelumnya</source>
        <translation>For older agreements recorded after the fact: the selected stage becomes the current stage without going through the earlier stages</translation>
    </message>
    <message>
        <source>Batalkan tahap terakhir</source>
        <translation>Undo last stage</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Tambah berkas…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Simpan ke berkas…</source>
        <translation>Save to file…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dokumen disimpan di dalam berkas .ksd (paling besar %1 per dokumen).</source>
        <translation>Documents are stored inside the .ksd file (at most %1 per document).</translation>
    </message>
    <message>
        <source>Penilai</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kendala</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Tambah catatan…</source>
        <translation>Add record…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Jadikan kerja sama</source>
        <translation>Make agreement</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>tahap saat ini</source>
        <translation>current stage</translation>
    </message>
    <message>
        <source>sudah dicapai</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>dilewati</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tanggal dicapai</source>
        <translation>Date reached</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>mis. APBD %1, CSR mitra</source>
        <translation>e.g. APBD %1, partner CSR</translation>
    </message>
    <message>
        <source>mis. APBD, CSR mitra</source>
        <translation>e.g. APBD, partner CSR</translation>
    </message>
    <message>
        <source>Buka lampiran</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>Buka lampiran &quot;%1&quot; dengan aplikasi bawaan?

Jenis: %2
Dibuka sebagai: %3</source>
        <translation>Open the attachment &quot;%1&quot; with the default application?

Type: %2
Opened as: %3</translation>
    </message>
    <message>
        <source>Folder sementara untuk membuka lampiran tidak dapat dibuat.</source>
        <translation>A temporary folder to open the attachment in cannot be created.</translation>
    </message>
    <message>
        <source>KB yang &amp;diacu:</source>
        <translation>&amp;Implements KB:</translation>
    </message>
    <message>
        <source>Dasar pengecualian &amp;jangka waktu:</source>
        <translation>&amp;Term exception basis:</translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Tahap saat ini: %1 (di luar prosedur %2)</source>
        <translation>Current stage: %1 (outside the procedure %2)</translation>
    </message>
    <message>
        <source>bila diperlukan</source>
        <translation>when required</translation>
    </message>
    <message>
        <source>boleh dilewati</source>
        <translation>may be passed over</translation>
    </message>
    <message>
        <source>(tidak disebut)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Keutuhan</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Naskah asli</source>
        <translation>Signed original</translation>
    </message>
    <message>
        <source>Versi berkas yang akan ditambahkan</source>
        <translation>Version of the file to be added</translation>
    </message>
    <message>
        <source>Versi:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Naskah asli dipegang oleh:</source>
        <translation>Signed original held by:</translation>
    </message>
    <message>
        <source>Lokasi (lemari/nomor arsip):</source>
        <translation>Location (cabinet/archive number):</translation>
    </message>
    <message>
        <source>misalnya Bagian Kerja Sama</source>
        <translation>for example Bagian Kerja Sama</translation>
    </message>
    <message>
        <source>misalnya Lemari A-2, arsip 17/2024</source>
        <translation>for example Cabinet A-2, archive 17/2024</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Isi berkas tidak lagi cocok dengan SHA-256 yang dicatat saat dilampirkan.</source>
        <translation>The file&apos;s content no longer matches the SHA-256 recorded when it was attached.</translation>
    </message>
    <message>
        <source>Isi berkas tidak ada di salinan ini.</source>
        <translation>The file&apos;s content is not in this copy.</translation>
    </message>
    <message>
        <source>Melampirkan &quot;%1&quot;…</source>
        <translation>Attaching &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat dibaca.</source>
        <translation>The attachment cannot be read.</translation>
    </message>
</context>
<context>
    <name>ksd::AgreementPhase</name>
    <message>
        <source>Dalam proses</source>
        <translation>In process</translation>
    </message>
    <message>
        <source>Belum berlaku</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Diperpanjang</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Lewat masa berlaku</source>
        <translation>Past its term</translation>
    </message>
    <message>
        <source>Sudah berakhir</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Dihentikan</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>belum mempunyai tanggal mulai berlaku: masih dalam persiapan, penawaran, penyusunan atau menunggu penandatanganan.</source>
        <translation>has no start date yet: still in preparation, offer, drafting or waiting to be signed.</translation>
    </message>
    <message>
        <source>sudah ditandatangani, tetapi tanggal mulai berlakunya belum tiba.</source>
        <translation>signed, but its start date has not come yet.</translation>
    </message>
    <message>
        <source>sudah mulai berlaku dan belum melewati tanggal berakhirnya.</source>
        <translation>in force and not past its end date.</translation>
    </message>
    <message>
        <source>berlaku karena telah diperpanjang melalui prosedur kerja sama yang baru.</source>
        <translation>in force because it was renewed through the cooperation procedure again.</translation>
    </message>
    <message>
        <source>tanggal berakhirnya sudah lewat, tetapi statusnya belum dimutakhirkan menjadi berakhir atau diperpanjang.</source>
        <translation>its end date has passed, but its status has not been updated to ended or renewed.</translation>
    </message>
    <message>
        <source>masa berlakunya sudah selesai.</source>
        <translation>its term is over.</translation>
    </message>
    <message>
        <source>diakhiri sebelum tanggal berakhirnya.</source>
        <translation>ended before its end date.</translation>
    </message>
</context>
<context>
    <name>ksd::AgreementsModel</name>
    <message numerus="yes">
        <source>Sudah lewat %n hari dari tanggal berakhir</source>
        <translation>
            <numerusform>%n day past the end date</numerusform>
            <numerusform>%n days past the end date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Berakhir dalam %n hari</source>
        <translation>
            <numerusform>Ends in %n day</numerusform>
            <numerusform>Ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Keadaan kerja sama pada hari ini menurut tanggal dan statusnya, seperti dalam laporan dan rekap: dalam proses, belum berlaku, aktif, diperpanjang, lewat masa berlaku, sudah berakhir atau dihentikan. Tidak diisi langsung: ubah tanggal atau status.</source>
        <translation>The agreement&apos;s state today from its dates and status, as in the report and the counts: in preparation, not yet in force, in force, extended, lapsed, ended or stopped. Not entered directly: change the dates or the status.</translation>
    </message>
</context>
<context>
    <name>ksd::AgreementsPage</name>
    <message numerus="yes">
        <source>%n kerja sama</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dari %n kerja sama</source>
        <translation>
            <numerusform>%1 of %n agreement</numerusform>
            <numerusform>%1 of %n agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah kerja sama</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Catat kesepakatan bersama, PKS atau nota kesepakatan (juga yang lama)</source>
        <translation>Record a joint agreement, PKS or memorandum of understanding (older ones too)</translation>
    </message>
    <message>
        <source>Tabel kerja sama</source>
        <translation>Agreements table</translation>
    </message>
</context>
<context>
    <name>ksd::AttachmentText</name>
    <message>
        <source>jenis tidak dikenal (%1)</source>
        <translation>unknown type (%1)</translation>
    </message>
    <message>
        <source>Lampiran &quot;%1&quot; (%2) adalah program atau skrip yang dapat berjalan bila dibuka; lampiran ini tidak dibuka. Simpan ke berkas bila perlu memeriksanya.</source>
        <translation>The attachment &quot;%1&quot; (%2) is a program or script that can run when opened; it is not opened. Save it to a file if you need to inspect it.</translation>
    </message>
    <message>
        <source>Jenis lampiran &quot;%1&quot; (%2) tidak dikenal sebagai dokumen atau gambar; lampiran ini tidak dibuka. Simpan ke berkas bila perlu membukanya.</source>
        <translation>The type of the attachment &quot;%1&quot; (%2) is not known as a document or image; it is not opened. Save it to a file if you need to open it.</translation>
    </message>
</context>
<context>
    <name>ksd::AuthorityTable</name>
    <message>
        <source>terbagi antartingkat pemerintahan</source>
        <translation>divided between levels of government</translation>
    </message>
    <message>
        <source>kabupaten/kota</source>
        <translation>kabupaten/kota</translation>
    </message>
    <message>
        <source>provinsi</source>
        <translation>province</translation>
    </message>
    <message>
        <source>Pemerintah Pusat</source>
        <translation>central government</translation>
    </message>
    <message>
        <source>Tabel kewenangan kosong.</source>
        <translation>The authority table is empty.</translation>
    </message>
    <message>
        <source>Baris tabel kewenangan tidak lengkap.</source>
        <translation>Incomplete row in the authority table.</translation>
    </message>
    <message>
        <source>Tingkat kewenangan &quot;%1&quot; tidak dikenal (kabupaten_kota, provinsi, pusat, terbagi).</source>
        <translation>Unknown level of authority &quot;%1&quot; (kabupaten_kota, provinsi, pusat, terbagi).</translation>
    </message>
    <message>
        <source>UU 23/2014 Pasal 13 (ditetapkan dalam pengaturan proyek)</source>
        <translation>Law 23/2014 Article 13 (set in the project settings)</translation>
    </message>
    <message>
        <source>Tabel kewenangan harus berkepala %1 (dengan %2 bila ada teks Inggris).</source>
        <translation>The authority table must have the header %1 (with %2 when it has English texts).</translation>
    </message>
</context>
<context>
    <name>ksd::AutosaveManager</name>
    <message>
        <source>Menyimpan salinan pemulihan…</source>
        <translation>Writing the recovery copy…</translation>
    </message>
</context>
<context>
    <name>ksd::Commands</name>
    <message>
        <source>Ubah isian: %1</source>
        <translation>Edit entry: %1</translation>
    </message>
    <message>
        <source>Ubah usulan: %1</source>
        <translation>Edit proposal: %1</translation>
    </message>
    <message>
        <source>Ubah kerja sama: %1</source>
        <translation>Edit agreement: %1</translation>
    </message>
    <message>
        <source>Tambah isian</source>
        <translation>Add entry</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n isian dari %1</source>
        <translation>
            <numerusform>Import %n entry from %1</numerusform>
            <numerusform>Import %n entries from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hapus %n isian</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah usulan</source>
        <translation>Add proposal</translation>
    </message>
    <message numerus="yes">
        <source>Hapus %n usulan</source>
        <translation>
            <numerusform>Delete %n proposal</numerusform>
            <numerusform>Delete %n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah kerja sama</source>
        <translation>Add agreement</translation>
    </message>
    <message numerus="yes">
        <source>Hapus %n kerja sama</source>
        <translation>
            <numerusform>Delete %n agreement</numerusform>
            <numerusform>Delete %n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tambah %n wilayah ke cakupan</source>
        <translation>
            <numerusform>Add %n region to the scope</numerusform>
            <numerusform>Add %n regions to the scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keluarkan %n wilayah dari cakupan</source>
        <translation>
            <numerusform>Remove %n region from the scope</numerusform>
            <numerusform>Remove %n regions from the scope</numerusform>
        </translation>
    </message>
    <message>
        <source>Ubah data proyek</source>
        <translation>Edit project data</translation>
    </message>
    <message>
        <source>Jadikan usulan: %1</source>
        <translation>Make proposal: %1</translation>
    </message>
    <message>
        <source>Ubah usulan &quot;%1&quot;</source>
        <translation>Edit proposal &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n usulan dari %1</source>
        <translation>
            <numerusform>Import %n proposal(s) from %1</numerusform>
            <numerusform>Import %n proposal(s) from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ubah kerja sama &quot;%1&quot;</source>
        <translation>Edit agreement &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Jadikan kerja sama: %1</source>
        <translation>Make agreement: %1</translation>
    </message>
    <message>
        <source>Kerja sama tidak ditemukan.</source>
        <translation>Agreement not found.</translation>
    </message>
    <message>
        <source>Naikkan tahap &quot;%1&quot; ke %2</source>
        <translation>Advance stage of &quot;%1&quot; to %2</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n kerja sama dari %1</source>
        <translation>
            <numerusform>Import %n agreement(s) from %1</numerusform>
            <numerusform>Import %n agreement(s) from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah catatan monev</source>
        <translation>Add monitoring record</translation>
    </message>
    <message>
        <source>Ubah catatan monev</source>
        <translation>Edit monitoring record</translation>
    </message>
    <message numerus="yes">
        <source>Hapus %n catatan monev</source>
        <translation>
            <numerusform>Delete %n monitoring record(s)</numerusform>
            <numerusform>Delete %n monitoring record(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lampirkan %1</source>
        <translation>Attach %1</translation>
    </message>
    <message numerus="yes">
        <source>Hapus %n lampiran</source>
        <translation>
            <numerusform>Remove %n attachment(s)</numerusform>
            <numerusform>Remove %n attachment(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah kerja sama &quot;%1&quot;</source>
        <translation>Add agreement &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Lampirkan %n dokumen</source>
        <translation>
            <numerusform>Attach %n document(s)</numerusform>
            <numerusform>Attach %n document(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tambah %n catatan monev</source>
        <translation>
            <numerusform>Add %n monitoring record(s)</numerusform>
            <numerusform>Add %n monitoring record(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Catat penawaran masuk</source>
        <translation>Record incoming offer</translation>
    </message>
    <message>
        <source>Ubah penawaran masuk</source>
        <translation>Edit incoming offer</translation>
    </message>
    <message>
        <source>Penawaran tidak ditemukan.</source>
        <translation>Offer not found.</translation>
    </message>
    <message>
        <source>Terima penawaran &quot;%1&quot; menjadi usulan</source>
        <translation>Accept offer &quot;%1&quot; as a proposal</translation>
    </message>
    <message>
        <source>Tolak penawaran &quot;%1&quot;</source>
        <translation>Decline offer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Hapus penawaran masuk</source>
        <translation>Delete incoming offer</translation>
    </message>
    <message>
        <source>Kerja sama &quot;%1&quot; sudah dihentikan; buat kerja sama baru.</source>
        <translation>Cooperation &quot;%1&quot; was stopped; create a new cooperation.</translation>
    </message>
    <message>
        <source>Perpanjang kerja sama &quot;%1&quot;</source>
        <translation>Extend cooperation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Akhiri kerja sama lama</source>
        <translation>End the old cooperation</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n penawaran masuk dari %1</source>
        <translation>
            <numerusform>Import %n incoming offer(s) from %1</numerusform>
            <numerusform>Import %n incoming offer(s) from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ubah keterangan dokumen &quot;%1&quot;</source>
        <translation>Change the details of document &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ksd::CopyBanner</name>
    <message>
        <source>Perubahan yang Anda buat di sini dicatat atas nama %1. Setelah selesai, simpan berkas ini dan kirim kembali kepada koordinator untuk digabungkan.</source>
        <translation>The changes you make here are recorded in the name of %1. When you are done, save this file and send it back to the coordinator to be merged.</translation>
    </message>
</context>
<context>
    <name>ksd::CsvExport</name>
    <message>
        <source>Saran tidak dapat ditulis: %1</source>
        <translation>The suggestions could not be written: %1</translation>
    </message>
</context>
<context>
    <name>ksd::CsvImport</name>
    <message>
        <source>Berkas CSV tidak dapat ditulis: %1</source>
        <translation>The CSV file cannot be written: %1</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Affair</translation>
    </message>
    <message>
        <source>Jenis (potensi/kebutuhan)</source>
        <translation>Type (potential/need)</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Prioritas (1–5)</source>
        <translation>Priority (1–5)</translation>
    </message>
    <message>
        <source>Besaran</source>
        <translation>Magnitude</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Eksternalitas (ya/tidak/belum diketahui)</source>
        <translation>Externality (yes/no/unknown)</translation>
    </message>
    <message>
        <source>Bukti eksternalitas</source>
        <translation>Evidence of externality</translation>
    </message>
    <message>
        <source>Efisiensi (ya/tidak/belum diketahui)</source>
        <translation>Efficiency (yes/no/unknown)</translation>
    </message>
    <message>
        <source>Bukti efisiensi</source>
        <translation>Evidence of efficiency</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Eksternalitas: lokasi</source>
        <translation>Externality: location</translation>
    </message>
    <message>
        <source>Eksternalitas: pengguna</source>
        <translation>Externality: users</translation>
    </message>
    <message>
        <source>Eksternalitas: manfaat/dampak</source>
        <translation>Externality: benefits/impacts</translation>
    </message>
    <message>
        <source>Jenis kegiatan (kerja_sama/pengadaan/swakelola/internal)</source>
        <translation>Activity type (kerja_sama/pengadaan/swakelola/internal)</translation>
    </message>
    <message>
        <source>Jenis mitra (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln)</source>
        <translation>Partner type (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln)</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kode wilayah mitra</source>
        <translation>Partner region code</translation>
    </message>
    <message>
        <source>Bentuk (KB/PKS/NK)</source>
        <translation>Form (KB/PKS/NK)</translation>
    </message>
    <message>
        <source>Perkiraan biaya</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Dalam APBD (ya/tidak)</source>
        <translation>In the APBD (ya/tidak)</translation>
    </message>
    <message>
        <source>Membebani masyarakat (ya/tidak)</source>
        <translation>Burdens the public (ya/tidak)</translation>
    </message>
    <message>
        <source>Jenis dokumen (KB/PKS/NK/ADDENDUM)</source>
        <translation>Document type (KB/PKS/NK/ADDENDUM)</translation>
    </message>
    <message>
        <source>Kategori (KSDD/KSDPK/SINERGI/KSDPL/KSDLL)</source>
        <translation>Category (KSDD/KSDPK/SINERGI/KSDPL/KSDLL)</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal tanda tangan</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Tanggal berakhir</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status (aktif/berakhir/diperpanjang/dihentikan)</source>
        <translation>Status (aktif/berakhir/diperpanjang/dihentikan)</translation>
    </message>
    <message>
        <source>Perangkat daerah pelaksana</source>
        <translation>Implementing regional agency</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Tanda kutip (&quot;) yang dibuka pada baris %1 tidak pernah ditutup; periksa sel yang berisi tanda kutip.</source>
        <translation>The quotation mark (&quot;) opened on line %1 is never closed; check the cells that contain quotation marks.</translation>
    </message>
    <message>
        <source>baris %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Berkas CSV kosong: baris nama kolom tidak ditemukan.</source>
        <translation>The CSV file is empty: the header row with column names was not found.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>Bukan berkas biasa.</source>
        <translation>Not a regular file.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar (lebih dari 200 MB) untuk diimpor.</source>
        <translation>The file is too large (more than 200 MB) to import.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>baris %1, kolom %2, nilai &apos;%3&apos;: %4</source>
        <translation>line %1, column %2, value &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>pemetaan kolom tidak sesuai dengan baris nama kolom (%1 kolom dipetakan, berkas memiliki %2)</source>
        <translation>the column mapping does not match the header row (%1 columns mapped, the file has %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; bukan kolom yang dikenal untuk impor ini</source>
        <translation>&quot;%1&quot; is not a known column for this import</translation>
    </message>
    <message>
        <source>kolom ini dan kolom &quot;%1&quot; sama-sama dipetakan ke &quot;%2&quot;</source>
        <translation>this column and column &quot;%1&quot; are both mapped to &quot;%2&quot;</translation>
    </message>
    <message>
        <source>kolom wajib &quot;%1&quot; tidak ada di baris nama kolom</source>
        <translation>required column &quot;%1&quot; is missing from the header row</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>line</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>column</translation>
    </message>
    <message>
        <source>nilai</source>
        <translation>value</translation>
    </message>
    <message>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Daftar kesalahan tidak dapat ditulis: %1</source>
        <translation>The error list cannot be written: %1</translation>
    </message>
    <message>
        <source>(kolom %1 tanpa nama)</source>
        <translation>(column %1 without a name)</translation>
    </message>
    <message>
        <source>sel berisi nilai di luar kolom yang bernama; periksa pemisah kolom atau tanda kutip</source>
        <translation>a cell has a value outside the named columns; check the column separator or quotation marks</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <source>bukan angka (tulis misalnya 1250,5 atau 1.250,5)</source>
        <translation>not a number (write, for example, 1250,5 or 1.250,5)</translation>
    </message>
    <message>
        <source>tidak boleh negatif</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>harus bilangan bulat %1–%2</source>
        <translation>must be a whole number %1–%2</translation>
    </message>
    <message>
        <source>kode wilayah tidak dikenal (contoh kode yang benar: 63.03 untuk kabupaten/kota, 63 untuk provinsi)</source>
        <translation>unknown region code (examples of correct codes: 63.03 for a regency/city, 63 for a province)</translation>
    </message>
    <message>
        <source>urusan tidak dikenal (tulis kodenya, misalnya 2.11, atau nama lengkapnya)</source>
        <translation>unknown government affair (write its code, e.g. 2.11, or its full name)</translation>
    </message>
    <message>
        <source>tanggal tidak valid (tulis dd/mm/yyyy atau yyyy-mm-dd, misalnya 13/06/2024)</source>
        <translation>invalid date (write dd/mm/yyyy or yyyy-mm-dd, e.g. 13/06/2024)</translation>
    </message>
    <message>
        <source>harus ya, tidak atau belum_diketahui</source>
        <translation>must be ya, tidak or belum_diketahui</translation>
    </message>
    <message>
        <source>tidak sesuai dengan rincian eksternalitas (lokasi, pengguna, manfaat/dampak), yang menghasilkan &apos;%1&apos;</source>
        <translation>does not match the externality details (location, users, benefits/impacts), which give &apos;%1&apos;</translation>
    </message>
    <message>
        <source>harus potensi atau kebutuhan</source>
        <translation>must be potensi or kebutuhan</translation>
    </message>
    <message>
        <source>harus ya atau tidak</source>
        <translation>must be ya or tidak</translation>
    </message>
    <message>
        <source>harus kerja_sama, pengadaan, swakelola atau internal</source>
        <translation>must be kerja_sama, pengadaan, swakelola or internal</translation>
    </message>
    <message>
        <source>harus daerah, pihak_ketiga, kl, pemda_ln atau lembaga_ln</source>
        <translation>must be daerah, pihak_ketiga, kl, pemda_ln or lembaga_ln</translation>
    </message>
    <message>
        <source>harus KB, PKS atau NK</source>
        <translation>must be KB, PKS or NK</translation>
    </message>
    <message>
        <source>bentuk usulan harus KB, PKS atau NK (addendum mengubah dokumen yang sudah ada)</source>
        <translation>the proposal form must be KB, PKS or NK (an addendum amends an existing document)</translation>
    </message>
    <message>
        <source>harus KB, PKS, NK atau ADDENDUM</source>
        <translation>must be KB, PKS, NK or ADDENDUM</translation>
    </message>
    <message>
        <source>harus KSDD, KSDPK, SINERGI, KSDPL atau KSDLL</source>
        <translation>must be KSDD, KSDPK, SINERGI, KSDPL or KSDLL</translation>
    </message>
    <message>
        <source>mitra wajib diisi (nama mitra atau kode_wilayah_mitra)</source>
        <translation>a partner is required (partner name or kode_wilayah_mitra)</translation>
    </message>
    <message>
        <source>mitra KSDD harus daerah: isi kode_wilayah_mitra, atau tulis nama daerah persis seperti di data rujukan (misalnya &quot;Kota Banjarmasin&quot;)</source>
        <translation>a KSDD partner must be a region: fill in kode_wilayah_mitra, or write the region name exactly as in the reference data (e.g. &quot;Kota Banjarmasin&quot;)</translation>
    </message>
    <message>
        <source>jumlah nama mitra (%1) tidak sama dengan jumlah kode_wilayah_mitra (%2); pisahkan nama dengan |</source>
        <translation>the number of partner names (%1) differs from the number of kode_wilayah_mitra (%2); separate names with |</translation>
    </message>
    <message>
        <source>lebih awal daripada tanggal_mulai (%1)</source>
        <translation>earlier than tanggal_mulai (%1)</translation>
    </message>
    <message>
        <source>sesudah tanggal_berakhir (%1)</source>
        <translation>after tanggal_berakhir (%1)</translation>
    </message>
    <message>
        <source>tahap tidak dikenal (misalnya persiapan, penandatanganan_pks, pelaksanaan)</source>
        <translation>unknown stage (e.g. persiapan, penandatanganan_pks, pelaksanaan)</translation>
    </message>
    <message>
        <source>harus aktif, berakhir, diperpanjang atau dihentikan</source>
        <translation>must be aktif, berakhir, diperpanjang or dihentikan</translation>
    </message>
    <message>
        <source>Wilayah terdampak eksternalitas (kode wilayah, dipisah spasi atau koma)</source>
        <translation>Regions affected by the externality (region codes, separated by spaces or commas)</translation>
    </message>
    <message>
        <source>Berkas sebagian besar UTF-8, tetapi byte 0x%1 pada baris %2, kolom %3 bukan UTF-8. Berkas tidak dibaca sebagai Windows-1252 karena semua huruf beraksen akan rusak; simpan ulang berkas sebagai &quot;CSV UTF-8&quot;.</source>
        <translation>The file is mostly UTF-8, but byte 0x%1 on line %2, column %3 is not UTF-8. The file is not read as Windows-1252, since every accented letter would be garbled; save the file again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>baris %1, kolom %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>Sel pada baris %1, kolom %2 berisi %3 byte, melebihi batas %4 byte per sel. Berkas tidak diimpor.</source>
        <translation>The cell on line %1, column %2 holds %3 bytes, over the limit of %4 bytes per cell. The file is not imported.</translation>
    </message>
    <message>
        <source>sama dengan kode wilayah isian ini; tulis wilayah lain yang terkena eksternalitasnya</source>
        <translation>same as this entry&apos;s own region code; write the other regions its externality reaches</translation>
    </message>
    <message>
        <source>Jenis pengirim (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln)</source>
        <translation>Sender type (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln)</translation>
    </message>
    <message>
        <source>Kode wilayah pengirim</source>
        <translation>Sender region code</translation>
    </message>
    <message>
        <source>Nama pengirim</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Hal yang ditawarkan</source>
        <translation>What is offered</translation>
    </message>
    <message>
        <source>Perangkat daerah yang dimintai pendapat</source>
        <translation>Agency asked for an opinion</translation>
    </message>
    <message>
        <source>Batas waktu jawaban</source>
        <translation>Answer deadline</translation>
    </message>
    <message>
        <source>baris %1: tahap &quot;%2&quot; dipetakan ke &quot;%3&quot; (%4, %5)</source>
        <translation>line %1: stage &quot;%2&quot; mapped to &quot;%3&quot; (%4, %5)</translation>
    </message>
    <message>
        <source>kode wilayah pengirim wajib diisi bila pengirimnya daerah</source>
        <translation>the sender region code is required when the sender is a region</translation>
    </message>
    <message>
        <source>nama pengirim wajib diisi</source>
        <translation>the sender name is required</translation>
    </message>
    <message>
        <source>lebih awal daripada tanggal_diterima (%1)</source>
        <translation>earlier than tanggal_diterima (%1)</translation>
    </message>
</context>
<context>
    <name>ksd::CsvImportDialog</name>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Kolom berkas dan isian yang diisinya:</source>
        <translation>File columns and the fields they fill:</translation>
    </message>
    <message>
        <source>Pratinjau (sel yang salah bertanda merah):</source>
        <translation>Preview (invalid cells are marked red):</translation>
    </message>
    <message>
        <source>titik koma (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>koma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>%1 · pemisah %2 · %n baris data</source>
        <translation>
            <numerusform>%1 · separator %2 · %n data row</numerusform>
            <numerusform>%1 · separator %2 · %n data rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv *.txt);;Semua berkas (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>— abaikan —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <source>%1 (wajib)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Memeriksa baris…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <source>Memeriksa %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>Pilih berkas CSV yang disimpan dari Excel.</source>
        <translation>Choose a CSV file saved from Excel.</translation>
    </message>
    <message>
        <source>Impor %1 %2</source>
        <translation>Import %1 %2</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>-kesalahan.csv</source>
        <translation>-errors.csv</translation>
    </message>
    <message>
        <source>Simpan daftar kesalahan</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Daftar kesalahan disimpan ke %1.</source>
        <translation>Error list saved to %1.</translation>
    </message>
    <message>
        <source>Impor isian dari CSV</source>
        <translation>Import entries from CSV</translation>
    </message>
    <message>
        <source>Impor usulan dari CSV</source>
        <translation>Import proposals from CSV</translation>
    </message>
    <message>
        <source>Impor kerja sama dari CSV</source>
        <translation>Import agreements from CSV</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Kolom di berkas</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <source>Dipakai untuk</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation>Sample content</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Impor baris yang valid (lewati baris yang salah)</source>
        <translation>Import the valid rows (skip invalid rows)</translation>
    </message>
    <message>
        <source>Tanpa tanda ini, satu baris yang salah membatalkan seluruh impor</source>
        <translation>Without this option, one invalid row cancels the whole import</translation>
    </message>
    <message>
        <source>Simpan daftar kesalahan…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Impor penawaran masuk dari CSV</source>
        <translation>Import incoming offers from CSV</translation>
    </message>
</context>
<context>
    <name>ksd::CsvImportSession</name>
    <message>
        <source>isian</source>
        <translation>entries</translation>
    </message>
    <message>
        <source>usulan</source>
        <translation>proposals</translation>
    </message>
    <message>
        <source>kerja sama</source>
        <translation>agreements</translation>
    </message>
    <message>
        <source>Impor dibatalkan.</source>
        <translation>Import cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n baris data dibaca</source>
        <translation>
            <numerusform>%n data row read</numerusform>
            <numerusform>%n data rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baris valid</source>
        <translation>
            <numerusform>%n valid row</numerusform>
            <numerusform>%n valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baris salah</source>
        <translation>
            <numerusform>%n invalid row</numerusform>
            <numerusform>%n invalid rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada yang diimpor: impor berlaku semua atau tidak sama sekali. Perbaiki baris yang salah di Excel lalu muat ulang, atau centang &quot;Impor baris yang valid&quot;.</source>
        <translation>Nothing was imported: the import is all or nothing. Fix the invalid rows in Excel and reload, or tick &quot;Import the valid rows&quot;.</translation>
    </message>
    <message>
        <source>Tidak ada yang dapat diimpor: periksa kolom dan pemetaannya.</source>
        <translation>Nothing can be imported: check the columns and their mapping.</translation>
    </message>
    <message>
        <source>Berkas tidak berisi baris data.</source>
        <translation>The file contains no data rows.</translation>
    </message>
    <message>
        <source>Siap mengimpor %1 %2.</source>
        <translation>Ready to import %1 %2.</translation>
    </message>
    <message>
        <source>Baris yang salah dilewati; simpan daftar kesalahannya untuk diperbaiki.</source>
        <translation>Invalid rows are skipped; save the error list to correct them.</translation>
    </message>
    <message>
        <source>Kolom yang tidak dipakai: %1.</source>
        <translation>Unused columns: %1.</translation>
    </message>
    <message>
        <source>penawaran masuk</source>
        <translation>incoming offers</translation>
    </message>
    <message>
        <source>Tahap dipetakan ke prosedur dokumennya: %1.</source>
        <translation>Stages mapped to their document&apos;s procedure: %1.</translation>
    </message>
</context>
<context>
    <name>ksd::DataExportActions</name>
    <message>
        <source>CSV untuk Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Ekspor isian ke CSV</source>
        <translation>Export entries to CSV</translation>
    </message>
    <message>
        <source>isian.csv</source>
        <translation>entries.csv</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Isian diekspor ke %1</source>
        <translation>Entries exported to %1</translation>
    </message>
    <message>
        <source>Ekspor saran ke CSV</source>
        <translation>Export suggestions to CSV</translation>
    </message>
    <message>
        <source>saran.csv</source>
        <translation>suggestions.csv</translation>
    </message>
    <message>
        <source>Saran diekspor ke %1</source>
        <translation>Suggestions exported to %1</translation>
    </message>
    <message>
        <source>Ekspor &amp;isian ke CSV…</source>
        <translation>Export &amp;entries to CSV…</translation>
    </message>
    <message>
        <source>Berkas CSV untuk Excel (pemisah titik koma, koma desimal)</source>
        <translation>CSV file for Excel (semicolon separator, decimal comma)</translation>
    </message>
    <message>
        <source>Ekspor &amp;saran ke CSV…</source>
        <translation>Export su&amp;ggestions to CSV…</translation>
    </message>
    <message>
        <source>Saran yang terakhir dihitung, dengan alasan dan dasar hukumnya</source>
        <translation>The most recently computed suggestions, with their reasons and legal basis</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan semua</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Ya</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Ya untuk &amp;semua</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;Tidak</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>T&amp;idak untuk semua</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Kembalikan bawaan</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>ksd::DocumentManager</name>
    <message>
        <source>Dibuka hanya-baca atas pilihan Anda.</source>
        <translation>Opened read-only, as you chose.</translation>
    </message>
    <message>
        <source>Membuka %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Menyimpan %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>Penyimpanan dihentikan sebelum selesai. Berkas tetap utuh: isinya yang lama atau yang baru.</source>
        <translation>The save was stopped before it finished. The file is whole: its old or its new content.</translation>
    </message>
</context>
<context>
    <name>ksd::EditActions</name>
    <message>
        <source>&amp;Urungkan %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Ulangi %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Ulangi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Hapus baris terpilih</source>
        <translation>&amp;Delete selected rows</translation>
    </message>
    <message>
        <source>Hapus baris yang dipilih pada tabel (Delete)</source>
        <translation>Delete the rows selected in the table (Delete)</translation>
    </message>
    <message>
        <source>&amp;Cari / saring</source>
        <translation>&amp;Find / filter</translation>
    </message>
    <message>
        <source>Pindah ke kotak pencarian halaman ini (Ctrl+F)</source>
        <translation>Go to the search box of this page (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Preferensi…</source>
        <translation>&amp;Preferences…</translation>
    </message>
</context>
<context>
    <name>ksd::EntriesPage</name>
    <message>
        <source>Semua wilayah</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>%1 (semua)</source>
        <translation>%1 (all)</translation>
    </message>
    <message>
        <source>Provinsi dan kabupaten/kota dalam cakupan</source>
        <translation>Province and regencies/cities in scope</translation>
    </message>
    <message>
        <source>Semua perangkat daerah</source>
        <translation>All regional agencies</translation>
    </message>
    <message numerus="yes">
        <source>%n isian</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dari %n isian</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n isian dihapus. Urungkan dengan Ctrl+Z.</source>
        <translation>
            <numerusform>%n entry deleted. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n entries deleted. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah isian</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <source>Tambah potensi atau kebutuhan baru (Ctrl+Shift+N)</source>
        <translation>Add a new potential or need (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus isian yang dipilih (Delete). Dapat diurungkan.</source>
        <translation>Delete the selected entries (Delete). Can be undone.</translation>
    </message>
    <message>
        <source>Saring menurut wilayah</source>
        <translation>Filter by region</translation>
    </message>
    <message>
        <source>Saring wilayah</source>
        <translation>Filter regions</translation>
    </message>
    <message>
        <source>Semua urusan</source>
        <translation>All affairs</translation>
    </message>
    <message>
        <source>Saring menurut urusan</source>
        <translation>Filter by government affair</translation>
    </message>
    <message>
        <source>Saring urusan</source>
        <translation>Filter affairs</translation>
    </message>
    <message>
        <source>Saring menurut jenis isian</source>
        <translation>Filter by entry type</translation>
    </message>
    <message>
        <source>Saring jenis</source>
        <translation>Filter type</translation>
    </message>
    <message>
        <source>Semua prioritas</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <source>Prioritas ≥ %1</source>
        <translation>Priority ≥ %1</translation>
    </message>
    <message>
        <source>Tampilkan isian dengan prioritas paling rendah ini</source>
        <translation>Show entries with at least this priority</translation>
    </message>
    <message>
        <source>Saring prioritas</source>
        <translation>Filter priority</translation>
    </message>
    <message>
        <source>Saring menurut perangkat daerah pengisi</source>
        <translation>Filter by the regional agency that made the entry</translation>
    </message>
    <message>
        <source>Saring perangkat daerah</source>
        <translation>Filter regional agency</translation>
    </message>
    <message>
        <source>Cari judul, layanan, PD… (Ctrl+F)</source>
        <translation>Search title, service, agency… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari isian</source>
        <translation>Search entries</translation>
    </message>
    <message>
        <source>Tampilkan semua</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Hapus semua saringan</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Tabel isian</source>
        <translation>Entries table</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
</context>
<context>
    <name>ksd::ExpiryNotice</name>
    <message numerus="yes">
        <source>%n kerja sama berakhir dalam 3 bulan</source>
        <translation>
            <numerusform>%n agreement ends within 3 months</numerusform>
            <numerusform>%n agreements end within 3 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sudah lewat tanggal berakhir</source>
        <translation>
            <numerusform>%n is past its end date</numerusform>
            <numerusform>%n are past their end date</numerusform>
        </translation>
    </message>
    <message>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Yang terdekat: %1</source>
        <translation>Nearest: %1</translation>
    </message>
    <message>
        <source>Tutup pemberitahuan</source>
        <translation>Close notice</translation>
    </message>
</context>
<context>
    <name>ksd::ExplanationCard</name>
    <message>
        <source>Pilih satu saran untuk melihat alasannya: faktor skor, dasar hukum, dan siapa yang mengambil alih bila kerja sama wajib tidak dilaksanakan.</source>
        <translation>Select a suggestion to see its reasons: score factors, legal basis, and who takes over if mandatory cooperation is not carried out.</translation>
    </message>
    <message>
        <source>Saran perlu diperbarui: data proyek berubah sejak saran ini dihitung.</source>
        <translation>Suggestions need updating: the project data has changed since these suggestions were computed.</translation>
    </message>
    <message>
        <source>skor %1 dari 100</source>
        <translation>score %1 of 100</translation>
    </message>
    <message>
        <source>Tipe %1: %2</source>
        <translation>Type %1: %2</translation>
    </message>
    <message>
        <source>Perlu telaah hukum: tipe C tidak disebut dalam daftar Permendagri 22/2020.</source>
        <translation>Needs legal review: type C is not listed in Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Perlu persetujuan DPRD (membebani masyarakat atau belum dianggarkan dalam APBD).</source>
        <translation>Requires DPRD approval (burdens the public or not yet budgeted in the APBD).</translation>
    </message>
    <message>
        <source>Rujuk ke %1: layanan ini kewenangan provinsi.</source>
        <translation>Refer to %1: this service falls under provincial authority.</translation>
    </message>
    <message>
        <source>Sudah ada kerja sama aktif di urusan ini.</source>
        <translation>There is already active cooperation in this affair.</translation>
    </message>
    <message>
        <source>Faktor skor</source>
        <translation>Score factors</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Poin</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Aturan yang diterapkan dan dasar hukumnya</source>
        <translation>Rules applied and their legal basis</translation>
    </message>
    <message>
        <source>Isian yang mendasari</source>
        <translation>Underlying entries</translation>
    </message>
    <message>
        <source> (prioritas %1)</source>
        <translation> (priority %1)</translation>
    </message>
    <message>
        <source>Bila disepakati wajib dan tidak dilaksanakan:</source>
        <translation>If agreed as mandatory and not carried out:</translation>
    </message>
    <message>
        <source>urusan ini dapat diambil alih oleh %1, dengan biaya diperhitungkan dari dana transfer daerah (%2).</source>
        <translation>the affair can be taken over by %1, with the cost charged to the region&apos;s transfer funds (%2).</translation>
    </message>
    <message>
        <source>Rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat.</source>
        <translation>Refer to the central government: the object is central authority.</translation>
    </message>
    <message>
        <source>Rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat (%1).</source>
        <translation>Refer to the central government: the object is central authority (%1).</translation>
    </message>
    <message>
        <source>Batas laut: kedua daerah berhadapan di seberang laut; verifikasi dahulu apakah keduanya berbatasan.</source>
        <translation>Sea border: the two regions face each other across the sea; verify first whether they border.</translation>
    </message>
    <message>
        <source>Kewenangan belum diperiksa: sebutkan layanannya agar tingkat kewenangannya (Pusat, provinsi, kabupaten/kota) dapat diperiksa.</source>
        <translation>Authority not checked: name the service so that its level (central, provincial, kabupaten/kota) can be checked.</translation>
    </message>
    <message>
        <source>Cara membaca skor: skor 0–100 mengukur kecocokan kedua pihak (potensi bertemu kebutuhan, prioritas, besaran, layanan, jarak dan kerja sama yang sudah ada), bukan kekuatan dasar hukumnya. Kelasnya ditentukan aturan di bawah; skor hanya mengurutkan saran dalam kelas yang sama.</source>
        <translation>Reading the score: the 0–100 score measures how well the two parties fit (potential meeting need, priority, magnitude, service, distance and existing cooperation), not the strength of the legal basis. The class is set by the rules below; the score only orders suggestions within one class.</translation>
    </message>
</context>
<context>
    <name>ksd::FieldDelegate</name>
    <message>
        <source>Klik di luar kotak untuk menyimpan; Esc membatalkan</source>
        <translation>Click outside the box to save; Esc cancels</translation>
    </message>
    <message>
        <source>1 (rendah) sampai 5 (paling tinggi)</source>
        <translation>1 (low) to 5 (highest)</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>kosong = belum diketahui</source>
        <translation>empty = unknown</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Affair</translation>
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
        <source>Lokasi layanan berada di lintas daerah</source>
        <translation>The service is located across regions</translation>
    </message>
    <message>
        <source>Pengguna layanan berasal dari lintas daerah</source>
        <translation>The service&apos;s users come from across regions</translation>
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
    <message>
        <source>Lokasi lintas batas</source>
        <translation>Cross-border location</translation>
    </message>
    <message>
        <source>Pengguna lintas batas</source>
        <translation>Cross-border users</translation>
    </message>
    <message>
        <source>Dampak lintas batas</source>
        <translation>Cross-border impact</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Wilayah terdampak eksternalitas</source>
        <translation>Regions affected by the externality</translation>
    </message>
    <message>
        <source>Daerah lain yang dilintasi eksternalitas isian ini (lokasi, pengguna, atau manfaat/dampak). Eksternalitas berlaku antara dua daerah bila salah satu menyebut yang lain.</source>
        <translation>Other regions this entry&apos;s externality crosses into (location, users, or benefit/harm). An externality holds between two regions when either names the other.</translation>
    </message>
    <message>
        <source>Penjelasan mesin saran</source>
        <translation>Suggestion engine&apos;s explanation</translation>
    </message>
    <message>
        <source>Penjelasan mesin saran saat saran dijadikan usulan (hanya baca)</source>
        <translation>The suggestion engine&apos;s explanation when the suggestion was made a proposal (read-only)</translation>
    </message>
    <message>
        <source>Nilai untuk &quot;%1&quot; berisi %2 byte, melebihi batas %3 byte per kolom; nilai tidak diubah.</source>
        <translation>The value for &quot;%1&quot; holds %2 bytes, over the limit of %3 bytes per field; the value is not changed.</translation>
    </message>
</context>
<context>
    <name>ksd::FileActions</name>
    <message>
        <source>Salinan pemulihan gagal ditulis: %1</source>
        <translation>The recovery copy could not be written: %1</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Simpan perubahan pada &quot;%1&quot; sebelum ditutup?</source>
        <translation>Save the changes to &quot;%1&quot; before closing?</translation>
    </message>
    <message>
        <source>Bila tidak disimpan, perubahan sejak penyimpanan terakhir akan hilang.</source>
        <translation>If you don&apos;t save, the changes since the last save will be lost.</translation>
    </message>
    <message>
        <source>Jangan simpan</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>Simpan proyek sebagai</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <source>Proyek PetaKSD (*.ksd)</source>
        <translation>PetaKSD project (*.ksd)</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibuka</source>
        <translation>The file cannot be opened</translation>
    </message>
    <message>
        <source>%1 dibuka.</source>
        <translation>%1 opened.</translation>
    </message>
    <message>
        <source>Buka proyek</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Proyek PetaKSD (*.ksd);;Semua berkas (*)</source>
        <translation>PetaKSD project (*.ksd);;All files (*)</translation>
    </message>
    <message>
        <source>Proyek contoh dibuka. Simpan dengan Ctrl+Shift+S untuk menyimpannya sebagai berkas sendiri.</source>
        <translation>Sample project opened. Save it with Ctrl+Shift+S to keep it as your own file.</translation>
    </message>
    <message>
        <source>Proyek tidak dapat disimpan</source>
        <translation>The project cannot be saved</translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Pulihkan pekerjaan?</source>
        <translation>Recover work?</translation>
    </message>
    <message>
        <source>PetaKSD tidak ditutup dengan benar terakhir kali. Ada perubahan pada &quot;%1&quot; yang belum disimpan, tersimpan otomatis pada %2.</source>
        <translation>PetaKSD was not closed properly last time. There are unsaved changes to &quot;%1&quot;, saved automatically at %2.</translation>
    </message>
    <message>
        <source>Pulihkan untuk melanjutkan dari salinan itu, lalu simpan. Buang bila tidak diperlukan lagi.</source>
        <translation>Recover to continue from that copy, then save. Discard if it is no longer needed.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Salinan pemulihan tidak dapat dibuka</source>
        <translation>The recovery copy cannot be opened</translation>
    </message>
    <message>
        <source>Pekerjaan dipulihkan. Simpan untuk menyimpannya ke berkas.</source>
        <translation>Work recovered. Save to store it in a file.</translation>
    </message>
    <message>
        <source>%1[*] – PetaKSD</source>
        <translation>%1[*] – PetaKSD</translation>
    </message>
    <message>
        <source>Proyek &amp;baru…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>Mulai pemetaan baru (Ctrl+N)</source>
        <translation>Start a new mapping (Ctrl+N)</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Buka berkas proyek .ksd (Ctrl+O)</source>
        <translation>Open a .ksd project file (Ctrl+O)</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Buka &amp;terakhir</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Kosongkan daftar</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>Buka &amp;contoh</source>
        <translation>Open samp&amp;le</translation>
    </message>
    <message>
        <source>Buka proyek contoh Kabupaten Banjar 2024</source>
        <translation>Open the sample project Kabupaten Banjar 2024</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Simpan proyek (Ctrl+S)</source>
        <translation>Save the project (Ctrl+S)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan s&amp;ebagai…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Simpan proyek ke berkas lain (Ctrl+Shift+S)</source>
        <translation>Save the project to another file (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Tutup proyek</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <source>Tutup proyek dan kembali ke halaman awal (Ctrl+W)</source>
        <translation>Close the project and return to the start page (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>recent file: project title (file name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Berkas kunci %1 kini milik editor lain yang membuka proyek ini juga. Simpan ke berkas lain agar pekerjaan tidak saling menimpa.</source>
        <translation>The lock file %1 now belongs to another editor who opened this project too. Save to another file so that neither overwrites the other&apos;s work.</translation>
    </message>
    <message>
        <source>Berkas ada di folder bersama: proyek dikerjakan di memori dan ditulis utuh saat disimpan.</source>
        <translation>The file is on a shared folder: the project is worked on in memory and written back whole when saved.</translation>
    </message>
    <message>
        <source>Kunci lama dari %1 di %2 sudah tidak aktif dan diganti.</source>
        <translation>The old lock of %1 on %2 was no longer active and has been replaced.</translation>
    </message>
    <message>
        <source>Proyek dibuka tanpa berkas kunci, jadi PC lain tidak tahu proyek ini sedang dibuka. %1</source>
        <translation>The project was opened without a lock file, so other PCs cannot tell it is open. %1</translation>
    </message>
    <message>
        <source>Salinan %1 dibuka. Simpan ke berkas baru agar tidak menimpa pekerjaan orang lain.</source>
        <translation>A copy of %1 is open. Save it to a new file so as not to overwrite someone else&apos;s work.</translation>
    </message>
    <message>
        <source>Proyek sedang dibuka</source>
        <translation>Project already open</translation>
    </message>
    <message>
        <source>Bila dua orang menyunting dan menyimpan berkas yang sama, perubahan salah satunya hilang. Buka hanya-baca untuk melihat, atau buka salinan untuk bekerja terpisah.</source>
        <translation>When two people edit and save the same file, the changes of one of them are lost. Open read-only to look, or open a copy to work separately.</translation>
    </message>
    <message>
        <source>Buka hanya-baca</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Buka salinan</source>
        <translation>Open a copy</translation>
    </message>
    <message>
        <source>Tetap buka…</source>
        <translation>Open anyway…</translation>
    </message>
    <message>
        <source>Tetap buka untuk disunting?</source>
        <translation>Open for editing anyway?</translation>
    </message>
    <message>
        <source>%1 masih dapat menyimpan perubahannya ke berkas ini. Siapa pun yang menyimpan terakhir menimpa perubahan yang lain.</source>
        <translation>%1 can still save their changes to this file. Whoever saves last overwrites the other&apos;s changes.</translation>
    </message>
    <message>
        <source>Lanjutkan hanya bila Anda yakin %1 tidak lagi menyunting %2.</source>
        <translation>Go on only if you are sure %1 is no longer editing %2.</translation>
    </message>
    <message>
        <source>Tetap buka</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Hanya-baca. %1 Perubahan dapat disimpan ke berkas lain.</source>
        <translation>Read-only. %1 Changes can be saved to another file.</translation>
    </message>
    <message>
        <source>Pilih nama berkas lain.</source>
        <translation>Choose another file name.</translation>
    </message>
    <message>
        <source>Simpan sebagai…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>Berkas format versi %1 dibuka; berkas itu belum diubah. Saat disimpan, berkas diperbarui ke format versi %2 dan aslinya disimpan sebagai %3.</source>
        <translation>Opened a format version %1 file; the file is not changed yet. When saved, it is upgraded to format version %2 and the original is kept as %3.</translation>
    </message>
</context>
<context>
    <name>ksd::FileSite</name>
    <message>
        <source>Folder berkas ini tidak dapat ditulisi, jadi perubahan tidak dapat disimpan di sana.</source>
        <translation>The folder of this file is not writable, so changes cannot be saved there.</translation>
    </message>
    <message>
        <source>Berkas ini hanya-baca (read-only), jadi perubahan tidak dapat disimpan ke berkas itu.</source>
        <translation>This file is read-only, so changes cannot be saved to it.</translation>
    </message>
</context>
<context>
    <name>ksd::HelpActions</name>
    <message>
        <source>&amp;Tentang PetaKSD</source>
        <translation>&amp;About PetaKSD</translation>
    </message>
    <message>
        <source>Tentang &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ksd::Inspector</name>
    <message>
        <source>Pilih baris pada tabel Isian, Usulan atau Kerja Sama untuk melihat dan mengubah semua datanya di sini.</source>
        <translation>Select a row in the Entries, Proposals or Agreements table to view and edit all of its data here.</translation>
    </message>
    <message>
        <source>Data rekaman terpilih</source>
        <translation>Selected record data</translation>
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
        <source>Berkas versi %1 tidak dapat diperbarui: %2</source>
        <translation>The version %1 file cannot be upgraded: %2</translation>
    </message>
    <message>
        <source>Folder sementara untuk memulihkan berkas tidak dapat dibuat.</source>
        <translation>A temporary folder to recover the file in cannot be created.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat disalin untuk dipulihkan: %1.</source>
        <translation>The file cannot be copied for recovery: %1.</translation>
    </message>
    <message>
        <source>Berkas rusak: jurnal atau WAL-nya tidak dapat dipulihkan (%1).</source>
        <translation>Damaged file: its journal or WAL cannot be recovered (%1).</translation>
    </message>
    <message>
        <source>Berkas ditolak: membacanya memerlukan lebih dari %1 langkah SQLite, jauh di atas yang diperlukan berkas PetaKSD sebesar ini.</source>
        <translation>File refused: reading it takes more than %1 SQLite steps, far beyond what a PetaKSD file of this size needs.</translation>
    </message>
    <message>
        <source>tanpa keterangan</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Kolom %1 berisi %2 byte, melebihi batas %3 byte per kolom.</source>
        <translation>Column %1 holds %2 bytes, over the limit of %3 bytes per column.</translation>
    </message>
    <message>
        <source>Daftar tabel berkas tidak dapat dibaca: %1</source>
        <translation>The file&apos;s list of tables cannot be read: %1</translation>
    </message>
    <message>
        <source>Susunan kolom tabel %1 tidak sesuai format PetaKSD (definisinya berbeda dari yang ditulis PetaKSD).</source>
        <translation>The columns of table %1 do not match the PetaKSD format (its definition differs from what PetaKSD writes).</translation>
    </message>
    <message>
        <source>Baris %1 tabel %2 tidak dapat dibaca: %3. Berkas tidak dibuka agar tidak ada baris yang hilang.</source>
        <translation>Row %1 of table %2 cannot be read: %3. The file is not opened, so that no row is lost.</translation>
    </message>
    <message>
        <source>Posisi peta %1 (tata letak %2) diabaikan: koordinat (%3, %4) tidak berhingga atau di luar batas ±%5.</source>
        <translation>Map position of %1 (layout %2) ignored: the coordinates (%3, %4) are not finite or beyond ±%5.</translation>
    </message>
    <message>
        <source>kolom %1 pada baris %2 tabel %3 (%4) berisi %5 byte, melebihi batas %6 byte per kolom</source>
        <translation>column %1 of row %2 of table %3 (%4) holds %5 bytes, over the limit of %6 bytes per column</translation>
    </message>
    <message>
        <source>berkas format versi %1 tidak dapat dicadangkan ke &quot;%2&quot; sebelum diganti</source>
        <translation>the format version %1 file cannot be backed up to &quot;%2&quot; before it is replaced</translation>
    </message>
    <message>
        <source>Folder sementara untuk membaca berkas tidak dapat dibuat.</source>
        <translation>A temporary folder to read the file cannot be created.</translation>
    </message>
    <message>
        <source>Baris lama log penggabungan tidak dapat dibaca dari salinan sementara: %1</source>
        <translation>Older merge log rows cannot be read from the temporary copy: %1</translation>
    </message>
    <message>
        <source>%1 baris, seharusnya %2</source>
        <translation>%1 rows, expected %2</translation>
    </message>
    <message>
        <source>Pembukaan berkas dibatalkan.</source>
        <translation>Opening the file was cancelled.</translation>
    </message>
    <message>
        <source>berkas sedang ditulis program lain (jurnal &quot;%1&quot; masih dipakai)</source>
        <translation>another program is writing the file (its journal &quot;%1&quot; is in use)</translation>
    </message>
    <message>
        <source>jurnal &quot;%1&quot; tidak dapat dihapus</source>
        <translation>the journal &quot;%1&quot; cannot be deleted</translation>
    </message>
    <message>
        <source>lampiran pada baris %1 tabel document tidak dapat ditulis: %2</source>
        <translation>the attachment in row %1 of table document cannot be written: %2</translation>
    </message>
    <message>
        <source>isinya lebih panjang dari %1 byte</source>
        <translation>its content is longer than %1 bytes</translation>
    </message>
    <message>
        <source>%1 dari %2 byte</source>
        <translation>%1 of %2 bytes</translation>
    </message>
</context>
<context>
    <name>ksd::Layout</name>
    <message>
        <source>Geografis</source>
        <translation>Geographic</translation>
    </message>
    <message>
        <source>Gaya (force-directed)</source>
        <translation>Force-directed</translation>
    </message>
    <message>
        <source>Melingkar per provinsi</source>
        <translation>Circular by province</translation>
    </message>
    <message>
        <source>Tata letak tidak dikenal.</source>
        <translation>Unknown layout.</translation>
    </message>
</context>
<context>
    <name>ksd::MainWindow</name>
    <message>
        <source>Peta</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Saran</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Kerja Sama</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Cakupan wilayah</source>
        <translation>Region scope</translation>
    </message>
    <message>
        <source>Inspektur</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>&lt;proyek dibuka&gt;</source>
        <translation>&lt;project opened&gt;</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
</context>
<context>
    <name>ksd::MapActions</name>
    <message>
        <source>Peta</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Ekspor &amp;peta…</source>
        <translation>Export ma&amp;p…</translation>
    </message>
    <message>
        <source>Simpan peta jejaring sebagai PNG, SVG atau PDF</source>
        <translation>Save the network map as PNG, SVG or PDF</translation>
    </message>
</context>
<context>
    <name>ksd::MapHoverCard</name>
    <message>
        <source>skor %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>Jenis pasangan %1: %2</source>
        <translation>Pair type %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 poin</source>
        <translation>%1 %2 points</translation>
    </message>
    <message>
        <source>Faktor utama: %1</source>
        <translation>Main factor: %1</translation>
    </message>
    <message>
        <source>Dasar hukum: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>Kewenangan provinsi: rujuk ke %1 (kerja sama tipe B atau fasilitasi provinsi).</source>
        <translation>Provincial authority: refer to %1 (type B cooperation or provincial facilitation).</translation>
    </message>
    <message>
        <source>sudah ada kesepakatan aktif</source>
        <translation>active agreement already exists</translation>
    </message>
    <message>
        <source>daerah pemeta</source>
        <translation>mapping region</translation>
    </message>
    <message>
        <source>dalam cakupan</source>
        <translation>in scope</translation>
    </message>
    <message>
        <source>di luar cakupan</source>
        <translation>out of scope</translation>
    </message>
    <message>
        <source>Isian: %1 potensi, %2 kebutuhan</source>
        <translation>Entries: %1 potentials, %2 needs</translation>
    </message>
    <message>
        <source>skor saran tertinggi %1</source>
        <translation>highest suggestion score %1</translation>
    </message>
    <message>
        <source>Mitra (%1)</source>
        <translation>Partners (%1)</translation>
    </message>
    <message>
        <source>dan %1 mitra lain</source>
        <translation>and %1 other partners</translation>
    </message>
    <message>
        <source>Berbatasan dengan %1 daerah pada peta</source>
        <translation>Borders %1 regions on the map</translation>
    </message>
    <message numerus="yes">
        <source>%n urusan</source>
        <translation>
            <numerusform>%n affair</numerusform>
            <numerusform>%n affairs</numerusform>
        </translation>
    </message>
    <message>
        <source>skor tertinggi %1</source>
        <translation>highest score %1</translation>
    </message>
    <message numerus="yes">
        <source>dan %n saran lain (klik dua kali untuk rincian)</source>
        <translation>
            <numerusform>and %n other suggestion (double-click for details)</numerusform>
            <numerusform>and %n other suggestions (double-click for details)</numerusform>
        </translation>
    </message>
    <message>
        <source>berakhir %1</source>
        <translation>ends %1</translation>
    </message>
    <message numerus="yes">
        <source>Klaster %n daerah</source>
        <translation>
            <numerusform>Cluster of %n region</numerusform>
            <numerusform>Cluster of %n regions</numerusform>
        </translation>
    </message>
    <message>
        <source>Jenis pasangan: %1</source>
        <translation>Pair type: %1</translation>
    </message>
    <message>
        <source>Bila tidak dilaksanakan, urusan diambil alih oleh %1.</source>
        <translation>If not carried out, the affair is taken over by %1.</translation>
    </message>
    <message>
        <source>Kewenangan provinsi: rujuk ke %1.</source>
        <translation>Provincial authority: refer to %1.</translation>
    </message>
    <message>
        <source>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak). Bila kelak disepakati dan tidak dilaksanakan, urusan dapat diambil alih oleh %1; biayanya diperhitungkan dari dana transfer daerah.</source>
        <translation>Indicated mandatory (initial mapping result; needs study and the parties&apos; agreement). If later agreed and not carried out, the affair can be taken over by %1, with the cost charged to the region&apos;s transfer funds.</translation>
    </message>
</context>
<context>
    <name>ksd::MapOverlay</name>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Buka atau ciutkan legenda peta</source>
        <translation>Open or collapse the map legend</translation>
    </message>
</context>
<context>
    <name>ksd::MapPlaceholder</name>
    <message>
        <source>Peta jejaring wilayah akan tampil di sini: wilayah dalam cakupan, saran, usulan dan kerja sama sebagai garis penghubung.

Sementara itu, gunakan tab Isian, Saran, Usulan dan Kerja Sama.</source>
        <translation>The regional network map will appear here: regions in scope, with suggestions, proposals and agreements as connecting lines.

Meanwhile, use the Entries, Suggestions, Proposals and Agreements tabs.</translation>
    </message>
</context>
<context>
    <name>ksd::MapRenderer</name>
    <message>
        <source>Sumber: %1 (%2), dianalisis dengan PetaKSD menurut PP 28/2018 dan Permendagri 22/2020.</source>
        <translation>Source: %1 (%2), analysed with PetaKSD under PP 28/2018 and Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>proyek pemetaan</source>
        <translation>mapping project</translation>
    </message>
    <message>
        <source>tanpa tahun</source>
        <translation>no year</translation>
    </message>
    <message>
        <source>Peta Jejaring Kerja Sama Daerah</source>
        <translation>Regional Cooperation Network Map</translation>
    </message>
    <message>
        <source>geografis</source>
        <translation>geographic</translation>
    </message>
    <message>
        <source>jejaring (gaya tarik)</source>
        <translation>network (force-directed)</translation>
    </message>
    <message>
        <source>melingkar per provinsi</source>
        <translation>circular by province</translation>
    </message>
    <message>
        <source>Tata letak: %1</source>
        <translation>Layout: %1</translation>
    </message>
    <message>
        <source>Urusan: semua</source>
        <translation>Affairs: all</translation>
    </message>
    <message>
        <source>Urusan: %1</source>
        <translation>Affair: %1</translation>
    </message>
    <message>
        <source>Provinsi: %1</source>
        <translation>Province: %1</translation>
    </message>
    <message>
        <source>Tahap: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wilayah</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tautan</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Klaster kerja sama multipihak</source>
        <translation>Multi-party cooperation cluster</translation>
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
        <source>Lebih banyak kebutuhan</source>
        <translation>More needs</translation>
    </message>
    <message>
        <source>Seimbang / belum ada isian</source>
        <translation>Balanced / no entries yet</translation>
    </message>
    <message>
        <source>Lebih banyak potensi</source>
        <translation>More potentials</translation>
    </message>
    <message>
        <source>Mitra di luar cakupan</source>
        <translation>Partners outside the scope</translation>
    </message>
    <message>
        <source>Ukuran simpul: skor saran tertinggi</source>
        <translation>Node size: highest suggestion score</translation>
    </message>
    <message>
        <source>Wilayah dalam cakupan</source>
        <translation>Regions in scope</translation>
    </message>
    <message>
        <source>Batas provinsi</source>
        <translation>Provincial boundary</translation>
    </message>
    <message>
        <source>Gambar PNG tidak dapat ditulis.</source>
        <translation>The PNG image cannot be written.</translation>
    </message>
    <message>
        <source>Berkas SVG tidak dapat ditulis.</source>
        <translation>The SVG file cannot be written.</translation>
    </message>
    <message>
        <source>Berkas PDF tidak dapat ditulis.</source>
        <translation>The PDF file cannot be written.</translation>
    </message>
    <message>
        <source>Format tidak dikenal: gunakan .png, .svg atau .pdf.</source>
        <translation>Unknown format: use .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>Tebal garis hijau: jumlah usulan/kesepakatan</source>
        <translation>Green line width: number of proposals/agreements</translation>
    </message>
    <message>
        <source>Ukuran simpul: jumlah isian</source>
        <translation>Node size: number of entries</translation>
    </message>
    <message>
        <source>Daerah pemilik pemetaan</source>
        <translation>Region owning the mapping</translation>
    </message>
</context>
<context>
    <name>ksd::MapStyle</name>
    <message>
        <source>KSDD wajib</source>
        <translation>Mandatory KSDD</translation>
    </message>
    <message>
        <source>Potensi wajib (perlu kajian)</source>
        <translation>Potentially mandatory (needs study)</translation>
    </message>
    <message>
        <source>KSDD sukarela</source>
        <translation>Voluntary KSDD</translation>
    </message>
    <message>
        <source>Rujuk ke provinsi</source>
        <translation>Refer to the province</translation>
    </message>
    <message>
        <source>Usulan kerja sama</source>
        <translation>Cooperation proposals</translation>
    </message>
    <message>
        <source>Kesepakatan / perjanjian</source>
        <translation>Agreements / contracts</translation>
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
        <translation>Borders by sea (to be verified)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>U</source>
        <comment>north arrow: utara</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>ksd::Merge</name>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>nomor %1</source>
        <translation>number %1</translation>
    </message>
    <message>
        <source>penanda tangan %1</source>
        <translation>signatory %1</translation>
    </message>
    <message>
        <source>%1 bait, SHA-256 %2</source>
        <translation>%1 bytes, SHA-256 %2</translation>
    </message>
    <message>
        <source>Jenis isian</source>
        <translation>Entry type</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Affair</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Besaran</source>
        <translation>Magnitude</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Eksternalitas lokasi</source>
        <translation>Location externality</translation>
    </message>
    <message>
        <source>Eksternalitas pengguna</source>
        <translation>User externality</translation>
    </message>
    <message>
        <source>Eksternalitas manfaat/dampak</source>
        <translation>Benefit/impact externality</translation>
    </message>
    <message>
        <source>Catatan eksternalitas</source>
        <translation>Externality notes</translation>
    </message>
    <message>
        <source>Efisiensi</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Catatan efisiensi</source>
        <translation>Efficiency notes</translation>
    </message>
    <message>
        <source>Perangkat daerah sumber</source>
        <translation>Source regional agency</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Daerah pengusul</source>
        <translation>Proposing region</translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation>Activity type</translation>
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
        <source>Nama mitra</source>
        <translation>Partner name</translation>
    </message>
    <message>
        <source>Bentuk dokumen</source>
        <translation>Document form</translation>
    </message>
    <message>
        <source>Perkiraan biaya</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Sudah dalam APBD</source>
        <translation>Already in the APBD</translation>
    </message>
    <message>
        <source>Membebani masyarakat</source>
        <translation>Burdens the public</translation>
    </message>
    <message>
        <source>Asal saran</source>
        <translation>Suggestion source</translation>
    </message>
    <message>
        <source>Usulan asal</source>
        <translation>Originating proposal</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
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
        <source>Para pihak</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Tanggal penandatanganan</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Tanggal berakhir</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Riwayat tahapan</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Perangkat daerah pelaksana</source>
        <translation>Implementing regional agency</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Penilai</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Kendala</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Penilaian umum</source>
        <translation>Overall assessment</translation>
    </message>
    <message>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Tipe berkas</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Isi berkas</source>
        <translation>File content</translation>
    </message>
    <message>
        <source>Monev %1, %2</source>
        <translation>Monitoring %1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>present</translation>
    </message>
    <message>
        <source>Status rekaman</source>
        <translation>Record status</translation>
    </message>
    <message>
        <source>kolom: %1</source>
        <translation>columns: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n konflik dari %1 belum diputuskan: pilih versi saya atau versi PD.</source>
        <translation>
            <numerusform>%n conflict of %1 not yet decided: choose my version or the PD version.</numerusform>
            <numerusform>%n conflicts of %1 not yet decided: choose my version or the PD version.</numerusform>
        </translation>
    </message>
    <message>
        <source>sudah sama di proyek ini</source>
        <translation>already the same in this project</translation>
    </message>
    <message>
        <source>%1; dipakai versi PD</source>
        <translation>%1; PD version used</translation>
    </message>
    <message>
        <source>%1; dipakai versi saya</source>
        <translation>%1; my version used</translation>
    </message>
    <message>
        <source>Proyek berubah sejak pratinjau penggabungan dibuat; buat pratinjau lagi.</source>
        <translation>The project has changed since the merge preview was made; make the preview again.</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposals</translation>
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
        <source>ditambahkan</source>
        <translation>added</translation>
    </message>
    <message>
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>diubah di kedua sisi</source>
        <translation>changed on both sides</translation>
    </message>
    <message>
        <source>dihapus di proyek ini, diubah di salinan</source>
        <translation>deleted in this project, changed in the copy</translation>
    </message>
    <message>
        <source>diubah di proyek ini, dihapus di salinan</source>
        <translation>changed in this project, deleted in the copy</translation>
    </message>
    <message>
        <source>berbeda tanpa waktu perubahan yang jelas</source>
        <translation>different, with no clear change time</translation>
    </message>
    <message>
        <source>Proyek ini sendiri salinan untuk %1; kirim salinan dari proyek induk &quot;%2&quot;.</source>
        <translation>This project is itself a copy for %1; send copies from the parent project &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Salinan untuk %1, dibuat dari proyek %2 pada tanggal %3</source>
        <translation>Copy for %1, made from project %2 on %3</translation>
    </message>
    <message>
        <source>(urusan %1)</source>
        <translation>(affair %1)</translation>
    </message>
    <message>
        <source>Proyek &quot;%1&quot; bukan salinan proyek ini (&quot;%2&quot;): berkas itu tidak dibuat dengan &quot;Kirim ke perangkat daerah&quot;.</source>
        <translation>Project &quot;%1&quot; is not a copy of this project (&quot;%2&quot;): that file was not made with &quot;Send to regional agency&quot;.</translation>
    </message>
    <message>
        <source>Proyek &quot;%1&quot; bukan salinan proyek ini (&quot;%2&quot;): salinan itu dibuat dari proyek lain (&quot;%3&quot;).</source>
        <translation>Project &quot;%1&quot; is not a copy of this project (&quot;%2&quot;): that copy was made from another project (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>sudah sama</source>
        <translation>already the same</translation>
    </message>
    <message>
        <source>konflik: versi saya dipakai</source>
        <translation>conflict: my version used</translation>
    </message>
    <message>
        <source>konflik: versi PD dipakai</source>
        <translation>conflict: PD version used</translation>
    </message>
    <message>
        <source>Waktu (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Berkas salinan</source>
        <translation>Copy file</translation>
    </message>
    <message>
        <source>Jenis rekaman</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>ID rekaman</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Log penggabungan tidak dapat ditulis: %1</source>
        <translation>The merge log cannot be written: %1</translation>
    </message>
    <message>
        <source>%1: di proyek ini &quot;%2&quot;, di salinan &quot;%3&quot;</source>
        <translation>%1: in this project &quot;%2&quot;, in the copy &quot;%3&quot;</translation>
    </message>
    <message>
        <source>nilai: %1</source>
        <translation>values: %1</translation>
    </message>
    <message>
        <source>data proyek tidak diambil</source>
        <translation>project data not taken</translation>
    </message>
    <message>
        <source>Wilayah terdampak eksternalitas</source>
        <translation>Regions affected by the externality</translation>
    </message>
    <message>
        <source>Penjelasan mesin saran</source>
        <translation>Suggestion engine&apos;s explanation</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Judul proyek</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>Daerah pemilik</source>
        <translation>Owning region</translation>
    </message>
    <message>
        <source>Cakupan wilayah</source>
        <translation>Region scope</translation>
    </message>
    <message>
        <source>Pengaturan %1</source>
        <translation>Setting %1</translation>
    </message>
    <message>
        <source>%1: di proyek ini &quot;%2&quot;, di salinan &quot;%3&quot;; tidak diambil</source>
        <translation>%1: in this project &quot;%2&quot;, in the copy &quot;%3&quot;; not taken</translation>
    </message>
    <message>
        <source>kalah oleh suntingan yang lebih baru dari %1 (%2); tidak diambil</source>
        <translation>lost to the later edit from %1 (%2); not taken</translation>
    </message>
    <message>
        <source>kalah oleh salinan lain</source>
        <translation>lost to another copy</translation>
    </message>
    <message>
        <source>Penawaran masuk</source>
        <translation>Incoming offers</translation>
    </message>
    <message>
        <source>Kesepakatan bersama yang diacu</source>
        <translation>Joint agreement implemented</translation>
    </message>
    <message>
        <source>Kerja sama yang diperpanjang</source>
        <translation>Cooperation extended</translation>
    </message>
    <message>
        <source>Dasar pengecualian jangka waktu</source>
        <translation>Term exception basis</translation>
    </message>
    <message>
        <source>Catatan tinjauan</source>
        <translation>Review note</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Versi naskah</source>
        <translation>Document version</translation>
    </message>
    <message>
        <source>Pemegang naskah asli</source>
        <translation>Holder of the signed original</translation>
    </message>
    <message>
        <source>Lokasi naskah asli</source>
        <translation>Location of the signed original</translation>
    </message>
    <message>
        <source>Jenis pengirim</source>
        <translation>Sender type</translation>
    </message>
    <message>
        <source>Daerah pengirim</source>
        <translation>Sender region</translation>
    </message>
    <message>
        <source>Nama pengirim</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Hal yang ditawarkan</source>
        <translation>What is offered</translation>
    </message>
    <message>
        <source>Perangkat daerah yang dimintai pendapat</source>
        <translation>Agency asked for an opinion</translation>
    </message>
    <message>
        <source>Batas waktu jawaban</source>
        <translation>Answer deadline</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <source>Usulan hasil penawaran</source>
        <translation>Proposal from the offer</translation>
    </message>
</context>
<context>
    <name>ksd::MergeDialog</name>
    <message>
        <source>Gabungkan salinan</source>
        <translation>Merge copies</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Berkas salinan</source>
        <translation>Copy file</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Ditambah</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Belum diputuskan</source>
        <translation>Not yet decided</translation>
    </message>
    <message>
        <source>Rekaman</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Perubahan / keputusan</source>
        <translation>Change / decision</translation>
    </message>
    <message>
        <source>Pakai versi saya</source>
        <translation>Use my version</translation>
    </message>
    <message>
        <source>Pakai versi PD</source>
        <translation>Use PD version</translation>
    </message>
    <message>
        <source>Keputusan untuk rekaman ini:</source>
        <translation>Decision for this record:</translation>
    </message>
    <message>
        <source>Pakai versi PD untuk semua</source>
        <translation>Use PD version for all</translation>
    </message>
    <message>
        <source>Pakai versi saya untuk semua</source>
        <translation>Use my version for all</translation>
    </message>
    <message>
        <source>Semua konflik:</source>
        <translation>All conflicts:</translation>
    </message>
    <message>
        <source>Tambah salinan…</source>
        <translation>Add copy…</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ringkasan per perangkat daerah:</source>
        <translation>Summary per regional agency:</translation>
    </message>
    <message>
        <source>tidak digabungkan. </source>
        <translation>not merged. </translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>tidak ada perubahan baru</source>
        <translation>no new changes</translation>
    </message>
    <message>
        <source>pakai versi saya</source>
        <translation>use my version</translation>
    </message>
    <message>
        <source>pakai versi PD</source>
        <translation>use PD version</translation>
    </message>
    <message>
        <source>belum diputuskan</source>
        <translation>not yet decided</translation>
    </message>
    <message>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Belum ada salinan yang dapat digabungkan.</source>
        <translation>There are no copies that can be merged yet.</translation>
    </message>
    <message>
        <source>Pilih rekaman di sebelah kiri untuk melihat perbedaannya.</source>
        <translation>Select a record on the left to see its differences.</translation>
    </message>
    <message>
        <source>Salinan %1 menambah %2, mengubah %3 dan menghapus %4 rekaman; %5 konflik perlu diputuskan.</source>
        <translation>The copy from %1 adds %2, changes %3 and deletes %4 records; %5 conflicts need to be decided.</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Versi saya</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Versi PD (%1)</source>
        <translation>PD version (%1)</translation>
    </message>
    <message>
        <source>Diubah oleh</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Waktu perubahan / penghapusan</source>
        <translation>Time of change / deletion</translation>
    </message>
    <message>
        <source>Waktu perubahan</source>
        <translation>Time of change</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Konflik (%1). Salinan dari %2, dikirim %3. Pilih versi yang dipakai.</source>
        <translation>Conflict (%1). Copy from %2, sent %3. Choose the version to use.</translation>
    </message>
    <message>
        <source>Rekaman baru dari %1; ditambahkan tanpa pertanyaan.</source>
        <translation>New record from %1; added without asking.</translation>
    </message>
    <message>
        <source>Diubah hanya di salinan %1 (di proyek ini tidak berubah); perubahan diambil tanpa pertanyaan.</source>
        <translation>Changed only in the copy from %1 (unchanged in this project); the change is taken without asking.</translation>
    </message>
    <message>
        <source>Dihapus di salinan %1 (di proyek ini tidak berubah); rekaman ditandai terhapus.</source>
        <translation>Deleted in the copy from %1 (unchanged in this project); the record is marked as deleted.</translation>
    </message>
    <message>
        <source>Tidak ada salinan yang dapat digabungkan.</source>
        <translation>There are no copies that can be merged.</translation>
    </message>
    <message numerus="yes">
        <source>%n konflik belum diputuskan.</source>
        <translation>
            <numerusform>%n conflict not yet decided.</numerusform>
            <numerusform>%n conflicts not yet decided.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salinan tidak membawa perubahan baru (mungkin sudah digabungkan sebelumnya).</source>
        <translation>The copy brings no new changes (it may have been merged before).</translation>
    </message>
    <message numerus="yes">
        <source>Semua %n konflik sudah diputuskan.</source>
        <translation>
            <numerusform>The %n conflict has been decided.</numerusform>
            <numerusform>All %n conflicts have been decided.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada konflik.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Pilih salinan yang dikembalikan</source>
        <translation>Choose the returned copies</translation>
    </message>
    <message>
        <source>Proyek PetaKSD (*.ksd)</source>
        <translation>PetaKSD project (*.ksd)</translation>
    </message>
    <message>
        <source>Salinan tidak dapat digabungkan</source>
        <translation>The copy cannot be merged</translation>
    </message>
    <message>
        <source>Kalah oleh salinan lain yang lebih baru</source>
        <translation>Lost to a later copy</translation>
    </message>
    <message>
        <source>tidak diambil</source>
        <translation>not taken</translation>
    </message>
    <message>
        <source>Salinan %1 juga mengubah rekaman ini, tetapi %2 mengubahnya lebih baru (%3): hanya versi %2 yang digabungkan; versi ini dicatat di log penggabungan.</source>
        <translation>The copy from %1 changed this record too, but %2 changed it later (%3): only the version of %2 is merged; this one is recorded in the merge log.</translation>
    </message>
</context>
<context>
    <name>ksd::MergeLogDialog</name>
    <message>
        <source>Log penggabungan</source>
        <translation>Merge log</translation>
    </message>
    <message>
        <source>Belum ada salinan yang digabungkan ke proyek ini.</source>
        <translation>No copies have been merged into this project yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n rekaman diambil, diputuskan atau dicatat saat menggabungkan salinan dari perangkat daerah.</source>
        <translation>
            <numerusform>%n record taken, decided or logged when merging copies from regional agencies.</numerusform>
            <numerusform>%n records taken, decided or logged when merging copies from regional agencies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Berkas salinan</source>
        <translation>Copy file</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>ID rekaman</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 - log penggabungan.csv</source>
        <translation>%1 - merge log.csv</translation>
    </message>
    <message>
        <source>Ekspor log penggabungan</source>
        <translation>Export merge log</translation>
    </message>
    <message>
        <source>CSV untuk Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Log tidak dapat diekspor</source>
        <translation>The log cannot be exported</translation>
    </message>
    <message>
        <source>%1 baris yang lebih lama tidak ditampilkan di sini: baris itu tetap tersimpan di berkas dan ikut diekspor ke CSV.</source>
        <translation>%1 older rows are not shown here: they stay in the file and are exported to CSV with the others.</translation>
    </message>
</context>
<context>
    <name>ksd::MergeSession</name>
    <message>
        <source>Berkas ini sudah dipilih.</source>
        <translation>This file has already been chosen.</translation>
    </message>
    <message>
        <source>Berkas versi lama (versi %1) telah dimutakhirkan; berkas aslinya disimpan sebagai %2.</source>
        <translation>The old-version file (version %1) has been upgraded; the original file is kept as %2.</translation>
    </message>
    <message>
        <source>Gabungkan salinan dari %1</source>
        <translation>Merge copies from %1</translation>
    </message>
    <message>
        <source>Tidak ada proyek yang terbuka.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Proyek berubah sejak pratinjau dibuat; buka lagi Gabungkan salinan.</source>
        <translation>The project has changed since the preview was made; open Merge copies again.</translation>
    </message>
    <message numerus="yes">
        <source>Masih ada %n konflik yang belum diputuskan.</source>
        <translation>
            <numerusform>There is still %n undecided conflict.</numerusform>
            <numerusform>There are still %n undecided conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ksd::MinimapWidget</name>
    <message>
        <source>Ikhtisar peta: klik atau seret untuk berpindah</source>
        <translation>Map overview: click or drag to move</translation>
    </message>
</context>
<context>
    <name>ksd::MonevDashboard</name>
    <message>
        <source>belum dapat dinilai</source>
        <translation>cannot be assessed yet</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Usulan kerja sama yang masuk</source>
        <translation>Cooperation proposals received</translation>
    </message>
    <message>
        <source>Perangkat daerah pengusul</source>
        <translation>Proposing regional agency</translation>
    </message>
    <message>
        <source>Memenuhi kriteria KSD</source>
        <translation>Meets the KSD criteria</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria KSD</source>
        <translation>Does not meet the KSD criteria</translation>
    </message>
    <message>
        <source>kerja sama tanpa kategori</source>
        <translation>uncategorised cooperation</translation>
    </message>
    <message>
        <source>Kategori usulan yang memenuhi kriteria</source>
        <translation>Categories of proposals meeting the criteria</translation>
    </message>
    <message>
        <source>KSDD: %1</source>
        <translation>KSDD: %1</translation>
    </message>
    <message>
        <source>Memerlukan persetujuan DPRD</source>
        <translation>Requires DPRD approval</translation>
    </message>
    <message>
        <source>Memenuhi/tidak memenuhi: dari semua usulan. Kategori dan persetujuan DPRD: dari usulan yang memenuhi kriteria. Kelas KSDD: dari usulan KSDD.</source>
        <translation>Meets/does not meet: of all proposals. Category and DPRD approval: of proposals meeting the criteria. KSDD class: of KSDD proposals.</translation>
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
        <source>Sudah mencapai</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Sisa hari</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Berakhir dalam 6 bulan</source>
        <translation>Ends within 6 months</translation>
    </message>
    <message>
        <source>Kerja sama dalam register</source>
        <translation>Agreements in the register</translation>
    </message>
    <message>
        <source>Berakhir dalam 3 bulan</source>
        <translation>Ends within 3 months</translation>
    </message>
    <message>
        <source>Sudah lewat tanggal berakhir, masih aktif</source>
        <translation>Past the end date, still active</translation>
    </message>
    <message>
        <source>Catatan monev</source>
        <translation>Monitoring records</translation>
    </message>
    <message>
        <source>Rata-rata nilai (1–5)</source>
        <translation>Average score (1–5)</translation>
    </message>
    <message>
        <source>Rekomendasi terakhir: %1</source>
        <translation>Latest recommendation: %1</translation>
    </message>
    <message>
        <source>bagian</source>
        <translation>section</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>line</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>column</translation>
    </message>
    <message>
        <source>nilai</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Dokumen menurut jenis dan mitra</source>
        <translation>Documents by type and partner</translation>
    </message>
    <message>
        <source>Usulan kerja sama</source>
        <translation>Cooperation proposals</translation>
    </message>
    <message>
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Masa berlaku dan monev</source>
        <translation>Validity and monitoring</translation>
    </message>
    <message>
        <source>Kerja sama yang akan berakhir</source>
        <translation>Agreements ending soon</translation>
    </message>
    <message numerus="yes">
        <source>Lewat %n hari, masih %1</source>
        <translation>
            <numerusform>%n day overdue, still %1</numerusform>
            <numerusform>%n days overdue, still %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dalam 3 bulan</source>
        <translation>Within 3 months</translation>
    </message>
    <message>
        <source>Dalam 6 bulan</source>
        <translation>Within 6 months</translation>
    </message>
    <message>
        <source>%1
Siapkan perpanjangan, addendum atau pengakhirannya. Klik untuk memilih kerja sama ini; klik dua kali untuk membukanya.</source>
        <translation>%1
Prepare its extension, addendum or termination. Click to select this agreement; double-click to open it.</translation>
    </message>
</context>
<context>
    <name>ksd::MonevPage</name>
    <message>
        <source>Persiapan</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Penawaran</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Penyusunan KB</source>
        <translation>Drafting KB</translation>
    </message>
    <message>
        <source>Tanda tangan KB</source>
        <translation>Signing KB</translation>
    </message>
    <message>
        <source>Persetujuan DPRD</source>
        <translation>DPRD approval</translation>
    </message>
    <message>
        <source>Penyusunan PKS</source>
        <translation>Drafting PKS</translation>
    </message>
    <message>
        <source>Tanda tangan PKS</source>
        <translation>Signing PKS</translation>
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
        <source>Menghitung angka monev</source>
        <translation>Computing monitoring figures</translation>
    </message>
    <message numerus="yes">
        <source>%n kerja sama berakhir dalam 3 bulan</source>
        <translation>
            <numerusform>%n agreement ends within 3 months</numerusform>
            <numerusform>%n agreements end within 3 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kerja sama sudah lewat tanggal berakhir tetapi masih berstatus aktif</source>
        <translation>
            <numerusform>%n agreement is past its end date but still marked active</numerusform>
            <numerusform>%n agreements are past their end date but still marked active</numerusform>
        </translation>
    </message>
    <message>
        <source>Siapkan perpanjangan, addendum atau pengakhirannya (lihat daftar di bawah).</source>
        <translation>Prepare the extension, addendum or termination (see the list below).</translation>
    </message>
    <message>
        <source>Dokumen menurut jenis dan mitra</source>
        <translation>Documents by type and partner</translation>
    </message>
    <message numerus="yes">
        <source>Kategori %n usulan yang memenuhi kriteria</source>
        <translation>
            <numerusform>Categories of the %n proposal meeting the criteria</numerusform>
            <numerusform>Categories of the %n proposals meeting the criteria</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada usulan yang memenuhi kriteria KSD</source>
        <translation>No proposals meet the KSD criteria yet</translation>
    </message>
    <message>
        <source>Sudah mencapai</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Kerja sama yang sudah mencapai setiap tahap</source>
        <translation>Agreements that have reached each stage</translation>
    </message>
    <message>
        <source>angka-monev-%1.csv</source>
        <translation>monitoring-figures-%1.csv</translation>
    </message>
    <message>
        <source>Ekspor angka monev</source>
        <translation>Export monitoring figures</translation>
    </message>
    <message>
        <source>Berkas CSV untuk Excel (*.csv)</source>
        <translation>CSV file for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Angka monev diekspor ke %1</source>
        <translation>Monitoring figures exported to %1</translation>
    </message>
    <message>
        <source>Monev kerja sama daerah</source>
        <translation>Monitoring and evaluation of regional cooperation</translation>
    </message>
    <message>
        <source>Monev kerja sama daerah — %1</source>
        <translation>Monitoring and evaluation of regional cooperation — %1</translation>
    </message>
    <message>
        <source>Angka per &amp;tanggal:</source>
        <translation>Figures as of &amp;date:</translation>
    </message>
    <message>
        <source>Masa berlaku dihitung dari tanggal ini</source>
        <translation>Validity periods are computed from this date</translation>
    </message>
    <message>
        <source>Ekspor angka…</source>
        <translation>Export figures…</translation>
    </message>
    <message>
        <source>Semua angka di halaman ini ke berkas CSV untuk Excel</source>
        <translation>All figures on this page to a CSV file for Excel</translation>
    </message>
    <message>
        <source>Dokumen kerja sama menurut jenis dan mitra</source>
        <translation>Cooperation documents by type and partner</translation>
    </message>
    <message>
        <source>Usulan kerja sama yang disaring</source>
        <translation>Filtered cooperation proposals</translation>
    </message>
    <message>
        <source>Tahapan kerja sama (Permendagri 22/2020)</source>
        <translation>Cooperation stages (Permendagri 22/2020)</translation>
    </message>
    <message>
        <source>Masa berlaku dan monev</source>
        <translation>Validity and monitoring</translation>
    </message>
    <message>
        <source>Kerja sama yang berakhir dalam 3 dan 6 bulan</source>
        <translation>Agreements ending within 3 and 6 months</translation>
    </message>
    <message>
        <source>Tidak ada kerja sama aktif yang berakhir dalam 6 bulan.</source>
        <translation>No active agreements end within 6 months.</translation>
    </message>
    <message>
        <source>Pembahasan TKKSD</source>
        <translation>TKKSD review</translation>
    </message>
    <message>
        <source>Berlaku (KB)</source>
        <translation>In force (KB)</translation>
    </message>
    <message>
        <source>Persetujuan Pusat</source>
        <translation>Central approval</translation>
    </message>
    <message>
        <source>Penyusunan NK</source>
        <translation>Drafting MoU</translation>
    </message>
    <message>
        <source>Tanda tangan NK</source>
        <translation>MoU signed</translation>
    </message>
    <message>
        <source>Rencana aksi</source>
        <translation>Action plan</translation>
    </message>
</context>
<context>
    <name>ksd::MonevRecordEditor</name>
    <message>
        <source>&amp;Tanggal monev:</source>
        <translation>Monitoring &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Penilai:</source>
        <translation>&amp;Assessor:</translation>
    </message>
    <message>
        <source>&amp;Kendala:</source>
        <translation>&amp;Obstacles:</translation>
    </message>
    <message>
        <source>&amp;Rekomendasi:</source>
        <translation>&amp;Recommendation:</translation>
    </message>
    <message>
        <source>&amp;Nilai keseluruhan (1–5):</source>
        <translation>&amp;Overall score (1–5):</translation>
    </message>
    <message>
        <source>Tambah catatan monev</source>
        <translation>Add monitoring record</translation>
    </message>
    <message>
        <source>Ubah catatan monev</source>
        <translation>Edit monitoring record</translation>
    </message>
    <message>
        <source>Kriteria (0 = tidak dinilai, 1 = sangat kurang … 5 = sangat baik)</source>
        <translation>Criteria (0 = not scored, 1 = very poor … 5 = very good)</translation>
    </message>
    <message>
        <source>tidak dinilai</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Kendala yang ditemui dalam pelaksanaan</source>
        <translation>Obstacles encountered during implementation</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ksd::MoveRegionNodes</name>
    <message>
        <source>Pindahkan simpul %1</source>
        <translation>Move node %1</translation>
    </message>
    <message numerus="yes">
        <source>Pindahkan %n simpul</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ksd::NetworkView</name>
    <message>
        <source>Peta jejaring kerja sama daerah</source>
        <translation>Regional cooperation network map</translation>
    </message>
</context>
<context>
    <name>ksd::NetworkWidget</name>
    <message>
        <source>Geografis</source>
        <translation>Geographic</translation>
    </message>
    <message>
        <source>Jejaring (gaya tarik)</source>
        <translation>Network (force-directed)</translation>
    </message>
    <message>
        <source>Melingkar per provinsi</source>
        <translation>Circular by province</translation>
    </message>
    <message>
        <source>Tata letak peta</source>
        <translation>Map layout</translation>
    </message>
    <message>
        <source>Saring menurut urusan</source>
        <translation>Filter by government affair</translation>
    </message>
    <message>
        <source>Jenis tautan</source>
        <translation>Link type</translation>
    </message>
    <message>
        <source>Saring menurut kelas saran, usulan dan kesepakatan</source>
        <translation>Filter by class of suggestions, proposals and agreements</translation>
    </message>
    <message>
        <source>Klaster multipihak</source>
        <translation>Multi-party clusters</translation>
    </message>
    <message>
        <source>Saring kesepakatan menurut tahap</source>
        <translation>Filter agreements by stage</translation>
    </message>
    <message>
        <source>Semua tahap</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Saring menurut provinsi</source>
        <translation>Filter by province</translation>
    </message>
    <message>
        <source>Perbesar (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Perkecil (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Paskan</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>PNG untuk layar (1920 piksel)…</source>
        <translation>PNG for screen (1920 pixels)…</translation>
    </message>
    <message>
        <source>PNG untuk cetak (A4, 300 dpi)…</source>
        <translation>PNG for print (A4, 300 dpi)…</translation>
    </message>
    <message>
        <source>SVG (vektor)…</source>
        <translation>SVG (vector)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Menghitung saran…</source>
        <translation>Computing suggestions…</translation>
    </message>
    <message>
        <source>Semua urusan</source>
        <translation>All affairs</translation>
    </message>
    <message>
        <source>Semua provinsi</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Gambar vektor SVG (*.svg)</source>
        <translation>SVG vector image (*.svg)</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Ekspor peta</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Rincian: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cari daerah…</source>
        <translation>Find region…</translation>
    </message>
    <message>
        <source>Cari daerah menurut nama atau kode, lalu perbesar ke sana (Ctrl+F)</source>
        <translation>Find a region by name or code and zoom to it (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari daerah</source>
        <translation>Find region</translation>
    </message>
    <message>
        <source>Paskan ke daerah cakupan dan mitranya (0)</source>
        <translation>Fit to the scope regions and their partners (0)</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Ukuran dan warna simpul, legenda, ikhtisar</source>
        <translation>Node size and colour, legend, overview</translation>
    </message>
    <message>
        <source>Ukuran simpul</source>
        <translation>Node size</translation>
    </message>
    <message>
        <source>Menurut jumlah isian</source>
        <translation>By number of entries</translation>
    </message>
    <message>
        <source>Menurut skor saran</source>
        <translation>By suggestion score</translation>
    </message>
    <message>
        <source>Warna simpul</source>
        <translation>Node colour</translation>
    </message>
    <message>
        <source>Menurut jenis daerah</source>
        <translation>By region type</translation>
    </message>
    <message>
        <source>Menurut kebutuhan/potensi</source>
        <translation>By need/potential</translation>
    </message>
    <message>
        <source>Peta ikhtisar</source>
        <translation>Overview map</translation>
    </message>
    <message>
        <source>Ekspor peta ke PNG, SVG atau PDF</source>
        <translation>Export the map to PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>Saring:</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>ksd::NumberEdit</name>
    <message>
        <source>&quot;%1&quot; bukan angka. Tulis misalnya 1.500.000.000 atau 12,5.</source>
        <translation>&quot;%1&quot; is not a number. Write, for example, 1.500.000.000 or 12,5.</translation>
    </message>
</context>
<context>
    <name>ksd::OfferEditor</name>
    <message>
        <source>Catat penawaran masuk</source>
        <translation>Record incoming offer</translation>
    </message>
    <message>
        <source>Ubah penawaran masuk</source>
        <translation>Edit incoming offer</translation>
    </message>
    <message>
        <source>Membebani masyarakat</source>
        <translation>Burdens the public</translation>
    </message>
    <message>
        <source>Pembiayaan sudah dalam APBD</source>
        <translation>Funding already in the APBD</translation>
    </message>
    <message>
        <source>Jenis pengirim:</source>
        <translation>Sender type:</translation>
    </message>
    <message>
        <source>Daerah pengirim:</source>
        <translation>Sender region:</translation>
    </message>
    <message>
        <source>Nama pengirim:</source>
        <translation>Sender name:</translation>
    </message>
    <message>
        <source>Tanggal diterima:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <source>Nomor surat:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <source>Urusan:</source>
        <translation>Affairs:</translation>
    </message>
    <message>
        <source>Hal yang ditawarkan:</source>
        <translation>What is offered:</translation>
    </message>
    <message>
        <source>Uraian:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>PD yang dimintai pendapat:</source>
        <translation>Agency asked for an opinion:</translation>
    </message>
    <message>
        <source>Batas waktu jawaban:</source>
        <translation>Answer deadline:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kelas KSDD: %1</source>
        <translation>KSDD class: %1</translation>
    </message>
</context>
<context>
    <name>ksd::OffersPanel</name>
    <message>
        <source>Tolak penawaran</source>
        <translation>Decline offer</translation>
    </message>
    <message>
        <source>Alasan penolakan (dicatat bersama penawaran):</source>
        <translation>Reason for declining (kept with the offer):</translation>
    </message>
    <message>
        <source>Tidak memenuhi</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Menunggu, lewat batas %1 hari</source>
        <translation>Waiting, %1 days past the deadline</translation>
    </message>
    <message>
        <source>Nomor surat %1</source>
        <translation>Letter number %1</translation>
    </message>
    <message>
        <source>Penawaran masuk: %1, menunggu jawaban %2</source>
        <translation>Incoming offers: %1, awaiting an answer %2</translation>
    </message>
    <message>
        <source>Pilih penawaran lebih dulu.</source>
        <translation>Select an offer first.</translation>
    </message>
    <message>
        <source>Penawaran diterima menjadi usulan &quot;%1&quot; (tabel di atas).</source>
        <translation>Offer accepted as proposal &quot;%1&quot; (table above).</translation>
    </message>
    <message>
        <source>Penawaran ditolak; alasannya dicatat.</source>
        <translation>Offer declined; the reason is recorded.</translation>
    </message>
    <message>
        <source>Tgl. masuk</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Hal yang ditawarkan</source>
        <translation>What is offered</translation>
    </message>
    <message>
        <source>Batas jawaban</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>Penyaringan</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catat penawaran…</source>
        <translation>Record offer…</translation>
    </message>
    <message>
        <source>Terima jadi usulan</source>
        <translation>Accept as proposal</translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ksd::OptionalDateEdit</name>
    <message>
        <source>Kosongkan tanggal</source>
        <translation>Clear date</translation>
    </message>
    <message>
        <source>Tanggal dd/mm/yyyy; klik panah untuk kalender, Delete untuk mengosongkan</source>
        <translation>Date dd/mm/yyyy; click the arrow for a calendar, Delete to clear</translation>
    </message>
</context>
<context>
    <name>ksd::PreferencesDialog</name>
    <message>
        <source>Preferensi</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Bahasa tampilan; berlaku seketika</source>
        <translation>Display language; takes effect immediately</translation>
    </message>
    <message>
        <source>&amp;Nama pengubah:</source>
        <translation>&amp;Editor name:</translation>
    </message>
    <message>
        <source>Nama pengubah</source>
        <translation>Editor name</translation>
    </message>
    <message>
        <source>Dicatat pada setiap rekaman yang Anda ubah. Pada salinan untuk perangkat daerah, nama perangkat daerah itu yang dipakai.</source>
        <translation>Recorded on every record you change. In copies for regional agencies, the name of that agency is used.</translation>
    </message>
    <message>
        <source>&amp;Simpan pemulihan tiap:</source>
        <translation>Save &amp;recovery every:</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <source>tidak pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Salinan pemulihan ditulis selama ada perubahan yang belum disimpan, dan ditawarkan bila aplikasi tertutup tidak wajar</source>
        <translation>A recovery copy is written while there are unsaved changes, and offered if the application closed abnormally</translation>
    </message>
</context>
<context>
    <name>ksd::ProjectActions</name>
    <message>
        <source>&amp;Data proyek…</source>
        <translation>Project &amp;data…</translation>
    </message>
    <message>
        <source>Ubah judul, daerah pemilik dan tahun pemetaan</source>
        <translation>Change the title, owning region and mapping year</translation>
    </message>
    <message>
        <source>&amp;Tambah wilayah ke cakupan…</source>
        <translation>&amp;Add regions to the scope…</translation>
    </message>
    <message>
        <source>Tambah wilayah &amp;berbatasan</source>
        <translation>Add &amp;bordering regions</translation>
    </message>
    <message>
        <source>Tambah wilayah yang berbatasan darat dengan wilayah terpilih di panel Cakupan</source>
        <translation>Add regions that share a land border with the regions selected in the Scope panel</translation>
    </message>
    <message>
        <source>&amp;Keluarkan wilayah dari cakupan</source>
        <translation>&amp;Remove regions from the scope</translation>
    </message>
    <message>
        <source>Tambah &amp;isian</source>
        <translation>Add &amp;entry</translation>
    </message>
    <message>
        <source>Tambah potensi atau kebutuhan baru (Ctrl+Shift+N)</source>
        <translation>Add a new potential or need (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>ksd::ProjectDocument</name>
    <message>
        <source>Tanpa nama</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Proyek ini belum pernah disimpan.</source>
        <translation>This project has never been saved.</translation>
    </message>
    <message>
        <source>Proyek ini dibuka hanya-baca: simpan ke berkas lain dengan &quot;Simpan sebagai&quot;.</source>
        <translation>This project is open read-only: save it to another file with &quot;Save As&quot;.</translation>
    </message>
    <message>
        <source>Proyek sedang disimpan.</source>
        <translation>The project is being saved.</translation>
    </message>
</context>
<context>
    <name>ksd::ProjectInfoDialog</name>
    <message>
        <source>Pemetaan KSD %1 %2</source>
        <translation>KSD mapping %1 %2</translation>
    </message>
    <message>
        <source>Proyek baru</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Data proyek</source>
        <translation>Project data</translation>
    </message>
    <message>
        <source>&amp;Daerah pemilik:</source>
        <translation>&amp;Owning region:</translation>
    </message>
    <message>
        <source>Provinsi, kabupaten atau kota yang melakukan pemetaan. Ketik nama atau kode.</source>
        <translation>The province, regency or city carrying out the mapping. Type a name or code.</translation>
    </message>
    <message>
        <source>Daerah pemilik</source>
        <translation>Owning region</translation>
    </message>
    <message>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Judul proyek</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>Cakupan awal berisi daerah pemilik. Wilayah lain dapat ditambahkan di panel Cakupan.</source>
        <translation>The initial scope contains the owning region. Other regions can be added in the Scope panel.</translation>
    </message>
    <message>
        <source>Daerah pemilik baru otomatis masuk cakupan.</source>
        <translation>A new owning region is added to the scope automatically.</translation>
    </message>
    <message>
        <source>Buat proyek</source>
        <translation>Create project</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ksd::ProjectLock</name>
    <message>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(komputer tidak diketahui)</source>
        <translation>(unknown computer)</translation>
    </message>
    <message>
        <source>(waktu tidak diketahui)</source>
        <translation>(unknown time)</translation>
    </message>
    <message>
        <source>Proyek ini sedang dibuka oleh %1 di %2 sejak %3.</source>
        <translation>This project is open by %1 on %2 since %3.</translation>
    </message>
    <message>
        <source>Berkas kunci %1 tidak dapat ditulis: %2</source>
        <translation>The lock file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Berkas kunci %1 tidak dapat dibuat: %2</source>
        <translation>The lock file %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>Berkas kunci %1 tidak dapat diganti.</source>
        <translation>The lock file %1 cannot be replaced.</translation>
    </message>
</context>
<context>
    <name>ksd::Promotion</name>
    <message>
        <source>urusan %1</source>
        <translation>the %1 affair</translation>
    </message>
    <message>
        <source>Kerja sama %1 antara %2 dan %3</source>
        <translation>Cooperation on %1 between %2 and %3</translation>
    </message>
    <message>
        <source>Kerja sama %1 dengan %2</source>
        <translation>Cooperation of %1 with %2</translation>
    </message>
</context>
<context>
    <name>ksd::PropertiesModel</name>
    <message>
        <source>Usulan: %1</source>
        <translation>Proposal: %1</translation>
    </message>
    <message>
        <source>Diubah %1</source>
        <translation>Changed %1</translation>
    </message>
    <message>
        <source>Diubah %1 oleh %2</source>
        <translation>Changed %1 by %2</translation>
    </message>
    <message>
        <source>Isian data</source>
        <translation>Data entry</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>ksd::ProposalEditor</name>
    <message>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Urusan:</source>
        <translation>&amp;Affair:</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Perangkat &amp;daerah:</source>
        <translation>Regional &amp;agency:</translation>
    </message>
    <message>
        <source>Jenis &amp;kegiatan:</source>
        <translation>Acti&amp;vity type:</translation>
    </message>
    <message>
        <source>Jenis &amp;mitra:</source>
        <translation>&amp;Partner type:</translation>
    </message>
    <message>
        <source>Calon mitra daerah:</source>
        <translation>Prospective partner regions:</translation>
    </message>
    <message>
        <source>Calon mitra lain:</source>
        <translation>Other prospective partners:</translation>
    </message>
    <message>
        <source>&amp;Bentuk yang dituju:</source>
        <translation>&amp;Intended form:</translation>
    </message>
    <message>
        <source>Rp</source>
        <translation>Rp</translation>
    </message>
    <message>
        <source>Perkiraan &amp;biaya:</source>
        <translation>Estimated &amp;cost:</translation>
    </message>
    <message>
        <source>U&amp;raian:</source>
        <translation>Desc&amp;ription:</translation>
    </message>
    <message>
        <source>Judul usulan belum diisi.</source>
        <translation>The proposal title has not been entered.</translation>
    </message>
    <message>
        <source>Urusan belum dipilih (misalnya 2.11 Lingkungan Hidup).</source>
        <translation>No government affair selected (e.g. 2.11 Lingkungan Hidup).</translation>
    </message>
    <message>
        <source>Perkiraan biaya &quot;%1&quot; bukan angka. Tulis misalnya 1.500.000.000.</source>
        <translation>Estimated cost &quot;%1&quot; is not a number. Write, for example, 1.500.000.000.</translation>
    </message>
    <message>
        <source>Usulan belum dapat disimpan:</source>
        <translation>The proposal cannot be saved yet:</translation>
    </message>
    <message>
        <source>✔ Memenuhi kriteria KSD</source>
        <translation>✔ Meets the KSD criteria</translation>
    </message>
    <message>
        <source>✘ Tidak memenuhi kriteria KSD</source>
        <translation>✘ Does not meet the KSD criteria</translation>
    </message>
    <message>
        <source>Bukan kerja sama daerah</source>
        <translation>Not regional cooperation</translation>
    </message>
    <message>
        <source>kelas belum dapat dinilai (calon mitra daerah belum diisi)</source>
        <translation>class cannot be assessed yet (prospective partner regions not entered)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kategori:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Category:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alasan:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Reason:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Persetujuan DPRD:&lt;/b&gt; diperlukan. %1</source>
        <translation>&lt;b&gt;DPRD approval:&lt;/b&gt; required. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Persetujuan DPRD:&lt;/b&gt; tidak diperlukan. %1</source>
        <translation>&lt;b&gt;DPRD approval:&lt;/b&gt; not required. %1</translation>
    </message>
    <message>
        <source> (tipe %1)</source>
        <translation> (type %1)</translation>
    </message>
    <message>
        <source>Perlu kajian hukum (tipe C tidak disebut Permendagri 22/2020).</source>
        <translation>Needs legal review (type C is not listed in Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catatan:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Note:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Buat usulan kerja sama</source>
        <translation>Create cooperation proposal</translation>
    </message>
    <message>
        <source>Ubah usulan kerja sama</source>
        <translation>Edit cooperation proposal</translation>
    </message>
    <message>
        <source>Satu nama per baris: perusahaan, perguruan tinggi, kementerian/lembaga…</source>
        <translation>One name per line: companies, universities, ministries/agencies…</translation>
    </message>
    <message>
        <source>mis. 1.500.000.000; kosong = belum diketahui</source>
        <translation>e.g. 1.500.000.000; empty = unknown</translation>
    </message>
    <message>
        <source>Sudah dianggarkan dalam APBD tahun berjalan</source>
        <translation>Already budgeted in the current year&apos;s APBD</translation>
    </message>
    <message>
        <source>Membebani masyarakat</source>
        <translation>Burdens the public</translation>
    </message>
    <message>
        <source>mis. TPA Regional Banjarbakula</source>
        <translation>e.g. TPA Regional Banjarbakula</translation>
    </message>
    <message>
        <source>Buat usulan</source>
        <translation>Create proposal</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Penyaringan kriteria KSD (PP 28/2018)</source>
        <translation>KSD criteria screening (PP 28/2018)</translation>
    </message>
    <message>
        <source>Berasal dari saran: %1</source>
        <translation>From suggestion: %1</translation>
    </message>
    <message>
        <source>Penjelasan mesin saran (hanya baca):</source>
        <translation>Suggestion engine&apos;s explanation (read-only):</translation>
    </message>
</context>
<context>
    <name>ksd::ProposalsModel</name>
    <message>
        <source>Layak</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Tidak layak</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Kriteria KSD</source>
        <translation>KSD criteria</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hasil penyaringan terhadap kriteria kerja sama daerah (PP 28/2018)</source>
        <translation>Result of screening against the regional cooperation criteria (PP 28/2018)</translation>
    </message>
    <message>
        <source>Kategori kerja sama menurut jenis mitra; untuk KSDD juga wajib atau sukarela</source>
        <translation>Cooperation category by partner type; for KSDD also mandatory or voluntary</translation>
    </message>
</context>
<context>
    <name>ksd::ProposalsPage</name>
    <message numerus="yes">
        <source>%n usulan</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dari %n usulan</source>
        <translation>
            <numerusform>%1 of %n proposal</numerusform>
            <numerusform>%1 of %n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah usulan</source>
        <translation>Add proposal</translation>
    </message>
    <message>
        <source>Tambah usulan kerja sama baru</source>
        <translation>Add a new cooperation proposal</translation>
    </message>
    <message>
        <source>Tabel usulan</source>
        <translation>Proposals table</translation>
    </message>
</context>
<context>
    <name>ksd::RecordTablePage</name>
    <message numerus="yes">
        <source>%n rekaman dihapus. Urungkan dengan Ctrl+Z.</source>
        <translation>
            <numerusform>%n record deleted. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n records deleted. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cari… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari di tabel</source>
        <translation>Search in the table</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus baris yang dipilih (Delete). Dapat diurungkan.</source>
        <translation>Delete the selected rows (Delete). Can be undone.</translation>
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
        <source>Baris daftar batas laut tidak lengkap.</source>
        <translation>A row of the sea-border list is incomplete.</translation>
    </message>
    <message>
        <source>Pasangan batas laut %1–%2 tidak dikenal: kedua kode harus ada dan setingkat.</source>
        <translation>Unknown sea-border pair %1–%2: both codes must exist and be of the same level.</translation>
    </message>
</context>
<context>
    <name>ksd::RegionCodesEdit</name>
    <message>
        <source>kode wilayah, dipisah koma: 63.71, 63.72</source>
        <translation>region codes, comma-separated: 63.71, 63.72</translation>
    </message>
    <message>
        <source>Pilih wilayah…</source>
        <translation>Choose regions…</translation>
    </message>
    <message>
        <source>Pilih wilayah dari daftar menurut nama</source>
        <translation>Choose regions from the list by name</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
</context>
<context>
    <name>ksd::RegionListEdit</name>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ketik nama atau kode daerah…</source>
        <translation>Type a region name or code…</translation>
    </message>
    <message>
        <source>Daerah calon mitra; pilih lalu Hapus untuk mengeluarkan</source>
        <translation>Prospective partner regions; select one and press Delete to remove it</translation>
    </message>
</context>
<context>
    <name>ksd::RegionPickerDialog</name>
    <message numerus="yes">
        <source>%n wilayah dipilih.</source>
        <translation>
            <numerusform>%n region selected.</numerusform>
            <numerusform>%n regions selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ketik nama, kode wilayah atau nama provinsi. Pilih beberapa dengan Ctrl atau Shift.</source>
        <translation>Type a name, region code or province name. Select several with Ctrl or Shift.</translation>
    </message>
    <message>
        <source>Tambah wilayah ke cakupan</source>
        <translation>Add regions to the scope</translation>
    </message>
    <message>
        <source>Cari: Banjar, 63.03, Kalimantan Selatan…</source>
        <translation>Search: Banjar, 63.03, Kalimantan Selatan…</translation>
    </message>
    <message>
        <source>Cari wilayah</source>
        <translation>Search regions</translation>
    </message>
    <message>
        <source>Daftar wilayah</source>
        <translation>Region list</translation>
    </message>
    <message>
        <source>Tambahkan</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Pilih wilayah terdampak eksternalitas</source>
        <translation>Choose the regions affected by the externality</translation>
    </message>
    <message>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>ksd::Register</name>
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
        <source>Daerah lain</source>
        <translation>Other regions</translation>
    </message>
    <message>
        <source>Pihak ketiga</source>
        <translation>Third party</translation>
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
        <source>Mitra %1, kelas %2: %3</source>
        <translation>Partner %1, class %2: %3</translation>
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
        <source>Persetujuan DPRD tidak diperlukan untuk kerja sama ini (tidak membebani masyarakat dan pembiayaannya sudah dianggarkan dalam APBD; PP 28/2018), sehingga tahap ini dilewati.</source>
        <translation>DPRD approval is not required for this agreement (it places no burden on the public and its funding is already budgeted in the APBD; PP 28/2018), so this stage is skipped.</translation>
    </message>
    <message>
        <source>Persetujuan DPRD diperlukan (kerja sama membebani masyarakat dan/atau pembiayaannya belum dianggarkan dalam APBD; PP 28/2018): tahap &quot;%1&quot; tidak dapat dilewati.</source>
        <translation>DPRD approval is required (the cooperation places a burden on the public and/or its funding has not been budgeted in the APBD; PP 28/2018): stage &quot;%1&quot; cannot be skipped.</translation>
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
    <message>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Mitra %1: pasangan tipe C, perlu kajian hukum (tidak disebut dalam Permendagri 22/2020).</source>
        <translation>Partner %1: type C pair, needs legal review (not named in Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Mitra %1: kewenangan belum diperiksa; sebutkan layanannya dalam judul usulan.</source>
        <translation>Partner %1: authority not checked; name the service in the proposal title.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: %1</source>
        <translation>File not found: %1</translation>
    </message>
    <message>
        <source>Utuh</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Berubah (hash tidak cocok)</source>
        <translation>Altered (hash does not match)</translation>
    </message>
    <message>
        <source>Berkas tidak ada</source>
        <translation>File missing</translation>
    </message>
    <message>
        <source>Belum ada hash</source>
        <translation>No hash yet</translation>
    </message>
    <message>
        <source>… dan %1 kerja sama lain ditandai perlu ditinjau (lihat catatan tinjauan pada setiap kerja sama).</source>
        <translation>… and %1 more cooperation(s) marked for review (see the review note of each).</translation>
    </message>
    <message>
        <source>Kerja sama &quot;%1&quot;: %2</source>
        <translation>Cooperation &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Penawaran &quot;%1&quot; sudah dihapus.</source>
        <translation>Offer &quot;%1&quot; was deleted.</translation>
    </message>
    <message>
        <source>Penawaran &quot;%1&quot; sudah dijawab (%2).</source>
        <translation>Offer &quot;%1&quot; was already answered (%2).</translation>
    </message>
    <message>
        <source>Dari penawaran %1 nomor %2.</source>
        <translation>From the offer of %1, number %2.</translation>
    </message>
    <message>
        <source>Alasan penolakan penawaran &quot;%1&quot; belum diisi.</source>
        <translation>The reason for declining offer &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>Daerah pengirim penawaran belum diisi.</source>
        <translation>The sending region of the offer is missing.</translation>
    </message>
    <message>
        <source>Kode wilayah pengirim &quot;%1&quot; tidak dikenal.</source>
        <translation>Unknown sender region code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nama pengirim penawaran belum diisi.</source>
        <translation>The sender&apos;s name is missing.</translation>
    </message>
    <message>
        <source>Hal yang ditawarkan belum diisi.</source>
        <translation>What is offered is missing.</translation>
    </message>
    <message>
        <source>Tanggal penawaran diterima belum diisi.</source>
        <translation>The date the offer was received is missing.</translation>
    </message>
    <message>
        <source>Batas waktu jawaban (%1) lebih awal daripada tanggal diterima (%2).</source>
        <translation>The answer deadline (%1) is earlier than the date received (%2).</translation>
    </message>
    <message>
        <source>Alasan penolakan belum diisi.</source>
        <translation>The reason for declining is missing.</translation>
    </message>
    <message>
        <source>Kesepakatan bersama KSDD/KSDPK (Permendagri 22/2020)</source>
        <translation>Joint agreement KSDD/KSDPK (Permendagri 22/2020)</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama KSDD/KSDPK (Permendagri 22/2020)</source>
        <translation>Cooperation agreement KSDD/KSDPK (Permendagri 22/2020)</translation>
    </message>
    <message>
        <source>Nota kesepakatan sinergi dengan kementerian/lembaga</source>
        <translation>Sinergi memorandum of understanding with a ministry or agency</translation>
    </message>
    <message>
        <source>Kesepakatan bersama dengan pihak luar negeri (Permendagri 25/2020)</source>
        <translation>Joint agreement with a foreign party (Permendagri 25/2020)</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama dengan pihak luar negeri (Permendagri 25/2020)</source>
        <translation>Cooperation agreement with a foreign party (Permendagri 25/2020)</translation>
    </message>
    <message>
        <source>Addendum (setingkat dokumen yang diubah)</source>
        <translation>Addendum (at the level of the document it changes)</translation>
    </message>
    <message>
        <source>%1 (bila diperlukan)</source>
        <translation>%1 (when required)</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tidak termasuk prosedur %2; dipetakan ke langkah terdekat &quot;%3&quot;. Periksa tahapnya. Langkah prosedur ini: %4.</source>
        <translation>Stage &quot;%1&quot; is not part of the procedure %2; mapped to the nearest step &quot;%3&quot;. Check the stage. Steps of this procedure: %4.</translation>
    </message>
    <message>
        <source>Riwayat tahapan tidak sesuai urutan prosedur %1 dan telah disesuaikan. Periksa riwayatnya. Langkah prosedur ini: %2.</source>
        <translation>The stage history did not follow the order of the procedure %1 and was adjusted. Check the history. Steps of this procedure: %2.</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tidak termasuk prosedur %2 (%3). Langkah yang berlaku: %4.</source>
        <translation>Stage &quot;%1&quot; is not part of the procedure %2 (%3). Its steps: %4.</translation>
    </message>
    <message>
        <source>Tahap tidak dapat mundur: kerja sama sudah pada tahap &quot;%1&quot;, sedangkan &quot;%2&quot; adalah tahap sebelumnya (prosedur %3).</source>
        <translation>A stage cannot go back: the cooperation is at &quot;%1&quot;, and &quot;%2&quot; comes before it (procedure %3).</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tidak dapat dilewati pada prosedur %2: lalui tahap itu lebih dulu. Dasar: %3</source>
        <translation>Stage &quot;%1&quot; cannot be passed over in the procedure %2: go through it first. Basis: %3</translation>
    </message>
    <message>
        <source>Prosedur %1: %2.</source>
        <translation>Procedure %1: %2.</translation>
    </message>
    <message>
        <source>Persetujuan DPRD hanya dilalui bila diperlukan (membebani masyarakat dan/atau belum dianggarkan dalam APBD).</source>
        <translation>DPRD approval only when required (it burdens the public and/or is not yet budgeted in the APBD).</translation>
    </message>
    <message>
        <source>Pembahasan TKKSD dan penawaran dilewati bila PKS mengacu pada kesepakatan bersama yang tercatat.</source>
        <translation>The TKKSD review and the offer are passed over when the PKS implements a recorded joint agreement.</translation>
    </message>
    <message>
        <source>%1 tanpa tanggal berakhir: jangka waktu kerja sama paling lama %2 tahun kecuali dasar pengecualiannya dicatat (misalnya KPBU atau pemanfaatan BMD). %3</source>
        <translation>%1 without an end date: a cooperation runs at most %2 years unless an exception basis is recorded (for example a KPBU or the use of regional assets). %3</translation>
    </message>
    <message>
        <source>Jangka waktu %1 (%2 s.d. %3) lebih dari %4 tahun tanpa dasar pengecualian yang dicatat (misalnya KPBU atau pemanfaatan BMD). %5</source>
        <translation>The term of the %1 (%2 to %3) is over %4 years with no exception basis recorded (for example a KPBU or the use of regional assets). %5</translation>
    </message>
    <message>
        <source>Tahap &quot;%1&quot; tercatat sesudah &quot;%2&quot;: urutan tahap tidak sesuai prosedur %3.</source>
        <translation>Stage &quot;%1&quot; is recorded after &quot;%2&quot;: the order does not follow the procedure %3.</translation>
    </message>
    <message>
        <source>Perlu ditinjau: %1</source>
        <translation>To review: %1</translation>
    </message>
    <message>
        <source>Hanya perjanjian kerja sama (PKS) yang mengacu pada kesepakatan bersama.</source>
        <translation>Only a cooperation agreement (PKS) implements a joint agreement.</translation>
    </message>
    <message>
        <source>Kesepakatan bersama yang diacu PKS ini tidak ada (lagi) dalam register.</source>
        <translation>The joint agreement this PKS implements is not (or no longer) in the register.</translation>
    </message>
    <message>
        <source>Pembacaan lampiran dibatalkan.</source>
        <translation>Reading the attachment was cancelled.</translation>
    </message>
    <message>
        <source>Folder sementara untuk lampiran tidak dapat dibuat.</source>
        <translation>The temporary folder for attachments cannot be created.</translation>
    </message>
    <message>
        <source>Salinan sementara lampiran tidak dapat dibuat: %1</source>
        <translation>The temporary copy of the attachment cannot be created: %1</translation>
    </message>
    <message>
        <source>Salinan sementara lampiran tidak dapat ditulis: %1</source>
        <translation>The temporary copy of the attachment cannot be written: %1</translation>
    </message>
    <message>
        <source>Salinan sementara lampiran tidak dapat dibaca: %1</source>
        <translation>The temporary copy of the attachment cannot be read: %1</translation>
    </message>
    <message>
        <source>Salinan sementara lampiran terpotong.</source>
        <translation>The temporary copy of the attachment is cut short.</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat dibaca dari berkas proyek: %1</source>
        <translation>The attachment cannot be read from the project file: %1</translation>
    </message>
    <message>
        <source>baris %1 tidak ada lagi</source>
        <translation>row %1 no longer exists</translation>
    </message>
    <message>
        <source>berkas itu tidak lagi memuat dokumen ini (baris %1)</source>
        <translation>that file no longer holds this document (row %1)</translation>
    </message>
    <message>
        <source>Melampirkan &quot;%1&quot; dibatalkan.</source>
        <translation>Attaching &quot;%1&quot; was cancelled.</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; bertambah besar saat dibaca.</source>
        <translation>The file &quot;%1&quot; grew while it was being read.</translation>
    </message>
</context>
<context>
    <name>ksd::RegisterActions</name>
    <message>
        <source>Monev</source>
        <translation>Monitoring and evaluation</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Jadikan kerja sama</source>
        <translation>Make agreement</translation>
    </message>
    <message>
        <source>Usulan &quot;%1&quot; sudah dijadikan kerja sama &quot;%2&quot;.</source>
        <translation>Proposal &quot;%1&quot; has already been turned into agreement &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Buka kerja sama itu</source>
        <translation>Open that agreement</translation>
    </message>
    <message>
        <source>Buat kerja sama lain</source>
        <translation>Create another agreement</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Catatan monev: %1</source>
        <translation>Monitoring record: %1</translation>
    </message>
    <message>
        <source>Catatan monev</source>
        <translation>Monitoring records</translation>
    </message>
    <message>
        <source>Berkas CSV dari Excel (*.csv *.txt);;Semua berkas (*)</source>
        <translation>CSV file from Excel (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 %2 diimpor dari %3 (dapat dibatalkan dengan Urungkan)</source>
        <translation>%1 %2 imported from %3 (can be reverted with Undo)</translation>
    </message>
    <message>
        <source>Buat &amp;usulan…</source>
        <translation>Create &amp;proposal…</translation>
    </message>
    <message>
        <source>Usulan kerja sama baru, disaring langsung terhadap kriteria KSD</source>
        <translation>New cooperation proposal, screened directly against the KSD criteria</translation>
    </message>
    <message>
        <source>Ubah usulan…</source>
        <translation>Edit proposal…</translation>
    </message>
    <message>
        <source>&amp;Jadikan kerja sama…</source>
        <translation>Ma&amp;ke agreement…</translation>
    </message>
    <message>
        <source>Usulan yang dipilih menjadi kerja sama (KB, PKS atau NK) dengan tautan ke usulannya</source>
        <translation>Turns the selected proposal into an agreement (KB, PKS or NK) linked to its proposal</translation>
    </message>
    <message>
        <source>&amp;Kerja sama baru…</source>
        <translation>&amp;New agreement…</translation>
    </message>
    <message>
        <source>Catat kerja sama yang sudah ada (data lama) langsung ke register</source>
        <translation>Record an existing agreement (legacy data) directly in the register</translation>
    </message>
    <message>
        <source>Ubah kerja sama…</source>
        <translation>Edit agreement…</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Isian dari CSV…</source>
        <translation>Entries from CSV…</translation>
    </message>
    <message>
        <source>Usulan dari CSV…</source>
        <translation>Proposals from CSV…</translation>
    </message>
    <message>
        <source>Kerja sama dari CSV…</source>
        <translation>Agreements from CSV…</translation>
    </message>
    <message>
        <source>Catat &amp;monev…</source>
        <translation>Record &amp;monitoring…</translation>
    </message>
    <message>
        <source>Tambah catatan monev untuk kerja sama yang dipilih</source>
        <translation>Add a monitoring record for the selected agreement</translation>
    </message>
    <message>
        <source>Buka proyek lebih dulu.</source>
        <translation>Open a project first.</translation>
    </message>
    <message>
        <source>Pilih satu usulan pada tab Usulan.</source>
        <translation>Select one proposal on the Proposals tab.</translation>
    </message>
    <message>
        <source>Pilih satu kerja sama pada tab Kerja Sama.</source>
        <translation>Select one agreement on the Agreements tab.</translation>
    </message>
    <message>
        <source>Buka usulan yang dipilih di penyunting</source>
        <translation>Open the selected proposal in the editor</translation>
    </message>
    <message>
        <source>Buka kerja sama yang dipilih di penyunting</source>
        <translation>Open the selected agreement in the editor</translation>
    </message>
    <message>
        <source>Perpanjang kerja sama</source>
        <translation>Extend cooperation</translation>
    </message>
    <message>
        <source>Perpanjangan melalui prosedur lagi: kerja sama baru yang tertaut dibuat pada tahap awal dan kerja sama lama diakhiri</source>
        <translation>An extension goes through the procedure again: a new linked cooperation is created at the first step and the old one ends</translation>
    </message>
    <message>
        <source>Penawaran masuk dari CSV…</source>
        <translation>Incoming offers from CSV…</translation>
    </message>
    <message>
        <source>Perpanjang kerja sama…</source>
        <translation>Extend cooperation…</translation>
    </message>
</context>
<context>
    <name>ksd::ReportActions</name>
    <message>
        <source>Ekspor &amp;laporan…</source>
        <translation>Export repor&amp;t…</translation>
    </message>
    <message>
        <source>Membuat laporan hasil pemetaan (PDF A4) dengan pratinjau dan pencetakan</source>
        <translation>Creates the mapping report (PDF, A4) with preview and printing</translation>
    </message>
    <message>
        <source>%1-laporan.pdf</source>
        <translation>%1-report.pdf</translation>
    </message>
    <message>
        <source>Laporan disimpan.</source>
        <translation>Report saved.</translation>
    </message>
</context>
<context>
    <name>ksd::ReportExportDialog</name>
    <message>
        <source>Ekspor laporan hasil pemetaan</source>
        <translation>Export mapping report</translation>
    </message>
    <message>
        <source>Bagian laporan</source>
        <translation>Report sections</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Indonesian (Bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Bahasa Inggris (English)</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message numerus="yes">
        <source>Seluruh cakupan proyek (%n daerah)</source>
        <translation>
            <numerusform>Whole project scope (%n region)</numerusform>
            <numerusform>Whole project scope (%n regions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hanya %1</source>
        <translation>Only %1</translation>
    </message>
    <message numerus="yes">
        <source>Provinsi %1 (%n daerah)</source>
        <translation>
            <numerusform>%1 Province (%n region)</numerusform>
            <numerusform>%1 Province (%n regions)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cakupan:</source>
        <translation>S&amp;cope:</translation>
    </message>
    <message>
        <source>&amp;Tanggal laporan:</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <source>Bagian Pemerintahan Sekretariat Daerah</source>
        <translation>Government Division, Regional Secretariat</translation>
    </message>
    <message>
        <source>&amp;Disusun oleh:</source>
        <translation>Prepared &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Pratinjau…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>C&amp;etak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Menghitung saran kerja sama…</source>
        <translation>Computing suggested cooperation…</translation>
    </message>
    <message>
        <source>Menulis laporan %1…</source>
        <translation>Writing report %1…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Laporan tidak dapat ditulis</source>
        <translation>The report cannot be written</translation>
    </message>
    <message>
        <source>laporan-pemetaan-ksd.pdf</source>
        <translation>ksd-mapping-report.pdf</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Laporan tidak dapat dicetak</source>
        <translation>The report cannot be printed</translation>
    </message>
    <message>
        <source>Pratinjau laporan</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Laporan A4 untuk kepala daerah, DPRD dan provinsi: ringkasan, rekomendasi, dasar hukum, peta, saran kerja sama, profil daerah dan register; sebagai PDF, atau sebagai dokumen OpenDocument (.odt) yang dapat disunting sebelum ditandatangani.</source>
        <translation>An A4 report for the regional head, the DPRD and the province: summary, recommendations, legal basis, map, suggested cooperation, region profiles and register; as a PDF, or as an OpenDocument text (.odt) to edit before it is signed.</translation>
    </message>
    <message>
        <source>PDF/A-1b untuk arsip</source>
        <translation>PDF/A-1b for archiving</translation>
    </message>
    <message>
        <source>Berkas PDF sesuai ISO 19005-1 (PDF/A-1b) untuk disimpan dalam arsip jangka panjang.</source>
        <translation>A PDF file conforming to ISO 19005-1 (PDF/A-1b), for long-term archiving.</translation>
    </message>
    <message>
        <source>&amp;Simpan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Menyimpan laporan sebagai PDF, atau sebagai dokumen OpenDocument (.odt) yang dapat disunting sebelum ditandatangani.</source>
        <translation>Saves the report as a PDF, or as an OpenDocument text (.odt) that can be edited before it is signed.</translation>
    </message>
    <message>
        <source>Dokumen OpenDocument yang dapat disunting (*.odt)</source>
        <translation>Editable OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>ksd::ReportOdtWriter</name>
    <message>
        <source>Berkas tidak dapat ditulis: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>ksd::ReportText</name>
    <message>
        <source>Sampul</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Ringkasan dan rekapitulasi</source>
        <translation>Summary and recapitulation</translation>
    </message>
    <message>
        <source>Dasar hukum dan metode</source>
        <translation>Legal basis and method</translation>
    </message>
    <message>
        <source>Peta jejaring kerja sama</source>
        <translation>Cooperation network map</translation>
    </message>
    <message>
        <source>Kerja sama wajib</source>
        <translation>Mandatory cooperation</translation>
    </message>
    <message>
        <source>Kerja sama sukarela</source>
        <translation>Voluntary cooperation</translation>
    </message>
    <message>
        <source>Klaster dan rujukan ke provinsi</source>
        <translation>Clusters and referrals to the province</translation>
    </message>
    <message>
        <source>Matriks potensi dan kebutuhan</source>
        <translation>Matrix of potentials and needs</translation>
    </message>
    <message>
        <source>Profil daerah</source>
        <translation>Region profiles</translation>
    </message>
    <message>
        <source>Register kerja sama</source>
        <translation>Cooperation register</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <source>Daftar bagian laporan kosong.</source>
        <translation>The list of report sections is empty.</translation>
    </message>
    <message>
        <source>Bagian laporan &quot;%1&quot; tidak dikenal; pilih dari: %2.</source>
        <translation>Report section &quot;%1&quot; is unknown; choose from: %2.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(lanjutan)</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <source>Provinsi %1</source>
        <translation>%1 Province</translation>
    </message>
    <message>
        <source>berbatasan</source>
        <translation>bordering</translation>
    </message>
    <message numerus="yes">
        <source>%Ln langkah batas, %1 km</source>
        <translation>
            <numerusform>%Ln border step, %1 km</numerusform>
            <numerusform>%Ln border steps, %1 km</numerusform>
        </translation>
    </message>
    <message>
        <source>tidak terhubung darat, %1 km</source>
        <translation>no land connection, %1 km</translation>
    </message>
    <message>
        <source>eksternalitas: %1, efisiensi: %2</source>
        <translation>externality: %1, efficiency: %2</translation>
    </message>
    <message>
        <source>potensi %1 untuk kebutuhan %2</source>
        <translation>potential %1 for need %2</translation>
    </message>
    <message>
        <source>kebutuhan lintas batas bersama</source>
        <translation>shared cross-border need</translation>
    </message>
    <message>
        <source>sudah ada kerja sama aktif</source>
        <translation>active cooperation already exists</translation>
    </message>
    <message>
        <source>%1 dan %2</source>
        <comment>list: the items before, the last item</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Sinergi</source>
        <translation>Synergy</translation>
    </message>
    <message>
        <source>tanpa kategori</source>
        <translation>uncategorised</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kesepakatan bersama</source>
        <translation>
            <numerusform>%Ln joint agreement</numerusform>
            <numerusform>%Ln joint agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perjanjian kerja sama</source>
        <translation>
            <numerusform>%Ln cooperation agreement</numerusform>
            <numerusform>%Ln cooperation agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln nota kesepakatan</source>
        <translation>
            <numerusform>%Ln memorandum of understanding</numerusform>
            <numerusform>%Ln memoranda of understanding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln addendum</source>
        <translation>
            <numerusform>%Ln addendum</numerusform>
            <numerusform>%Ln addenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dengan daerah lain</source>
        <translation>
            <numerusform>%Ln with another region</numerusform>
            <numerusform>%Ln with other regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dengan pihak ketiga</source>
        <translation>
            <numerusform>%Ln with a third party</numerusform>
            <numerusform>%Ln with third parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sinergi dengan kementerian/lembaga</source>
        <translation>
            <numerusform>%Ln synergy with a ministry/agency</numerusform>
            <numerusform>%Ln synergies with ministries/agencies</numerusform>
        </translation>
    </message>
    <message>
        <source>LAMPIRAN %1</source>
        <translation>APPENDIX %1</translation>
    </message>
    <message>
        <source>BAB %1</source>
        <translation>CHAPTER %1</translation>
    </message>
    <message>
        <source>Tabel %1. %2</source>
        <translation>Table %1. %2</translation>
    </message>
    <message>
        <source>Gambar %1. %2</source>
        <translation>Figure %1. %2</translation>
    </message>
    <message>
        <source>Tidak ada data.</source>
        <translation>No data.</translation>
    </message>
    <message>
        <source>Laporan Hasil Pemetaan Kerja Sama Daerah %1 Tahun %2</source>
        <translation>Regional Cooperation Mapping Report for %1, %2</translation>
    </message>
    <message>
        <source>Bagian Pemerintahan Sekretariat Daerah %1</source>
        <translation>Government Division, Regional Secretariat of %1</translation>
    </message>
    <message>
        <source>kerja sama daerah; KSD; KSDD; pemetaan; %1</source>
        <translation>regional cooperation; KSD; KSDD; mapping; %1</translation>
    </message>
    <message>
        <source>Laporan Hasil Pemetaan KSD · %1 %2</source>
        <translation>KSD Mapping Report · %1 %2</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Daftar Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>PEMERINTAH PROVINSI %1</source>
        <translation>PROVINCIAL GOVERNMENT OF %1</translation>
    </message>
    <message>
        <source>PEMERINTAH %1</source>
        <translation>GOVERNMENT OF %1</translation>
    </message>
    <message>
        <source>LAPORAN HASIL PEMETAAN</source>
        <translation>MAPPING REPORT</translation>
    </message>
    <message>
        <source>Kerja Sama Daerah</source>
        <translation>Regional Cooperation</translation>
    </message>
    <message>
        <source>Provinsi %1 · kode wilayah %2</source>
        <translation>%1 Province · region code %2</translation>
    </message>
    <message>
        <source>Kode wilayah %1</source>
        <translation>Region code %1</translation>
    </message>
    <message>
        <source>Tahun %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Disusun oleh</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Disusun dengan PetaKSD berdasarkan data isian perangkat daerah, data rujukan wilayah Kepmendagri 300.2.2-2430/2025 dan peraturan kerja sama daerah yang berlaku.</source>
        <translation>Prepared with PetaKSD from the entries of the regional agencies (perangkat daerah), the region reference data of Kepmendagri 300.2.2-2430/2025 and the regional cooperation regulations in force.</translation>
    </message>
    <message>
        <source>Ringkasan Hasil Pemetaan</source>
        <translation>Summary of Mapping Results</translation>
    </message>
    <message numerus="yes">
        <source>%Ln daerah</source>
        <translation>
            <numerusform>%Ln region</numerusform>
            <numerusform>%Ln regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln isian</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perangkat daerah</source>
        <translation>
            <numerusform>%Ln regional agency</numerusform>
            <numerusform>%Ln regional agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln potensi</source>
        <translation>
            <numerusform>%Ln potential</numerusform>
            <numerusform>%Ln potentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kebutuhan/permasalahan</source>
        <translation>
            <numerusform>%Ln need/problem</numerusform>
            <numerusform>%Ln needs/problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln urusan</source>
        <translation>
            <numerusform>%Ln government affair</numerusform>
            <numerusform>%Ln government affairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln klaster</source>
        <translation>
            <numerusform>%Ln cluster</numerusform>
            <numerusform>%Ln clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 usulan, %2 memenuhi kriteria</source>
        <translation>%1 proposals, %2 meeting the criteria</translation>
    </message>
    <message>
        <source>Belum ada dokumen kerja sama dalam register.</source>
        <translation>There are no cooperation documents in the register yet.</translation>
    </message>
    <message>
        <source>Isian potensi dan kebutuhan</source>
        <translation>Entries of potentials and needs</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Affair</translation>
    </message>
    <message>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Kebutuhan</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Belum ada isian potensi atau kebutuhan untuk daerah dalam cakupan.</source>
        <translation>There are no entries of potentials or needs for the regions in scope yet.</translation>
    </message>
    <message>
        <source>Saran kerja sama menurut kelas</source>
        <translation>Suggested cooperation by class</translation>
    </message>
    <message>
        <source>Saran kerja sama belum dihitung untuk laporan ini.</source>
        <translation>Suggested cooperation has not been computed for this report.</translation>
    </message>
    <message>
        <source>Setiap pasangan daerah dan urusan yang potensinya bertemu kebutuhan, atau yang sama-sama mempunyai kebutuhan lintas batas, dinilai dengan aturan yang diuraikan pada bagian dasar hukum dan metode.</source>
        <translation>Every pair of regions and government affair where a potential meets a need, or where both have a cross-border need, is assessed with the rules described in the section on legal basis and method.</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Persentase</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Tidak ada saran kerja sama.</source>
        <translation>No suggested cooperation.</translation>
    </message>
    <message>
        <source>Usulan kerja sama</source>
        <translation>Cooperation proposals</translation>
    </message>
    <message>
        <source>Belum ada usulan kerja sama yang dicatat.</source>
        <translation>No cooperation proposals have been recorded yet.</translation>
    </message>
    <message>
        <source>Dari %1 usulan yang masuk, %2 (%3) memenuhi kriteria kerja sama daerah.</source>
        <translation>Of the %1 proposals received, %2 (%3) meet the regional cooperation criteria.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln usulan tidak memenuhi kriteria karena bukan kerja sama</source>
        <translation>
            <numerusform>%Ln proposal does not meet the criteria because it is not cooperation</numerusform>
            <numerusform>%Ln proposals do not meet the criteria because they are not cooperation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln usulan memerlukan persetujuan DPRD.</source>
        <translation>
            <numerusform>%Ln proposal requires DPRD approval.</numerusform>
            <numerusform>%Ln proposals require DPRD approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usulan yang memenuhi kriteria menurut kategori</source>
        <translation>Proposals meeting the criteria by category</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Tidak ada usulan yang memenuhi kriteria.</source>
        <translation>No proposals meet the criteria.</translation>
    </message>
    <message>
        <source>Dokumen kerja sama</source>
        <translation>Cooperation documents</translation>
    </message>
    <message>
        <source>Register mencatat %1. Tabel berikut menyajikan jumlahnya menurut jenis dokumen dan mitra, serta menurut tahap kerja sama sesuai Permendagri 22/2020.</source>
        <translation>The register records %1. The following tables show their numbers by document type and partner, and by cooperation stage according to Permendagri 22/2020.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dokumen kerja sama</source>
        <translation>
            <numerusform>%Ln cooperation document</numerusform>
            <numerusform>%Ln cooperation documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Dokumen kerja sama menurut jenis dan mitra</source>
        <translation>Cooperation documents by type and partner</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Daerah lain: KSDD dan KSDPL; pihak ketiga: KSDPK dan KSDLL; sinergi: dengan kementerian/lembaga.</source>
        <translation>Other regions: KSDD and KSDPL; third parties: KSDPK and KSDLL; synergy: with ministries/agencies (K/L).</translation>
    </message>
    <message>
        <source>Dokumen kerja sama menurut tahap</source>
        <translation>Cooperation documents by stage</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Add.</source>
        <translation>Add.</translation>
    </message>
    <message>
        <source>KB: kesepakatan bersama; PKS: perjanjian kerja sama; NK: nota kesepakatan; Add.: addendum.</source>
        <translation>KB: joint agreement (kesepakatan bersama); PKS: cooperation agreement (perjanjian kerja sama); NK: memorandum of understanding (nota kesepakatan); Add.: addendum.</translation>
    </message>
    <message>
        <source>Dasar Hukum dan Metode</source>
        <translation>Legal Basis and Method</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah.</source>
        <translation>Government Regulation Number 28 of 2018 on Regional Cooperation (PP 28/2018).</translation>
    </message>
    <message>
        <source>Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga.</source>
        <translation>Minister of Home Affairs Regulation Number 22 of 2020 on Procedures for Regional Cooperation with Other Regions and Regional Cooperation with Third Parties (Permendagri 22/2020).</translation>
    </message>
    <message>
        <source>Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri.</source>
        <translation>Minister of Home Affairs Regulation Number 25 of 2020 on Procedures for Regional Cooperation with Foreign Local Governments and Regional Cooperation with Foreign Institutions (Permendagri 25/2020).</translation>
    </message>
    <message>
        <source>Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 beserta pemutakhirannya (klasifikasi, kodefikasi dan nomenklatur urusan).</source>
        <translation>Minister of Home Affairs Regulation Number 90 of 2019 and its updates (classification, coding and nomenclature of government affairs).</translation>
    </message>
    <message>
        <source>Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025 dan pemutakhirannya Nomor 300.2.2-2430 Tahun 2025 (kode dan data wilayah administrasi pemerintahan).</source>
        <translation>Minister of Home Affairs Decree (Kepmendagri) Number 300.2.2-2138 of 2025 and its update Number 300.2.2-2430 of 2025 (codes and data of government administrative areas).</translation>
    </message>
    <message>
        <source>Aturan penilaian pasangan daerah</source>
        <translation>Rules for assessing pairs of regions</translation>
    </message>
    <message>
        <source>Setiap pasangan daerah untuk satu urusan dinilai oleh satu perangkat aturan dalam urutan yang tetap. Aturan pertama yang menentukan kelas menghentikan penilaian; akibat hukumnya (pengambilalihan dan persetujuan DPRD) dicatat sesudahnya.</source>
        <translation>Each pair of regions for one government affair is assessed by a set of rules in a fixed order. The first rule that determines the class ends the assessment; its legal consequences (takeover and DPRD approval) are recorded afterwards.</translation>
    </message>
    <message>
        <source>Urutan aturan dan dasar hukumnya</source>
        <translation>Order of rules and their legal basis</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Aturan</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Kelas hasil penilaian</source>
        <translation>Resulting class</translation>
    </message>
    <message>
        <source>Artinya</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Daerah berbatasan, tetapi bukti eksternalitas atau efisiensi belum ada. Bukti yang belum ada bukan berarti &quot;tidak&quot;: kajiannya perlu dilengkapi.</source>
        <translation>Bordering regions, but there is no evidence yet of externality or efficiency. Missing evidence does not mean &quot;no&quot;: the study needs to be completed.</translation>
    </message>
    <message>
        <source>Kerja sama dalam kewenangan para pihak yang dinilai lebih efektif dan efisien bila dilaksanakan bersama, baik daerahnya berbatasan maupun tidak.</source>
        <translation>Cooperation within the authority of the parties that is considered more effective and efficient when carried out jointly, whether or not the regions border each other.</translation>
    </message>
    <message>
        <source>Layanan lintas kabupaten/kota yang menjadi kewenangan provinsi (UU 23/2014 Pasal 13 ayat (3)): dirujuk ke provinsi sebagai kerja sama tipe B atau fasilitasi provinsi.</source>
        <translation>Services across regencies/cities that fall under provincial authority (UU 23/2014 Article 13(3)): referred to the province as type B cooperation or provincial facilitation.</translation>
    </message>
    <message>
        <source>Para pihak atau objeknya tidak memenuhi syarat kerja sama daerah; tidak dimuat dalam laporan ini.</source>
        <translation>The parties or the object do not meet the requirements for regional cooperation; not included in this report.</translation>
    </message>
    <message>
        <source>Jenis pasangan dan pengambilalihan</source>
        <translation>Pair types and takeover</translation>
    </message>
    <message>
        <source>Jenis pasangan dan pihak yang mengambil alih</source>
        <translation>Pair types and the party that takes over</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pasangan</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Diambil alih oleh</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <source>(perlu kajian hukum: tipe C tidak disebut dalam daftar Permendagri 22/2020)</source>
        <translation>(needs legal review: type C is not listed in Permendagri 22/2020)</translation>
    </message>
    <message>
        <source>Skor kecocokan</source>
        <translation>Match score</translation>
    </message>
    <message>
        <source>Skor kecocokan (0–100) mengukur dua arah seberapa jauh potensi satu daerah memenuhi kebutuhan daerah lain, dengan memperhitungkan prioritas, besaran, kesamaan layanan, jarak (jumlah batas yang dilintasi dan kilometer) serta kerja sama yang sudah ada. Bobot faktor disimpan dalam pengaturan proyek.</source>
        <translation>The match score (0–100) measures in both directions how far the potential of one region meets the needs of another, taking into account priority, magnitude, similarity of services, distance (number of borders crossed and kilometres) and existing cooperation. The factor weights are stored in the project settings.</translation>
    </message>
    <message>
        <source>Bobot skor yang digunakan</source>
        <translation>Score weights used</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Bawaan</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Dua arah: potensi A memenuhi kebutuhan B, sebaliknya, atau kebutuhan lintas batas bersama.</source>
        <translation>Both directions: A&apos;s potential meets B&apos;s need, the reverse, or a shared cross-border need.</translation>
    </message>
    <message>
        <source>Prioritas tertinggi (1–5) dari kebutuhan yang terlibat.</source>
        <translation>Highest priority (1–5) of the needs involved.</translation>
    </message>
    <message>
        <source>Seberapa jauh besaran potensi menutup besaran kebutuhan (satuan sama).</source>
        <translation>How far the magnitude of the potential covers the magnitude of the need (same unit).</translation>
    </message>
    <message>
        <source>Kesamaan layanan yang disebut kedua pihak.</source>
        <translation>Similarity of the services named by both parties.</translation>
    </message>
    <message>
        <source>Kedekatan: penuh bila berbatasan, mengecil dengan setiap langkah batas.</source>
        <translation>Proximity: full when bordering, decreasing with each border step.</translation>
    </message>
    <message>
        <source>Jarak antartitik pusat daerah dalam kilometer.</source>
        <translation>Distance between the regions&apos; centre points in kilometres.</translation>
    </message>
    <message>
        <source>Kerja sama aktif yang sudah ada pada urusan ini atau urusan lain.</source>
        <translation>Existing active cooperation in this or another government affair.</translation>
    </message>
    <message>
        <source>Bobot skor tidak tersedia karena saran kerja sama belum dihitung.</source>
        <translation>Score weights are not available because suggested cooperation has not been computed.</translation>
    </message>
    <message>
        <source>Baris yang disorot memakai bobot yang diubah dari nilai bawaannya.</source>
        <translation>Highlighted rows use weights changed from their default values.</translation>
    </message>
    <message>
        <source>Kerja sama tercatat</source>
        <translation>Recorded cooperation</translation>
    </message>
    <message>
        <source>Daerah pemilik pemetaan</source>
        <translation>Region owning the mapping</translation>
    </message>
    <message>
        <source>Daerah dalam cakupan</source>
        <translation>Regions in scope</translation>
    </message>
    <message>
        <source>Daerah lain</source>
        <translation>Other regions</translation>
    </message>
    <message>
        <source>Peta Jejaring Kerja Sama</source>
        <translation>Cooperation Network Map</translation>
    </message>
    <message>
        <source>Peta jejaring kerja sama %1</source>
        <translation>Cooperation network map of %1</translation>
    </message>
    <message>
        <source>Saran kerja sama belum dihitung, sehingga peta hanya memuat kerja sama yang tercatat.</source>
        <translation>Suggested cooperation has not been computed, so the map shows only recorded cooperation.</translation>
    </message>
    <message>
        <source>Belum ada saran maupun kerja sama untuk digambarkan; peta hanya menunjukkan cakupan.</source>
        <translation>There are no suggestions or agreements to draw yet; the map shows only the scope.</translation>
    </message>
    <message>
        <source>Daerah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Urusan dan layanan</source>
        <translation>Affairs and services</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Bila tidak dilaksanakan, diambil alih oleh</source>
        <translation>If not carried out, taken over by</translation>
    </message>
    <message>
        <source>Tipe %1: %2. Dasar hukum: %3</source>
        <translation>Type %1: %2. Legal basis: %3</translation>
    </message>
    <message>
        <source>Perlu kajian hukum: tipe C tidak disebut dalam daftar pasangan wajib Permendagri 22/2020.</source>
        <translation>Needs legal review: type C is not listed among the mandatory pairs of Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Memerlukan persetujuan DPRD.</source>
        <translation>Requires DPRD approval.</translation>
    </message>
    <message>
        <source>Kerja Sama Wajib</source>
        <translation>Mandatory Cooperation</translation>
    </message>
    <message>
        <source>Saran kerja sama wajib</source>
        <translation>Suggested mandatory cooperation</translation>
    </message>
    <message>
        <source>Tidak ada pasangan daerah yang memenuhi kedua syarat kerja sama wajib.</source>
        <translation>No pair of regions meets both conditions for mandatory cooperation.</translation>
    </message>
    <message>
        <source>* Tipe C (provinsi dengan kabupaten/kota provinsi lain) tidak disebut dalam daftar pasangan wajib Permendagri 22/2020: perlu kajian hukum.</source>
        <translation>* Type C (a province with a regency/city of another province) is not listed among the mandatory pairs of Permendagri 22/2020: needs legal review.</translation>
    </message>
    <message>
        <source>Potensi kerja sama wajib (perlu kajian)</source>
        <translation>Potentially mandatory cooperation (needs study)</translation>
    </message>
    <message>
        <source>Pasangan berikut berbatasan, tetapi bukti eksternalitas atau efisiensinya belum lengkap. Bukti yang belum ada bukan berarti &quot;tidak&quot;: perangkat daerah diminta melengkapi kajiannya agar kelasnya dapat ditetapkan.</source>
        <translation>The following pairs border each other, but the evidence of externality or efficiency is incomplete. Missing evidence does not mean &quot;no&quot;: the regional agencies are asked to complete the study so that the class can be determined.</translation>
    </message>
    <message>
        <source>Potensi kerja sama wajib</source>
        <translation>Potentially mandatory cooperation</translation>
    </message>
    <message>
        <source>Tidak ada pasangan berbatasan yang masih menunggu bukti.</source>
        <translation>No bordering pairs are still waiting for evidence.</translation>
    </message>
    <message>
        <source>* Tipe C: perlu kajian hukum.</source>
        <translation>* Type C: needs legal review.</translation>
    </message>
    <message>
        <source>Kerja Sama Sukarela</source>
        <translation>Voluntary Cooperation</translation>
    </message>
    <message>
        <source>Kerja sama sukarela dapat dilakukan oleh daerah yang berbatasan maupun tidak, untuk urusan dalam kewenangan masing-masing yang dinilai lebih efektif dan efisien bila dilaksanakan bersama (UU 23/2014 Pasal 363 ayat (3)). Pasangan diurutkan menurut skor kecocokan.</source>
        <translation>Voluntary cooperation may be carried out by regions whether or not they border each other, for government affairs within their respective authority that are considered more effective and efficient when carried out jointly (UU 23/2014 Article 363(3)). Pairs are ordered by match score.</translation>
    </message>
    <message>
        <source>Saran kerja sama sukarela</source>
        <translation>Suggested voluntary cooperation</translation>
    </message>
    <message>
        <source>Tidak ada saran kerja sama sukarela.</source>
        <translation>No suggested voluntary cooperation.</translation>
    </message>
    <message>
        <source>Klaster dan Rujukan ke Provinsi</source>
        <translation>Clusters and Referrals to the Province</translation>
    </message>
    <message>
        <source>Layanan yang lokasi, pengguna atau dampaknya melintasi batas kabupaten/kota menjadi kewenangan provinsi (UU 23/2014 Pasal 13 ayat (3)). Untuk layanan seperti itu, saran yang tepat adalah merujuk ke provinsi: kerja sama tipe B atau fasilitasi provinsi, bukan kerja sama wajib antar-kabupaten/kota.</source>
        <translation>Services whose location, users or impact cross regency/city boundaries fall under provincial authority (UU 23/2014 Article 13(3)). For such services the appropriate suggestion is to refer to the province: type B cooperation or provincial facilitation, not mandatory cooperation between regencies/cities.</translation>
    </message>
    <message>
        <source>Klaster daerah</source>
        <translation>Region clusters</translation>
    </message>
    <message>
        <source>Klaster adalah kelompok daerah yang saling berbatasan dengan kebutuhan lintas batas pada layanan yang sama; setiap klaster diusulkan sebagai kerja sama beberapa pihak.</source>
        <translation>A cluster is a group of mutually bordering regions with cross-border needs for the same service; each cluster is proposed as multi-party cooperation.</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Kelas dan tindak lanjut</source>
        <translation>Class and follow-up</translation>
    </message>
    <message>
        <source>Dirujuk ke %1 (kerja sama tipe B atau fasilitasi provinsi)</source>
        <translation>Referred to %1 (type B cooperation or provincial facilitation)</translation>
    </message>
    <message>
        <source>bila tidak dilaksanakan diambil alih %1</source>
        <translation>if not carried out, taken over by %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tidak ada klaster daerah dengan kebutuhan lintas batas pada layanan yang sama.</source>
        <translation>There are no region clusters with cross-border needs for the same service.</translation>
    </message>
    <message>
        <source>Pasangan yang dirujuk ke provinsi</source>
        <translation>Pairs referred to the province</translation>
    </message>
    <message>
        <source>Dirujuk ke</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Dasar hukum: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>Tidak ada pasangan yang perlu dirujuk ke provinsi.</source>
        <translation>No pairs need to be referred to the province.</translation>
    </message>
    <message>
        <source>Matriks Potensi dan Kebutuhan</source>
        <translation>Matrix of Potentials and Needs</translation>
    </message>
    <message>
        <source>Matriks berikut menunjukkan, untuk setiap daerah dalam cakupan dan setiap urusan yang berisi, jumlah potensi dan kebutuhan/permasalahan yang dicatat, ditulis P/K. Hanya urusan yang mempunyai isian yang ditampilkan.</source>
        <translation>The following matrix shows, for each region in scope and each government affair with entries, the number of potentials and needs/problems recorded, written P/N. Only affairs with entries are shown.</translation>
    </message>
    <message>
        <source>Matriks daerah × urusan (potensi/kebutuhan)</source>
        <translation>Region × affair matrix (potentials/needs)</translation>
    </message>
    <message>
        <source>Profil Daerah</source>
        <translation>Region Profiles</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kode Kemendagri / BPS</source>
        <translation>Kemendagri / BPS code</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Tetangga berbatasan</source>
        <translation>Bordering neighbours</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Saran kerja sama</source>
        <translation>Suggested cooperation</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dokumen, %1 aktif</source>
        <translation>
            <numerusform>%Ln document, %1 active</numerusform>
            <numerusform>%Ln documents, %1 active</numerusform>
        </translation>
    </message>
    <message>
        <source>Letak %1</source>
        <translation>Location of %1</translation>
    </message>
    <message>
        <source>Potensi dan kebutuhan</source>
        <translation>Potentials and needs</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Belum ada isian untuk daerah ini.</source>
        <translation>There are no entries for this region yet.</translation>
    </message>
    <message>
        <source>Mitra terbaik</source>
        <translation>Best partners</translation>
    </message>
    <message>
        <source>Belum ada mitra yang disarankan untuk daerah ini.</source>
        <translation>No partners have been suggested for this region yet.</translation>
    </message>
    <message>
        <source>Kerja sama</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Belum ada kerja sama yang tercatat untuk daerah ini.</source>
        <translation>No cooperation has been recorded for this region yet.</translation>
    </message>
    <message>
        <source>Baris yang disorot berakhir dalam %1 hari, atau sudah lewat tanggal berakhirnya tetapi masih berstatus aktif.</source>
        <translation>Highlighted rows end within %1 days, or are past their end date while still active.</translation>
    </message>
    <message>
        <source>Register Kerja Sama</source>
        <translation>Cooperation Register</translation>
    </message>
    <message>
        <source>Register memuat %1 per %2. Kerja sama yang berakhir dalam %3 hari, atau sudah lewat tanggal berakhirnya tetapi masih berstatus aktif, disorot dan diberi keterangan; praktik yang lazim adalah memulai perpanjangan paling lambat tiga bulan sebelum berakhir.</source>
        <translation>The register contains %1 as of %2. Agreements ending within %3 days, or past their end date but still marked active, are highlighted and annotated; common practice is to start the extension no later than three months before the end date.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message numerus="yes">
        <source>lewat %Ln hari, masih berstatus aktif</source>
        <translation>
            <numerusform>%Ln day overdue, still marked active</numerusform>
            <numerusform>%Ln days overdue, still marked active</numerusform>
        </translation>
    </message>
    <message>
        <source>berakhir hari ini</source>
        <translation>ends today</translation>
    </message>
    <message numerus="yes">
        <source>berakhir dalam %Ln hari</source>
        <translation>
            <numerusform>ends in %Ln day</numerusform>
            <numerusform>ends in %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>monev %1/5</source>
        <translation>monitoring %1/5</translation>
    </message>
    <message>
        <source>Baris yang disorot perlu ditindaklanjuti: berakhir dalam %1 hari atau sudah lewat tanggal berakhirnya.</source>
        <translation>Highlighted rows need follow-up: they end within %1 days or are past their end date.</translation>
    </message>
    <message>
        <source>Kerja sama yang segera berakhir</source>
        <translation>Agreements ending soon</translation>
    </message>
    <message>
        <source>Per %1 tidak ada kerja sama aktif yang berakhir dalam %2 hari.</source>
        <translation>As of %1 no active agreement ends within %2 days.</translation>
    </message>
    <message>
        <source>Kerja sama berikut perlu segera diperpanjang, diakhiri secara resmi atau dimutakhirkan statusnya.</source>
        <translation>The following agreements need to be extended, formally terminated or have their status updated soon.</translation>
    </message>
    <message>
        <source>Sisa waktu</source>
        <translation>Time remaining</translation>
    </message>
    <message numerus="yes">
        <source>lewat %Ln hari</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hari</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Kamus Data</source>
        <translation>Data Dictionary</translation>
    </message>
    <message>
        <source>Kamus data</source>
        <translation>Data dictionary</translation>
    </message>
    <message>
        <source>Istilah</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Arti</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Sumber daya, layanan atau keunggulan suatu daerah pada satu urusan yang dapat dimanfaatkan bersama daerah lain.</source>
        <translation>A resource, service or strength of a region in one government affair that can be used jointly with other regions.</translation>
    </message>
    <message>
        <source>Kebutuhan/permasalahan</source>
        <translation>Need/problem</translation>
    </message>
    <message>
        <source>Kebutuhan layanan atau masalah pada satu urusan yang tidak dapat atau kurang efisien ditangani sendiri.</source>
        <translation>A service need or problem in one government affair that cannot be handled alone, or only less efficiently.</translation>
    </message>
    <message>
        <source>Eksternalitas</source>
        <translation>Externality</translation>
    </message>
    <message>
        <source>Lokasi, pengguna, atau manfaat/dampak negatif layanan melintasi batas daerah (kriteria UU 23/2014 Pasal 13); dicatat ya, tidak atau belum diketahui.</source>
        <translation>The location, users, or benefits/negative impacts of the service cross regional boundaries (criteria of UU 23/2014 Article 13); recorded as yes, no or unknown.</translation>
    </message>
    <message>
        <source>Efisiensi</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Layanan lebih efisien bila dikelola bersama; dicatat ya, tidak atau belum diketahui.</source>
        <translation>The service is more efficient when managed jointly; recorded as yes, no or unknown.</translation>
    </message>
    <message>
        <source>Tingkat kepentingan isian menurut perangkat daerah, 1 (rendah) sampai 5 (tertinggi).</source>
        <translation>The importance of the entry according to the regional agency, from 1 (low) to 5 (highest).</translation>
    </message>
    <message>
        <source>Urusan pemerintahan menurut nomenklatur Permendagri 90/2019, mis. 2.11 Lingkungan Hidup.</source>
        <translation>Government affair (urusan) according to the nomenclature of Permendagri 90/2019, e.g. 2.11 Lingkungan Hidup (Environment).</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Kode Kemendagri: PP untuk provinsi, PP.KK untuk kabupaten/kota (KK 01–69 kabupaten, 71–99 kota); kode BPS adalah angka yang sama tanpa titik.</source>
        <translation>Kemendagri code: PP for provinces, PP.KK for regencies/cities (KK 01–69 regencies, 71–99 cities); the BPS code is the same number without dots.</translation>
    </message>
    <message>
        <source>Hasil penilaian pasangan daerah: wajib, potensi wajib (perlu kajian), sukarela, rujuk ke provinsi atau tidak memenuhi.</source>
        <translation>Result of assessing a pair of regions: mandatory, potentially mandatory (needs study), voluntary, refer to the province or not eligible.</translation>
    </message>
    <message>
        <source>Tipe pasangan</source>
        <translation>Pair type</translation>
    </message>
    <message>
        <source>A–E menurut UU 23/2014 Pasal 364 ayat (2); lihat tabel jenis pasangan.</source>
        <translation>A–E according to UU 23/2014 Article 364(2); see the table of pair types.</translation>
    </message>
    <message>
        <source>Ukuran 0–100 kecocokan dua arah antara potensi dan kebutuhan pasangan daerah.</source>
        <translation>A 0–100 measure of how well potentials and needs match in both directions between a pair of regions.</translation>
    </message>
    <message>
        <source>Klaster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Kelompok daerah berbatasan dengan kebutuhan lintas batas pada layanan yang sama.</source>
        <translation>A group of bordering regions with cross-border needs for the same service.</translation>
    </message>
    <message>
        <source>KSDD, KSDPK, Sinergi, KSDPL, KSDLL</source>
        <translation>KSDD, KSDPK, Synergy, KSDPL, KSDLL</translation>
    </message>
    <message>
        <source>Kategori kerja sama: dengan daerah lain, dengan pihak ketiga, dengan kementerian/lembaga, dengan pemerintah daerah di luar negeri, dan dengan lembaga di luar negeri.</source>
        <translation>Cooperation categories: with other regions, with third parties, with ministries/agencies, with foreign local governments, and with foreign institutions.</translation>
    </message>
    <message>
        <source>KB, PKS, NK</source>
        <translation>KB, PKS, NK</translation>
    </message>
    <message>
        <source>Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan.</source>
        <translation>Joint agreement (kesepakatan bersama), cooperation agreement (perjanjian kerja sama), memorandum of understanding (nota kesepakatan).</translation>
    </message>
    <message>
        <source>Tahap kerja sama menurut Permendagri 22/2020, dari persiapan sampai pelaporan.</source>
        <translation>Cooperation stage according to Permendagri 22/2020, from preparation to reporting.</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monitoring and evaluation</translation>
    </message>
    <message>
        <source>Monitoring dan evaluasi pelaksanaan kerja sama; nilai 1–5.</source>
        <translation>Monitoring and evaluation (monev) of the implementation of cooperation; scored 1–5.</translation>
    </message>
    <message>
        <source>Sumber Data</source>
        <translation>Data Sources</translation>
    </message>
    <message>
        <source>Data isian berasal dari perangkat daerah yang tercantum di bawah ini. Data wilayah, batas dan urusan adalah data rujukan yang tertanam dalam PetaKSD dan tidak diubah oleh pengguna.</source>
        <translation>The entries come from the regional agencies listed below. Region, boundary and government affair data are reference data built into PetaKSD and are not changed by users.</translation>
    </message>
    <message>
        <source>(tidak disebut)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Isian menurut perangkat daerah</source>
        <translation>Entries by regional agency</translation>
    </message>
    <message>
        <source>Belum ada isian dari perangkat daerah.</source>
        <translation>There are no entries from regional agencies yet.</translation>
    </message>
    <message>
        <source>Kode dan nama wilayah: Keputusan Menteri Dalam Negeri Nomor 300.2.2-2430 Tahun 2025 (38 provinsi, 416 kabupaten, 98 kota).</source>
        <translation>Region codes and names: Minister of Home Affairs Decree Number 300.2.2-2430 of 2025 (38 provinces, 416 regencies, 98 cities).</translation>
    </message>
    <message>
        <source>Ketetanggaan wilayah: dihitung dari poligon batas wilayah yang disederhanakan; panjang batas bersama dalam kilometer.</source>
        <translation>Region adjacency: computed from simplified region boundary polygons; shared boundary length in kilometres.</translation>
    </message>
    <message>
        <source>Urusan pemerintahan: nomenklatur Permendagri 90/2019 beserta pemutakhirannya.</source>
        <translation>Government affairs: nomenclature of Permendagri 90/2019 and its updates.</translation>
    </message>
    <message>
        <source>Layanan yang menjadi kewenangan provinsi bila lintas kabupaten/kota: tabel layanan PetaKSD berdasarkan Lampiran UU 23/2014, dapat disesuaikan per proyek.</source>
        <translation>Services under provincial authority when they cross regencies/cities: PetaKSD service table based on the Annex to UU 23/2014, adjustable per project.</translation>
    </message>
    <message>
        <source>Berkas proyek: %1, dibuat %2, terakhir diubah %3.</source>
        <translation>Project file: %1, created %2, last modified %3.</translation>
    </message>
    <message>
        <source>Atribusi Data Peta</source>
        <translation>Map Data Attribution</translation>
    </message>
    <message>
        <source>Poligon batas wilayah disederhanakan untuk tampilan dan tidak dimaksudkan untuk menghitung luas atau menetapkan batas. Data cahyadsn/wilayah (© 2017–2025 Cahya DSN) dan cahyadsn/wilayah_boundaries (© 2024 Cahya DSN) digunakan berdasarkan Lisensi MIT; poligon aslinya bersumber dari Badan Informasi Geospasial (BIG), tanahair.indonesia.go.id.</source>
        <translation>Region boundary polygons are simplified for display and are not intended for computing areas or determining boundaries. Data from cahyadsn/wilayah (© 2017–2025 Cahya DSN) and cahyadsn/wilayah_boundaries (© 2024 Cahya DSN) are used under the MIT License; the original polygons come from the Geospatial Information Agency (Badan Informasi Geospasial, BIG), tanahair.indonesia.go.id.</translation>
    </message>
    <message>
        <source>Ditampilkan %1 baris dengan skor tertinggi dari %2; daftar lengkap dapat diekspor ke CSV (petaksd export --suggestions).</source>
        <translation>Showing the %1 rows with the highest scores of %2; the full list can be exported to CSV (petaksd export --suggestions).</translation>
    </message>
    <message>
        <source>Ditampilkan %1 dari %2 isian, yang prioritasnya tertinggi; daftar lengkap dapat diekspor ke CSV (petaksd export --entries).</source>
        <translation>Showing %1 of %2 entries, those of highest priority; the full list can be exported to CSV (petaksd export --entries).</translation>
    </message>
    <message numerus="yes">
        <source>dan %Ln urusan lainnya</source>
        <translation>
            <numerusform>and %Ln other government affair</numerusform>
            <numerusform>and %Ln other government affairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditampilkan %1 dari %2 kerja sama; semuanya tercantum dalam register kerja sama.</source>
        <translation>Showing %1 of %2 agreements; all of them are listed in the cooperation register.</translation>
    </message>
    <message>
        <source>Pasal 364 ayat (2) huruf %1</source>
        <translation>Article 364(2)(%1)</translation>
    </message>
    <message>
        <source>Kerja sama wajib berlaku bagi dua atau lebih daerah yang berbatasan untuk urusan yang mempunyai eksternalitas lintas daerah di antara para pihak dan lebih efisien bila dikelola bersama (%1). Hasil pemetaan ini adalah indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak). Bila kerja sama wajib tidak dilaksanakan, urusan itu dapat diambil alih oleh gubernur sebagai wakil Pemerintah Pusat (tipe B dan E) atau oleh Pemerintah Pusat (tipe A, C dan D), dan biayanya diperhitungkan dari dana transfer daerah yang bersangkutan (%2).</source>
        <translation>Mandatory cooperation applies to two or more bordering regions for an affair with a cross-regional externality between the parties that is more efficient when managed jointly (%1). The results of this mapping are indications (initial mapping result; needs study and the parties&apos; agreement). If a mandatory cooperation is not carried out, the affair can be taken over by the governor as the central government&apos;s representative (types B and E) or by the central government (types A, C and D), with the cost charged to the region&apos;s transfer funds (%2).</translation>
    </message>
    <message>
        <source>Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terutama Pasal 13 dan Lampiran (pembagian urusan menurut tingkat pemerintahan) dan Pasal 363–365 (kerja sama daerah, kerja sama wajib dan sukarela).</source>
        <translation>Law 23/2014 on Regional Government as amended several times, in particular Article 13 and its Annex (division of affairs by level of government) and Articles 363–365 (regional cooperation, mandatory and voluntary cooperation).</translation>
    </message>
    <message>
        <source>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): daerah berbatasan, eksternalitas di antara para pihak dan efisiensi bila dikelola bersama sama-sama terpenuhi. Bila kelak disepakati dan tidak dilaksanakan, urusan dapat diambil alih.</source>
        <translation>Indicated mandatory (initial mapping result; needs study and the parties&apos; agreement): bordering regions, with both an externality between the parties and efficiency when managed jointly. If later agreed and not carried out, the affair can be taken over.</translation>
    </message>
    <message>
        <source>Objek yang menjadi kewenangan Pemerintah Pusat, misalnya wilayah sungai atau SPAM lintas provinsi (UU 23/2014 Pasal 13 ayat (2)): dirujuk ke kementerian/lembaga yang membidanginya.</source>
        <translation>An object within the central government&apos;s authority, e.g. a river basin or water supply system across provinces (Law 23/2014 Article 13(2)): referred to the responsible ministry or agency.</translation>
    </message>
    <message>
        <source>Jenis pasangan mengikuti UU 23/2014 Pasal 364 ayat (2). Bila kerja sama wajib tidak dilaksanakan, urusan dapat diambil alih dan biayanya diperhitungkan dari dana transfer daerah.</source>
        <translation>Pair types follow Law 23/2014 Article 364(2). If a mandatory cooperation is not carried out, the affair can be taken over and its cost charged to the region&apos;s transfer funds.</translation>
    </message>
    <message>
        <source>Daftar Tabel</source>
        <translation>List of Tables</translation>
    </message>
    <message>
        <source>Daftar Gambar</source>
        <translation>List of Figures</translation>
    </message>
    <message>
        <source>Data per %1 (perubahan terakhir)</source>
        <translation>Data as of %1 (last change)</translation>
    </message>
    <message>
        <source>Matriks daerah × urusan (potensi/kebutuhan), bagian %1 dari %2</source>
        <translation>Region × government affair matrix (potentials/needs), part %1 of %2</translation>
    </message>
    <message>
        <source>Wilayah %1</source>
        <translation>Area of %1</translation>
    </message>
    <message>
        <source>P/K: jumlah potensi/jumlah kebutuhan; sel kosong: tidak ada isian. Baris yang disorot: %1, daerah pemilik. Urusan: %2.</source>
        <translation>P/N: number of potentials/number of needs; empty cell: no entries. Highlighted row: %1, the owner region. Government affairs: %2.</translation>
    </message>
    <message>
        <source>Bagian ini memuat profil %1, lalu profil daerah mitranya menurut urutan kecocokan: isian potensi dan kebutuhan, saran kerja sama dengan %1, dan kerja sama yang tercatat. Peta kecil menunjukkan letak daerah dalam provinsinya.</source>
        <translation>This part gives the profile of %1, then the profiles of its partner regions in order of fit: potential and need entries, cooperation suggestions with %1, and recorded cooperation. A small map places each region in its province.</translation>
    </message>
    <message>
        <source>Daerah lain dalam cakupan yang bukan mitra %1 (%2) direkap dalam lampiran &quot;Untuk diketahui&quot;.</source>
        <translation>The other regions in the area covered that are not partners of %1 (%2) are summarised in the annex &quot;For information&quot;.</translation>
    </message>
    <message>
        <source>Belum ada isian, saran maupun kerja sama untuk %1.</source>
        <translation>No entries, suggestions or cooperation yet for %1.</translation>
    </message>
    <message>
        <source>Saran kerja sama dengan %1</source>
        <translation>Cooperation suggestions with %1</translation>
    </message>
    <message>
        <source>Ditampilkan %1 dari %2 saran; semuanya tercantum pada bab kerja sama wajib, sukarela dan rujukan.</source>
        <translation>Showing %1 of %2 suggestions; all are listed in the chapters on mandatory and voluntary cooperation and referrals.</translation>
    </message>
    <message>
        <source>Belum ada saran kerja sama dengan daerah pemilik.</source>
        <translation>No cooperation suggestions with the owner region yet.</translation>
    </message>
    <message>
        <source>Kelas tertinggi</source>
        <translation>Highest class</translation>
    </message>
    <message>
        <source>Status per %1 dibaca dari status yang dicatat dan tanggal mulai serta berakhirnya. %2</source>
        <translation>Status as of %1, read from the recorded status and the start and end dates. %2</translation>
    </message>
    <message>
        <source>Daerah pemilik</source>
        <translation>Owning region</translation>
    </message>
    <message>
        <source>Daerah mitra</source>
        <translation>Partner region</translation>
    </message>
    <message>
        <source>Tabel dalam bab ini hanya memuat pasangan yang melibatkan %1; %1 selalu pada kolom pertama. Pasangan antardaerah lain dalam cakupan bukan kewajiban %1; %2</source>
        <translation>The tables in this chapter list only pairs involving %1; %1 is always in the first column. Pairs between other regions in the area covered are not obligations of %1; %2</translation>
    </message>
    <message>
        <source>pasangan itu dimuat dalam lampiran untuk diketahui.</source>
        <translation>those pairs are given in an annex for information.</translation>
    </message>
    <message>
        <source>pasangan itu tidak dimuat dalam laporan ini.</source>
        <translation>those pairs are not included in this report.</translation>
    </message>
    <message>
        <source>Pasangan yang dirujuk ke Pemerintah Pusat</source>
        <translation>Pairs referred to the central government</translation>
    </message>
    <message>
        <source>Objek berikut menjadi kewenangan Pemerintah Pusat (%1), misalnya wilayah sungai atau SPAM lintas provinsi: tindak lanjutnya melalui kementerian/lembaga yang membidanginya, bukan kerja sama antardaerah.</source>
        <translation>The following objects are central government authorities (%1), for example a river basin or a drinking water system across provincial borders: their follow-up goes through the ministry or agency in charge, not through cooperation between regions.</translation>
    </message>
    <message>
        <source>Tidak ada pasangan yang perlu dirujuk ke Pemerintah Pusat.</source>
        <translation>No pair needs to be referred to the central government.</translation>
    </message>
    <message>
        <source>Laporan ini menyajikan hasil pemetaan kerja sama daerah (KSD) %1 tahun %2, dari data per %3 (perubahan terakhir), disusun pada %4. Pemetaan mencakup %5 dan mengikuti alur data dari isian potensi dan kebutuhan perangkat daerah, saran pasangan kerja sama beserta dasar hukumnya, usulan kerja sama, sampai dokumen kerja sama dan pemantauannya.</source>
        <translation>This report presents the results of the regional cooperation (KSD) mapping of %1 for %2, from the data as of %3 (last change), prepared on %4. The mapping covers %5 and follows the data from the potentials and needs entered by the regional agencies, through the suggested partners with their legal basis and the cooperation proposals, to the cooperation documents and their monitoring.</translation>
    </message>
    <message numerus="yes">
        <source>Perhatian: data terakhir diubah pada %1, %Ln hari sebelum tanggal laporan. Mutakhirkan isian, usulan dan register sebelum laporan ini ditandatangani.</source>
        <translation>
            <numerusform>Note: the data were last changed on %1, %Ln day before the report&apos;s date. Update the entries, proposals and register before this report is signed.</numerusform>
            <numerusform>Note: the data were last changed on %1, %Ln days before the report&apos;s date. Update the entries, proposals and register before this report is signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada isian potensi atau kebutuhan %1.</source>
        <translation>No potential or need entries of %1 yet.</translation>
    </message>
    <message>
        <source>%1 %2 dari %3: %4 dan %5, pada %6.</source>
        <translation>%1 of %2 from %3: %4 and %5, in %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saran kerja sama %1 dengan daerah lain</source>
        <translation>
            <numerusform>%Ln cooperation suggestion of %1 with other regions</numerusform>
            <numerusform>%Ln cooperation suggestions of %1 with other regions</numerusform>
        </translation>
    </message>
    <message>
        <source>Daerah lain dalam cakupan: %1 sebagai data pembanding</source>
        <translation>Other regions in the area covered: %1 as comparison data</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saran antardaerah lain, bukan kewajiban %1</source>
        <translation>
            <numerusform>%Ln suggestion between other regions, not an obligation of %1</numerusform>
            <numerusform>%Ln suggestions between other regions, not obligations of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(lampiran &quot;Untuk diketahui&quot;)</source>
        <translation>(annex &quot;For information&quot;)</translation>
    </message>
    <message>
        <source>Perangkat daerah mengisi potensi dan kebutuhan/permasalahan per urusan, lengkap dengan bukti eksternalitas lintas daerah dan efisiensi pengelolaan bersama. Tabel berikut merekap isian %1 per urusan; isian daerah lain dalam cakupan tercantum pada matriks potensi dan kebutuhan.</source>
        <translation>The regional agencies enter potentials and needs/problems per government affair, with the evidence of cross-regional externality and of efficiency when managed jointly. The following table summarises the entries of %1 per affair; the entries of the other regions in the area covered are in the matrix of potentials and needs.</translation>
    </message>
    <message>
        <source>Isian %1 per urusan</source>
        <translation>Entries of %1 per government affair</translation>
    </message>
    <message>
        <source>Saran kerja sama %1 menurut kelas</source>
        <translation>Cooperation suggestions of %1 by class</translation>
    </message>
    <message>
        <source>Setiap usulan dengan hasil penyaringannya: kategori dan, untuk KSDD, kelas pasangan tertinggi menurut aturan penilaian; kolom DPRD menandai usulan yang memerlukan persetujuan DPRD.</source>
        <translation>Each proposal with its screening result: the category and, for KSDD, the highest class of its pairs under the assessment rules; the DPRD column marks the proposals that need DPRD approval.</translation>
    </message>
    <message>
        <source>Daftar usulan kerja sama</source>
        <translation>List of cooperation proposals</translation>
    </message>
    <message>
        <source>Hasil penyaringan</source>
        <translation>Screening result</translation>
    </message>
    <message>
        <source>DPRD</source>
        <translation>DPRD</translation>
    </message>
    <message>
        <source>Tidak memenuhi kriteria (%1)</source>
        <translation>Does not meet the criteria (%1)</translation>
    </message>
    <message>
        <source>perlu</source>
        <translation>needed</translation>
    </message>
    <message>
        <source>DPRD &quot;perlu&quot;: kerja sama membebani masyarakat dan daerah dan/atau pendanaannya belum teranggarkan dalam APBD tahun berjalan (%1).</source>
        <translation>DPRD &quot;needed&quot;: the cooperation burdens the public and the region and/or its funding is not yet in the current year&apos;s APBD (%1).</translation>
    </message>
    <message>
        <source>Lembar pengesahan</source>
        <translation>Approval page</translation>
    </message>
    <message>
        <source>Kata pengantar</source>
        <translation>Foreword</translation>
    </message>
    <message>
        <source>Daftar isi, tabel, gambar dan singkatan</source>
        <translation>Contents, tables, figures and abbreviations</translation>
    </message>
    <message>
        <source>Rekomendasi tindak lanjut</source>
        <translation>Recommended follow-up</translation>
    </message>
    <message>
        <source>Pasangan lain di wilayah cakupan (untuk diketahui)</source>
        <translation>Other pairs in the area covered (for information)</translation>
    </message>
    <message>
        <source>Lembar Pengesahan</source>
        <translation>Approval Page</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Kepala Bagian Pemerintahan Sekretariat Daerah %1</source>
        <translation>Head of the Government Division, Regional Secretariat of %1</translation>
    </message>
    <message>
        <source>Diperiksa oleh</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah %1</source>
        <translation>Assistant for Government and Public Welfare, Regional Secretariat of %1</translation>
    </message>
    <message>
        <source>Disetujui oleh</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Sekretaris Daerah %1 selaku Ketua Tim Koordinasi Kerja Sama Daerah</source>
        <translation>Regional Secretary of %1, as Chair of the Regional Cooperation Coordination Team</translation>
    </message>
    <message>
        <source>Kata Pengantar</source>
        <translation>Foreword</translation>
    </message>
    <message>
        <source>Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya %1. Laporan ini merangkum %2 dari %3, %4 dengan daerah lain, %5 dan %6 yang tercatat per %7, beserta rekomendasi tindak lanjutnya.</source>
        <translation>We give thanks to God Almighty for the completion of the %1. This report summarises %2 from %3, %4 with other regions, %5 and %6 recorded as of %7, with the recommended follow-up.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln isian potensi dan kebutuhan</source>
        <translation>
            <numerusform>%Ln potential or need entry</numerusform>
            <numerusform>%Ln potential and need entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saran kerja sama</source>
        <translation>
            <numerusform>%Ln cooperation suggestion</numerusform>
            <numerusform>%Ln cooperation suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln usulan kerja sama</source>
        <translation>
            <numerusform>%Ln cooperation proposal</numerusform>
            <numerusform>%Ln cooperation proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Hasil pemetaan ini adalah indikasi awal. Setiap saran kerja sama, terutama yang berkelas wajib, masih memerlukan kajian dan kesepakatan para pihak sesuai Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah dan Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020.</source>
        <translation>The results of this mapping are a first indication. Every cooperation suggestion, above all those classed as mandatory, still needs a study and the agreement of the parties under Government Regulation 28 of 2018 on Regional Cooperation and Minister of Home Affairs Regulation 22 of 2020.</translation>
    </message>
    <message>
        <source>Kami menyampaikan terima kasih kepada seluruh perangkat daerah dan anggota Tim Koordinasi Kerja Sama Daerah yang telah berperan dalam penyusunan laporan ini. Semoga laporan ini bermanfaat sebagai bahan pengambilan keputusan dalam penyelenggaraan kerja sama daerah %1.</source>
        <translation>We thank all regional agencies and the members of the Regional Cooperation Coordination Team who took part in preparing this report. May it serve the decisions on the regional cooperation of %1.</translation>
    </message>
    <message>
        <source>Sekretaris Daerah %1</source>
        <translation>Regional Secretary of %1</translation>
    </message>
    <message>
        <source>selaku Ketua Tim Koordinasi Kerja Sama Daerah</source>
        <translation>as Chair of the Regional Cooperation Coordination Team</translation>
    </message>
    <message>
        <source>Daftar Singkatan</source>
        <translation>List of Abbreviations</translation>
    </message>
    <message>
        <source>Anggaran Pendapatan dan Belanja Daerah</source>
        <translation>Regional budget (Anggaran Pendapatan dan Belanja Daerah)</translation>
    </message>
    <message>
        <source>Badan Perencanaan Pembangunan Daerah</source>
        <translation>Regional development planning agency</translation>
    </message>
    <message>
        <source>Badan Usaha Milik Daerah</source>
        <translation>Regionally owned enterprise</translation>
    </message>
    <message>
        <source>Badan Usaha Milik Negara</source>
        <translation>State-owned enterprise</translation>
    </message>
    <message>
        <source>Dewan Perwakilan Rakyat Daerah</source>
        <translation>Regional house of representatives</translation>
    </message>
    <message>
        <source>Kementerian/lembaga</source>
        <translation>Ministry/agency</translation>
    </message>
    <message>
        <source>Kesepakatan bersama</source>
        <translation>Joint agreement (kesepakatan bersama)</translation>
    </message>
    <message>
        <source>Keputusan Menteri Dalam Negeri</source>
        <translation>Decree of the Minister of Home Affairs</translation>
    </message>
    <message>
        <source>Kerja sama daerah</source>
        <translation>Regional cooperation</translation>
    </message>
    <message>
        <source>Kerja sama daerah dengan daerah lain</source>
        <translation>Regional cooperation with another region</translation>
    </message>
    <message>
        <source>Kerja sama daerah dengan lembaga di luar negeri</source>
        <translation>Regional cooperation with an institution abroad</translation>
    </message>
    <message>
        <source>Kerja sama daerah dengan pihak ketiga</source>
        <translation>Regional cooperation with a third party</translation>
    </message>
    <message>
        <source>Kerja sama daerah dengan pemerintah daerah di luar negeri</source>
        <translation>Regional cooperation with a regional government abroad</translation>
    </message>
    <message>
        <source>Monitoring dan evaluasi</source>
        <translation>Monitoring and evaluation</translation>
    </message>
    <message>
        <source>Nomor induk pegawai</source>
        <translation>Civil servant identification number</translation>
    </message>
    <message>
        <source>Nota kesepakatan</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Peraturan Menteri Dalam Negeri</source>
        <translation>Regulation of the Minister of Home Affairs</translation>
    </message>
    <message>
        <source>Perjanjian kerja sama</source>
        <translation>Cooperation agreement (perjanjian kerja sama)</translation>
    </message>
    <message>
        <source>Peraturan Pemerintah</source>
        <translation>Government regulation</translation>
    </message>
    <message>
        <source>Sekretaris Daerah</source>
        <translation>Regional secretary</translation>
    </message>
    <message>
        <source>Sekretariat Daerah</source>
        <translation>Regional secretariat</translation>
    </message>
    <message>
        <source>Sistem penyediaan air minum</source>
        <translation>Drinking water supply system</translation>
    </message>
    <message>
        <source>Tim Koordinasi Kerja Sama Daerah</source>
        <translation>Regional Cooperation Coordination Team</translation>
    </message>
    <message>
        <source>Tempat pemrosesan akhir (sampah)</source>
        <translation>Final waste processing site</translation>
    </message>
    <message>
        <source>Undang-Undang</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Kepanjangan</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Perangkat daerah yang berpartisipasi</source>
        <translation>Participating regional agencies</translation>
    </message>
    <message>
        <source>Perangkat daerah %1 yang mengisi potensi dan kebutuhan, mengajukan usulan atau melaksanakan kerja sama yang tercatat.</source>
        <translation>The regional agencies of %1 that entered potentials and needs, submitted proposals or implement recorded cooperation.</translation>
    </message>
    <message>
        <source>Perangkat daerah %1 yang berpartisipasi</source>
        <translation>Participating regional agencies of %1</translation>
    </message>
    <message>
        <source>Jumlah (%1)</source>
        <translation>Total (%1)</translation>
    </message>
    <message>
        <source>Kerja sama: dokumen dalam register yang dilaksanakan oleh perangkat daerah tersebut.</source>
        <translation>Cooperation: documents in the register implemented by that agency.</translation>
    </message>
    <message>
        <source>Belum ada perangkat daerah %1 yang mengisi data.</source>
        <translation>No regional agency of %1 has entered data yet.</translation>
    </message>
    <message>
        <source>Untuk Diketahui: Pasangan Lain di Wilayah Cakupan</source>
        <translation>For Information: Other Pairs in the Area Covered</translation>
    </message>
    <message>
        <source>Pasangan dan klaster dalam lampiran ini tidak melibatkan %1 dan bukan kewajiban %1. Semuanya dimuat hanya untuk diketahui, sebagai bahan koordinasi dengan pemerintah provinsi dan daerah yang bersangkutan; tindak lanjutnya menjadi urusan daerah-daerah itu. Angka dalam lampiran ini tidak termasuk dalam ringkasan dan rekomendasi laporan.</source>
        <translation>The pairs and clusters in this annex do not involve %1 and are not obligations of %1. They are given for information only, as material for coordination with the provincial government and the regions concerned; their follow-up is a matter for those regions. The figures in this annex are not included in the report&apos;s summary and recommendations.</translation>
    </message>
    <message>
        <source>Pasangan lain: %1</source>
        <translation>Other pairs: %1</translation>
    </message>
    <message>
        <source>Pasangan lain dalam cakupan (bukan kewajiban %1): %2</source>
        <translation>Other pairs in the area covered (not obligations of %1): %2</translation>
    </message>
    <message>
        <source>Tidak ada saran kerja sama antardaerah lain dalam cakupan.</source>
        <translation>There are no cooperation suggestions between other regions in the area covered.</translation>
    </message>
    <message>
        <source>Klaster lain</source>
        <translation>Other clusters</translation>
    </message>
    <message>
        <source>Klaster dalam cakupan tanpa %1</source>
        <translation>Clusters in the area covered without %1</translation>
    </message>
    <message>
        <source>Daerah lain dalam cakupan</source>
        <translation>Other regions in the area covered</translation>
    </message>
    <message>
        <source>Daerah dalam cakupan yang bukan mitra %1 menurut saran maupun register; isiannya dipakai sebagai data pembanding.</source>
        <translation>Regions in the area covered that are not partners of %1 by suggestion or register; their entries serve as comparison data.</translation>
    </message>
    <message>
        <source>Saran antardaerah lain</source>
        <translation>Suggestions between other regions</translation>
    </message>
    <message>
        <source>Semua daerah dalam cakupan yang mempunyai data adalah mitra %1.</source>
        <translation>Every region in the area covered that has data is a partner of %1.</translation>
    </message>
    <message>
        <source>Putuskan perpanjangan atau pengakhiran %1 &quot;%2&quot; dengan %3.</source>
        <translation>Decide on renewing or ending %1 &quot;%2&quot; with %3.</translation>
    </message>
    <message numerus="yes">
        <source>Berakhir %1, lewat %Ln hari, tetapi status masih aktif: mutakhirkan statusnya.</source>
        <translation>
            <numerusform>Ended %1, %Ln day ago, but the status is still active: update the status.</numerusform>
            <numerusform>Ended %1, %Ln days ago, but the status is still active: update the status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Berakhir %1, dalam %Ln hari. Perpanjangan ditempuh melalui prosedur kerja sama yang baru.</source>
        <translation>
            <numerusform>Ends %1, in %Ln day. A renewal goes through the cooperation procedure again.</numerusform>
            <numerusform>Ends %1, in %Ln days. A renewal goes through the cooperation procedure again.</numerusform>
        </translation>
    </message>
    <message>
        <source>segera</source>
        <translation>immediately</translation>
    </message>
    <message>
        <source>Selesaikan dan tandatangani PKS &quot;%1&quot; sebelum KB &quot;%2&quot; berakhir, atau perpanjang KB tersebut lebih dahulu.</source>
        <translation>Complete and sign the PKS &quot;%1&quot; before the KB &quot;%2&quot; ends, or renew that KB first.</translation>
    </message>
    <message numerus="yes">
        <source>KB berakhir %1 (dalam %Ln hari), sedangkan PKS yang melaksanakannya masih pada tahap %2.</source>
        <translation>
            <numerusform>The KB ends %1 (in %Ln day), while the PKS implementing it is still at the stage %2.</numerusform>
            <numerusform>The KB ends %1 (in %Ln days), while the PKS implementing it is still at the stage %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lengkapi kajian eksternalitas dan efisiensi bersama %1 untuk %2.</source>
        <translation>Complete the study of externality and efficiency with %1 for %2.</translation>
    </message>
    <message>
        <source>Mintakan kajian hukum atas pasangan dengan %1 untuk %2.</source>
        <translation>Request a legal review of the pair with %1 for %2.</translation>
    </message>
    <message>
        <source>Potensi wajib: daerah berbatasan, bukti eksternalitas atau efisiensi belum lengkap.</source>
        <translation>Potentially mandatory: the regions border each other, the evidence of externality or efficiency is incomplete.</translation>
    </message>
    <message>
        <source>Tipe C tidak disebut dalam daftar pasangan wajib Permendagri 22/2020.</source>
        <translation>Type C is not named in the list of mandatory pairs of Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>sebelum surat penawaran</source>
        <translation>before the letter of offer</translation>
    </message>
    <message>
        <source>Sampaikan %1 kepada Pemerintah %2 untuk kerja sama tipe B atau fasilitasi provinsi, bersama %3.</source>
        <translation>Submit %1 to the Government of %2 for a type B cooperation or provincial facilitation, together with %3.</translation>
    </message>
    <message>
        <source>Layanan lintas kabupaten/kota menjadi kewenangan provinsi (%1).</source>
        <translation>A service across regency/city borders is a provincial authority (%1).</translation>
    </message>
    <message>
        <source>Sampaikan %1 kepada kementerian/lembaga yang membidanginya, bersama %2.</source>
        <translation>Submit %1 to the ministry or agency in charge, together with %2.</translation>
    </message>
    <message>
        <source>Objek menjadi kewenangan Pemerintah Pusat (%1).</source>
        <translation>The object is a central government authority (%1).</translation>
    </message>
    <message>
        <source>pada rapat koordinasi berikutnya</source>
        <translation>at the next coordination meeting</translation>
    </message>
    <message>
        <source>Ajukan persetujuan DPRD untuk usulan &quot;%1&quot;.</source>
        <translation>Request DPRD approval for the proposal &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Dokumennya kini pada tahap %1.</source>
        <translation>Its document is now at the stage %1.</translation>
    </message>
    <message>
        <source>sebelum penyusunan PKS</source>
        <translation>before drafting the PKS</translation>
    </message>
    <message>
        <source>Rekomendasi Tindak Lanjut</source>
        <translation>Recommended Follow-up</translation>
    </message>
    <message>
        <source>Rekomendasi berikut ditarik langsung dari data pemetaan dan register per %1. Setiap baris menyebut tindakan, alasannya, perangkat daerah penanggung jawab dan batas waktunya; perangkat daerah yang disebut adalah pelaksana atau pengisi data yang bersangkutan, dikoordinasikan oleh %2.</source>
        <translation>The following recommendations are drawn directly from the mapping data and the register as of %1. Each line names the action, its reason, the responsible regional agency and the deadline; the agency named is the one implementing or having entered the data concerned, coordinated by %2.</translation>
    </message>
    <message>
        <source>Kerja sama yang berakhir dalam %1 hari</source>
        <translation>Cooperation ending within %1 days</translation>
    </message>
    <message>
        <source>Tidak ada kerja sama yang berakhir dalam %1 hari.</source>
        <translation>No cooperation ends within %1 days.</translation>
    </message>
    <message>
        <source>Kesepakatan bersama yang berakhir sebelum PKS-nya ditandatangani</source>
        <translation>Joint agreements ending before their PKS is signed</translation>
    </message>
    <message>
        <source>Tidak ada kesepakatan bersama yang berakhir sebelum PKS-nya ditandatangani.</source>
        <translation>No joint agreement ends before its PKS is signed.</translation>
    </message>
    <message>
        <source>Pasangan yang memerlukan kajian</source>
        <translation>Pairs needing a study</translation>
    </message>
    <message>
        <source>Tidak ada pasangan yang menunggu kajian.</source>
        <translation>No pair is waiting for a study.</translation>
    </message>
    <message>
        <source>Rujukan ke provinsi dan Pemerintah Pusat</source>
        <translation>Referrals to the province and the central government</translation>
    </message>
    <message>
        <source>Tidak ada pasangan yang perlu dirujuk.</source>
        <translation>No pair needs to be referred.</translation>
    </message>
    <message>
        <source>Usulan yang memerlukan persetujuan DPRD</source>
        <translation>Proposals needing DPRD approval</translation>
    </message>
    <message>
        <source>Tidak ada usulan yang masih menunggu persetujuan DPRD.</source>
        <translation>No proposal is still waiting for DPRD approval.</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang ditarik dari data per %1.</source>
        <translation>No follow-up is drawn from the data as of %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kerja sama berakhir dalam %1 hari atau sudah lewat tanggal berakhirnya; lihat rekomendasi tindak lanjut dan register kerja sama.</source>
        <translation>
            <numerusform>%Ln agreement ends within %1 days or is past its end date; see the recommended follow-up and the agreement register.</numerusform>
            <numerusform>%Ln agreements end within %1 days or are past their end date; see the recommended follow-up and the agreement register.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panduan Pengumpulan Data</source>
        <translation>Guide to Collecting the Data</translation>
    </message>
    <message>
        <source>Proyek pemetaan %1 tahun %2 belum berisi data (data per %3). Laporan hasil pemetaan disusun dari isian perangkat daerah; bab ini menjelaskan siapa mengisi apa dan bagaimana caranya. Setelah data terkumpul, buat laporan ini lagi: isinya menjadi ringkasan, rekomendasi dan tindak lanjut, saran kerja sama, profil daerah dan register kerja sama, lengkap dengan lembar pengesahan.</source>
        <translation>The %2 mapping project of %1 holds no data yet (data as of %3). The mapping report is built from what the regional agencies (perangkat daerah) record; this chapter explains who fills in what, and how. Once the data are collected, make this report again: it will then hold the summary, the recommendations and follow-up, the cooperation suggestions, the region profiles and the agreement register, with the approval page.</translation>
    </message>
    <message>
        <source>Siapa mengisi apa</source>
        <translation>Who fills in what</translation>
    </message>
    <message>
        <source>Pengisi data pemetaan</source>
        <translation>Who fills in the mapping data</translation>
    </message>
    <message>
        <source>Pengisi</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <source>Yang diisi</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Templat CSV</source>
        <translation>CSV template</translation>
    </message>
    <message>
        <source>Setiap perangkat daerah (dinas, badan) sesuai urusannya</source>
        <translation>Every regional agency (dinas, badan), for its own affairs</translation>
    </message>
    <message>
        <source>Potensi dan kebutuhan/permasalahan urusannya, termasuk yang berdampak lintas batas daerah, dengan bukti eksternalitas dan efisiensi bila ada</source>
        <translation>The potentials and needs/problems of its affairs, including those with effects across the region&apos;s borders, with evidence of externality and efficiency where there is any</translation>
    </message>
    <message>
        <source>Perangkat daerah pengusul, melalui Bagian Pemerintahan</source>
        <translation>The proposing agency, through the Bagian Pemerintahan</translation>
    </message>
    <message>
        <source>Usulan kerja sama: mitra, bentuk (KB/PKS/NK), perkiraan biaya, apakah sudah dalam APBD dan apakah membebani masyarakat</source>
        <translation>Cooperation proposals: partner, form (KB/PKS/NK), estimated cost, whether it is in the APBD and whether it burdens the public</translation>
    </message>
    <message>
        <source>Bagian Pemerintahan/Kerja Sama Sekretariat Daerah</source>
        <translation>Bagian Pemerintahan/Kerja Sama of the Sekretariat Daerah</translation>
    </message>
    <message>
        <source>Register dokumen kerja sama yang sudah ditandatangani (KB, PKS, nota kesepakatan, addendum) dengan tanggal mulai dan berakhir</source>
        <translation>The register of signed cooperation documents (KB, PKS, memorandum of understanding, addendum) with their start and end dates</translation>
    </message>
    <message>
        <source>Tim Koordinasi Kerja Sama Daerah (TKKSD)</source>
        <translation>Regional Cooperation Coordination Team (TKKSD)</translation>
    </message>
    <message>
        <source>Memeriksa kelengkapan isian, membahas saran kerja sama dan menetapkan prioritas</source>
        <translation>Checks that the entries are complete, discusses the cooperation suggestions and sets priorities</translation>
    </message>
    <message>
        <source>Langkah pengumpulan</source>
        <translation>Steps of the collection</translation>
    </message>
    <message>
        <source>Bagian Pemerintahan mengirim kepada setiap perangkat daerah salinan proyek untuk urusannya (menu Berkas → Kirim ke perangkat daerah, atau petaksd send PROYEK.ksd --to &quot;NAMA PD&quot; -o SALINAN.ksd), atau templat CSV di atas bila perangkat daerah bekerja di Excel.</source>
        <translation>The Bagian Pemerintahan sends every regional agency a copy of the project for its affairs (menu File → Send to a regional agency, or petaksd send PROJECT.ksd --to &quot;AGENCY NAME&quot; -o COPY.ksd), or the CSV templates above where the agency works in Excel.</translation>
    </message>
    <message>
        <source>Perangkat daerah mengisi salinan di PetaKSD, atau templat di Excel (satu baris per isian, pemisah titik koma, simpan sebagai CSV UTF-8), lalu mengembalikannya.</source>
        <translation>The agency fills in the copy in PetaKSD, or the template in Excel (one row per entry, semicolon separated, saved as CSV UTF-8), and sends it back.</translation>
    </message>
    <message>
        <source>Bagian Pemerintahan menggabungkan salinan yang kembali (petaksd merge PROYEK.ksd SALINAN.ksd …) atau mengimpor CSV (petaksd import PROYEK.ksd --entries isian.csv). Baris yang tidak dapat dibaca disebut satu per satu dengan alasannya, dan tidak ada yang diimpor sampai semuanya benar.</source>
        <translation>The Bagian Pemerintahan merges the copies that come back (petaksd merge PROJECT.ksd COPY.ksd …) or imports the CSV (petaksd import PROJECT.ksd --entries isian.csv). Rows that cannot be read are listed one by one with the reason, and nothing is imported until all are right.</translation>
    </message>
    <message>
        <source>Kode wilayah mengikuti Kepmendagri (misalnya %1 untuk %2); kode urusan mengikuti Lampiran UU 23/2014 (misalnya 2.11 Lingkungan Hidup).</source>
        <translation>Region codes follow the Kepmendagri code list (for example %1 for %2); affair codes follow the Annex of Law 23/2014 (for example 2.11 Environment).</translation>
    </message>
    <message>
        <source>TKKSD memeriksa hasilnya di PetaKSD (tab Saran dan Peta), lalu laporan ini dibuat lagi dan ditandatangani.</source>
        <translation>The TKKSD reviews the result in PetaKSD (the Suggestions and Map tabs); then this report is made again and signed.</translation>
    </message>
    <message>
        <source>Kolom templat CSV</source>
        <translation>Columns of the CSV templates</translation>
    </message>
    <message>
        <source>Kolom bertanda * wajib diisi; kolom lain boleh kosong. Nama kolom dalam bahasa Inggris juga dikenali.</source>
        <translation>Columns marked * must be filled in; the others may stay empty. English column names are recognised too.</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Templat isian potensi dan kebutuhan (isian.csv)</source>
        <translation>Template of potentials and needs (isian.csv)</translation>
    </message>
    <message>
        <source>Templat usulan kerja sama (usulan.csv)</source>
        <translation>Template of cooperation proposals (usulan.csv)</translation>
    </message>
    <message>
        <source>Templat register kerja sama (kerja-sama.csv)</source>
        <translation>Template of the agreement register (kerja-sama.csv)</translation>
    </message>
    <message>
        <source>Mitra %1 lainnya, tanpa halaman profil</source>
        <translation>Further partners of %1, without a profile page</translation>
    </message>
    <message>
        <source>Profil lengkap diberikan untuk %1 dan %2 mitra dengan skor tertinggi; mitra lainnya tercantum di sini menurut urutan kecocokan.</source>
        <translation>Full profiles are given for %1 and its %2 best-scoring partners; the other partners are listed here in order of fit.</translation>
    </message>
    <message>
        <source>Cakupan pemetaan meliputi %1 provinsi. Agar tetap terbaca, setiap provinsi digambar pada peta kecilnya sendiri dengan garis antardaerah di dalamnya (provinsi %2 lebih dahulu); pasangan lintas provinsi tercantum dalam tabel saran.</source>
        <translation>The mapping covers %1 provinces. To stay readable, each province is drawn on a small map of its own with the links within it (province %2 first); pairs across province lines are listed in the suggestion tables.</translation>
    </message>
    <message>
        <source>Peta jejaring kerja sama per provinsi</source>
        <translation>Cooperation network map by province</translation>
    </message>
    <message>
        <source>Peta jejaring kerja sama per provinsi (%1 dari %2)</source>
        <translation>Cooperation network map by province (%1 of %2)</translation>
    </message>
    <message>
        <source>Gambar berikut menempatkan daerah dalam cakupan pada peta batas wilayah, seperti pada tab Peta: garis menghubungkan pasangan daerah menurut kelas saran, usulan dan kerja sama yang tercatat, provinsi digambar di utara kabupaten/kotanya. Di kanan, perbesaran wilayah di sekitar %1.</source>
        <translation>The figure places the regions in scope on the boundary map, as the Map tab does: lines join pairs of regions by suggestion class, proposals and recorded agreements; a province is drawn north of its kabupaten/kota. On the right, the area around %1 enlarged.</translation>
    </message>
    <message>
        <source>Perbesaran: %1 dan tetangganya</source>
        <translation>Enlarged: %1 and its neighbours</translation>
    </message>
    <message>
        <source>Jawab penawaran &quot;%1&quot; dari %2 (surat %3).</source>
        <translation>Answer the offer &quot;%1&quot; from %2 (letter %3).</translation>
    </message>
    <message>
        <source>Diterima %1; saring dengan kriteria KSD, lalu terima menjadi usulan atau tolak dengan alasan.</source>
        <translation>Received %1; screen it against the KSD criteria, then accept it as a proposal or decline it with a reason.</translation>
    </message>
    <message>
        <source>Penawaran masuk yang menunggu jawaban</source>
        <translation>Incoming offers awaiting an answer</translation>
    </message>
    <message>
        <source>Tidak ada penawaran masuk yang menunggu jawaban.</source>
        <translation>No incoming offer is awaiting an answer.</translation>
    </message>
    <message>
        <source>Jangka waktu dan tindak lanjut kesepakatan bersama</source>
        <translation>Terms and follow-up of joint agreements</translation>
    </message>
    <message>
        <source>Per %1: %2 berjangka lebih dari %3 tahun atau tanpa tanggal berakhir tanpa dasar pengecualian (misalnya KPBU atau pemanfaatan barang milik daerah), dan %4 belum diikuti PKS setahun sesudah ditandatangani.</source>
        <translation>As of %1: %2 with a term over %3 years or without an end date and no exception basis (for example a PPP or use of regional assets), and %4 not followed by a PKS a year after signing.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln KB/PKS</source>
        <translation>
            <numerusform>%Ln KB/PKS</numerusform>
            <numerusform>%Ln KBs/PKSs</numerusform>
        </translation>
    </message>
    <message>
        <source>KB/PKS berjangka lebih dari %1 tahun atau tanpa tanggal berakhir</source>
        <translation>KBs/PKSs with a term over %1 years or without an end date</translation>
    </message>
    <message>
        <source>tanpa tanggal berakhir</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>Kesepakatan bersama tanpa PKS setahun sesudah ditandatangani</source>
        <translation>Joint agreements without a PKS a year after signing</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hari sejak ditandatangani</source>
        <translation>
            <numerusform>%Ln day since signing</numerusform>
            <numerusform>%Ln days since signing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>jangka %1 tahun (%Ln hari)</source>
        <translation>
            <numerusform>term %1 years (%Ln day)</numerusform>
            <numerusform>term %1 years (%Ln days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ksd::ReportWriter</name>
    <message>
        <source>Halaman %1 tidak dapat dibuat.</source>
        <translation>Page %1 cannot be created.</translation>
    </message>
    <message>
        <source>Pembuatan laporan dibatalkan.</source>
        <translation>Report generation cancelled.</translation>
    </message>
    <message>
        <source>Berkas PDF tidak dapat dimulai.</source>
        <translation>The PDF file cannot be started.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditulis: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>Pencetak tidak dapat dimulai.</source>
        <translation>The printer cannot be started.</translation>
    </message>
</context>
<context>
    <name>ksd::RuleSet</name>
    <message>
        <source>Potensi wajib (perlu kajian)</source>
        <translation>Potentially mandatory (needs study)</translation>
    </message>
    <message>
        <source>Sukarela</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <source>Rujuk ke provinsi</source>
        <translation>Refer to the province</translation>
    </message>
    <message>
        <source>Tidak memenuhi</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>provinsi – provinsi yang berbatasan</source>
        <translation>province – bordering province</translation>
    </message>
    <message>
        <source>provinsi – kabupaten/kota dalam wilayahnya</source>
        <translation>province – regency/city within its territory</translation>
    </message>
    <message>
        <source>provinsi – kabupaten/kota provinsi lain yang berbatasan</source>
        <translation>province – bordering regency/city of another province</translation>
    </message>
    <message>
        <source>kabupaten/kota – kabupaten/kota provinsi lain yang berbatasan</source>
        <translation>regency/city – bordering regency/city of another province</translation>
    </message>
    <message>
        <source>kabupaten/kota – kabupaten/kota dalam satu provinsi yang berbatasan</source>
        <translation>regency/city – bordering regency/city in the same province</translation>
    </message>
    <message>
        <source>gubernur sebagai wakil Pemerintah Pusat</source>
        <translation>the governor as representative of the central government</translation>
    </message>
    <message>
        <source>Pemerintah Pusat (Menteri)</source>
        <translation>the central government (Minister)</translation>
    </message>
    <message>
        <source>Kelayakan para pihak</source>
        <translation>Eligibility of the parties</translation>
    </message>
    <message>
        <source>Objek kerja sama</source>
        <translation>Object of cooperation</translation>
    </message>
    <message>
        <source>Kewenangan atas objek</source>
        <translation>Authority over the object</translation>
    </message>
    <message>
        <source>Ketetanggaan wilayah</source>
        <translation>Region adjacency</translation>
    </message>
    <message>
        <source>Jenis pasangan</source>
        <translation>Pair type</translation>
    </message>
    <message>
        <source>Uji substantif kerja sama wajib</source>
        <translation>Substantive test for mandatory cooperation</translation>
    </message>
    <message>
        <source>Akibat bila tidak dilaksanakan</source>
        <translation>Consequence if not carried out</translation>
    </message>
    <message>
        <source>Persetujuan DPRD</source>
        <translation>DPRD approval</translation>
    </message>
    <message>
        <source>Tidak memenuhi: %1</source>
        <translation>Not eligible: %1</translation>
    </message>
    <message>
        <source>Tidak memenuhi: %1 dipasangkan dengan dirinya sendiri; kerja sama memerlukan dua daerah yang berbeda.</source>
        <translation>Not eligible: %1 is paired with itself; cooperation requires two different regions.</translation>
    </message>
    <message>
        <source>Tidak memenuhi: %1 adalah wilayah administratif, bukan daerah otonom; yang dapat menjadi pihak adalah %2.</source>
        <translation>Not eligible: %1 is an administrative area, not an autonomous region; the party that can take part is %2.</translation>
    </message>
    <message>
        <source>Memenuhi: %1 dan %2 adalah daerah otonom.</source>
        <translation>Eligible: %1 and %2 are autonomous regions.</translation>
    </message>
    <message>
        <source>Unsur penunjang %1: bukan urusan konkuren, sehingga tidak dapat menjadi objek kerja sama wajib (paling tinggi sukarela).</source>
        <translation>Supporting element %1: not a concurrent affair, so it cannot be the object of mandatory cooperation (voluntary at most).</translation>
    </message>
    <message>
        <source>Memenuhi: %1 %2 adalah urusan konkuren (%3).</source>
        <translation>Eligible: %1 %2 is a concurrent affair (%3).</translation>
    </message>
    <message>
        <source> (keyakinan data batas: sedang; periksa peta)</source>
        <translation> (boundary data confidence: medium; check the map)</translation>
    </message>
    <message>
        <source> (keyakinan data batas: rendah; periksa peta)</source>
        <translation> (boundary data confidence: low; check the map)</translation>
    </message>
    <message>
        <source>Berbatasan: batas darat bersama %1 km%2.</source>
        <translation>Bordering: shared land boundary of %1 km%2.</translation>
    </message>
    <message>
        <source>Berbatasan melalui %1: batas darat bersama %2 km%3.</source>
        <translation>Bordering via %1: shared land boundary of %2 km%3.</translation>
    </message>
    <message>
        <source>Berbatasan: %1 berada dalam wilayah %2.</source>
        <translation>Bordering: %1 lies within %2.</translation>
    </message>
    <message>
        <source>Tidak berbatasan (jarak titik label %1 km).</source>
        <translation>Not bordering (label point distance %1 km).</translation>
    </message>
    <message>
        <source>Tipe %1: %2.</source>
        <translation>Type %1: %2.</translation>
    </message>
    <message>
        <source>Sukarela: unsur penunjang tidak pernah menjadi objek kerja sama wajib.</source>
        <translation>Voluntary: supporting elements are never the object of mandatory cooperation.</translation>
    </message>
    <message>
        <source>Tidak dinilai: daerah tidak berbatasan, sehingga kelasnya sukarela (eksternalitas = %1, efisiensi = %2).</source>
        <translation>Not assessed: the regions do not border each other, so the class is voluntary (externality = %1, efficiency = %2).</translation>
    </message>
    <message>
        <source>membebani masyarakat dan daerah</source>
        <translation>places a burden on the public and the region</translation>
    </message>
    <message>
        <source>pendanaan belum ada dalam APBD tahun berjalan</source>
        <translation>funding is not yet in the current year&apos;s APBD</translation>
    </message>
    <message>
        <source>Diperlukan: %1.</source>
        <translation>Required: %1.</translation>
    </message>
    <message>
        <source>Tidak diperlukan: tidak membebani masyarakat dan sudah teranggarkan dalam APBD.</source>
        <translation>Not required: places no burden on the public and already budgeted in the APBD.</translation>
    </message>
    <message>
        <source>Belum dapat ditentukan: isi apakah kerja sama membebani masyarakat dan apakah sudah ada dalam APBD.</source>
        <translation>Cannot be determined yet: enter whether the cooperation places a burden on the public and whether it is already in the APBD.</translation>
    </message>
    <message>
        <source>Indikasi wajib</source>
        <translation>Indicated mandatory</translation>
    </message>
    <message>
        <source>Rujuk ke Pemerintah Pusat</source>
        <translation>Refer to the central government</translation>
    </message>
    <message>
        <source>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak).</source>
        <translation>Indicated mandatory (initial mapping result; needs study and the parties&apos; agreement).</translation>
    </message>
    <message>
        <source>Potensi wajib: pasangan berbatasan, tetapi bukti atau verifikasinya belum lengkap; lengkapi kajiannya sebelum menyebutnya wajib.</source>
        <translation>Potentially mandatory: the pair borders, but its evidence or verification is incomplete; complete the study before calling it mandatory.</translation>
    </message>
    <message>
        <source>Sukarela: kerja sama dapat dilakukan bila dipandang lebih efektif dan efisien, tanpa kewajiban.</source>
        <translation>Voluntary: the cooperation may be made when judged more effective and efficient, without obligation.</translation>
    </message>
    <message>
        <source>Rujuk ke provinsi: objeknya kewenangan provinsi, sehingga kerja samanya dengan atau difasilitasi provinsi.</source>
        <translation>Refer to the province: the object is provincial authority, so the cooperation is with or facilitated by the province.</translation>
    </message>
    <message>
        <source>Rujuk ke Pemerintah Pusat: objeknya kewenangan Pemerintah Pusat; koordinasikan dengan kementerian/lembaga yang membidanginya.</source>
        <translation>Refer to the central government: the object is central authority; coordinate with the responsible ministry or agency.</translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat kerja sama antardaerah untuk objek ini.</source>
        <translation>Does not meet the conditions of inter-regional cooperation for this object.</translation>
    </message>
    <message>
        <source>Tingkat kewenangan ditetapkan pengguna: %1.</source>
        <translation>Level of authority set by the user: %1.</translation>
    </message>
    <message>
        <source>Layanan &quot;%1&quot; dikenali sebagai &quot;%2&quot; (%3).</source>
        <translation>Service &quot;%1&quot; is read as &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Ketentuan umum urusan ini (%1).</source>
        <translation>The general rule of this affair (%1).</translation>
    </message>
    <message>
        <source>Ada isian yang menjawab eksternalitas &quot;ya&quot; tanpa menyebut wilayah terdampak: sebutkan wilayah terdampak (kolom wilayah_eksternalitas), karena eksternalitas dinilai per pasangan.</source>
        <translation>An entry answers externality &quot;yes&quot; without naming the affected regions: name the affected regions (column wilayah_eksternalitas), because externality is assessed per pair.</translation>
    </message>
    <message>
        <source>Lintas provinsi, objek ini kewenangan Pemerintah Pusat: rujuk ke Pemerintah Pusat.</source>
        <translation>Across provinces this object is central authority: refer to the central government.</translation>
    </message>
    <message>
        <source>Objek ini kewenangan Pemerintah Pusat: rujuk ke Pemerintah Pusat.</source>
        <translation>This object is central authority: refer to the central government.</translation>
    </message>
    <message>
        <source>Instansi yang membidangi: %1.</source>
        <translation>Responsible body: %1.</translation>
    </message>
    <message>
        <source>Antara dua kabupaten/kota objek ini kewenangan provinsi: rujuk ke %1 (kerja sama dengan provinsi atau fasilitasi provinsi), bukan kerja sama wajib antarkabupaten/kota.</source>
        <translation>Between two kabupaten/kota this object is provincial authority: refer to %1 (cooperation with or facilitation by the province), not a mandatory cooperation between kabupaten/kota.</translation>
    </message>
    <message>
        <source>Objek ini kewenangan provinsi masing-masing: rujuk ke %1 dan %2 (kerja sama antarprovinsi).</source>
        <translation>This object is the authority of each province: refer to %1 and %2 (cooperation between provinces).</translation>
    </message>
    <message>
        <source>Objek ini kewenangan provinsi dan salah satu pihak adalah provinsi: kerja sama sesuai kewenangan provinsi.</source>
        <translation>This object is provincial authority and one party is a province: cooperation within the province&apos;s authority.</translation>
    </message>
    <message>
        <source>Tidak memenuhi: objek ini kewenangan kabupaten/kota, sehingga provinsi tidak berwenang atasnya.</source>
        <translation>Not met: this object is kabupaten/kota authority, so the province has no authority over it.</translation>
    </message>
    <message>
        <source>Unsur penunjang: kewenangan masing-masing pihak.</source>
        <translation>Support unit: each party&apos;s own authority.</translation>
    </message>
    <message>
        <source>Memenuhi: objek ini kewenangan masing-masing kabupaten/kota.</source>
        <translation>Met: this object is the authority of each kabupaten/kota.</translation>
    </message>
    <message>
        <source>Belum diperiksa: urusan ini terbagi antara Pemerintah Pusat, provinsi dan kabupaten/kota, dan layanannya belum disebut. Sebutkan layanannya agar kewenangan dapat diperiksa.</source>
        <translation>Not checked: this affair is divided between the central government, the provinces and the kabupaten/kota, and no service is named. Name the service so that the authority can be checked.</translation>
    </message>
    <message>
        <source>Belum diperiksa: layanan &quot;%1&quot; tidak dikenali dalam tabel kewenangan, dan urusan ini terbagi antartingkat pemerintahan. Sebutkan layanannya dengan istilah Lampiran UU 23/2014.</source>
        <translation>Not checked: service &quot;%1&quot; is not in the authority table, and this affair is divided between levels of government. Name the service in the terms of the Annex of Law 23/2014.</translation>
    </message>
    <message>
        <source>Berhadapan di seberang laut (daftar rujukan batas laut): perlu verifikasi sebelum disebut berbatasan. %1</source>
        <translation>Facing each other across the sea (sea-border reference list): needs verification before calling them bordering. %1</translation>
    </message>
    <message>
        <source>Tidak berbatasan (jarak titik label %1 km): kerja sama wajib tidak berlaku; yang mungkin adalah kerja sama sukarela.</source>
        <translation>Not bordering (label points %1 km apart): mandatory cooperation does not apply; voluntary cooperation is possible.</translation>
    </message>
    <message>
        <source>Perlu kajian hukum: pasangan ini tidak disebut dalam Permendagri 22/2020.</source>
        <translation>Needs legal review: this pair is not named in Permendagri 22/2020.</translation>
    </message>
    <message>
        <source>Tidak diberikan: objeknya di luar kewenangan salah satu pihak.</source>
        <translation>Not given: the object is outside one party&apos;s authority.</translation>
    </message>
    <message>
        <source>Tidak diberikan: objeknya dirujuk ke tingkat pemerintahan lain.</source>
        <translation>Not given: the object is referred to another level of government.</translation>
    </message>
    <message>
        <source>Tidak diberikan: jenis pasangan hanya untuk kerja sama wajib, dan kedua daerah tidak berbatasan.</source>
        <translation>Not given: pair types exist for mandatory cooperation only, and the two regions do not border.</translation>
    </message>
    <message>
        <source>Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): eksternalitas antara kedua pihak = ya dan lebih efisien dikelola bersama = ya.</source>
        <translation>Indicated mandatory (initial mapping result; needs study and the parties&apos; agreement): externality between the two parties = yes and more efficient when managed jointly = yes.</translation>
    </message>
    <message>
        <source>Potensi wajib: eksternalitas = ya dan efisiensi = ya, tetapi kedua daerah hanya berhadapan di seberang laut; verifikasi dahulu apakah keduanya berbatasan.</source>
        <translation>Potentially mandatory: externality = yes and efficiency = yes, but the two regions only face each other across the sea; verify first whether they border.</translation>
    </message>
    <message>
        <source>Potensi wajib (perlu kajian): eksternalitas antara kedua pihak = %1, efisiensi = %2. Bukti yang belum ada bukan berarti &quot;tidak&quot;; lengkapi kajiannya.</source>
        <translation>Potentially mandatory (needs study): externality between the two parties = %1, efficiency = %2. Missing evidence does not mean &quot;no&quot;; complete the study.</translation>
    </message>
    <message>
        <source>Keduanya hanya berhadapan di seberang laut: perlu verifikasi.</source>
        <translation>They only face each other across the sea: needs verification.</translation>
    </message>
    <message>
        <source>Sukarela: eksternalitas antara kedua pihak = %1, efisiensi = %2; kedua syarat kerja sama wajib tidak terpenuhi bersama-sama.</source>
        <translation>Voluntary: externality between the two parties = %1, efficiency = %2; the two conditions of mandatory cooperation are not both met.</translation>
    </message>
    <message>
        <source>Tidak dinilai: objeknya dirujuk ke tingkat pemerintahan yang berwenang.</source>
        <translation>Not assessed: the object is referred to the level of government that holds it.</translation>
    </message>
    <message>
        <source>Tidak dinilai: objeknya di luar kewenangan salah satu pihak.</source>
        <translation>Not assessed: the object is outside one party&apos;s authority.</translation>
    </message>
    <message>
        <source>Bila kerja sama wajib ini kelak disepakati dan tidak dilaksanakan, urusannya dapat diambil alih oleh %1, dengan biaya diperhitungkan dari dana transfer daerah.</source>
        <translation>If this mandatory cooperation is later agreed and not carried out, the affair can be taken over by %1, with the cost charged to the region&apos;s transfer funds.</translation>
    </message>
    <message>
        <source>perlu kajian hukum (tipe C)</source>
        <translation>needs legal review (type C)</translation>
    </message>
    <message>
        <source>perlu persetujuan DPRD</source>
        <translation>requires DPRD approval</translation>
    </message>
    <message>
        <source>batas laut, perlu verifikasi</source>
        <translation>sea border, needs verification</translation>
    </message>
    <message>
        <source>kewenangan belum diperiksa: sebutkan layanannya</source>
        <translation>authority not checked: name the service</translation>
    </message>
</context>
<context>
    <name>ksd::ScopePanel</name>
    <message>
        <source>Wilayah yang berbatasan dengan %1 ditambahkan ke cakupan.</source>
        <translation>Regions bordering %1 added to the scope.</translation>
    </message>
    <message>
        <source>wilayah terpilih</source>
        <translation>the selected regions</translation>
    </message>
    <message>
        <source>Semua wilayah yang berbatasan sudah ada dalam cakupan.</source>
        <translation>All bordering regions are already in the scope.</translation>
    </message>
    <message numerus="yes">
        <source>%n wilayah dikeluarkan dari cakupan; isiannya tetap tersimpan.</source>
        <translation>
            <numerusform>%n region removed from the scope; its entries are kept.</numerusform>
            <numerusform>%n regions removed from the scope; their entries are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saring wilayah…</source>
        <translation>Filter regions…</translation>
    </message>
    <message>
        <source>Saring wilayah dalam cakupan</source>
        <translation>Filter regions in scope</translation>
    </message>
    <message>
        <source>Wilayah dalam cakupan</source>
        <translation>Regions in scope</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Tambah provinsi, kabupaten atau kota ke cakupan</source>
        <translation>Add a province, regency or city to the scope</translation>
    </message>
    <message>
        <source>Tetangga</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <source>Tambah wilayah yang berbatasan darat dengan wilayah terpilih (atau dengan daerah pemilik)</source>
        <translation>Add regions that share a land border with the selected regions (or with the owning region)</translation>
    </message>
    <message>
        <source>Keluarkan</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keluarkan wilayah terpilih dari cakupan; isiannya tetap tersimpan</source>
        <translation>Remove the selected regions from the scope; their entries are kept</translation>
    </message>
</context>
<context>
    <name>ksd::ScopeTreeModel</name>
    <message>
        <source>Daerah pemilik pemetaan</source>
        <translation>Region owning the mapping</translation>
    </message>
    <message>
        <source>Provinsi ini sendiri tidak termasuk cakupan; hanya kabupaten/kotanya.</source>
        <translation>The province itself is not in the scope; only its regencies/cities.</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Entries</translation>
    </message>
</context>
<context>
    <name>ksd::SendCopyDialog</name>
    <message>
        <source>Kirim ke perangkat daerah</source>
        <translation>Send to regional agency</translation>
    </message>
    <message>
        <source>Buat salinan proyek untuk diisi oleh satu perangkat daerah. Perubahan yang mereka buat dicatat atas nama perangkat daerah itu, lalu dapat digabungkan kembali dengan Berkas → Gabungkan salinan…</source>
        <translation>Create a copy of the project to be filled in by one regional agency. The changes they make are recorded in that agency&apos;s name, and can then be merged back with File → Merge copies…</translation>
    </message>
    <message>
        <source>mis. Dinas Lingkungan Hidup</source>
        <translation>e.g. Dinas Lingkungan Hidup</translation>
    </message>
    <message>
        <source>Semua urusan</source>
        <translation>All affairs</translation>
    </message>
    <message>
        <source>Tanpa &quot;Semua urusan&quot;, salinan hanya memuat isian, usulan dan kerja sama dari urusan yang dicentang.</source>
        <translation>Without &quot;All affairs&quot;, the copy contains only the entries, proposals and agreements of the ticked affairs.</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Perangkat daerah:</source>
        <translation>Regional agency:</translation>
    </message>
    <message>
        <source>Urusan:</source>
        <translation>Affairs:</translation>
    </message>
    <message>
        <source>Simpan ke:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Simpan salinan</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi nama perangkat daerah penerima.</source>
        <translation>Enter the name of the receiving regional agency.</translation>
    </message>
    <message>
        <source>Centang paling sedikit satu urusan, atau pilih &quot;Semua urusan&quot;.</source>
        <translation>Tick at least one affair, or choose &quot;All affairs&quot;.</translation>
    </message>
    <message>
        <source>Pilih berkas tujuan.</source>
        <translation>Choose the destination file.</translation>
    </message>
    <message>
        <source>Berkas itu sudah ada dan tidak ditimpa.</source>
        <translation>That file already exists and is not overwritten.</translation>
    </message>
    <message>
        <source>Salinan tidak dapat disimpan</source>
        <translation>The copy cannot be saved</translation>
    </message>
    <message>
        <source>Belum ada urusan yang dicentang.</source>
        <translation>No affairs are ticked yet.</translation>
    </message>
    <message>
        <source>Salinan akan berisi %1 isian, %2 usulan dan %3 kerja sama.</source>
        <translation>The copy will contain %1 entries, %2 proposals and %3 agreements.</translation>
    </message>
    <message>
        <source>Simpan salinan untuk perangkat daerah</source>
        <translation>Save copy for regional agency</translation>
    </message>
    <message>
        <source>Proyek PetaKSD (*.ksd)</source>
        <translation>PetaKSD project (*.ksd)</translation>
    </message>
    <message>
        <source>Tanpa pindaian dokumen (nama, hash dan versi tetap ikut)</source>
        <translation>Without the document scans (names, hashes and versions are kept)</translation>
    </message>
</context>
<context>
    <name>ksd::ShareActions</name>
    <message>
        <source>&amp;Kirim ke perangkat daerah…</source>
        <translation>Sen&amp;d to regional agency…</translation>
    </message>
    <message>
        <source>Membuat salinan proyek untuk diisi oleh satu perangkat daerah</source>
        <translation>Creates a copy of the project to be filled in by one regional agency</translation>
    </message>
    <message>
        <source>&amp;Gabungkan salinan…</source>
        <translation>&amp;Merge copies…</translation>
    </message>
    <message>
        <source>Menggabungkan salinan yang dikembalikan perangkat daerah, dengan pratinjau dan pilihan untuk setiap konflik</source>
        <translation>Merges copies returned by regional agencies, with a preview and a choice for each conflict</translation>
    </message>
    <message>
        <source>&amp;Log penggabungan…</source>
        <translation>Merge &amp;log…</translation>
    </message>
    <message>
        <source>Menampilkan apa yang diambil dari salinan perangkat daerah, dan mengekspornya ke CSV</source>
        <translation>Shows what was taken from the regional agencies&apos; copies, and exports it to CSV</translation>
    </message>
    <message>
        <source>Salinan tidak dapat dikirim</source>
        <translation>The copy cannot be sent</translation>
    </message>
    <message>
        <source>Salinan untuk %1 disimpan ke %2</source>
        <translation>Copy for %1 saved to %2</translation>
    </message>
    <message>
        <source>Salinan tidak dapat digabungkan di sini</source>
        <translation>The copy cannot be merged here</translation>
    </message>
    <message>
        <source>Proyek yang terbuka adalah salinan untuk %1. Gabungkan salinan ke proyek induk &quot;%2&quot;.</source>
        <translation>The open project is a copy for %1. Merge copies into the parent project &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Pilih salinan yang dikembalikan perangkat daerah</source>
        <translation>Choose the copies returned by regional agencies</translation>
    </message>
    <message>
        <source>Proyek PetaKSD (*.ksd)</source>
        <translation>PetaKSD project (*.ksd)</translation>
    </message>
    <message>
        <source>Salinan digabungkan: %1 ditambahkan, %2 diubah, %3 dihapus, %4 konflik diputuskan. Batalkan dengan Ctrl+Z.</source>
        <translation>Copies merged: %1 added, %2 changed, %3 deleted, %4 conflicts decided. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ksd::ShareMessages</name>
    <message>
        <source>Berkas sudah ada</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <source>Berkas &quot;%1&quot; sudah ada. Timpa berkas itu?</source>
        <translation>The file &quot;%1&quot; already exists. Overwrite it?</translation>
    </message>
    <message>
        <source>Timpa</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ksd::StartPage</name>
    <message>
        <source>%1
Berkas tidak ditemukan</source>
        <translation>%1
File not found</translation>
    </message>
    <message>
        <source>PetaKSD</source>
        <translation>PetaKSD</translation>
    </message>
    <message>
        <source>Pemetaan Kerja Sama Daerah: dari potensi dan kebutuhan sampai perjanjian dan monev</source>
        <translation>Regional Cooperation Mapping: from potentials and needs to agreements and monitoring and evaluation</translation>
    </message>
    <message>
        <source>Proyek baru…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Mulai pemetaan baru untuk sebuah provinsi, kabupaten atau kota (Ctrl+N)</source>
        <translation>Start a new mapping for a province, regency or city (Ctrl+N)</translation>
    </message>
    <message>
        <source>Buka proyek…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <source>Buka berkas proyek .ksd (Ctrl+O)</source>
        <translation>Open a .ksd project file (Ctrl+O)</translation>
    </message>
    <message>
        <source>Buka contoh</source>
        <translation>Open sample</translation>
    </message>
    <message>
        <source>Buka proyek contoh Kabupaten Banjar 2024 untuk mencoba aplikasi</source>
        <translation>Open the sample project Kabupaten Banjar 2024 to try out the application</translation>
    </message>
    <message>
        <source>Berkas terakhir</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>Belum ada berkas yang dibuka.</source>
        <translation>No files have been opened yet.</translation>
    </message>
    <message>
        <source>Berkas .ksd dari perangkat daerah dapat diseret ke jendela ini untuk dibuka.</source>
        <translation>.ksd files from regional agencies can be dragged onto this window to open them.</translation>
    </message>
</context>
<context>
    <name>ksd::StatusPanel</name>
    <message>
        <source>%1 wilayah · %2 isian · %3 usulan · %4 kerja sama</source>
        <translation>%1 regions · %2 entries · %3 proposals · %4 agreements</translation>
    </message>
    <message>
        <source>Batalkan pekerjaan ini</source>
        <translation>Cancel this task</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kemajuan pekerjaan latar</source>
        <translation>Background task progress</translation>
    </message>
</context>
<context>
    <name>ksd::SuggestionEngine</name>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 adalah wilayah administratif, bukan daerah otonom; isian ini sebaiknya dicatat atas nama %2.</source>
        <translation>%1 is an administrative area, not an autonomous region; this entry should be recorded under %2.</translation>
    </message>
    <message>
        <source>Unsur penunjang %1 bukan objek kerja sama wajib; dapat diusulkan sebagai kerja sama sukarela.</source>
        <translation>Supporting element %1 is not an object of mandatory cooperation; it can be proposed as voluntary cooperation.</translation>
    </message>
    <message>
        <source>%1 (%2) berada di luar cakupan wilayah proyek.</source>
        <translation>%1 (%2) is outside the project&apos;s region scope.</translation>
    </message>
    <message>
        <source>isian</source>
        <translation>entries</translation>
    </message>
    <message>
        <source>saling melengkapi</source>
        <translation>complementarity</translation>
    </message>
    <message>
        <source>prioritas</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>besaran</source>
        <translation>magnitude</translation>
    </message>
    <message>
        <source>kesamaan layanan</source>
        <translation>service similarity</translation>
    </message>
    <message>
        <source>langkah batas</source>
        <translation>border steps</translation>
    </message>
    <message>
        <source>jarak</source>
        <translation>distance</translation>
    </message>
    <message>
        <source>kerja sama yang ada</source>
        <translation>existing cooperation</translation>
    </message>
    <message>
        <source>potensi wajib: berbatasan, bukti belum lengkap (eksternalitas %1, efisiensi %2), perlu kajian</source>
        <translation>potentially mandatory: bordering, evidence incomplete (externality %1, efficiency %2), needs study</translation>
    </message>
    <message>
        <source>sukarela: syarat wajib tidak terpenuhi (eksternalitas %1, efisiensi %2)</source>
        <translation>voluntary: mandatory conditions not met (externality %1, efficiency %2)</translation>
    </message>
    <message>
        <source>sukarela: tidak berbatasan</source>
        <translation>voluntary: not bordering</translation>
    </message>
    <message>
        <source>tidak memenuhi syarat para pihak atau objek</source>
        <translation>parties or object not eligible</translation>
    </message>
    <message>
        <source>potensi %1 (%2) → kebutuhan %3 (%4)</source>
        <translation>potential %1 (%2) → need %3 (%4)</translation>
    </message>
    <message>
        <source>kebutuhan lintas batas di kedua pihak</source>
        <translation>cross-border need on both sides</translation>
    </message>
    <message>
        <source>skor %1 = %2</source>
        <translation>score %1 = %2</translation>
    </message>
    <message>
        <source>sudah ada kerja sama aktif pada urusan ini</source>
        <translation>active cooperation already exists in this affair</translation>
    </message>
    <message>
        <source>bila tidak dilaksanakan diambil alih %1</source>
        <translation>if not carried out, taken over by %1</translation>
    </message>
    <message>
        <source>dasar: %1</source>
        <translation>basis: %1</translation>
    </message>
    <message>
        <source>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: kewenangan provinsi, rujuk ke %3</source>
        <translation>cluster of %1 bordering regions with cross-border need &quot;%2&quot;: provincial authority, refer to %3</translation>
    </message>
    <message>
        <source>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: wajib</source>
        <translation>cluster of %1 bordering regions with cross-border need &quot;%2&quot;: mandatory</translation>
    </message>
    <message>
        <source>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: potensi wajib, perlu kajian (eksternalitas %3, efisiensi %4)</source>
        <translation>cluster of %1 bordering regions with cross-border need &quot;%2&quot;: potentially mandatory, needs study (externality %3, efficiency %4)</translation>
    </message>
    <message>
        <source>klaster %1 daerah berbatasan dengan kebutuhan lintas batas &quot;%2&quot;: sukarela (eksternalitas %3, efisiensi %4)</source>
        <translation>cluster of %1 bordering regions with cross-border need &quot;%2&quot;: voluntary (externality %3, efficiency %4)</translation>
    </message>
    <message>
        <source>anggota %1</source>
        <translation>members %1</translation>
    </message>
    <message>
        <source>%1 isian kebutuhan, %2 pasangan berbatasan, skor rata-rata %3</source>
        <translation>%1 need entries, %2 bordering pairs, average score %3</translation>
    </message>
    <message>
        <source>potensi A→kebutuhan B: %1; potensi B→kebutuhan A: %2; kebutuhan bersama: %3</source>
        <translation>A&apos;s potential→B&apos;s need: %1; B&apos;s potential→A&apos;s need: %2; shared need: %3</translation>
    </message>
    <message>
        <source>tidak terhubung darat</source>
        <translation>no land connection</translation>
    </message>
    <message numerus="yes">
        <source>%n langkah batas</source>
        <translation>
            <numerusform>%n border step</numerusform>
            <numerusform>%n border steps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km antar titik label</source>
        <translation>%1 km between label points</translation>
    </message>
    <message>
        <source>ada kerja sama aktif pada urusan lain</source>
        <translation>active cooperation exists in another affair</translation>
    </message>
    <message>
        <source>belum ada kerja sama aktif</source>
        <translation>no active cooperation yet</translation>
    </message>
    <message>
        <source>berbatasan; jarak antartitik pusat %1 km</source>
        <translation>bordering; %1 km between centre points</translation>
    </message>
    <message>
        <source>%1 langkah batas; jarak antartitik pusat %2 km</source>
        <translation>%1 border steps; %2 km between centre points</translation>
    </message>
    <message>
        <source>tidak terhubung darat; jarak antartitik pusat %1 km</source>
        <translation>no land connection; %1 km between centre points</translation>
    </message>
    <message>
        <source>%1; tipe C perlu kajian hukum</source>
        <translation>%1; type C needs legal review</translation>
    </message>
    <message>
        <source>indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): berbatasan, eksternalitas antara kedua pihak dan efisiensi terpenuhi</source>
        <translation>indicated mandatory (initial mapping result; needs study and the parties&apos; agreement): bordering, externality between the two parties and efficiency met</translation>
    </message>
    <message>
        <source>rujuk ke provinsi %1: objek ini kewenangan provinsi</source>
        <translation>refer to province %1: the object is provincial authority</translation>
    </message>
    <message>
        <source>rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat</source>
        <translation>refer to the central government: the object is central authority</translation>
    </message>
    <message>
        <source>%1 – %2, urusan %3. %4</source>
        <translation>%1 – %2, affair %3. %4</translation>
    </message>
    <message>
        <source>Klaster %1, urusan %2. %3</source>
        <translation>Cluster %1, affair %2. %3</translation>
    </message>
</context>
<context>
    <name>ksd::SuggestionService</name>
    <message>
        <source>Menghitung saran…</source>
        <translation>Computing suggestions…</translation>
    </message>
</context>
<context>
    <name>ksd::SuggestionsModel</name>
    <message>
        <source>Gubernur</source>
        <translation>Governor</translation>
    </message>
    <message>
        <source>Pusat</source>
        <translation>Central government</translation>
    </message>
    <message>
        <source>perlu telaah hukum</source>
        <translation>needs legal review</translation>
    </message>
    <message>
        <source>persetujuan DPRD</source>
        <translation>DPRD approval</translation>
    </message>
    <message>
        <source>sudah ada kerja sama</source>
        <translation>cooperation already exists</translation>
    </message>
    <message>
        <source>rujuk: %1</source>
        <translation>refer: %1</translation>
    </message>
    <message>
        <source>Sudah diusulkan</source>
        <translation>Already proposed</translation>
    </message>
    <message>
        <source>Kelas menurut aturan KSDD (PP 28/2018; UU 23/2014 Pasal 363–364)</source>
        <translation>Class according to the KSDD rules (PP 28/2018; UU 23/2014 Articles 363–364)</translation>
    </message>
    <message>
        <source>Tipe pasangan menurut UU 23/2014 Pasal 364 ayat (2): A–E</source>
        <translation>Pair type according to UU 23/2014 Article 364(2): A–E</translation>
    </message>
    <message>
        <source>Skor kecocokan dua arah, 0–100</source>
        <translation>Two-way match score, 0–100</translation>
    </message>
    <message>
        <source>Yang mengambil alih urusan bila kerja sama wajib tidak dilaksanakan</source>
        <translation>Who takes over the affair if mandatory cooperation is not carried out</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Wilayah A</source>
        <translation>Region A</translation>
    </message>
    <message>
        <source>Wilayah B</source>
        <translation>Region B</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Affair</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tipe</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Diambil alih</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposals</translation>
    </message>
</context>
<context>
    <name>ksd::SuggestionsPage</name>
    <message>
        <source>Saran perlu diperbarui: data proyek berubah sejak saran dihitung. Sedang menghitung ulang…</source>
        <translation>Suggestions need updating: the project data has changed since they were computed. Recomputing…</translation>
    </message>
    <message>
        <source>Saran perlu diperbarui: data proyek berubah sejak saran dihitung.</source>
        <translation>Suggestions need updating: the project data has changed since they were computed.</translation>
    </message>
    <message>
        <source>Saran belum dihitung untuk proyek ini.</source>
        <translation>Suggestions have not been computed for this project yet.</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Computing…</translation>
    </message>
    <message numerus="yes">
        <source>%n saran</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 dari %n saran</source>
        <translation>
            <numerusform>%1 of %n suggestion</numerusform>
            <numerusform>%1 of %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Usulan &quot;%1&quot; dibuat; lihat tab Usulan.</source>
        <translation>Proposal &quot;%1&quot; created; see the Proposals tab.</translation>
    </message>
    <message>
        <source>Hitung saran</source>
        <translation>Compute suggestions</translation>
    </message>
    <message>
        <source>Hitung ulang saran mitra dari isian proyek (F5). Berjalan di latar; dapat dibatalkan dari bilah status.</source>
        <translation>Recompute partner suggestions from the project entries (F5). Runs in the background; can be cancelled from the status bar.</translation>
    </message>
    <message>
        <source>Jadikan usulan</source>
        <translation>Make proposal</translation>
    </message>
    <message>
        <source>Buat usulan kerja sama dari saran yang dipilih</source>
        <translation>Create a cooperation proposal from the selected suggestion</translation>
    </message>
    <message>
        <source>Semua kelas</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Saring menurut kelas KSDD</source>
        <translation>Filter by KSDD class</translation>
    </message>
    <message>
        <source>Saring kelas</source>
        <translation>Filter class</translation>
    </message>
    <message>
        <source>Semua urusan</source>
        <translation>All affairs</translation>
    </message>
    <message>
        <source>Saring urusan</source>
        <translation>Filter affairs</translation>
    </message>
    <message>
        <source>Hanya yang melibatkan daerah pemilik</source>
        <translation>Only those involving the owning region</translation>
    </message>
    <message>
        <source>Tampilkan hanya pasangan yang melibatkan daerah yang melakukan pemetaan</source>
        <translation>Show only pairs that involve the region carrying out the mapping</translation>
    </message>
    <message>
        <source>Cari… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari saran</source>
        <translation>Search suggestions</translation>
    </message>
    <message>
        <source>Perbarui sekarang</source>
        <translation>Update now</translation>
    </message>
    <message>
        <source>Tabel saran</source>
        <translation>Suggestions table</translation>
    </message>
    <message>
        <source>Penjelasan saran</source>
        <translation>Suggestion explanation</translation>
    </message>
    <message>
        <source>Buka proyek lebih dulu.</source>
        <translation>Open a project first.</translation>
    </message>
    <message>
        <source>Pilih satu saran pada tabel.</source>
        <translation>Select one suggestion in the table.</translation>
    </message>
    <message>
        <source>Saran perlu diperbarui lebih dulu (F5).</source>
        <translation>The suggestions must be updated first (F5).</translation>
    </message>
    <message>
        <source>Saran ini sudah diusulkan; lihat tab Usulan.</source>
        <translation>This suggestion has already been proposed; see the Proposals tab.</translation>
    </message>
    <message>
        <source>Sudah diusulkan</source>
        <translation>Already proposed</translation>
    </message>
</context>
<context>
    <name>ksd::Synth</name>
    <message>
        <source>Proyek sintetis nasional (benih %1, %2 isian)</source>
        <translation>National synthetic project (seed %1, %2 entries)</translation>
    </message>
    <message>
        <source>Potensi %1 di %2</source>
        <translation>%1 potential in %2</translation>
    </message>
    <message>
        <source>Kebutuhan %1 di %2</source>
        <translation>%1 need in %2</translation>
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
        <source>Berakhir</source>
        <comment>status</comment>
        <translation>Ended</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>belum diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Belum dinyatakan</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Reviu</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Final ditandatangani</source>
        <translation>Final, signed</translation>
    </message>
    <message>
        <source>Menunggu jawaban</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Pembahasan TKKSD</source>
        <translation>TKKSD review</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Persetujuan Pemerintah Pusat</source>
        <translation>Central government approval</translation>
    </message>
    <message>
        <source>Penyusunan nota kesepakatan</source>
        <translation>Drafting the memorandum of understanding</translation>
    </message>
    <message>
        <source>Penandatanganan nota kesepakatan</source>
        <translation>Signing the memorandum of understanding</translation>
    </message>
    <message>
        <source>Penyusunan rencana aksi</source>
        <translation>Drafting the action plan</translation>
    </message>
</context>
<context>
    <name>ksd::ViewActions</name>
    <message>
        <source>&amp;Layar penuh</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Bilah alat</source>
        <translation>&amp;Toolbar</translation>
    </message>
</context>
<context>
    <name>ksd::Workbench</name>
    <message>
        <source>Halaman %1</source>
        <translation>%1 page</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Proyek</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Bilah alat utama</source>
        <translation>Main toolbar</translation>
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
        <source>Berkas: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Format: versi %1 (application_id 0x%2)</source>
        <translation>Format: version %1 (application_id 0x%2)</translation>
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
        <translation>Total</translation>
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
    <message>
        <source>tidak dapat menulis %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>penggunaan: petaksd suggest FILE.ksd [--urusan KODE] [--region KODE] [--format csv|json] [-o KELUARAN]</source>
        <translation>usage: petaksd suggest FILE.ksd [--urusan CODE] [--region CODE] [--format csv|json] [-o OUTPUT]</translation>
    </message>
    <message>
        <source>--format harus csv atau json, bukan &quot;%1&quot;</source>
        <translation>--format must be csv or json, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>penggunaan: petaksd synth FILE.ksd --entries N --seed S [--year TAHUN]</source>
        <translation>usage: petaksd synth FILE.ksd --entries N --seed S [--year YEAR]</translation>
    </message>
    <message>
        <source>--entries harus bilangan 0–1000000, bukan &quot;%1&quot;</source>
        <translation>--entries must be a number 0–1000000, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seed harus bilangan bulat tak bertanda, bukan &quot;%1&quot;</source>
        <translation>--seed must be an unsigned integer, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Proyek sintetis dibuat: %1 (%2 wilayah, %3 isian, %4 kerja sama, benih %5)</source>
        <translation>Synthetic project created: %1 (%2 regions, %3 entries, %4 agreements, seed %5)</translation>
    </message>
    <message>
        <source>menyarankan pasangan dan klaster kerja sama dengan kelas, skor dan alasannya</source>
        <translation>suggests cooperation pairs and clusters with class, score and reasons</translation>
    </message>
    <message>
        <source>membuat proyek sintetis nasional (552 wilayah) untuk uji beban dan tolok ukur</source>
        <translation>creates a national synthetic project (552 regions) for load tests and benchmarks</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>catatan: kolom berikut tidak dikenal dan diabaikan: %1</source>
        <translation>note: the following columns are unknown and ignored: %1</translation>
    </message>
    <message>
        <source>Daftar kesalahan ditulis ke %1</source>
        <translation>Error list written to %1</translation>
    </message>
    <message>
        <source>impor ditolak: tidak ada baris yang dapat diimpor dari %1; proyek tidak diubah</source>
        <translation>import refused: no rows could be imported from %1; the project is unchanged</translation>
    </message>
    <message>
        <source>impor ditolak: %1 dari %2 baris bermasalah; proyek tidak diubah. Perbaiki baris tersebut, atau pakai --skip-invalid untuk mengimpor %3 baris yang valid saja.</source>
        <translation>import refused: %1 of %2 rows have problems; the project is unchanged. Fix those rows, or use --skip-invalid to import only the %3 valid rows.</translation>
    </message>
    <message>
        <source>Diimpor: %1 %2 dari %3 (%4, pemisah %5)</source>
        <translation>Imported: %1 %2 from %3 (%4, separator %5)</translation>
    </message>
    <message>
        <source>Dilewati: %1 baris bermasalah</source>
        <translation>Skipped: %1 rows with problems</translation>
    </message>
    <message>
        <source>isian</source>
        <translation>entries</translation>
    </message>
    <message>
        <source>usulan</source>
        <translation>proposals</translation>
    </message>
    <message>
        <source>kerja sama</source>
        <translation>agreements</translation>
    </message>
    <message>
        <source>Wilayah ditambahkan ke cakupan: %1</source>
        <translation>Regions added to the scope: %1</translation>
    </message>
    <message>
        <source>Disimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Diekspor: %1 saran ke %2</source>
        <translation>Exported: %1 suggestions to %2</translation>
    </message>
    <message>
        <source>Diekspor: %1 isian ke %2</source>
        <translation>Exported: %1 entries to %2</translation>
    </message>
    <message>
        <source>mencetak baris judul kolom templat CSV (pemisah &apos;;&apos;) untuk diisi di Excel</source>
        <translation>prints the header row of a CSV template (separator &apos;;&apos;) to fill in with Excel</translation>
    </message>
    <message>
        <source>mengimpor CSV; bila ada baris bermasalah tidak ada yang diimpor (keluar 1), kecuali dengan --skip-invalid</source>
        <translation>imports CSV; if any row has problems nothing is imported (exit 1), unless --skip-invalid is given</translation>
    </message>
    <message>
        <source>pemakaian: petaksd map BERKAS.ksd -o KELUARAN.png|svg|pdf [--layout geo|force|circle] [--urusan KODE] [--width PX]</source>
        <translation>usage: petaksd map FILE.ksd -o OUTPUT.png|svg|pdf [--layout geo|force|circle] [--urusan CODE] [--width PX]</translation>
    </message>
    <message>
        <source>sebutkan berkas keluaran dengan -o KELUARAN.png, .svg atau .pdf</source>
        <translation>specify the output file with -o OUTPUT.png, .svg or .pdf</translation>
    </message>
    <message>
        <source>format keluaran tidak dikenal: %1 (gunakan .png, .svg atau .pdf)</source>
        <translation>unknown output format: %1 (use .png, .svg or .pdf)</translation>
    </message>
    <message>
        <source>tata letak tidak dikenal: %1 (geo, force atau circle)</source>
        <translation>unknown layout: %1 (geo, force or circle)</translation>
    </message>
    <message>
        <source>jenis tautan tidak dikenal: %1 (wajib, potensi_wajib, sukarela, rujuk_provinsi, usulan, kesepakatan)</source>
        <translation>unknown link type: %1 (wajib, potensi_wajib, sukarela, rujuk_provinsi, usulan, kesepakatan)</translation>
    </message>
    <message>
        <source>%1 bukan provinsi</source>
        <translation>%1 is not a province</translation>
    </message>
    <message>
        <source>tahap tidak dikenal: %1</source>
        <translation>unknown stage: %1</translation>
    </message>
    <message>
        <source>ukuran simpul tidak dikenal: %1 (entries atau score)</source>
        <translation>unknown node size: %1 (entries or score)</translation>
    </message>
    <message>
        <source>warna simpul tidak dikenal: %1 (type atau balance)</source>
        <translation>unknown node colour: %1 (type or balance)</translation>
    </message>
    <message>
        <source>lebar harus bilangan bulat 200–20000 piksel</source>
        <translation>width must be a whole number 200–20000 pixels</translation>
    </message>
    <message>
        <source>dpi harus bilangan bulat 72–300</source>
        <translation>dpi must be a whole number 72–300</translation>
    </message>
    <message>
        <source>Peta ditulis: %1 (%2 wilayah, %3 tautan)</source>
        <translation>Map written: %1 (%2 regions, %3 links)</translation>
    </message>
    <message>
        <source>menggambar peta jejaring kerja sama ke PNG, SVG atau PDF (tanpa layar)</source>
        <translation>draws the cooperation network map to PNG, SVG or PDF (headless)</translation>
    </message>
    <message>
        <source>bahasa --lang &quot;%1&quot; tidak dikenal (pilih id atau en)</source>
        <translation>unknown --lang language &quot;%1&quot; (choose id or en)</translation>
    </message>
    <message>
        <source>tanggal --today &quot;%1&quot; tidak valid (gunakan YYYY-MM-DD, misalnya 2024-06-13)</source>
        <translation>--today date &quot;%1&quot; is not valid (use YYYY-MM-DD, e.g. 2024-06-13)</translation>
    </message>
    <message>
        <source>Laporan ditulis: %1 (%2 halaman, %3 ms)</source>
        <translation>Report written: %1 (%2 pages, %3 ms)</translation>
    </message>
    <message>
        <source>urusan</source>
        <translation>affair</translation>
    </message>
    <message>
        <source>layanan &quot;%1&quot;</source>
        <translation>service &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Kelas: %1 (%2)</source>
        <translation>Class: %1 (%2)</translation>
    </message>
    <message>
        <source>Tipe pasangan: %1</source>
        <translation>Pair type: %1</translation>
    </message>
    <message>
        <source>Tanda: %1</source>
        <translation>Flags: %1</translation>
    </message>
    <message>
        <source>Alasan: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Jejak aturan:</source>
        <translation>Rule trace:</translation>
    </message>
    <message>
        <source> (menentukan)</source>
        <translation> (decisive)</translation>
    </message>
    <message>
        <source>Dasar: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>--%1 harus yes, no atau unknown, bukan &quot;%2&quot;</source>
        <translation>--%1 must be yes, no or unknown, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 harus yes atau no, bukan &quot;%2&quot;</source>
        <translation>--%1 must be yes or no, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>sebutkan perangkat daerah penerima dengan --to &quot;NAMA PD&quot;</source>
        <translation>specify the receiving regional agency with --to &quot;PD NAME&quot;</translation>
    </message>
    <message>
        <source>Salinan untuk %1 ditulis ke %2</source>
        <translation>Copy for %1 written to %2</translation>
    </message>
    <message>
        <source>Isi: %1 isian, %2 usulan, %3 kerja sama</source>
        <translation>Contents: %1 entries, %2 proposals, %3 agreements</translation>
    </message>
    <message>
        <source>Dibatasi pada urusan: %1</source>
        <translation>Limited to affairs: %1</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>%1 %2 oleh %3</source>
        <translation>%1 %2 by %3</translation>
    </message>
    <message>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 ditambahkan, %4 diubah, %5 dihapus, %6 konflik</source>
        <translation>%1 (%2): %3 added, %4 changed, %5 deleted, %6 conflicts</translation>
    </message>
    <message>
        <source>KONFLIK %1 %2 &quot;%3&quot;: %4</source>
        <translation>CONFLICT %1 %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>versi saya: %1</source>
        <translation>my version: %1</translation>
    </message>
    <message>
        <source>versi PD: %1</source>
        <translation>PD version: %1</translation>
    </message>
    <message>
        <source>%1: saya «%2» | PD «%3»</source>
        <translation>%1: mine «%2» | PD «%3»</translation>
    </message>
    <message>
        <source>→ dipakai versi saya</source>
        <translation>→ my version used</translation>
    </message>
    <message>
        <source>→ dipakai versi PD</source>
        <translation>→ PD version used</translation>
    </message>
    <message>
        <source>penggunaan: petaksd merge FILE.ksd SALINAN.ksd… [--prefer mine|theirs] [--dry-run] [--json]</source>
        <translation>usage: petaksd merge FILE.ksd COPY.ksd… [--prefer mine|theirs] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>--prefer harus mine atau theirs, bukan &quot;%1&quot;</source>
        <translation>--prefer must be mine or theirs, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Jumlah: %1 ditambahkan, %2 diubah, %3 dihapus, %4 konflik</source>
        <translation>Total: %1 added, %2 changed, %3 deleted, %4 conflicts</translation>
    </message>
    <message>
        <source>Disimpan ke %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Uji coba (--dry-run): %1 tidak diubah</source>
        <translation>Trial run (--dry-run): %1 unchanged</translation>
    </message>
    <message>
        <source>Tidak ada perubahan; %1 tidak diubah</source>
        <translation>No changes; %1 unchanged</translation>
    </message>
    <message numerus="yes">
        <source>penggabungan dihentikan: %n konflik belum diputuskan; %1 tidak diubah. Tinjau konflik di atas, lalu ulangi dengan --prefer mine (pakai versi saya) atau --prefer theirs (pakai versi PD).</source>
        <translation>
            <numerusform>merge stopped: %n conflict not yet decided; %1 unchanged. Review the conflict above, then repeat with --prefer mine (use my version) or --prefer theirs (use the PD version).</numerusform>
            <numerusform>merge stopped: %n conflicts not yet decided; %1 unchanged. Review the conflicts above, then repeat with --prefer mine (use my version) or --prefer theirs (use the PD version).</numerusform>
        </translation>
    </message>
    <message>
        <source>menulis salinan proyek untuk perangkat daerah, bila perlu hanya urusan tertentu</source>
        <translation>writes a copy of the project for a regional agency, optionally limited to certain affairs</translation>
    </message>
    <message>
        <source>menggabungkan salinan yang dikembalikan perangkat daerah (keluar 3 bila ada konflik)</source>
        <translation>merges copies returned by regional agencies (exit 3 if there are conflicts)</translation>
    </message>
    <message>
        <source>belum dinilai</source>
        <translation>not yet assessed</translation>
    </message>
    <message>
        <source>KSDD menurut kelas (aturan PP 28/2018, UU 23/2014 Pasal 363–364): %1</source>
        <translation>KSDD by class (rules of PP 28/2018, UU 23/2014 Articles 363–364): %1</translation>
    </message>
    <message>
        <source>penggunaan: petaksd export FILE.ksd --entries|--suggestions|--proposals|--agreements -o KELUARAN.csv</source>
        <translation>usage: petaksd export FILE.ksd --entries|--suggestions|--proposals|--agreements -o OUTPUT.csv</translation>
    </message>
    <message>
        <source>Diekspor: usulan ke %1</source>
        <translation>Exported: proposals to %1</translation>
    </message>
    <message>
        <source>Diekspor: kerja sama ke %1</source>
        <translation>Exported: agreements to %1</translation>
    </message>
    <message>
        <source>mengekspor isian, saran, usulan atau kerja sama ke CSV untuk Excel (pemisah &apos;;&apos;, BOM, koma desimal)</source>
        <translation>export entries, suggestions, proposals or agreements to CSV for Excel (&apos;;&apos; separator, BOM, decimal comma)</translation>
    </message>
    <message>
        <source>Dibaca sebagai format versi %1 (di memori; berkas tidak diubah)</source>
        <translation>Read as format version %1 (in memory; the file is unchanged)</translation>
    </message>
    <message>
        <source>Peringatan: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Dapat diambil alih oleh: %1</source>
        <translation>Can be taken over by: %1</translation>
    </message>
    <message>
        <source>penggunaan: petaksd classify A B URUSAN [--service NAMA] [--externality yes|no|unknown] [--efficiency yes|no|unknown] [--level pusat|provinsi|kabupaten_kota] [--provincial yes|no] [--burdens yes|no] [--apbd yes|no] [--project FILE.ksd] [--json]</source>
        <translation>usage: petaksd classify A B URUSAN [--service NAME] [--externality yes|no|unknown] [--efficiency yes|no|unknown] [--level pusat|provinsi|kabupaten_kota] [--provincial yes|no] [--burdens yes|no] [--apbd yes|no] [--project FILE.ksd] [--json]</translation>
    </message>
    <message>
        <source>--level harus pusat, provinsi atau kabupaten_kota, bukan &quot;%1&quot;</source>
        <translation>--level must be pusat, provinsi or kabupaten_kota, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>menggolongkan pasangan daerah A–B untuk satu urusan (indikasi wajib/sukarela/rujuk provinsi atau Pusat) dengan dasar hukumnya</source>
        <translation>classify the region pair A–B for one affair (indicated mandatory/voluntary/refer to the province or the centre) with its legal basis</translation>
    </message>
    <message>
        <source>DATA PROYEK TIDAK DIAMBIL %1: saya «%2» | PD «%3»</source>
        <translation>PROJECT DATA NOT TAKEN %1: mine «%2» | PD «%3»</translation>
    </message>
    <message>
        <source>%1: format versi %2 diperbarui di memori sebelum digabungkan; berkas salinan tidak diubah</source>
        <translation>%1: format version %2 updated in memory before merging; the copy file is unchanged</translation>
    </message>
    <message>
        <source>tidak dapat menulis ke keluaran standar</source>
        <translation>cannot write to standard output</translation>
    </message>
    <message>
        <source>KALAH %1 %2 &quot;%3&quot;: versi PD %4 kalah oleh versi %5 yang lebih baru (%6)</source>
        <translation>LOST %1 %2 &quot;%3&quot;: the PD version %4 lost to the later version of %5 (%6)</translation>
    </message>
    <message>
        <source>Pemeriksaan: lengkap (integrity_check: halaman, indeks dan UNIQUE)</source>
        <translation>Check: full (integrity_check: pages, indexes and UNIQUE)</translation>
    </message>
    <message>
        <source>Pemeriksaan: cepat (quick_check: struktur halaman; --full memeriksa indeks juga)</source>
        <translation>Check: quick (quick_check: page structure; --full checks the indexes too)</translation>
    </message>
    <message>
        <source>penggunaan: petaksd template --entries|--proposals|--agreements|--offers [-o BERKAS.csv]</source>
        <translation>usage: petaksd template --entries|--proposals|--agreements|--offers [-o FILE.csv]</translation>
    </message>
    <message>
        <source>penggunaan: petaksd import FILE.ksd --entries CSV|--proposals CSV|--agreements CSV|--offers CSV [--skip-invalid] [--pd PERANGKAT_DAERAH] [--errors KESALAHAN.csv]</source>
        <translation>usage: petaksd import FILE.ksd --entries CSV|--proposals CSV|--agreements CSV|--offers CSV [--skip-invalid] [--pd AGENCY] [--errors ERRORS.csv]</translation>
    </message>
    <message>
        <source>penawaran masuk</source>
        <translation>incoming offers</translation>
    </message>
    <message>
        <source>Tahap dipetakan: %1</source>
        <translation>Stage mapped: %1</translation>
    </message>
    <message>
        <source>%1 | %2 | %3 | %4</source>
        <translation>%1 | %2 | %3 | %4</translation>
    </message>
    <message>
        <source>SHA-256 tercatat %1, isi sekarang %2</source>
        <translation>SHA-256 recorded %1, content now %2</translation>
    </message>
    <message>
        <source>Dokumen diperiksa: %1; berubah atau tidak ada: %2</source>
        <translation>Documents checked: %1; altered or missing: %2</translation>
    </message>
    <message>
        <source>penggunaan: petaksd check FILE.ksd [--full] [--documents]</source>
        <translation>usage: petaksd check FILE.ksd [--full] [--documents]</translation>
    </message>
    <message>
        <source>Penawaran masuk</source>
        <translation>Incoming offers</translation>
    </message>
    <message>
        <source>tidak ada kerja sama dengan nomor atau id &quot;%1&quot;</source>
        <translation>no cooperation with number or id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nomor &quot;%1&quot; dipakai %2 kerja sama (%3); pakai id kerja sama</source>
        <translation>number &quot;%1&quot; is used by %2 cooperations (%3); use the cooperation&apos;s id</translation>
    </message>
    <message>
        <source>penggunaan: petaksd attach FILE.ksd --agreement NOMOR PINDAIAN [--version draf|reviu|final] [--kind JENIS] [--holder PEMEGANG] [--location LOKASI]</source>
        <translation>usage: petaksd attach FILE.ksd --agreement NUMBER SCAN [--version draf|reviu|final] [--kind KIND] [--holder HOLDER] [--location LOCATION]</translation>
    </message>
    <message>
        <source>versi &quot;%1&quot; tidak dikenal: pakai draf, reviu atau final</source>
        <translation>unknown version &quot;%1&quot;: use draf, reviu or final</translation>
    </message>
    <message>
        <source>Bagian Kerja Sama</source>
        <translation>Bagian Kerja Sama</translation>
    </message>
    <message>
        <source>Dilampirkan: %1 (%2, SHA-256 %3, versi %4) pada &quot;%5&quot;</source>
        <translation>Attached: %1 (%2, SHA-256 %3, version %4) to &quot;%5&quot;</translation>
    </message>
    <message>
        <source>memeriksa berkas .ksd dan meringkas isinya (keluar 2 bila ditolak); --full menjalankan integrity_check SQLite yang lengkap; --documents memeriksa SHA-256 setiap dokumen arsip (keluar 1 bila ada yang berubah atau tidak ada)</source>
        <translation>checks a .ksd file and summarises it (exit 2 when refused); --full runs SQLite&apos;s full integrity_check; --documents checks the SHA-256 of every archived document (exit 1 when one is altered or missing)</translation>
    </message>
    <message>
        <source>melampirkan naskah (pindaian, PDF) pada kerja sama bernomor NOMOR, dengan SHA-256 dan versinya</source>
        <translation>attaches a document (scan, PDF) to the cooperation numbered NUMBER, with its SHA-256 and version</translation>
    </message>
    <message>
        <source>penggunaan: petaksd report FILE.ksd -o OUT.pdf|OUT.odt [--pdfa] [--lang id|en] [--sections DAFTAR] [--today YYYY-MM-DD] [--prepared-by TEKS] [--scope KODE,KODE]</source>
        <translation>usage: petaksd report FILE.ksd -o OUT.pdf|OUT.odt [--pdfa] [--lang id|en] [--sections LIST] [--today YYYY-MM-DD] [--prepared-by TEXT] [--scope CODE,CODE]</translation>
    </message>
    <message>
        <source>--pdfa hanya untuk keluaran PDF, bukan %1</source>
        <translation>--pdfa is for PDF output only, not %1</translation>
    </message>
    <message>
        <source>Laporan ditulis: %1 (OpenDocument, %2 ms)</source>
        <translation>Report written: %1 (OpenDocument, %2 ms)</translation>
    </message>
    <message>
        <source>menulis laporan hasil pemetaan tanpa membuka jendela: PDF A4 (--pdfa: PDF/A-1b untuk arsip) atau, bila OUT berakhiran .odt, salinan OpenDocument yang dapat disunting; DAFTAR: cover, approval, foreword, contents, summary, recommendations, method, map, wajib, sukarela, clusters, matrix, profiles, register, others, appendix</source>
        <translation>writes the mapping report without opening a window: an A4 PDF (--pdfa: PDF/A-1b for archiving) or, when OUT ends in .odt, an editable OpenDocument copy; LIST: cover, approval, foreword, contents, summary, recommendations, method, map, wajib, sukarela, clusters, matrix, profiles, register, others, appendix</translation>
    </message>
    <message>
        <source>penggunaan: petaksd send FILE.ksd --to &quot;NAMA PD&quot; [--urusan DAFTAR] [--without-scans] -o SALINAN.ksd</source>
        <translation>usage: petaksd send FILE.ksd --to &quot;AGENCY&quot; [--urusan LIST] [--without-scans] -o COPY.ksd</translation>
    </message>
    <message>
        <source>Peringatan masa berlaku (90 hari; 180 hari bila perlu persetujuan DPRD atau penawaran baru)</source>
        <translation>Expiry warnings (90 days; 180 days when DPRD approval or a new offer is needed)</translation>
    </message>
    <message>
        <source>Jangka waktu lebih dari 5 tahun atau tanpa tanggal berakhir, tanpa dasar pengecualian: %1</source>
        <translation>Term over 5 years or without an end date, no exception basis: %1</translation>
    </message>
    <message>
        <source>Kesepakatan bersama tanpa PKS setahun sesudah ditandatangani: %1</source>
        <translation>Joint agreements without a PKS a year after signing: %1</translation>
    </message>
    <message>
        <source>ditandatangani %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <source>Penawaran masuk: %1 (menunggu jawaban %2, diterima %3, ditolak %4)</source>
        <translation>Incoming offers: %1 (awaiting an answer %2, accepted %3, declined %4)</translation>
    </message>
    <message>
        <source>jawab paling lambat %1</source>
        <translation>answer by %1</translation>
    </message>
</context>
</TS>
