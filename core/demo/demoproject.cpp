// SPDX-License-Identifier: Apache-2.0
// The built-in example project "Pemetaan KSD Kabupaten Banjar 2024 (contoh)".
//
// Everything here is example data written the way a planner in the Bagian Pemerintahan of Kabupaten Banjar would
// write it; it is not official data. The record texts are data, not UI strings, so they are not translated: the
// project must be the same whatever the UI language. Everything is deterministic: ids are UUIDv5 of stable names,
// timestamps come from fixed dates, and only the end dates of the agreements meant to show the expiry warning are
// placed relative to `today`.
#include "demoproject.h"

#include "register/procedure.h"

#include "refdata/refdata.h"

#include <QHash>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace ksd {

namespace {

/// Namespace of every id in the demo project (UUIDv5).
const QUuid DemoNamespace(0x3f6c2a1e, 0x9b47, 0x5d10, 0x8e, 0x2a, 0x61, 0xc4, 0x0b, 0x7d, 0x95, 0xe3);

constexpr double NoMagnitude = std::numeric_limits<double>::quiet_NaN();
constexpr Evidence Y = Evidence::Yes;
constexpr Evidence N = Evidence::No;
constexpr Evidence U = Evidence::Unknown;
constexpr EntryKind P = EntryKind::Potensi;
constexpr EntryKind K = EntryKind::Kebutuhan;

const char *const Owner = "63.03";
const char *const Register = "Bagian Pemerintahan"; ///< keeps the register and the monev records

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QUuid demoId(const char *kind, const char *key)
{
    return QUuid::createUuidV5(DemoNamespace, u(kind) + QLatin1Char('/') + u(key));
}

QDateTime utc(const QDate &date, int hour = 9, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), Qt::UTC);
}

RecordMeta meta(const char *kind, const char *key, const QString &by, const QDateTime &created,
                const QDateTime &modified)
{
    RecordMeta m;
    m.id = demoId(kind, key);
    m.created = created;
    m.modified = modified;
    m.modifiedBy = by;
    return m;
}

// ---- scope ----------------------------------------------------------------------------------------------------

/// Kalimantan Selatan, its kab/kota, the kab/kota of Kalimantan Tengah and Kalimantan Timur that border one of them,
/// and Kota Palangka Raya (the partner of the food and inflation cooperation, not a neighbour). Sorted.
QStringList demoScope()
{
    const RefData &ref = RefData::instance();
    QSet<QString> codes{QStringLiteral("63"), QStringLiteral("62.71")};
    for (const Region *r : ref.regionsOfProvince(QStringLiteral("63"))) {
        codes.insert(r->code);
        for (const QString &n : ref.neighbours(r->code)) {
            const Region *nb = ref.region(n);
            if (nb && (nb->provinceCode == QLatin1String("62") || nb->provinceCode == QLatin1String("64")))
                codes.insert(n);
        }
    }
    QStringList out(codes.cbegin(), codes.cend());
    out.sort();
    return out;
}

// ---- entries --------------------------------------------------------------------------------------------------

struct EntrySpec
{
    const char *key;
    EntryKind kind;
    const char *region;
    const char *urusan;
    const char *service;
    const char *title;
    const char *description;
    double magnitude;
    const char *unit;
    int priority;
    Evidence location;
    Evidence users;
    Evidence impact;
    const char *externalityNote;
    Evidence efficiency;
    const char *efficiencyNote;
    const char *sourcePd;
};

