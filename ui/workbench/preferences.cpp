// SPDX-License-Identifier: Apache-2.0
#include "preferences.h"

#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QSettings>

namespace ksd {

namespace {
const QString LanguageKey = QStringLiteral("ui/language"); // read by ksd::preferredLanguage() too
const QString EditorKey = QStringLiteral("editing/editorName");
const QString AutosaveKey = QStringLiteral("files/autosaveMinutes");
} // namespace

Preferences::Preferences(QObject *parent) : QObject(parent) {}

Preferences *Preferences::instance()
{
    static Preferences *prefs = new Preferences(QCoreApplication::instance());
    return prefs;
}

QString Preferences::language() const
{
    return QSettings().value(LanguageKey, QStringLiteral("id")).toString() == QLatin1String("en")
               ? QStringLiteral("en")
               : QStringLiteral("id");
}

void Preferences::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
    if (lang == this->language() && QSettings().contains(LanguageKey))
        return;
    QSettings().setValue(LanguageKey, lang);
    emit languageChanged(lang);
}

QString Preferences::editorName() const
{
    const QString name = QSettings().value(EditorKey).toString().trimmed();
    return name.isEmpty() ? ProjectDocument::fallbackEditorName() : name;
}

void Preferences::setEditorName(const QString &name)
{
    if (name.trimmed() == editorName())
        return;
    QSettings().setValue(EditorKey, name.trimmed());
    emit editorNameChanged(editorName());
}

int Preferences::autosaveMinutes() const
{
    bool ok = false;
    const int m = QSettings().value(AutosaveKey, 3).toInt(&ok);
    return ok ? std::clamp(m, 0, 60) : 3;
}

void Preferences::setAutosaveMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, 60);
    if (minutes == autosaveMinutes())
        return;
    QSettings().setValue(AutosaveKey, minutes);
    emit autosaveMinutesChanged(minutes);
}

} // namespace ksd
