// SPDX-License-Identifier: Apache-2.0
// The Para pihak tab of the agreement form: one row a party, with its kind, region, document number and signatory.
#include "agreementeditor.h"
#include "agreementeditor_p.h"

#include "widgets/pickers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ksd {

using namespace detail;

namespace detail {

QString partyKindLabel(PartyKind k)
{
    switch (k) {
    case PartyKind::Region: return AgreementEditor::tr("Daerah");
    case PartyKind::ThirdParty: return AgreementEditor::tr("Pihak ketiga");
    case PartyKind::KL: return AgreementEditor::tr("Kementerian/lembaga");
    case PartyKind::ForeignRegion: return AgreementEditor::tr("Pemda luar negeri");
    case PartyKind::ForeignInstitution: return AgreementEditor::tr("Lembaga luar negeri");
    }
    return {};
}

} // namespace detail

namespace {

constexpr PartyKind AllPartyKinds[] = {PartyKind::Region, PartyKind::ThirdParty, PartyKind::KL,
                                       PartyKind::ForeignRegion, PartyKind::ForeignInstitution};

/// The party kind that goes with a category (the partner of a KSDPK is a third party…).
PartyKind partnerKindFor(Category c)
{
    switch (c) {
    case Category::KSDPK: return PartyKind::ThirdParty;
    case Category::Sinergi: return PartyKind::KL;
    case Category::KSDPL: return PartyKind::ForeignRegion;
    case Category::KSDLL: return PartyKind::ForeignInstitution;
    default: return PartyKind::Region;
    }
}

} // namespace

void AgreementEditor::buildPartiesTab()
{
    auto *page = new QWidget(mTabs);
    mParties = new QTableWidget(0, PartyColumnCount, page);
    mParties->setObjectName(QStringLiteral("parties"));
    mParties->setSelectionBehavior(QAbstractItemView::SelectRows);
    mParties->verticalHeader()->setVisible(false);
    mParties->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    mParties->horizontalHeader()->setSectionResizeMode(RegionColumn, QHeaderView::Interactive);
    mParties->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    mParties->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::Interactive);
    mParties->horizontalHeader()->setSectionResizeMode(SignatoryColumn, QHeaderView::Stretch);
    mParties->setColumnWidth(RegionColumn, 230);
    mParties->setColumnWidth(NumberColumn, 170);
    mAddRegionParty = new QPushButton(page);
    mAddOtherParty = new QPushButton(page);
    mRemoveParty = new QPushButton(page);
    mRemoveParty->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mAddRegionParty);
    buttons->addWidget(mAddOtherParty);
    buttons->addWidget(mRemoveParty);
    buttons->addStretch(1);
    auto *hint = translatedLabel(page, QT_TR_NOOP("Pihak pertama biasanya daerah sendiri. Nomor dokumen diisi per "
                                                  "pihak (setiap pihak memberi nomor sendiri); nomor yang sama dari "
                                                  "pihak yang sama pada kerja sama lain ditolak."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(mParties, 1);
    layout->addLayout(buttons);
    mTabs->addTab(page, QString());

    connect(mAddRegionParty, &QPushButton::clicked, this, [this] {
        addParty(Party{PartyKind::Region, {}, {}, {}, {}});
        mParties->setCurrentCell(mParties->rowCount() - 1, RegionColumn);
    });
    connect(mAddOtherParty, &QPushButton::clicked, this, [this] {
        addParty(Party{partnerKindFor(Category(mCategory->currentData().toInt())), {}, {}, {}, {}});
        mParties->setCurrentCell(mParties->rowCount() - 1, NameColumn);
        mParties->editItem(mParties->item(mParties->rowCount() - 1, NameColumn));
    });
    connect(mRemoveParty, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : mParties->selectionModel()->selectedRows())
            rows.append(i.row());
        std::sort(rows.rbegin(), rows.rend());
        for (int r : rows)
            mParties->removeRow(r);
        later();
    });
    connect(mParties, &QTableWidget::itemSelectionChanged, this,
            [this] { mRemoveParty->setEnabled(!mParties->selectionModel()->selectedRows().isEmpty()); });
    connect(mParties, &QTableWidget::itemChanged, this, &AgreementEditor::later);
}

void AgreementEditor::addParty(const Party &party)
{
    const int row = mParties->rowCount();
    mParties->insertRow(row);
    auto *kind = new QComboBox(mParties);
    for (PartyKind k : AllPartyKinds)
        kind->addItem(partyKindLabel(k), int(k));
    kind->setFrame(false);
    mParties->setCellWidget(row, KindColumn, kind);
    auto *region = new RegionPicker(mParties);
    region->setFrame(false);
    region->setMinimumContentsLength(16);
    mParties->setCellWidget(row, RegionColumn, region);
    for (int c : {NameColumn, NumberColumn, SignatoryColumn})
        mParties->setItem(row, c, new QTableWidgetItem);
    setPartyRow(row, party);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        for (int r = 0; r < mParties->rowCount(); ++r) {
            if (mParties->cellWidget(r, KindColumn) == kind)
                updatePartyRow(r);
        }
        later();
    });
    connect(region, &RegionPicker::codeChanged, this, &AgreementEditor::later);
    connect(region, &QComboBox::editTextChanged, this, &AgreementEditor::later);
    later();
}

void AgreementEditor::setPartyRow(int row, const Party &party)
{
    const QSignalBlocker block(mParties);
    auto *kind = static_cast<QComboBox *>(mParties->cellWidget(row, KindColumn));
    kind->setCurrentIndex(kind->findData(int(party.kind)));
    auto *region = static_cast<RegionPicker *>(mParties->cellWidget(row, RegionColumn));
    if (party.regionCode.isEmpty())
        region->lineEdit()->clear(); // not setCode(""): QComboBox would ask the model for row -1
    else
        region->setCode(party.regionCode);
    mParties->item(row, NameColumn)->setText(party.name);
    mParties->item(row, NumberColumn)->setText(party.documentNumber);
    mParties->item(row, SignatoryColumn)->setText(party.signatory);
    updatePartyRow(row);
}

void AgreementEditor::updatePartyRow(int row)
{
    const auto kind = PartyKind(static_cast<QComboBox *>(mParties->cellWidget(row, KindColumn))->currentData().toInt());
    auto *region = static_cast<RegionPicker *>(mParties->cellWidget(row, RegionColumn));
    region->setEnabled(kind == PartyKind::Region);
    if (kind != PartyKind::Region)
        region->lineEdit()->clear();
    if (QTableWidgetItem *name = mParties->item(row, NameColumn)) {
        name->setToolTip(kind == PartyKind::Region ? tr("Boleh dikosongkan: nama daerah diambil dari data rujukan")
                                                   : tr("Nama lengkap pihak, mis. PT Tirta Galuh atau Badan Pusat "
                                                        "Statistik"));
    }
}

Party AgreementEditor::partyAt(int row) const
{
    Party p;
    p.kind = PartyKind(static_cast<QComboBox *>(mParties->cellWidget(row, KindColumn))->currentData().toInt());
    if (p.kind == PartyKind::Region) {
        auto *region = static_cast<RegionPicker *>(mParties->cellWidget(row, RegionColumn));
        p.regionCode = region->code();
        if (p.regionCode.isEmpty()) // keep what was typed so the check can name it
            p.regionCode = region->currentText().trimmed();
    }
    p.name = mParties->item(row, NameColumn)->text().simplified();
    p.documentNumber = mParties->item(row, NumberColumn)->text().simplified();
    p.signatory = mParties->item(row, SignatoryColumn)->text().simplified();
    return p;
}

} // namespace ksd
