// SPDX-License-Identifier: Apache-2.0
// petaksd send, merge
#include "cli.h"

namespace ksd::cli {

QList<Command> shareCommands()
{
    return {};
}

} // namespace ksd::cli
