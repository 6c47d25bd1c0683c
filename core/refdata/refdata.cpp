// SPDX-License-Identifier: Apache-2.0
#include "refdata.h"

#include "io/csv.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::RefData)
};

Result<QList<csv::Record>> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Data rujukan tidak dapat dibaca."), path};
    QList<csv::Record> rows = csv::parse(csv::decode(f.readAll()), QLatin1Char(','));
    if (!rows.isEmpty())
        rows.removeFirst(); // header
    return rows;
}

BorderConfidence confidenceFromText(const QString &t)
{
    if (t == QLatin1String("medium"))
        return BorderConfidence::Medium;
    if (t == QLatin1String("low"))
        return BorderConfidence::Low;
    return BorderConfidence::High;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

QString regionTypeKey(RegionType t)
{
    switch (t) {
    case RegionType::Provinsi: return QStringLiteral("provinsi");
    case RegionType::Kabupaten: return QStringLiteral("kabupaten");
    case RegionType::Kota: return QStringLiteral("kota");
    }
    return {};
}

QString regionTypeName(RegionType t)
{
    switch (t) {
    case RegionType::Provinsi: return Tr::tr("Provinsi");
    case RegionType::Kabupaten: return Tr::tr("Kabupaten");
    case RegionType::Kota: return Tr::tr("Kota");
    }
    return {};
}

QString Urusan::displayName() const
{
    return currentLanguage() == QLatin1String("en") && !nameEn.isEmpty() ? nameEn : name;
}

bool Urusan::isConcurrent() const
{
    const QString head = code.section(QLatin1Char('.'), 0, 0);
    return head == QLatin1String("1") || head == QLatin1String("2") || head == QLatin1String("3");
}

QString urusanGroupName(const QString &group)
{
    if (group == QLatin1String("wajib_pelayanan_dasar"))
        return Tr::tr("Wajib pelayanan dasar");
    if (group == QLatin1String("wajib_non_pelayanan_dasar"))
        return Tr::tr("Wajib non-pelayanan dasar");
    if (group == QLatin1String("pilihan"))
        return Tr::tr("Pilihan");
    return Tr::tr("Penunjang");
}

const RefData &RefData::instance()
{
    static const RefData data = [] {
        Result<RefData> r = loadFrom(QStringLiteral(":/data"));
        if (!r.ok())
            qFatal("embedded reference data is missing: %s", qPrintable(r.error().toString()));
        return std::move(r).value();
    }();
    return data;
}

Result<RefData> RefData::loadFrom(const QString &dir)
{
    RefData d;
    d.mDir = dir;

    auto regions = readCsv(dir + QStringLiteral("/regions.csv"));
    if (!regions)
        return regions.error();
    for (const csv::Record &r : *regions) {
        if (r.fields.size() < 10)
            return Error{Tr::tr("Baris data wilayah tidak lengkap."), QStringLiteral("regions.csv:%1").arg(r.line)};
        Region g;
        g.code = r.fields[0];
        g.name = r.fields[1];
        const QString &type = r.fields[2];
        g.type = type == QLatin1String("provinsi") ? RegionType::Provinsi
                 : type == QLatin1String("kota")   ? RegionType::Kota
                                                   : RegionType::Kabupaten;
        g.provinceCode = g.type == RegionType::Provinsi ? g.code : r.fields[3];
        g.lat = r.fields[4].toDouble();
        g.lon = r.fields[5].toDouble();
        g.labelLat = r.fields[6].toDouble();
        g.labelLon = r.fields[7].toDouble();
        g.areaKm2 = r.fields[8].toDouble();
        g.administrative = g.type != RegionType::Provinsi && g.name.contains(QLatin1String("Administrasi"));
        d.mRegionIndex.insert(g.code, int(d.mRegions.size()));
        d.mRegions.append(g);
    }

    auto borders = readCsv(dir + QStringLiteral("/adjacency.csv"));
    if (!borders)
        return borders.error();
    for (const csv::Record &r : *borders) {
        if (r.fields.size() < 5)
            return Error{Tr::tr("Baris data batas wilayah tidak lengkap."), QStringLiteral("adjacency.csv:%1").arg(r.line)};
        Border b{r.fields[0], r.fields[1], r.fields[3].toDouble(), confidenceFromText(r.fields[4])};
        d.mBorders.append(b);
        d.mBordersByCode[b.a].append(b);
        d.mBordersByCode[b.b].append(b);
    }

    // The sea-border list is optional here, so that a directory made before it existed still loads.
    if (const QString seaPath = dir + QStringLiteral("/sea_borders.csv"); QFile::exists(seaPath)) {
        auto sea = readCsv(seaPath);
        if (!sea)
            return sea.error();
        for (const csv::Record &r : *sea) {
            const QString where = QStringLiteral("sea_borders.csv:%1").arg(r.line);
            if (r.fields.size() < 6)
                return Error{Tr::tr("Baris daftar batas laut tidak lengkap."), where};
            SeaBorder s{r.fields[0], r.fields[1], r.fields[3].toDouble(), r.fields[4].toDouble(),
                        confidenceFromText(r.fields[5])};
            const Region *ra = d.region(s.a);
            const Region *rb = d.region(s.b);
            if (!ra || !rb || s.a == s.b || ra->isProvince() != rb->isProvince()) {
                return Error{Tr::tr("Pasangan batas laut %1–%2 tidak dikenal: kedua kode harus ada dan setingkat.")
                                 .arg(s.a, s.b),
                             where};
            }
            d.mSeaBorders.append(s);
            d.mSeaBordersByCode[s.a].append(s);
            d.mSeaBordersByCode[s.b].append(s);
        }
    }

    auto urusan = readCsv(dir + QStringLiteral("/urusan.csv"));
    if (!urusan)
        return urusan.error();
    for (const csv::Record &r : *urusan) {
        if (r.fields.size() < 3)
            return Error{Tr::tr("Baris data urusan tidak lengkap."), QStringLiteral("urusan.csv:%1").arg(r.line)};
        d.mUrusanIndex.insert(r.fields[0], int(d.mUrusan.size()));
        d.mUrusan.append(Urusan{r.fields[0], r.fields[1], r.fields[2], r.fields.value(3).trimmed()});
    }
    return d;
}

const Region *RefData::region(const QString &code) const
{
    const auto it = mRegionIndex.constFind(code);
    return it == mRegionIndex.cend() ? nullptr : &mRegions[*it];
}

QString regionName(const QString &code)
{
    return RefData::instance().regionName(code);
}

QString regionLabel(const QString &code)
{
    return RefData::instance().regionLabel(code);
}

QString urusanName(const QString &code)
{
    return RefData::instance().urusanName(code);
}

QString urusanLabel(const QString &code)
{
    return RefData::instance().urusanLabel(code);
}

QString RefData::urusanName(const QString &code) const
{
    const Urusan *u = urusan(code);
    return u ? u->displayName() : code;
}

QString RefData::urusanLabel(const QString &code) const
{
    const Urusan *u = urusan(code);
    return u ? u->label() : code;
}

QString RefData::regionName(const QString &code) const
{
    const Region *r = region(code);
    return r ? r->name : code;
}

QString RefData::regionLabel(const QString &code) const
{
    const Region *r = region(code);
    return r ? r->label() : code;
}

Result<const Region *> RefData::findRegion(const QString &code) const
{
    if (const Region *r = region(code.trimmed()))
        return r;
    static const QRegularExpression shape(QStringLiteral("^\\d{2}(\\.\\d{2})?$"));
    if (!shape.match(code.trimmed()).hasMatch()) {
        return Error{Tr::tr("Kode wilayah \"%1\" tidak berbentuk PP (provinsi) atau PP.KK (kabupaten/kota).").arg(code),
                     {}, 1};
    }
    return Error{Tr::tr("Kode wilayah \"%1\" tidak ada dalam Kepmendagri 300.2.2-2430/2025.").arg(code), {}, 2};
}

QList<const Region *> RefData::provinces() const
{
    QList<const Region *> out;
    for (const Region &r : mRegions) {
        if (r.isProvince())
            out.append(&r);
    }
    return out;
}

QList<const Region *> RefData::regionsOfProvince(const QString &provinceCode) const
{
    QList<const Region *> out;
    for (const Region &r : mRegions) {
        if (!r.isProvince() && r.provinceCode == provinceCode)
            out.append(&r);
    }
    return out;
}

const QList<Border> &RefData::bordersOf(const QString &code) const
{
    static const QList<Border> none;
    const auto it = mBordersByCode.constFind(code);
    return it == mBordersByCode.cend() ? none : *it;
}

const QList<SeaBorder> &RefData::seaBordersOf(const QString &code) const
{
    static const QList<SeaBorder> none;
    const auto it = mSeaBordersByCode.constFind(code);
    return it == mSeaBordersByCode.cend() ? none : *it;
}

QStringList RefData::neighbours(const QString &code) const
{
    QStringList out;
    for (const Border &b : bordersOf(code))
        out.append(b.a == code ? b.b : b.a);
    out.sort();
    return out;
}

AdjacencyResult RefData::adjacency(const QString &a, const QString &b) const
{
    AdjacencyResult res;
    const Region *ra = region(a);
    const Region *rb = region(b);
    if (!ra || !rb || a == b)
        return res;
    if (ra->isProvince() == rb->isProvince()) {
        for (const Border &x : bordersOf(a)) {
            if (x.a == b || x.b == b) {
                res.kind = Adjacency::Borders;
                res.km = x.km;
                res.confidence = x.confidence;
            }
        }
        return res.kind == Adjacency::None ? seaAdjacency(*ra, *rb) : res;
    }
    const Region *prov = ra->isProvince() ? ra : rb;
    const Region *kab = ra->isProvince() ? rb : ra;
    if (kab->provinceCode == prov->code) {
        res.kind = Adjacency::Within;
        return res;
    }
    // A province borders a kab/kota of another province when one of its own kab/kota does.
    res.confidence = BorderConfidence::Low;
    for (const Border &x : bordersOf(kab->code)) {
        const QString other = x.a == kab->code ? x.b : x.a;
        const Region *o = region(other);
        if (o && o->provinceCode == prov->code) {
            res.kind = Adjacency::Borders;
            res.km += x.km;
            res.via.append(other);
            if (int(x.confidence) < int(res.confidence))
                res.confidence = x.confidence;
        }
    }
    if (res.kind == Adjacency::None)
        return seaAdjacency(*ra, *rb);
    res.via.sort();
    return res;
}

AdjacencyResult RefData::seaAdjacency(const Region &a, const Region &b) const
{
    AdjacencyResult res;
    if (a.isProvince() == b.isProvince()) {
        for (const SeaBorder &s : seaBordersOf(a.code)) {
            if (s.a == b.code || s.b == b.code) {
                res.kind = Adjacency::Sea;
                res.km = s.facingKm;
                res.gapKm = s.gapKm;
                res.confidence = s.confidence;
            }
        }
        return res;
    }
    // A province faces a kab/kota of another province when one of its own kab/kota does.
    const Region &prov = a.isProvince() ? a : b;
    const Region &kab = a.isProvince() ? b : a;
    res.confidence = BorderConfidence::Low;
    for (const SeaBorder &s : seaBordersOf(kab.code)) {
        const QString other = s.a == kab.code ? s.b : s.a;
        const Region *o = region(other);
        if (o && o->provinceCode == prov.code) {
            res.gapKm = res.kind == Adjacency::None ? s.gapKm : std::min(res.gapKm, s.gapKm);
            res.kind = Adjacency::Sea;
            res.km += s.facingKm;
            res.via.append(other);
            if (int(s.confidence) < int(res.confidence))
                res.confidence = s.confidence;
        }
    }
    if (res.kind == Adjacency::None)
        res.confidence = BorderConfidence::High;
    res.via.sort();
    return res;
}

double RefData::distanceKm(const QString &a, const QString &b) const
{
    const Region *ra = region(a);
    const Region *rb = region(b);
    if (!ra || !rb)
        return 0;
    constexpr double R = 6371.0088;
    constexpr double deg = M_PI / 180.0;
    const double dLat = (rb->labelLat - ra->labelLat) * deg;
    const double dLon = (rb->labelLon - ra->labelLon) * deg;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(ra->labelLat * deg) * std::cos(rb->labelLat * deg) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * R * std::asin(std::min(1.0, std::sqrt(h)));
}

const Urusan *RefData::urusan(const QString &code) const
{
    const auto it = mUrusanIndex.constFind(code);
    return it == mUrusanIndex.cend() ? nullptr : &mUrusan[*it];
}

Result<const Urusan *> RefData::findUrusan(const QString &code) const
{
    if (const Urusan *u = urusan(code.trimmed()))
        return u;
    return Error{Tr::tr("Kode urusan \"%1\" tidak dikenal (contoh kode yang benar: 1.01 Pendidikan, 2.11 Lingkungan Hidup).")
                     .arg(code),
                 {}, 3};
}

QByteArray RefData::kabkotaGeoJson() const
{
    QFile f(mDir + QStringLiteral("/kabkota_simplified.geojson"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray RefData::provincesGeoJson() const
{
    QFile f(mDir + QStringLiteral("/provinces_simplified.geojson"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString RefData::dataLicenseText() const
{
    return readText(mDir + QStringLiteral("/LICENSE-DATA.md"));
}

QString RefData::provenanceText() const
{
    return readText(mDir + QStringLiteral("/PROVENANCE.md"));
}

QString RefData::attribution()
{
    return Tr::tr("Kode dan nama wilayah: Kepmendagri 300.2.2-2430/2025. Batas wilayah: Badan Informasi Geospasial (BIG), "
              "melalui cahyadsn/wilayah dan cahyadsn/wilayah_boundaries (MIT, © Cahya DSN).");
}

} // namespace ksd
