// SPDX-License-Identifier: Apache-2.0
#include "regionlistmodel.h"

#include "models/itemroles.h"
#include "refdata/refdata.h"

#include <QSet>

namespace ksd {

RegionListModel::RegionListModel(QObject *parent) : QAbstractListModel(parent)
{
    rebuild();
}

void RegionListModel::setCodes(const QStringList &codes)
{
    mWanted = codes;
    rebuild();
}

void RegionListModel::setExcluded(const QStringList &codes)
{
    mExcluded = codes;
    rebuild();
}

void RegionListModel::rebuild()
{
    beginResetModel();
    mCodes.clear();
    const QSet<QString> excluded(mExcluded.cbegin(), mExcluded.cend());
    if (mWanted.isEmpty()) {
        for (const Region &r : RefData::instance().regions()) {
            if (!excluded.contains(r.code))
                mCodes.append(r.code);
        }
    } else {
        for (const QString &c : std::as_const(mWanted)) {
            if (!excluded.contains(c) && RefData::instance().region(c))
                mCodes.append(c);
        }
    }
    endResetModel();
}

QString RegionListModel::codeAt(int row) const
{
    return row >= 0 && row < mCodes.size() ? mCodes.at(row) : QString();
}

int RegionListModel::rowOf(const QString &code) const
{
    return int(mCodes.indexOf(code));
}

int RegionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mCodes.size());
}

QVariant RegionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &code = mCodes.at(index.row());
    const Region *r = RefData::instance().region(code);
    if (!r)
        return {};
    const Region *prov = r->isProvince() ? nullptr : RefData::instance().region(r->provinceCode);
    switch (role) {
    case Qt::DisplayRole: return r->label();
    case Qt::EditRole: return r->name;
    case Qt::ToolTipRole:
        return prov ? QStringLiteral("%1, %2").arg(regionTypeName(r->type), prov->name) : regionTypeName(r->type);
    case RegionCodeRole: return code;
    case SortRole: return code;
    case SearchTextRole:
        return QStringList{r->name, code, r->bpsCode(), prov ? prov->name : QString()}.join(QLatin1Char(' ')).toLower();
    default: return {};
    }
}

} // namespace ksd
