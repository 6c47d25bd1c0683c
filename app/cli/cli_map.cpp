// SPDX-License-Identifier: Apache-2.0
// petaksd map
#include "cli.h"

namespace ksd::cli {

QList<Command> mapCommands()
{
    return {};
}

} // namespace ksd::cli
