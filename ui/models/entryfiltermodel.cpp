// SPDX-License-Identifier: Apache-2.0
#include "entryfiltermodel.h"

#include "document/projectdocument.h"
#include "models/entriesmodel.h"
#include "models/itemroles.h"

namespace ksd {

EntryFilterModel::EntryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void EntryFilterModel::setEntriesModel(EntriesModel *model)
{
    mEntries = model;
    setSourceModel(model);
}

void EntryFilterModel::setRegions(const QSet<QString> &codes)
{
    if (codes == mRegions)
        return;
    mRegions = codes;
    invalidateRowsFilter();
}

void EntryFilterModel::setUrusan(const QString &code)
{
    if (code == mUrusan)
        return;
    mUrusan = code;
    invalidateRowsFilter();
}

void EntryFilterModel::setKind(int kind)
{
    if (kind == mKind)
        return;
    mKind = kind;
    invalidateRowsFilter();
}

void EntryFilterModel::setSourcePd(const QString &pd)
{
    if (pd == mPd)
        return;
    mPd = pd;
    invalidateRowsFilter();
}

void EntryFilterModel::setMinimumPriority(int priority)
{
    if (priority == mMinPriority)
        return;
    mMinPriority = priority;
    invalidateRowsFilter();
}

void EntryFilterModel::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == mText)
        return;
    mText = t;
    invalidateRowsFilter();
}

void EntryFilterModel::clearFilters()
{
    mRegions.clear();
    mUrusan.clear();
    mKind = -1;
    mPd.clear();
    mMinPriority = 1;
    mText.clear();
    invalidateRowsFilter();
}

bool EntryFilterModel::isFiltering() const
{
    return !mRegions.isEmpty() || !mUrusan.isEmpty() || mKind >= 0 || !mPd.isEmpty() || mMinPriority > 1
           || !mText.isEmpty();
}

bool EntryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!mEntries || !mEntries->document())
        return false;
    const Entry *e = mEntries->document()->entry(mEntries->idAt(sourceRow));
    if (!e)
        return false;
    if (!mRegions.isEmpty() && !mRegions.contains(e->regionCode))
        return false;
    if (!mUrusan.isEmpty() && e->urusanCode != mUrusan)
        return false;
    if (mKind >= 0 && int(e->kind) != mKind)
        return false;
    if (!mPd.isEmpty() && e->sourcePd.compare(mPd, Qt::CaseInsensitive) != 0)
        return false;
    if (e->priority < mMinPriority)
        return false;
    if (!mText.isEmpty()) {
        const auto has = [this](const QString &s) { return s.contains(mText, Qt::CaseInsensitive); };
        if (!has(e->title) && !has(e->service) && !has(e->description) && !has(e->sourcePd) && !has(e->unit)
            && !has(regionName(e->regionCode)) && !has(urusanLabel(e->urusanCode)))
            return false;
    }
    return true;
}

} // namespace ksd
