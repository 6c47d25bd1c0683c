// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/recordtablepage.h"

namespace ksd {

class AgreementsModel;

/// The Kerja Sama tab: the register of kesepakatan bersama, PKS and nota kesepakatan, with end dates near
/// expiry highlighted. Details (parties, stages, documents, monev) come with the register pages.
class AgreementsPage : public RecordTablePage
{
    Q_OBJECT

public:
    explicit AgreementsPage(Workbench *workbench, QWidget *parent = nullptr);
    AgreementsModel *agreementsModel() const;

protected:
    QUuid addRecord() override;
    bool removeRecords(const QList<QUuid> &ids) override;
    QString countText(int shown, int total) const override;
    void retranslate() override;
};

} // namespace ksd
