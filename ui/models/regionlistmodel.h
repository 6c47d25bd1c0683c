// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace ksd {

/// A flat list of regions from the reference data (all of them, or a given set), for pickers and completers.
/// Display: "Kabupaten Banjar (63.03)"; SearchTextRole also holds the province name and the BPS code, so that
/// typing "kalimantan selatan" or "6303" finds it.
class RegionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit RegionListModel(QObject *parent = nullptr);
    /// Restricts the list to @p codes (in the order given); an empty list shows every region.
    void setCodes(const QStringList &codes);
    /// Leaves @p codes out (e.g. regions already in scope).
    void setExcluded(const QStringList &codes);
    QString codeAt(int row) const;
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QStringList mWanted;
    QStringList mExcluded;
    QStringList mCodes;
};

} // namespace ksd
