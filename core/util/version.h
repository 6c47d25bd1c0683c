// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace ksd {

/// The program's version, from the CMake project version: "0.1.0".
QString programVersion();
/// "PetaKSD 0.1.0": what a saved file, a lock file, a report and `petaksd --version` name as the program.
QString programNameAndVersion();

} // namespace ksd
