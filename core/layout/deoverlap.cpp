// SPDX-License-Identifier: Apache-2.0
#include "layout.h"

#include "layout_p.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace ksd {

namespace {

// Pairs are found through a uniform grid whose cells are at least one minimum distance wide, so only the 3×3
// cells around a node can hold a node that is too close.
class Grid
{
public:
    Grid(const QRectF &area, double minCell, size_t n)
        : mOrigin(area.topLeft())
    {
        // Wide enough for correctness, coarse enough that huge bounds do not allocate millions of cells.
        const double byCount = std::sqrt(std::max(area.width() * area.height(), 1e-12) / double(std::max<size_t>(n, 1)));
        mCell = std::max({minCell, byCount, 1e-9});
        mCols = std::max(1, int(area.width() / mCell) + 1);
        mRows = std::max(1, int(area.height() / mCell) + 1);
    }

    void rebuild(const std::vector<QPointF> &pts)
    {
        mStart.assign(size_t(mCols) * size_t(mRows) + 1, 0);
        mCellOf.resize(pts.size());
        for (size_t i = 0; i < pts.size(); ++i) {
            mCellOf[i] = cellIndex(pts[i]);
            ++mStart[mCellOf[i] + 1];
        }
        for (size_t c = 1; c < mStart.size(); ++c)
            mStart[c] += mStart[c - 1];
        mItems.assign(pts.size(), 0);
        std::vector<int> fill(mStart.begin(), mStart.end() - 1);
        for (size_t i = 0; i < pts.size(); ++i) // ascending i: each cell lists its nodes in code order
            mItems[size_t(fill[mCellOf[i]]++)] = int(i);
    }

    /// Calls f(j) for every node j in the 3×3 cells around node i's cell (as of the last rebuild).
    template<typename F>
    void forNear(size_t i, F &&f) const
    {
        const int cx = int(mCellOf[i] % size_t(mCols)), cy = int(mCellOf[i] / size_t(mCols));
        for (int y = std::max(0, cy - 1); y <= std::min(mRows - 1, cy + 1); ++y) {
            for (int x = std::max(0, cx - 1); x <= std::min(mCols - 1, cx + 1); ++x) {
                const size_t c = size_t(y) * size_t(mCols) + size_t(x);
                for (int k = mStart[c]; k < mStart[c + 1]; ++k)
                    f(size_t(mItems[size_t(k)]));
            }
        }
    }

private:
    size_t cellIndex(const QPointF &p) const
    {
        const int x = std::clamp(int((p.x() - mOrigin.x()) / mCell), 0, mCols - 1);
        const int y = std::clamp(int((p.y() - mOrigin.y()) / mCell), 0, mRows - 1);
        return size_t(y) * size_t(mCols) + size_t(x);
    }

    QPointF mOrigin;
    double mCell = 1;
    int mCols = 1, mRows = 1;
    std::vector<int> mStart;
    std::vector<size_t> mCellOf;
    std::vector<int> mItems;
};

QPointF clampTo(const QPointF &p, const QRectF &r)
{
    return {std::clamp(p.x(), r.left(), r.right()), std::clamp(p.y(), r.top(), r.bottom())};
}

} // namespace

SpacedPositions deOverlap(const QMap<QString, QPointF> &positions, const QRectF &bounds, double radius,
                          double spacing)
{
    constexpr int kMaxPasses = 2000;
    // Pairs are pushed a hair beyond the minimum so that rounding never leaves them a hair inside it.
    constexpr double kOvershoot = 1e-7;

    SpacedPositions out;
    const QRectF inner = detail::innerBounds(bounds, radius);
    const double minDist = std::max(0.0, 2 * radius + spacing);
    std::vector<QPointF> pts;
    pts.reserve(size_t(positions.size()));
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) // QMap: code order
        pts.push_back(clampTo(it.value(), inner));

    const size_t n = pts.size();
    Grid grid(inner, minDist, n);
    const double target = minDist * (1 + kOvershoot);
    const double minDist2 = minDist * minDist;
    if (minDist > 0 && n > 1) {
        for (int pass = 0; pass < kMaxPasses; ++pass) {
            grid.rebuild(pts);
            bool moved = false;
            for (size_t i = 0; i < n; ++i) {
                grid.forNear(i, [&](size_t j) {
                    if (j <= i)
                        return;
                    const QPointF d = pts[j] - pts[i];
                    const double d2 = d.x() * d.x() + d.y() * d.y();
                    if (d2 >= minDist2)
                        return;
                    const double dist = std::sqrt(d2);
                    QPointF dir;
                    if (dist > 1e-9 * minDist) {
                        dir = d / dist;
                    } else {
                        // Coincident: a direction fixed by the pair's ranks (golden-angle spread), never random.
                        const double a = std::fmod(double(i) * 0.6180339887498949 + double(j) * 0.7548776662466927, 1.0)
                                         * 2 * std::numbers::pi;
                        dir = QPointF(std::cos(a), std::sin(a));
                    }
                    const double push = (target - dist) / 2;
                    pts[i] = clampTo(pts[i] - dir * push, inner);
                    pts[j] = clampTo(pts[j] + dir * push, inner);
                    moved = true;
                });
            }
            out.passes = pass + 1;
            if (!moved)
                break;
        }
        // Count what is left (only when the bounds are too small to hold every disc).
        grid.rebuild(pts);
        const double tolerance = minDist * (1 - 1e-9);
        for (size_t i = 0; i < n; ++i) {
            grid.forNear(i, [&](size_t j) {
                const double dx = pts[j].x() - pts[i].x(), dy = pts[j].y() - pts[i].y();
                if (j > i && std::sqrt(dx * dx + dy * dy) < tolerance)
                    ++out.unresolvedOverlaps;
            });
        }
    }

    size_t k = 0;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        out.positions.insert(it.key(), pts[k++]);
    return out;
}

} // namespace ksd
