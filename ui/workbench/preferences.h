// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace ksd {

/// The user's settings (QSettings), with change signals: language, the editor name records are stamped with,
/// and the autosave interval.
class Preferences : public QObject
{
    Q_OBJECT

public:
    static Preferences *instance();

    QString language() const;            ///< "id" or "en"
    void setLanguage(const QString &language);
    QString editorName() const;          ///< default "Bagian Pemerintahan"
    void setEditorName(const QString &name);
    int autosaveMinutes() const;         ///< 1..60, default 3; 0 = off
    void setAutosaveMinutes(int minutes);

signals:
    void languageChanged(const QString &language);
    void editorNameChanged(const QString &name);
    void autosaveMinutesChanged(int minutes);

private:
    explicit Preferences(QObject *parent = nullptr);
};

} // namespace ksd
