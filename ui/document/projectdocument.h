// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/recordfields.h"
#include "model/project.h"
#include "store/ksdstore.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <functional>

class QUndoStack;

namespace ksd {

struct AgreementChanges;
struct Suggestion;

/// Title, owner and year of a project: what ChangeProjectInfo edits.
struct ProjectInfo
{
    QString title;
    QString ownerRegion;
    int year = 0;
    bool operator==(const ProjectInfo &) const = default;
    static ProjectInfo of(const Project &p) { return {p.title, p.ownerRegion, p.year}; }
};

/// One open project: the Project in memory, its undo stack and its file (Tiled's MapDocument). Every change goes
/// through an undo command (document/commands.h); the commands call the low-level write functions below, which
/// emit the typed change signals that models and views listen to. Nothing else writes to the project.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(Project project, const QString &filePath = {}, QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return mProject; }
    QUndoStack *undoStack() const { return mUndoStack; }

    /// Absolute path of the .ksd file; empty for a project never saved.
    QString filePath() const { return mFilePath; }
    bool isUntitled() const { return mFilePath.isEmpty(); }
    /// "banjar.ksd", or the project title for an untitled project.
    QString displayName() const;
    /// True when there are changes since the last save (the undo stack is not at its clean index).
    bool isModified() const;
    /// Makes the document count as modified without an undo step (a project restored from a recovery copy).
    void markModified();

    /// Grows by one with every change (including undo and redo). Background results remember the revision they
    /// were computed from; a different revision means they are stale.
    quint64 revision() const { return mRevision; }

    /// Who edits are stamped with (RecordMeta::modifiedBy): the perangkat daerah of a copy sent out for filling
    /// in, otherwise the name set in Preferences.
    QString editorName() const;
    /// Stamps an edit through core/merge stampEdit(): modifiedBy = editorName(), modified = now, but always after
    /// a copy's base time, so that an edit on a PC whose clock runs behind still counts in the merge.
    void stampEdit(RecordMeta &meta) const;
    void setDefaultEditorName(const QString &name);
    static QString fallbackEditorName(); ///< "Bagian Pemerintahan"

    /// A read-only document is never written to its file: save() refuses and the user saves elsewhere (Save As).
    /// Edits stay possible in memory. The reason is translated ("Folder berkas ini tidak dapat ditulisi…").
    bool isReadOnly() const { return !mReadOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return mReadOnlyReason; }
    void setReadOnlyReason(const QString &reason);

    /// How save() and saveAs() write a snapshot of the project: KsdStore::save() on the calling thread unless set.
    /// DocumentManager sets one that runs it on a worker thread while the window waits with input blocked.
    using FileWriter =
        std::function<Result<SaveInfo>(const Project &snapshot, const QString &path, const SaveBaseline &baseline)>;
    void setFileWriter(FileWriter writer) { mWriter = std::move(writer); }
    /// The project as its file holds it (set from KsdStore's Loaded::baseline() when opened, replaced after every
    /// save): a save back to that file writes only what changed since. Empty for a new or recovered project.
    void setSaveBaseline(const SaveBaseline &baseline) { mBaseline = baseline; }
    const SaveBaseline &saveBaseline() const { return mBaseline; }
    /// How the last successful save wrote the file (in place or whole, and why).
    const SaveInfo &lastSaveInfo() const { return mLastSave; }
    /// True while save() or saveAs() is writing the file (savingChanged()).
    bool isSaving() const { return mSaving; }

    /// Writes the project to its file (atomically, through KsdStore) and marks the undo stack clean. Refused for a
    /// read-only document.
    Status save();
    /// Writes to @p path and, on success, makes it the document's file, no longer read-only.
    Status saveAs(const QString &path);

