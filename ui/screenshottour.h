// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

namespace ksd {

class MainWindow;

/// PETAKSD_SCREENSHOT=DIR: grabs the start page and every tab of the demo project (or the file given) into
/// DIR/start.png, DIR/tab-<key>.png ..., then the map in each layout (peta-geo, peta-force, peta-circle), with a
/// hover card (peta-hover) and filtered to one urusan (peta-filter), and quits. PETAKSD_SCREENSHOT_NATIONAL=FILE.ksd
/// adds that project's map whole (peta-nasional) and zoomed in on PETAKSD_SCREENSHOT_REGION (peta-nasional-dekat);
/// PETAKSD_SCREENSHOT_SIZE=WxH sets the window's size (default 1440x900). For the documentation and for looking at
/// the UI under Xvfb.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, const QString &dir, const QString &file);
    void start();

private:
    void grab(const QString &name);
    void settle(int ms = 150);
    /// Waits for background tasks and the map's suggestion run.
    void waitForWork();
    void mapTour();

    MainWindow *mWindow;
    QString mDir;
    QString mFile;
};

} // namespace ksd
