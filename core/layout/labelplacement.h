// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace ksd {

/// A node as the label placer sees it: a disc no label may cover.
struct LabelNode
{
    QString code;
    QPointF center;     ///< scene units
    double radius = 0;  ///< scene units
};

/// A label that would like to be shown next to its node.
struct LabelRequest
{
    QString code;       ///< the node it belongs to; requests for unknown nodes are never shown
    QSizeF size;        ///< the label's box in scene units (text size divided by the zoom for zoom-independent text)
    int priority = 0;   ///< higher first (e.g. 3 selected, 2 its partners, 1 scope regions, 0 the rest)
    bool always = false; ///< shown even when every candidate covers a node disc (then at the first candidate that
                         ///< overlaps no shown label and lies inside the bounds), e.g. the project's own region
};

/// The candidate positions around a node, tried in this order.
enum class LabelSide { Right = 0, Left, Above, Below, AboveRight, AboveLeft, BelowRight, BelowLeft };

/// Where a label went, or that it is hidden.
struct LabelPlacement
{
    QString code;
    bool shown = false;
    LabelSide side = LabelSide::Right;
    QRectF rect;        ///< scene units; empty when hidden
};

struct LabelOptions
{
    double gap = 2;     ///< free space between a node's disc and its label, scene units
    QRectF bounds;      ///< labels must lie inside it; a null rect means no limit
};

/// Chooses which labels to show and where, greedily by priority (ties by code): each label takes the first of the
/// eight LabelSide candidates that overlaps no label already shown, no node disc (its own included) and stays
/// inside the bounds; if none fits it is hidden, unless it is an `always` label, which may then cover a node disc. So no two shown labels overlap, no shown label covers a node,
/// and a label never loses its place to a label of lower priority: the labels of priority ≥ p come out exactly as
/// if the others had not been asked for. Deterministic; returns one placement per request, in request order.
QList<LabelPlacement> placeLabels(const QList<LabelNode> &nodes, const QList<LabelRequest> &labels,
                                  const LabelOptions &options = {});

/// The candidate box for @p side of a node at @p center with @p radius (exposed for drawing and tests).
QRectF labelCandidate(const QPointF &center, double radius, const QSizeF &size, LabelSide side, double gap);

} // namespace ksd
