// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

class QUndoView;

namespace ksd {

class Workbench;

/// The main window: lays out the start page, the centre pages, the docks and the status bar, and creates the
/// action handlers. No editing logic lives here: see Workbench for how handlers add pages, menus and docks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workbench *workbench() const { return mWorkbench; }
    /// Opens a .ksd file (asking about unsaved changes first); errors are shown.
    bool openFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();

    Workbench *mWorkbench = nullptr;
    QUndoView *mUndoView = nullptr;
};

} // namespace ksd
