// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QSizeF>

namespace ksd {

/// The report's typography, colours and page geometry. Lengths are in points (1/72 inch); the layout converts
/// them to device units with the device's resolution.
struct ReportStyle
{
    QString family;               ///< "DejaVu Sans" when installed (glyphs for Indonesian and symbols, embeddable)

    double bodySize = 9.5;
    double leadSize = 10.5;
    double smallSize = 7.8;
    double tableSize = 7.9;
    double compactTableSize = 6.6;
    double captionSize = 8.4;
    double h1Size = 17;
    double h2Size = 12;
    double h3Size = 9.8;
    double headerSize = 7.2;
    double lineSpacing = 1.28;    ///< line height / font height, running text
    double tableLineSpacing = 1.1;

    QColor text = QColor(0x1d, 0x23, 0x2b);
    QColor muted = QColor(0x5b, 0x66, 0x73);
    QColor accent = QColor(0x1b, 0x36, 0x5d);     ///< headings, cover band
    QColor accentLight = QColor(0xdc, 0xe4, 0xee); ///< table header
    QColor zebra = QColor(0xf5, 0xf7, 0xfa);
    QColor grid = QColor(0x9a, 0xa8, 0xb8);
    QColor totalFill = QColor(0xe9, 0xed, 0xf2);
    QColor groupFill = QColor(0xee, 0xf2, 0xf7);
    QColor warningFill = QColor(0xfc, 0xeb, 0xc4);
    QColor warningMark = QColor(0xc7, 0x7c, 0x02);

    QSizeF a4 = QSizeF(595.276, 841.89);           ///< A4 in points, portrait
    QMarginsF portraitMargins = QMarginsF(70.9, 62, 56.7, 56.7); ///< left 25 mm (binding), top 22, right/bottom 20
    QMarginsF landscapeMargins = QMarginsF(56.7, 56, 56.7, 51);

    /// The default style, with DejaVu Sans if the font database has it (the system sans serif otherwise).
    static ReportStyle standard();

    QFont font(double pointSize, bool bold = false) const;
};

} // namespace ksd
