// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"

#include <QMainWindow>

class QLabel;

namespace ksd {

/// The main window: lays out the views and wires the action handlers. No editing logic lives here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);

private:
    void showProject();

    Project mProject;
    QString mPath;
    QLabel *mSummary = nullptr;
};

} // namespace ksd
