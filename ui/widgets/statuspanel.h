// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ksd {

class ProjectDocument;
class Workbench;

/// The permanent part of the status bar: counts of the open project and the running background task with its
/// progress and a cancel button.
class StatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPanel(Workbench *workbench, QWidget *parent = nullptr);
    QString countsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setDocument(ProjectDocument *document);
    void updateCounts();
    void updateTask();

    Workbench *mWorkbench;
    QPointer<ProjectDocument> mDocument;
    QLabel *mCounts;
    QLabel *mTaskLabel;
    QProgressBar *mProgress;
    QToolButton *mCancel;
    int mShownTask = 0;
};

} // namespace ksd
