// SPDX-License-Identifier: Apache-2.0
// The force layout's stress model and the stress figure (layoutStress), checked by properties on graphs whose
// good drawings are known (grids, rings, paths): never by exact coordinates, never by time.
#include "layout/layout.h"
#include "layout/layoutquality.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace ksd;

namespace {

const QRectF kBounds(0, 0, 1600, 1000);
constexpr double kRadius = 6;
constexpr double kSpacing = 4;

QString node(const QString &prefix, int i)
{
    return prefix + QString::number(i);
}

/// A rows × cols grid graph, nodes prefix0 … prefix(rows·cols − 1), row-major.
void addGrid(LayoutInput &in, const QString &prefix, int rows, int cols, double weight = 1)
{
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            const int i = r * cols + c;
            in.nodes.append(node(prefix, i));
            if (c + 1 < cols)
                in.links.append({node(prefix, i), node(prefix, i + 1), weight});
            if (r + 1 < rows)
                in.links.append({node(prefix, i), node(prefix, i + cols), weight});
        }
    }
}

/// A ring of @p n nodes; link i–(i+1) weighs @p even for even i, @p odd for odd i.
void addRing(LayoutInput &in, const QString &prefix, int n, double even = 1, double odd = 1)
{
    for (int i = 0; i < n; ++i) {
        in.nodes.append(node(prefix, i));
        in.links.append({node(prefix, i), node(prefix, (i + 1) % n), i % 2 == 0 ? even : odd});
    }
}

LayoutInput emptyInput(quint32 seed = 1)
{
    LayoutInput in;
    in.bounds = kBounds;
    in.nodeRadius = kRadius;
    in.spacing = kSpacing;
    in.seed = seed;
    return in;
}

/// The positions' exact bits, code by code (QPointF's operator== is fuzzy).
QByteArray bitsOf(const Layout &l)
{
    QByteArray out;
    for (auto it = l.positions.cbegin(); it != l.positions.cend(); ++it) {
        const double xy[2] = {it.value().x(), it.value().y()};
        out += it.key().toUtf8() + '=' + QByteArray(reinterpret_cast<const char *>(xy), sizeof xy) + ';';
    }
    return out;
}

void requireValid(const Layout &l, const LayoutInput &in)
{
    REQUIRE(l.unresolvedOverlaps == 0);
    const QList<QPointF> p = l.positions.values();
    REQUIRE(p.size() == QSet<QString>(in.nodes.cbegin(), in.nodes.cend()).size());
    const QRectF inner = in.bounds.adjusted(kRadius, kRadius, -kRadius, -kRadius).adjusted(-1e-9, -1e-9, 1e-9, 1e-9);
    REQUIRE(std::all_of(p.cbegin(), p.cend(), [&](const QPointF &a) { return inner.contains(a); }));
    double closest = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < p.size(); ++i)
        for (qsizetype j = i + 1; j < p.size(); ++j)
            closest = std::min(closest, std::hypot(p[i].x() - p[j].x(), p[i].y() - p[j].y()));
    REQUIRE(closest >= (2 * kRadius + kSpacing) * (1 - 1e-9));
}

double length(const Layout &l, const LayoutLink &k)
{
    const QPointF d = l.positions[k.a] - l.positions[k.b];
    return std::hypot(d.x(), d.y());
}

/// The box around the discs of the nodes named prefix…
QRectF boxOf(const Layout &l, const QString &prefix)
{
    QRectF r;
    for (auto it = l.positions.cbegin(); it != l.positions.cend(); ++it) {
        if (it.key().startsWith(prefix) && it.key().mid(prefix.size()).front().isDigit())
            r = r.united(QRectF(it.value() - QPointF(kRadius, kRadius), QSizeF(2 * kRadius, 2 * kRadius)));
    }
    return r;
}

} // namespace

