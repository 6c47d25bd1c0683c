// SPDX-License-Identifier: Apache-2.0
#include "labelplacement.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <vector>

namespace ksd {

namespace {

constexpr double kDiag = 0.7071067811865476; // cos 45°

/// Rectangles bucketed in a uniform grid; a query visits each candidate once per cell it shares, which is harmless
/// for a yes/no overlap test.
class RectIndex
{
public:
    explicit RectIndex(double cell) : mCell(std::max(cell, 1e-6)) {}

    void insert(const QRectF &r, int id)
    {
        forCells(r, [&](qint64 key) { mCells[key].push_back(id); });
    }

    template<typename Pred>
    bool any(const QRectF &r, Pred &&hit) const
    {
        bool found = false;
        forCells(r, [&](qint64 key) {
            if (found)
                return;
            const auto it = mCells.find(key);
            if (it == mCells.end())
                return;
            for (int id : it->second) {
                if (hit(id)) {
                    found = true;
                    return;
                }
            }
        });
        return found;
    }

private:
    template<typename F>
    void forCells(const QRectF &r, F &&f) const
    {
        const qint64 x0 = qint64(std::floor(r.left() / mCell)), x1 = qint64(std::floor(r.right() / mCell));
        const qint64 y0 = qint64(std::floor(r.top() / mCell)), y1 = qint64(std::floor(r.bottom() / mCell));
        for (qint64 y = y0; y <= y1; ++y)
            for (qint64 x = x0; x <= x1; ++x)
                f((y << 32) ^ (x & 0xffffffff));
    }

    double mCell;
    std::unordered_map<qint64, std::vector<int>> mCells; // looked up by key only, never iterated
};

/// True when the open rectangle and the open disc share area (touching does not count).
bool rectHitsDisc(const QRectF &r, const QPointF &c, double radius)
{
    const double dx = c.x() - std::clamp(c.x(), r.left(), r.right());
    const double dy = c.y() - std::clamp(c.y(), r.top(), r.bottom());
    return dx * dx + dy * dy < radius * radius * (1 - 1e-12);
}

} // namespace

QRectF labelCandidate(const QPointF &center, double radius, const QSizeF &size, LabelSide side, double gap)
{
    const double w = size.width(), h = size.height();
    const double rg = radius + gap;
    const double dg = radius * kDiag + gap;
    const double x = center.x(), y = center.y();
    switch (side) {
    case LabelSide::Right: return {x + rg, y - h / 2, w, h};
    case LabelSide::Left: return {x - rg - w, y - h / 2, w, h};
    case LabelSide::Above: return {x - w / 2, y - rg - h, w, h};
    case LabelSide::Below: return {x - w / 2, y + rg, w, h};
    case LabelSide::AboveRight: return {x + dg, y - dg - h, w, h};
    case LabelSide::AboveLeft: return {x - dg - w, y - dg - h, w, h};
    case LabelSide::BelowRight: return {x + dg, y + dg, w, h};
    case LabelSide::BelowLeft: return {x - dg - w, y + dg, w, h};
    }
    return {};
}

QList<LabelPlacement> placeLabels(const QList<LabelNode> &nodes, const QList<LabelRequest> &labels,
                                  const LabelOptions &options)
{
    QList<LabelPlacement> out;
    out.reserve(labels.size());
    for (const LabelRequest &l : labels)
        out.append(LabelPlacement{l.code, false, LabelSide::Right, QRectF()});
    if (labels.isEmpty())
        return out;

    // Cells about the size of a typical label keep both indexes small.
    double cell = 0, maxRadius = 0;
    for (const LabelRequest &l : labels)
        cell = std::max(cell, std::max(l.size.width(), l.size.height()));
    for (const LabelNode &n : nodes)
        maxRadius = std::max(maxRadius, n.radius);
    cell = std::max(cell, 2 * maxRadius);

    QHash<QString, int> nodeOf; // lookup only
    RectIndex nodeIndex(cell);
    for (int i = 0; i < nodes.size(); ++i) {
        const LabelNode &n = nodes[i];
        nodeOf.insert(n.code, i);
        nodeIndex.insert(QRectF(n.center.x() - n.radius, n.center.y() - n.radius, 2 * n.radius, 2 * n.radius), i);
    }

    std::vector<int> order(size_t(labels.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (labels[a].priority != labels[b].priority)
            return labels[a].priority > labels[b].priority;
        return labels[a].code < labels[b].code;
    });

    RectIndex shownIndex(cell);
    std::vector<QRectF> shown;
    const bool bounded = !options.bounds.isNull();
    const QRectF bounds = options.bounds.normalized();
    for (int li : order) {
        const LabelRequest &l = labels[li];
        const auto node = nodeOf.constFind(l.code);
        if (node == nodeOf.cend() || !(l.size.width() > 0) || !(l.size.height() > 0))
            continue;
        const LabelNode &n = nodes[*node];
        // First pass keeps clear of every node; an `always` label takes a second pass that may cover nodes.
        for (int pass = 0; pass < (l.always ? 2 : 1) && !out[li].shown; ++pass) {
            for (int s = 0; s <= int(LabelSide::BelowLeft); ++s) {
                const QRectF cand = labelCandidate(n.center, n.radius, l.size, LabelSide(s), options.gap);
                if (bounded && !bounds.contains(cand))
                    continue;
                if (shownIndex.any(cand, [&](int id) { return shown[size_t(id)].intersects(cand); }))
                    continue;
                if (pass == 0 && nodeIndex.any(cand, [&](int id) {
                        return rectHitsDisc(cand, nodes[id].center, nodes[id].radius);
                    }))
                    continue;
                shownIndex.insert(cand, int(shown.size()));
                shown.push_back(cand);
                out[li].shown = true;
                out[li].side = LabelSide(s);
                out[li].rect = cand;
                break;
            }
        }
    }
    return out;
}

} // namespace ksd
