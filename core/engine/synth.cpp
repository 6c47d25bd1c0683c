// SPDX-License-Identifier: Apache-2.0
#include "synth.h"

#include "refdata/refdata.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Synth)
};

/// SplitMix64: tiny, fast and identical everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : mState(seed) {}
    quint64 next()
    {
        quint64 z = (mState += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    /// Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    QUuid uuid()
    {
        QByteArray b(16, Qt::Uninitialized);
        const quint64 h = next();
        const quint64 l = next();
        for (int i = 0; i < 8; ++i) {
            b[i] = char((h >> (8 * i)) & 0xff);
            b[8 + i] = char((l >> (8 * i)) & 0xff);
        }
        b[6] = char((b[6] & 0x0f) | 0x40); // version 4
        b[8] = char((b[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(b);
    }

private:
    quint64 mState;
};

struct ServiceSpec
{
    const char *name;
    const char *unit;
    double magMin;
    double magMax;
};

struct UrusanSpec
{
    const char *code;
    int weight;          ///< relative share of entries
    const char *pd;      ///< perangkat daerah that usually enters it
    ServiceSpec services[4];
};

// The mix follows what KSD mappings usually hold: infrastructure, environment, health, transport and tourism
// dominate; statistics, persandian and archives are rare.
const UrusanSpec urusanSpecs[] = {
    {"1.01", 5, "Dinas Pendidikan", {{"Pendidikan anak usia dini", "lembaga", 2, 40}, {"Guru daerah terpencil", "orang", 5, 200}, {"Sekolah perbatasan", "sekolah", 1, 15}, {"", "", 0, 0}}},
    {"1.02", 6, "Dinas Kesehatan", {{"Rujukan puskesmas perbatasan", "pasien/bulan", 20, 600}, {"Penanganan stunting", "balita", 50, 2000}, {"Ambulans terpadu", "unit", 1, 12}, {"Pengendalian penyakit menular", "kasus", 5, 300}}},
    {"1.03", 9, "Dinas PUPR", {{"SPAM regional", "liter/detik", 20, 800}, {"Jalan provinsi", "km", 2, 60}, {"Irigasi lintas kabupaten", "ha", 100, 5000}, {"Drainase perkotaan", "km", 1, 30}}},
    {"1.04", 4, "Dinas Perumahan dan Kawasan Permukiman", {{"Rumah tidak layak huni", "unit", 10, 800}, {"Kawasan kumuh perbatasan", "ha", 2, 80}, {"Relokasi korban bencana", "KK", 5, 300}, {"", "", 0, 0}}},
    {"1.05", 3, "Satpol PP", {{"Pemadam kebakaran", "pos", 1, 6}, {"Penertiban perbatasan", "kegiatan", 2, 30}, {"Penanggulangan bencana", "desa", 3, 60}, {"", "", 0, 0}}},
    {"1.06", 3, "Dinas Sosial", {{"Panti rehabilitasi sosial", "orang", 10, 200}, {"Penanganan gelandangan", "orang", 5, 150}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.07", 3, "Dinas Tenaga Kerja", {{"Pelatihan kerja", "orang", 20, 1000}, {"Bursa kerja bersama", "lowongan", 50, 3000}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.08", 2, "Dinas PPPA", {{"Rumah aman", "orang", 5, 80}, {"Layanan perlindungan anak", "kasus", 5, 200}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.09", 3, "Dinas Ketahanan Pangan", {{"Cadangan pangan", "ton", 10, 600}, {"Distribusi beras", "ton", 20, 2000}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.10", 1, "Bagian Pertanahan", {{"Penyelesaian sengketa batas", "kasus", 1, 20}, {"", "", 0, 0}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.11", 8, "Dinas Lingkungan Hidup", {{"TPA regional", "ton/hari", 20, 600}, {"Bank sampah", "unit", 2, 60}, {"Pengendalian pencemaran sungai", "titik", 2, 40}, {"Ruang terbuka hijau", "ha", 1, 50}}},
    {"2.12", 2, "Dinas Dukcapil", {{"Layanan adminduk keliling", "desa", 5, 80}, {"", "", 0, 0}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.13", 2, "Dinas PMD", {{"Pemberdayaan desa perbatasan", "desa", 3, 60}, {"BUMDes bersama", "unit", 1, 20}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.14", 2, "Dinas PPKB", {{"Penyuluhan KB", "kampung", 2, 50}, {"", "", 0, 0}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.15", 6, "Dinas Perhubungan", {{"Angkutan antarkota", "trayek", 1, 12}, {"Terminal tipe B", "terminal", 1, 3}, {"Angkutan sungai", "dermaga", 1, 10}, {"Angkutan perdesaan", "trayek", 1, 20}}},
    {"2.16", 3, "Dinas Kominfo", {{"Jaringan internet desa", "desa", 5, 120}, {"Pusat data bersama", "rak", 1, 10}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.17", 4, "Dinas Koperasi dan UKM", {{"Pemasaran produk UMKM", "pelaku usaha", 10, 500}, {"Sertifikasi halal", "produk", 5, 300}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.18", 3, "DPMPTSP", {{"Promosi investasi bersama", "proyek", 1, 15}, {"Kawasan industri", "ha", 10, 500}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.19", 2, "Dinas Pemuda dan Olahraga", {{"Sarana olahraga", "unit", 1, 10}, {"", "", 0, 0}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.20", 1, "Dinas Kominfo", {{"Satu data daerah", "dataset", 5, 200}, {"", "", 0, 0}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.21", 1, "Dinas Kominfo", {{"Persandian dan keamanan informasi", "sistem", 1, 15}, {"", "", 0, 0}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.22", 2, "Dinas Kebudayaan", {{"Cagar budaya", "situs", 1, 20}, {"Festival budaya bersama", "kegiatan", 1, 8}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.23", 1, "Dinas Perpustakaan", {{"Perpustakaan keliling", "unit", 1, 6}, {"", "", 0, 0}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"2.24", 1, "Dinas Kearsipan", {{"Depo arsip", "m2", 50, 1000}, {"", "", 0, 0}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"3.25", 4, "Dinas Kelautan dan Perikanan", {{"Pengolahan hasil perikanan", "ton", 5, 400}, {"Budidaya perikanan", "ha", 5, 300}, {"Pelabuhan perikanan regional", "unit", 1, 4}, {"", "", 0, 0}}},
    {"3.26", 6, "Dinas Pariwisata", {{"Paket wisata terpadu", "destinasi", 2, 30}, {"Promosi wisata bersama", "kegiatan", 1, 12}, {"Homestay", "unit", 5, 200}, {"", "", 0, 0}}},
    {"3.27", 6, "Dinas Pertanian", {{"Benih unggul", "ton", 1, 100}, {"Alat mesin pertanian", "unit", 2, 60}, {"Pengendalian hama terpadu", "ha", 50, 3000}, {"Pasar hasil pertanian", "ton", 10, 1500}}},
    {"3.28", 2, "Dinas Kehutanan", {{"Rehabilitasi DAS lintas kabupaten", "ha", 50, 3000}, {"Hutan kemasyarakatan", "ha", 20, 1000}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"3.29", 2, "Dinas ESDM", {{"Listrik desa", "desa", 2, 60}, {"Air tanah", "sumur", 1, 40}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"3.30", 3, "Dinas Perdagangan", {{"Pasar induk", "unit", 1, 4}, {"Distribusi bahan pokok", "ton", 20, 2000}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"3.31", 2, "Dinas Perindustrian", {{"Sentra industri kecil", "unit", 1, 15}, {"", "", 0, 0}, {"", "", 0, 0}, {"", "", 0, 0}}},
    {"3.32", 1, "Dinas Transmigrasi", {{"Kawasan transmigrasi", "KK", 20, 500}, {"", "", 0, 0}, {"", "", 0, 0}, {"", "", 0, 0}}},
};

Evidence pickEvidence(Rng &rng, double yes, double no)
{
    const double u = rng.unit();
    if (u < yes)
        return Evidence::Yes;
    if (u < yes + no)
        return Evidence::No;
    return Evidence::Unknown;
}

} // namespace

Project makeSyntheticProject(const SynthOptions &options)
{
    const RefData &ref = RefData::instance();
    Rng rng(options.seed * 0x2545F4914F6CDD1DULL + 0x1234567ULL);

    Project p;
    p.projectId = rng.uuid();
    p.title = Tr::tr("Proyek sintetis nasional (benih %1, %2 isian)").arg(options.seed).arg(options.entries);
    p.ownerRegion = QStringLiteral("63.03");
    p.year = options.year;
    p.created = QDateTime(QDate(options.year, 1, 2), QTime(8, 0), QTimeZone::utc());
    p.modified = p.created;
    for (const Region &r : ref.regions())
        p.scope.append(r.code);
    p.scope.sort();

    // Autonomous regions only: Jakarta's administrative kota/kabupaten do not enter data of their own.
    QList<const Region *> parties;
    for (const Region &r : ref.regions()) {
        if (!r.administrative)
            parties.append(&r);
    }
    int totalWeight = 0;
    for (const UrusanSpec &u : urusanSpecs)
        totalWeight += u.weight;

    const QDateTime stamp = p.created;
    p.entries.reserve(options.entries);
    for (int i = 0; i < options.entries; ++i) {
        int pick = rng.below(totalWeight);
        const UrusanSpec *u = &urusanSpecs[0];
        for (const UrusanSpec &s : urusanSpecs) {
            if (pick < s.weight) {
                u = &s;
                break;
            }
            pick -= s.weight;
        }
        int nServices = 0;
        while (nServices < 4 && u->services[nServices].name[0])
            ++nServices;
        const ServiceSpec &svc = u->services[rng.below(nServices)];
        // Provinces hold about one entry in fifteen.
        const Region *region = parties[rng.below(int(parties.size()))];
        if (!region->isProvince() && rng.below(15) == 0)
            region = ref.region(region->provinceCode);

        Entry e;
        e.meta.id = rng.uuid();
        e.meta.created = stamp;
        e.meta.modified = stamp;
        e.meta.modifiedBy = QString::fromUtf8(u->pd);
        e.kind = rng.unit() < 0.45 ? EntryKind::Potensi : EntryKind::Kebutuhan;
        e.regionCode = region->code;
        e.urusanCode = QString::fromLatin1(u->code);
        // One entry in ten leaves the service blank, as real forms do.
        if (rng.below(10) != 0)
            e.service = QString::fromUtf8(svc.name);
        e.title = (e.kind == EntryKind::Potensi ? Tr::tr("Potensi %1 di %2") : Tr::tr("Kebutuhan %1 di %2"))
                      .arg(QString::fromUtf8(svc.name).toLower(), region->name);
        if (rng.below(5) != 0) {
            // Log-uniform between the service's bounds, rounded to whole units.
            const double x = svc.magMin * std::pow(svc.magMax / svc.magMin, rng.unit());
            e.magnitude = std::max(1.0, std::round(x));
            e.unit = QString::fromUtf8(svc.unit);
        }
        static const int priorities[] = {1, 2, 2, 3, 3, 3, 4, 4, 4, 5};
        e.priority = priorities[rng.below(10)];
        e.extLocation = pickEvidence(rng, 0.30, 0.30);
        e.extUsers = pickEvidence(rng, 0.20, 0.35);
        e.extImpact = pickEvidence(rng, 0.25, 0.30);
        e.efficiency = pickEvidence(rng, 0.40, 0.20);
        e.sourcePd = QString::fromUtf8(u->pd);
        e.year = options.year;
        p.entries.append(e);
    }

    // Active KSDD agreements between bordering kab/kota, in the urusan of one of their entries.
    const int nAgreements = options.agreements >= 0 ? options.agreements : options.entries / 100;
    const QList<Border> &borders = ref.borders();
    for (int i = 0; i < nAgreements && !borders.isEmpty(); ++i) {
        const Border &b = borders[rng.below(int(borders.size()))];
        const Region *ra = ref.region(b.a);
        const Region *rb = ref.region(b.b);
        if (!ra || !rb || ra->administrative || rb->administrative)
            continue;
        const UrusanSpec &u = urusanSpecs[rng.below(int(std::size(urusanSpecs)))];
        Agreement a;
        a.meta.id = rng.uuid();
        a.meta.created = stamp;
        a.meta.modified = stamp;
        a.meta.modifiedBy = QStringLiteral("Bagian Kerja Sama");
        a.category = Category::KSDD;
        a.docType = DocType::PKS;
        a.title = Tr::tr("PKS %1 %2 – %3").arg(QString::fromUtf8(u.services[0].name), ra->name, rb->name);
        a.urusanCode = QString::fromLatin1(u.code);
        a.parties = {Party{PartyKind::Region, ra->code, {}, {}, {}}, Party{PartyKind::Region, rb->code, {}, {}, {}}};
        a.startDate = QDate(options.year - 1 - rng.below(3), 1 + rng.below(12), 1);
        a.endDate = a.startDate.addYears(5).addDays(-1);
        a.signedOn = a.startDate.addDays(-14);
        a.stage = Stage::Pelaksanaan;
        a.status = AgreementStatus::Aktif;
        p.agreements.append(a);
    }
    return p;
}

} // namespace ksd
