// SPDX-License-Identifier: Apache-2.0
#include "agreementspage.h"

#include "document/projectdocument.h"
#include "models/agreementsmodel.h"
#include "widgets/recordtableview.h"

#include <QAction>
#include <QHeaderView>

namespace ksd {

AgreementsPage::AgreementsPage(Workbench *workbench, QWidget *parent)
    : RecordTablePage(RecordType::Agreement, new AgreementsModel, workbench, parent)
{
    view()->setObjectName(QStringLiteral("agreementsTable"));
    // where an agreement stands is what a planner looks at first: status and stage next to the title and category
    QHeaderView *header = view()->horizontalHeader();
    header->moveSection(header->visualIndex(int(AgreementField::Status)), 2);
    header->moveSection(header->visualIndex(int(AgreementField::Stage)), 3);
    view()->setColumnCap(int(AgreementField::Category), 120);
    view()->setColumnCap(int(AgreementField::Stage), 170);
    view()->setColumnCap(int(AgreementField::Parties), 200);
    retranslate();
}

AgreementsModel *AgreementsPage::agreementsModel() const
{
    return static_cast<AgreementsModel *>(model());
}

QUuid AgreementsPage::addRecord()
{
    if (!document())
        return {};
    const Project &p = document()->project();
    Agreement a;
    a.parties = {Party{PartyKind::Region, p.ownerRegion, {}, {}, {}}};
    a.urusanCode = QStringLiteral("1.01");
    return document()->addAgreement(a);
}

bool AgreementsPage::removeRecords(const QList<QUuid> &ids)
{
    return document()->removeAgreements(ids);
}

QString AgreementsPage::countText(int shown, int total) const
{
    return shown == total ? tr("%n kerja sama", nullptr, total)
                          : tr("%1 dari %n kerja sama", nullptr, total).arg(shown);
}

void AgreementsPage::retranslate()
{
    RecordTablePage::retranslate();
    addRecordAction()->setText(tr("Tambah kerja sama"));
    addRecordAction()->setToolTip(tr("Catat kesepakatan bersama, PKS atau nota kesepakatan (juga yang lama)"));
    view()->setAccessibleName(tr("Tabel kerja sama"));
}

} // namespace ksd
