// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"

namespace ksd {

/// The built-in example project "Pemetaan KSD Kabupaten Banjar 2024" (contoh). Deterministic: the same
/// @p today gives the same project, byte for byte once saved, except that agreements' end dates near expiry are
/// placed relative to @p today so that the expiry warnings always have something to show.
Project makeDemoProject(const QDate &today = QDate::currentDate());

} // namespace ksd
