// SPDX-License-Identifier: Apache-2.0
#include "application.h"

#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>

namespace ksd {

int runGui(int &argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PetaKSD"));
    QApplication::setOrganizationName(QStringLiteral("PetaKSD"));
    QApplication::setApplicationVersion(QStringLiteral(PETAKSD_VERSION));
    installTranslations(preferredLanguage(args));

    MainWindow window;
    window.show();
    for (const QString &a : args) {
        if (!a.startsWith(QLatin1Char('-')) && a.endsWith(QLatin1String(".ksd"), Qt::CaseInsensitive)) {
            window.openFile(QFileInfo(a).absoluteFilePath());
            break;
        }
    }
    return app.exec();
}

} // namespace ksd
