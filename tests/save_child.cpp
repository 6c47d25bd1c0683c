// SPDX-License-Identifier: Apache-2.0
// Test helper: saves two alternating versions of a project to one path, forever, until killed.
// Usage: ksd_save_child FILE.ksd ENTRIES
#include "model/project.h"
#include "store/ksdstore.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int n = QString::fromLocal8Bit(argv[2]).toInt();
    ksd::Project p = ksd::Project::create(QStringLiteral("63.03"), QStringLiteral("A"), 2024);
    for (int i = 0; i < n; ++i) {
        ksd::Entry e;
        e.meta = ksd::RecordMeta::fresh(QStringLiteral("uji"));
        e.regionCode = QStringLiteral("63.03");
        e.urusanCode = QStringLiteral("2.11");
        e.title = QStringLiteral("isian %1").arg(i);
        e.description = QString(200, QLatin1Char('x'));
        p.entries.append(e);
    }
    for (quint64 round = 0;; ++round) {
        p.title = (round % 2) ? QStringLiteral("B") : QStringLiteral("A");
        if (!ksd::KsdStore::save(p, path))
            return 1;
    }
}
