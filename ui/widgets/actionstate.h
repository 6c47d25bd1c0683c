// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QAction;

namespace ksd {

/// Enables @p action when @p whyNot is empty; otherwise disables it and says why: the tooltip gives the purpose
/// and the reason, the status tip the reason. Every action that can be greyed out goes through here.
void setActionState(QAction *action, const QString &purpose, const QString &whyNot);

} // namespace ksd
