// SPDX-License-Identifier: Apache-2.0
// petaksd stats
#include "cli.h"

namespace ksd::cli {

QList<Command> statsCommands()
{
    return {};
}

} // namespace ksd::cli
