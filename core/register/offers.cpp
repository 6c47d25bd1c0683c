// SPDX-License-Identifier: Apache-2.0
#include "offers.h"

#include "util/format.h"

#include "refdata/refdata.h"

#include <QCoreApplication>

#include <algorithm>

namespace ksd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};

using Severity = ValidationProblem::Severity;

Status notWaiting(const IncomingOffer &offer)
{
    if (offer.meta.deleted)
        return Error{Tr::tr("Penawaran \"%1\" sudah dihapus.").arg(offer.title), QStringLiteral("status"), 0};
    if (offer.status != OfferStatus::Menunggu)
        return Error{Tr::tr("Penawaran \"%1\" sudah dijawab (%2).").arg(offer.title, offerStatusName(offer.status)),
                     QStringLiteral("status"), 0};
    return Status::success();
}

} // namespace

Proposal proposalFromOffer(const IncomingOffer &offer, const Project &project)
{
    Proposal p;
    p.regionCode = project.ownerRegion;
    p.sourcePd = offer.askedPd;
    p.urusanCode = offer.urusanCode;
    p.title = offer.title;
    p.description = offer.description;
    p.activity = ActivityKind::KerjaSama;
    p.partnerType = offer.senderType;
    if (offer.senderType == PartnerType::Daerah) {
        if (!offer.senderRegion.trimmed().isEmpty())
            p.partnerRegionCodes = {offer.senderRegion.trimmed()};
    } else {
        p.partnerNames = offer.senderName;
    }
    p.form = offer.senderType == PartnerType::KL ? DocType::NK : DocType::KB;
    p.inApbd = offer.inApbd;
    p.burdensPublic = offer.burdensPublic;
    p.year = offer.receivedOn.isValid() ? offer.receivedOn.year() : project.year;
    return p;
}

ScreeningResult screenOffer(const IncomingOffer &offer, const ProposalScreener &screener, const Project &project)
{
    return screener.screen(proposalFromOffer(offer, project));
}

Result<Proposal> acceptOffer(IncomingOffer &offer, const Project &project, const QString &by)
{
    if (Status s = notWaiting(offer); !s)
        return s.error();
    Proposal p = proposalFromOffer(offer, project);
    p.meta = RecordMeta::fresh(by);
    p.description = p.description.isEmpty()
                        ? Tr::tr("Dari penawaran %1 nomor %2.").arg(offerSenderText(offer), offer.letterNumber)
                        : p.description;
    offer.status = OfferStatus::Diterima;
    offer.proposalId = p.meta.id;
    offer.declineReason.clear();
    return p;
}

Status declineOffer(IncomingOffer &offer, const QString &reason)
{
    if (Status s = notWaiting(offer); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error{Tr::tr("Alasan penolakan penawaran \"%1\" belum diisi.").arg(offer.title),
                     QStringLiteral("declineReason"), 0};
    offer.status = OfferStatus::Ditolak;
    offer.declineReason = reason.trimmed();
    return Status::success();
}

QList<const IncomingOffer *> offersAwaitingAnswer(const Project &project)
{
    QList<const IncomingOffer *> out;
    for (const IncomingOffer &o : project.offers) {
        if (!o.meta.deleted && o.status == OfferStatus::Menunggu)
            out.append(&o);
    }
    std::stable_sort(out.begin(), out.end(), [](const IncomingOffer *x, const IncomingOffer *y) {
        if (x->answerDue.isValid() != y->answerDue.isValid())
            return x->answerDue.isValid();
        if (x->answerDue != y->answerDue)
            return x->answerDue < y->answerDue;
        return x->receivedOn < y->receivedOn;
    });
    return out;
}

QList<ValidationProblem> validateOffer(const IncomingOffer &o)
{
    QList<ValidationProblem> out;
    const RefData &ref = RefData::instance();
    if (o.senderType == PartnerType::Daerah) {
        if (o.senderRegion.trimmed().isEmpty())
            out.append({Severity::Error, QStringLiteral("sender"), Tr::tr("Daerah pengirim penawaran belum diisi."), -1,
                        {}});
        else if (!ref.region(o.senderRegion.trimmed()))
            out.append({Severity::Error, QStringLiteral("sender"),
                        Tr::tr("Kode wilayah pengirim \"%1\" tidak dikenal.").arg(o.senderRegion), -1, {}});
    } else if (o.senderName.trimmed().isEmpty()) {
        out.append({Severity::Error, QStringLiteral("sender"), Tr::tr("Nama pengirim penawaran belum diisi."), -1, {}});
    }
    if (o.title.trimmed().isEmpty())
        out.append({Severity::Error, QStringLiteral("title"), Tr::tr("Hal yang ditawarkan belum diisi."), -1, {}});
    if (!o.receivedOn.isValid())
        out.append({Severity::Error, QStringLiteral("receivedOn"), Tr::tr("Tanggal penawaran diterima belum diisi."),
                    -1, {}});
    if (o.receivedOn.isValid() && o.answerDue.isValid() && o.answerDue < o.receivedOn)
        out.append({Severity::Error, QStringLiteral("answerDue"),
                    Tr::tr("Batas waktu jawaban (%1) lebih awal daripada tanggal diterima (%2).")
                        .arg(longDate(o.answerDue), longDate(o.receivedOn)),
                    -1, {}});
    if (!o.urusanCode.isEmpty() && !ref.urusan(o.urusanCode))
        out.append({Severity::Error, QStringLiteral("urusanCode"),
                    Tr::tr("Kode urusan \"%1\" tidak dikenal (Permendagri 90/2019).").arg(o.urusanCode), -1, {}});
    if (o.status == OfferStatus::Ditolak && o.declineReason.trimmed().isEmpty())
        out.append({Severity::Error, QStringLiteral("declineReason"), Tr::tr("Alasan penolakan belum diisi."), -1, {}});
    return out;
}

QString offerSenderText(const IncomingOffer &o)
{
    if (o.senderType == PartnerType::Daerah) {
        if (const Region *r = RefData::instance().region(o.senderRegion.trimmed()))
            return QStringLiteral("%1 (%2)").arg(r->name, r->code);
        return o.senderRegion;
    }
    return o.senderName;
}

} // namespace ksd
