// SPDX-License-Identifier: Apache-2.0
// Benchmark of the suggestion engine and its allocation on a national project (issue 3 item 7).
//
//   ksd_bench_engine --project FILE.ksd [--runs N] [--export-dir DIR]
//   ksd_bench_engine --entries N --seed S [--runs N] [--export-dir DIR]
//
// Prints "ROW<TAB>label<TAB>implementation<TAB>wall_ms<TAB>cpu_ms<TAB>runs<TAB>check" lines (medians; see
// bench/run.sh) and, with --export-dir, writes allocation.txt (every transport problem, for the networkx peer) and
// allocation_totals.txt. CPU time is reported beside wall time because other work on the machine inflates the
// latter.
#include "engine/engine.h"
#include "engine/graphalgo.h"
#include "engine/synth.h"
#include "store/ksdstore.h"

#include "benchtime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace ksd;

namespace {

struct Times
{
    std::vector<double> wall;
    std::vector<double> cpu;
    int runs() const { return int(wall.size()); }
};

using bench::cpuNow;
using bench::median;

Times timeIt(int runs, const std::function<void()> &f)
{
    Times t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = cpuNow();
        f();
        t.cpu.push_back(cpuNow() - cpu0);
        t.wall.push_back(double(wall.nsecsElapsed()) / 1e6);
    }
    return t;
}

void row(const char *label, const char *impl, const Times &t, const QString &check)
{
    std::printf("ROW\t%s\t%s\t%.2f\t%.2f\t%d\t%s\n", label, impl, median(t.wall), median(t.cpu), t.runs(),
                qPrintable(check));
    std::fflush(stdout);
}

