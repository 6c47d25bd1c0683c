// SPDX-License-Identifier: Apache-2.0
#include "maplinks.h"

namespace ksd {

QString linkKindKey(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Wajib: return QStringLiteral("wajib");
    case LinkKind::PotensiWajib: return QStringLiteral("potensi_wajib");
    case LinkKind::Sukarela: return QStringLiteral("sukarela");
    case LinkKind::RujukProvinsi: return QStringLiteral("rujuk_provinsi");
    case LinkKind::Proposal: return QStringLiteral("usulan");
    case LinkKind::Agreement: return QStringLiteral("kesepakatan");
    }
    return {};
}

std::optional<LinkKind> linkKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (int i = 0; i < LinkKindCount; ++i) {
        if (linkKindKey(LinkKind(i)) == k)
            return LinkKind(i);
    }
    // The rule set's own class keys are accepted too (WAJIB, POTENSI_WAJIB, ...).
    if (const auto cls = ksdClassFromKey(key.trimmed().toUpper()))
        return linkKindOf(*cls);
    return std::nullopt;
}

std::optional<LinkKind> linkKindOf(KsdClass cls)
{
    switch (cls) {
    case KsdClass::Wajib: return LinkKind::Wajib;
    case KsdClass::PotensiWajib: return LinkKind::PotensiWajib;
    case KsdClass::Sukarela: return LinkKind::Sukarela;
    case KsdClass::RujukProvinsi: return LinkKind::RujukProvinsi;
    // A referral to the central government has no region on the map to point to: not drawn (the card and the
    // tables show it).
    case KsdClass::RujukPusat:
    case KsdClass::TidakMemenuhi: return std::nullopt;
    }
    return std::nullopt;
}

QList<RegionPair> suggestionMapPairs(const QString &a, const QString &b, KsdClass cls, const QStringList &referTo)
{
    QList<RegionPair> out;
    const std::optional<LinkKind> kind = linkKindOf(cls);
    if (!kind)
        return out;
    if (*kind != LinkKind::RujukProvinsi) {
        if (!a.isEmpty() && !b.isEmpty() && a != b)
            out.append({a, b});
        return out;
    }
    for (const QString &province : referTo) {
        for (const QString &r : {a, b}) {
            if (!r.isEmpty() && !province.isEmpty() && r != province)
                out.append({r, province});
        }
    }
    return out;
}

QList<RegionPair> proposalMapPairs(const Proposal &p)
{
    QList<RegionPair> out;
    if (p.meta.deleted || p.partnerType != PartnerType::Daerah)
        return out;
    for (const QString &partner : p.partnerRegionCodes) {
        if (!partner.isEmpty() && partner != p.regionCode && !p.regionCode.isEmpty())
            out.append({p.regionCode, partner});
    }
    return out;
}

QList<RegionPair> agreementMapPairs(const Agreement &a, const QString &owner)
{
    QList<RegionPair> out;
    if (a.meta.deleted || a.status == AgreementStatus::Dihentikan || a.status == AgreementStatus::Berakhir)
        return out;
    QStringList parties;
    for (const Party &p : a.parties) {
        if (p.kind == PartyKind::Region && !p.regionCode.isEmpty() && !parties.contains(p.regionCode))
            parties.append(p.regionCode);
    }
    if (parties.isEmpty())
        return out;
    // A legacy record that names only the partner is the owner's agreement with it; one that names several regions
    // without the owner (another region's agreement kept for reference) is drawn among its own parties.
    const bool fromOwner = !owner.isEmpty() && (parties.contains(owner) || parties.size() == 1);
    const QString hub = fromOwner ? owner : parties.constFirst();
    for (const QString &p : std::as_const(parties)) {
        if (p != hub)
            out.append({hub, p});
    }
    return out;
}

} // namespace ksd
