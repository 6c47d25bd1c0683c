// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/recordtablepage.h"

namespace ksd {

class ProposalsModel;

/// The Usulan tab: proposals with their screening against the KSD criteria; add, remove, and promote an
/// eligible proposal to an agreement ("Jadikan kerja sama").
class ProposalsPage : public RecordTablePage
{
    Q_OBJECT

public:
    explicit ProposalsPage(Workbench *workbench, QWidget *parent = nullptr);
    ProposalsModel *proposalsModel() const;
    /// Creates an agreement from the current proposal (AddAgreement), refusing ineligible ones with the reason.
    void promoteCurrent();

protected:
    QUuid addRecord() override;
    bool removeRecords(const QList<QUuid> &ids) override;
    QString countText(int shown, int total) const override;
    void retranslate() override;
    void selectionChanged() override;

private:
    QAction *mPromote;
};

} // namespace ksd
