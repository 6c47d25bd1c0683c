// SPDX-License-Identifier: Apache-2.0
#include "scopetreemodel.h"

#include "document/projectdocument.h"
#include "models/itemroles.h"
#include "refdata/refdata.h"

#include <QFont>
#include <QPalette>

namespace ksd {

// internalId: 0 for a province row, province row + 1 for a kab/kota row.

ScopeTreeModel::ScopeTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void ScopeTreeModel::setDocument(ProjectDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (mDocument) {
        connect(mDocument, &ProjectDocument::scopeChanged, this, &ScopeTreeModel::rebuild);
        connect(mDocument, &ProjectDocument::projectInfoChanged, this, &ScopeTreeModel::rebuild);
        connect(mDocument, &ProjectDocument::projectReplaced, this, &ScopeTreeModel::rebuild);
        connect(mDocument, &ProjectDocument::entriesAdded, this, &ScopeTreeModel::recount);
        connect(mDocument, &ProjectDocument::entriesRemoved, this, &ScopeTreeModel::recount);
        connect(mDocument, &ProjectDocument::entriesChanged, this, [this](const QList<QUuid> &, int field) {
            if (field < 0 || field == int(EntryField::Region))
                recount();
        });
        connect(mDocument, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    rebuild();
}

void ScopeTreeModel::rebuild()
{
    beginResetModel();
    mProvinces.clear();
    if (mDocument) {
        const RefData &ref = RefData::instance();
        QMap<QString, ProvinceNode> byCode;
        for (const QString &code : mDocument->project().scope) {
            const Region *r = ref.region(code);
            if (!r)
                continue;
            ProvinceNode &node = byCode[r->provinceCode];
            node.code = r->provinceCode;
            if (r->isProvince())
                node.inScope = true;
            else
                node.children.append(code);
        }
        for (ProvinceNode &n : byCode) {
            std::sort(n.children.begin(), n.children.end());
            mProvinces.append(n);
        }
    }
    endResetModel();
    recount();
}

void ScopeTreeModel::recount()
{
    mEntryCounts.clear();
    if (mDocument) {
        for (const Entry *e : mDocument->project().liveEntries())
            ++mEntryCounts[e->regionCode];
    }
    for (int i = 0; i < mProvinces.size(); ++i) {
        const QModelIndex p = index(i, EntriesColumn);
        emit dataChanged(p, p);
        if (!mProvinces[i].children.isEmpty())
            emit dataChanged(index(0, EntriesColumn, index(i, 0)),
                             index(int(mProvinces[i].children.size()) - 1, EntriesColumn, index(i, 0)));
    }
}

QModelIndex ScopeTreeModel::indexOf(const QString &code) const
{
    for (int i = 0; i < mProvinces.size(); ++i) {
        if (mProvinces[i].code == code)
            return index(i, 0);
        const int j = int(mProvinces[i].children.indexOf(code));
        if (j >= 0)
            return index(j, 0, index(i, 0));
    }
    return {};
}

QString ScopeTreeModel::codeAt(const QModelIndex &index)
{
    return index.data(RegionCodeRole).toString();
}

QModelIndex ScopeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < mProvinces.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= mProvinces.size())
        return {};
    if (row >= mProvinces[parent.row()].children.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ScopeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ScopeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(mProvinces.size());
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < mProvinces.size())
        return int(mProvinces[parent.row()].children.size());
    return 0;
}

int ScopeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ScopeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isProvince = index.internalId() == 0;
    const ProvinceNode &prov = mProvinces[isProvince ? index.row() : int(index.internalId() - 1)];
    const QString code = isProvince ? prov.code : prov.children.at(index.row());
    const bool inScope = !isProvince || prov.inScope;
    const Region *r = RefData::instance().region(code);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r ? r->name : code;
        case CodeColumn: return code;
        case EntriesColumn: {
            int n = mEntryCounts.value(code);
            if (isProvince) {
                for (const QString &c : prov.children)
                    n += mEntryCounts.value(c);
            }
            return n;
        }
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = r ? r->label() : code;
        if (r)
            tip += QLatin1Char('\n') + regionTypeName(r->type);
        if (mDocument && code == mDocument->project().ownerRegion)
            tip += QLatin1Char('\n') + tr("Daerah pemilik pemetaan");
        if (!inScope)
            tip += QLatin1Char('\n') + tr("Provinsi ini sendiri tidak termasuk cakupan; hanya kabupaten/kotanya.");
        return tip;
    }
    case Qt::FontRole:
        if (mDocument && code == mDocument->project().ownerRegion) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (!inScope) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (!inScope)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EntriesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RegionCodeRole: return code;
    case SortRole:
        return index.column() == EntriesColumn ? data(index, Qt::DisplayRole) : QVariant(code);
    case InScopeRole: return inScope;
    default: return {};
    }
}

QVariant ScopeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Wilayah");
    case CodeColumn: return tr("Kode");
    case EntriesColumn: return tr("Isian");
    }
    return {};
}

Qt::ItemFlags ScopeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

void ScopeTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace ksd
