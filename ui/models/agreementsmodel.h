// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/recordtablemodel.h"

#include <QDate>

namespace ksd {

/// The Kerja Sama table: one row per live agreement, columns AgreementField::Title .. AgreementField::Value, then
/// the read-only "Keadaan" (the phase on the day, register/agreementphase: decided once, as in the report).
/// End dates within three months are highlighted. Editable through ChangeAgreementField.
class AgreementsModel : public RecordTableModel
{
    Q_OBJECT

public:
    explicit AgreementsModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    /// The day expiry is measured from (today by default; fixed in tests).
    void setToday(const QDate &today);

protected:
    QList<QUuid> liveIds() const override;
    void connectDocument(ProjectDocument *document) override;
    EditorKind editorAt(int column) const override;
    QVariant valueAt(const QUuid &id, int column) const override;
    QString headerAt(int column) const override;
    QString helpAt(int column) const override;
    bool pushFieldChange(const QUuid &id, int column, const QVariant &value) override;
    QVariant extraData(const QUuid &id, int column, int role) const override;

private:
    QDate mToday;
};

} // namespace ksd
