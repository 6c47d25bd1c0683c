// SPDX-License-Identifier: Apache-2.0
#include "application.h"

#include "actions/fileactions.h"
#include "demo/demoproject.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "workbench/documentmanager.h"
#include "workbench/preferences.h"
#include "workbench/workbench.h"
#include "util/version.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace ksd {

int runGui(int &argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PetaKSD"));
    QApplication::setOrganizationName(QStringLiteral("PetaKSD"));
    QApplication::setApplicationVersion(programVersion());
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.petaksd.PetaKSD")));

    const QString screenshotDir = qEnvironmentVariable("PETAKSD_SCREENSHOT");
    std::unique_ptr<QTemporaryDir> screenshotSettings;
    if (!screenshotDir.isEmpty()) {
        // pictures for the documentation: no recent files or window layout from whoever runs it
        screenshotSettings = std::make_unique<QTemporaryDir>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings->path());
    }

    installTranslations(preferredLanguage(args));
    // Switching the language in Preferences applies at once: every widget gets QEvent::LanguageChange.
    QObject::connect(Preferences::instance(), &Preferences::languageChanged, &app,
                     [](const QString &language) { installTranslations(language); });

    MainWindow window;
    QString file;
    for (const QString &a : args) {
        if (!a.startsWith(QLatin1Char('-')) && a.endsWith(QLatin1String(".ksd"), Qt::CaseInsensitive)) {
            file = QFileInfo(a).absoluteFilePath();
            break;
        }
    }
    if (!screenshotDir.isEmpty()) {
        window.show();
        auto *tour = new ScreenshotTour(&window, screenshotDir, file);
        QTimer::singleShot(300, tour, &ScreenshotTour::start);
        return app.exec();
    }

    window.show();
    auto *files = window.workbench()->handler<FileActions>();
    if (!file.isEmpty())
        window.openFile(file);
    else if (args.contains(QStringLiteral("--demo")))
        window.workbench()->documents()->adopt(makeDemoProject(QDate::currentDate()));
    // after the window is up: offer what a crashed session left behind
    QTimer::singleShot(0, files, &FileActions::offerRecovery);
    return app.exec();
}

} // namespace ksd
