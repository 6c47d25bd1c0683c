// SPDX-License-Identifier: Apache-2.0
#include "layoutquality.h"

#include "layout.h"
#include "layout_p.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ksd {

LayoutStress layoutStress(const LayoutInput &graph, const QMap<QString, QPointF> &positions,
                          StressDistance distance)
{
    detail::WeightedGraph g = detail::weightedGraph(graph);
    detail::linkLengths(g.links);
    const int n = int(g.codes.size());
    std::vector<QPointF> at(static_cast<size_t>(n));
    std::vector<char> has(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const auto it = positions.constFind(g.codes[i]);
        if (it != positions.cend()) {
            at[size_t(i)] = it.value();
            has[size_t(i)] = 1;
        }
    }

    // With r = ‖x_i − x_j‖ / d_ij the stress at scale s is Σ (s·r − 1)² / P, smallest at s = Σr / Σr².
    const detail::ShortestPaths paths(n, g.links, distance == StressDistance::LinkLengths);
    std::vector<double> d;
    double sumR = 0, sumR2 = 0;
    qint64 pairs = 0;
    for (int i = 0; i < n; ++i) {
        if (!has[size_t(i)])
            continue;
        paths.from(i, d);
        for (int j = i + 1; j < n; ++j) {
            if (!has[size_t(j)] || !std::isfinite(d[size_t(j)]) || !(d[size_t(j)] > 0))
                continue;
            const QPointF v = at[size_t(i)] - at[size_t(j)];
            const double ratio = std::hypot(v.x(), v.y()) / d[size_t(j)];
            sumR += ratio;
            sumR2 += ratio * ratio;
            ++pairs;
        }
    }
    LayoutStress out;
    out.pairs = pairs;
    if (pairs == 0 || !(sumR2 > 0))
        return out;
    out.scale = sumR / sumR2;
    // Σ (s·r − 1)² / P expanded at that s; clamped against rounding just below 0.
    out.stress = std::max(0.0, 1 - sumR * out.scale / double(pairs));
    return out;
}

} // namespace ksd
