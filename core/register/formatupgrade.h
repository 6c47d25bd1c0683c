// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"

#include <QStringList>

namespace ksd {

constexpr int MaxUpgradeLines = 20;

/// What opening a file of format version 3 or older changes in its records for version 4, beyond the columns the
/// schema migration adds: every agreement is brought onto its own procedure (alignToProcedures(): kept where its
/// stage maps, otherwise mapped to the nearest step and marked for review with the reason), and each archived
/// document gets the SHA-256 of the data it holds. Returns one translated line per agreement changed, the first
/// MaxUpgradeLines of them and then one line counting the rest (each keeps its Agreement::reviewNote).
QStringList upgradeRecordsToVersion4(Project &project);

} // namespace ksd
