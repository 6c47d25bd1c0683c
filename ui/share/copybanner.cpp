// SPDX-License-Identifier: Apache-2.0
#include "copybanner.h"

#include "merge/merge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace ksd {

CopyBanner::CopyBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("copyBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#copyBanner { background: #e8f1fb; border: 1px solid #9cc3e8; border-radius: 3px; }"
                                 "#copyBanner QLabel { color: #1b2a3a; background: transparent; }"));
    mIcon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    mIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    mIcon->setAlignment(Qt::AlignTop);
    mText = new QLabel(this);
    mText->setObjectName(QStringLiteral("copyBannerText"));
    mText->setWordWrap(true);
    mText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = mText->font();
    bold.setBold(true);
    mText->setFont(bold);
    mHint = new QLabel(this);
    mHint->setWordWrap(true);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(mText);
    texts->addWidget(mHint);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(mIcon);
    layout->addLayout(texts, 1);
    hide();
}

void CopyBanner::showFor(const Project *project)
{
    const QString banner = project ? copyBanner(*project) : QString();
    mPd = project && project->copyInfo ? project->copyInfo->forPd : QString();
    mText->setText(banner);
    retranslate();
    setVisible(!banner.isEmpty());
}

QString CopyBanner::text() const
{
    return mText->text();
}

void CopyBanner::retranslate()
{
    mHint->setText(tr("Perubahan yang Anda buat di sini dicatat atas nama %1. Setelah selesai, simpan berkas ini "
                      "dan kirim kembali kepada koordinator untuk digabungkan.")
                       .arg(mPd));
}

} // namespace ksd