// clang-format off
const EntrySpec Entries[] = {
    // --- Persampahan regional: TPA Regional Banjarbakula (2.11) ---
    {"sampah-banjarmasin", K, "63.71", "2.11", "TPA regional",
     "Pembuangan akhir sampah Kota Banjarmasin ke TPA Regional Banjarbakula",
     "Timbulan sampah kota sekitar 650 ton/hari; lahan TPA kota hampir penuh sehingga sebagian besar residu diangkut "
     "ke TPA Regional Banjarbakula. Perlu kepastian kuota ritase harian dan besaran tipping fee.",
     650, "ton/hari", 5, Y, Y, Y,
     "Lokasi pembuangan berada di luar wilayah kota; truk melintasi jalan Kabupaten Banjar; bau dan lindi dirasakan "
     "warga sekitar TPA.",
     Y, "Satu sel sanitary landfill bersama jauh lebih murah per ton daripada membangun TPA sendiri di lahan kota yang "
     "terbatas.",
     "Dinas Lingkungan Hidup Kota Banjarmasin"},
    {"sampah-banjarbaru", K, "63.72", "2.11", "TPA regional",
     "Pengelolaan residu sampah Kota Banjarbaru di TPA regional",
     "Timbulan sampah sekitar 140 ton/hari. TPA regional berada di wilayah kota sehingga dibutuhkan kompensasi dampak "
     "lingkungan bagi warga sekitar dan pembagian biaya pemeliharaan jalan akses.",
     140, "ton/hari", 5, Y, Y, Y,
     "TPA regional menampung sampah lima daerah; dampak bau, lalat dan lalu lintas truk ditanggung warga Banjarbaru.",
     Y, "Biaya operasional alat berat dan pengolahan lindi dibagi lima daerah.",
     "Dinas Lingkungan Hidup Kota Banjarbaru"},
    {"sampah-banjar", K, "63.03", "2.11", "TPA regional",
     "Kuota pembuangan sampah Kabupaten Banjar ke TPA Regional Banjarbakula",
     "Timbulan sampah terlayani sekitar 260 ton/hari dari Kecamatan Martapura, Martapura Timur, Martapura Barat, "
     "Astambul, Karang Intan, Gambut, Kertak Hanyar dan Sungai Tabuk. Kuota saat ini belum mencukupi pada musim hujan.",
     260, "ton/hari", 5, Y, Y, Y,
     "Sampah diangkut ke TPA di Kota Banjarbaru; pengelolaan yang buruk mencemari anak sungai Martapura yang mengalir "
     "ke Banjarmasin.",
     Y, "Kajian DLH 2023: biaya per ton di TPA regional sekitar 40% lebih rendah daripada TPA kabupaten sendiri.",
     "Dinas Lingkungan Hidup"},
    {"sampah-batola", K, "63.04", "2.11", "TPA regional",
     "Layanan TPA regional untuk Kecamatan Alalak dan Mandastana",
     "Kawasan Alalak dan Mandastana yang berbatasan dengan Banjarmasin menghasilkan sekitar 95 ton/hari; jarak ke TPA "
     "kabupaten di Marabahan terlalu jauh.",
     95, "ton/hari", 4, Y, Y, Y,
     "Kawasan permukiman menyatu dengan Banjarmasin; sampah yang tidak terangkut dibuang ke Sungai Barito dan Alalak.",
     Y, "Jarak angkut ke TPA regional lebih pendek daripada ke Marabahan.",
     "Dinas Lingkungan Hidup Kabupaten Barito Kuala"},
    {"sampah-tala", K, "63.01", "2.11", "TPA regional",
     "Layanan TPA regional untuk Kecamatan Bati-Bati dan Kurau",
     "Sekitar 110 ton/hari dari kecamatan di utara Tanah Laut yang lebih dekat ke TPA regional daripada ke TPA di "
     "Pelaihari.",
     110, "ton/hari", 3, Y, Y, Y,
     "Wilayah pelayanan berada di luar batas kabupaten; pembakaran sampah terbuka menimbulkan asap lintas batas.",
     Y, "Ongkos angkut per ton lebih rendah bila memakai TPA regional.",
     "Dinas Lingkungan Hidup Kabupaten Tanah Laut"},
    {"sampah-lahan-banjar", P, "63.03", "2.11", "TPA regional",
     "Lahan cadangan perluasan TPA Regional Banjarbakula",
     "Lahan milik Pemerintah Kabupaten Banjar seluas sekitar 15 ha yang berbatasan dengan Kota Banjarbaru, siap dikaji "
     "untuk sel landfill baru atau fasilitas pengolahan sampah menjadi RDF pendukung TPA regional.",
     15, "ha", 5, Y, Y, Y,
     "Lahan melayani lima daerah Banjarbakula, tidak hanya Kabupaten Banjar.",
     Y, "Perluasan di lokasi yang bersebelahan memakai prasarana yang sudah ada (jalan akses, IPL).",
     "Dinas Lingkungan Hidup"},
    {"sampah-uptd-provinsi", P, "63", "2.11", "TPA regional",
     "UPTD Pengelolaan Sampah Regional Banjarbakula",
     "TPA regional dikelola UPTD pada DLH Provinsi; kapasitas sel aktif sekitar 500 ton/hari dengan alat berat, "
     "jembatan timbang dan instalasi pengolahan lindi.",
     500, "ton/hari", 4, Y, Y, Y,
     "Melayani Banjarmasin, Banjarbaru, Banjar, Barito Kuala dan Tanah Laut.",
     Y, "Pengelolaan oleh provinsi sesuai kewenangan persampahan regional (UU 23/2014 lampiran huruf C).",
     "Dinas Lingkungan Hidup Provinsi Kalimantan Selatan"},

    // --- Air minum regional: SPAM Regional Banjarbakula (1.03) ---
    {"spam-airbaku-banjar", P, "63.03", "1.03", "SPAM regional",
     "Air baku Sungai Riam Kanan untuk SPAM Regional Banjarbakula",
     "Debit andalan Sungai Riam Kanan di hilir Waduk Riam Kanan cukup untuk tambahan sekitar 500 liter/detik air baku "
     "bagi SPAM regional; intake dapat dibangun di Kecamatan Karang Intan.",
     500, "liter/detik", 5, Y, Y, Y,
     "Sumber air berada di Kabupaten Banjar, pemakainya sebagian besar warga Banjarmasin dan Banjarbaru.",
     Y, "Satu instalasi besar lebih murah per meter kubik daripada IPA kecil di tiap daerah.",
     "Dinas PUPR"},
    {"spam-banjarmasin", K, "63.71", "1.03", "SPAM regional",
     "Pasokan air curah saat intrusi air laut di intake Sungai Martapura",
     "Pada kemarau salinitas di intake PT Air Minum Bandarmasih (Perseroda) melampaui ambang, produksi turun. "
     "Dibutuhkan pasokan air curah dari SPAM regional sekitar 500 liter/detik.",
     500, "liter/detik", 5, Y, U, Y,
     "Sumber air baku alternatif hanya ada di hulu, di wilayah Kabupaten Banjar.",
     Y, "Transmisi bersama dari IPA regional lebih murah daripada desalinasi.",
     "Dinas PUPR Kota Banjarmasin"},
    {"spam-banjarbaru", K, "63.72", "1.03", "SPAM regional",
     "Tambahan kapasitas air minum kawasan Liang Anggang dan Landasan Ulin",
     "Perumahan baru di Liang Anggang dan Landasan Ulin belum terlayani jaringan perpipaan; kebutuhan tambahan sekitar "
     "250 liter/detik.",
     250, "liter/detik", 4, Y, Y, U,
     "Air baku berasal dari Kabupaten Banjar; jaringan transmisi melintasi batas daerah.",
     Y, "Memanfaatkan jaringan transmisi SPAM regional yang melintas di Jalan A. Yani.",
     "Dinas PUPR Kota Banjarbaru"},
    {"spam-batola", K, "63.04", "1.03", "SPAM regional",
     "Air minum perpipaan Kecamatan Alalak dan Mandastana",
     "Cakupan perpipaan di kawasan perbatasan dengan Banjarmasin masih rendah; kebutuhan sekitar 100 liter/detik.",
     100, "liter/detik", 3, Y, Y, U,
     "Jaringan paling dekat adalah jaringan Kota Banjarmasin.",
     U, "Belum ada perbandingan biaya sambungan dari SPAM regional dengan IPA kabupaten.",
     "Dinas PUPR Kabupaten Barito Kuala"},
    {"spam-banjar-cakupan", K, "63.03", "1.03", "SPAM regional",
     "Perluasan sambungan rumah di Kecamatan Gambut, Kertak Hanyar dan Sungai Tabuk",
     "Sekitar 35.000 rumah tangga di kecamatan yang berbatasan dengan Banjarmasin belum tersambung jaringan perpipaan; "
     "sebagian masih memakai air sungai dan sumur gali.",
     35000, "sambungan rumah", 4, Y, Y, U,
     "Jaringan distribusi terdekat berasal dari SPAM regional yang juga melayani Banjarmasin.",
     Y, "Tambahan sambungan dari jaringan regional lebih murah daripada membangun IPA baru.",
     "Dinas PUPR"},

    // --- Pangan dan pengendalian inflasi (2.09), perdagangan (3.30), pertanian (3.27) ---
    {"pangan-beras-banjar", P, "63.03", "2.09", "cadangan dan distribusi pangan",
     "Surplus beras lokal (varietas Siam) Kecamatan Gambut, Sungai Tabuk dan Aluh-Aluh",
     "Neraca pangan 2023 menunjukkan surplus beras sekitar 45.000 ton/tahun setelah kebutuhan konsumsi penduduk "
     "terpenuhi. Penggilingan dan gudang tersedia di Gambut.",
     45000, "ton/tahun", 5, N, Y, Y,
     "Konsumen beras lokal berada di Banjarmasin dan Palangka Raya; harga gabah di Banjar dipengaruhi permintaan "
     "mereka.",
     Y, "Kontrak pasokan bersama menekan biaya distribusi dan menstabilkan harga gabah petani.",
     "Dinas Ketahanan Pangan"},
    {"pangan-beras-batola", P, "63.04", "2.09", "cadangan dan distribusi pangan",
     "Surplus beras Barito Kuala sebagai lumbung padi Kalimantan Selatan",
     "Surplus beras sekitar 110.000 ton/tahun dari sawah pasang surut; sebagian besar dijual ke Banjarmasin dan "
     "Kalimantan Tengah.",
     110000, "ton/tahun", 4, N, Y, Y,
     "Pasar utama berada di luar kabupaten.",
     Y, "Pemasaran bersama memperpendek rantai pasok.",
     "Dinas Ketahanan Pangan Kabupaten Barito Kuala"},
    {"pangan-palangkaraya", K, "62.71", "2.09", "cadangan dan distribusi pangan",
     "Pasokan beras dan cabai untuk pengendalian inflasi Kota Palangka Raya",
     "Produksi beras kota tidak mencukupi; kekurangan sekitar 30.000 ton/tahun dipasok dari Kalimantan Selatan dan "
     "Jawa. TPID mencatat beras dan cabai rawit sebagai penyumbang utama inflasi 2023.",
     30000, "ton/tahun", 5, N, Y, Y,
     "Gangguan pasokan dari Kalimantan Selatan langsung menaikkan harga di Palangka Raya.",
     Y, "Kerja sama antar daerah (KAD) memberi kepastian volume dan harga daripada pembelian putus.",
     "Dinas Ketahanan Pangan Kota Palangka Raya"},
    {"pangan-banjarmasin", K, "63.71", "2.09", "cadangan dan distribusi pangan",
     "Defisit beras Kota Banjarmasin",
     "Kebutuhan beras sekitar 75.000 ton/tahun hampir seluruhnya dipasok dari Banjar, Barito Kuala dan Tapin.",
     75000, "ton/tahun", 5, N, Y, Y,
     "Kota tidak memiliki sawah yang berarti; harga bergantung pada pasokan daerah tetangga.",
     Y, "Kontrak pasokan dengan daerah penghasil menekan fluktuasi harga.",
     "Dinas Ketahanan Pangan, Pertanian dan Perikanan Kota Banjarmasin"},
    {"pangan-cabai-banjar", K, "63.03", "2.09", "cadangan dan distribusi pangan",
     "Ketersediaan cabai rawit dan bawang merah menjelang HBKN",
     "Menjelang Ramadan, Idulfitri dan Haul Guru Sekumpul permintaan cabai rawit naik tajam; kebutuhan tambahan "
     "sekitar 450 ton/tahun.",
     450, "ton/tahun", 4, N, Y, Y,
     "Lonjakan pengunjung dari luar daerah saat haul menaikkan harga di pasar Martapura.",
     U, "Belum ada kajian apakah kontrak pasokan bersama lebih murah daripada operasi pasar.",
     "Dinas Ketahanan Pangan"},
    {"pangan-cabai-tapin", P, "63.05", "2.09", "cadangan dan distribusi pangan",
     "Pasokan cabai rawit Hiyung",
     "Sentra cabai rawit Hiyung di Kecamatan Tapin Tengah menghasilkan sekitar 1.200 ton/tahun; sebagian dapat "
     "dialokasikan untuk pasar Martapura dan Banjarmasin.",
     1200, "ton/tahun", 3, N, Y, U,
     "Pembeli terbesar berada di luar Kabupaten Tapin.",
     U, "Perlu kajian biaya rantai dingin dan pengangkutan.",
     "Dinas Ketahanan Pangan Kabupaten Tapin"},
    {"dagang-palangkaraya", K, "62.71", "3.30", "",
     "Kerja sama perdagangan antar daerah untuk komoditas penyumbang inflasi",
     "TPID Kota Palangka Raya membutuhkan mitra pemasok tetap untuk beras, cabai rawit dan bawang merah melalui "
     "Perumda pasar.",
     12, "kali pengiriman/tahun", 4, N, Y, Y,
     "Harga di Palangka Raya mengikuti pasokan dari Kalimantan Selatan.",
     Y, "Pengiriman terjadwal bersama menekan ongkos angkut per kilogram.",
     "Dinas Perdagangan dan Perindustrian Kota Palangka Raya"},
    {"dagang-gudang-banjar", P, "63.03", "3.30", "",
     "Gudang dan pasar grosir beras Martapura untuk pasokan antar daerah",
     "Gudang milik Perumda dan pedagang grosir di Martapura berkapasitas sekitar 12.000 ton, dapat dipakai sebagai "
     "titik kumpul pengiriman ke Palangka Raya.",
     12000, "ton", 3, N, Y, U,
     "Pembeli grosir berasal dari luar daerah.",
     Y, "Memanfaatkan gudang yang sudah ada.",
     "Dinas Perdagangan"},
    {"tani-tikus-banjar", K, "63.03", "3.27", "",
     "Pengendalian hama tikus dan penyakit tungro di hamparan sawah perbatasan Banjar–Barito Kuala",
     "Serangan hama tikus pada musim tanam 2023 merusak sekitar 1.150 ha sawah di Kecamatan Aluh-Aluh dan Beruntung "
     "Baru; hamparan sawah menyatu dengan Barito Kuala.",
     1150, "ha", 4, Y, N, Y,
     "Pengendalian di satu sisi batas sia-sia bila hamparan di sisi lain tidak ditangani bersamaan.",
     Y, "Gerakan pengendalian serentak (gropyokan, fumigasi) dengan jadwal tanam yang sama.",
     "Dinas Tanaman Pangan dan Hortikultura"},
    {"tani-tikus-batola", K, "63.04", "3.27", "",
     "Serangan hama tikus di sawah pasang surut yang berbatasan dengan Kabupaten Banjar",
     "Sekitar 900 ha sawah di Kecamatan Tabunganen dan Tamban terdampak pada musim tanam 2023.",
     900, "ha", 3, Y, N, Y,
     "Hama berpindah antar hamparan tanpa mengenal batas kabupaten.",
     Y, "Jadwal tanam serempak lebih efektif bila disepakati kedua kabupaten.",
     "Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Barito Kuala"},

    // --- Pariwisata (3.26) dan perindustrian (3.31) ---
    {"wisata-martapura", P, "63.03", "3.26", "",
     "Wisata religi Martapura dan Pasar Intan Cahaya Bumi Selamat",
     "Masjid Agung Al-Karomah, kompleks makam ulama di Sekumpul dan pasar permata Cahaya Bumi Selamat menarik sekitar "
     "1,2 juta kunjungan per tahun di luar masa haul.",
     1200000, "kunjungan/tahun", 5, N, Y, Y,
     "Sebagian besar wisatawan datang melalui Bandara Syamsudin Noor (Banjarbaru) dan menginap di Banjarmasin.",
     Y, "Paket wisata bersama memperpanjang lama tinggal dan membagi manfaat ke daerah tetangga.",
     "Dinas Pariwisata"},
    {"wisata-lokbaintan", P, "63.03", "3.26", "",
     "Pasar Terapung Lok Baintan (Kecamatan Sungai Tabuk)",
     "Sekitar 85.000 kunjungan per tahun; sebagian besar wisatawan berangkat dengan kelotok dari dermaga di "
     "Banjarmasin.",
     85000, "kunjungan/tahun", 4, Y, Y, U,
     "Rute susur sungai dimulai di Banjarmasin dan berakhir di Kabupaten Banjar.",
     Y, "Satu paket susur sungai Banjarmasin–Lok Baintan–Martapura lebih menarik dan murah dipromosikan bersama.",
     "Dinas Pariwisata"},
    {"wisata-siring-banjarmasin", P, "63.71", "3.26", "",
     "Dermaga susur sungai Siring Menara Pandang dan Pasar Terapung Muara Kuin",
     "Sekitar 60 kelotok wisata berizin beroperasi dari dermaga Siring; rute ke Lok Baintan paling diminati.",
     60, "unit kelotok", 4, Y, Y, U,
     "Trayek kelotok menuju destinasi di Kabupaten Banjar.",
     Y, "Standar keselamatan dan tarif kelotok perlu diatur bersama.",
     "Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata Kota Banjarmasin"},
    {"wisata-paket-banjar", K, "63.03", "3.26", "",
     "Paket wisata terpadu Martapura–Cempaka–Banjarbaru",
     "Wisatawan ke Martapura jarang singgah lebih dari setengah hari; dibutuhkan paket bersama dengan Pendulangan "
     "Intan Cempaka dan Museum Lambung Mangkurat.",
     2, "hari lama tinggal (target)", 3, N, Y, Y,
     "Wisatawan bergerak bolak-balik antara Martapura dan Banjarbaru dalam satu hari.",
     Y, "Promosi dan pemandu bersama.",
     "Dinas Pariwisata"},
    {"wisata-cempaka", P, "63.72", "3.26", "",
     "Pendulangan intan tradisional Cempaka dan Museum Lambung Mangkurat",
     "Sekitar 150.000 kunjungan per tahun; letaknya 10–15 km dari Martapura.",
     150000, "kunjungan/tahun", 3, N, Y, U,
     "Pengunjung yang sama juga mengunjungi pasar intan Martapura.",
     Y, "Tiket terusan dan promosi bersama.",
     "Dinas Pariwisata Kota Banjarbaru"},
    {"wisata-meratus-banjar", K, "63.03", "3.26", "",
     "Promosi bersama destinasi Pegunungan Meratus",
     "Destinasi alam Kabupaten Banjar (Waduk Riam Kanan, Air Terjun Tiwingan) belum masuk jalur promosi Geopark "
     "Meratus yang selama ini berpusat di Hulu Sungai Tengah.",
     4, "destinasi", 2, N, N, N,
     "Tidak ada dampak lintas batas; kerja sama bersifat sukarela.",
     Y, "Biaya pameran dan materi promosi dibagi.",
     "Dinas Pariwisata"},
    {"wisata-meratus-hst", P, "63.07", "3.26", "",
     "Wisata alam Pegunungan Meratus (Batu Benawa, Hantakan)",
     "Destinasi Geopark Meratus di Hulu Sungai Tengah dengan sekitar 70.000 kunjungan per tahun; pengelola siap "
     "berbagi jalur promosi.",
     70000, "kunjungan/tahun", 3, N, N, N,
     "Tidak berbatasan langsung dengan Kabupaten Banjar.",
     Y, "Promosi bersama satu kawasan geopark.",
     "Dinas Pemuda, Olahraga dan Pariwisata Kabupaten Hulu Sungai Tengah"},
    {"wisata-loksado", P, "63.06", "3.26", "",
     "Arung jeram bambu (lanting) Loksado",
     "Sekitar 45.000 kunjungan per tahun; wisatawan umumnya transit di Martapura dan Banjarbaru.",
     45000, "kunjungan/tahun", 3, N, Y, U,
     "Akses wisatawan melalui jalan di Kabupaten Banjar.",
     U, "Belum dikaji apakah paket bersama menurunkan biaya promosi.",
     "Dinas Kepemudaan, Olahraga dan Pariwisata Kabupaten Hulu Sungai Selatan"},
    {"industri-permata", P, "63.03", "3.31", "",
     "Sentra kerajinan batu permata dan intan Martapura",
     "Sekitar 320 unit usaha pengasahan dan perhiasan; bahan baku sebagian berasal dari pendulangan di Banjarbaru.",
     320, "unit usaha", 3, N, Y, N,
     "Bahan baku dari luar daerah, pembeli dari seluruh Kalimantan.",
     N, "Usaha dapat berkembang melalui pasar; tidak perlu dikelola bersama.",
     "Dinas Perindustrian"},

    // --- Rujukan kesehatan (1.02) ---
    {"rujukan-ulin", P, "63", "1.02", "rumah sakit rujukan",
     "RSUD Ulin Banjarmasin sebagai rumah sakit rujukan regional",
     "Rumah sakit milik provinsi kelas A dengan sekitar 700 tempat tidur, layanan jantung, bedah saraf dan onkologi.",
     700, "tempat tidur", 4, Y, Y, N,
     "Pasien rujukan berasal dari seluruh kabupaten/kota di Kalimantan Selatan dan sebagian Kalimantan Tengah.",
     Y, "Layanan subspesialis hanya efisien pada satu pusat rujukan.",
     "Dinas Kesehatan Provinsi Kalimantan Selatan"},
    {"rujukan-ratuzalecha", P, "63.03", "1.02", "rumah sakit rujukan",
     "RSUD Ratu Zalecha Martapura sebagai rumah sakit rujukan bagi daerah sekitar",
     "Rumah sakit milik Kabupaten Banjar dengan sekitar 250 tempat tidur; layanan hemodialisis dan bedah ortopedi "
     "dapat menampung rujukan dari Tapin dan Barito Kuala.",
     250, "tempat tidur", 4, Y, Y, N,
     "Sekitar 18% pasien rawat inap 2023 berasal dari luar Kabupaten Banjar.",
     Y, "Pemanfaatan alat hemodialisis lebih tinggi bila melayani rujukan tetangga.",
     "RSUD Ratu Zalecha"},
    {"rujukan-banjar", K, "63.03", "1.02", "rumah sakit rujukan",
     "Rujukan kasus jantung dan kanker ke RSUD Ulin",
     "Sekitar 3.200 pasien per tahun dirujuk ke Banjarmasin; antrean kateterisasi jantung dan kemoterapi panjang.",
     3200, "pasien/tahun", 4, Y, Y, N,
     "Layanan hanya tersedia di Banjarmasin.",
     Y, "Kuota rujukan bersama lebih pasti daripada rujukan perorangan.",
     "Dinas Kesehatan"},
    {"rujukan-tapin", K, "63.05", "1.02", "rumah sakit rujukan",
     "Rujukan pasien spesialis dari RSUD Datu Sanggul Rantau",
     "Sekitar 1.800 pasien per tahun dirujuk ke luar kabupaten, terutama hemodialisis dan ortopedi; Martapura lebih "
     "dekat daripada Banjarmasin.",
     1800, "pasien/tahun", 4, Y, Y, N,
     "Pasien menyeberang batas kabupaten untuk berobat.",
     Y, "Memakai kapasitas RSUD Ratu Zalecha lebih murah daripada membuka layanan baru.",
     "Dinas Kesehatan Kabupaten Tapin"},
    {"rujukan-batola", K, "63.04", "1.02", "rumah sakit rujukan",
     "Rujukan pasien dari RSUD H. Abdul Aziz Marabahan",
     "Sekitar 2.400 pasien per tahun dirujuk ke Banjarmasin dan Martapura.",
     2400, "pasien/tahun", 3, Y, Y, N,
     "Pasien menyeberang batas kabupaten.",
     Y, "Kesepakatan tarif dan alur rujukan mengurangi penolakan pasien.",
     "Dinas Kesehatan Kabupaten Barito Kuala"},
    {"rujukan-kapuas", K, "62.03", "1.02", "rumah sakit rujukan",
     "Rujukan pasien warga Kecamatan Kapuas Murung dan kawasan Anjir ke Banjarmasin",
     "Warga kawasan Anjir lebih dekat ke Banjarmasin daripada ke Kuala Kapuas; sekitar 900 pasien per tahun berobat "
     "lintas provinsi tanpa kesepakatan pembiayaan.",
     900, "pasien/tahun", 3, Y, Y, N,
     "Pasien dari Kalimantan Tengah dilayani rumah sakit di Kalimantan Selatan.",
     U, "Belum ada data biaya yang tidak tertagih.",
     "Dinas Kesehatan Kabupaten Kapuas"},
    {"rujukan-paser", K, "64.01", "1.02", "rumah sakit rujukan",
     "Rujukan pasien Kecamatan Muara Komam ke RSUD H. Badaruddin Kasim Tanjung",
     "Warga Muara Komam dan Batu Sopang menempuh jarak lebih pendek ke Tanjung daripada ke Tanah Grogot; sekitar 600 "
     "pasien per tahun.",
     600, "pasien/tahun", 3, Y, Y, N,
     "Pasien dari Kalimantan Timur dilayani rumah sakit di Kabupaten Tabalong.",
     Y, "Kesepakatan alur rujukan lebih murah daripada membangun layanan spesialis di kecamatan.",
     "Dinas Kesehatan Kabupaten Paser"},
    {"rujukan-tabalong", P, "63.09", "1.02", "rumah sakit rujukan",
     "RSUD H. Badaruddin Kasim sebagai rujukan wilayah utara Kalimantan Selatan dan perbatasan Kalimantan Timur",
     "Rumah sakit kelas B dengan sekitar 230 tempat tidur, melayani rujukan dari Balangan, Barito Timur dan Paser.",
     230, "tempat tidur", 3, Y, Y, N,
     "Pasien berasal dari tiga provinsi.",
     Y, "Kapasitas layanan spesialis terpakai lebih penuh.",
     "Dinas Kesehatan Kabupaten Tabalong"},

    // --- Jalan poros antar kabupaten dan pengendalian banjir (1.03) ---
    {"jalan-banjar-tapin", K, "63.03", "1.03", "jalan poros antar kabupaten",
     "Peningkatan jalan poros antar kabupaten Simpang Empat (Banjar)–Tapin Selatan (Tapin)",
     "Ruas sepanjang 18,5 km di sisi Kabupaten Banjar rusak sedang hingga berat; dilalui angkutan hasil pertanian dan "
     "karet menuju Martapura.",
     18.5, "km", 4, Y, Y, Y,
     "Ruas menyambung langsung dengan jalan kabupaten Tapin; pengguna utamanya warga kedua kabupaten.",
     Y, "Satu desain dan satu jadwal pemeliharaan menghindari ruas terputus di perbatasan.",
     "Dinas PUPR"},
    {"jalan-tapin-banjar", K, "63.05", "1.03", "jalan poros antar kabupaten",
     "Ruas jalan poros Tapin Selatan–Simpang Empat di sisi Kabupaten Tapin",
     "Ruas sepanjang 12 km di sisi Tapin berlapis agregat; jembatan kayu di perbatasan perlu diganti beton.",
     12, "km", 4, Y, Y, Y,
     "Jembatan perbatasan dipakai warga kedua kabupaten.",
     Y, "Penggantian jembatan perbatasan dibiayai bersama.",
     "Dinas PUPR Kabupaten Tapin"},
    {"jalan-banjar-tanbu", K, "63.03", "1.03", "jalan poros antar kabupaten",
     "Jalan poros Paramasan–Mentewe (Banjar–Tanah Bumbu)",
     "Ruas tanah sepanjang 27 km di sisi Kabupaten Banjar hanya dapat dilalui kendaraan gardan ganda pada musim hujan; "
     "membuka akses Kecamatan Paramasan ke Batulicin.",
     27, "km", 3, Y, Y, U,
     "Warga Paramasan berbelanja dan bersekolah di Tanah Bumbu.",
     U, "Belum ada perhitungan biaya bersama; sebagian ruas melintasi kawasan hutan.",
     "Dinas PUPR"},
    {"jalan-tanbu-banjar", K, "63.10", "1.03", "jalan poros antar kabupaten",
     "Ruas Mentewe–Paramasan di sisi Kabupaten Tanah Bumbu",
     "Ruas sepanjang 22 km belum tembus ke batas Kabupaten Banjar.",
     22, "km", 3, Y, Y, U,
     "Jalan melayani warga kedua kabupaten.",
     U, "Perlu survei bersama sebelum menilai efisiensi.",
     "Dinas PUPR Kabupaten Tanah Bumbu"},
    {"banjir-banjar", K, "63.03", "1.03", "pengendalian banjir sungai lintas kabupaten",
     "Pengendalian banjir Sungai Martapura dan anak sungainya",
     "Banjir Januari 2021 merendam 19 kecamatan; pendangkalan Sungai Martapura dan anak sungainya belum tertangani.",
     19, "kecamatan terdampak (2021)", 5, Y, Y, Y,
     "Limpasan dari hulu Riam Kanan dan Riam Kiwa mengalir ke Banjarmasin; penanganan di hilir memengaruhi hulu.",
     U, "Pembagian peran dengan BWS Kalimantan III dan provinsi belum dikaji.",
     "Dinas PUPR"},
    {"banjir-banjarmasin", K, "63.71", "1.03", "pengendalian banjir sungai lintas kabupaten",
     "Genangan akibat banjir kiriman Sungai Martapura dan pasang Sungai Barito",
     "Sekitar 1.500 ha kawasan kota tergenang pada puncak banjir 2021.",
     1500, "ha", 4, Y, Y, Y,
     "Sumber banjir berada di hulu, di wilayah Kabupaten Banjar.",
     U, "Belum ada kajian bersama.",
     "Dinas PUPR Kota Banjarmasin"},
    {"sungai-buntok", K, "62.04", "2.15", "angkutan sungai",
     "Angkutan sungai Buntok–Marabahan–Banjarmasin",
     "Angkutan barang dan penumpang melalui Sungai Barito sekitar 40 trip per bulan; dermaga Marabahan menjadi titik "
     "singgah.",
     40, "trip/bulan", 3, Y, Y, U,
     "Trayek melintasi dua provinsi.",
     U, "Belum dikaji pembagian biaya dermaga.",
     "Dinas Perhubungan Kabupaten Barito Selatan"},
    {"sungai-marabahan", P, "63.04", "2.15", "angkutan sungai",
     "Dermaga sungai Marabahan",
     "Dermaga dengan kapasitas tambat 12 kapal; dapat menjadi titik singgah angkutan Barito Selatan.",
     12, "kapal", 2, Y, Y, U,
     "Pemakai dermaga sebagian dari Kalimantan Tengah.",
     U, "Belum dikaji.",
     "Dinas Perhubungan Kabupaten Barito Kuala"},

    // --- Perhubungan darat (2.15) ---
    {"haul-banjar", K, "63.03", "2.15", "",
     "Manajemen lalu lintas dan parkir Haul Guru Sekumpul",
     "Sekitar tiga juta jemaah hadir setiap tahun; kantong parkir dan jalur bus jemaah memakai wilayah Banjarbaru dan "
     "Banjarmasin.",
     3000000, "jemaah/tahun", 5, Y, Y, Y,
     "Kemacetan meluas hingga Jalan A. Yani di Banjarbaru dan bandara.",
     U, "Belum dihitung biaya posko dan personel bersama.",
     "Dinas Perhubungan"},
    {"trans-banjarbakula", K, "63.03", "2.15", "angkutan perkotaan lintas kabupaten/kota",
     "Layanan Bus Trans Banjarbakula koridor Martapura–Banjarbaru–Banjarmasin",
     "Sekitar 4.500 penumpang per hari; halte di Martapura belum memadai dan jam layanan belum mencakup malam.",
     4500, "penumpang/hari", 3, Y, Y, N,
     "Penumpang ulang-alik antar daerah setiap hari.",
     U, "Belum ada kajian subsidi bersama.",
     "Dinas Perhubungan"},
    {"trans-banjarbakula-prov", P, "63", "2.15", "angkutan perkotaan lintas kabupaten/kota",
     "Bus Trans Banjarbakula yang dikelola Dinas Perhubungan Provinsi",
     "Lima koridor dengan sekitar 70 armada; pemerintah kabupaten/kota diminta menyiapkan halte dan jalur pengumpan.",
     70, "armada", 3, Y, Y, N,
     "Melayani lima daerah Banjarbakula.",
     Y, "Angkutan perkotaan lintas kabupaten/kota adalah kewenangan provinsi.",
     "Dinas Perhubungan Provinsi Kalimantan Selatan"},

    // --- Trantibum: kebakaran lahan (1.05) ---
    {"karhutla-banjar", K, "63.03", "1.05", "pemadam kebakaran lintas batas",
     "Pengendalian kebakaran lahan gambut Kecamatan Gambut dan Kertak Hanyar",
     "Rata-rata 350 ha lahan gambut terbakar pada kemarau; pos pemadam terdekat sering berada di wilayah Banjarbaru.",
     350, "ha/tahun", 4, Y, N, Y,
     "Asap mengganggu penerbangan di Bandara Syamsudin Noor dan permukiman Banjarbaru.",
     U, "Belum dikaji pos pemadam bersama.",
     "BPBD"},
    {"karhutla-banjarbaru", K, "63.72", "1.05", "pemadam kebakaran lintas batas",
     "Kabut asap dari kebakaran lahan di perbatasan Liang Anggang",
     "Jarak pandang di bandara turun di bawah batas pada beberapa hari kemarau 2023.",
     6, "hari gangguan penerbangan (2023)", 4, Y, N, Y,
     "Titik api berada di sisi Kabupaten Banjar.",
     U, "Belum ada kajian.",
     "BPBD Kota Banjarbaru"},

    // --- Kelautan dan perikanan (3.25) ---
    {"ikan-riamkanan", P, "63.03", "3.25", "",
     "Budidaya ikan keramba jaring apung Waduk Riam Kanan",
     "Produksi nila dan patin sekitar 4.200 ton/tahun, terutama dipasarkan ke Banjarmasin.",
     4200, "ton/tahun", 2, N, Y, N,
     "Pembeli di luar daerah.",
     N, "Pemasaran sudah berjalan melalui pasar; tidak perlu dikelola bersama.",
     "Dinas Perikanan"},
    {"ikan-banjarmasin", K, "63.71", "3.25", "",
     "Pasokan ikan air tawar untuk pasar Banjarmasin",
     "Kebutuhan ikan air tawar sekitar 9.000 ton/tahun.",
     9000, "ton/tahun", 2, N, Y, N,
     "Pasokan berasal dari daerah tetangga.",
     N, "Mekanisme pasar sudah mencukupi.",
     "Dinas Ketahanan Pangan, Pertanian dan Perikanan Kota Banjarmasin"},

    // --- Tenaga kerja (2.07): pasangan tidak berbatasan ---
    {"naker-tabalong", K, "63.09", "2.07", "",
     "Tenaga kerja terampil operator alat berat dan juru las",
     "Perusahaan tambang dan jasa penunjang di Tabalong membutuhkan sekitar 800 tenaga bersertifikat per tahun.",
     800, "orang/tahun", 3, N, Y, N,
     "Pelamar banyak berasal dari Banjar dan Hulu Sungai.",
     Y, "Pelatihan bersama lebih murah daripada membuka kejuruan baru.",
     "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Tabalong"},
    {"naker-blk-banjar", P, "63.03", "2.07", "",
     "UPTD Balai Latihan Kerja Kabupaten Banjar",
     "Kapasitas sekitar 480 peserta per tahun pada kejuruan las, otomotif dan alat berat.",
     480, "peserta/tahun", 3, N, Y, N,
     "Lulusan bekerja di Tabalong dan Tanah Bumbu.",
     Y, "Kelas tambahan dapat dibiayai bersama.",
     "Dinas Tenaga Kerja dan Transmigrasi"},

    // --- Pendidikan (1.01) dan kehutanan (3.28) ---
    {"sekolah-banjarbaru", K, "63.72", "1.01", "",
     "Daya tampung SMP negeri bagi siswa dari kawasan perbatasan Kabupaten Banjar",
     "Sekitar 350 siswa dari Kecamatan Martapura Barat dan Gambut bersekolah di SMP negeri Banjarbaru setiap tahun.",
     350, "siswa/tahun", 2, Y, Y, N,
     "Zonasi sekolah melintasi batas daerah.",
     U, "Belum dikaji pembagian biaya operasional sekolah.",
     "Dinas Pendidikan Kota Banjarbaru"},
    {"rhl-banjar", K, "63.03", "3.28", "rehabilitasi hutan dan lahan",
     "Rehabilitasi lahan kritis di daerah tangkapan air Waduk Riam Kanan",
     "Sekitar 2.500 ha lahan kritis di Kecamatan Aranio mempercepat sedimentasi waduk yang menjadi sumber air baku "
     "dan PLTA.",
     2500, "ha", 4, Y, Y, Y,
     "Sedimentasi mengurangi air baku bagi Banjarmasin dan Banjarbaru.",
     U, "Kewenangan kehutanan di provinsi; peran kabupaten perlu dikaji.",
     "Dinas Lingkungan Hidup"},
};
// clang-format on

