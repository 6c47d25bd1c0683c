// SPDX-License-Identifier: Apache-2.0
#include "mergelogdialog.h"

#include "share/sharemessages.h"

#include "merge/merge.h"
#include "util/format.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace ksd {

MergeLogDialog::MergeLogDialog(const QList<MergeLogEntry> &log, const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , mLog(log)
    , mProjectPath(projectPath)
{
    setWindowTitle(tr("Log penggabungan"));

    auto *intro = new QLabel(log.isEmpty() ? tr("Belum ada salinan yang digabungkan ke proyek ini.")
                                           : tr("%n rekaman diambil, diputuskan atau dicatat saat menggabungkan "
                                                "salinan dari perangkat daerah.",
                                                nullptr, int(log.size())),
                             this);
    intro->setWordWrap(true);
    mIntro = intro;

    mTable = new QTableWidget(0, 7, this);
    mTable->setObjectName(QStringLiteral("mergeLog"));
    mTable->setHorizontalHeaderLabels({tr("Waktu"), tr("Perangkat daerah"), tr("Berkas salinan"), tr("Jenis"),
                                       tr("Tindakan"), tr("Keterangan"), tr("ID rekaman")});
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSortingEnabled(false);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    mTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    // Newest first; within one merge, in the order the merge wrote them.
    QList<int> order(log.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&log](int a, int b) { return log[a].at > log[b].at; });
    mTable->setRowCount(int(log.size()));
    for (int row = 0; row < order.size(); ++row) {
        const MergeLogEntry &e = log[order[row]];
        const auto type = recordTypeFromKey(e.recordType);
        const QStringList cells{mediumDateTime(e.at),
                                e.sourcePd,
                                e.sourceFile,
                                type ? recordTypeName(*type) : e.recordType,
                                mergeActionName(e.action),
                                e.detail,
                                e.recordId.toString(QUuid::WithoutBraces)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            mTable->setItem(row, col, item);
        }
    }

    auto *buttons = new QDialogButtonBox(this);
    auto *exportButton = buttons->addButton(tr("Ekspor CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    exportButton->setEnabled(!log.isEmpty());
    buttons->addButton(tr("Tutup"), QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(mTable, 1);
    layout->addWidget(buttons);

    connect(exportButton, &QPushButton::clicked, this, &MergeLogDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeLogDialog::reject);
    resizeToScreen(this, QSize(1100, 560));
}

void MergeLogDialog::setArchivedLog(const ArchivedMergeLog &archived)
{
    mArchived = archived;
    if (!archived.rows)
        return;
    mIntro->setText(mIntro->text() + QLatin1Char(' ')
                    + tr("%1 baris yang lebih lama tidak ditampilkan di sini: baris itu tetap tersimpan di berkas dan "
                         "ikut diekspor ke CSV.")
                          .arg(archived.rows->rowCount()));
}

Status MergeLogDialog::exportTo(const QString &path) const
{
    if (!mArchived.rows)
        return exportMergeLogCsv(mLog, path);
    Project whole;
    whole.archivedLog = mArchived;
    whole.mergeLog = mLog;
    QList<MergeLogEntry> all;
    if (Status read = forEachMergeLogRow(whole, [&](const MergeLogEntry &e) { all.append(e); }); !read)
        return read;
    return exportMergeLogCsv(all, path);
}

void MergeLogDialog::exportCsv()
{
    QString start = QDir::homePath();
    if (!mProjectPath.isEmpty()) {
        const QFileInfo info(mProjectPath);
        start = info.dir().filePath(tr("%1 - log penggabungan.csv").arg(info.completeBaseName()));
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Ekspor log penggabungan"), start,
                                                      tr("CSV untuk Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s)
        showError(this, tr("Log tidak dapat diekspor"), s.error());
}

} // namespace ksd
