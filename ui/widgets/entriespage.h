// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/workbenchpage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolBar;
class QToolButton;

namespace ksd {

class EntriesModel;
class EntryFilterModel;
class ProjectDocument;
class RecordTableView;
class UrusanPicker;
class Workbench;

/// The Isian tab: the entries table with its filter bar (region, urusan, kind, perangkat daerah, priority,
/// text) and the add / remove buttons. Selecting a region in the scope panel filters the table to it.
class EntriesPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit EntriesPage(Workbench *workbench, QWidget *parent = nullptr);

    EntriesModel *model() const { return mModel; }
    EntryFilterModel *filterModel() const { return mFilter; }
    RecordTableView *view() const { return mView; }
    /// Puts a handler's action (e.g. CSV import) on the page's tool bar.
    void addToolAction(QAction *action);

    /// Adds an entry with defaults taken from the current filters, selects it and starts editing its title.
    void addEntry();

    void focusFilter() override;
    bool showsRecords() const override { return true; }
    bool canDeleteSelection() const override;
    void deleteSelection() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setDocument(ProjectDocument *document);
    void rebuildRegionFilter();
    void rebuildPdFilter();
    void applyFilters();
    void followRegions(const QStringList &codes);
    void updateCount();
    void retranslate();

    Workbench *mWorkbench;
    QPointer<ProjectDocument> mDocument;
    EntriesModel *mModel;
    EntryFilterModel *mFilter;
    RecordTableView *mView;
    QToolBar *mBar;
    QAction *mAdd;
    QAction *mRemove;
    QComboBox *mRegion;
    UrusanPicker *mUrusan;
    QComboBox *mKind;
    QComboBox *mPd;
    QComboBox *mPriority;
    QLineEdit *mSearch;
    QToolButton *mClear;
    QLabel *mCount;
    bool mUpdatingFilters = false;
};

} // namespace ksd
