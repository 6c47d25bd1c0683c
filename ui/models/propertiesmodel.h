// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/recordfields.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

namespace ksd {

class ProjectDocument;

/// The inspector's form: every field of one record (entry, proposal or agreement) as a row, label and value.
/// Editing a value pushes the same ChangeXField command as the tables do; the rows follow the document's signals.
class PropertiesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn = 0, ValueColumn, ColumnCount };

    explicit PropertiesModel(QObject *parent = nullptr);
    void setDocument(ProjectDocument *document);
    /// Shows the record @p id of @p type; RecordType::None (or an unknown id) empties the form.
    void setRecord(RecordType type, const QUuid &id);
    RecordType recordType() const { return mType; }
    QUuid recordId() const { return mId; }
    /// "Isian", "Usulan" or "Kerja sama" with the record's title, for the inspector's heading.
    QString heading() const;
    /// "Dibuat ... · diubah ... oleh ..." for the selected record.
    QString metaText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

signals:
    /// The record shown changed (another record, or it was removed).
    void recordChanged();

private:
    void onChanged(const QList<QUuid> &ids);
    void onRemoved(const QList<QUuid> &ids);
    int fieldCount() const;
    EditorKind editorAt(int row) const;
    QVariant valueAt(int row) const;
    QString labelAt(int row) const;
    QString helpAt(int row) const;
    const RecordMeta *meta() const;

    QPointer<ProjectDocument> mDocument;
    RecordType mType = RecordType::None;
    QUuid mId;
};

} // namespace ksd
