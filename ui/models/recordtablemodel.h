// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/recordfields.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

namespace ksd {

class ProjectDocument;

/// Base of the record tables (entries, proposals, agreements): one row per live record in project order, one
/// column per field. It keeps its rows in step with the document's typed signals (inserting and removing only
/// the rows concerned, so selections survive) and turns every edit into an undo command through
/// pushFieldChange(). Subclasses describe their columns.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RecordTableModel(QObject *parent = nullptr);

    ProjectDocument *document() const;
    /// Shows @p document (or nothing). The model does not own it.
    void setDocument(ProjectDocument *document);

    QUuid idAt(int row) const;
    /// Row of a record, or -1 when it is not shown.
    int rowOf(const QUuid &id) const;
    QList<QUuid> ids() const { return mRows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Emits header and data changes so that translated texts are fetched again.
    void retranslate();

protected:
    virtual QList<QUuid> liveIds() const = 0;
    virtual void connectDocument(ProjectDocument *document) = 0;
    virtual EditorKind editorAt(int column) const = 0;
    virtual QVariant valueAt(const QUuid &id, int column) const = 0;
    virtual QString headerAt(int column) const = 0;
    virtual QString helpAt(int column) const = 0;
    /// Pushes the undo command for an edit; false when the value is refused.
    virtual bool pushFieldChange(const QUuid &id, int column, const QVariant &value) = 0;
    /// Extra roles (colours, icons, tooltips) for a cell; an invalid QVariant falls back to the defaults.
    virtual QVariant extraData(const QUuid &id, int column, int role) const;
    /// Column shown for a field number of the record type's enum, or -1 (used with the *Changed signals).
    virtual int columnOfField(int field) const { return field < columnCount() ? field : -1; }

    // Slots for the document's typed signals.
    void recordsAdded();
    void recordsRemoved();
    void recordsChanged(const QList<QUuid> &ids, int field);
    void resetRows();

private:
    void rebuildIndex();

    QPointer<ProjectDocument> mDocument;
    QList<QUuid> mRows;
    QHash<QUuid, int> mRowOf;
};

} // namespace ksd
