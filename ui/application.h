// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/i18n.h"

#include <QStringList>

namespace ksd {

/// Starts the windowed application: the main window, opening @p args' .ksd file (or the start page).
int runGui(int &argc, char **argv, const QStringList &args);

} // namespace ksd
