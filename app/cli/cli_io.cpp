// SPDX-License-Identifier: Apache-2.0
// petaksd template, import, export
#include "cli.h"

namespace ksd::cli {

QList<Command> ioCommands()
{
    return {};
}

} // namespace ksd::cli
