// SPDX-License-Identifier: Apache-2.0
#include "actionhandler.h"

#include "workbench/workbench.h"

namespace ksd {

ActionHandler::ActionHandler(Workbench *workbench) : QObject(workbench), mWorkbench(workbench) {}

} // namespace ksd