// wilayah_eksternalitas: the regions each entry's externality crosses into (DESIGN.md §2.2: evidence per partner).
// The haul of Guru Sekumpul draws pilgrims from everywhere and names none, so its pairs ask for the regions.
struct ExternalityRegionsSpec
{
    const char *key;
    const char *regions;
};
const ExternalityRegionsSpec ExternalityRegions[] = {
    {"sampah-banjarmasin", "63.03 63.04 63.72"},
    {"sampah-banjarbaru", "63.01 63.03 63.71"},
    {"sampah-banjar", "63.01 63.04 63.71 63.72"},
    {"sampah-batola", "63.03 63.71"},
    {"sampah-tala", "63.03 63.72"},
    {"sampah-lahan-banjar", "63.01 63.04 63.71 63.72"},
    {"sampah-uptd-provinsi", "63.01 63.03 63.04 63.71 63.72"},
    {"spam-airbaku-banjar", "63.04 63.71 63.72"},
    {"spam-banjarmasin", "63.03"},
    {"spam-banjarbaru", "63.03"},
    {"spam-batola", "63.03"},
    {"spam-banjar-cakupan", "63.71 63.72"},
    {"tani-tikus-banjar", "63.04"},
    {"tani-tikus-batola", "63.03"},
    {"wisata-lokbaintan", "63.71"},
    {"wisata-siring-banjarmasin", "63.03"},
    {"rujukan-ulin", "62.03 63.03 63.04 63.05 64.01"},
    {"rujukan-ratuzalecha", "63.04 63.05"},
    {"rujukan-banjar", "63 63.71"},
    {"rujukan-tapin", "63.03"},
    {"rujukan-batola", "63.03 63.71"},
    {"rujukan-kapuas", "63.04 63.71"},
    {"rujukan-paser", "63.09"},
    {"rujukan-tabalong", "64.01"},
    {"jalan-banjar-tapin", "63.05"},
    {"jalan-tapin-banjar", "63.03"},
    {"jalan-banjar-tanbu", "63.10"},
    {"jalan-tanbu-banjar", "63.03"},
    {"banjir-banjar", "63.04 63.71"},
    {"banjir-banjarmasin", "63.03 63.04"},
    {"sungai-buntok", "63.04"},
    {"sungai-marabahan", "62.03 62.04"},
    {"trans-banjarbakula", "63.71 63.72"},
    {"trans-banjarbakula-prov", "63.03 63.71 63.72"},
    {"karhutla-banjar", "63.72"},
    {"karhutla-banjarbaru", "63.03"},
    {"sekolah-banjarbaru", "63.03"},
    {"rhl-banjar", "63.04 63.71"},
};


