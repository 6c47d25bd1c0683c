// SPDX-License-Identifier: Apache-2.0
// ProjectDocument's register edits: proposals, agreements, stages, monev records, attachments and imports. Each
// is one undo command of document/commands.h or document/registercommands.h, pushed here and nowhere else.
#include "projectdocument.h"

#include "document/registercommands.h"
#include "register/monev.h"
#include "register/offers.h"
#include "register/promotion.h"
#include "register/terms.h"
#include "register/validation.h"

#include <QCoreApplication>

#include <QUndoStack>

namespace ksd {

namespace {
// lupdate reads Tr::tr() with this context (the one of document/commands.cpp and registercommands.cpp).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Commands)
};
} // namespace

QUuid ProjectDocument::acceptSuggestion(const Suggestion &s)
{
    auto *cmd = new AcceptSuggestion(this, proposalFromSuggestion(s, mProject));
    const QUuid id = cmd->records().constFirst().meta.id;
    mUndoStack->push(cmd);
    return id;
}

QUuid ProjectDocument::saveProposal(const Proposal &proposal)
{
    if (proposal.meta.id.isNull() || !this->proposal(proposal.meta.id))
        return addProposal(proposal);
    if (!wouldChange(this, proposal))
        return {};
    mUndoStack->push(new ChangeProposal(this, proposal));
    return proposal.meta.id;
}

QUuid ProjectDocument::saveAgreement(const AgreementChanges &changes)
{
    auto *cmd = new SaveAgreement(this, changes);
    if (cmd->isObsolete()) {
        delete cmd;
        return {};
    }
    const QUuid id = cmd->agreementId();
    mUndoStack->push(cmd);
    return id;
}

Status ProjectDocument::advanceAgreementStage(const QUuid &agreementId, Stage to, const QDate &date)
{
    auto *cmd = new AdvanceAgreementStage(this, agreementId, to, date);
    if (cmd->isRefused()) {
        Status refusal = cmd->refusal();
        delete cmd;
        return refusal;
    }
    mUndoStack->push(cmd);
    return Status::success();
}

Result<QUuid> ProjectDocument::saveMonevRecord(const MonevRecord &record)
{
    for (const ValidationProblem &p : validateMonev(record, mProject)) {
        if (p.severity == ValidationProblem::Severity::Error)
            return Error{p.message, p.field, 0};
    }
    if (record.meta.id.isNull() || !monevRecord(record.meta.id)) {
        auto *cmd = new AddMonevRecord(this, record);
        const QUuid id = cmd->records().constFirst().meta.id;
        mUndoStack->push(cmd);
        return id;
    }
    if (wouldChange(this, record))
        mUndoStack->push(new ChangeMonevRecord(this, record));
    return record.meta.id;
}

bool ProjectDocument::removeMonevRecords(const QList<QUuid> &ids)
{
    auto *cmd = new RemoveMonevRecords(this, ids);
    if (cmd->count() == 0) {
        delete cmd;
        return false;
    }
    mUndoStack->push(cmd);
    return true;
}


Result<QUuid> ProjectDocument::attachFile(const QUuid &agreementId, const QString &path, const QString &kind)
{
    Result<AttachedDocument> d = readAttachment(agreementId, path, kind);
    if (!d)
        return d.error();
    auto *cmd = new AttachDocument(this, *d);
    const QUuid id = cmd->records().constFirst().meta.id;
    mUndoStack->push(cmd);
    return id;
}

bool ProjectDocument::removeDocuments(const QList<QUuid> &ids)
{
    auto *cmd = new RemoveDocuments(this, ids);
    if (cmd->count() == 0) {
        delete cmd;
        return false;
    }
    mUndoStack->push(cmd);
    return true;
}

bool ProjectDocument::importProposals(const QList<Proposal> &proposals, const QString &sourceName)
{
    if (proposals.isEmpty())
        return false;
    mUndoStack->push(new ImportProposals(this, proposals, sourceName));
    return true;
}

bool ProjectDocument::importAgreements(const QList<Agreement> &agreements, const QString &sourceName)
{
    if (agreements.isEmpty())
        return false;
    mUndoStack->push(new ImportAgreements(this, agreements, sourceName));
    return true;
}

