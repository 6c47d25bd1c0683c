// SPDX-License-Identifier: Apache-2.0
// Catch2 main with a Qt application object (SQL drivers and translations need one).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef KSD_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <QSettings>
#include <QTemporaryDir>

#include <cstdlib>

int main(int argc, char **argv)
{
#ifdef KSD_TEST_GUI
    // Catch2 2.13 lists the tests right after the build, with no way to set the environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("PetaKSD-test"));
    QCoreApplication::setApplicationName(QStringLiteral("petaksd-test"));
    // Each test process keeps its settings (editor name, recent files, window state) in a folder of its own: ctest
    // runs tests side by side, and one test clearing or setting them must not change what another one reads.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return Catch::Session().run(argc, argv);
}
