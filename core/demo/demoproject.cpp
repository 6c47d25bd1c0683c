// SPDX-License-Identifier: Apache-2.0
#include "demoproject.h"

namespace ksd {

Project makeDemoProject(const QDate &today)
{
    Q_UNUSED(today)
    return Project::create(QStringLiteral("63.03"), QStringLiteral("Pemetaan KSD Kabupaten Banjar 2024 (contoh)"), 2024);
}

} // namespace ksd