Entry makeEntry(const EntrySpec &s, int index)
{
    Entry e;
    const bool ownPd = QLatin1String(s.region) == QLatin1String(Owner);
    const QString pd = u(s.sourcePd);
    // Banjar's own perangkat daerah filled in their entries; the neighbours' were entered by the coordinator
    // from the FGD results.
    const QDateTime created = utc(QDate(2024, 3, 4).addDays(2 * index), 9 + index % 7);
    const QDateTime modified = utc(QDate(2024, 3, 4).addDays(2 * index + 21), 14, 5 * (index % 12));
    e.meta = meta("entry", s.key, ownPd ? pd : u(Register), created, modified);
    e.kind = s.kind;
    e.regionCode = u(s.region);
    e.urusanCode = u(s.urusan);
    e.service = u(s.service);
    e.title = u(s.title);
    e.description = u(s.description);
    if (!std::isnan(s.magnitude))
        e.magnitude = s.magnitude;
    e.unit = u(s.unit);
    e.priority = s.priority;
    e.extLocation = s.location;
    e.extUsers = s.users;
    e.extImpact = s.impact;
    e.externalityNote = u(s.externalityNote);
    for (const ExternalityRegionsSpec &x : ExternalityRegions) {
        if (qstrcmp(x.key, s.key) == 0)
            e.externalityRegions = u(x.regions).split(QLatin1Char(' '));
    }
    e.efficiency = s.efficiency;
    e.efficiencyNote = u(s.efficiencyNote);
    e.sourcePd = pd;
    e.year = 2024;
    return e;
}

