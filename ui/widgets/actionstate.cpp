// SPDX-License-Identifier: Apache-2.0
#include "actionstate.h"

#include <QAction>

namespace ksd {

void setActionState(QAction *action, const QString &purpose, const QString &whyNot)
{
    action->setEnabled(whyNot.isEmpty());
    action->setToolTip(whyNot.isEmpty() ? purpose : purpose + QLatin1Char('\n') + whyNot);
    action->setStatusTip(whyNot.isEmpty() ? purpose : whyNot);
}

} // namespace ksd
