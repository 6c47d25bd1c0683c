// SPDX-License-Identifier: Apache-2.0
// petaksd suggest, synth
#include "cli.h"

namespace ksd::cli {

QList<Command> engineCommands()
{
    return {};
}

} // namespace ksd::cli