// ---- proposals ------------------------------------------------------------------------------------------------

struct ProposalSpec
{
    const char *key;
    const char *sourcePd;
    const char *urusan;
    const char *title;
    const char *description;
    ActivityKind activity;
    PartnerType partnerType;
    const char *partnerRegions; ///< space-separated region codes
    const char *partnerNames;
    DocType form;
    double estimatedCost; ///< NaN: not estimated
    bool inApbd;
    bool burdensPublic;
    const char *suggestionKey;
    QDate created;
};

Proposal makeProposal(const ProposalSpec &s)
{
    Proposal p;
    p.meta = meta("proposal", s.key, u(s.sourcePd), utc(s.created, 10), utc(s.created.addDays(14), 15, 30));
    p.regionCode = u(Owner);
    p.sourcePd = u(s.sourcePd);
    p.urusanCode = u(s.urusan);
    p.title = u(s.title);
    p.description = u(s.description);
    p.activity = s.activity;
    p.partnerType = s.partnerType;
    p.partnerRegionCodes = u(s.partnerRegions).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.partnerNames = u(s.partnerNames);
    p.form = s.form;
    if (!std::isnan(s.estimatedCost))
        p.estimatedCost = s.estimatedCost;
    p.inApbd = s.inApbd;
    p.burdensPublic = s.burdensPublic;
    p.suggestionKey = u(s.suggestionKey);
    p.year = 2024;
    return p;
}

// ---- agreements -----------------------------------------------------------------------------------------------

Party region(const char *code, const char *number, const char *signatory)
{
    return Party{PartyKind::Region, u(code), {}, u(number), u(signatory)};
}

Party other(PartyKind kind, const char *name, const char *number, const char *signatory)
{
    return Party{kind, {}, u(name), u(number), u(signatory)};
}

/// Fills the stage history and sets the current stage to the last one reached.
void setStages(Agreement &a, std::initializer_list<StageDate> stages)
{
    a.stages = QList<StageDate>(stages.begin(), stages.end());
    a.stage = a.stages.isEmpty() ? Stage::Persiapan : a.stages.last().stage;
}

/// An end date @p days after @p today, so that the expiry warning has something to show; never before @p start.
QDate nearEnd(const QDate &today, int days, const QDate &start)
{
    const QDate end = today.addDays(days);
    return end > start ? end : start.addYears(1);
}

