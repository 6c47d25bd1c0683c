// SPDX-License-Identifier: Apache-2.0
#include "version.h"

#include "petaksd_version.h"

namespace ksd {

QString programVersion()
{
    return QStringLiteral(PETAKSD_VERSION);
}

QString programNameAndVersion()
{
    return QStringLiteral("PetaKSD ") + programVersion();
}

} // namespace ksd
