// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace ksd {

/// Optional base of a centre tab. Edit → Hapus (Delete) and Edit → Cari (Ctrl+F) act on the current page
/// through these; a page that is a plain QWidget simply does not take part.
class WorkbenchPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Moves the keyboard focus to the page's filter box.
    virtual void focusFilter() {}
    /// True when Delete has something to remove (selected rows).
    virtual bool canDeleteSelection() const { return false; }
    /// Removes the selected rows (one undo command).
    virtual void deleteSelection() {}
    /// True when the page's rows are records the inspector shows (the inspector dock hides on other pages unless a
    /// record is current, e.g. a link clicked on the map).
    virtual bool showsRecords() const { return false; }

signals:
    /// canDeleteSelection() may have changed.
    void selectionStateChanged();
};

} // namespace ksd
