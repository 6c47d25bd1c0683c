// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QDockWidget;
class QLabel;
class QTreeView;

namespace ksd {

class PropertiesModel;
class Workbench;

/// The right dock: every field of the selected record (entry, proposal or agreement) as a form, editable with
/// the same editors as the tables; each edit is an undo command. Shows who changed the record last.
class Inspector : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(Workbench *workbench, QWidget *parent = nullptr);
    PropertiesModel *model() const { return mModel; }
    QTreeView *view() const { return mView; }
    QSize sizeHint() const override { return {360, 600}; }
    /// Shows @p dock (the one holding this inspector) only where it has something to show: on pages whose rows are
    /// records (WorkbenchPage::showsRecords()) or while a record is current. A dock the user closed stays closed
    /// until the user opens it again (View menu).
    void manageDock(QDockWidget *dock);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeading();
    void updateDock();
    void retranslate();

    Workbench *mWorkbench;
    PropertiesModel *mModel;
    QLabel *mHeading;
    QLabel *mMeta;
    QTreeView *mView;
    QLabel *mEmpty;
    QDockWidget *mDock = nullptr;
    bool mUserClosed = false;
};

} // namespace ksd
