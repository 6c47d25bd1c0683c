// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace ksd {

class ProjectDocument;
class ScopeTreeModel;
class Workbench;

/// The left dock: the regions in scope as a province → kab/kota tree with entry counts, a filter box, and
/// buttons to add regions from the reference data, add the bordering regions, and remove regions. Selecting a
/// region publishes it to the shared selection (the Isian tab and the map follow).
class ScopePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScopePanel(Workbench *workbench, QWidget *parent = nullptr);

    QTreeView *view() const { return mView; }
    /// Region codes selected in the tree.
    QStringList selectedCodes() const;
    void focusFilter();

    /// Opens the region picker and adds the chosen regions (one undo step).
    void addRegions();
    /// Adds the land neighbours of the selected regions (or of the owner region).
    void addNeighbours();
    /// Removes the selected regions from scope (the owner region stays).
    void removeSelected();

    QSize sizeHint() const override { return {290, 600}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setDocument(ProjectDocument *document);
    void publishSelection();
    void followSelection(const QStringList &codes);
    void updateButtons();
    void retranslate();

    QPointer<Workbench> mWorkbench; ///< null once the workbench is being destroyed (models reset during teardown)
    QPointer<ProjectDocument> mDocument;
    ScopeTreeModel *mModel;
    QSortFilterProxyModel *mProxy;
    QLineEdit *mFilter;
    QTreeView *mView;
    QToolButton *mAdd;
    QToolButton *mNeighbours;
    QToolButton *mRemove;
    bool mSyncing = false;
};

} // namespace ksd
