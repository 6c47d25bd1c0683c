// SPDX-License-Identifier: Apache-2.0
#include "mapplaceholder.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ksd {

MapPlaceholder::MapPlaceholder(QWidget *parent) : WorkbenchPage(parent), mNote(new QLabel(this))
{
    mNote->setAlignment(Qt::AlignCenter);
    mNote->setWordWrap(true);
    mNote->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mNote);
    retranslate();
}

void MapPlaceholder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WorkbenchPage::changeEvent(event);
}

void MapPlaceholder::retranslate()
{
    mNote->setText(tr("Peta jejaring wilayah akan tampil di sini: wilayah dalam cakupan, saran, usulan dan kerja "
                      "sama sebagai garis penghubung.\n\nSementara itu, gunakan tab Isian, Saran, Usulan dan Kerja "
                      "Sama."));
}

} // namespace ksd
