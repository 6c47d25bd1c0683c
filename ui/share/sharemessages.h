// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QString>

class QWidget;

namespace ksd {

// Message boxes of the sharing dialogs, with Indonesian button texts whether or not Qt's own translation is
// loaded.

/// Asks before an existing file is replaced; the safe answer ("Batal") is the default.
bool askOverwrite(QWidget *parent, const QString &path);
/// Shows @p error (what and where) in a warning box titled @p title.
void showError(QWidget *parent, const QString &title, const Error &error);

} // namespace ksd
