// SPDX-License-Identifier: Apache-2.0
#include "dialogbuttons.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QMessageBox>

namespace ksd {

namespace {

QString textFor(int button)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("ksd::DialogButtons", s); };
    switch (button) {
    case QDialogButtonBox::Ok: return tr("OK");
    case QDialogButtonBox::Save: return tr("Simpan");
    case QDialogButtonBox::SaveAll: return tr("Simpan semua");
    case QDialogButtonBox::Open: return tr("Buka");
    case QDialogButtonBox::Yes: return tr("&Ya");
    case QDialogButtonBox::YesToAll: return tr("Ya untuk &semua");
    case QDialogButtonBox::No: return tr("&Tidak");
    case QDialogButtonBox::NoToAll: return tr("T&idak untuk semua");
    case QDialogButtonBox::Abort: return tr("Hentikan");
    case QDialogButtonBox::Retry: return tr("Coba lagi");
    case QDialogButtonBox::Ignore: return tr("Abaikan");
    case QDialogButtonBox::Close: return tr("Tutup");
    case QDialogButtonBox::Cancel: return tr("Batal");
    case QDialogButtonBox::Discard: return tr("Buang");
    case QDialogButtonBox::Help: return tr("Bantuan");
    case QDialogButtonBox::Apply: return tr("Terapkan");
    case QDialogButtonBox::Reset: return tr("Atur ulang");
    case QDialogButtonBox::RestoreDefaults: return tr("Kembalikan bawaan");
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
