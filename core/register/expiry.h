// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"

#include <QDate>
#include <QList>

namespace ksd {

/// Warning windows planners use: three months (common practice) and six months.
constexpr int ExpiryWarningDays = 90;
constexpr int ExpiryNoticeDays = 180;

/// A live agreement whose end date falls within a window, or that has already ended while still marked active.
struct ExpiryItem
{
    QUuid id;
    QString title;
    DocType docType = DocType::KB;
    Category category = Category::None;
    AgreementStatus status = AgreementStatus::Aktif;
    QDate endDate;
    qint64 daysLeft = 0; ///< today.daysTo(endDate): 0 = ends today, negative = already past its end date
    bool expired = false; ///< daysLeft < 0 while the status is still aktif/diperpanjang
    int windowDays = 0;   ///< expiryWarnings(): the window that listed it (90, or 180 for DPRD / a new offer)
    bool operator==(const ExpiryItem &) const = default;
};

/// Live agreements with status aktif or diperpanjang (berakhir and dihentikan are left out) whose end date is at
/// most @p withinDays after @p today (the boundary day counts: exactly 90 days is within 90). Agreements already past
/// their end date are included, flagged expired, when @p includeExpired. Agreements without an end date are never
/// listed. Sorted by end date, then title.
QList<ExpiryItem> expiringAgreements(const Project &project, const QDate &today, int withinDays,
                                     bool includeExpired = true);

} // namespace ksd
