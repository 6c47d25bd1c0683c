// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ksd {

enum class RegionType { Provinsi = 0, Kabupaten = 1, Kota = 2 };
QString regionTypeKey(RegionType t); ///< provinsi / kabupaten / kota
QString regionTypeName(RegionType t); ///< translated

/// A province, kabupaten or kota from Kepmendagri 300.2.2-2430/2025.
struct Region
{
    QString code;          ///< "63" or "63.03"
    QString name;          ///< "Kabupaten Banjar"
    RegionType type = RegionType::Kabupaten;
    QString provinceCode;  ///< parent province; equal to code for a province
    double lat = 0, lon = 0;           ///< area-weighted centroid (WGS84)
    double labelLat = 0, labelLon = 0; ///< a point always inside the region, for markers and labels
    double areaKm2 = 0;
    bool administrative = false;       ///< Jakarta's kota/kabupaten administrasi: not autonomous

    bool isProvince() const { return type == RegionType::Provinsi; }
    /// The BPS code: the same digits without dots.
    QString bpsCode() const { QString c = code; return c.remove(QLatin1Char('.')); }
    /// "Kabupaten Banjar (63.03)": the name with the code, as lists, pickers and messages show a region.
    QString label() const { return QStringLiteral("%1 (%2)").arg(name, code); }
};

enum class BorderConfidence { High = 0, Medium = 1, Low = 2 };

/// A land border between two regions of the same level.
struct Border
{
    QString a;
    QString b;
    double km = 0;
    BorderConfidence confidence = BorderConfidence::High;
};

/// Two regions of the same level facing each other across a narrow strait or bay, with no land border between
/// them (sea_borders.csv, derived by resources/data/tools/derive_sea_borders.py; see PROVENANCE.md). To verify.
struct SeaBorder
{
    QString a;
    QString b;
    double gapKm = 0;     ///< narrowest open-sea crossing between the two coastlines
    double facingKm = 0;  ///< length of coastline facing the other side across at most the threshold
    BorderConfidence confidence = BorderConfidence::Low;
};

/// How two regions relate in space (the adjacency the rule set asks about).
enum class Adjacency {
    None = 0,       ///< not adjacent
    Borders = 1,    ///< they share a land border
    Within = 2,     ///< a province and a kab/kota in its own territory
    Sea = 3,        ///< facing each other across a narrow strait or bay (sea-border reference list; to verify)
};

struct AdjacencyResult
{
    Adjacency kind = Adjacency::None;
    double km = 0;                  ///< Borders: shared border length; Sea: facing coastline (sums over the kab/kota pairs)
    double gapKm = 0;               ///< Sea only: the narrowest sea crossing (smallest over the kab/kota pairs)
    BorderConfidence confidence = BorderConfidence::High; ///< best confidence among those pairs
    QStringList via;                ///< for province–kab/kota: the province's kab/kota that touch (or face) it
};

/// Urusan pemerintahan (Permendagri 90/2019 nomenclature).
struct Urusan
{
    QString code;   ///< "2.11"
    QString name;   ///< "Lingkungan Hidup"
    QString group;  ///< wajib_pelayanan_dasar / wajib_non_pelayanan_dasar / pilihan / penunjang
    QString nameEn; ///< "Environment" (urusan.csv's name_en)
    /// The name in the language installed now (currentLanguage()): every screen, report and command shows this one.
    QString displayName() const;
    /// "2.11 Lingkungan Hidup" / "2.11 Environment".
    QString label() const { return code + QLatin1Char(' ') + displayName(); }
    /// Concurrent urusan (1.xx, 2.xx, 3.xx) can be a KSDD object; support units (4.xx–8.xx) cannot.
    bool isConcurrent() const;
};
QString urusanGroupName(const QString &group);

