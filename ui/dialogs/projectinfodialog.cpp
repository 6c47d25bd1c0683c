// SPDX-License-Identifier: Apache-2.0
#include "projectinfodialog.h"

#include "dialogs/dialogbuttons.h"
#include "document/recordfields.h"
#include "widgets/pickers.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ksd {

ProjectInfoDialog::ProjectInfoDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , mMode(mode)
    , mRegion(new RegionPicker(this))
    , mTitle(new QLineEdit(this))
    , mYear(new QSpinBox(this))
    , mRegionLabel(new QLabel(this))
    , mTitleLabel(new QLabel(this))
    , mYearLabel(new QLabel(this))
    , mHint(new QLabel(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    mYear->setRange(2000, 2100);
    mYear->setValue(QDate::currentDate().year());
    mRegion->setMinimumContentsLength(34);
    mRegion->setCode(QString());
    mHint->setWordWrap(true);
    mHint->setForegroundRole(QPalette::PlaceholderText);
    mRegionLabel->setBuddy(mRegion);
    mTitleLabel->setBuddy(mTitle);
    mYearLabel->setBuddy(mYear);

    auto *form = new QFormLayout;
    form->addRow(mRegionLabel, mRegion);
    form->addRow(mYearLabel, mYear);
    form->addRow(mTitleLabel, mTitle);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mHint);
    layout->addStretch(1);
    layout->addWidget(mButtons);

    connect(mRegion, &RegionPicker::codeChanged, this, [this] {
        suggestTitle();
        validate();
    });
    connect(mRegion, &QComboBox::editTextChanged, this, &ProjectInfoDialog::validate);
    connect(mYear, &QSpinBox::valueChanged, this, &ProjectInfoDialog::suggestTitle);
    connect(mTitle, &QLineEdit::textEdited, this, [this] { mTitleEdited = true; validate(); });
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    validate();
    resize(560, sizeHint().height());
}

void ProjectInfoDialog::setInfo(const ProjectInfo &info)
{
    mRegion->setCode(info.ownerRegion);
    if (info.year > 0)
        mYear->setValue(info.year);
    mTitle->setText(info.title);
    mTitleEdited = !info.title.isEmpty();
    validate();
}

ProjectInfo ProjectInfoDialog::info() const
{
    return {mTitle->text().trimmed(), mRegion->code(), mYear->value()};
}

void ProjectInfoDialog::suggestTitle()
{
    if (mTitleEdited && mTitle->text() != mAutoTitle)
        return;
    const QString code = mRegion->code();
    mAutoTitle = code.isEmpty() ? QString() : tr("Pemetaan KSD %1 %2").arg(regionName(code)).arg(mYear->value());
    mTitle->setText(mAutoTitle);
    mTitleEdited = false;
}

void ProjectInfoDialog::validate()
{
    const bool ok = !mRegion->code().isEmpty() && !mTitle->text().trimmed().isEmpty();
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ProjectInfoDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProjectInfoDialog::retranslate()
{
    setWindowTitle(mMode == NewProject ? tr("Proyek baru") : tr("Data proyek"));
    mRegionLabel->setText(tr("&Daerah pemilik:"));
    mRegion->setToolTip(tr("Provinsi, kabupaten atau kota yang melakukan pemetaan. Ketik nama atau kode."));
    mRegion->setAccessibleName(tr("Daerah pemilik"));
    mYearLabel->setText(tr("&Tahun:"));
    mTitleLabel->setText(tr("&Judul:"));
    mTitle->setAccessibleName(tr("Judul proyek"));
    mHint->setText(mMode == NewProject
                       ? tr("Cakupan awal berisi daerah pemilik. Wilayah lain dapat ditambahkan di panel Cakupan.")
                       : tr("Daerah pemilik baru otomatis masuk cakupan."));
    localizeButtons(mButtons);
    mButtons->button(QDialogButtonBox::Ok)->setText(mMode == NewProject ? tr("Buat proyek") : tr("Simpan"));
}

} // namespace ksd
