// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "refdata/refdata.h"
#include "register/stages.h"

#include <QCoreApplication>

#include <algorithm>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Commands)
};

} // namespace

// --- AddRecords -------------------------------------------------------------------------------------------------

template<typename T>
AddRecords<T>::AddRecords(ProjectDocument *document, QList<T> records, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
    , mRecords(std::move(records))
{
    const QString by = mDocument->editorName();
    for (T &r : mRecords) {
        if (r.meta.id.isNull())
            r.meta = RecordMeta::fresh(by);
    }
    setObsolete(mRecords.isEmpty());
}

template<typename T>
void AddRecords<T>::redo()
{
    mDocument->insertRecords(mRecords);
}

template<typename T>
void AddRecords<T>::undo()
{
    QList<QUuid> ids;
    ids.reserve(mRecords.size());
    for (const T &r : std::as_const(mRecords))
        ids.append(r.meta.id);
    mDocument->eraseRecords<T>(ids);
}

// --- RemoveRecords ----------------------------------------------------------------------------------------------

template<typename T>
RemoveRecords<T>::RemoveRecords(ProjectDocument *document, const QList<QUuid> &ids, const QString &text,
                                QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
{
    QSet<QUuid> seen;
    for (const QUuid &id : ids) {
        const T *r = mDocument->record<T>(id);
        if (!r || r->meta.deleted || seen.contains(id))
            continue;
        seen.insert(id);
        mOld.append(*r);
        T tomb = *r;
        tomb.meta.deleted = true;
        mDocument->stampEdit(tomb.meta);
        mNew.append(tomb);
    }
    setObsolete(mOld.isEmpty());
}

template<typename T>
void RemoveRecords<T>::redo()
{
    mDocument->writeRecords(mNew);
}

template<typename T>
void RemoveRecords<T>::undo()
{
    mDocument->writeRecords(mOld);
}

// --- ChangeRecord -----------------------------------------------------------------------------------------------

template<typename T>
ChangeRecord<T>::ChangeRecord(ProjectDocument *document, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
{
}

template<typename T>
ChangeRecord<T>::ChangeRecord(ProjectDocument *document, const T &edited, const QString &text,
                              QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
{
    const T *current = mDocument->record<T>(edited.meta.id);
    if (!current || sameContent(*current, edited)) {
        setObsolete(true);
        return;
    }
    mOld = *current;
    mNew = edited;
    mNew.meta = mOld.meta;
    mDocument->stampEdit(mNew.meta);
}

template<typename T>
void ChangeRecord<T>::redo()
{
    mDocument->writeRecords(QList<T>{mNew}, mField);
}

template<typename T>
void ChangeRecord<T>::undo()
{
    mDocument->writeRecords(QList<T>{mOld}, mField);
}

// --- undo texts -------------------------------------------------------------------------------------------------

namespace {

/// The verb-noun undo texts of the record types with named commands.
template<typename T>
struct Texts;

template<>
struct Texts<Entry>
{
    static QString add() { return Tr::tr("Tambah isian"); }
    static QString remove(int n) { return Tr::tr("Hapus %n isian", nullptr, n); }
    static QString change(const QString &label) { return Tr::tr("Ubah isian: %1").arg(label); }
};

template<>
struct Texts<Proposal>
{
    static QString add() { return Tr::tr("Tambah usulan"); }
    static QString remove(int n) { return Tr::tr("Hapus %n usulan", nullptr, n); }
    static QString change(const QString &label) { return Tr::tr("Ubah usulan: %1").arg(label); }
};

template<>
struct Texts<Agreement>
{
    static QString add() { return Tr::tr("Tambah kerja sama"); }
    static QString remove(int n) { return Tr::tr("Hapus %n kerja sama", nullptr, n); }
    static QString change(const QString &label) { return Tr::tr("Ubah kerja sama: %1").arg(label); }
};

} // namespace

// --- ChangeRecordField ------------------------------------------------------------------------------------------

template<typename T, typename Field, CommandId Id>
ChangeRecordField<T, Field, Id>::ChangeRecordField(ProjectDocument *document, const QUuid &recordId, Field field,
                                                   const QVariant &value, QUndoCommand *parent)
    : ChangeRecord<T>(document, Texts<T>::change(fieldLabel(field)), parent)
{
    this->mField = int(field);
    const T *current = document->record<T>(recordId);
    const auto &spec = fieldSpec(field);
    if (!current || current->meta.deleted || !spec.set) {
        this->setObsolete(true);
        return;
    }
    if (const Status fits = checkFieldSize(fieldLabel(field), value); !fits) {
        mRefusal = fits.error().message;
        this->setObsolete(true);
        return;
    }
    this->mOld = *current;
    this->mNew = *current;
    mValid = spec.set(this->mNew, value);
    if constexpr (std::is_same_v<T, Agreement>) {
        // A stage, document type or category edited in a table: the stage must stay a step of the document's own
        // procedure (one that was outside it already, from an old file, is left for the review note).
        const bool wasInside = procedureFor(this->mOld).position(this->mOld.stage) >= 0;
        const Status inside = checkStageInProcedure(this->mNew, this->mNew.stage);
        if (mValid && !inside && (wasInside || this->mNew.stage != this->mOld.stage)) {
            mRefusal = inside.error().message;
            mValid = false;
        }
    }
    if (!mValid || sameContent(this->mOld, this->mNew)) {
        this->setObsolete(true);
        return;
    }
    document->stampEdit(this->mNew.meta);
}

template<typename T, typename Field, CommandId Id>
bool ChangeRecordField<T, Field, Id>::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeRecordField *>(other);
    if (o->mField != this->mField || o->mNew.meta.id != this->mNew.meta.id || o->mDocument != this->mDocument)
        return false;
    this->mNew = o->mNew;
    this->setObsolete(sameContent(this->mOld, this->mNew));
    return true;
}

// --- named record commands --------------------------------------------------------------------------------------

template<typename T>
AddRecord<T>::AddRecord(ProjectDocument *document, const T &record, QUndoCommand *parent)
    : AddRecords<T>(document, {record}, Texts<T>::add(), parent)
{
}

template<typename T>
RemoveRecordsOfType<T>::RemoveRecordsOfType(ProjectDocument *document, const QList<QUuid> &ids, QUndoCommand *parent)
    : RemoveRecords<T>(document, ids, {}, parent)
{
    this->setText(Texts<T>::remove(this->count()));
}

ImportEntries::ImportEntries(ProjectDocument *document, const QList<Entry> &entries, const QString &sourceName,
                             QUndoCommand *parent)
    : AddRecords<Entry>(document, entries,
                        Tr::tr("Impor %n isian dari %1", nullptr, int(entries.size())).arg(sourceName), parent)
{
}

// --- scope ------------------------------------------------------------------------------------------------------

ChangeScope::ChangeScope(ProjectDocument *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , mDocument(document)
    , mOld(document->project().scope)
    , mNew(mOld)
{
}

void ChangeScope::redo()
{
    mDocument->writeScope(mNew);
}

void ChangeScope::undo()
{
    mDocument->writeScope(mOld);
}

AddRegionsToScope::AddRegionsToScope(ProjectDocument *document, const QStringList &codes, QUndoCommand *parent)
    : ChangeScope(document, parent)
{
    int added = 0;
    for (const QString &c : codes) {
        if (RefData::instance().region(c) && !mNew.contains(c)) {
            mNew.append(c);
            ++added;
        }
    }
    std::sort(mNew.begin(), mNew.end());
    setText(Tr::tr("Tambah %n wilayah ke cakupan", nullptr, added));
    setObsolete(added == 0);
}

RemoveRegionsFromScope::RemoveRegionsFromScope(ProjectDocument *document, const QStringList &codes,
                                               QUndoCommand *parent)
    : ChangeScope(document, parent)
{
    const QString owner = document->project().ownerRegion;
    int removed = 0;
    for (const QString &c : codes) {
        if (c != owner && mNew.removeAll(c) > 0)
            ++removed;
    }
    setText(Tr::tr("Keluarkan %n wilayah dari cakupan", nullptr, removed));
    setObsolete(removed == 0);
}

// --- project ----------------------------------------------------------------------------------------------------

ChangeProjectInfo::ChangeProjectInfo(ProjectDocument *document, const ProjectInfo &info, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Ubah data proyek"), parent)
    , mDocument(document)
    , mOld(ProjectInfo::of(document->project()))
    , mNew(info)
    , mOldScope(document->project().scope)
    , mNewScope(mOldScope)
{
    mNew.title = mNew.title.trimmed();
    if (!RefData::instance().region(mNew.ownerRegion))
        mNew.ownerRegion = mOld.ownerRegion;
    if (!mNewScope.contains(mNew.ownerRegion)) {
        mNewScope.append(mNew.ownerRegion);
        std::sort(mNewScope.begin(), mNewScope.end());
    }
    setObsolete(mOld == mNew);
}

void ChangeProjectInfo::redo()
{
    mDocument->writeProjectInfo(mNew);
    if (mNewScope != mOldScope)
        mDocument->writeScope(mNewScope);
}

void ChangeProjectInfo::undo()
{
    if (mNewScope != mOldScope)
        mDocument->writeScope(mOldScope);
    mDocument->writeProjectInfo(mOld);
}

ReplaceProject::ReplaceProject(ProjectDocument *document, const Project &project, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
    , mOther(project)
{
    setObsolete(project == document->project());
}

void ReplaceProject::swap()
{
    mDocument->swapProject(mOther);
}

void ReplaceProject::redo()
{
    swap();
}

void ReplaceProject::undo()
{
    swap();
}

template class AddRecords<Entry>;
template class AddRecords<Proposal>;
template class AddRecords<Agreement>;
template class AddRecords<MonevRecord>;
template class AddRecords<AttachedDocument>;
template class AddRecords<IncomingOffer>;
template class RemoveRecords<Entry>;
template class RemoveRecords<Proposal>;
template class RemoveRecords<Agreement>;
template class RemoveRecords<MonevRecord>;
template class RemoveRecords<AttachedDocument>;
template class RemoveRecords<IncomingOffer>;
template class ChangeRecord<Entry>;
template class ChangeRecord<Proposal>;
template class ChangeRecord<Agreement>;
template class ChangeRecord<MonevRecord>;
template class ChangeRecord<AttachedDocument>;
template class ChangeRecord<IncomingOffer>;
template class ChangeRecordField<Entry, EntryField, CommandId::ChangeEntryField>;
template class ChangeRecordField<Proposal, ProposalField, CommandId::ChangeProposalField>;
template class ChangeRecordField<Agreement, AgreementField, CommandId::ChangeAgreementField>;
template class AddRecord<Entry>;
template class AddRecord<Proposal>;
template class AddRecord<Agreement>;
template class RemoveRecordsOfType<Entry>;
template class RemoveRecordsOfType<Proposal>;
template class RemoveRecordsOfType<Agreement>;

} // namespace ksd
