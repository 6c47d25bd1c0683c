// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/types.h"

#include <QColor>
#include <QIcon>

namespace ksd {

/// Colours used for record kinds across tables, cards and the map legend.
QColor entryKindColor(EntryKind kind);
/// A small filled circle in the colour of @p kind, for table cells and combo boxes.
QIcon entryKindIcon(EntryKind kind);
/// A small filled circle of any colour.
QIcon dotIcon(const QColor &color);

} // namespace ksd