    // --- lookup (tombstoned records are found too; check meta.deleted) ---------------------------------------
    const Entry *entry(const QUuid &id) const;
    const Proposal *proposal(const QUuid &id) const;
    const Agreement *agreement(const QUuid &id) const;
    const MonevRecord *monevRecord(const QUuid &id) const;
    const AttachedDocument *attachment(const QUuid &id) const;
    const IncomingOffer *offer(const QUuid &id) const;
    template<typename T> const T *record(const QUuid &id) const;
    /// Ids of the live records of a type, in project order.
    template<typename T> QList<QUuid> liveIds() const;
    bool inScope(const QString &regionCode) const;

    // --- editing: each call pushes one undo command and returns false when nothing changed --------------------
    QUuid addEntry(const Entry &entry);
    bool removeEntries(const QList<QUuid> &ids);
    bool changeEntryField(const QUuid &id, EntryField field, const QVariant &value);
    QUuid addProposal(const Proposal &proposal);
    bool removeProposals(const QList<QUuid> &ids);
    bool changeProposalField(const QUuid &id, ProposalField field, const QVariant &value);
    QUuid addAgreement(const Agreement &agreement);
    bool removeAgreements(const QList<QUuid> &ids);
    bool changeAgreementField(const QUuid &id, AgreementField field, const QVariant &value);
    bool addRegionsToScope(const QStringList &codes);
    bool removeRegionsFromScope(const QStringList &codes);
    bool changeProjectInfo(const ProjectInfo &info);
    /// Imports @p entries as one undo step ("Impor N isian dari FILE").
    bool importEntries(const QList<Entry> &entries, const QString &sourceName);
    /// Replaces the whole project in one undo step (merges, batch operations).
    void replaceProject(const Project &project, const QString &text);
    /// Moves the nodes @p moved of @p layout to @p after; the steps of one drag (@p dragId) merge into one.
    void moveNodes(const QString &layout, const QList<NodePosition> &after, const QStringList &moved, int dragId);

    // --- register edits (projectdocument_register.cpp) -------------------------------------------------------
    /// "Jadikan usulan": the proposal made by proposalFromSuggestion() (core/register/promotion.h); its id.
    QUuid acceptSuggestion(const Suggestion &s);
    /// Adds (null or unknown id) or changes a proposal; returns its id, or a null id when nothing changed.
    QUuid saveProposal(const Proposal &proposal);
    /// The agreement editor's OK: the agreement and its monev records and attachments in one step; its id (null
    /// when nothing changed).
    QUuid saveAgreement(const AgreementChanges &changes);
    /// Moves an agreement to a later stage through core/register's stage rules, or returns the refusal without
    /// touching the undo stack.
    Status advanceAgreementStage(const QUuid &agreementId, Stage to, const QDate &date);
    /// Adds or changes one monev record (validated with validateMonev(); the first error is returned).
    Result<QUuid> saveMonevRecord(const MonevRecord &record);
    bool removeMonevRecords(const QList<QUuid> &ids);
    /// Reads @p path (refused past MaxAttachmentBytes before reading, naming the size and the limit) and attaches
    /// it to the agreement.
    Result<QUuid> attachFile(const QUuid &agreementId, const QString &path, const QString &kind);
    bool removeDocuments(const QList<QUuid> &ids);
    /// Imports proposals / legacy agreements from a CSV file as one undo step.
    bool importProposals(const QList<Proposal> &proposals, const QString &sourceName);
    bool importAgreements(const QList<Agreement> &agreements, const QString &sourceName);
    /// Imports incoming offers from a CSV file as one undo step.
    bool importOffers(const QList<IncomingOffer> &offers, const QString &sourceName);
    /// Adds (null or unknown id) or changes an incoming offer, validated with validateOffer() (the first error is
    /// returned).
    Result<QUuid> saveOffer(const IncomingOffer &offer);
    /// Accepts offer @p offerId into a new proposal (core/register acceptOffer) in one undo step; returns the
    /// proposal's id, or the refusal.
    Result<QUuid> acceptIncomingOffer(const QUuid &offerId);
    /// Declines offer @p offerId with @p reason (required) in one undo step.
    Status declineIncomingOffer(const QUuid &offerId, const QString &reason);
    bool removeOffers(const QList<QUuid> &ids);
    /// Extends agreement @p agreementId: adds extensionOf() (a linked agreement at the start of its procedure) and
    /// ends the old one (status berakhir), in one undo step. Returns the new agreement's id.
    Result<QUuid> extendAgreement(const QUuid &agreementId);

