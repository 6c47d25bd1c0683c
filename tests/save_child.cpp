// SPDX-License-Identifier: Apache-2.0
// Test helper: saves a project to one path in a loop, forever, until killed (bench/bench_kill.py, test_store).
//
//   ksd_save_child FILE ENTRIES         full saves of a project of ENTRIES entries, titles A and B alternating
//   ksd_save_child --write BASE OUT V   writes version V (A or B) of the project BASE to OUT (full save), once
//   ksd_save_child --in-place FILE BASE loads FILE (version A or B of BASE) and saves the other version into it in
//                                       place, alternating, forever; prints "ready" once loaded and
//                                       "saved" after every save
//
// Versions A and B of a project differ in a few records: the project title ("A"/"B"), three entries' titles,
// one proposal's title when there is one, and B drops the last entry and adds one of its own. A save in place
// between them writes a handful of rows. The first save after a load that has no baseline (a file recovered
// from a journal left by a kill) is a full rewrite; every later one must be in place, or "NOT IN PLACE" is
// written to stderr and the child exits with 3.
#include "model/project.h"
#include "store/ksdstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace ksd;

namespace {

Project version(const Project &base, char v)
{
    Project p = base;
    const QString tag = QString(QLatin1Char(v));
    p.title = tag;
    const qsizetype n = p.entries.size();
    for (qsizetype k : {qsizetype(0), n / 3, 2 * n / 3}) {
        if (k < n)
            p.entries[k].title = base.entries[k].title + QStringLiteral(" (versi %1)").arg(tag);
    }
    if (!p.proposals.isEmpty())
        p.proposals[0].title = base.proposals[0].title + QStringLiteral(" (versi %1)").arg(tag);
    if (v == 'B' && n > 1) {
        Entry extra = p.entries.takeLast();
        extra.meta.id = QUuid::createUuidV5(QUuid(), QStringLiteral("petaksd-save-child-extra"));
        extra.title = QStringLiteral("isian tambahan versi B");
        p.entries.append(extra);
    }
    return p;
}

int fullLoop(const QString &path, int n)
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("A"), 2024);
    for (int i = 0; i < n; ++i) {
        Entry e;
        e.meta = RecordMeta::fresh(QStringLiteral("uji"));
        e.regionCode = QStringLiteral("63.03");
        e.urusanCode = QStringLiteral("2.11");
        e.title = QStringLiteral("isian %1").arg(i);
        e.description = QString(200, QLatin1Char('x'));
        p.entries.append(e);
    }
    for (quint64 round = 0;; ++round) {
        p.title = (round % 2) ? QStringLiteral("B") : QStringLiteral("A");
        if (!KsdStore::save(p, path))
            return 1;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() == 5 && a[1] == QLatin1String("--write")) {
        auto base = KsdStore::load(a[2]);
        if (!base || a[4].size() != 1)
            return 2;
        return KsdStore::save(version(base->project, a[4].at(0).toLatin1()), a[3]) ? 0 : 1;
    }
    if (a.size() == 4 && a[1] == QLatin1String("--in-place")) {
        auto base = KsdStore::load(a[3]);
        auto file = KsdStore::load(a[2]);
        if (!base || !file) {
            std::fprintf(stderr, "load failed\n");
            return 2;
        }
        const Project versions[2] = {version(base->project, 'A'), version(base->project, 'B')};
        int next = file->project.title == QLatin1String("A") ? 1 : 0;
        SaveBaseline baseline = file->baseline();
        bool fullAllowed = !baseline.isValid();
        std::printf("ready\n");
        std::fflush(stdout);
        for (;;) {
            auto r = KsdStore::save(versions[next], a[2], baseline);
            if (!r) {
                std::fprintf(stderr, "save failed: %s\n", qPrintable(r.error().toString()));
                return 1;
            }
            if (r->kind != SaveKind::Incremental && !fullAllowed) {
                std::fprintf(stderr, "NOT IN PLACE (fallback %d)\n", int(r->fallback));
                return 3;
            }
            fullAllowed = false;
            std::printf("saved\n");
            std::fflush(stdout);
            baseline = r->baseline;
            next = 1 - next;
        }
    }
    if (a.size() < 3)
        return 2;
    return fullLoop(a[1], a[2].toInt());
}
