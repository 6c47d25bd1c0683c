// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "store/ksdstore.h"

#include <QLabel>
#include <QMessageBox>

namespace ksd {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    mSummary = new QLabel(tr("Belum ada proyek yang dibuka."), this);
    mSummary->setAlignment(Qt::AlignCenter);
    setCentralWidget(mSummary);
    setWindowTitle(tr("PetaKSD"));
    resize(1280, 800);
}

bool MainWindow::openFile(const QString &path)
{
    auto loaded = KsdStore::load(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Berkas tidak dapat dibuka"), loaded.error().toString());
        return false;
    }
    mProject = std::move(loaded->project);
    mPath = path;
    showProject();
    return true;
}

void MainWindow::showProject()
{
    mSummary->setText(tr("%1\n%2 isian").arg(mProject.title).arg(mProject.liveEntries().size()));
    setWindowTitle(tr("%1 – PetaKSD").arg(mProject.title));
}

} // namespace ksd