TEST_CASE("layoutStress is 0 for an exact drawing, scale-free, and counts pairs within components", "[layout][stress]")
{
    LayoutInput path = emptyInput();
    path.nodes = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("x"),
                  QStringLiteral("y")};
    path.links = {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("b"), QStringLiteral("c")},
                  {QStringLiteral("x"), QStringLiteral("y")}};
    QMap<QString, QPointF> line{{QStringLiteral("a"), {0, 0}}, {QStringLiteral("b"), {10, 0}},
                                {QStringLiteral("c"), {20, 0}}, {QStringLiteral("x"), {500, 3}},
                                {QStringLiteral("y"), {500, 13}}};
    const LayoutStress exact = layoutStress(path, line, StressDistance::Hops);
    CHECK(exact.pairs == 4); // a–b, a–c, b–c, x–y; never across components
    CHECK(exact.stress < 1e-12);
    CHECK(exact.scale > 0);

    // Folding the path (c back onto a) distorts a–c: stress > 0, and the same at any drawing scale.
    line[QStringLiteral("c")] = QPointF(0, 0.001);
    const LayoutStress folded = layoutStress(path, line, StressDistance::Hops);
    CHECK(folded.stress > 0.1);
    QMap<QString, QPointF> big;
    for (auto it = line.cbegin(); it != line.cend(); ++it)
        big.insert(it.key(), it.value() * 7.5);
    CHECK(layoutStress(path, big, StressDistance::Hops).stress == Approx(folded.stress).epsilon(1e-9));
    // By hand: r = drawn / graph distance for a–b, b–c, a–c (d = 1, 1, 2) and x–y; the optimal scale is
    // s = Σr / Σr² and the stress Σ (s·r − 1)² / P.
    const double r[] = {10, std::hypot(10, 0.001), 0.001 / 2, 10};
    double sumR = 0, sumR2 = 0;
    for (double x : r) {
        sumR += x;
        sumR2 += x * x;
    }
    double expected = 0;
    for (double x : r)
        expected += (sumR / sumR2 * x - 1) * (sumR / sumR2 * x - 1) / 4;
    CHECK(folded.stress == Approx(expected).epsilon(1e-9));
    CHECK(folded.scale == Approx(sumR / sumR2).epsilon(1e-12));

    // Link lengths: a heavy a–b link (3× the median weight) wants 1/sqrt(3), so an even path is no longer exact.
    path.links[0].weight = 3;
    line[QStringLiteral("c")] = QPointF(20, 0);
    CHECK(layoutStress(path, line, StressDistance::Hops).stress < 1e-12);
    CHECK(layoutStress(path, line, StressDistance::LinkLengths).stress > 0.01);
    // Nodes without a position are left out.
    line.remove(QStringLiteral("a"));
    CHECK(layoutStress(path, line, StressDistance::Hops).pairs == 2);
}

TEST_CASE("Force layout draws a grid and a ring with low stress", "[layout][force][stress]")
{
    LayoutInput grid = emptyInput();
    addGrid(grid, QStringLiteral("g"), 6, 8);
    const Layout g = forceLayout(grid);
    requireValid(g, grid);
    const double gridStress = layoutStress(grid, g.positions, StressDistance::Hops).stress;
    // A perfect square grid drawing scores about 0.024 against hop (Manhattan) distances.
    CHECK(gridStress < 0.03);

    LayoutInput ring = emptyInput();
    addRing(ring, QStringLiteral("r"), 16);
    const Layout r = forceLayout(ring);
    requireValid(r, ring);
    CHECK(layoutStress(ring, r.positions, StressDistance::Hops).stress < 0.02);

    // The figure can fail: the same nodes at seeded random places score far worse.
    std::mt19937 gen(5);
    std::uniform_real_distribution<double> u(0, 1000);
    QMap<QString, QPointF> random;
    for (const QString &c : std::as_const(grid.nodes))
        random.insert(c, QPointF(u(gen), u(gen)));
    CHECK(layoutStress(grid, random, StressDistance::Hops).stress > 5 * gridStress);
}

TEST_CASE("Force layout is bitwise deterministic, also with weights and several components", "[layout][force]")
{
    LayoutInput in = emptyInput(9);
    addGrid(in, QStringLiteral("g"), 5, 7, 2.0);
    addRing(in, QStringLiteral("r"), 11, 3.0, 0.5);
    in.nodes.append(QStringLiteral("z"));
    std::mt19937 gen(11);
    for (int i = 0; i < 15; ++i) // chords with random weights inside the grid
        in.links.append({node(QStringLiteral("g"), int(gen() % 35)), node(QStringLiteral("g"), int(gen() % 35)),
                         0.25 + double(gen() % 8)});
    const Layout a = forceLayout(in);
    CHECK(bitsOf(a) == bitsOf(forceLayout(in)));
    LayoutInput shuffled = in;
    std::shuffle(shuffled.nodes.begin(), shuffled.nodes.end(), gen);
    std::shuffle(shuffled.links.begin(), shuffled.links.end(), gen);
    CHECK(bitsOf(a) == bitsOf(forceLayout(shuffled)));
    requireValid(a, in);
}

