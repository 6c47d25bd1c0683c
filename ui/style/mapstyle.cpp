// SPDX-License-Identifier: Apache-2.0
#include "mapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace ksd {

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

QColor MapStyle::classColor(KsdClass cls)
{
    if (const std::optional<LinkKind> kind = linkKindOf(cls))
        return linkColor(*kind);
    return cls == KsdClass::RujukPusat ? QColor(0x4a, 0x14, 0x8c) : QColor(0x75, 0x75, 0x75);
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

void MapStyle::paintScaleBarAndNorth(QPainter &painter, const QRectF &mapRect, double devicePerKm, double px)
{
    if (!(devicePerKm > 0))
        return;
    const double target = 120 * px / devicePerKm;
    static const double steps[] = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000};
    double km = steps[0];
    for (double s : steps) {
        if (s <= target)
            km = s;
    }
    const double len = km * devicePerKm;
    const QFont font = MapStyle::font(10 * px);
    const QFontMetricsF fm(font);
    const QString label = tr("%1 km").arg(km);
    const QPointF origin(mapRect.left() + 14 * px, mapRect.bottom() - 14 * px);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF back(origin.x() - 6 * px, origin.y() - fm.height() - 10 * px,
                      len + 16 * px + fm.horizontalAdvance(label), fm.height() + 16 * px);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRoundedRect(back, 3 * px, 3 * px);
    // Two halves, dark and light: the classic bar reads at a glance.
    const double h = 4 * px;
    painter.setPen(QPen(MapStyle::text(), 0.8 * px));
    painter.setBrush(MapStyle::text());
    painter.drawRect(QRectF(origin.x(), origin.y() - h, len / 2, h));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(origin.x() + len / 2, origin.y() - h, len / 2, h));
    painter.setFont(font);
    painter.setPen(MapStyle::text());
    painter.drawText(QPointF(origin.x() + len + 6 * px, origin.y()), label);

    // North arrow with "U" (utara).
    const QPointF n(mapRect.right() - 20 * px, mapRect.top() + 12 * px);
    QPainterPath arrow;
    arrow.moveTo(n);
    arrow.lineTo(n + QPointF(-6 * px, 16 * px));
    arrow.lineTo(n + QPointF(0, 12 * px));
    arrow.lineTo(n + QPointF(6 * px, 16 * px));
    arrow.closeSubpath();
    painter.setPen(QPen(Qt::white, 1.5 * px));
    painter.setBrush(MapStyle::text());
    painter.drawPath(arrow);
    painter.setPen(MapStyle::text()); // the arrow's white outline would make the letter invisible on land
    painter.setFont(MapStyle::font(11 * px, true));
    painter.drawText(QRectF(n.x() - 10 * px, n.y() + 17 * px, 20 * px, 14 * px), Qt::AlignCenter, tr("U", "north arrow: utara"));
    painter.restore();
}


} // namespace ksd
