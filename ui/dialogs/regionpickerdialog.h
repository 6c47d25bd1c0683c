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
/// time. Used to add regions to the scope and to name the regions an entry's externality crosses into.
class RegionPickerDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the regions are chosen for (the title and the OK button say it).
    enum class Purpose { AddToScope, ExternalityRegions };

    explicit RegionPickerDialog(QWidget *parent = nullptr);
    void setPurpose(Purpose purpose);
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
    Purpose mPurpose = Purpose::AddToScope;
};

} // namespace ksd
