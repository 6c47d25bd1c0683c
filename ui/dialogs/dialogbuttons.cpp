// SPDX-License-Identifier: Apache-2.0
#include "dialogbuttons.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMessageBox>

namespace ksd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::DialogButtons)
};

QString textFor(int button)
{
    switch (button) {
    case QDialogButtonBox::Ok: return Tr::tr("OK");
    case QDialogButtonBox::Save: return Tr::tr("Simpan");
    case QDialogButtonBox::SaveAll: return Tr::tr("Simpan semua");
    case QDialogButtonBox::Open: return Tr::tr("Buka");
    case QDialogButtonBox::Yes: return Tr::tr("&Ya");
    case QDialogButtonBox::YesToAll: return Tr::tr("Ya untuk &semua");
    case QDialogButtonBox::No: return Tr::tr("&Tidak");
    case QDialogButtonBox::NoToAll: return Tr::tr("T&idak untuk semua");
    case QDialogButtonBox::Abort: return Tr::tr("Hentikan");
    case QDialogButtonBox::Retry: return Tr::tr("Coba lagi");
    case QDialogButtonBox::Ignore: return Tr::tr("Abaikan");
    case QDialogButtonBox::Close: return Tr::tr("Tutup");
    case QDialogButtonBox::Cancel: return Tr::tr("Batal");
    case QDialogButtonBox::Discard: return Tr::tr("Buang");
    case QDialogButtonBox::Help: return Tr::tr("Bantuan");
    case QDialogButtonBox::Apply: return Tr::tr("Terapkan");
    case QDialogButtonBox::Reset: return Tr::tr("Atur ulang");
    case QDialogButtonBox::RestoreDefaults: return Tr::tr("Kembalikan bawaan");
    default: return {};
    }
}

} // namespace

void localizeButtons(QDialogButtonBox *box)
{
    for (QAbstractButton *b : box->buttons()) {
        const QString text = textFor(box->standardButton(b));
        if (!text.isEmpty())
            b->setText(text);
    }
}

void localizeButtons(QMessageBox *box)
{
    for (QAbstractButton *b : box->buttons()) {
        const QString text = textFor(box->standardButton(b));
        if (!text.isEmpty())
            b->setText(text);
    }
}

} // namespace ksd
