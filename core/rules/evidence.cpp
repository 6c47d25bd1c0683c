// SPDX-License-Identifier: Apache-2.0
#include "evidence.h"

#include <algorithm>

namespace ksd {

Evidence combineEvidence(Evidence x, Evidence y)
{
    if (x == Evidence::No || y == Evidence::No)
        return Evidence::No;
    if (x == Evidence::Yes || y == Evidence::Yes)
        return Evidence::Yes;
    return Evidence::Unknown;
}

void SideEvidence::add(const Entry &e)
{
    add(e.externality(), e.externalityRegions, e.efficiency);
}

void SideEvidence::add(Evidence externality, const QStringList &regions, Evidence eff)
{
    ++entries;
    efficiency = combineEvidence(efficiency, eff);
    if (externality == Evidence::No) {
        externalityNo = true;
    } else if (externality == Evidence::Yes) {
        bool any = false;
        for (const QString &r : regions) {
            const QString code = r.trimmed();
            if (code.isEmpty())
                continue;
            any = true;
            const auto at = std::lower_bound(named.begin(), named.end(), code);
            if (at == named.end() || *at != code)
                named.insert(at, code);
        }
        if (!any)
            externalityUnnamed = true;
    }
}

PairEvidence pairEvidence(const SideEvidence &a, const QString &codeA, const SideEvidence &b, const QString &codeB)
{
    PairEvidence p;
    p.efficiency = combineEvidence(a.efficiency, b.efficiency);
    const bool namesB = std::binary_search(a.named.cbegin(), a.named.cend(), codeB);
    const bool namesA = std::binary_search(b.named.cbegin(), b.named.cend(), codeA);
    const Evidence sideA = a.externalityNo ? Evidence::No : namesB ? Evidence::Yes : Evidence::Unknown;
    const Evidence sideB = b.externalityNo ? Evidence::No : namesA ? Evidence::Yes : Evidence::Unknown;
    p.externality = combineEvidence(sideA, sideB);
    p.regionsUnnamed = p.externality == Evidence::Unknown && (a.externalityUnnamed || b.externalityUnnamed);
    return p;
}

QString EvidenceIndex::key(const QString &region, const QString &urusan, int row)
{
    return QStringLiteral("%1|%2|%3").arg(region, urusan).arg(row);
}

EvidenceIndex::EvidenceIndex(const Project &project, const AuthorityTable &table)
{
    for (const Entry &e : project.entries) {
        if (e.meta.deleted)
            continue;
        mIndex[key(e.regionCode, e.urusanCode, table.match(e.urusanCode, e.service))].add(e);
    }
}

SideEvidence EvidenceIndex::of(const QString &region, const QString &urusan, int row) const
{
    return mIndex.value(key(region, urusan, row));
}

} // namespace ksd
