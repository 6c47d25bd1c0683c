// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/maplinks.h"
#include "model/records.h"
#include "refdata/refdata.h"
#include "rules/ruleset.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPen>
#include <QRectF>

class QPainter;
#include <QString>

#include <optional>

namespace ksd {

// LinkKind and its keys live in core (engine/maplinks.h), with the rules of which pairs a map joins.
QString linkKindName(LinkKind kind); ///< translated legend text

/// How node discs are sized and coloured.
enum class NodeSizeMode { Entries = 0, Score };
enum class NodeColorMode { RegionType = 0, Balance };

/// Colours, pens and fonts of the network map, shared by the screen, every export and the legend, so that they can
/// never drift apart. The one source of class and link colours: the Saran table's class dots
/// (SuggestionsModel::classColor) and the report's map figures (MapFigurePainter::colorOf) ask here.
class MapStyle
{
    Q_DECLARE_TR_FUNCTIONS(ksd::MapStyle)

public:
    static QColor linkColor(LinkKind kind);
    /// The colour of a suggestion class: its link's colour; RUJUK_PUSAT (never drawn as a link) a darker purple,
    /// TIDAK_MEMENUHI grey.
    static QColor classColor(KsdClass cls);
    /// Line width in scene units for a link of @p count records (thicker for more, capped).
    static double linkWidth(LinkKind kind, int count);
    /// The pen of a link: solid for wajib and agreements, dashed for potensi wajib, sukarela and proposals,
    /// dash-dot for rujuk provinsi; a suggestion across a sea border (@p seaBorder) has double dashes in its
    /// class's colour, whatever its class.
    static QPen linkPen(LinkKind kind, bool seaBorder, double width);
    /// Legend text of the sea-border pattern.
    static QString seaBorderName();

    static QColor regionTypeColor(RegionType type);
    /// Diverging colour from "mostly needs" (warm) through balanced (sand) to "mostly potentials" (teal).
    static QColor balanceColor(int potensi, int kebutuhan);
    static QColor outOfScopeFill() { return QColor(0xcf, 0xd4, 0xda); }
    static QColor nodeOutline() { return QColor(0x26, 0x32, 0x38); }
    static QColor ownerRing() { return QColor(0x0d, 0x47, 0xa1); }
    static QColor selection() { return QColor(0xff, 0xb3, 0x00); }

    // The boundary map.
    static QColor sea() { return QColor(0xe8, 0xf0, 0xf7); }
    static QColor land() { return QColor(0xf6, 0xf5, 0xf1); }
    static QColor landBorder() { return QColor(0xd2, 0xd4, 0xd6); }
    static QColor scopeFill() { return QColor(0xdc, 0xe8, 0xd6); }
    static QColor scopeBorder() { return QColor(0xa9, 0xb8, 0xa3); }
    static QColor ownerFill() { return QColor(0xbf, 0xd8, 0xb0); }
    static QColor provinceBorder() { return QColor(0x70, 0x7b, 0x86); }
    static QColor text() { return QColor(0x21, 0x25, 0x29); }
    static QColor mutedText() { return QColor(0x5f, 0x6b, 0x76); }

    /// The scale bar (bottom left of @p mapRect, a round length of about 120 reference pixels) and the north arrow
    /// with "U" (top right), for the screen, its exports and the report's maps alike. @p devicePerKm: device units
    /// per kilometre at the map's reference latitude; @p px: device units per reference pixel.
    static void paintScaleBarAndNorth(QPainter &painter, const QRectF &mapRect, double devicePerKm, double px);

    /// The map's typeface at @p pixelSize (DejaVu Sans: present on every supported system, so exports match).
    static QFont font(double pixelSize, bool bold = false);
    /// "Kab. Banjar", "Kota Banjarbaru", "Prov. Kalimantan Selatan": short enough for a map label.
    static QString shortName(const Region &region);
    static QString shortName(const QString &code);
};

} // namespace ksd
