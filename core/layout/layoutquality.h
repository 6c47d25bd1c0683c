// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QPointF>
#include <QString>

namespace ksd {

struct LayoutInput;

/// What a graph distance d_ij counts in layoutStress().
enum class StressDistance {
    Hops,        ///< links on a shortest path: the usual figure, comparable with any other tool's drawing
    LinkLengths, ///< the force layout's own link lengths (heavier links shorter), summed along a shortest path
};

/// Result of layoutStress().
struct LayoutStress
{
    /// Normalised stress Σ w_ij (s·‖x_i − x_j‖ − d_ij)² / Σ w_ij d_ij² with w_ij = d_ij⁻², over every pair of
    /// nodes in the same connected component, at the drawing scale s that minimises it. 0 means the drawing's
    /// distances are exactly proportional to the graph distances; lower is better.
    double stress = 0;
    double scale = 0;  ///< s: graph distance units per drawing unit
    qint64 pairs = 0;  ///< pairs counted
};

/// Distance distortion of a drawing of the graph in @p graph (its nodes and links, as the layouts read them:
/// duplicates, self-links, unknown codes and weights <= 0 ignored, parallel links summed). Nodes missing from
/// @p positions are left out. Exact (every pair): O(n·(n + m)) time, O(n + m) memory.
LayoutStress layoutStress(const LayoutInput &graph, const QMap<QString, QPointF> &positions,
                          StressDistance distance);

} // namespace ksd
