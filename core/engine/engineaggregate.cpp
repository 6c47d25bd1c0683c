// SPDX-License-Identifier: Apache-2.0
// Engine stages 1–2: entries aggregated per (region, urusan, service); agreements and proposals loaded.
#include "engine_p.h"

#include <numeric>

namespace ksd::detail::engine {

void Run::aggregate()
{
    const int n = mGeo.n;
    mInScope.assign(n, 0);
    if (mProject.scope.isEmpty()) {
        std::fill(mInScope.begin(), mInScope.end(), 1);
    } else {
        for (const QString &c : mProject.scope) {
            const int i = mGeo.regionIndex(c.trimmed());
            if (i >= 0)
                mInScope[i] = 1;
        }
    }
    const int rows = int(mRules.authority().rows().size());
    mGroupOf.assign(std::size_t(mGeo.urusan.size()) * (rows + 1), -1);
    // An urusan filter keeps that urusan only; an unknown one keeps nothing.
    const int onlyUrusan = mOptions.urusan.isEmpty() ? -1 : mGeo.urusanOf(mOptions.urusan.trimmed());
    const bool unknownFilter = !mOptions.urusan.isEmpty() && onlyUrusan < 0;

    const RefData &ref = mRules.refData();
    mEntries.reserve(mProject.entries.size());
    mServiceCache.assign(mGeo.urusan.size(), {});
    const int noUnit = internUnit(QString());
    for (const Entry &e : mProject.entries) {
        if (e.meta.deleted)
            continue;
        auto issue = [&](KsdClass cls, const QString &reason) {
            mOut.issues.append(EngineIssue{e.meta.id, e.regionCode, e.urusanCode, cls, reason});
        };
        const int r = mGeo.regionIndex(e.regionCode);
        const int u = mGeo.urusanOf(e.urusanCode);
        if (unknownFilter || (onlyUrusan >= 0 && u != onlyUrusan))
            continue;
        if (r < 0) {
            const auto found = ref.findRegion(e.regionCode);
            issue(KsdClass::TidakMemenuhi, found ? QString() : found.error().message);
            continue;
        }
        if (mGeo.administrative[r]) {
            issue(KsdClass::TidakMemenuhi,
                  Tr::tr("%1 adalah wilayah administratif, bukan daerah otonom; isian ini sebaiknya dicatat atas nama %2.")
                      .arg(mGeo.regions[r]->name, mGeo.regions[mGeo.province[r]]->name));
            continue;
        }
        if (u < 0) {
            if (RuleSet::isSupportUnitCode(e.urusanCode)) {
                issue(KsdClass::Sukarela, Tr::tr("Unsur penunjang %1 bukan objek kerja sama wajib; dapat diusulkan sebagai "
                                             "kerja sama sukarela.").arg(e.urusanCode));
            } else {
                issue(KsdClass::TidakMemenuhi, ref.findUrusan(e.urusanCode).error().message);
            }
            continue;
        }
        if (!mInScope[r]) {
            issue(KsdClass::TidakMemenuhi, Tr::tr("%1 (%2) berada di luar cakupan wilayah proyek.")
                                               .arg(mGeo.regions[r]->name, mGeo.regions[r]->code));
            continue;
        }

        // Which provincial service (if any) the entry is about, and the service identity for overlap/clusters.
        int row = -1;
        int serviceId = -1;
        if (!e.service.isEmpty()) {
            QHash<QString, QPair<int, int>> &cache = mServiceCache[u];
            auto it = cache.constFind(e.service);
            if (it == cache.cend()) {
                row = mRules.authority().match(e.urusanCode, e.service);
                const QString canonical = row >= 0 ? QStringLiteral("#") + mRules.authority().rows()[row].service
                                                   : AuthorityTable::normalize(e.service);
                serviceId = canonical.isEmpty() ? -1 : internService(canonical);
                it = cache.insert(e.service, qMakePair(row, serviceId));
            }
            row = it->first;
            serviceId = it->second;
        }
        int &gi = mGroupOf[std::size_t(u) * (rows + 1) + (row + 1)];
        if (gi < 0) {
            gi = int(mGroups.size());
            Group g;
            g.urusan = u;
            g.row = row;
            g.urusanCode = mGeo.urusan[u]->code;
            if (row >= 0)
                g.service = mRules.authority().rows()[row].service;
            g.defaultRow = mRules.authority().defaultRow(g.urusanCode);
            g.cellOf.assign(n, -1);
            mGroups.push_back(std::move(g));
        }
        Group &g = mGroups[gi];
        int &ci = g.cellOf[r];
        if (ci < 0) {
            ci = int(g.cells.size());
            g.cells.push_back(Cell{});
            g.cells.back().region = r;
        }
        Cell &c = g.cells[ci];
        const Evidence ext = e.externality();
        c.evidence.add(e);
        const bool hasMagnitude = e.magnitude.has_value() && *e.magnitude > 0;
        int unit = -1;
        if (hasMagnitude) {
            auto it = mRawUnitIds.constFind(e.unit);
            if (it == mRawUnitIds.cend())
                it = mRawUnitIds.insert(e.unit, internUnit(e.unit.trimmed().toLower()));
            unit = *it;
        }
        const int priority = std::clamp(e.priority, 1, 5);
        auto addUnit = [&](int &cellUnit) {
            if (!hasMagnitude)
                return;
            cellUnit = cellUnit == -2 ? unit : (cellUnit == unit ? unit : -1);
        };
        const bool need = e.kind == EntryKind::Kebutuhan;
        if (need) {
            ++c.kebutuhan;
            c.needPriority = std::max(c.needPriority, priority);
            if (hasMagnitude)
                c.needMagnitude += *e.magnitude;
            addUnit(c.needUnit);
            if (ext != Evidence::No)
                ++c.crossNeeds;
            if (serviceId >= 0)
                c.needServices.add(serviceId);
        } else {
            ++c.potensi;
            c.potPriority = std::max(c.potPriority, priority);
            if (hasMagnitude)
                c.potMagnitude += *e.magnitude;
            addUnit(c.potUnit);
            if (serviceId >= 0)
                c.potServices.add(serviceId);
        }
        // Allocation quantities: the magnitude in its unit, or one "isian" when no magnitude was given.
        const int allocUnit = hasMagnitude ? unit : noUnit;
        if (std::find(g.allocationUnits.begin(), g.allocationUnits.end(), allocUnit) == g.allocationUnits.end())
            g.allocationUnits.push_back(allocUnit);
        const std::int64_t qty = hasMagnitude ? std::int64_t(std::clamp(std::llround(*e.magnitude), 1LL, 1000000000000LL)) : 1;
        mEntries.push_back(EntryRec{&e, gi, ci, serviceId, allocUnit, qty, need, need && ext != Evidence::No, ext,
                                    e.efficiency});
    }

    // Groups in output order: urusan code, then the rest of the urusan before its provincial services by name.
    mGroupOrder.resize(mGroups.size());
    std::iota(mGroupOrder.begin(), mGroupOrder.end(), 0);
    std::sort(mGroupOrder.begin(), mGroupOrder.end(), [&](int x, int y) {
        const Group &a = mGroups[x];
        const Group &b = mGroups[y];
        if (a.urusanCode != b.urusanCode)
            return a.urusanCode < b.urusanCode;
        return a.service < b.service;
    });
}

void Run::loadRelations()
{
    const int n = mGeo.n;
    for (const Agreement &a : mProject.agreements) {
        if (a.meta.deleted || (a.status != AgreementStatus::Aktif && a.status != AgreementStatus::Diperpanjang))
            continue;
        std::vector<int> rs;
        for (const Party &p : a.parties) {
            if (p.kind != PartyKind::Region)
                continue;
            const int r = mGeo.index.value(p.regionCode, -1);
            if (r >= 0)
                rs.push_back(r);
        }
        const int u = mGeo.urusanIndex.value(a.urusanCode, -1);
        for (std::size_t i = 0; i < rs.size(); ++i) {
            for (std::size_t j = i + 1; j < rs.size(); ++j) {
                if (rs[i] == rs[j])
                    continue;
                const std::uint64_t k = pairKey(rs[i], rs[j], n);
                mAgreementsAny.push_back(k);
                if (u >= 0)
                    mAgreementsSame.push_back(k * 64 + std::uint64_t(u));
            }
        }
    }
    for (auto *v : {&mAgreementsAny, &mAgreementsSame}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }

    // DPRD facts come from proposals made for a region pair (Proposal::suggestionKey or the partner list).
    for (const Proposal &p : mProject.proposals) {
        if (p.meta.deleted)
            continue;
        QList<QPair<QString, QString>> pairsOf;
        QString urusan = p.urusanCode;
        const QStringList key = p.suggestionKey.split(QLatin1Char('|'));
        if (key.size() == 3) {
            pairsOf.append({key[0], key[1]});
            urusan = key[2];
        } else if (p.partnerType == PartnerType::Daerah) {
            for (const QString &partner : p.partnerRegionCodes)
                pairsOf.append({p.regionCode, partner});
        }
        const int u = mGeo.urusanIndex.value(urusan, -1);
        if (u < 0)
            continue;
        for (const auto &[x, y] : pairsOf) {
            const int a = mGeo.regionIndex(x);
            const int b = mGeo.regionIndex(y);
            if (a >= 0 && b >= 0 && a != b)
                mProposals.push_back(ProposalFacts{pairKey(a, b, n) * 64 + std::uint64_t(u), p.burdensPublic, p.inApbd});
        }
    }
    std::sort(mProposals.begin(), mProposals.end(),
              [](const ProposalFacts &x, const ProposalFacts &y) { return x.key < y.key; });
}

} // namespace ksd::detail::engine
