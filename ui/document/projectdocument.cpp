// SPDX-License-Identifier: Apache-2.0
#include "projectdocument.h"

#include "document/moveregionnodes.h"

#include "document/commands.h"
#include "merge/merge.h"
#include "store/documentdata.h"
#include "store/ksdstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

namespace ksd {

ProjectDocument::ProjectDocument(Project project, const QString &filePath, QObject *parent)
    : QObject(parent)
    , mProject(std::move(project))
    , mFilePath(filePath)
    , mDefaultEditor(fallbackEditorName())
    , mUndoStack(new QUndoStack(this))
{
    connect(mUndoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument() = default;

QString ProjectDocument::displayName() const
{
    if (!mFilePath.isEmpty())
        return QFileInfo(mFilePath).fileName();
    return mProject.title.isEmpty() ? QCoreApplication::translate("ksd::ProjectDocument", "Tanpa nama")
                                    : mProject.title;
}

bool ProjectDocument::isModified() const
{
    return !mUndoStack->isClean();
}

void ProjectDocument::markModified()
{
    const bool was = isModified();
    mUndoStack->resetClean();
    if (!was)
        emit modifiedChanged(true);
}

QString ProjectDocument::editorName() const
{
    if (mProject.copyInfo && !mProject.copyInfo->forPd.trimmed().isEmpty())
        return mProject.copyInfo->forPd;
    return mDefaultEditor.trimmed().isEmpty() ? fallbackEditorName() : mDefaultEditor.trimmed();
}

void ProjectDocument::stampEdit(RecordMeta &meta) const
{
    ksd::stampEdit(mProject, meta, editorName());
}

void ProjectDocument::setDefaultEditorName(const QString &name)
{
    mDefaultEditor = name;
}

QString ProjectDocument::fallbackEditorName()
{
    // A unit's name, stored in records: not translated.
    return QStringLiteral("Bagian Pemerintahan");
}

void ProjectDocument::setReadOnlyReason(const QString &reason)
{
    const bool was = isReadOnly();
    mReadOnlyReason = reason;
    if (was != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

Status ProjectDocument::save()
{
    if (mFilePath.isEmpty()) {
        return Error{QCoreApplication::translate("ksd::ProjectDocument", "Proyek ini belum pernah disimpan."), {},
                     0};
    }
    if (isReadOnly()) {
        return Error{QCoreApplication::translate("ksd::ProjectDocument",
                                                 "Proyek ini dibuka hanya-baca: simpan ke berkas lain dengan "
                                                 "\"Simpan sebagai\"."),
                     mFilePath, 0};
    }
    return saveAs(mFilePath);
}

Status ProjectDocument::saveAs(const QString &path)
{
    if (mSaving) {
        return Error{QCoreApplication::translate("ksd::ProjectDocument", "Proyek sedang disimpan."), mFilePath, 0};
    }
    const QDateTime previous = mProject.modified;
    mProject.modified = nowUtc();
    // A snapshot (implicitly shared, so nothing is copied) is what the writer writes, on whatever thread.
    const Project snapshot = mProject;
    const quint64 revision = mRevision;
    mSaving = true;
    emit savingChanged(true);
    Result<SaveInfo> st = mWriter ? mWriter(snapshot, path, mBaseline) : KsdStore::save(snapshot, path, mBaseline);
    mSaving = false;
    emit savingChanged(false);
    if (!st) {
        if (mRevision == revision)
            mProject.modified = previous;
        return st.error();
    }
    mLastSave = std::move(*st);
    mBaseline = std::move(mLastSave.baseline);
    mLastSave.baseline = {};
    // The scans now live in this file: the file they were read from may be moved or deleted (a Save As, a recovery).
    documentsNowIn(path);
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (abs != mFilePath) {
        mFilePath = abs;
        emit filePathChanged(mFilePath);
    }
    setReadOnlyReason({});
    // Clean only when the file holds what is in memory: a change that came in meanwhile stays to be saved.
    if (mRevision == revision)
        mUndoStack->setClean();
    emit saved();
    return Status::success();
}

// --- per-type plumbing ---------------------------------------------------------------------------------------

template<> QList<Entry> &ProjectDocument::list<Entry>() { return mProject.entries; }
template<> QList<Proposal> &ProjectDocument::list<Proposal>() { return mProject.proposals; }
template<> QList<Agreement> &ProjectDocument::list<Agreement>() { return mProject.agreements; }
template<> QList<MonevRecord> &ProjectDocument::list<MonevRecord>() { return mProject.monev; }
template<> QList<AttachedDocument> &ProjectDocument::list<AttachedDocument>() { return mProject.documents; }
template<> QList<IncomingOffer> &ProjectDocument::list<IncomingOffer>() { return mProject.offers; }
template<> const QList<IncomingOffer> &ProjectDocument::list<IncomingOffer>() const { return mProject.offers; }
template<> const QList<Entry> &ProjectDocument::list<Entry>() const { return mProject.entries; }
template<> const QList<Proposal> &ProjectDocument::list<Proposal>() const { return mProject.proposals; }
template<> const QList<Agreement> &ProjectDocument::list<Agreement>() const { return mProject.agreements; }
template<> const QList<MonevRecord> &ProjectDocument::list<MonevRecord>() const { return mProject.monev; }
template<> const QList<AttachedDocument> &ProjectDocument::list<AttachedDocument>() const
{
    return mProject.documents;
}

template<> QHash<QUuid, int> &ProjectDocument::index<Entry>() const { return mEntryIndex; }
template<> QHash<QUuid, int> &ProjectDocument::index<Proposal>() const { return mProposalIndex; }
template<> QHash<QUuid, int> &ProjectDocument::index<Agreement>() const { return mAgreementIndex; }
template<> QHash<QUuid, int> &ProjectDocument::index<MonevRecord>() const { return mMonevIndex; }
template<> QHash<QUuid, int> &ProjectDocument::index<AttachedDocument>() const { return mAttachmentIndex; }
template<> QHash<QUuid, int> &ProjectDocument::index<IncomingOffer>() const { return mOfferIndex; }

#define KSD_DOC_SIGNALS(Type, added, removed, changedSig)                                                          \
    template<> void ProjectDocument::emitAdded<Type>(const QList<QUuid> &ids) { emit added(ids); }                 \
    template<> void ProjectDocument::emitRemoved<Type>(const QList<QUuid> &ids) { emit removed(ids); }             \
    template<> void ProjectDocument::emitChanged<Type>(const QList<QUuid> &ids, int field)                         \
    {                                                                                                              \
        emit changedSig(ids, field);                                                                               \
    }
KSD_DOC_SIGNALS(Entry, entriesAdded, entriesRemoved, entriesChanged)
KSD_DOC_SIGNALS(Proposal, proposalsAdded, proposalsRemoved, proposalsChanged)
KSD_DOC_SIGNALS(Agreement, agreementsAdded, agreementsRemoved, agreementsChanged)
KSD_DOC_SIGNALS(MonevRecord, monevAdded, monevRemoved, monevChanged)
KSD_DOC_SIGNALS(AttachedDocument, attachmentsAdded, attachmentsRemoved, attachmentsChanged)
KSD_DOC_SIGNALS(IncomingOffer, offersAdded, offersRemoved, offersChanged)
#undef KSD_DOC_SIGNALS

void ProjectDocument::invalidateIndexes()
{
    mIndexValid = false;
}

namespace {
template<typename T>
void buildIndex(QHash<QUuid, int> &index, const QList<T> &records)
{
    index.clear();
    index.reserve(records.size());
    for (int i = 0; i < records.size(); ++i)
        index.insert(records[i].meta.id, i);
}
} // namespace

template<typename T>
const T *ProjectDocument::record(const QUuid &id) const
{
    if (!mIndexValid) {
        buildIndex(mEntryIndex, mProject.entries);
        buildIndex(mProposalIndex, mProject.proposals);
        buildIndex(mAgreementIndex, mProject.agreements);
        buildIndex(mMonevIndex, mProject.monev);
        buildIndex(mAttachmentIndex, mProject.documents);
        buildIndex(mOfferIndex, mProject.offers);
        mIndexValid = true;
    }
    const auto it = index<T>().constFind(id);
    return it == index<T>().constEnd() ? nullptr : &list<T>().at(*it);
}

template<typename T>
QList<QUuid> ProjectDocument::liveIds() const
{
    QList<QUuid> out;
    out.reserve(list<T>().size());
    for (const T &r : list<T>()) {
        if (!r.meta.deleted)
            out.append(r.meta.id);
    }
    return out;
}

const Entry *ProjectDocument::entry(const QUuid &id) const { return record<Entry>(id); }
const Proposal *ProjectDocument::proposal(const QUuid &id) const { return record<Proposal>(id); }
const Agreement *ProjectDocument::agreement(const QUuid &id) const { return record<Agreement>(id); }
const MonevRecord *ProjectDocument::monevRecord(const QUuid &id) const { return record<MonevRecord>(id); }
const AttachedDocument *ProjectDocument::attachment(const QUuid &id) const { return record<AttachedDocument>(id); }
const IncomingOffer *ProjectDocument::offer(const QUuid &id) const { return record<IncomingOffer>(id); }

bool ProjectDocument::inScope(const QString &regionCode) const
{
    return std::binary_search(mProject.scope.cbegin(), mProject.scope.cend(), regionCode);
}

void ProjectDocument::bump()
{
    ++mRevision;
    emit changed(mRevision);
}

template<typename T>
void ProjectDocument::insertRecords(const QList<T> &records)
{
    QList<T> &l = list<T>();
    QList<QUuid> live;
    for (const T &r : records) {
        l.append(r);
        if (!r.meta.deleted)
            live.append(r.meta.id);
    }
    invalidateIndexes();
    if (!live.isEmpty())
        emitAdded<T>(live);
    bump();
}

template<typename T>
void ProjectDocument::eraseRecords(const QList<QUuid> &ids)
{
    const QSet<QUuid> gone(ids.cbegin(), ids.cend());
    QList<QUuid> wereLive;
    QList<T> &l = list<T>();
    for (const T &r : std::as_const(l)) {
        if (gone.contains(r.meta.id) && !r.meta.deleted)
            wereLive.append(r.meta.id);
    }
    l.removeIf([&gone](const T &r) { return gone.contains(r.meta.id); });
    invalidateIndexes();
    if (!wereLive.isEmpty())
        emitRemoved<T>(wereLive);
    bump();
}

template<typename T>
void ProjectDocument::writeRecords(const QList<T> &records, int field)
{
    QList<QUuid> added, removed, changedIds;
    QList<T> &l = list<T>();
    for (const T &r : records) {
        if (!record<T>(r.meta.id))
            continue;
        T &target = l[index<T>().value(r.meta.id)];
        const bool wasLive = !target.meta.deleted;
        target = r;
        if (wasLive && r.meta.deleted)
            removed.append(r.meta.id);
        else if (!wasLive && !r.meta.deleted)
            added.append(r.meta.id);
        else if (!r.meta.deleted)
            changedIds.append(r.meta.id);
    }
    if (!removed.isEmpty())
        emitRemoved<T>(removed);
    if (!added.isEmpty())
        emitAdded<T>(added);
    if (!changedIds.isEmpty())
        emitChanged<T>(changedIds, field);
    bump();
}

void ProjectDocument::writeScope(const QStringList &scope)
{
    mProject.scope = scope;
    emit scopeChanged();
    bump();
}

void ProjectDocument::writeProjectInfo(const ProjectInfo &info)
{
    mProject.title = info.title;
    mProject.ownerRegion = info.ownerRegion;
    mProject.year = info.year;
    emit projectInfoChanged();
    bump();
}

void ProjectDocument::writeNodePositions(const QString &layout, const QList<NodePosition> &positions)
{
    mProject.positions.removeIf([&layout](const NodePosition &p) { return p.layout == layout; });
    mProject.positions.append(positions);
    emit nodePositionsChanged(layout);
    bump();
}

void ProjectDocument::swapProject(Project &project)
{
    std::swap(mProject, project);
    invalidateIndexes();
    emit projectReplaced();
    bump();
}

// --- editing convenience: one command each ---------------------------------------------------------------------

QUuid ProjectDocument::addEntry(const Entry &entry)
{
    auto *cmd = new AddEntry(this, entry);
    const QUuid id = cmd->records().constFirst().meta.id;
    mUndoStack->push(cmd);
    return id;
}

namespace {
template<typename Cmd>
bool pushIfUseful(QUndoStack *stack, Cmd *cmd, bool useful)
{
    if (!useful) {
        delete cmd;
        return false;
    }
    stack->push(cmd);
    return true;
}

/// Pushes a field change; an invalid value is refused (with editRefused() when the command says why), an
/// unchanged one accepted without an undo step.
template<typename Cmd>
bool pushChange(ProjectDocument *document, QUndoStack *stack, Cmd *cmd)
{
    const bool valid = cmd->isValid();
    if (!valid || cmd->isObsolete()) {
        const QString refusal = cmd->refusal();
        delete cmd;
        if (!refusal.isEmpty())
            emit document->editRefused(refusal);
        return valid;
    }
    stack->push(cmd);
    return true;
}
} // namespace

bool ProjectDocument::removeEntries(const QList<QUuid> &ids)
{
    auto *cmd = new RemoveEntries(this, ids);
    return pushIfUseful(mUndoStack, cmd, cmd->count() > 0);
}

bool ProjectDocument::changeEntryField(const QUuid &id, EntryField field, const QVariant &value)
{
    auto *cmd = new ChangeEntryField(this, id, field, value);
    return pushChange(this, mUndoStack, cmd);
}

QUuid ProjectDocument::addProposal(const Proposal &proposal)
{
    auto *cmd = new AddProposal(this, proposal);
    const QUuid id = cmd->records().constFirst().meta.id;
    mUndoStack->push(cmd);
    return id;
}

bool ProjectDocument::removeProposals(const QList<QUuid> &ids)
{
    auto *cmd = new RemoveProposals(this, ids);
    return pushIfUseful(mUndoStack, cmd, cmd->count() > 0);
}

bool ProjectDocument::changeProposalField(const QUuid &id, ProposalField field, const QVariant &value)
{
    auto *cmd = new ChangeProposalField(this, id, field, value);
    return pushChange(this, mUndoStack, cmd);
}

QUuid ProjectDocument::addAgreement(const Agreement &agreement)
{
    auto *cmd = new AddAgreement(this, agreement);
    const QUuid id = cmd->records().constFirst().meta.id;
    mUndoStack->push(cmd);
    return id;
}

bool ProjectDocument::removeAgreements(const QList<QUuid> &ids)
{
    auto *cmd = new RemoveAgreements(this, ids);
    return pushIfUseful(mUndoStack, cmd, cmd->count() > 0);
}

bool ProjectDocument::changeAgreementField(const QUuid &id, AgreementField field, const QVariant &value)
{
    auto *cmd = new ChangeAgreementField(this, id, field, value);
    return pushChange(this, mUndoStack, cmd);
}

bool ProjectDocument::addRegionsToScope(const QStringList &codes)
{
    auto *cmd = new AddRegionsToScope(this, codes);
    return pushIfUseful(mUndoStack, cmd, !cmd->isObsolete());
}

bool ProjectDocument::removeRegionsFromScope(const QStringList &codes)
{
    auto *cmd = new RemoveRegionsFromScope(this, codes);
    return pushIfUseful(mUndoStack, cmd, !cmd->isObsolete());
}

bool ProjectDocument::changeProjectInfo(const ProjectInfo &info)
{
    auto *cmd = new ChangeProjectInfo(this, info);
    return pushIfUseful(mUndoStack, cmd, !cmd->isObsolete());
}

bool ProjectDocument::importEntries(const QList<Entry> &entries, const QString &sourceName)
{
    if (entries.isEmpty())
        return false;
    mUndoStack->push(new ImportEntries(this, entries, sourceName));
    return true;
}

void ProjectDocument::moveNodes(const QString &layout, const QList<NodePosition> &after, const QStringList &moved,
                                int dragId)
{
    mUndoStack->push(new MoveRegionNodes(this, layout, after, moved, dragId));
}

void ProjectDocument::replaceProject(const Project &project, const QString &text)
{
    mUndoStack->push(new ReplaceProject(this, project, text));
}

#define KSD_DOC_INSTANTIATE(T)                                                                                     \
    template const T *ProjectDocument::record<T>(const QUuid &) const;                                             \
    template QList<QUuid> ProjectDocument::liveIds<T>() const;                                                     \
    template void ProjectDocument::insertRecords<T>(const QList<T> &);                                             \
    template void ProjectDocument::eraseRecords<T>(const QList<QUuid> &);                                          \
    template void ProjectDocument::writeRecords<T>(const QList<T> &, int);
KSD_DOC_INSTANTIATE(Entry)
KSD_DOC_INSTANTIATE(Proposal)
KSD_DOC_INSTANTIATE(Agreement)
KSD_DOC_INSTANTIATE(MonevRecord)
KSD_DOC_INSTANTIATE(AttachedDocument)
KSD_DOC_INSTANTIATE(IncomingOffer)
#undef KSD_DOC_INSTANTIATE

} // namespace ksd
