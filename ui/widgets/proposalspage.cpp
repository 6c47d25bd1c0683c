// SPDX-License-Identifier: Apache-2.0
#include "proposalspage.h"

#include "document/projectdocument.h"
#include "models/proposalsmodel.h"
#include "register/offerspanel.h"
#include "widgets/recordtableview.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QHeaderView>
#include <QLayout>
#include <QSplitter>

namespace ksd {

ProposalsPage::ProposalsPage(Workbench *workbench, QWidget *parent)
    : RecordTablePage(RecordType::Proposal, new ProposalsModel, workbench, parent)
{
    view()->setObjectName(QStringLiteral("proposalsTable"));
    // the screening is what a planner looks at first: next to the title
    view()->horizontalHeader()->moveSection(ProposalsModel::EligibleColumn, 1);
    view()->horizontalHeader()->moveSection(ProposalsModel::CategoryColumn, 2);
    // Offers received from other regions and third parties stay apart from the region's own proposals.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("proposalsSplit"));
    layout()->replaceWidget(view(), split);
    split->addWidget(view());
    mOffers = new OffersPanel(workbench, split);
    split->addWidget(mOffers);
    // The region's own proposals keep most of the height; the offers list grows when it is dragged open.
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    split->setSizes({4000, 1000}); // relative weights: the splitter scales them to its height
    retranslate();
}

ProposalsModel *ProposalsPage::proposalsModel() const
{
    return static_cast<ProposalsModel *>(model());
}

QUuid ProposalsPage::addRecord()
{
    if (!document())
        return {};
    const Project &p = document()->project();
    Proposal x;
    x.regionCode = p.ownerRegion;
    x.urusanCode = QStringLiteral("1.01");
    x.year = p.year;
    x.sourcePd = p.copyInfo ? p.copyInfo->forPd : QString();
    return document()->addProposal(x);
}

bool ProposalsPage::removeRecords(const QList<QUuid> &ids)
{
    return document()->removeProposals(ids);
}

QString ProposalsPage::countText(int shown, int total) const
{
    return shown == total ? tr("%n usulan", nullptr, total) : tr("%1 dari %n usulan", nullptr, total).arg(shown);
}

void ProposalsPage::retranslate()
{
    RecordTablePage::retranslate();
    addRecordAction()->setText(tr("Tambah usulan"));
    addRecordAction()->setToolTip(tr("Tambah usulan kerja sama baru"));
    view()->setAccessibleName(tr("Tabel usulan"));
}

} // namespace ksd
