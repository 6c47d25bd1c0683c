// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

namespace ksd {

class MainWindow;

/// PETAKSD_SCREENSHOT=DIR: grabs the start page and every tab of the demo project (or the file given) into
/// DIR/start.png, DIR/tab-<key>.png ..., then quits. For the documentation and for looking at the UI under Xvfb.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, const QString &dir, const QString &file);
    void start();

private:
    void grab(const QString &name);
    void settle(int ms = 150);

    MainWindow *mWindow;
    QString mDir;
    QString mFile;
};

} // namespace ksd
