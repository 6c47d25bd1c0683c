// SPDX-License-Identifier: Apache-2.0
#include "recordtablemodel.h"

#include "document/projectdocument.h"
#include "models/itemroles.h"

#include <QDate>

namespace ksd {

RecordTableModel::RecordTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ProjectDocument *RecordTableModel::document() const
{
    return mDocument;
}

void RecordTableModel::setDocument(ProjectDocument *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (mDocument) {
        connect(mDocument, &ProjectDocument::projectReplaced, this, &RecordTableModel::resetRows);
        connect(mDocument, &QObject::destroyed, this, [this] { setDocument(nullptr); });
        connectDocument(mDocument);
    }
    resetRows();
}

QUuid RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < mRows.size() ? mRows.at(row) : QUuid();
}

int RecordTableModel::rowOf(const QUuid &id) const
{
    return mRowOf.value(id, -1);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !mDocument)
        return {};
    const QUuid id = mRows.at(index.row());
    const int column = index.column();
    const QVariant extra = extraData(id, column, role);
    if (extra.isValid())
        return extra;
    const EditorKind editor = editorAt(column);
    switch (role) {
    case Qt::DisplayRole:
        if (editor == EditorKind::Bool)
            return {};
        return displayValue(editor, valueAt(id, column));
    case Qt::EditRole: return valueAt(id, column);
    case Qt::CheckStateRole:
        if (editor == EditorKind::Bool)
            return valueAt(id, column).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        switch (editor) {
        case EditorKind::Region:
        case EditorKind::RegionList: {
            const QVariant v = valueAt(id, column);
            const QString codes = v.typeId() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral(", "))
                                                                       : v.toString();
            return codes.isEmpty() ? QVariant() : QVariant(displayValue(editor, v) + QStringLiteral(" (") + codes
                                                           + QLatin1Char(')'));
        }
        case EditorKind::Text:
        case EditorKind::LongText:
        case EditorKind::ReadOnly: {
            const QString text = valueAt(id, column).toString();
            return text.size() > 30 ? QVariant(text) : QVariant();
        }
        default: return {};
        }
    case Qt::TextAlignmentRole:
        switch (editor) {
        case EditorKind::Number:
        case EditorKind::Integer:
        case EditorKind::Priority:
        case EditorKind::Year: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    case EditorRole: return int(editor);
    case RegionChoicesRole: return editor == EditorKind::Region ? QVariant(mDocument->project().scope) : QVariant();
    case RecordIdRole: return id;
    case FieldRole: return column;
    case SortRole:
        switch (editor) {
        case EditorKind::Number: {
            const QVariant v = valueAt(id, column);
            return v.isValid() ? v : QVariant(-1e300);
        }
        case EditorKind::Integer:
        case EditorKind::Priority:
        case EditorKind::Year:
        case EditorKind::Date: return valueAt(id, column);
        case EditorKind::Bool: return valueAt(id, column).toBool() ? 1 : 0;
        case EditorKind::Urusan: return valueAt(id, column); // codes sort in nomenclature order
        default: return displayValue(editor, valueAt(id, column));
        }
    default: return {};
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !mDocument)
        return false;
    const EditorKind editor = editorAt(index.column());
    if (editor == EditorKind::ReadOnly)
        return false;
    if (role == Qt::CheckStateRole && editor == EditorKind::Bool)
        return pushFieldChange(mRows.at(index.row()), index.column(),
                               value.toInt() == Qt::Checked || value.toBool() == true);
    if (role != Qt::EditRole)
        return false;
    // The command writes the record; the document's signal updates this model.
    return pushFieldChange(mRows.at(index.row()), index.column(), value);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return editorItemFlags(editorAt(index.column()));
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < mRows.size())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole: return headerAt(section);
    case Qt::ToolTipRole: {
        const QString help = helpAt(section);
        return help.isEmpty() ? QVariant() : QVariant(help);
    }
    case EditorRole: return int(editorAt(section));
    default: return {};
    }
}

void RecordTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!mRows.isEmpty())
        emit dataChanged(index(0, 0), index(int(mRows.size()) - 1, columnCount() - 1));
}

QVariant RecordTableModel::extraData(const QUuid &, int, int) const
{
    return {};
}

void RecordTableModel::rebuildIndex()
{
    mRowOf.clear();
    mRowOf.reserve(mRows.size());
    for (int i = 0; i < mRows.size(); ++i)
        mRowOf.insert(mRows.at(i), i);
}

void RecordTableModel::resetRows()
{
    beginResetModel();
    mRows = mDocument ? liveIds() : QList<QUuid>();
    rebuildIndex();
    endResetModel();
}

void RecordTableModel::recordsAdded()
{
    // The rows shown are a subsequence of the new live ids: insert the missing runs where they belong.
    const QList<QUuid> target = liveIds();
    qsizetype pos = 0;
    qsizetype i = 0;
    while (i < target.size()) {
        if (pos < mRows.size() && mRows.at(pos) == target.at(i)) {
            ++pos;
            ++i;
            continue;
        }
        qsizetype k = i;
        while (k < target.size() && !(pos < mRows.size() && target.at(k) == mRows.at(pos)))
            ++k;
        beginInsertRows({}, int(pos), int(pos + (k - i) - 1));
        for (qsizetype j = i; j < k; ++j)
            mRows.insert(pos + (j - i), target.at(j));
        endInsertRows();
        pos += k - i;
        i = k;
    }
    if (mRows != target) // not a subsequence after all: start again
        resetRows();
    else
        rebuildIndex();
}

void RecordTableModel::recordsRemoved()
{
    const QList<QUuid> target = liveIds();
    qsizetype pos = 0;
    qsizetype i = 0;
    while (pos < mRows.size()) {
        if (i < target.size() && mRows.at(pos) == target.at(i)) {
            ++pos;
            ++i;
            continue;
        }
        qsizetype k = pos;
        while (k < mRows.size() && !(i < target.size() && mRows.at(k) == target.at(i)))
            ++k;
        beginRemoveRows({}, int(pos), int(k - 1));
        mRows.remove(pos, k - pos);
        endRemoveRows();
    }
    if (mRows != target)
        resetRows();
    else
        rebuildIndex();
}

void RecordTableModel::recordsChanged(const QList<QUuid> &ids, int field)
{
    int first = -1, last = -1;
    for (const QUuid &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first < 0)
        return;
    // A field without a column of its own (inspector only, or feeding a derived column) refreshes whole rows.
    const int column = field >= 0 ? columnOfField(field) : -1;
    if (column >= 0)
        emit dataChanged(index(first, column), index(last, column));
    else
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

} // namespace ksd
