// SPDX-License-Identifier: Apache-2.0
#include "statuspanel.h"

#include "document/projectdocument.h"
#include "workbench/documentmanager.h"
#include "workbench/taskrunner.h"
#include "workbench/workbench.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace ksd {

StatusPanel::StatusPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , mWorkbench(workbench)
    , mCounts(new QLabel(this))
    , mTaskLabel(new QLabel(this))
    , mProgress(new QProgressBar(this))
    , mCancel(new QToolButton(this))
{
    mCounts->setObjectName(QStringLiteral("statusCounts"));
    mCancel->setObjectName(QStringLiteral("taskCancel")); // the one input TaskRunner::runAndWait() lets through
    mProgress->setMaximumWidth(160);
    mProgress->setMaximumHeight(fontMetrics().height() + 2);
    mProgress->setTextVisible(false);
    mCancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    mCancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(mTaskLabel);
    layout->addWidget(mProgress);
    layout->addWidget(mCancel);
    layout->addSpacing(12);
    layout->addWidget(mCounts);

    TaskRunner *tasks = workbench->tasks();
    connect(tasks, &TaskRunner::taskStarted, this, &StatusPanel::updateTask);
    connect(tasks, &TaskRunner::taskFinished, this, &StatusPanel::updateTask);
    connect(tasks, &TaskRunner::progressChanged, this, [this](int id, int done, int total) {
        if (id != mShownTask)
            return;
        mProgress->setRange(0, std::max(0, total));
        mProgress->setValue(done);
    });
    connect(mCancel, &QToolButton::clicked, this, [this] { mWorkbench->tasks()->cancel(mShownTask); });
    connect(workbench->documents(), &DocumentManager::documentChanged, this, &StatusPanel::setDocument);
    setDocument(workbench->document());
    updateTask();
    changeEvent(nullptr);
}

void StatusPanel::setDocument(ProjectDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (document) {
        // counts change with any edit; coalesce bursts (imports, undo of many steps)
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, this, &StatusPanel::updateCounts);
        connect(document, &ProjectDocument::changed, timer, qOverload<>(&QTimer::start));
        connect(document, &QObject::destroyed, timer, &QObject::deleteLater);
    }
    updateCounts();
}

QString StatusPanel::countsText() const
{
    if (!mDocument)
        return {};
    const Project &p = mDocument->project();
    auto live = [](const auto &list) {
        return int(std::count_if(list.cbegin(), list.cend(), [](const auto &r) { return !r.meta.deleted; }));
    };
    return tr("%1 wilayah · %2 isian · %3 usulan · %4 kerja sama")
        .arg(p.scope.size())
        .arg(live(p.entries))
        .arg(live(p.proposals))
        .arg(live(p.agreements));
}

void StatusPanel::updateCounts()
{
    mCounts->setText(countsText());
}

void StatusPanel::updateTask()
{
    const auto tasks = mWorkbench->tasks()->tasks();
    const bool busy = !tasks.isEmpty();
    mTaskLabel->setVisible(busy);
    mProgress->setVisible(busy);
    mCancel->setVisible(busy);
    if (!busy) {
        mShownTask = 0;
        return;
    }
    const auto &t = tasks.constLast();
    mShownTask = t.id;
    mTaskLabel->setText(t.label);
    mProgress->setRange(0, 0); // busy until the first progress report
}

void StatusPanel::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        mCancel->setToolTip(tr("Batalkan pekerjaan ini"));
        mCancel->setAccessibleName(tr("Batalkan"));
        mProgress->setAccessibleName(tr("Kemajuan pekerjaan latar"));
        updateCounts();
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace ksd
