// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QDialogButtonBox;

namespace ksd {

class RegionListModel;

/// Chooses regions from the reference data: a searchable list (name, code, BPS code or province), several at a
/// time. Used to add regions to the scope.
class RegionPickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegionPickerDialog(QWidget *parent = nullptr);
    /// Leaves @p codes out of the list (already in scope).
    void setExcluded(const QStringList &codes);
    QStringList selectedCodes() const;
    /// For tests: the search box.
    QLineEdit *searchBox() const { return mSearch; }
    QListView *list() const { return mList; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    RegionListModel *mModel;
    QSortFilterProxyModel *mProxy;
    QLineEdit *mSearch;
    QListView *mList;
    QLabel *mHint;
    QDialogButtonBox *mButtons;
};

} // namespace ksd
