// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"

namespace ksd {

/// The built-in example project "Pemetaan KSD Kabupaten Banjar 2024 (contoh)", labelled as example data
/// (settings "demo" = "1" and "description"). Scope: Kalimantan Selatan, its 13 kab/kota, the kab/kota of Kalimantan
/// Tengah and Kalimantan Timur that border them (from the reference data) and Kota Palangka Raya, the partner of the
/// food and inflation cooperation. It holds entries of Banjar and of its neighbours, proposals, a register of
/// agreements (KB, PKS, nota kesepakatan, one addendum; KSDD, KSDPK, Sinergi) and monev records.
///
/// Deterministic: ids are UUIDv5 of stable names and timestamps come from fixed dates in 2024, so the same @p today
/// gives the same project, byte for byte once saved. Only four end dates depend on @p today: three agreements end
/// 40, 61 and 75 days after it and one 150 days after it, so that the expiry warnings always have something to show.
Project makeDemoProject(const QDate &today = QDate::currentDate());

} // namespace ksd
