// SPDX-License-Identifier: Apache-2.0
// Layout benchmark on the national graph: 552 regions, kab/kota and province borders, and 3,000 seeded synthetic
// suggestion links. Prints medians with min and max, and the force layout's stress (layoutStress); can export the
// same graph as an edge list and as DOT for the peers (bench/peers_layout.py: networkx spring_layout and Graphviz
// sfdp), and give the stress of the peers' positions on it. A benchmark, not a timed test.
//
//   ksd_bench_layout [--runs N] [--iterations N] [--links N] [--json]
//                    [--export-edges FILE.tsv] [--export-dot FILE.dot]
//   ksd_bench_layout --stress-of POSITIONS.tsv [--links N]    (lines "code<TAB>x<TAB>y"; prints JSON)
//
// The table mode also prints "ROW<TAB>label<TAB>implementation<TAB>wall_ms<TAB>cpu_ms<TAB>runs<TAB>check" lines
// (medians; see bench/run.sh).
#include "layout/labelplacement.h"
#include "layout/layout.h"
#include "layout/layoutquality.h"
#include "refdata/refdata.h"

#include "benchtime.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <functional>
#include <random>
#include <set>
#include <vector>

using namespace ksd;

namespace {

struct NationalGraph
{
    QStringList nodes;
    QList<LayoutLink> links;
    int borderLinks = 0;
};

/// Borders carry weight 1, synthetic suggestions 0.5; the synthetic pairs are distinct kab/kota pairs that are not
/// borders, drawn from std::mt19937(20240), so every run and every peer sees the same graph.
NationalGraph nationalGraph(int synthetic)
{
    NationalGraph g;
    const RefData &ref = RefData::instance();
    QStringList kabkota;
    for (const Region &r : ref.regions()) {
        g.nodes.append(r.code);
        if (!r.isProvince())
            kabkota.append(r.code);
    }
    std::set<std::pair<QString, QString>> seen;
    for (const Border &b : ref.borders()) {
        const auto key = std::minmax(b.a, b.b);
        if (seen.insert(key).second)
            g.links.append({key.first, key.second, 1.0});
    }
    g.borderLinks = int(g.links.size());
    std::mt19937 gen(20240);
    std::uniform_int_distribution<qsizetype> pick(0, kabkota.size() - 1);
    int added = 0;
    while (added < synthetic) {
        const QString a = kabkota[pick(gen)], b = kabkota[pick(gen)];
        if (a == b)
            continue;
        const auto key = std::minmax(a, b);
        if (!seen.insert(key).second)
            continue;
        g.links.append({key.first, key.second, 0.5});
        ++added;
    }
    return g;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(text.toUtf8());
    return f.error() == QFileDevice::NoError;
}

QString edgeList(const NationalGraph &g)
{
    QString out;
    QTextStream s(&out);
    // Isolated nodes are listed as "node" lines so that the peers lay out all 552.
    for (const QString &n : g.nodes)
        s << "node\t" << n << '\n';
    for (const LayoutLink &l : g.links)
        s << l.a << '\t' << l.b << '\t' << l.weight << '\n';
    return out;
}

QString dot(const NationalGraph &g)
{
    QString out;
    QTextStream s(&out);
    s << "graph national {\n";
    for (const QString &n : g.nodes)
        s << "  \"" << n << "\";\n";
    for (const LayoutLink &l : g.links)
        s << "  \"" << l.a << "\" -- \"" << l.b << "\" [weight=" << l.weight << "];\n";
    s << "}\n";
    return out;
}

/// Wall-clock and CPU milliseconds of every run. CPU time is the fairer figure on a shared machine.
struct Timing
{
    std::vector<double> wall;
    std::vector<double> cpu;
    double wallMs() const { return bench::median(wall); }
    double cpuMs() const { return bench::median(cpu); }
    QString spread() const
    {
        const auto [wlo, whi] = std::minmax_element(wall.begin(), wall.end());
        const auto [clo, chi] = std::minmax_element(cpu.begin(), cpu.end());
        return QStringLiteral("wall min %1 max %2, cpu min %3 max %4 ms")
            .arg(*wlo, 0, 'f', 1).arg(*whi, 0, 'f', 1).arg(*clo, 0, 'f', 1).arg(*chi, 0, 'f', 1);
    }
};

Timing timed(int runs, const std::function<void()> &work)
{
    Timing t;
    for (int i = 0; i < runs; ++i) {
        const double c0 = bench::cpuNow();
        const auto t0 = std::chrono::steady_clock::now();
        work();
        const auto t1 = std::chrono::steady_clock::now();
        t.cpu.push_back(bench::cpuNow() - c0);
        t.wall.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return t;
}

/// Positions from "code<TAB>x<TAB>y" lines (a peer's drawing); empty on a read error.
QMap<QString, QPointF> readPositions(const QString &path)
{
    QMap<QString, QPointF> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    while (!f.atEnd()) {
        const QStringList parts = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
        if (parts.size() == 3)
            out.insert(parts[0], QPointF(parts[1].toDouble(), parts[2].toDouble()));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 11, iterations = 100, synthetic = 3000;
    bool json = false;
    QString edgesPath, dotPath, stressOf;
    auto takeValue = [&](qsizetype i) -> QString {
        if (i + 1 >= args.size()) {
            std::fprintf(stderr, "%s needs a value\n", qPrintable(args[i]));
            std::exit(2);
        }
        return args[i + 1];
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--runs"))
            runs = std::max(1, takeValue(i++).toInt());
        else if (a == QLatin1String("--iterations"))
            iterations = std::max(1, takeValue(i++).toInt());
        else if (a == QLatin1String("--links"))
            synthetic = std::max(0, takeValue(i++).toInt());
        else if (a == QLatin1String("--export-edges"))
            edgesPath = takeValue(i++);
        else if (a == QLatin1String("--export-dot"))
            dotPath = takeValue(i++);
        else if (a == QLatin1String("--stress-of"))
            stressOf = takeValue(i++);
        else if (a == QLatin1String("--json"))
            json = true;
        else {
            std::fprintf(stderr,
                         "usage: ksd_bench_layout [--runs N] [--iterations N] [--links N] [--json] "
                         "[--export-edges FILE] [--export-dot FILE] | --stress-of POSITIONS.tsv\n");
            return 2;
        }
    }

    const NationalGraph g = nationalGraph(synthetic);
    if (!edgesPath.isEmpty() && !writeFile(edgesPath, edgeList(g))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(edgesPath));
        return 2;
    }
    if (!dotPath.isEmpty() && !writeFile(dotPath, dot(g))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(dotPath));
        return 2;
    }

    LayoutInput in;
    in.nodes = g.nodes;
    in.links = g.links;
    if (!stressOf.isEmpty()) {
        const QMap<QString, QPointF> pos = readPositions(stressOf);
        const LayoutStress hops = layoutStress(in, pos, StressDistance::Hops);
        const LayoutStress lengths = layoutStress(in, pos, StressDistance::LinkLengths);
        std::printf("{\"positions\": %lld, \"stress\": %.6f, \"stress_lengths\": %.6f, \"pairs\": %lld}\n",
                    qlonglong(pos.size()), hops.stress, lengths.stress, qlonglong(hops.pairs));
        return pos.size() == g.nodes.size() ? 0 : 1;
    }
    in.links = g.links;
    in.bounds = QRectF(0, 0, 1920, 1080);
    in.nodeRadius = 6;
    in.spacing = 4;
    in.seed = 1;
    in.iterations = iterations;

    Layout force, geo, circle;
    const Timing forceT = timed(runs, [&] { force = forceLayout(in); });
    const LayoutStress forceStress = layoutStress(in, force.positions, StressDistance::Hops);
    const LayoutStress forceStressLengths = layoutStress(in, force.positions, StressDistance::LinkLengths);
    const Timing geoT = timed(runs, [&] { geo = *geographicLayout(in); });
    const Timing circleT = timed(runs, [&] { circle = circularLayout(in); });
    // De-overlap alone, on the raw (crowded) label points of the national map.
    QMap<QString, QPointF> raw;
    for (const QString &c : g.nodes) {
        const Region *r = RefData::instance().region(c);
        raw.insert(c, geo.projection->toScene(r->labelLon, r->labelLat));
    }
    SpacedPositions spaced;
    const Timing deOverlapT = timed(runs, [&] { spaced = deOverlap(raw, in.bounds, in.nodeRadius, in.spacing); });
    QList<LabelNode> nodes;
    QList<LabelRequest> labels;
    for (auto it = geo.positions.cbegin(); it != geo.positions.cend(); ++it) {
        nodes.append({it.key(), it.value(), in.nodeRadius});
        labels.append({it.key(), QSizeF(7.0 * double(RefData::instance().region(it.key())->name.size()), 12),
                       it.key().startsWith(QLatin1String("63")) ? 1 : 0});
    }
    QList<LabelPlacement> placed;
    const Timing labelT = timed(runs, [&] { placed = placeLabels(nodes, labels, {2, in.bounds}); });
    const auto shown = std::count_if(placed.begin(), placed.end(), [](const LabelPlacement &p) { return p.shown; });

    if (json) {
        std::printf("{\"nodes\": %lld, \"links\": %lld, \"border_links\": %d, \"iterations\": %d, \"runs\": %d, "
                    "\"force_ms\": %.3f, \"force_cpu_ms\": %.3f, \"force_stress\": %.6f, \"force_stress_lengths\": %.6f, "
                    "\"geo_ms\": %.3f, \"circle_ms\": %.3f, "
                    "\"deoverlap_ms\": %.3f, \"deoverlap_passes\": %d, \"labels_ms\": %.3f, \"labels_shown\": %lld, "
                    "\"unresolved\": [%d, %d, %d]}\n",
                    qlonglong(g.nodes.size()), qlonglong(g.links.size()), g.borderLinks, iterations, runs,
                    forceT.wallMs(), forceT.cpuMs(), forceStress.stress, forceStressLengths.stress, geoT.wallMs(),
                    circleT.wallMs(), deOverlapT.wallMs(), spaced.passes, labelT.wallMs(), qlonglong(shown), force.unresolvedOverlaps, geo.unresolvedOverlaps,
                    circle.unresolvedOverlaps);
        return 0;
    }
    std::printf("National graph: %lld nodes, %lld links (%d borders + %lld synthetic), bounds 1920x1080, r=6, "
                "spacing=4, %d runs\n",
                qlonglong(g.nodes.size()), qlonglong(g.links.size()), g.borderLinks,
                qlonglong(g.links.size()) - g.borderLinks, runs);
    const auto row = [](const QString &step, const Timing &t, const QString &extra = {}) {
        std::printf("%-52s %9.2f %9.2f  %s\n", qPrintable(step), t.wallMs(), t.cpuMs(), qPrintable(extra));
    };
    std::printf("%-52s %9s %9s\n", "step (medians)", "wall ms", "cpu ms");
    const QString stress = QStringLiteral("stress %1 (hops), %2 (link lengths)")
                               .arg(forceStress.stress, 0, 'f', 4).arg(forceStressLengths.stress, 0, 'f', 4);
    row(QStringLiteral("force layout (stress, <= %1 sweeps + pack + de-overlap)").arg(iterations), forceT, stress);
    row(QStringLiteral("geographic layout (+ de-overlap)"), geoT);
    row(QStringLiteral("circular layout (+ de-overlap)"), circleT);
    row(QStringLiteral("de-overlap alone, raw national label points"), deOverlapT,
        QStringLiteral("%1 passes").arg(spaced.passes));
    row(QStringLiteral("label placement, 552 labels"), labelT,
        QStringLiteral("%1 of %2 shown").arg(shown).arg(placed.size()));
    std::printf("\n");
    const auto rowLine = [&](const QString &label, const Timing &t, const QString &check) {
        std::printf("ROW\t%s\tPetaKSD\t%.2f\t%.2f\t%d\t%s\n", qPrintable(label), t.wallMs(), t.cpuMs(),
                    int(t.wall.size()), qPrintable(t.spread() + QStringLiteral("; ") + check));
    };
    rowLine(QStringLiteral("force layout, national graph"), forceT, stress);
    rowLine(QStringLiteral("geographic layout, national graph"), geoT, {});
    rowLine(QStringLiteral("circular layout, national graph"), circleT, {});
    rowLine(QStringLiteral("label placement, 552 labels"), labelT, QStringLiteral("%1 shown").arg(shown));
    return 0;
}
