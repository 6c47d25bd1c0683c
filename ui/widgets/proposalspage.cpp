// SPDX-License-Identifier: Apache-2.0
#include "proposalspage.h"

#include "document/projectdocument.h"
#include "models/proposalsmodel.h"
#include "register/screening.h"
#include "widgets/recordtableview.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QMessageBox>
#include <QStyle>

namespace ksd {

ProposalsPage::ProposalsPage(Workbench *workbench, QWidget *parent)
    : RecordTablePage(RecordType::Proposal, new ProposalsModel, workbench, parent)
    , mPromote(new QAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this))
{
    view()->setObjectName(QStringLiteral("proposalsTable"));
    connect(mPromote, &QAction::triggered, this, &ProposalsPage::promoteCurrent);
    addToolAction(mPromote);
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

void ProposalsPage::selectionChanged()
{
    mPromote->setEnabled(document() && !view()->currentId().isNull());
}

void ProposalsPage::promoteCurrent()
{
    const Proposal *p = document() ? document()->proposal(view()->currentId()) : nullptr;
    if (!p)
        return;
    auto agreement = agreementFromProposal(*p, document()->editorName());
    if (!agreement) {
        QMessageBox::information(this, tr("Tidak dapat dijadikan kerja sama"), agreement.error().toString());
        return;
    }
    document()->addAgreement(*agreement);
    workbench()->showMessage(tr("Kerja sama \"%1\" dibuat dari usulan; lihat tab Kerja Sama.").arg(agreement->title));
}

void ProposalsPage::retranslate()
{
    RecordTablePage::retranslate();
    addAction()->setText(tr("Tambah usulan"));
    addAction()->setToolTip(tr("Tambah usulan kerja sama baru"));
    mPromote->setText(tr("Jadikan kerja sama"));
    mPromote->setToolTip(tr("Buat rekaman kerja sama (KB/PKS/NK) dari usulan yang memenuhi kriteria KSD"));
    view()->setAccessibleName(tr("Tabel usulan"));
}

} // namespace ksd