QList<Agreement> makeAgreements(const QDate &today, const QHash<QString, QUuid> &proposalIds)
{
    QList<Agreement> out;
    auto add = [&](const char *key, const QDate &created, const QDate &modified) -> Agreement & {
        Agreement a;
        a.meta = meta("agreement", key, u(Register), utc(created, 8, 30), utc(modified, 16));
        out.append(a);
        return out.last();
    };
    using S = Stage;

    {   // 1. KB persampahan regional: province and five kab/kota (type B).
        Agreement &a = add("kb-sampah-banjarbakula", QDate(2024, 2, 12), QDate(2024, 6, 24));
        a.category = Category::KSDD;
        a.docType = DocType::KB;
        a.title = u("Kesepakatan Bersama tentang Pengelolaan Sampah Regional Banjarbakula");
        a.object = u("Pengelolaan sampah di TPA Regional Banjarbakula");
        a.scope = u("Pembagian kuota ritase, iuran biaya operasional (tipping fee), kompensasi dampak bagi warga "
                    "sekitar TPA, pengurangan sampah dari sumber, pelaporan bersama.");
        a.urusanCode = QStringLiteral("2.11");
        a.parties = {region("63", "120/045/KSD/Otda/2022", "Gubernur Kalimantan Selatan"),
                     region("63.71", "180/021/KB/Hkm/2022", "Wali Kota Banjarmasin"),
                     region("63.72", "180/017/KB/Pem/2022", "Wali Kota Banjarbaru"),
                     region("63.03", "180/012/KB/Pem/2022", "Bupati Banjar"),
                     region("63.04", "180/033/KB/Pem/2022", "Bupati Barito Kuala"),
                     region("63.01", "180/026/KB/Huk/2022", "Bupati Tanah Laut")};
        a.signedOn = QDate(2022, 7, 26);
        a.startDate = QDate(2022, 8, 1);
        a.endDate = QDate(2027, 7, 31);
        setStages(a, {{S::Persiapan, QDate(2022, 1, 10)}, {S::Penawaran, QDate(2022, 2, 21)},
                      {S::PenyusunanKB, QDate(2022, 3, 28)}, {S::PenandatangananKB, QDate(2022, 7, 26)},
                      {S::PenyusunanPKS, QDate(2022, 8, 15)}, {S::PenandatangananPKS, QDate(2022, 10, 10)},
                      {S::Pelaksanaan, QDate(2022, 11, 1)}});
        a.implementingPd = u("Dinas Lingkungan Hidup");
        a.funding = u("APBD Provinsi Kalimantan Selatan dan APBD masing-masing kabupaten/kota");
    }
    {   // 2. PKS tipping fee Banjar – province, from the 2024 proposal.
        Agreement &a = add("pks-tpa-banjar", QDate(2024, 5, 27), QDate(2024, 8, 5));
        a.proposalId = proposalIds.value(QStringLiteral("tpa-kuota"));
        a.category = Category::KSDD;
        a.docType = DocType::PKS;
        a.title = u("Perjanjian Kerja Sama Pelayanan Pembuangan Akhir Sampah Kabupaten Banjar di TPA Regional "
                    "Banjarbakula");
        a.object = u("Pembuangan akhir residu sampah Kabupaten Banjar");
        a.scope = u("Kuota 300 ton/hari, iuran tipping fee, jadwal ritase, pemilahan di sumber, laporan bulanan "
                    "timbangan.");
        a.urusanCode = QStringLiteral("2.11");
        a.parties = {region("63", "658/112/PKS/DLH/2024", "Kepala Dinas Lingkungan Hidup Provinsi Kalimantan Selatan"),
                     region("63.03", "180/034/PKS/DLH/2024", "Kepala Dinas Lingkungan Hidup Kabupaten Banjar")};
        a.signedOn = QDate(2024, 7, 15);
        a.startDate = QDate(2024, 8, 1);
        a.endDate = QDate(2027, 7, 31);
        setStages(a, {{S::Persiapan, QDate(2024, 4, 22)}, {S::Penawaran, QDate(2024, 5, 6)},
                      {S::PenyusunanPKS, QDate(2024, 5, 27)}, {S::PenandatangananPKS, QDate(2024, 7, 15)},
                      {S::Pelaksanaan, QDate(2024, 8, 1)}});
        a.implementingPd = u("Dinas Lingkungan Hidup");
        a.funding = u("APBD Kabupaten Banjar (Dinas Lingkungan Hidup)");
        a.value = 2160000000.0;
    }
    {   // 3. PKS with the Banjarmasin water company: ends within three months.
        Agreement &a = add("pks-bandarmasih", QDate(2024, 2, 12), QDate(2024, 5, 27));
        a.category = Category::KSDPK;
        a.docType = DocType::PKS;
        a.title = u("Perjanjian Kerja Sama Pemanfaatan Air Baku dan Lahan Instalasi Pengolahan Air Pematang Panjang");
        a.object = u("Pemanfaatan air baku Sungai Martapura dan lahan IPA di Kecamatan Sungai Tabuk");
        a.scope = u("Izin pemanfaatan lahan milik daerah, kompensasi pemanfaatan air baku, sambungan bagi warga "
                    "sekitar IPA, pelaporan debit pengambilan.");
        a.urusanCode = QStringLiteral("1.03");
        a.parties = {region("63.03", "180/041/PKS/Pem/2021", "Bupati Banjar"),
                     other(PartyKind::ThirdParty, "PT Air Minum Bandarmasih (Perseroda)", "690/117/PKS-DIR/PTAM/2021",
                           "Direktur Utama PT Air Minum Bandarmasih (Perseroda)")};
        a.signedOn = QDate(2021, 10, 12);
        a.startDate = QDate(2021, 11, 1);
        a.endDate = nearEnd(today, 40, a.startDate);
        setStages(a, {{S::Persiapan, QDate(2021, 6, 7)}, {S::Penawaran, QDate(2021, 7, 5)},
                      {S::PenyusunanPKS, QDate(2021, 8, 16)}, {S::PenandatangananPKS, QDate(2021, 10, 12)},
                      {S::Pelaksanaan, QDate(2021, 11, 1)}});
        a.implementingPd = u("Dinas PUPR");
        a.funding = u("Tanpa beban APBD; kompensasi dari PT Air Minum Bandarmasih (Perseroda) masuk kas daerah");
        a.value = 1350000000.0;
    }
    {   // 4. KB food and inflation with Kota Palangka Raya: ends within three months.
        Agreement &a = add("kb-pangan-palangkaraya", QDate(2024, 2, 12), QDate(2024, 3, 18));
        a.category = Category::KSDD;
        a.docType = DocType::KB;
        a.title = u("Kesepakatan Bersama tentang Kerja Sama Antar Daerah di Bidang Ketahanan Pangan dan Pengendalian "
                    "Inflasi");
        a.object = u("Pasokan beras, cabai rawit dan bawang merah antar daerah");
        a.scope = u("Pertukaran data neraca pangan, pasokan terjadwal dari Kabupaten Banjar ke Kota Palangka Raya, "
                    "operasi pasar bersama menjelang HBKN, koordinasi TPID.");
        a.urusanCode = QStringLiteral("2.09");
        a.parties = {region("63.03", "180/058/KB/Pem/2022", "Bupati Banjar"),
                     region("62.71", "119/KB/Pem/X/2022", "Wali Kota Palangka Raya")};
        a.signedOn = QDate(2022, 10, 19);
        a.startDate = QDate(2022, 10, 19);
        a.endDate = nearEnd(today, 75, a.startDate);
        setStages(a, {{S::Persiapan, QDate(2022, 7, 4)}, {S::Penawaran, QDate(2022, 8, 1)},
                      {S::PenyusunanKB, QDate(2022, 8, 29)}, {S::PenandatangananKB, QDate(2022, 10, 19)},
                      {S::PenyusunanPKS, QDate(2022, 11, 14)}, {S::PenandatangananPKS, QDate(2023, 1, 16)},
                      {S::Pelaksanaan, QDate(2023, 2, 1)}});
        a.implementingPd = u("Dinas Ketahanan Pangan");
        a.funding = u("APBD masing-masing pihak");
    }
    {   // 5. PKS under the food KB, still being drafted (from the 2024 proposal).
        Agreement &a = add("pks-pasokan-palangkaraya", QDate(2024, 8, 12), QDate(2024, 9, 23));
        a.proposalId = proposalIds.value(QStringLiteral("pangan-palangkaraya"));
        a.category = Category::KSDD;
        a.docType = DocType::PKS;
        a.title = u("Perjanjian Kerja Sama Pasokan Beras Lokal dan Cabai Rawit untuk Stabilisasi Harga di Kota "
                    "Palangka Raya");
        a.object = u("Pasokan terjadwal beras lokal 2.400 ton/tahun dan cabai rawit menjelang HBKN");
        a.scope = u("Volume dan jadwal pengiriman, mekanisme harga, peran Perumda pasar, pelaporan kepada TPID.");
        a.urusanCode = QStringLiteral("2.09");
        a.parties = {region("63.03", "", "Kepala Dinas Ketahanan Pangan Kabupaten Banjar"),
                     region("62.71", "", "Kepala Dinas Ketahanan Pangan Kota Palangka Raya")};
        setStages(a, {{S::Persiapan, QDate(2024, 8, 12)}, {S::Penawaran, QDate(2024, 8, 26)},
                      {S::PenyusunanPKS, QDate(2024, 9, 23)}});
        a.implementingPd = u("Dinas Ketahanan Pangan");
        a.funding = u("APBD Kabupaten Banjar 2025 (diusulkan)");
        a.value = 350000000.0;
    }
    {   // 6. KB road Banjar–Tapin, waiting for DPRD (funding not yet in the APBD).
        Agreement &a = add("kb-jalan-tapin", QDate(2024, 3, 11), QDate(2024, 10, 28));
        a.proposalId = proposalIds.value(QStringLiteral("jalan-tapin"));
        a.category = Category::KSDD;
        a.docType = DocType::KB;
        a.title = u("Kesepakatan Bersama tentang Peningkatan dan Pemeliharaan Jalan Poros Antar Kabupaten Simpang "
                    "Empat–Tapin Selatan");
        a.object = u("Ruas jalan poros antar kabupaten sepanjang 30,5 km dan jembatan perbatasan");
        a.scope = u("Desain teknis bersama, pembagian ruas dan biaya, penggantian jembatan perbatasan, pemeliharaan "
                    "rutin.");
        a.urusanCode = QStringLiteral("1.03");
        a.parties = {region("63.03", "180/027/KB/Pem/2024", "Bupati Banjar"),
                     region("63.05", "180/019/KB/Pem/2024", "Bupati Tapin")};
        a.signedOn = QDate(2024, 7, 30);
        a.startDate = QDate(2024, 7, 30);
        a.endDate = QDate(2029, 7, 29);
        setStages(a, {{S::Persiapan, QDate(2024, 3, 11)}, {S::Penawaran, QDate(2024, 4, 2)},
                      {S::PenyusunanKB, QDate(2024, 5, 20)}, {S::PenandatangananKB, QDate(2024, 7, 30)},
                      {S::PersetujuanDPRD, QDate(2024, 10, 24)}});
        a.implementingPd = u("Dinas PUPR");
        a.funding = u("APBD Kabupaten Banjar dan APBD Kabupaten Tapin (tahun jamak, belum dianggarkan)");
        a.value = 12500000000.0;
    }
    {   // 7. KB road Banjar–Tanah Bumbu, still being drafted.
        Agreement &a = add("kb-jalan-tanbu", QDate(2024, 6, 3), QDate(2024, 9, 9));
        a.proposalId = proposalIds.value(QStringLiteral("jalan-tanbu"));
        a.category = Category::KSDD;
        a.docType = DocType::KB;
        a.title = u("Kesepakatan Bersama tentang Pembukaan Jalan Poros Paramasan–Mentewe");
        a.object = u("Ruas jalan poros antar kabupaten Paramasan (Banjar)–Mentewe (Tanah Bumbu)");
        a.scope = u("Survei bersama, penyelesaian status kawasan hutan, pembagian pembiayaan konstruksi.");
        a.urusanCode = QStringLiteral("1.03");
        a.parties = {region("63.03", "", "Bupati Banjar"), region("63.10", "", "Bupati Tanah Bumbu")};
        setStages(a, {{S::Persiapan, QDate(2024, 6, 3)}, {S::Penawaran, QDate(2024, 7, 8)},
                      {S::PenyusunanKB, QDate(2024, 9, 9)}});
        a.implementingPd = u("Dinas PUPR");
        a.funding = u("Belum ditetapkan");
        a.value = 8750000000.0;
    }
    {   // 8. Nota kesepakatan with Badan Pangan Nasional.
        Agreement &a = add("nk-bapanas", QDate(2024, 2, 12), QDate(2024, 9, 16));
        a.category = Category::Sinergi;
        a.docType = DocType::NK;
        a.title = u("Nota Kesepakatan tentang Penguatan Cadangan Pangan Pemerintah Daerah dan Pengendalian Inflasi "
                    "Pangan");
        a.object = u("Cadangan beras pemerintah daerah dan gerakan pangan murah");
        a.scope = u("Pendampingan penyusunan cadangan pangan, fasilitasi distribusi pangan, data neraca pangan, "
                    "rencana aksi tahunan.");
        a.urusanCode = QStringLiteral("2.09");
        a.parties = {other(PartyKind::KL, "Badan Pangan Nasional", "45/NK/KS.01/B/05/2023",
                           "Deputi Bidang Ketersediaan dan Stabilisasi Pangan"),
                     region("63.03", "180/019/NK/Pem/2023", "Bupati Banjar")};
        a.signedOn = QDate(2023, 5, 16);
        a.startDate = QDate(2023, 5, 16);
        a.endDate = QDate(2028, 5, 15);
        setStages(a, {{S::Persiapan, QDate(2023, 2, 6)}, {S::PenyusunanPKS, QDate(2023, 3, 13)},
                      {S::PenandatangananPKS, QDate(2023, 5, 16)}, {S::Pelaksanaan, QDate(2023, 6, 1)}});
        a.implementingPd = u("Dinas Ketahanan Pangan");
        a.funding = u("APBN (Badan Pangan Nasional) dan APBD Kabupaten Banjar");
    }
    {   // 9. Nota kesepakatan SPAM regional with Kementerian PUPR: ends within three months.
        Agreement &a = add("nk-spam-pupr", QDate(2024, 2, 12), QDate(2024, 4, 15));
        a.category = Category::Sinergi;
        a.docType = DocType::NK;
        a.title = u("Nota Kesepakatan tentang Dukungan Pembangunan Sistem Penyediaan Air Minum Regional Banjarbakula");
        a.object = u("Pembangunan unit air baku, instalasi pengolahan dan jaringan transmisi SPAM Regional "
                     "Banjarbakula");
        a.scope = u("Pembangunan unit air baku dan transmisi oleh Kementerian PUPR, penyediaan lahan dan jaringan "
                    "distribusi oleh pemerintah daerah, rencana aksi penyambungan rumah tangga.");
        a.urusanCode = QStringLiteral("1.03");
        a.parties = {other(PartyKind::KL, "Kementerian PUPR", "HK.0201-Cb/412/2021",
                           "Direktur Jenderal Cipta Karya"),
                     region("63", "120/061/NK/Otda/2021", "Gubernur Kalimantan Selatan"),
                     region("63.03", "180/052/NK/Pem/2021", "Bupati Banjar"),
                     region("63.72", "180/031/NK/Pem/2021", "Wali Kota Banjarbaru")};
        a.signedOn = QDate(2021, 9, 1);
        a.startDate = QDate(2021, 9, 1);
        a.endDate = nearEnd(today, 61, a.startDate);
        setStages(a, {{S::Persiapan, QDate(2021, 5, 10)}, {S::PenyusunanPKS, QDate(2021, 6, 21)},
                      {S::PenandatangananPKS, QDate(2021, 9, 1)}, {S::Pelaksanaan, QDate(2021, 9, 15)}});
        a.implementingPd = u("Dinas PUPR");
        a.funding = u("APBN (Direktorat Jenderal Cipta Karya) dan APBD untuk jaringan distribusi");
    }
    {   // 10. PKS with Universitas Lambung Mangkurat on tourism: ends in three to six months.
        Agreement &a = add("pks-ulm-wisata", QDate(2024, 2, 12), QDate(2024, 7, 1));
        a.category = Category::KSDPK;
        a.docType = DocType::PKS;
        a.title = u("Perjanjian Kerja Sama tentang Pengembangan Desa Wisata dan Kajian Wisata Susur Sungai");
        a.object = u("Kajian dan pendampingan desa wisata di Sungai Tabuk, Martapura dan Aranio");
        a.scope = u("Kajian daya dukung Pasar Terapung Lok Baintan, pendampingan 6 desa wisata, KKN tematik, "
                    "pelatihan pemandu.");
        a.urusanCode = QStringLiteral("3.26");
        a.parties = {region("63.03", "180/011/PKS/Pem/2023", "Sekretaris Daerah Kabupaten Banjar"),
                     other(PartyKind::ThirdParty, "Universitas Lambung Mangkurat", "1187/UN8/KS/2023",
                           "Rektor Universitas Lambung Mangkurat")};
        a.signedOn = QDate(2023, 3, 8);
        a.startDate = QDate(2023, 3, 8);
        a.endDate = nearEnd(today, 150, a.startDate);
        setStages(a, {{S::Persiapan, QDate(2022, 11, 7)}, {S::Penawaran, QDate(2022, 12, 5)},
                      {S::PenyusunanPKS, QDate(2023, 1, 16)}, {S::PenandatangananPKS, QDate(2023, 3, 8)},
                      {S::Pelaksanaan, QDate(2023, 3, 20)}});
        a.implementingPd = u("Dinas Pariwisata");
        a.funding = u("APBD Kabupaten Banjar (Dinas Pariwisata) dan dana penelitian Universitas Lambung Mangkurat");
        a.value = 475000000.0;
    }
    {   // 11. PKS health referral Barito Kuala → RSUD Ratu Zalecha.
        Agreement &a = add("pks-rujukan-batola", QDate(2024, 2, 12), QDate(2024, 7, 29));
        a.category = Category::KSDD;
        a.docType = DocType::PKS;
        a.title = u("Perjanjian Kerja Sama tentang Pelayanan Rujukan Pasien dari Kabupaten Barito Kuala di RSUD Ratu "
                    "Zalecha Martapura");
        a.object = u("Pelayanan rujukan hemodialisis, bedah ortopedi dan rawat intensif");
        a.scope = u("Alur rujukan, kuota tempat tidur, tarif pasien di luar JKN, pertukaran data rujukan bulanan.");
        a.urusanCode = QStringLiteral("1.02");
        a.parties = {region("63.03", "180/044/PKS/Pem/2023", "Bupati Banjar"),
                     region("63.04", "180/038/PKS/Pem/2023", "Bupati Barito Kuala")};
        a.signedOn = QDate(2023, 8, 21);
        a.startDate = QDate(2023, 9, 1);
        a.endDate = QDate(2028, 8, 31);
        setStages(a, {{S::Persiapan, QDate(2023, 3, 6)}, {S::Penawaran, QDate(2023, 4, 3)},
                      {S::PenyusunanPKS, QDate(2023, 5, 29)}, {S::PenandatangananPKS, QDate(2023, 8, 21)},
                      {S::Pelaksanaan, QDate(2023, 9, 1)}});
        a.implementingPd = u("RSUD Ratu Zalecha");
        a.funding = u("APBD Kabupaten Barito Kuala (pasien di luar JKN) dan klaim JKN");
        a.value = 900000000.0;
    }
    {   // 12. PKS parking management with a third party, stopped.
        Agreement &a = add("pks-parkir-martapura", QDate(2024, 2, 12), QDate(2024, 2, 12));
        a.category = Category::KSDPK;
        a.docType = DocType::PKS;
        a.title = u("Perjanjian Kerja Sama Pengelolaan Parkir Kawasan Pasar Martapura");
        a.object = u("Pengelolaan parkir tepi jalan dan pelataran Pasar Martapura");
        a.scope = u("Pengelolaan juru parkir, setoran retribusi bulanan, penataan lalu lintas pasar. Dihentikan sejak "
                    "Agustus 2023 karena setoran retribusi tidak memenuhi target tiga bulan berturut-turut.");
        a.urusanCode = QStringLiteral("2.15");
        a.parties = {region("63.03", "180/006/PKS/Pem/2022", "Kepala Dinas Perhubungan Kabupaten Banjar"),
                     other(PartyKind::ThirdParty, "CV Intan Parkir Mandiri", "014/IPM/II/2022", "Direktur")};
        a.signedOn = QDate(2022, 2, 21);
        a.startDate = QDate(2022, 3, 1);
        a.endDate = QDate(2025, 2, 28);
        setStages(a, {{S::Persiapan, QDate(2021, 11, 8)}, {S::Penawaran, QDate(2021, 12, 6)},
                      {S::PenyusunanPKS, QDate(2022, 1, 10)}, {S::PenandatangananPKS, QDate(2022, 2, 21)},
                      {S::Pelaksanaan, QDate(2022, 3, 1)}});
        a.status = AgreementStatus::Dihentikan;
        a.implementingPd = u("Dinas Perhubungan");
        a.funding = u("Bagi hasil retribusi parkir");
        a.value = 420000000.0;
    }
    {   // 13. PKS Trans Banjarbakula feeder with the province, ended.
        Agreement &a = add("pks-trans-banjarbakula", QDate(2024, 2, 12), QDate(2024, 2, 26));
        a.category = Category::KSDD;
        a.docType = DocType::PKS;
        a.title = u("Perjanjian Kerja Sama Penyelenggaraan Angkutan Perkotaan Trans Banjarbakula Koridor Martapura");
        a.object = u("Layanan bus Trans Banjarbakula koridor Martapura–Banjarbaru dan halte di Kabupaten Banjar");
        a.scope = u("Penyediaan armada oleh provinsi, pembangunan halte dan jalur pengumpan oleh kabupaten.");
        a.urusanCode = QStringLiteral("2.15");
        a.parties = {region("63", "551/032/PKS/Dishub/2021", "Kepala Dinas Perhubungan Provinsi Kalimantan Selatan"),
                     region("63.03", "180/003/PKS/Pem/2021", "Kepala Dinas Perhubungan Kabupaten Banjar")};
        a.signedOn = QDate(2020, 12, 21);
        a.startDate = QDate(2021, 1, 4);
        a.endDate = QDate(2023, 12, 31);
        setStages(a, {{S::Persiapan, QDate(2020, 8, 3)}, {S::Penawaran, QDate(2020, 9, 7)},
                      {S::PenyusunanPKS, QDate(2020, 10, 19)}, {S::PenandatangananPKS, QDate(2020, 12, 21)},
                      {S::Pelaksanaan, QDate(2021, 1, 4)}, {S::Penatausahaan, QDate(2021, 2, 1)},
                      {S::Pelaporan, QDate(2024, 1, 31)}});
        a.status = AgreementStatus::Berakhir;
        a.implementingPd = u("Dinas Perhubungan");
        a.funding = u("APBD Provinsi (armada) dan APBD Kabupaten Banjar (halte)");
        a.value = 1200000000.0;
    }
    {   // 14. PKS clinical education with ULM, extended by addendum 15.
        Agreement &a = add("pks-ulm-klinik", QDate(2024, 2, 12), QDate(2024, 7, 8));
        a.category = Category::KSDPK;
        a.docType = DocType::PKS;
        a.title = u("Perjanjian Kerja Sama tentang Penyelenggaraan Pendidikan Klinik Dokter Spesialis di RSUD Ratu "
                    "Zalecha");
        a.object = u("RSUD Ratu Zalecha sebagai rumah sakit jejaring pendidikan Fakultas Kedokteran");
        a.scope = u("Penempatan peserta PPDS, pembimbing klinik, penelitian bersama. Masa berlaku diperpanjang sampai "
                    "30 Juni 2027 dengan Addendum I.");
        a.urusanCode = QStringLiteral("1.02");
        a.parties = {region("63.03", "180/029/PKS/Pem/2021", "Bupati Banjar"),
                     other(PartyKind::ThirdParty, "Universitas Lambung Mangkurat", "2104/UN8/KS/2021",
                           "Rektor Universitas Lambung Mangkurat")};
        a.signedOn = QDate(2021, 6, 24);
        a.startDate = QDate(2021, 7, 1);
        a.endDate = QDate(2027, 6, 30);
        setStages(a, {{S::Persiapan, QDate(2021, 2, 1)}, {S::Penawaran, QDate(2021, 3, 1)},
                      {S::PenyusunanPKS, QDate(2021, 4, 12)}, {S::PenandatangananPKS, QDate(2021, 6, 24)},
                      {S::Pelaksanaan, QDate(2021, 7, 1)}});
        a.status = AgreementStatus::Diperpanjang;
        a.implementingPd = u("RSUD Ratu Zalecha");
        a.funding = u("Tanpa beban APBD; biaya pendidikan ditanggung Universitas Lambung Mangkurat");
    }
    {   // 15. Addendum I to 14.
        Agreement &a = add("addendum-ulm-klinik", QDate(2024, 4, 15), QDate(2024, 7, 8));
        a.category = Category::KSDPK;
        a.docType = DocType::Addendum;
        a.title = u("Addendum I Perjanjian Kerja Sama Penyelenggaraan Pendidikan Klinik Dokter Spesialis di RSUD Ratu "
                    "Zalecha");
        a.object = u("Perpanjangan masa berlaku dan penambahan program studi Ilmu Penyakit Dalam");
        a.scope = u("Mengubah Pasal 3 (jangka waktu) dan Pasal 5 (program studi) PKS Nomor 180/029/PKS/Pem/2021.");
        a.urusanCode = QStringLiteral("1.02");
        a.parties = {region("63.03", "180/031/ADD/Pem/2024", "Bupati Banjar"),
                     other(PartyKind::ThirdParty, "Universitas Lambung Mangkurat", "1502/UN8/KS/2024",
                           "Rektor Universitas Lambung Mangkurat")};
        a.signedOn = QDate(2024, 6, 20);
        a.startDate = QDate(2024, 7, 1);
        a.endDate = QDate(2027, 6, 30);
        setStages(a, {{S::Persiapan, QDate(2024, 4, 15)}, {S::Pelaksanaan, QDate(2024, 7, 1)}});
        a.implementingPd = u("RSUD Ratu Zalecha");
        a.funding = u("Tanpa beban APBD");
    }
    {   // 16. Nota kesepakatan on peat fires and waste reduction with KLHK.
        Agreement &a = add("nk-klhk-karhutla", QDate(2024, 1, 15), QDate(2024, 3, 25));
        a.category = Category::Sinergi;
        a.docType = DocType::NK;
        a.title = u("Nota Kesepakatan tentang Pengendalian Kebakaran Lahan Gambut dan Pengurangan Sampah Plastik");
        a.object = u("Pencegahan kebakaran lahan gambut dan pengurangan sampah plastik di Kabupaten Banjar");
        a.scope = u("Pembentukan masyarakat peduli api di 12 desa gambut, patroli terpadu, bank sampah, rencana aksi "
                    "tahunan.");
        a.urusanCode = QStringLiteral("2.11");
        a.parties = {other(PartyKind::KL, "Kementerian Lingkungan Hidup dan Kehutanan", "NK.7/PPI/PKHL/3/2024",
                           "Direktur Jenderal Pengendalian Perubahan Iklim"),
                     region("63.03", "180/009/NK/Pem/2024", "Bupati Banjar")};
        a.signedOn = QDate(2024, 3, 5);
        a.startDate = QDate(2024, 3, 5);
        a.endDate = QDate(2029, 3, 4);
        setStages(a, {{S::Persiapan, QDate(2024, 1, 15)}, {S::PenyusunanPKS, QDate(2024, 2, 5)},
                      {S::PenandatangananPKS, QDate(2024, 3, 5)}, {S::Pelaksanaan, QDate(2024, 3, 18)}});
        a.implementingPd = u("Dinas Lingkungan Hidup");
        a.funding = u("APBN (KLHK) dan APBD Kabupaten Banjar (DLH dan BPBD)");
    }
    return out;
}

