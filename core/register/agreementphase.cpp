// SPDX-License-Identifier: Apache-2.0
#include "agreementphase.h"

#include "stages.h"

#include <QCoreApplication>

#include <algorithm>

namespace ksd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::AgreementPhase)
};

/// The parties of @p a other than the owner: region codes and, for the other kinds, names.
QStringList partnersOf(const Agreement &a, const QString &owner)
{
    QStringList out;
    for (const Party &p : a.parties) {
        const QString key = p.kind == PartyKind::Region ? p.regionCode : p.name.trimmed().toLower();
        if (!key.isEmpty() && key != owner)
            out.append(key);
    }
    return out;
}

} // namespace

AgreementPhase agreementPhase(const Agreement &a, const QDate &today)
{
    if (a.status == AgreementStatus::Dihentikan)
        return AgreementPhase::Stopped;
    if (a.status == AgreementStatus::Berakhir)
        return AgreementPhase::Ended;
    if (!a.startDate.isValid())
        return AgreementPhase::Draft;
    if (today.isValid() && a.startDate > today)
        return AgreementPhase::NotYetInForce;
    if (today.isValid() && a.endDate.isValid() && a.endDate < today)
        return AgreementPhase::Lapsed;
    return a.status == AgreementStatus::Diperpanjang ? AgreementPhase::Extended : AgreementPhase::InForce;
}

bool isInForce(AgreementPhase phase)
{
    return phase == AgreementPhase::InForce || phase == AgreementPhase::Extended;
}

QString agreementPhaseName(AgreementPhase phase)
{
    switch (phase) {
    case AgreementPhase::Draft: return Tr::tr("Dalam proses");
    case AgreementPhase::NotYetInForce: return Tr::tr("Belum berlaku");
    case AgreementPhase::InForce: return Tr::tr("Aktif");
    case AgreementPhase::Extended: return Tr::tr("Diperpanjang");
    case AgreementPhase::Lapsed: return Tr::tr("Lewat masa berlaku");
    case AgreementPhase::Ended: return Tr::tr("Sudah berakhir");
    case AgreementPhase::Stopped: return Tr::tr("Dihentikan");
    }
    return {};
}

QString agreementPhaseDefinition(AgreementPhase phase)
{
    switch (phase) {
    case AgreementPhase::Draft:
        return Tr::tr("belum mempunyai tanggal mulai berlaku: masih dalam persiapan, penawaran, penyusunan atau "
                      "menunggu penandatanganan.");
    case AgreementPhase::NotYetInForce:
        return Tr::tr("sudah ditandatangani, tetapi tanggal mulai berlakunya belum tiba.");
    case AgreementPhase::InForce:
        return Tr::tr("sudah mulai berlaku dan belum melewati tanggal berakhirnya.");
    case AgreementPhase::Extended:
        return Tr::tr("berlaku karena telah diperpanjang melalui prosedur kerja sama yang baru.");
    case AgreementPhase::Lapsed:
        return Tr::tr("tanggal berakhirnya sudah lewat, tetapi statusnya belum dimutakhirkan menjadi berakhir atau "
                      "diperpanjang.");
    case AgreementPhase::Ended:
        return Tr::tr("masa berlakunya sudah selesai.");
    case AgreementPhase::Stopped:
        return Tr::tr("diakhiri sebelum tanggal berakhirnya.");
    }
    return {};
}

QList<KbBeforePks> kbEndingBeforePks(const Project &project, const QDate &today, int withinDays)
{
    QList<KbBeforePks> out;
    if (!today.isValid())
        return out;
    for (const Agreement &kb : project.agreements) {
        if (kb.meta.deleted || kb.docType != DocType::KB || !kb.endDate.isValid()
            || !isInForce(agreementPhase(kb, today)) || today.daysTo(kb.endDate) > withinDays)
            continue;
        const QStringList kbPartners = partnersOf(kb, project.ownerRegion);
        for (const Agreement &pks : project.agreements) {
            if (pks.meta.deleted || pks.docType != DocType::PKS || pks.urusanCode != kb.urusanCode
                || hasReachedStage(pks, Stage::PenandatangananPKS) || pks.status == AgreementStatus::Dihentikan
                || pks.status == AgreementStatus::Berakhir)
                continue;
            // A PKS that names its KB is matched by that link alone; one that names none by urusan and partner.
            if (!pks.kbId.isNull() && pks.kbId != kb.meta.id)
                continue;
            const QStringList pksPartners = partnersOf(pks, project.ownerRegion);
            const bool shared = std::any_of(pksPartners.cbegin(), pksPartners.cend(),
                                            [&kbPartners](const QString &p) { return kbPartners.contains(p); });
            if (pks.kbId.isNull() && !shared)
                continue;
            out.append({kb.meta.id, pks.meta.id, kb.title, pks.title, kb.endDate, pks.stage,
                        pks.implementingPd.isEmpty() ? kb.implementingPd : pks.implementingPd,
                        today.daysTo(kb.endDate)});
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const KbBeforePks &x, const KbBeforePks &y) { return x.kbEnd < y.kbEnd; });
    return out;
}

} // namespace ksd
