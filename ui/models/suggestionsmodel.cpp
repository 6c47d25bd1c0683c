// SPDX-License-Identifier: Apache-2.0
#include "suggestionsmodel.h"

#include "style/mapstyle.h"

#include "document/projectdocument.h"
#include "document/recordfields.h"
#include "models/itemroles.h"
#include "models/recordicons.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace ksd {

SuggestionsModel::SuggestionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SuggestionsModel::setDocument(ProjectDocument *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (document) {
        connect(document, &ProjectDocument::changed, this, &SuggestionsModel::onDocumentChanged);
        for (auto sig : {&ProjectDocument::proposalsAdded, &ProjectDocument::proposalsRemoved})
            connect(document, sig, this, &SuggestionsModel::updateProposed);
        connect(document, &ProjectDocument::projectReplaced, this, &SuggestionsModel::updateProposed);
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    clearResults();
}

void SuggestionsModel::setResults(const SuggestionSet &results, quint64 revision)
{
    beginResetModel();
    mResults = results;
    mRevision = revision;
    mHasResults = true;
    endResetModel();
    updateProposed();
    mWasStale = isStale();
    emit staleChanged(mWasStale);
}

void SuggestionsModel::clearResults()
{
    beginResetModel();
    mResults = {};
    mRevision = 0;
    mHasResults = false;
    endResetModel();
    mProposedKeys.clear();
    if (mWasStale) {
        mWasStale = false;
        emit staleChanged(false);
    }
}

bool SuggestionsModel::isStale() const
{
    return mHasResults && mDocument && mDocument->revision() != mRevision;
}

void SuggestionsModel::onDocumentChanged()
{
    const bool stale = isStale();
    if (stale != mWasStale) {
        mWasStale = stale;
        if (!mResults.suggestions.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
        emit staleChanged(stale);
    }
}

void SuggestionsModel::updateProposed()
{
    mProposedKeys.clear();
    if (mDocument) {
        for (const Proposal &p : mDocument->project().proposals) {
            if (!p.meta.deleted && !p.suggestionKey.isEmpty())
                mProposedKeys.insert(p.suggestionKey);
        }
    }
    if (!mResults.suggestions.isEmpty())
        emit dataChanged(index(0, ProposedColumn), index(rowCount() - 1, ProposedColumn));
}

const Suggestion *SuggestionsModel::suggestionAt(int row) const
{
    return row >= 0 && row < mResults.suggestions.size() ? &mResults.suggestions.at(row) : nullptr;
}

QColor SuggestionsModel::classColor(KsdClass cls)
{
    return MapStyle::classColor(cls); // the map's colours: a class looks the same in the table and on the map
}

int SuggestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mResults.suggestions.size());
}

int SuggestionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion &s = mResults.suggestions.at(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case ClassColumn: return ksdClassName(s.cls);
        case RegionAColumn: return regionName(s.regionA);
        case RegionBColumn: return regionName(s.regionB);
        case UrusanColumn: return urusanLabel(s.urusan);
        case ServiceColumn: return AuthorityTable::builtin().serviceName(s.urusan, s.service);
        case PairTypeColumn: return pairTypeKey(s.pairType);
        case ScoreColumn: return QLocale().toString(s.score, 'f', 1);
        case TakeoverColumn: {
            if (s.takeover == Takeover::Gubernur)
                return tr("Gubernur");
            if (s.takeover == Takeover::Pusat)
                return tr("Pusat");
            return {};
        }
        case NotesColumn: {
            QStringList notes;
            if (s.legalReview)
                notes << tr("perlu telaah hukum");
            if (s.dprdApproval)
                notes << tr("persetujuan DPRD");
            if (s.existingAgreement)
                notes << tr("sudah ada kerja sama");
            if (!s.referTo.isEmpty())
                notes << tr("rujuk: %1").arg(regionName(s.referTo.first()));
            return notes.join(QStringLiteral(", "));
        }
        case ProposedColumn: return isProposed(s) ? tr("Sudah diusulkan") : QString();
        }
        return {};
    case Qt::DecorationRole:
        if (col == ClassColumn)
            return dotIcon(classColor(s.cls));
        return {};
    case Qt::ForegroundRole:
        if (isStale())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (col == ClassColumn && s.cls == KsdClass::Wajib) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (col == ScoreColumn || col == PairTypeColumn)
            return QVariant::fromValue((col == ScoreColumn ? Qt::AlignRight : Qt::AlignHCenter) | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (col) {
        case RegionAColumn: return s.regionA;
        case RegionBColumn: return s.regionB;
        case PairTypeColumn: return pairTypeName(s.pairType);
        case TakeoverColumn: return takeoverName(s.takeover);
        default: return SuggestionEngine::reasons(s);
        }
    case SortRole:
        switch (col) {
        case ClassColumn: return int(s.cls);
        case ScoreColumn: return s.score;
        case UrusanColumn: return s.urusan;
        default: return data(index, Qt::DisplayRole);
        }
    case RegionCodeRole: return QStringList{s.regionA, s.regionB};
    default: return {};
    }
}

QVariant SuggestionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ClassColumn: return tr("Kelas menurut aturan KSDD (PP 28/2018; UU 23/2014 Pasal 363–364)");
        case PairTypeColumn: return tr("Tipe pasangan menurut UU 23/2014 Pasal 364 ayat (2): A–E");
        case ScoreColumn: return tr("Skor kecocokan dua arah, 0–100");
        case TakeoverColumn: return tr("Yang mengambil alih urusan bila kerja sama wajib tidak dilaksanakan");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClassColumn: return tr("Kelas");
    case RegionAColumn: return tr("Wilayah A");
    case RegionBColumn: return tr("Wilayah B");
    case UrusanColumn: return tr("Urusan");
    case ServiceColumn: return tr("Layanan");
    case PairTypeColumn: return tr("Tipe");
    case ScoreColumn: return tr("Skor");
    case TakeoverColumn: return tr("Diambil alih");
    case NotesColumn: return tr("Catatan");
    case ProposedColumn: return tr("Usulan");
    }
    return {};
}

void SuggestionsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ksd
