// SPDX-License-Identifier: Apache-2.0
// Benchmark of the .ksd store on a national project (issue 15): open (quick_check and the full integrity_check),
// a full save, a save in place of one changed entry, and the cancel latency of a load.
//
//   ksd_bench_store --project FILE.ksd [--runs N]
//
// Prints "ROW<TAB>label<TAB>implementation<TAB>wall_ms<TAB>cpu_ms<TAB>runs<TAB>check" lines like ksd_bench_engine
// (medians), plus the min and max of the wall times in the check column.
#include "store/ksdstore.h"

#include "benchtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <functional>
#include <thread>

using namespace ksd;

namespace {

using bench::cpuNow;
using bench::median;

void timed(const char *label, int runs, const std::function<QString()> &f)
{
    std::vector<double> wall, cpu;
    QString check;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer w;
        w.start();
        const double c0 = cpuNow();
        check = f();
        cpu.push_back(cpuNow() - c0);
        wall.push_back(double(w.nsecsElapsed()) / 1e6);
    }
    const auto [lo, hi] = std::minmax_element(wall.begin(), wall.end());
    std::printf("ROW\t%s\tPetaKSD\t%.1f\t%.1f\t%d\tmin %.1f max %.1f; %s\n", label, median(wall), median(cpu), runs, *lo,
                *hi, qPrintable(check));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype pi = args.indexOf(QStringLiteral("--project"));
    const qsizetype ri = args.indexOf(QStringLiteral("--runs"));
    if (pi < 0 || pi + 1 >= args.size()) {
        std::fprintf(stderr, "usage: ksd_bench_store --project FILE.ksd [--runs N]\n");
        return 2;
    }
    const QString path = args[pi + 1];
    const int runs = ri >= 0 && ri + 1 < args.size() ? std::max(1, args[ri + 1].toInt()) : 7;
    auto first = KsdStore::load(path);
    if (!first) {
        std::fprintf(stderr, "%s\n", qPrintable(first.error().toString()));
        return 1;
    }
    const Project project = first->project;
    const QString rows = QStringLiteral("%1 entries").arg(project.entries.size());

    timed("open (KsdStore::load, quick_check)", runs, [&] {
        auto r = KsdStore::load(path);
        return r ? rows : r.error().toString();
    });
    timed("open (KsdStore::load, integrity_check)", runs, [&] {
        LoadOptions o;
        o.integrity = IntegrityCheck::Full;
        auto r = KsdStore::load(path, o);
        return r ? rows : r.error().toString();
    });
    QTemporaryDir dir(QFileInfo(path).absolutePath() + QStringLiteral("/.bench-store-XXXXXX"));
    const QString out = dir.filePath(QStringLiteral("simpan.ksd"));
    timed("save (KsdStore::save, full rewrite + fsync)", runs, [&] {
        const Status s = KsdStore::save(project, out);
        return s ? QStringLiteral("%1 bytes").arg(QFileInfo(out).size()) : s.error().toString();
    });
    // In place: the saved file loaded once (its baseline), then every run changes one entry's title and saves back
    // with the baseline of the previous save: one UPDATE and the meta rows in one transaction, journal and fsync.
    {
        auto loaded = KsdStore::load(out);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
            return 1;
        }
        SaveBaseline baseline = loaded->baseline();
        Project edited = loaded->project;
        int round = 0;
        timed("save, one entry changed (KsdStore::save in place, journal + fsync)", runs, [&] {
            Entry &e = edited.entries[edited.entries.size() / 2];
            e.title = QStringLiteral("diubah %1").arg(++round);
            e.meta.modified = QDateTime::currentDateTimeUtc();
            edited.modified = e.meta.modified;
            auto r = KsdStore::save(edited, out, baseline);
            if (!r)
                return r.error().toString();
            baseline = r->baseline;
            return r->kind == SaveKind::Incremental ? QStringLiteral("in place, %1 rows written").arg(r->rowsWritten)
                                                    : QStringLiteral("FELL BACK to a full rewrite (%1)").arg(int(r->fallback));
        });
    }
    // Cancel latency: the flag turned on another thread 50 ms into a load; the time until the load returns.
    timed("cancel a load 50 ms in (time to return after the cancel)", runs, [&] {
        std::atomic<bool> cancel{false};
        LoadOptions o;
        o.cancel = &cancel;
        QElapsedTimer t;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            t.start();
            cancel = true;
        });
        auto r = KsdStore::load(path, o);
        canceller.join();
        const bool wasCancelled = !r && StoreError(r.error().code) == StoreError::Cancelled;
        return wasCancelled ? QStringLiteral("returned %1 ms after the cancel").arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1)
                            : QStringLiteral("finished before the cancel");
    });
    return 0;
}
