// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/recordtablepage.h"

namespace ksd {

class OffersPanel;
class ProposalsModel;

/// The Usulan tab: proposals with their screening against the KSD criteria; add and remove. The register's
/// handler adds its editor and "Jadikan kerja sama" through addToolAction().
class ProposalsPage : public RecordTablePage
{
    Q_OBJECT

public:
    explicit ProposalsPage(Workbench *workbench, QWidget *parent = nullptr);
    ProposalsModel *proposalsModel() const;
    /// The incoming offers, below the region's own proposals.
    OffersPanel *offersPanel() const { return mOffers; }

protected:
    QUuid addRecord() override;
    bool removeRecords(const QList<QUuid> &ids) override;
    QString countText(int shown, int total) const override;
    void retranslate() override;

private:
    OffersPanel *mOffers = nullptr;
};

} // namespace ksd
