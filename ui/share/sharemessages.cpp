// SPDX-License-Identifier: Apache-2.0
#include "sharemessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace ksd {

namespace {
struct ShareMessages
{
    Q_DECLARE_TR_FUNCTIONS(ksd::ShareMessages)
};
} // namespace

bool askOverwrite(QWidget *parent, const QString &path)
{
    QMessageBox box(QMessageBox::Warning, ShareMessages::tr("Berkas sudah ada"),
                    ShareMessages::tr("Berkas \"%1\" sudah ada. Timpa berkas itu?").arg(QFileInfo(path).fileName()),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    QPushButton *replace = box.addButton(ShareMessages::tr("Timpa"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(ShareMessages::tr("Batal"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == replace;
}

void showError(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::NoButton, parent);
    if (!error.where.isEmpty())
        box.setInformativeText(QDir::toNativeSeparators(error.where));
    box.addButton(ShareMessages::tr("Tutup"), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace ksd