TEST_CASE("Force layout draws heavier links shorter", "[layout][force]")
{
    // A ring whose links alternate heavy and light: by symmetry only the weights can tell them apart.
    LayoutInput in = emptyInput();
    addRing(in, QStringLiteral("r"), 20, 4.0, 1.0);
    const Layout l = forceLayout(in);
    requireValid(l, in);
    double heavy = 0, light = 0;
    for (const LayoutLink &k : std::as_const(in.links))
        (k.weight > 2 ? heavy : light) += length(l, k);
    CHECK(heavy < 0.8 * light);

    // A grid whose horizontal links weigh 3 and vertical ones 1: rows are drawn tighter than columns.
    LayoutInput grid = emptyInput();
    for (int r = 0; r < 7; ++r) {
        for (int c = 0; c < 7; ++c) {
            const int i = r * 7 + c;
            grid.nodes.append(node(QStringLiteral("g"), i));
            if (c + 1 < 7)
                grid.links.append({node(QStringLiteral("g"), i), node(QStringLiteral("g"), i + 1), 3.0});
            if (r + 1 < 7)
                grid.links.append({node(QStringLiteral("g"), i), node(QStringLiteral("g"), i + 7), 1.0});
        }
    }
    const Layout g = forceLayout(grid);
    double heavyG = 0, lightG = 0;
    int nHeavy = 0, nLight = 0;
    for (const LayoutLink &k : std::as_const(grid.links)) {
        if (k.weight > 2) {
            heavyG += length(g, k);
            ++nHeavy;
        } else {
            lightG += length(g, k);
            ++nLight;
        }
    }
    REQUIRE(nHeavy == nLight);
    // Every other pair wants its hop distance, the same across and along: the weights alone break the tie.
    CHECK(heavyG < 0.95 * lightG);
}

TEST_CASE("Force layout lays out every component and keeps them apart", "[layout][force]")
{
    LayoutInput in = emptyInput(3);
    addGrid(in, QStringLiteral("a"), 5, 6);
    addGrid(in, QStringLiteral("b"), 3, 4);
    addRing(in, QStringLiteral("c"), 9);
    addRing(in, QStringLiteral("d"), 3);
    for (const char *iso : {"x0", "x1", "x2", "x3"})
        in.nodes.append(QLatin1String(iso));
    const Layout l = forceLayout(in);
    REQUIRE(l.positions.size() == 30 + 12 + 9 + 3 + 4);
    requireValid(l, in);

    const QStringList parts = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                               QStringLiteral("x")};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        for (qsizetype j = i + 1; j < parts.size(); ++j) {
            if (parts[i] != QLatin1String("x") && parts[j] != QLatin1String("x")) {
                INFO(parts[i].toStdString() << " vs " << parts[j].toStdString());
                CHECK_FALSE(boxOf(l, parts[i]).intersects(boxOf(l, parts[j])));
            }
        }
    }
    // Isolated nodes lie outside every linked component's box.
    for (const char *iso : {"x0", "x1", "x2", "x3"}) {
        const QPointF p = l.positions[QLatin1String(iso)];
        for (const char *part : {"a", "b", "c", "d"})
            CHECK_FALSE(boxOf(l, QLatin1String(part)).contains(p));
    }
    // Each linked component is really laid out (not collapsed, not a hairball): its own stress is low.
    for (const char *part : {"a", "b", "c"}) {
        LayoutInput own = emptyInput();
        for (const LayoutLink &k : std::as_const(in.links))
            if (k.a.startsWith(QLatin1String(part)))
                own.links.append(k);
        for (const QString &c : std::as_const(in.nodes))
            if (c.startsWith(QLatin1String(part)))
                own.nodes.append(c);
        INFO(part);
        CHECK(layoutStress(own, l.positions, StressDistance::Hops).stress < 0.05);
        CHECK(boxOf(l, QLatin1String(part)).width() > 4 * (2 * kRadius + kSpacing));
    }
}

TEST_CASE("Force layout of a component too big for all pairs still draws it well", "[layout][force][stress]")
{
    // 1,260 nodes: past the all-pairs limit, the stress terms are the links and 100 pivots' pairs.
    LayoutInput in = emptyInput();
    in.bounds = QRectF(0, 0, 3200, 2000);
    addGrid(in, QStringLiteral("g"), 30, 42);
    const Layout a = forceLayout(in);
    requireValid(a, in);
    CHECK(bitsOf(a) == bitsOf(forceLayout(in)));
    CHECK(layoutStress(in, a.positions, StressDistance::Hops).stress < 0.05);
}
