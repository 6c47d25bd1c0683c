// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/commands.h"
#include "register/screening.h"
#include "register/promotion.h"
#include "util/result.h"

#include <QUndoCommand>

namespace ksd {

struct Suggestion;

// --- proposals --------------------------------------------------------------------------------------------------

/// A proposal made from a suggestion of the engine ("Jadikan usulan"): keeps Proposal::suggestionKey.
class AcceptSuggestion : public AddRecords<Proposal>
{
public:
    AcceptSuggestion(ProjectDocument *document, const Proposal &proposal, QUndoCommand *parent = nullptr);
};

/// Replaces a proposal with the copy edited in the proposal editor (one step for all its fields).
class ChangeProposal : public ChangeRecord<Proposal>
{
public:
    ChangeProposal(ProjectDocument *document, const Proposal &edited, QUndoCommand *parent = nullptr);
};

/// Imports proposals from a CSV file as one undo step.
class ImportProposals : public AddRecords<Proposal>
{
public:
    ImportProposals(ProjectDocument *document, const QList<Proposal> &proposals, const QString &sourceName,
                    QUndoCommand *parent = nullptr);
};

// --- agreements ---------------------------------------------------------------------------------------------------

/// Replaces an agreement with the copy edited in the agreement editor.
class ChangeAgreement : public ChangeRecord<Agreement>
{
public:
    ChangeAgreement(ProjectDocument *document, const Agreement &edited, QUndoCommand *parent = nullptr);
};

/// "Jadikan kerja sama": adds the agreement made from a proposal (Agreement::proposalId keeps the link).
class PromoteProposalToAgreement : public AddRecords<Agreement>
{
public:
    PromoteProposalToAgreement(ProjectDocument *document, const Agreement &agreement,
                               QUndoCommand *parent = nullptr);
};

/// Moves an agreement to a later stage through core/register's stage rules (advanceStage). A refused move makes
/// the command obsolete, and refusal() holds the translated reason to show.
class AdvanceAgreementStage : public ChangeRecord<Agreement>
{
public:
    AdvanceAgreementStage(ProjectDocument *document, const QUuid &agreementId, Stage to, const QDate &date,
                          QUndoCommand *parent = nullptr);
    int id() const override { return -1; } // never merges: each stage reached is its own step
    bool isRefused() const { return !mStatus.ok(); }
    const Status &refusal() const { return mStatus; }

private:
    Status mStatus;
};

/// Imports legacy agreements from a CSV file as one undo step.
class ImportAgreements : public AddRecords<Agreement>
{
public:
    ImportAgreements(ProjectDocument *document, const QList<Agreement> &agreements, const QString &sourceName,
                     QUndoCommand *parent = nullptr);
};

// --- monev records and attachments -----------------------------------------------------------------------------

class AddMonevRecord : public AddRecords<MonevRecord>
{
public:
    AddMonevRecord(ProjectDocument *document, const MonevRecord &record, QUndoCommand *parent = nullptr);
};

class ChangeMonevRecord : public ChangeRecord<MonevRecord>
{
public:
    ChangeMonevRecord(ProjectDocument *document, const MonevRecord &edited, QUndoCommand *parent = nullptr);
};

class RemoveMonevRecords : public RemoveRecords<MonevRecord>
{
public:
    RemoveMonevRecords(ProjectDocument *document, const QList<QUuid> &ids, QUndoCommand *parent = nullptr);
};

/// Keeps a document file inside the .ksd. The caller checks the size first (checkAttachment()).
class AttachDocument : public AddRecords<AttachedDocument>
{
public:
    AttachDocument(ProjectDocument *document, const AttachedDocument &attachment, QUndoCommand *parent = nullptr);
};

class RemoveDocuments : public RemoveRecords<AttachedDocument>
{
public:
    RemoveDocuments(ProjectDocument *document, const QList<QUuid> &ids, QUndoCommand *parent = nullptr);
};

// --- the agreement editor's save ---------------------------------------------------------------------------------

/// Everything the agreement editor changes when the planner presses OK: the agreement itself and the records
/// that hang off it. Monev records and attachments edited in the dialog are kept here until then, so that
/// Cancel leaves the project untouched and OK is a single undo step.
struct AgreementChanges
{
    enum class Mode { Edit, New, Promote };
    Mode mode = Mode::Edit;
    Agreement agreement;
    QList<AttachedDocument> addedDocuments;
    QList<QUuid> removedDocuments;
    QList<MonevRecord> addedMonev;
    QList<MonevRecord> changedMonev;
    QList<QUuid> removedMonev;
};

/// One undo step for an AgreementChanges: the agreement (added, promoted or changed) and its attachments and
/// monev records. Parts that change nothing are left out; with nothing left the command is obsolete.
class SaveAgreement : public QUndoCommand
{
public:
    SaveAgreement(ProjectDocument *document, const AgreementChanges &changes, QUndoCommand *parent = nullptr);
    /// The id of the saved agreement (fresh for a new one).
    QUuid agreementId() const { return mAgreementId; }

private:
    QUuid mAgreementId;
};

// --- convenience: each pushes one command and says what happened -------------------------------------------------

/// Pushes AcceptSuggestion with proposalFromSuggestion() (core/register/promotion.h); returns the new proposal's id.
QUuid acceptSuggestion(ProjectDocument *document, const Suggestion &s);
/// Adds (null id) or changes a proposal; returns its id, or a null id when nothing changed.
QUuid saveProposal(ProjectDocument *document, const Proposal &proposal);
/// Pushes SaveAgreement; returns the agreement's id (null when nothing changed).
QUuid saveAgreement(ProjectDocument *document, const AgreementChanges &changes);
/// Pushes AdvanceAgreementStage, or returns the refusal without touching the stack.
Status advanceAgreementStage(ProjectDocument *document, const QUuid &agreementId, Stage to, const QDate &date);
/// Adds or changes one monev record (validated with validateMonev(); the first error is returned).
Result<QUuid> saveMonevRecord(ProjectDocument *document, const MonevRecord &record);
bool removeMonevRecords(ProjectDocument *document, const QList<QUuid> &ids);
/// Reads @p path (refused past MaxAttachmentBytes before reading, naming the size and the limit) and attaches it.
Result<QUuid> attachFile(ProjectDocument *document, const QUuid &agreementId, const QString &path,
                         const QString &kind);
bool removeDocuments(ProjectDocument *document, const QList<QUuid> &ids);

/// Adds (null id) or changes an incoming offer, validated with validateOffer() (the first error is returned).
Result<QUuid> saveOffer(ProjectDocument *document, const IncomingOffer &offer);
/// Accepts offer @p offerId into a new proposal (core/register acceptOffer) in one undo step; returns the
/// proposal's id, or the refusal.
Result<QUuid> acceptIncomingOffer(ProjectDocument *document, const QUuid &offerId);
/// Declines offer @p offerId with @p reason (required) in one undo step.
Status declineIncomingOffer(ProjectDocument *document, const QUuid &offerId, const QString &reason);
bool removeOffers(ProjectDocument *document, const QList<QUuid> &ids);
/// Extends agreement @p agreementId: adds extensionOf() (a linked agreement at the start of its procedure) and ends
/// the old one (status berakhir), in one undo step. Returns the new agreement's id.
Result<QUuid> extendAgreement(ProjectDocument *document, const QUuid &agreementId);

/// Reads a file into an AttachedDocument for @p agreementId, refused past MaxAttachmentBytes (before reading) or
/// when it cannot be read. The MIME type comes from the file's name and contents.
Result<AttachedDocument> readAttachment(const QUuid &agreementId, const QString &path, const QString &kind);

} // namespace ksd
