// SPDX-License-Identifier: Apache-2.0
#include "expiry.h"

#include <algorithm>

namespace ksd {

QList<ExpiryItem> expiringAgreements(const Project &project, const QDate &today, int withinDays, bool includeExpired)
{
    QList<ExpiryItem> out;
    if (!today.isValid())
        return out;
    for (const Agreement &a : project.agreements) {
        if (a.meta.deleted || !a.endDate.isValid())
            continue;
        if (a.status == AgreementStatus::Berakhir || a.status == AgreementStatus::Dihentikan)
            continue;
        const qint64 days = today.daysTo(a.endDate);
        if (days > withinDays)
            continue;
        if (days < 0 && !includeExpired)
            continue;
        out.append(ExpiryItem{a.meta.id, a.title, a.docType, a.category, a.status, a.endDate, days, days < 0});
    }
    std::stable_sort(out.begin(), out.end(), [](const ExpiryItem &x, const ExpiryItem &y) {
        if (x.endDate != y.endDate)
            return x.endDate < y.endDate;
        return x.title.localeAwareCompare(y.title) < 0;
    });
    return out;
}

} // namespace ksd
