// SPDX-License-Identifier: Apache-2.0
#include "formatupgrade.h"

#include "archive.h"
#include "procedure.h"

#include <QCoreApplication>

namespace ksd {

QStringList upgradeRecordsToVersion4(Project &project)
{
    QStringList out;
    const QList<StageRemap> remaps = alignToProcedures(project);
    for (const StageRemap &r : remaps) {
        if (out.size() == MaxUpgradeLines) {
            out.append(QCoreApplication::translate("ksd::Register",
                                                   "… dan %1 kerja sama lain ditandai perlu ditinjau (lihat catatan "
                                                   "tinjauan pada setiap kerja sama).")
                           .arg(remaps.size() - MaxUpgradeLines));
            break;
        }
        out.append(QCoreApplication::translate("ksd::Register", "Kerja sama \"%1\": %2").arg(r.title, r.note));
    }
    for (AttachedDocument &d : project.documents) {
        if (d.sha256.isEmpty() && !d.data.isEmpty()) {
            if (const Result<QString> hash = d.data.actualSha256())
                d.sha256 = *hash;
        }
    }
    return out;
}

} // namespace ksd
