// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/recordtablemodel.h"

namespace ksd {

/// The Isian table: one row per live entry, columns EntryField::Region .. EntryField::Year. Editable; every edit
/// pushes a ChangeEntryField command.
class EntriesModel : public RecordTableModel
{
    Q_OBJECT

public:
    explicit EntriesModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    QList<QUuid> liveIds() const override;
    void connectDocument(ProjectDocument *document) override;
    EditorKind editorAt(int column) const override;
    QVariant valueAt(const QUuid &id, int column) const override;
    QString headerAt(int column) const override;
    QString helpAt(int column) const override;
    bool pushFieldChange(const QUuid &id, int column, const QVariant &value) override;
    QVariant extraData(const QUuid &id, int column, int role) const override;
};

} // namespace ksd
