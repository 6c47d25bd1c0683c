// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include "models/recordtablemodel.h"
#include "register/screening.h"

namespace ksd {

/// The Usulan table: one row per live proposal; columns ProposalField::Title .. ProposalField::Year, then the
/// screening result (eligible, category) from core/register. Editable through ChangeProposalField.
class ProposalsModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum ExtraColumn { EligibleColumn = ProposalTableColumns, CategoryColumn, ColumnCount };

    explicit ProposalsModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    /// Screening of a proposal (cached until it changes).
    const ScreeningResult *screening(const QUuid &id) const;

protected:
    QList<QUuid> liveIds() const override;
    void connectDocument(ProjectDocument *document) override;
    EditorKind editorAt(int column) const override;
    QVariant valueAt(const QUuid &id, int column) const override;
    QString headerAt(int column) const override;
    QString helpAt(int column) const override;
    bool pushFieldChange(const QUuid &id, int column, const QVariant &value) override;
    QVariant extraData(const QUuid &id, int column, int role) const override;
    int columnOfField(int) const override { return -1; } // any field can change the screening columns

private:
    mutable QHash<QUuid, ScreeningResult> mScreening;
    mutable std::shared_ptr<const ProposalScreener> mScreener; ///< the project's rule set and evidence, per revision
    mutable const ProjectDocument *mScreeningDocument = nullptr;
    mutable quint64 mScreeningRevision = 0;
};

} // namespace ksd
