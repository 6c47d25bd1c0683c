// SPDX-License-Identifier: Apache-2.0
#include "startpage.h"

#include "workbench/recentfiles.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ksd {

StartPage::StartPage(RecentFiles *recent, QWidget *parent)
    : QWidget(parent)
    , mRecentFiles(recent)
    , mTitle(new QLabel(this))
    , mSubtitle(new QLabel(this))
    , mNew(new QPushButton(this))
    , mOpen(new QPushButton(this))
    , mDemo(new QPushButton(this))
    , mRecentTitle(new QLabel(this))
    , mRecent(new QListWidget(this))
    , mNoRecent(new QLabel(this))
    , mHint(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    mTitle->setFont(titleFont);
    QFont subFont = font();
    subFont.setPointSizeF(subFont.pointSizeF() * 1.2);
    mSubtitle->setFont(subFont);
    mSubtitle->setForegroundRole(QPalette::PlaceholderText);
    mSubtitle->setWordWrap(true); // the start page sits in the same stack as the tabs: it must not widen the window
    QFont sectionFont = font();
    sectionFont.setBold(true);
    mRecentTitle->setFont(sectionFont);

    const QSize iconSize(22, 22);
    for (auto [button, icon] : {std::pair{mNew, QStyle::SP_FileIcon}, std::pair{mOpen, QStyle::SP_DialogOpenButton},
                                std::pair{mDemo, QStyle::SP_FileDialogContentsView}}) {
        button->setIcon(style()->standardIcon(icon));
        button->setIconSize(iconSize);
        button->setMinimumHeight(40);
        button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 12px; padding-right: 12px;"));
    }
    mRecent->setObjectName(QStringLiteral("recentFiles"));
    mRecent->setIconSize(QSize(20, 20));
    mRecent->setSpacing(2);
    mRecent->setMinimumWidth(420);
    mNoRecent->setForegroundRole(QPalette::PlaceholderText);
    mNoRecent->setWordWrap(true);
    mHint->setWordWrap(true);
    mHint->setForegroundRole(QPalette::PlaceholderText);

    auto *actions = new QVBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(mNew);
    actions->addWidget(mOpen);
    actions->addWidget(mDemo);
    actions->addSpacing(12);
    actions->addWidget(mHint);
    actions->addStretch(1);

    auto *recentBox = new QVBoxLayout;
    recentBox->setSpacing(6);
    recentBox->addWidget(mRecentTitle);
    recentBox->addWidget(mRecent, 1);
    recentBox->addWidget(mNoRecent);
    recentBox->addStretch(0);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(actions, 2);
    columns->addLayout(recentBox, 3);

    auto *inner = new QVBoxLayout;
    inner->setSpacing(6);
    inner->addWidget(mTitle);
    inner->addWidget(mSubtitle);
    inner->addSpacing(24);
    inner->addLayout(columns, 1);

    // centred column of bounded width, like a welcome page
    auto *outer = new QGridLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    outer->setColumnStretch(1, 4); // the column widens up to its maximum, so the subtitle stays on one line
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    auto *holder = new QWidget(this);
    holder->setMaximumWidth(980);
    holder->setMinimumWidth(600); // fits between the docks on a 1366-pixel screen
    holder->setLayout(inner);
    outer->addWidget(holder, 1, 1);

    connect(mNew, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(mOpen, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(mDemo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(mRecent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    connect(recent, &RecentFiles::changed, this, &StartPage::rebuildRecent);
    retranslate();
}

void StartPage::rebuildRecent()
{
    mRecent->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const QString &path : mRecentFiles->files()) {
        // The project's title first (what a planner remembers), then the file and its folder.
        const QFileInfo fi(path);
        const QString title = mRecentFiles->title(path);
        const QString folder = QDir::toNativeSeparators(fi.absolutePath());
        const QString text = title.isEmpty() ? fi.fileName() + QLatin1Char('\n') + folder
                                             : title + QLatin1Char('\n') + fi.fileName() + QStringLiteral(" · ") + folder;
        auto *item = new QListWidgetItem(icon, text, mRecent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!fi.exists()) {
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("%1\nBerkas tidak ditemukan").arg(QDir::toNativeSeparators(path)));
        }
    }
    mRecent->setVisible(mRecent->count() > 0);
    mNoRecent->setVisible(mRecent->count() == 0);
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    mTitle->setText(tr("PetaKSD"));
    mSubtitle->setText(tr("Pemetaan Kerja Sama Daerah: dari potensi dan kebutuhan sampai perjanjian dan monev"));
    mNew->setText(tr("Proyek baru…"));
    mNew->setToolTip(tr("Mulai pemetaan baru untuk sebuah provinsi, kabupaten atau kota (Ctrl+N)"));
    mOpen->setText(tr("Buka proyek…"));
    mOpen->setToolTip(tr("Buka berkas proyek .ksd (Ctrl+O)"));
    mDemo->setText(tr("Buka contoh"));
    mDemo->setToolTip(tr("Buka proyek contoh Kabupaten Banjar 2024 untuk mencoba aplikasi"));
    mRecentTitle->setText(tr("Berkas terakhir"));
    mRecent->setAccessibleName(tr("Berkas terakhir"));
    mNoRecent->setText(tr("Belum ada berkas yang dibuka."));
    mHint->setText(tr("Berkas .ksd dari perangkat daerah dapat diseret ke jendela ini untuk dibuka."));
    rebuildRecent();
}

} // namespace ksd
