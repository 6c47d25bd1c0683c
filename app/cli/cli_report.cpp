// SPDX-License-Identifier: Apache-2.0
// petaksd report
#include "cli.h"

namespace ksd::cli {

QList<Command> reportCommands()
{
    return {};
}

} // namespace ksd::cli
