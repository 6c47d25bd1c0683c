// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/projectdocument.h"

#include <QUndoCommand>

namespace ksd {

/// Ids of all undo commands, in one place (QUndoCommand::id; mergeable commands need a unique one).
enum class CommandId {
    AddRecords = 1,
    RemoveRecords,
    ChangeRecord,
    ChangeEntryField,
    ChangeProposalField,
    ChangeAgreementField,
    AddRegionsToScope,
    RemoveRegionsFromScope,
    ChangeProjectInfo,
    ReplaceProject,
    // reserved for later contributors (network view, agreements, sharing)
    MoveRegionNodes = 100,
    ChangeMonevField,
    MergeCopies,
};

/// Adds new records (entries, proposals, agreements, monev records, attachments). Records without an id get a
/// fresh RecordMeta stamped with the document's editor. Undo removes them again.
template<typename T>
class AddRecords : public QUndoCommand
{
public:
    AddRecords(ProjectDocument *document, QList<T> records, const QString &text, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::AddRecords); }
    void redo() override;
    void undo() override;
    const QList<T> &records() const { return mRecords; }

private:
    ProjectDocument *mDocument;
    QList<T> mRecords;
};

/// Deletes records by leaving a tombstone (meta.deleted, stamped), so that merging copies never resurrects them.
/// Ids that are unknown or already deleted are ignored; with none left the command is obsolete.
template<typename T>
class RemoveRecords : public QUndoCommand
{
public:
    RemoveRecords(ProjectDocument *document, const QList<QUuid> &ids, const QString &text,
                  QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::RemoveRecords); }
    void redo() override;
    void undo() override;
    int count() const { return int(mOld.size()); }

private:
    ProjectDocument *mDocument;
    QList<T> mOld;
    QList<T> mNew;
};

/// Replaces one whole record with an edited copy (dialogs that edit many fields at once). Obsolete when the
/// content is unchanged.
template<typename T>
class ChangeRecord : public QUndoCommand
{
public:
    ChangeRecord(ProjectDocument *document, const T &edited, const QString &text, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::ChangeRecord); }
    void redo() override;
    void undo() override;

protected:
    ChangeRecord(ProjectDocument *document, const QString &text, QUndoCommand *parent);
    ProjectDocument *mDocument;
    T mOld;
    T mNew;
    int mField = -1;
};

/// Sets one field of a record through its FieldSpec. Invalid values make the command invalid (isValid()) and
/// obsolete; consecutive changes of the same field of the same record merge into one step.
template<typename T, typename Field, CommandId Id>
class ChangeRecordField : public ChangeRecord<T>
{
public:
    ChangeRecordField(ProjectDocument *document, const QUuid &recordId, Field field, const QVariant &value,
                      QUndoCommand *parent = nullptr);
    int id() const override { return int(Id); }
    bool mergeWith(const QUndoCommand *other) override;
    /// False when the record is unknown or the value is not acceptable for the field.
    bool isValid() const { return mValid; }
    /// Why the value was refused, when the message says more than "not acceptable" (a value over the field size
    /// limit, checkFieldSize()); empty otherwise.
    QString refusal() const { return mRefusal; }
    Field field() const { return Field(this->mField); }

private:
    bool mValid = false;
    QString mRefusal;
};

// --- the named commands ---------------------------------------------------------------------------------------
// Entries, proposals and agreements each have their own verb-noun undo texts ("Tambah isian", "Hapus %n usulan",
// "Ubah kerja sama: Judul"); the commands themselves are the generic ones above.

/// Adds one record with its type's undo text.
template<typename T>
class AddRecord : public AddRecords<T>
{
public:
    AddRecord(ProjectDocument *document, const T &record, QUndoCommand *parent = nullptr);
};

/// Deletes records (tombstones) with its type's undo text, counted.
template<typename T>
class RemoveRecordsOfType : public RemoveRecords<T>
{
public:
    RemoveRecordsOfType(ProjectDocument *document, const QList<QUuid> &ids, QUndoCommand *parent = nullptr);
};

