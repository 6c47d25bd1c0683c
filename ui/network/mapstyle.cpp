// SPDX-License-Identifier: Apache-2.0
#include "mapstyle.h"

#include <QVector>

#include <algorithm>
#include <cmath>

namespace ksd {

QString linkKindKey(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Wajib: return QStringLiteral("wajib");
    case LinkKind::PotensiWajib: return QStringLiteral("potensi_wajib");
    case LinkKind::Sukarela: return QStringLiteral("sukarela");
    case LinkKind::RujukProvinsi: return QStringLiteral("rujuk_provinsi");
    case LinkKind::Proposal: return QStringLiteral("usulan");
    case LinkKind::Agreement: return QStringLiteral("kesepakatan");
    }
    return {};
}

std::optional<LinkKind> linkKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (int i = 0; i < LinkKindCount; ++i) {
        if (linkKindKey(LinkKind(i)) == k)
            return LinkKind(i);
    }
    // The rule set's own class keys are accepted too (WAJIB, POTENSI_WAJIB, ...).
    if (const auto cls = ksdClassFromKey(key.trimmed().toUpper()))
        return linkKindOf(*cls);
    return std::nullopt;
}

QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Wajib: return MapStyle::tr("KSDD wajib");
    case LinkKind::PotensiWajib: return MapStyle::tr("Potensi wajib (perlu kajian)");
    case LinkKind::Sukarela: return MapStyle::tr("KSDD sukarela");
    case LinkKind::RujukProvinsi: return MapStyle::tr("Rujuk ke provinsi");
    case LinkKind::Proposal: return MapStyle::tr("Usulan kerja sama");
    case LinkKind::Agreement: return MapStyle::tr("Kesepakatan / perjanjian");
    }
    return {};
}

std::optional<LinkKind> linkKindOf(KsdClass cls)
{
    switch (cls) {
    case KsdClass::Wajib: return LinkKind::Wajib;
    case KsdClass::PotensiWajib: return LinkKind::PotensiWajib;
    case KsdClass::Sukarela: return LinkKind::Sukarela;
    case KsdClass::RujukProvinsi: return LinkKind::RujukProvinsi;
    // A referral to the central government has no region on the map to point to: not drawn (the card and the
    // tables show it).
    case KsdClass::RujukPusat:
    case KsdClass::TidakMemenuhi: return std::nullopt;
    }
    return std::nullopt;
}

QColor MapStyle::linkColor(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Wajib: return QColor(0xc6, 0x28, 0x28);
    case LinkKind::PotensiWajib: return QColor(0xe8, 0x7d, 0x0d);
    case LinkKind::Sukarela: return QColor(0x1f, 0x6f, 0xb2);
    case LinkKind::RujukProvinsi: return QColor(0x7b, 0x3f, 0xa0);
    case LinkKind::Proposal: return QColor(0x5a, 0xa4, 0x5e);
    case LinkKind::Agreement: return QColor(0x1b, 0x6e, 0x20);
    }
    return QColor(0x6b, 0x77, 0x85);
}

double MapStyle::linkWidth(LinkKind kind, int count)
{
    const int n = std::max(count, 1);
    switch (kind) {
    case LinkKind::Proposal:
    case LinkKind::Agreement:
        // Thickness by count is what these links say: 2, 3, 4 ... up to 7.
        return std::min(1.6 + 1.1 * (n - 1), 7.0);
    default:
        // Suggestions thicken gently with the number of urusan behind them.
        return std::min(1.1 + 0.7 * std::log2(double(n)), 3.2); // a national map stays readable
    }
}

QString MapStyle::seaBorderName()
{
    return tr("Berbatasan laut (perlu verifikasi)");
}

QPen MapStyle::linkPen(LinkKind kind, bool seaBorder, double width)
{
    QPen pen(linkColor(kind), width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (seaBorder && kind < LinkKind::Proposal) {
        pen.setDashPattern({2.2, 1.2, 2.2, 4.5}); // two short dashes and a long gap: "= =" across the water
        return pen;
    }
    // Dash lengths are in units of the pen width; shorter dashes on thick pens would merge into a solid line.
    switch (kind) {
    case LinkKind::PotensiWajib:
        pen.setDashPattern({6.0, 3.0});
        break;
    case LinkKind::Sukarela:
        pen.setDashPattern({3.5, 2.5}); // dashed, not dotted: shorter than potensi wajib's
        break;
    case LinkKind::RujukProvinsi:
        pen.setDashPattern({5.0, 2.0, 1.2, 2.0});
        break;
    case LinkKind::Proposal:
        pen.setDashPattern({1.0, 1.6});
        pen.setCapStyle(Qt::RoundCap);
        break;
    default:
        pen.setCapStyle(Qt::RoundCap);
        break;
    }
    return pen;
}

QColor MapStyle::regionTypeColor(RegionType type)
{
    switch (type) {
    case RegionType::Provinsi: return QColor(0x45, 0x5a, 0x64);
    case RegionType::Kabupaten: return QColor(0x26, 0x8b, 0x7d);
    case RegionType::Kota: return QColor(0xd9, 0x9a, 0x1e);
    }
    return outOfScopeFill();
}

QColor MapStyle::balanceColor(int potensi, int kebutuhan)
{
    const int total = potensi + kebutuhan;
    if (total <= 0)
        return QColor(0xe6, 0xe2, 0xd6);
    // t = -1 only needs, +1 only potentials.
    const double t = double(potensi - kebutuhan) / total;
    const QColor mid(0xf1, 0xe6, 0xc8);
    const QColor end = t < 0 ? QColor(0xd0, 0x4a, 0x1c) : QColor(0x1f, 0x8a, 0x7a);
    const double f = std::min(1.0, std::abs(t));
    auto mix = [f](int a, int b) { return int(std::lround(a + (b - a) * f)); };
    return QColor(mix(mid.red(), end.red()), mix(mid.green(), end.green()), mix(mid.blue(), end.blue()));
}

QFont MapStyle::font(double pixelSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    // Glyph positions must not depend on the device (screen hinting vs. PDF), or labels would shift between exports.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

QString MapStyle::shortName(const Region &region)
{
    const QString &n = region.name;
    if (region.isProvince())
        return tr("Prov. %1").arg(n);
    if (n.startsWith(QLatin1String("Kabupaten Administrasi ")))
        return tr("Kab. Adm. %1").arg(n.mid(23));
    if (n.startsWith(QLatin1String("Kota Administrasi ")))
        return tr("Kota Adm. %1").arg(n.mid(18));
    if (n.startsWith(QLatin1String("Kabupaten ")))
        return tr("Kab. %1").arg(n.mid(10));
    return n;
}

QString MapStyle::shortName(const QString &code)
{
    const Region *r = RefData::instance().region(code);
    return r ? shortName(*r) : code;
}

} // namespace ksd
