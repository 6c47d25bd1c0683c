// SPDX-License-Identifier: Apache-2.0
#include "recordicons.h"

#include <QPainter>
#include <QPixmap>

namespace ksd {

QColor entryKindColor(EntryKind kind)
{
    // Potential green, need amber: readable on light and dark palettes, and for red–green colour blindness the
    // two differ in lightness too.
    return kind == EntryKind::Potensi ? QColor(0x2e, 0x7d, 0x32) : QColor(0xe6, 0x8a, 0x00);
}

QIcon dotIcon(const QColor &color)
{
    QIcon icon;
    for (int size : {12, 16, 24}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush(color);
        const qreal m = size / 5.0;
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        icon.addPixmap(pm);
    }
    return icon;
}

QIcon entryKindIcon(EntryKind kind)
{
    static const QIcon potensi = dotIcon(entryKindColor(EntryKind::Potensi));
    static const QIcon kebutuhan = dotIcon(entryKindColor(EntryKind::Kebutuhan));
    return kind == EntryKind::Potensi ? potensi : kebutuhan;
}

} // namespace ksd
