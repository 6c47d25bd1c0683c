// SPDX-License-Identifier: Apache-2.0
#include "registercommands.h"

#include "register/archive.h"
#include "register/offers.h"
#include "register/terms.h"

#include "engine/engine.h"
#include "refdata/refdata.h"
#include "register/monev.h"
#include "register/promotion.h"
#include "register/screening.h"
#include "register/stages.h"
#include "register/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUndoStack>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context (the one of document/commands.cpp).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Commands)
};

QString shortTitle(const QString &title)
{
    const QString t = title.simplified();
    return t.size() > 40 ? t.left(39) + QChar(0x2026) : t;
}


template<typename T>
QList<QUuid> liveOf(ProjectDocument *document, const QList<QUuid> &ids)
{
    QList<QUuid> out;
    for (const QUuid &id : ids) {
        const T *r = document->record<T>(id);
        if (r && !r->meta.deleted && !out.contains(id))
            out.append(id);
    }
    return out;
}

} // namespace

// --- proposals --------------------------------------------------------------------------------------------------

AcceptSuggestion::AcceptSuggestion(ProjectDocument *document, const Proposal &proposal, QUndoCommand *parent)
    : AddRecords<Proposal>(document, {proposal}, Tr::tr("Jadikan usulan: %1").arg(shortTitle(proposal.title)), parent)
{
}

ChangeProposal::ChangeProposal(ProjectDocument *document, const Proposal &edited, QUndoCommand *parent)
    : ChangeRecord<Proposal>(document, edited, Tr::tr("Ubah usulan \"%1\"").arg(shortTitle(edited.title)), parent)
{
}

ImportProposals::ImportProposals(ProjectDocument *document, const QList<Proposal> &proposals,
                                 const QString &sourceName, QUndoCommand *parent)
    : AddRecords<Proposal>(document, proposals,
                           Tr::tr("Impor %n usulan dari %1", nullptr, int(proposals.size())).arg(sourceName), parent)
{
}

// --- agreements ---------------------------------------------------------------------------------------------------

ChangeAgreement::ChangeAgreement(ProjectDocument *document, const Agreement &edited, QUndoCommand *parent)
    : ChangeRecord<Agreement>(document, edited, Tr::tr("Ubah kerja sama \"%1\"").arg(shortTitle(edited.title)), parent)
{
}

PromoteProposalToAgreement::PromoteProposalToAgreement(ProjectDocument *document, const Agreement &agreement,
                                                       QUndoCommand *parent)
    : AddRecords<Agreement>(document, {agreement},
                            Tr::tr("Jadikan kerja sama: %1").arg(shortTitle(agreement.title)), parent)
{
}

AdvanceAgreementStage::AdvanceAgreementStage(ProjectDocument *document, const QUuid &agreementId, Stage to,
                                             const QDate &date, QUndoCommand *parent)
    : ChangeRecord<Agreement>(document, QString(), parent)
{
    const Agreement *current = document->agreement(agreementId);
    if (!current || current->meta.deleted) {
        mStatus = Error{Tr::tr("Kerja sama tidak ditemukan."), {}, 0};
        setObsolete(true);
        return;
    }
    mOld = *current;
    mNew = *current;
    mStatus = advanceStage(mNew, to, date, procedureContext(*current, document->project()));
    if (!mStatus) {
        setObsolete(true);
        return;
    }
    document->stampEdit(mNew.meta);
    mField = int(AgreementField::Stage);
    setText(Tr::tr("Naikkan tahap \"%1\" ke %2").arg(shortTitle(mOld.title), stageName(to)));
}

ImportAgreements::ImportAgreements(ProjectDocument *document, const QList<Agreement> &agreements,
                                   const QString &sourceName, QUndoCommand *parent)
    : AddRecords<Agreement>(document, agreements,
                            Tr::tr("Impor %n kerja sama dari %1", nullptr, int(agreements.size())).arg(sourceName),
                            parent)
{
}

// --- monev and attachments ----------------------------------------------------------------------------------------

AddMonevRecord::AddMonevRecord(ProjectDocument *document, const MonevRecord &record, QUndoCommand *parent)
    : AddRecords<MonevRecord>(document, {record}, Tr::tr("Tambah catatan monev"), parent)
{
}

