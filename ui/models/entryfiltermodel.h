// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace ksd {

class EntriesModel;

/// Filters and sorts the Isian table: by region (a set of codes), urusan, kind, perangkat daerah, minimum
/// priority and free text (title, service, description, PD). Sorts by SortRole.
class EntryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EntryFilterModel(QObject *parent = nullptr);
    void setEntriesModel(EntriesModel *model);

    void setRegions(const QSet<QString> &codes); ///< empty = all
    void setUrusan(const QString &code);         ///< empty = all
    void setKind(int kind);                      ///< int(EntryKind), or -1 for both
    void setSourcePd(const QString &pd);         ///< empty = all
    void setMinimumPriority(int priority);       ///< 1 = all
    void setText(const QString &text);
    void clearFilters();
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EntriesModel *mEntries = nullptr;
    QSet<QString> mRegions;
    QString mUrusan;
    int mKind = -1;
    QString mPd;
    int mMinPriority = 1;
    QString mText;
};

} // namespace ksd