/// RefData::instance().regionName(): the name, or the code when unknown.
QString regionName(const QString &code);
/// RefData::instance().regionLabel(): "Kabupaten Banjar (63.03)", or the code when unknown.
QString regionLabel(const QString &code);
/// RefData::instance().urusanName(): the name, or the code when unknown.
QString urusanName(const QString &code);
/// RefData::instance().urusanLabel(): "2.11 Lingkungan Hidup", or the code when unknown.
QString urusanLabel(const QString &code);

/// Reference data compiled into the binary: regions, borders, boundaries and urusan. Read-only, loaded once.
class RefData
{
public:
    /// The embedded data (Qt resources under :/data). Thread-safe after the first call.
    static const RefData &instance();

    const QList<Region> &regions() const { return mRegions; }
    const Region *region(const QString &code) const;
    /// The region, or an Error naming the code when it is unknown or malformed.
    Result<const Region *> findRegion(const QString &code) const;
    /// The region's name ("Kabupaten Banjar"), or @p code itself when it is unknown.
    QString regionName(const QString &code) const;
    /// Region::label() ("Kabupaten Banjar (63.03)"), or @p code itself when it is unknown.
    QString regionLabel(const QString &code) const;
    /// Urusan::displayName() ("Lingkungan Hidup"; the English name in English), or @p code itself when unknown.
    QString urusanName(const QString &code) const;
    /// "2.11 Lingkungan Hidup": the code and the name, or @p code itself when it is unknown.
    QString urusanLabel(const QString &code) const;
    QList<const Region *> provinces() const;
    QList<const Region *> regionsOfProvince(const QString &provinceCode) const; ///< kab/kota only
    /// Same-level land neighbours (kab/kota of any province for a kab/kota; provinces for a province), sorted.
    /// Land only: sea borders are in seaBorders() and in adjacency().
    QStringList neighbours(const QString &code) const;
    const QList<Border> &borders() const { return mBorders; }
    /// The sea-border reference list (kab/kota pairs and province pairs, none of them with a land border).
    const QList<SeaBorder> &seaBorders() const { return mSeaBorders; }
    /// Adjacency between any two regions, province or kab/kota (DESIGN.md §2.2). Within and land Borders come
    /// first; Sea only for a pair on the sea-border list (for a province and a kab/kota of another province: when
    /// one of the province's kab/kota faces it) that has no land border.
    AdjacencyResult adjacency(const QString &a, const QString &b) const;
    /// Great-circle distance between the label points, in km.
    double distanceKm(const QString &a, const QString &b) const;

    const QList<Urusan> &urusanList() const { return mUrusan; }
    const Urusan *urusan(const QString &code) const;
    Result<const Urusan *> findUrusan(const QString &code) const;

    /// Simplified boundaries (GeoJSON, display only).
    QByteArray kabkotaGeoJson() const;
    QByteArray provincesGeoJson() const;
    /// The licence and attribution text that must travel with the data (LICENSE-DATA.md).
    QString dataLicenseText() const;
    QString provenanceText() const;
    /// Short attribution line for maps and the About box.
    static QString attribution();

    /// Loads from a directory holding regions.csv, adjacency.csv and urusan.csv, and sea_borders.csv when it is
    /// there (for tests and tools).
    static Result<RefData> loadFrom(const QString &dir);

private:
    RefData() = default;
    const QList<Border> &bordersOf(const QString &code) const;
    const QList<SeaBorder> &seaBordersOf(const QString &code) const;
    AdjacencyResult seaAdjacency(const Region &a, const Region &b) const;

    QList<Region> mRegions;
    QHash<QString, int> mRegionIndex;
    QList<Border> mBorders;
    QHash<QString, QList<Border>> mBordersByCode;
    QList<SeaBorder> mSeaBorders;
    QHash<QString, QList<SeaBorder>> mSeaBordersByCode;
    QList<Urusan> mUrusan;
    QHash<QString, int> mUrusanIndex;
    QString mDir;
};

} // namespace ksd
