// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/commands.h"
#include "register/screening.h"
#include "register/promotion.h"
#include "util/result.h"

#include <QUndoCommand>

namespace ksd {

/// True when ChangeRecord<T> for @p edited would change something (it is obsolete otherwise, and an obsolete
/// child of a macro would still be redone by QUndoCommand::redo()).
template<typename T>
bool wouldChange(const ProjectDocument *document, const T &edited)
{
    const T *current = document->record<T>(edited.meta.id);
    return current && !sameContent(*current, edited);
}

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
    QList<AttachedDocument> changedDocuments; ///< stored ones whose version, holder or location was edited
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

/// Reads a file into an AttachedDocument for @p agreementId, refused past MaxAttachmentBytes (before reading) or
/// when it cannot be read. The MIME type comes from the file's name and contents.
Result<AttachedDocument> readAttachment(const QUuid &agreementId, const QString &path, const QString &kind);

} // namespace ksd