QByteArray digest(const SuggestionSet &s)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const Suggestion &x : s.suggestions)
        h.addData(QStringLiteral("%1|%2|%3|%4|%5|%6\n").arg(x.key(), x.service, ksdClassKey(x.cls)).arg(x.score).arg(x.hops).arg(x.km).toUtf8());
    for (const Cluster &c : s.clusters)
        h.addData(QStringLiteral("%1|%2|%3\n").arg(c.key(), ksdClassKey(c.cls)).arg(c.score).toUtf8());
    for (const Hub &x : s.hubs)
        h.addData(QStringLiteral("%1|%2\n").arg(x.region).arg(x.betweenness).toUtf8());
    for (const AllocationFlow &f : s.allocation.flows)
        h.addData(QStringLiteral("%1|%2|%3|%4|%5\n").arg(f.from, f.to, f.urusan, f.unit).arg(f.amount).toUtf8());
    return h.result().toHex().left(16);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto value = [&](const char *name, const QString &fallback) {
        const int i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int runs = std::max(1, value("--runs", QStringLiteral("15")).toInt());
    const QString exportDir = value("--export-dir", QString());
    const QString projectPath = value("--project", QString());

    Project project;
    if (!projectPath.isEmpty()) {
        auto loaded = KsdStore::load(projectPath);
        if (!loaded) {
            std::fprintf(stderr, "ksd_bench_engine: %s\n", qPrintable(loaded.error().toString()));
            return 2;
        }
        project = std::move(loaded->project);
    } else {
        SynthOptions o;
        o.entries = value("--entries", QStringLiteral("50000")).toInt();
        o.seed = value("--seed", QStringLiteral("1")).toULongLong();
        project = makeSyntheticProject(o);
    }
    std::fprintf(stderr, "ksd_bench_engine: %lld entries, %lld regions in scope\n",
                 qlonglong(project.entries.size()), qlonglong(project.scope.size()));

    // Warm-up (reference data and the geometry cache are built once per process).
    // --prepare: the tables a run reads are built first (as the window does at start), then the first run.
    if (args.contains(QStringLiteral("--prepare"))) {
        const auto prepared = timeIt(1, [] { SuggestionEngine::prepare(); });
        row("engine tables prepared (SuggestionEngine::prepare)", "petaksd", prepared, QStringLiteral("once per process"));
    }
    EngineOptions warm;
    warm.allocation = false;
    SuggestionSet first;
    const auto firstRun = timeIt(1, [&] { first = SuggestionEngine::run(project, warm); });
    row("suggestion run, first in the process", "petaksd", firstRun,
        QStringLiteral("%1 pairs (target 100 ms)").arg(first.suggestions.size()));

    // 1. The full suggestion run: pairs, classes, scores, clusters, ranked partners and hubs.
    EngineOptions noAlloc;
    noAlloc.allocation = false;
    SuggestionSet last;
    const auto full = timeIt(runs, [&] { last = SuggestionEngine::run(project, noAlloc); });
    row("suggestion run (pairs+clusters+partners+hubs)", "petaksd", full,
        QStringLiteral("%1 pairs, %2 clusters, %3 hubs, digest %4")
            .arg(last.suggestions.size()).arg(last.clusters.size()).arg(last.hubs.size())
            .arg(QString::fromLatin1(digest(last))));

    if (args.contains(QStringLiteral("--no-allocation")))
        return 0;
    // 2. The same with the allocation.
    EngineOptions withAlloc;
    std::vector<graph::TransportProblem> problems;
    withAlloc.allocationProblems = &problems;
    SuggestionSet allocated = SuggestionEngine::run(project, withAlloc);
    withAlloc.allocationProblems = nullptr;
    const auto fullAlloc = timeIt(std::max(1, runs / 3), [&] { last = SuggestionEngine::run(project, withAlloc); });
    row("suggestion run incl. allocation", "petaksd", fullAlloc,
        QStringLiteral("digest %1").arg(QString::fromLatin1(digest(last))));

    // 3. The allocation alone, on exactly the graphs the engine built (the networkx peer solves the same).
    qint64 arcs = 0, nodes = 0;
    for (const auto &p : problems) {
        arcs += qint64(p.arcs.size());
        nodes += qint64(p.supply.size() + p.demand.size());
    }
    std::int64_t flow = 0, cost = 0;
    const auto alloc = timeIt(std::max(1, runs / 3), [&] {
        flow = cost = 0;
        for (const auto &p : problems) {
            const graph::FlowResult r = graph::minCostMaxFlow(p.supply, p.demand, p.arcs);
            flow += r.totalFlow;
            cost += r.totalCost;
        }
    });
    row("allocation: min-cost max-flow", "boost-ssp", alloc,
        QStringLiteral("%1 problems, %2 nodes, %3 arcs, flow %4, cost %5")
            .arg(problems.size()).arg(nodes).arg(arcs).arg(flow).arg(cost));
    if (flow != allocated.allocation.totalFlow || cost != allocated.allocation.totalCost)
        std::fprintf(stderr, "ksd_bench_engine: allocation totals differ from the engine's\n");

    // 4. Reproducibility: a second project object with the same content gives the same digest.
    const bool same = digest(first) == digest(SuggestionEngine::run(project, warm));
    std::fprintf(stderr, "ksd_bench_engine: repeat run identical: %s\n", same ? "yes" : "NO");

    if (!exportDir.isEmpty()) {
        QDir().mkpath(exportDir);
        QFile f(exportDir + QStringLiteral("/allocation.txt"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "ksd_bench_engine: cannot write %s\n", qPrintable(f.fileName()));
            return 2;
        }
        QTextStream out(&f);
        // P nSupply nDemand nArcs / S supplies... / D demands... / A from to capacity cost (one line per arc)
        for (const auto &p : problems) {
            out << "P " << p.supply.size() << ' ' << p.demand.size() << ' ' << p.arcs.size() << '\n' << 'S';
            for (auto v : p.supply)
                out << ' ' << v;
            out << "\nD";
            for (auto v : p.demand)
                out << ' ' << v;
            out << '\n';
            for (const auto &a : p.arcs)
                out << "A " << a.from << ' ' << a.to << ' ' << a.capacity << ' ' << a.cost << '\n';
        }
        QFile t(exportDir + QStringLiteral("/allocation_totals.txt"));
        if (t.open(QIODevice::WriteOnly | QIODevice::Truncate))
            t.write(QByteArray::number(qlonglong(flow)) + ' ' + QByteArray::number(qlonglong(cost)) + '\n');
    }
    return same ? 0 : 1;
}