ChangeMonevRecord::ChangeMonevRecord(ProjectDocument *document, const MonevRecord &edited, QUndoCommand *parent)
    : ChangeRecord<MonevRecord>(document, edited, Tr::tr("Ubah catatan monev"), parent)
{
}

RemoveMonevRecords::RemoveMonevRecords(ProjectDocument *document, const QList<QUuid> &ids, QUndoCommand *parent)
    : RemoveRecords<MonevRecord>(document, ids, {}, parent)
{
    setText(Tr::tr("Hapus %n catatan monev", nullptr, count()));
}

AttachDocument::AttachDocument(ProjectDocument *document, const AttachedDocument &attachment, QUndoCommand *parent)
    : AddRecords<AttachedDocument>(document, {attachment}, Tr::tr("Lampirkan %1").arg(attachment.fileName), parent)
{
}

RemoveDocuments::RemoveDocuments(ProjectDocument *document, const QList<QUuid> &ids, QUndoCommand *parent)
    : RemoveRecords<AttachedDocument>(document, ids, {}, parent)
{
    setText(Tr::tr("Hapus %n lampiran", nullptr, count()));
}

// --- SaveAgreement ----------------------------------------------------------------------------------------------

SaveAgreement::SaveAgreement(ProjectDocument *document, const AgreementChanges &c, QUndoCommand *parent)
    : QUndoCommand(parent)
{
    Agreement agreement = c.agreement;
    int parts = 0;
    switch (c.mode) {
    case AgreementChanges::Mode::New:
    case AgreementChanges::Mode::Promote: {
        if (agreement.meta.id.isNull())
            agreement.meta = RecordMeta::fresh(document->editorName());
        mAgreementId = agreement.meta.id;
        if (c.mode == AgreementChanges::Mode::Promote) {
            new PromoteProposalToAgreement(document, agreement, this);
            setText(Tr::tr("Jadikan kerja sama: %1").arg(shortTitle(agreement.title)));
        } else {
            new AddAgreement(document, agreement, this);
            setText(Tr::tr("Tambah kerja sama \"%1\"").arg(shortTitle(agreement.title)));
        }
        ++parts;
        break;
    }
    case AgreementChanges::Mode::Edit:
        mAgreementId = agreement.meta.id;
        setText(Tr::tr("Ubah kerja sama \"%1\"").arg(shortTitle(agreement.title)));
        if (wouldChange(document, agreement)) {
            new ChangeAgreement(document, agreement, this);
            ++parts;
        }
        break;
    }

    QList<AttachedDocument> added = c.addedDocuments;
    for (AttachedDocument &d : added)
        d.agreementId = mAgreementId;
    if (!added.isEmpty()) {
        new AddRecords<AttachedDocument>(document, added,
                                         Tr::tr("Lampirkan %n dokumen", nullptr, int(added.size())), this);
        ++parts;
    }
    for (const AttachedDocument &d : c.changedDocuments) {
        if (!c.removedDocuments.contains(d.meta.id) && wouldChange(document, d)) {
            new ChangeRecord<AttachedDocument>(document, d,
                                               Tr::tr("Ubah keterangan dokumen \"%1\"").arg(shortTitle(d.fileName)),
                                               this);
            ++parts;
        }
    }
    if (const QList<QUuid> gone = liveOf<AttachedDocument>(document, c.removedDocuments); !gone.isEmpty()) {
        new RemoveDocuments(document, gone, this);
        ++parts;
    }

    QList<MonevRecord> monev = c.addedMonev;
    for (MonevRecord &m : monev)
        m.agreementId = mAgreementId;
    if (!monev.isEmpty()) {
        new AddRecords<MonevRecord>(document, monev,
                                    Tr::tr("Tambah %n catatan monev", nullptr, int(monev.size())), this);
        ++parts;
    }
    for (const MonevRecord &m : c.changedMonev) {
        if (wouldChange(document, m)) {
            new ChangeMonevRecord(document, m, this);
            ++parts;
        }
    }
    if (const QList<QUuid> gone = liveOf<MonevRecord>(document, c.removedMonev); !gone.isEmpty()) {
        new RemoveMonevRecords(document, gone, this);
        ++parts;
    }
    setObsolete(parts == 0);
}

Result<AttachedDocument> readAttachment(const QUuid &agreementId, const QString &path, const QString &kind)
{
    return archiveFile(path, agreementId, kind, DocumentVersion::Unstated);
}

} // namespace ksd