// ---- monev ----------------------------------------------------------------------------------------------------

MonevRecord makeMonev(const char *key, const QUuid &agreementId, const QDate &date, const char *role,
                      std::array<int, MonevCriterionCount> scores, const char *kendala, Recommendation rec, int rating)
{
    MonevRecord m;
    m.meta = meta("monev", key, u(Register), utc(date, 13), utc(date.addDays(3), 10));
    m.agreementId = agreementId;
    m.date = date;
    m.evaluatorRole = u(role);
    m.scores = scores;
    m.kendala = u(kendala);
    m.recommendation = rec;
    m.rating = rating;
    return m;
}

} // namespace

Project makeDemoProject(const QDate &today)
{
    const QDate ref = today.isValid() ? today : QDate(2024, 8, 30);

    Project p;
    p.projectId = demoId("project", "pemetaan-ksd-banjar-2024");
    p.title = QStringLiteral("Pemetaan KSD Kabupaten Banjar 2024 (contoh)");
    p.ownerRegion = u(Owner);
    p.year = 2024;
    p.scope = demoScope();
    p.settings.insert(QStringLiteral("demo"), QStringLiteral("1"));
    p.settings.insert(QStringLiteral("description"),
                      QStringLiteral("Data contoh untuk latihan; bukan data resmi."));
    p.created = utc(QDate(2024, 2, 5), 8);

    int index = 0;
    for (const EntrySpec &s : Entries)
        p.entries.append(makeEntry(s, index++));

    const double none = NoMagnitude;
    const ProposalSpec proposals[] = {
        {"tpa-kuota", "Dinas Lingkungan Hidup", "2.11",
         "Penambahan kuota pembuangan sampah ke TPA Regional Banjarbakula",
         "Kuota 300 ton/hari dengan iuran tipping fee; difasilitasi Pemerintah Provinsi sesuai kewenangan persampahan "
         "regional.",
         ActivityKind::KerjaSama, PartnerType::Daerah, "63", "", DocType::PKS, 2160000000.0, true, false,
         "63.03|63.71|2.11", QDate(2024, 4, 8)},
        {"spam-gambut", "Dinas PUPR", "1.03",
         "Penyambungan jaringan SPAM Regional Banjarbakula ke Kecamatan Gambut dan Kertak Hanyar",
         "Pipa distribusi 14 km dan 6.000 sambungan rumah dari jaringan transmisi regional.", ActivityKind::KerjaSama,
         PartnerType::Daerah, "63 63.72", "", DocType::KB, 18500000000.0, false, false, "63.03|63.72|1.03",
         QDate(2024, 4, 22)},
        {"pangan-palangkaraya", "Dinas Ketahanan Pangan", "2.09",
         "Pasokan beras lokal dan cabai rawit untuk pengendalian inflasi Kota Palangka Raya",
         "Pelaksanaan Kesepakatan Bersama 2022 dalam PKS dengan volume dan jadwal pengiriman.",
         ActivityKind::KerjaSama, PartnerType::Daerah, "62.71", "", DocType::PKS, 350000000.0, true, false,
         "63.03|62.71|2.09", QDate(2024, 5, 6)},
        {"rujukan-tapin", "RSUD Ratu Zalecha", "1.02", "Pelayanan rujukan pasien Kabupaten Tapin di RSUD Ratu Zalecha",
         "Perluasan pola PKS rujukan dengan Barito Kuala kepada Kabupaten Tapin; tanpa biaya tambahan bagi daerah.",
         ActivityKind::KerjaSama, PartnerType::Daerah, "63.05", "", DocType::PKS, 0.0, false, false,
         "63.03|63.05|1.02", QDate(2024, 5, 13)},
        {"jalan-tapin", "Dinas PUPR", "1.03",
         "Peningkatan jalan poros antar kabupaten Simpang Empat–Tapin Selatan",
         "Ruas 30,5 km dan jembatan perbatasan; pembiayaan tahun jamak belum masuk APBD.", ActivityKind::KerjaSama,
         PartnerType::Daerah, "63.05", "", DocType::KB, 12500000000.0, false, false, "63.03|63.05|1.03",
         QDate(2024, 3, 4)},
        {"jalan-tanbu", "Dinas PUPR", "1.03", "Pembukaan jalan poros Paramasan–Mentewe",
         "Survei bersama dan konstruksi bertahap; sebagian ruas di kawasan hutan.", ActivityKind::KerjaSama,
         PartnerType::Daerah, "63.10", "", DocType::KB, 8750000000.0, false, false, "63.03|63.10|1.03",
         QDate(2024, 5, 27)},
        {"wisata-susur-sungai", "Dinas Pariwisata", "3.26",
         "Paket wisata susur sungai Banjarmasin–Lok Baintan–Martapura",
         "Promosi bersama, standar keselamatan kelotok, tiket terusan.", ActivityKind::KerjaSama, PartnerType::Daerah,
         "63.71", "", DocType::KB, 150000000.0, true, false, "63.03|63.71|3.26", QDate(2024, 6, 10)},
        {"wisata-riamkanan-ulm", "Dinas Pariwisata", "3.26", "Kajian daya dukung wisata Waduk Riam Kanan",
         "Kajian bersama perguruan tinggi sebagai dasar penataan kawasan wisata Aranio.", ActivityKind::KerjaSama,
         PartnerType::PihakKetiga, "", "Universitas Lambung Mangkurat", DocType::PKS, 250000000.0, true, false, "",
         QDate(2024, 6, 17)},
        {"cadangan-pangan-bapanas", "Dinas Ketahanan Pangan", "2.09",
         "Penguatan cadangan pangan pemerintah daerah bersama Badan Pangan Nasional",
         "Rencana aksi 2025 di bawah Nota Kesepakatan 2023.", ActivityKind::KerjaSama, PartnerType::KL, "",
         "Badan Pangan Nasional", DocType::NK, none, true, false, "", QDate(2024, 6, 24)},
        {"truk-sampah", "Dinas Lingkungan Hidup", "2.11", "Pengadaan 6 unit truk sampah arm roll",
         "Pengadaan barang melalui katalog elektronik; bukan kerja sama daerah.", ActivityKind::Pengadaan,
         PartnerType::PihakKetiga, "", "Penyedia katalog elektronik", DocType::PKS, 3300000000.0, true, false, "",
         QDate(2024, 7, 1)},
        {"karhutla-banjarbaru", "BPBD", "1.05",
         "Pos pemadam kebakaran lahan bersama di perbatasan Gambut–Liang Anggang",
         "Usulan dari saran potensi wajib (perlu kajian): bukti efisiensi masih dikumpulkan.",
         ActivityKind::KerjaSama, PartnerType::Daerah, "63.72", "", DocType::KB, 300000000.0, true, false,
         "63.03|63.72|1.05", QDate(2024, 7, 15)},
        {"trans-banjarbakula", "Dinas Perhubungan", "2.15", "Perpanjangan layanan Trans Banjarbakula koridor Martapura",
         "Jam layanan sampai pukul 21.00 dan jalur pengumpan; tarif baru bagi penumpang.", ActivityKind::KerjaSama,
         PartnerType::Daerah, "63", "", DocType::PKS, 1400000000.0, true, true, "63.03|63.72|2.15",
         QDate(2024, 7, 22)},
        {"kur-pasar-martapura", "Dinas Koperasi, Usaha Kecil dan Menengah", "2.17",
         "Kredit usaha mikro bagi pedagang Pasar Martapura",
         "Penyaluran kredit berbunga rendah dan pendampingan pembukuan bagi sekitar 400 pedagang; tanpa beban APBD.",
         ActivityKind::KerjaSama, PartnerType::PihakKetiga, "",
         "PT Bank Pembangunan Daerah Kalimantan Selatan (Perseroda)", DocType::PKS, 0.0, false, false, "",
         QDate(2024, 7, 29)},
        {"satu-data-bps", "Dinas Komunikasi, Informatika dan Persandian", "2.20",
         "Pembinaan statistik sektoral dan Satu Data Kabupaten Banjar",
         "Pendampingan metadata dan standar data bagi 27 perangkat daerah.", ActivityKind::KerjaSama, PartnerType::KL,
         "", "Badan Pusat Statistik", DocType::NK, 75000000.0, true, false, "", QDate(2024, 8, 5)},
        {"rhl-riamkanan", "Dinas Lingkungan Hidup", "3.28",
         "Rehabilitasi daerah tangkapan air Waduk Riam Kanan",
         "Penanaman 2.500 ha lahan kritis di Kecamatan Aranio bersama BPDAS Barito; kewenangan kehutanan di provinsi "
         "sehingga Dinas Kehutanan Provinsi dilibatkan.",
         ActivityKind::KerjaSama, PartnerType::KL, "", "Kementerian Lingkungan Hidup dan Kehutanan (BPDAS Barito)",
         DocType::NK, none, true, false, "", QDate(2024, 8, 12)},
    };
    QHash<QString, QUuid> proposalIds;
    for (const ProposalSpec &s : proposals) {
        p.proposals.append(makeProposal(s));
        proposalIds.insert(u(s.key), p.proposals.last().meta.id);
    }

    p.agreements = makeAgreements(ref, proposalIds);
    // The histories above are written in the single sequence of old; each document keeps to its own procedure
    // (a KB in force is "berlaku", not "pelaksanaan"). The demo is not an upgraded file: nothing to review.
    for (Agreement &a : p.agreements) {
        alignToProcedure(a);
        a.reviewNote.clear();
    }
    auto agreementId = [](const char *key) { return demoId("agreement", key); };

    using R = Recommendation;
    const char *const tkksd = "TKKSD Kabupaten Banjar";
    p.monev = {
        makeMonev("sampah-2023", agreementId("kb-sampah-banjarbakula"), QDate(2023, 12, 12), tkksd,
                  {4, 3, 4, 3, 3, 4, 4, 3}, "Ritase truk dari Kabupaten Banjar sering melebihi kuota pada musim hujan.",
                  R::Lanjut, 4),
        makeMonev("sampah-2024", agreementId("kb-sampah-banjarbakula"), QDate(2024, 6, 18), tkksd,
                  {4, 4, 4, 3, 4, 4, 4, 4}, "Iuran tipping fee 2024 terlambat satu triwulan karena perubahan APBD.",
                  R::Lanjut, 4),
        makeMonev("bandarmasih-2024", agreementId("pks-bandarmasih"), QDate(2024, 5, 22), tkksd,
                  {4, 4, 3, 3, 4, 3, 3, 2},
                  "Laporan debit pengambilan air baku tidak rutin; perlu kajian sebelum perpanjangan.", R::Perbaiki, 3),
        makeMonev("pangan-2024", agreementId("kb-pangan-palangkaraya"), QDate(2024, 3, 14), tkksd,
                  {5, 4, 4, 4, 4, 4, 3, 3}, "Volume pengiriman menjelang Ramadan belum sesuai permintaan TPID.",
                  R::Lanjut, 4),
        makeMonev("bapanas-2024", agreementId("nk-bapanas"), QDate(2024, 9, 10), "Bagian Pemerintahan Setda",
                  {4, 3, 4, 3, 3, 0, 4, 3}, "Rencana aksi 2024 baru terealisasi 60%.", R::Lanjut, 3),
        makeMonev("rujukan-batola-2024", agreementId("pks-rujukan-batola"), QDate(2024, 7, 25), tkksd,
                  {4, 4, 3, 4, 4, 4, 4, 4}, "Klaim pasien non-JKN dari Barito Kuala dibayar tepat waktu.", R::Lanjut,
                  5),
        makeMonev("ulm-wisata-2024", agreementId("pks-ulm-wisata"), QDate(2024, 8, 20), "Inspektorat",
                  {3, 2, 3, 3, 2, 2, 3, 2}, "Dua dari enam desa wisata belum didampingi; laporan semester terlambat.",
                  R::Perbaiki, 2),
    };

    // An offer received from a neighbour and not yet answered: the Usulan tab's offers list is not empty.
    IncomingOffer offer;
    offer.meta = meta("offer", "banjarbaru-air-baku", u(Register), utc(QDate(2024, 10, 2), 10), utc(QDate(2024, 10, 2), 10));
    offer.senderType = PartnerType::Daerah;
    offer.senderRegion = QStringLiteral("63.72");
    offer.receivedOn = QDate(2024, 10, 1);
    offer.letterNumber = QStringLiteral("415.4/213/Pem/2024");
    offer.urusanCode = QStringLiteral("1.03");
    offer.title = u("Pengelolaan bersama air baku Sungai Riam Kanan untuk SPAM Banjarbakula");
    offer.description = u("Kota Banjarbaru menawarkan pembagian debit air baku dan biaya pemeliharaan intake bersama "
                          "untuk layanan air minum di perbatasan kedua daerah.");
    offer.askedPd = u("Dinas Pekerjaan Umum dan Penataan Ruang");
    offer.answerDue = QDate(2024, 11, 29);
    offer.inApbd = true;
    p.offers = {offer};

    // The project was last changed with its last record.
    p.modified = std::max(p.created, p.lastRecordChange());
    return p;
}

} // namespace ksd
