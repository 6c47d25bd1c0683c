// SPDX-License-Identifier: Apache-2.0
// Catch2 main with a Qt application object (SQL drivers and translations need one).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef KSD_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif

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
    return Catch::Session().run(argc, argv);
}
