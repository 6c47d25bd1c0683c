// SPDX-License-Identifier: Apache-2.0
// PetaKSD: one binary for the window and the headless subcommands.
#include "cli/cli.h"

#include "application.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (ksd::cli::isHeadless(args)) {
        std::unique_ptr<QCoreApplication> app;
        if (ksd::cli::needsGui(args)) {
            // Painting subcommands (map, report) never need a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("PetaKSD"));
        QCoreApplication::setOrganizationName(QStringLiteral("PetaKSD"));
        ksd::installTranslations(ksd::preferredLanguage(args));
        return ksd::cli::run(args);
    }
    return ksd::runGui(argc, argv, args);
}
