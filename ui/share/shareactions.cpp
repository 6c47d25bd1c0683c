// SPDX-License-Identifier: Apache-2.0
#include "shareactions.h"

#include "share/copybanner.h"
#include "share/mergedialog.h"
#include "share/mergelogdialog.h"
#include "share/mergesession.h"
#include "share/sendcopydialog.h"
#include "share/sharemessages.h"

#include "document/projectdocument.h"
#include "workbench/documentmanager.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QVBoxLayout>

namespace ksd {

ShareActions::ShareActions(Workbench *workbench) : ActionHandler(workbench)
{
    mSend = new QAction(this);
    mSend->setObjectName(QStringLiteral("sendCopy"));
    mMerge = new QAction(this);
    mMerge->setObjectName(QStringLiteral("mergeCopies"));
    mLog = new QAction(this);
    mLog->setObjectName(QStringLiteral("mergeLog"));
    workbench->addAction(MenuId::File, Section::FileShare, mSend);
    workbench->addAction(MenuId::File, Section::FileShare, mMerge);
    workbench->addAction(MenuId::Project, Section::ProjectInfo, mLog);
    connect(mSend, &QAction::triggered, this, &ShareActions::sendCopy);
    connect(mMerge, &QAction::triggered, this, &ShareActions::mergeCopies);
    connect(mLog, &QAction::triggered, this, &ShareActions::showMergeLog);

    // The banner goes on top of the central area (the start page or the tabs), above the pages and between the
    // docks: the central widget is wrapped, the Workbench keeps its own pointers to it.
    QMainWindow *window = workbench->window();
    mBanner = new CopyBanner;
    auto *top = new QWidget;
    top->setObjectName(QStringLiteral("centralWithBanner"));
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bannerMargin = new QVBoxLayout;
    bannerMargin->setContentsMargins(6, 6, 6, 4);
    bannerMargin->addWidget(mBanner);
    layout->addLayout(bannerMargin);
    if (QWidget *central = window->takeCentralWidget())
        layout->addWidget(central, 1);
    window->setCentralWidget(top);

    connect(workbench->documents(), &DocumentManager::documentChanged, this, &ShareActions::documentChanged);
    retranslate();
    documentChanged(workbench->document());
}

void ShareActions::retranslate()
{
    mSend->setText(tr("&Kirim ke perangkat daerah…"));
    mSend->setStatusTip(tr("Membuat salinan proyek untuk diisi oleh satu perangkat daerah"));
    mMerge->setText(tr("&Gabungkan salinan…"));
    mMerge->setStatusTip(tr("Menggabungkan salinan yang dikembalikan perangkat daerah, dengan pratinjau dan "
                            "pilihan untuk setiap konflik"));
    mLog->setText(tr("&Log penggabungan…"));
    mLog->setStatusTip(tr("Menampilkan apa yang diambil dari salinan perangkat daerah, dan mengekspornya ke CSV"));
    updateBanner();
}

void ShareActions::documentChanged(ProjectDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (document) {
        connect(document, &ProjectDocument::projectReplaced, this, &ShareActions::updateBanner);
        connect(document, &ProjectDocument::projectInfoChanged, this, &ShareActions::updateBanner);
        connect(document, &ProjectDocument::changed, this, &ShareActions::updateActions);
    }
    updateActions();
    updateBanner();
}

void ShareActions::updateActions()
{
    ProjectDocument *doc = workbench()->document();
    mSend->setEnabled(doc != nullptr);
    mMerge->setEnabled(doc != nullptr);
    mLog->setEnabled(doc != nullptr);
}

void ShareActions::updateBanner()
{
    ProjectDocument *doc = workbench()->document();
    mBanner->showFor(doc ? &doc->project() : nullptr);
}

void ShareActions::sendCopy()
{
    ProjectDocument *doc = workbench()->document();
    if (!doc)
        return;
    // A copy cannot be sent on: say so before the planner fills in the form.
    if (Status s = canMakeCopy(doc->project()); !s) {
        showError(workbench()->window(), tr("Salinan tidak dapat dikirim"), s.error());
        return;
    }
    SendCopyDialog dialog(doc->project(), doc->filePath(), workbench()->window());
    if (dialog.exec() == QDialog::Accepted) {
        workbench()->showMessage(tr("Salinan untuk %1 disimpan ke %2")
                                     .arg(dialog.pd(), QDir::toNativeSeparators(dialog.outputPath())));
    }
}

void ShareActions::mergeCopies()
{
    ProjectDocument *doc = workbench()->document();
    if (!doc)
        return;
    if (doc->project().copyInfo) {
        showError(workbench()->window(), tr("Salinan tidak dapat digabungkan di sini"),
                  Error{tr("Proyek yang terbuka adalah salinan untuk %1. Gabungkan salinan ke proyek induk \"%2\".")
                            .arg(doc->project().copyInfo->forPd, doc->project().copyInfo->baseTitle),
                        {}, 0});
        return;
    }
    const QString dir = doc->isUntitled() ? QString() : QFileInfo(doc->filePath()).absolutePath();
    const QStringList files = QFileDialog::getOpenFileNames(
        workbench()->window(), tr("Pilih salinan yang dikembalikan perangkat daerah"), dir,
        tr("Proyek PetaKSD (*.ksd)"));
    if (files.isEmpty())
        return;
    MergeSession session(doc->project());
    // The copies are read on a worker thread (a national copy takes a second), the window responsive meanwhile.
    session.setLoader(MergeSession::loaderThrough(workbench()->documents()));
    session.addFiles(files);
    MergeDialog dialog(doc, &session, workbench()->window());
    if (dialog.exec() == QDialog::Accepted) {
        const MergeCounts total = session.outcome().total();
        workbench()->showMessage(tr("Salinan digabungkan: %1 ditambahkan, %2 diubah, %3 dihapus, %4 konflik "
                                    "diputuskan. Batalkan dengan Ctrl+Z.")
                                     .arg(total.added)
                                     .arg(total.changed)
                                     .arg(total.deleted)
                                     .arg(total.conflicts));
    }
}

void ShareActions::showMergeLog()
{
    ProjectDocument *doc = workbench()->document();
    if (!doc)
        return;
    MergeLogDialog dialog(doc->project().mergeLog, doc->filePath(), workbench()->window());
    dialog.setArchivedLog(doc->project().archivedLog);
    dialog.exec();
}

} // namespace ksd
