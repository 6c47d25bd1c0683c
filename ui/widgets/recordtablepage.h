// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/recordfields.h"
#include "workbench/workbenchpage.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QToolBar;

namespace ksd {

class ProjectDocument;
class RecordTableModel;
class RecordTableView;
class Workbench;

/// A centre page with one record table, a search box and add / remove actions: the base of the Usulan and
/// Kerja Sama tabs (and of later register pages). Subclasses supply the model and what "add" and "remove" do.
class RecordTablePage : public WorkbenchPage
{
    Q_OBJECT

public:
    RecordTablePage(RecordType type, RecordTableModel *model, Workbench *workbench, QWidget *parent = nullptr);

    RecordTableModel *model() const { return mModel; }
    RecordTableView *view() const { return mView; }
    QSortFilterProxyModel *filterModel() const { return mProxy; }
    ProjectDocument *document() const;
    Workbench *workbench() const { return mWorkbench; }
    /// Adds an action to the page's tool bar, after the add / remove buttons.
    void addToolAction(QAction *action);
    /// Puts @p action (an editor that creates the record) where the page's own "Tambah …" was, and hides that.
    void replaceAddAction(QAction *action);
    /// The page's own "Tambah …" (a blank row to fill in) and "Hapus" actions.
    QAction *addRecordAction() const { return mAdd; }
    QAction *removeRecordAction() const { return mRemove; }

    void focusFilter() override;
    bool showsRecords() const override { return true; }
    bool canDeleteSelection() const override;
    void deleteSelection() override;

protected:
    virtual QUuid addRecord() = 0;
    virtual bool removeRecords(const QList<QUuid> &ids) = 0;
    virtual QString countText(int shown, int total) const = 0;
    virtual void retranslate();
    /// Called when the selection changes (enable page actions).
    virtual void selectionChanged() {}
    QLineEdit *searchBox() const { return mSearch; }

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setDocument(ProjectDocument *document);
    void updateCount();

    RecordType mType;
    Workbench *mWorkbench;
    QPointer<ProjectDocument> mDocument;
    RecordTableModel *mModel;
    QSortFilterProxyModel *mProxy;
    RecordTableView *mView;
    QToolBar *mBar;
    QAction *mAdd;
    QAction *mRemove;
    QAction *mExtraAnchor;
    QLineEdit *mSearch;
    QLabel *mCount;
};

} // namespace ksd
