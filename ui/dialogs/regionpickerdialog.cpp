// SPDX-License-Identifier: Apache-2.0
#include "regionpickerdialog.h"

#include "dialogs/dialogbuttons.h"
#include "models/itemroles.h"
#include "models/regionlistmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace ksd {

RegionPickerDialog::RegionPickerDialog(QWidget *parent)
    : QDialog(parent)
    , mModel(new RegionListModel(this))
    , mProxy(new QSortFilterProxyModel(this))
    , mSearch(new QLineEdit(this))
    , mList(new QListView(this))
    , mHint(new QLabel(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    mProxy->setSourceModel(mModel);
    mProxy->setFilterRole(SearchTextRole);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mList->setModel(mProxy);
    mList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mList->setUniformItemSizes(true);
    mSearch->setClearButtonEnabled(true);
    mHint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSearch);
    layout->addWidget(mList, 1);
    layout->addWidget(mHint);
    layout->addWidget(mButtons);

    connect(mSearch, &QLineEdit::textChanged, this, [this](const QString &t) {
        mProxy->setFilterFixedString(t.trimmed().toLower());
        if (mProxy->rowCount() == 1)
            mList->setCurrentIndex(mProxy->index(0, 0));
        updateState();
    });
    connect(mList->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegionPickerDialog::updateState);
    connect(mList, &QListView::doubleClicked, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 520);
    retranslate();
    updateState();
    mSearch->setFocus();
}

void RegionPickerDialog::setPurpose(Purpose purpose)
{
    mPurpose = purpose;
    retranslate();
}

void RegionPickerDialog::setExcluded(const QStringList &codes)
{
    mModel->setExcluded(codes);
}

QStringList RegionPickerDialog::selectedCodes() const
{
    QStringList codes;
    for (const QModelIndex &i : mList->selectionModel()->selectedIndexes())
        codes.append(i.data(RegionCodeRole).toString());
    if (codes.isEmpty() && mList->currentIndex().isValid())
        codes.append(mList->currentIndex().data(RegionCodeRole).toString());
    codes.sort();
    return codes;
}

void RegionPickerDialog::updateState()
{
    const int n = int(mList->selectionModel()->selectedIndexes().size());
    mHint->setText(n > 0 ? tr("%n wilayah dipilih.", nullptr, n)
                         : tr("Ketik nama, kode wilayah atau nama provinsi. Pilih beberapa dengan Ctrl atau Shift."));
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(!selectedCodes().isEmpty());
}

void RegionPickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RegionPickerDialog::retranslate()
{
    const bool scope = mPurpose == Purpose::AddToScope;
    setWindowTitle(scope ? tr("Tambah wilayah ke cakupan") : tr("Pilih wilayah terdampak eksternalitas"));
    mSearch->setPlaceholderText(tr("Cari: Banjar, 63.03, Kalimantan Selatan…"));
    mSearch->setAccessibleName(tr("Cari wilayah"));
    mList->setAccessibleName(tr("Daftar wilayah"));
    localizeButtons(mButtons);
    mButtons->button(QDialogButtonBox::Ok)->setText(scope ? tr("Tambahkan") : tr("Pilih"));
    updateState();
}

} // namespace ksd
