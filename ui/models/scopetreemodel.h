// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractItemModel>
#include <QPointer>

namespace ksd {

class ProjectDocument;

/// The regions in scope as a tree: province → its kabupaten/kota, with the number of live entries of each.
/// A province shows as a grey group when only some of its kab/kota are in scope and not the province itself.
/// Read-only: scope changes go through AddRegionsToScope / RemoveRegionsFromScope.
class ScopeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn = 0, CodeColumn, EntriesColumn, ColumnCount };

    explicit ScopeTreeModel(QObject *parent = nullptr);
    void setDocument(ProjectDocument *document);

    QModelIndex indexOf(const QString &code) const;
    /// Region code at @p index (RegionCodeRole).
    static QString codeAt(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void retranslate();

private:
    struct ProvinceNode
    {
        QString code;
        bool inScope = false;
        QStringList children; ///< kab/kota codes in scope, by code
    };
    void rebuild();
    void recount();

    QPointer<ProjectDocument> mDocument;
    QList<ProvinceNode> mProvinces;
    QHash<QString, int> mEntryCounts;
};

} // namespace ksd
