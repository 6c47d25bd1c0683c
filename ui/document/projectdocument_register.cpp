// SPDX-License-Identifier: Apache-2.0
// ProjectDocument's register edits: proposals, agreements, stages, monev records, attachments and imports. Each
// is one undo command of document/commands.h or document/registercommands.h, pushed here and nowhere else.
#include "projectdocument.h"

#include "document/registercommands.h"
#include "register/monev.h"
#include "register/promotion.h"

#include <QUndoStack>

namespace ksd {

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

} // namespace ksd