    // --- low-level writes: for undo commands only ------------------------------------------------------------
    /// Appends records (emits *Added for the live ones).
    template<typename T> void insertRecords(const QList<T> &records);
    /// Removes records from the lists entirely (undo of an add; deletions by the user are tombstones instead).
    template<typename T> void eraseRecords(const QList<QUuid> &ids);
    /// Overwrites records by id. Emits *Added / *Removed when a tombstone is cleared / set, *Changed otherwise;
    /// @p field is the field that changed (int of EntryField...) or -1 for several.
    template<typename T> void writeRecords(const QList<T> &records, int field = -1);
    void writeScope(const QStringList &scope);
    void writeProjectInfo(const ProjectInfo &info);
    void writeNodePositions(const QString &layout, const QList<NodePosition> &positions);
    /// Swaps in another project (ReplaceProject); @p project receives the old one.
    void swapProject(Project &project);

signals:
    void entriesAdded(const QList<QUuid> &ids);
    void entriesRemoved(const QList<QUuid> &ids);
    void entriesChanged(const QList<QUuid> &ids, int field);
    void proposalsAdded(const QList<QUuid> &ids);
    void proposalsRemoved(const QList<QUuid> &ids);
    void proposalsChanged(const QList<QUuid> &ids, int field);
    void agreementsAdded(const QList<QUuid> &ids);
    void agreementsRemoved(const QList<QUuid> &ids);
    void agreementsChanged(const QList<QUuid> &ids, int field);
    void monevAdded(const QList<QUuid> &ids);
    void monevRemoved(const QList<QUuid> &ids);
    void monevChanged(const QList<QUuid> &ids, int field);
    void attachmentsAdded(const QList<QUuid> &ids);
    void attachmentsRemoved(const QList<QUuid> &ids);
    void attachmentsChanged(const QList<QUuid> &ids, int field);
    void offersAdded(const QList<QUuid> &ids);
    void offersRemoved(const QList<QUuid> &ids);
    void offersChanged(const QList<QUuid> &ids, int field);
    void scopeChanged();
    void projectInfoChanged();
    void nodePositionsChanged(const QString &layout);
    /// Everything may have changed (merge, batch operation, undo of one): models reset.
    void projectReplaced();
    /// After any change of the project, with the new revision.
    void changed(quint64 revision);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);
    void saved();
    /// A save started (true) or ended (false).
    void savingChanged(bool saving);
    /// A field edit was refused, with the reason to show (a value over the field size limit, naming the field).
    void editRefused(const QString &message);

private:
    template<typename T> QList<T> &list();
    template<typename T> const QList<T> &list() const;
    template<typename T> QHash<QUuid, int> &index() const;
    template<typename T> void emitAdded(const QList<QUuid> &ids);
    template<typename T> void emitRemoved(const QList<QUuid> &ids);
    template<typename T> void emitChanged(const QList<QUuid> &ids, int field);
    void invalidateIndexes();
    void bump();

    Project mProject;
    QString mFilePath;
    QString mReadOnlyReason;
    QString mDefaultEditor;
    QUndoStack *mUndoStack = nullptr;
    quint64 mRevision = 0;
    FileWriter mWriter;
    SaveBaseline mBaseline;
    SaveInfo mLastSave;
    bool mSaving = false;
    // id -> position in the project's list, rebuilt lazily after structural changes
    mutable QHash<QUuid, int> mEntryIndex, mProposalIndex, mAgreementIndex, mMonevIndex, mAttachmentIndex, mOfferIndex;
    mutable bool mIndexValid = false;
};

} // namespace ksd