Result<QUuid> ProjectDocument::saveOffer(const IncomingOffer &offer)
{
    for (const ValidationProblem &p : validateOffer(offer)) {
        if (p.severity == ValidationProblem::Severity::Error)
            return Error{p.message, p.field, 0};
    }
    if (offer.meta.id.isNull() || !this->offer(offer.meta.id)) {
        IncomingOffer fresh = offer;
        fresh.meta = RecordMeta();
        auto *cmd = new AddRecords<IncomingOffer>(this, {fresh}, Tr::tr("Catat penawaran masuk"));
        const QUuid id = cmd->records().constFirst().meta.id;
        mUndoStack->push(cmd);
        return id;
    }
    auto *cmd = new ChangeRecord<IncomingOffer>(this, offer, Tr::tr("Ubah penawaran masuk"));
    if (cmd->isObsolete()) {
        delete cmd;
        return offer.meta.id;
    }
    mUndoStack->push(cmd);
    return offer.meta.id;
}

Result<QUuid> ProjectDocument::acceptIncomingOffer(const QUuid &offerId)
{
    const IncomingOffer *current = offer(offerId);
    if (!current)
        return Error{Tr::tr("Penawaran tidak ditemukan."), {}, 0};
    IncomingOffer offer = *current;
    Result<Proposal> proposal = acceptOffer(offer, mProject, editorName());
    if (!proposal)
        return proposal.error();
    mUndoStack->beginMacro(Tr::tr("Terima penawaran \"%1\" menjadi usulan").arg(offer.title));
    auto *add = new AddRecords<Proposal>(this, {*proposal}, Tr::tr("Tambah usulan"));
    const QUuid id = add->records().constFirst().meta.id;
    mUndoStack->push(add);
    mUndoStack->push(new ChangeRecord<IncomingOffer>(this, offer, Tr::tr("Ubah penawaran masuk")));
    mUndoStack->endMacro();
    return id;
}

Status ProjectDocument::declineIncomingOffer(const QUuid &offerId, const QString &reason)
{
    const IncomingOffer *current = offer(offerId);
    if (!current)
        return Error{Tr::tr("Penawaran tidak ditemukan."), {}, 0};
    IncomingOffer offer = *current;
    if (Status s = declineOffer(offer, reason); !s)
        return s;
    mUndoStack->push(
        new ChangeRecord<IncomingOffer>(this, offer, Tr::tr("Tolak penawaran \"%1\"").arg(offer.title)));
    return Status::success();
}

bool ProjectDocument::removeOffers(const QList<QUuid> &ids)
{
    auto *cmd = new RemoveRecords<IncomingOffer>(this, ids, Tr::tr("Hapus penawaran masuk"));
    if (cmd->count() == 0) {
        delete cmd;
        return false;
    }
    mUndoStack->push(cmd);
    return true;
}

Result<QUuid> ProjectDocument::extendAgreement(const QUuid &agreementId)
{
    const Agreement *current = agreement(agreementId);
    if (!current || current->meta.deleted)
        return Error{Tr::tr("Kerja sama tidak ditemukan."), {}, 0};
    if (current->status == AgreementStatus::Dihentikan)
        return Error{Tr::tr("Kerja sama \"%1\" sudah dihentikan; buat kerja sama baru.").arg(current->title), {}, 0};
    Agreement next = extensionOf(*current, editorName());
    Agreement old = *current;
    old.status = AgreementStatus::Berakhir;
    mUndoStack->beginMacro(Tr::tr("Perpanjang kerja sama \"%1\"").arg(current->title));
    mUndoStack->push(new AddRecords<Agreement>(this, {next}, Tr::tr("Tambah kerja sama")));
    auto *end = new ChangeRecord<Agreement>(this, old, Tr::tr("Akhiri kerja sama lama"));
    if (end->isObsolete())
        delete end; // already berakhir
    else
        mUndoStack->push(end);
    mUndoStack->endMacro();
    return next.meta.id;
}

bool ProjectDocument::importOffers(const QList<IncomingOffer> &offers, const QString &sourceName)
{
    if (offers.isEmpty())
        return false;
    mUndoStack->push(new AddRecords<IncomingOffer>(
        this, offers, Tr::tr("Impor %n penawaran masuk dari %1", nullptr, int(offers.size())).arg(sourceName)));
    return true;
}

} // namespace ksd