using AddEntry = AddRecord<Entry>;
using RemoveEntries = RemoveRecordsOfType<Entry>;
using ChangeEntryField = ChangeRecordField<Entry, EntryField, CommandId::ChangeEntryField>;

/// Imports many entries as one undo step.
class ImportEntries : public AddRecords<Entry>
{
public:
    ImportEntries(ProjectDocument *document, const QList<Entry> &entries, const QString &sourceName,
                  QUndoCommand *parent = nullptr);
};

using AddProposal = AddRecord<Proposal>;
using RemoveProposals = RemoveRecordsOfType<Proposal>;
using ChangeProposalField = ChangeRecordField<Proposal, ProposalField, CommandId::ChangeProposalField>;

using AddAgreement = AddRecord<Agreement>;
using RemoveAgreements = RemoveRecordsOfType<Agreement>;
using ChangeAgreementField = ChangeRecordField<Agreement, AgreementField, CommandId::ChangeAgreementField>;

/// Replaces the project's scope (the list of region codes) with a new list; undo restores the old one.
class ChangeScope : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

protected:
    ChangeScope(ProjectDocument *document, QUndoCommand *parent);
    ProjectDocument *mDocument;
    QStringList mOld;
    QStringList mNew; ///< starts as a copy of mOld for the subclass to edit
};

/// Adds regions to the project's scope (unknown codes and codes already in scope are skipped).
class AddRegionsToScope : public ChangeScope
{
public:
    AddRegionsToScope(ProjectDocument *document, const QStringList &codes, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::AddRegionsToScope); }
};

/// Removes regions from the scope. Their entries stay; the owner region cannot be removed.
class RemoveRegionsFromScope : public ChangeScope
{
public:
    RemoveRegionsFromScope(ProjectDocument *document, const QStringList &codes, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::RemoveRegionsFromScope); }
};

/// Changes the title, owner region and year of the project. A new owner region joins the scope.
class ChangeProjectInfo : public QUndoCommand
{
public:
    ChangeProjectInfo(ProjectDocument *document, const ProjectInfo &info, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::ChangeProjectInfo); }
    void redo() override;
    void undo() override;

private:
    ProjectDocument *mDocument;
    ProjectInfo mOld;
    ProjectInfo mNew;
    QStringList mOldScope;
    QStringList mNewScope;
};

/// Replaces the whole project (merge of copies, batch operations) in one step.
class ReplaceProject : public QUndoCommand
{
public:
    ReplaceProject(ProjectDocument *document, const Project &project, const QString &text,
                   QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::ReplaceProject); }
    void redo() override;
    void undo() override;

private:
    void swap();
    ProjectDocument *mDocument;
    Project mOther;
};

extern template class AddRecords<Entry>;
extern template class AddRecords<Proposal>;
extern template class AddRecords<Agreement>;
extern template class AddRecords<MonevRecord>;
extern template class AddRecords<AttachedDocument>;
extern template class AddRecords<IncomingOffer>;
extern template class RemoveRecords<Entry>;
extern template class RemoveRecords<Proposal>;
extern template class RemoveRecords<Agreement>;
extern template class RemoveRecords<MonevRecord>;
extern template class RemoveRecords<AttachedDocument>;
extern template class RemoveRecords<IncomingOffer>;
extern template class ChangeRecord<Entry>;
extern template class ChangeRecord<Proposal>;
extern template class ChangeRecord<Agreement>;
extern template class ChangeRecord<MonevRecord>;
extern template class ChangeRecord<AttachedDocument>;
extern template class ChangeRecord<IncomingOffer>;
extern template class ChangeRecordField<Entry, EntryField, CommandId::ChangeEntryField>;
extern template class ChangeRecordField<Proposal, ProposalField, CommandId::ChangeProposalField>;
extern template class ChangeRecordField<Agreement, AgreementField, CommandId::ChangeAgreementField>;
extern template class AddRecord<Entry>;
extern template class AddRecord<Proposal>;
extern template class AddRecord<Agreement>;
extern template class RemoveRecordsOfType<Entry>;
extern template class RemoveRecordsOfType<Proposal>;
extern template class RemoveRecordsOfType<Agreement>;

} // namespace ksd
