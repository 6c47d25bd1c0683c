// SPDX-License-Identifier: Apache-2.0
#include "i18n.h"

#include "format.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace ksd {

namespace {
QString gLanguage = QStringLiteral("id");
std::unique_ptr<QTranslator> gAppTranslator;
std::unique_ptr<QTranslator> gQtTranslator;

QString normalise(const QString &lang)
{
    const QString l = lang.trimmed().toLower().left(2);
    return l == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
}
} // namespace

QString preferredLanguage(const QStringList &args)
{
    const int i = int(args.indexOf(QStringLiteral("--lang")));
    if (i >= 0 && i + 1 < args.size())
        return normalise(args[i + 1]);
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--lang=")))
            return normalise(a.mid(7));
    }
    const QString env = qEnvironmentVariable("PETAKSD_LANG");
    if (!env.isEmpty())
        return normalise(env);
    return normalise(QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString());
}

bool installTranslations(const QString &language)
{
    const QString lang = normalise(language);
    auto *app = QCoreApplication::instance();
    if (gAppTranslator)
        app->removeTranslator(gAppTranslator.get());
    if (gQtTranslator)
        app->removeTranslator(gQtTranslator.get());
    gAppTranslator = std::make_unique<QTranslator>();
    gQtTranslator = std::make_unique<QTranslator>();
    const bool ok = gAppTranslator->load(QStringLiteral(":/i18n/petaksd_%1.qm").arg(lang));
    if (ok)
        app->installTranslator(gAppTranslator.get());
    // Qt's own strings: Qt's translation where it ships one, our own Indonesian one otherwise.
    const bool qtOk = lang == QLatin1String("id")
                          ? gQtTranslator->load(QStringLiteral(":/i18n/qt_id.qm"))
                          : gQtTranslator->load(QStringLiteral("qtbase_%1").arg(lang),
                                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtOk)
        app->installTranslator(gQtTranslator.get());
    gLanguage = lang;
    QLocale::setDefault(displayLocale(lang));
    return ok;
}

QString currentLanguage()
{
    return gLanguage;
}

} // namespace ksd
