// SPDX-License-Identifier: Apache-2.0
#include "preferencesdialog.h"

#include "dialogs/dialogbuttons.h"
#include "workbench/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ksd {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , mLanguage(new QComboBox(this))
    , mEditor(new QLineEdit(this))
    , mAutosave(new QSpinBox(this))
    , mLanguageLabel(new QLabel(this))
    , mEditorLabel(new QLabel(this))
    , mAutosaveLabel(new QLabel(this))
    , mEditorHint(new QLabel(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Language names are written in their own language, so either can be found whatever is shown.
    mLanguage->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    mLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    Preferences *prefs = Preferences::instance();
    mLanguage->setCurrentIndex(mLanguage->findData(prefs->language()));
    mEditor->setText(prefs->editorName());
    mAutosave->setRange(0, 60);
    mAutosave->setValue(prefs->autosaveMinutes());
    mEditorHint->setWordWrap(true);
    mEditorHint->setForegroundRole(QPalette::PlaceholderText);
    mLanguageLabel->setBuddy(mLanguage);
    mEditorLabel->setBuddy(mEditor);
    mAutosaveLabel->setBuddy(mAutosave);

    auto *form = new QFormLayout;
    form->addRow(mLanguageLabel, mLanguage);
    form->addRow(mEditorLabel, mEditor);
    form->addRow(QString(), mEditorHint);
    form->addRow(mAutosaveLabel, mAutosave);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(520, sizeHint().height());
}

void PreferencesDialog::apply()
{
    Preferences *prefs = Preferences::instance();
    prefs->setEditorName(mEditor->text());
    prefs->setAutosaveMinutes(mAutosave->value());
    prefs->setLanguage(mLanguage->currentData().toString());
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferensi"));
    mLanguageLabel->setText(tr("&Bahasa:"));
    mLanguage->setToolTip(tr("Bahasa tampilan; berlaku seketika"));
    mEditorLabel->setText(tr("&Nama pengubah:"));
    mEditor->setPlaceholderText(QStringLiteral("Bagian Pemerintahan"));
    mEditor->setAccessibleName(tr("Nama pengubah"));
    mEditorHint->setText(tr("Dicatat pada setiap rekaman yang Anda ubah. Pada salinan untuk perangkat daerah, nama "
                            "perangkat daerah itu yang dipakai."));
    mAutosaveLabel->setText(tr("&Simpan pemulihan tiap:"));
    mAutosave->setSuffix(tr(" menit"));
    mAutosave->setSpecialValueText(tr("tidak pernah"));
    mAutosave->setToolTip(tr("Salinan pemulihan ditulis selama ada perubahan yang belum disimpan, dan ditawarkan "
                             "bila aplikasi tertutup tidak wajar"));
    localizeButtons(mButtons);
}

} // namespace ksd
