// SPDX-License-Identifier: Apache-2.0
// petaksd classify
#include "cli.h"

namespace ksd::cli {

QList<Command> rulesCommands()
{
    return {};
}

} // namespace ksd::cli
