// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ksd {

/// "id" (default) or "en": from a --lang option in @p args, then the PETAKSD_LANG variable, then the saved
/// preference ("ui/language" in QSettings).
QString preferredLanguage(const QStringList &args = {});
/// Loads the application's translation for @p language (and Qt's own where one exists) into the running
/// application, replacing any loaded before. Returns false when no translation was found.
bool installTranslations(const QString &language);
/// The language installed last ("id" until something else is installed).
QString currentLanguage();

} // namespace ksd
