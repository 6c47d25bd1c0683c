// SPDX-License-Identifier: Apache-2.0
#include "propertiesmodel.h"

#include "util/format.h"

#include "document/projectdocument.h"
#include "models/itemroles.h"

#include <QFont>
#include <QLocale>

namespace ksd {

PropertiesModel::PropertiesModel(QObject *parent) : QAbstractTableModel(parent) {}

void PropertiesModel::setDocument(ProjectDocument *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (mDocument) {
        connect(mDocument, &ProjectDocument::entriesChanged, this, &PropertiesModel::onChanged);
        connect(mDocument, &ProjectDocument::proposalsChanged, this, &PropertiesModel::onChanged);
        connect(mDocument, &ProjectDocument::agreementsChanged, this, &PropertiesModel::onChanged);
        connect(mDocument, &ProjectDocument::entriesRemoved, this, &PropertiesModel::onRemoved);
        connect(mDocument, &ProjectDocument::proposalsRemoved, this, &PropertiesModel::onRemoved);
        connect(mDocument, &ProjectDocument::agreementsRemoved, this, &PropertiesModel::onRemoved);
        connect(mDocument, &ProjectDocument::scopeChanged, this, [this] { onChanged({mId}); });
        connect(mDocument, &ProjectDocument::projectReplaced, this, [this] {
            if (!meta() || meta()->deleted)
                setRecord(RecordType::None, {});
            else
                onChanged({mId});
        });
        connect(mDocument, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    setRecord(RecordType::None, {});
}

void PropertiesModel::setRecord(RecordType type, const QUuid &id)
{
    if (type == mType && id == mId)
        return;
    beginResetModel();
    mType = type;
    mId = id;
    if (!meta() || meta()->deleted) {
        mType = RecordType::None;
        mId = QUuid();
    }
    endResetModel();
    emit recordChanged();
}

const RecordMeta *PropertiesModel::meta() const
{
    if (!mDocument)
        return nullptr;
    switch (mType) {
    case RecordType::Entry: {
        const Entry *e = mDocument->entry(mId);
        return e ? &e->meta : nullptr;
    }
    case RecordType::Proposal: {
        const Proposal *p = mDocument->proposal(mId);
        return p ? &p->meta : nullptr;
    }
    case RecordType::Agreement: {
        const Agreement *a = mDocument->agreement(mId);
        return a ? &a->meta : nullptr;
    }
    default: return nullptr;
    }
}

QString PropertiesModel::heading() const
{
    if (!meta())
        return {};
    switch (mType) {
    case RecordType::Entry: {
        const Entry *e = mDocument->entry(mId);
        return QStringLiteral("%1: %2").arg(entryKindName(e->kind), e->title);
    }
    case RecordType::Proposal: return tr("Usulan: %1").arg(mDocument->proposal(mId)->title);
    case RecordType::Agreement: {
        const Agreement *a = mDocument->agreement(mId);
        return QStringLiteral("%1: %2").arg(docTypeName(a->docType), a->title);
    }
    default: return {};
    }
}

QString PropertiesModel::metaText() const
{
    const RecordMeta *m = meta();
    if (!m)
        return {};
    const QString modified = shortDateTime(m->modified);
    return m->modifiedBy.isEmpty() ? tr("Diubah %1").arg(modified)
                                   : tr("Diubah %1 oleh %2").arg(modified, m->modifiedBy);
}

int PropertiesModel::fieldCount() const
{
    switch (mType) {
    case RecordType::Entry: return int(EntryField::Count);
    case RecordType::Proposal: return int(ProposalField::Count);
    case RecordType::Agreement: return int(AgreementField::Count);
    default: return 0;
    }
}

// The inspector lists fields in a reading order: what first, then where and how much, then the evidence.
namespace {
constexpr EntryField entryOrder[] = {
    EntryField::Kind, EntryField::Title, EntryField::Region, EntryField::Urusan, EntryField::Service,
    EntryField::Description, EntryField::Priority, EntryField::Magnitude, EntryField::Unit, EntryField::ExtLocation,
    EntryField::ExtUsers, EntryField::ExtImpact, EntryField::ExternalityRegions, EntryField::ExternalityNote,
    EntryField::Efficiency,
    EntryField::EfficiencyNote, EntryField::SourcePd, EntryField::Year, EntryField::Externality,
};
static_assert(std::size(entryOrder) == std::size_t(EntryField::Count));
constexpr ProposalField proposalOrder[] = {
    ProposalField::Title, ProposalField::Urusan, ProposalField::Region, ProposalField::SourcePd,
    ProposalField::Description, ProposalField::Activity, ProposalField::PartnerType, ProposalField::PartnerRegions,
    ProposalField::PartnerNames, ProposalField::Form, ProposalField::EstimatedCost, ProposalField::InApbd,
    ProposalField::BurdensPublic, ProposalField::Year, ProposalField::SuggestionKey, ProposalField::SuggestionNote,
};
static_assert(std::size(proposalOrder) == std::size_t(ProposalField::Count));
constexpr AgreementField agreementOrder[] = {
    AgreementField::Title, AgreementField::DocType, AgreementField::Category, AgreementField::Urusan,
    AgreementField::Parties, AgreementField::Object, AgreementField::Scope, AgreementField::SignedOn,
    AgreementField::StartDate, AgreementField::EndDate, AgreementField::Stage, AgreementField::Status,
    AgreementField::ImplementingPd, AgreementField::Funding, AgreementField::Value,
};
static_assert(std::size(agreementOrder) == std::size_t(AgreementField::Count));
} // namespace

EditorKind PropertiesModel::editorAt(int row) const
{
    switch (mType) {
    case RecordType::Entry: return fieldSpec(entryOrder[row]).editor;
    case RecordType::Proposal: return fieldSpec(proposalOrder[row]).editor;
    case RecordType::Agreement: return fieldSpec(agreementOrder[row]).editor;
    default: return EditorKind::ReadOnly;
    }
}

QVariant PropertiesModel::valueAt(int row) const
{
    switch (mType) {
    case RecordType::Entry:
        if (const Entry *e = mDocument->entry(mId))
            return fieldSpec(entryOrder[row]).get(*e);
        break;
    case RecordType::Proposal:
        if (const Proposal *p = mDocument->proposal(mId))
            return fieldSpec(proposalOrder[row]).get(*p);
        break;
    case RecordType::Agreement:
        if (const Agreement *a = mDocument->agreement(mId))
            return fieldSpec(agreementOrder[row]).get(*a);
        break;
    default: break;
    }
    return {};
}

QString PropertiesModel::labelAt(int row) const
{
    switch (mType) {
    case RecordType::Entry: return fieldLabel(entryOrder[row]);
    case RecordType::Proposal: return fieldLabel(proposalOrder[row]);
    case RecordType::Agreement: return fieldLabel(agreementOrder[row]);
    default: return {};
    }
}

QString PropertiesModel::helpAt(int row) const
{
    switch (mType) {
    case RecordType::Entry: return fieldHelp(entryOrder[row]);
    case RecordType::Proposal: return fieldHelp(proposalOrder[row]);
    case RecordType::Agreement: return fieldHelp(agreementOrder[row]);
    default: return {};
    }
}

int PropertiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fieldCount();
}

int PropertiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropertiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !mDocument)
        return {};
    const int row = index.row();
    const EditorKind editor = editorAt(row);
    if (index.column() == LabelColumn) {
        switch (role) {
        case Qt::DisplayRole: return labelAt(row);
        case Qt::ToolTipRole: {
            const QString h = helpAt(row);
            return h.isEmpty() ? QVariant() : QVariant(h);
        }
        case Qt::FontRole:
            if (editor == EditorKind::ReadOnly) {
                QFont f;
                f.setItalic(true);
                return f;
            }
            return {};
        default: return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (editor == EditorKind::Bool)
            return {};
        if (editor == EditorKind::LongText)
            return valueAt(row).toString().simplified();
        return displayValue(editor, valueAt(row));
    case Qt::EditRole: return valueAt(row);
    case Qt::CheckStateRole:
        return editor == EditorKind::Bool ? QVariant(valueAt(row).toBool() ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    case Qt::ToolTipRole: {
        if (editor == EditorKind::LongText || editor == EditorKind::Text || editor == EditorKind::ReadOnly) {
            const QString t = valueAt(row).toString();
            return t.isEmpty() ? QVariant() : QVariant(t);
        }
        const QString h = helpAt(row);
        return h.isEmpty() ? QVariant() : QVariant(h);
    }
    case EditorRole: return int(editor);
    case RegionChoicesRole: return editor == EditorKind::Region ? QVariant(mDocument->project().scope) : QVariant();
    case ExcludedRegionsRole:
        if (mType == RecordType::Entry && editor == EditorKind::RegionList) {
            const Entry *e = mDocument->entry(mId);
            return e ? QVariant(QStringList{e->regionCode}) : QVariant();
        }
        return {};
    case RecordIdRole: return mId;
    default: return {};
    }
}

bool PropertiesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !mDocument
        || index.column() != ValueColumn)
        return false;
    const EditorKind editor = editorAt(index.row());
    QVariant v = value;
    if (role == Qt::CheckStateRole && editor == EditorKind::Bool)
        v = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole || editor == EditorKind::ReadOnly)
        return false;
    switch (mType) {
    case RecordType::Entry: return mDocument->changeEntryField(mId, entryOrder[index.row()], v);
    case RecordType::Proposal: return mDocument->changeProposalField(mId, proposalOrder[index.row()], v);
    case RecordType::Agreement: return mDocument->changeAgreementField(mId, agreementOrder[index.row()], v);
    default: return false;
    }
}

Qt::ItemFlags PropertiesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return editorItemFlags(index.column() == ValueColumn ? editorAt(index.row()) : EditorKind::ReadOnly);
}

QVariant PropertiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn ? tr("Isian data") : section == ValueColumn ? tr("Nilai") : QVariant();
}

void PropertiesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (fieldCount() > 0)
        emit dataChanged(index(0, 0), index(fieldCount() - 1, ColumnCount - 1));
    emit recordChanged();
}

void PropertiesModel::onChanged(const QList<QUuid> &ids)
{
    if (mType == RecordType::None || !ids.contains(mId))
        return;
    emit dataChanged(index(0, 0), index(fieldCount() - 1, ColumnCount - 1));
    emit recordChanged();
}

void PropertiesModel::onRemoved(const QList<QUuid> &ids)
{
    if (mType != RecordType::None && ids.contains(mId))
        setRecord(RecordType::None, {});
}

} // namespace ksd
