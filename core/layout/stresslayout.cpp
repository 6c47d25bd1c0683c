// SPDX-License-Identifier: Apache-2.0
// Stress-model layout of one connected component: pivot-MDS start, localized stress majorization. No Boost type
// here (the shortest paths come from layoutgraph.cpp); no threads; every loop runs in node index order.
#include "layout_p.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>

#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#include <emmintrin.h>
#define KSD_STRESS_SSE2 1
#endif

namespace ksd::detail {

namespace {

constexpr int kFullLimit = 1200;   ///< up to this many nodes every pair is a stress term (n² memory)
constexpr int kMdsPivots = 50;     ///< pivots of the MDS start (Brandes and Pich found 50 plenty)
constexpr int kSparsePivots = 100; ///< above kFullLimit: links plus the pairs with these pivots are the terms
constexpr double kSettled = 1e-3;  ///< stop when the RMS move of a sweep is below this (in link lengths)
constexpr double kJitter = 1e-3;   ///< seeded start jitter, so that twin nodes (same distances) come apart

constexpr double kTiny = 1e-300;   ///< floor of a squared distance, so that twin nodes give 0, not 0/0
constexpr float kTinyF = 1e-30f;   ///< the same in single precision

/// A stress term of node i: another node j and 1/d_ij (the weight is its square).
struct Term
{
    int j;
    double invD;
};

/// Σ_j w_ij·x_j + (x_i − x_j)/(d_ij·‖x_i − x_j‖) and the same for y over one dense row of 1/d (0 on the
/// diagonal): the pull of every other node on node i. In single precision (twice the SIMD width, plenty for a
/// drawing), summed in eight lanes (j mod 8) added as ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)), then the
/// tail in order: with SSE2 four lanes per register, otherwise one by one. IEEE sqrt and division are correctly
/// rounded, so both give the same bits.
void pullDense(const float *x, const float *y, const float *invD, int n, float xi, float yi, double &outX,
               double &outY)
{
    float lx[8] = {0, 0, 0, 0, 0, 0, 0, 0}, ly[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    int j = 0;
#ifdef KSD_STRESS_SSE2
    const __m128 vxi = _mm_set1_ps(xi), vyi = _mm_set1_ps(yi), tiny = _mm_set1_ps(kTinyF);
    __m128 ax = _mm_setzero_ps(), ay = _mm_setzero_ps(), bx = _mm_setzero_ps(), by = _mm_setzero_ps();
    auto step = [&](int at, __m128 &accX, __m128 &accY) {
        const __m128 xj = _mm_loadu_ps(x + at), yj = _mm_loadu_ps(y + at), inv = _mm_loadu_ps(invD + at);
        const __m128 dx = _mm_sub_ps(vxi, xj), dy = _mm_sub_ps(vyi, yj);
        const __m128 d2 = _mm_max_ps(_mm_add_ps(_mm_mul_ps(dx, dx), _mm_mul_ps(dy, dy)), tiny);
        const __m128 f = _mm_div_ps(inv, _mm_sqrt_ps(d2));
        const __m128 w = _mm_mul_ps(inv, inv);
        accX = _mm_add_ps(accX, _mm_add_ps(_mm_mul_ps(w, xj), _mm_mul_ps(f, dx)));
        accY = _mm_add_ps(accY, _mm_add_ps(_mm_mul_ps(w, yj), _mm_mul_ps(f, dy)));
    };
    for (; j + 8 <= n; j += 8) {
        step(j, ax, ay);
        step(j + 4, bx, by);
    }
    _mm_storeu_ps(lx, ax);
    _mm_storeu_ps(lx + 4, bx);
    _mm_storeu_ps(ly, ay);
    _mm_storeu_ps(ly + 4, by);
#else
    for (; j + 8 <= n; j += 8) {
        for (int l = 0; l < 8; ++l) {
            const float xj = x[j + l], yj = y[j + l], inv = invD[j + l];
            const float dx = xi - xj, dy = yi - yj;
            const float f = inv / std::sqrt(std::max(dx * dx + dy * dy, kTinyF));
            const float w = inv * inv;
            lx[l] += w * xj + f * dx;
            ly[l] += w * yj + f * dy;
        }
    }
#endif
    float sx = ((lx[0] + lx[1]) + (lx[2] + lx[3])) + ((lx[4] + lx[5]) + (lx[6] + lx[7]));
    float sy = ((ly[0] + ly[1]) + (ly[2] + ly[3])) + ((ly[4] + ly[5]) + (ly[6] + ly[7]));
    for (; j < n; ++j) {
        const float xj = x[j], yj = y[j], inv = invD[j];
        const float dx = xi - xj, dy = yi - yj;
        const float f = inv / std::sqrt(std::max(dx * dx + dy * dy, kTinyF));
        const float w = inv * inv;
        sx += w * xj + f * dx;
        sy += w * yj + f * dy;
    }
    outX = sx;
    outY = sy;
}

/// The stress terms of every node: all pairs as a dense n×n matrix of 1/d (0 on the diagonal), or, for a big
/// component, a sorted list per node (CSR).
struct StressTerms
{
    int n = 0;
    bool dense = true;
    std::vector<float> invD;   ///< dense: row-major n×n
    std::vector<float> xf, yf; ///< dense: the positions in single precision, kept in step by move()
    std::vector<size_t> start; ///< sparse: node i's terms are list[start[i] .. start[i + 1])
    std::vector<Term> list;

    template<typename F>
    void forEach(int i, F &&f) const
    {
        if (dense) {
            const float *row = &invD[size_t(i) * size_t(n)];
            for (int j = 0; j < n; ++j)
                if (j != i)
                    f(j, row[j]);
        } else {
            for (size_t t = start[size_t(i)]; t < start[size_t(i) + 1]; ++t)
                f(list[t].j, list[t].invD);
        }
    }

    /// Starts the single-precision mirrors from @p x and @p y (dense only).
    void mirror(const std::vector<double> &x, const std::vector<double> &y)
    {
        if (!dense)
            return;
        xf.assign(x.begin(), x.end());
        yf.assign(y.begin(), y.end());
    }
    void move(int i, double x, double y)
    {
        if (!dense)
            return;
        xf[size_t(i)] = float(x);
        yf[size_t(i)] = float(y);
    }

    void pull(int i, const std::vector<double> &x, const std::vector<double> &y, double &sx, double &sy) const
    {
        if (dense) {
            pullDense(xf.data(), yf.data(), &invD[size_t(i) * size_t(n)], n, xf[size_t(i)], yf[size_t(i)], sx, sy);
            return;
        }
        sx = sy = 0;
        const double xi = x[size_t(i)], yi = y[size_t(i)];
        for (size_t t = start[size_t(i)]; t < start[size_t(i) + 1]; ++t) {
            const double xj = x[size_t(list[t].j)], yj = y[size_t(list[t].j)], inv = list[t].invD;
            const double dx = xi - xj, dy = yi - yj;
            const double f = inv / std::sqrt(std::max(dx * dx + dy * dy, kTiny));
            sx += inv * inv * xj + f * dx;
            sy += inv * inv * yj + f * dy;
        }
    }
};

/// splitmix64 finaliser: a well-spread minstd_rand seed in [1, 2^31 − 2] from the user's seed.
std::minstd_rand::result_type mixSeed(quint32 seed)
{
    quint64 z = quint64(seed) ^ 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return std::minstd_rand::result_type(z % 2147483646ull + 1);
}

/// Maxmin pivots: the first from @p gen, each next one the node farthest from those chosen (ties: lowest index).
/// @p rowOf(p) gives the distances from node p (all finite: the component is connected).
template<typename RowOf>
std::vector<int> maxminPivots(int n, int k, std::minstd_rand &gen, RowOf &&rowOf)
{
    std::vector<int> pivots;
    std::vector<double> nearest(size_t(n), std::numeric_limits<double>::infinity());
    int next = int(gen() % std::minstd_rand::result_type(n));
    while (int(pivots.size()) < k) {
        pivots.push_back(next);
        const std::vector<double> &row = rowOf(next);
        int far = -1;
        double farD = 0;
        for (int i = 0; i < n; ++i) {
            nearest[size_t(i)] = std::min(nearest[size_t(i)], row[size_t(i)]);
            if (nearest[size_t(i)] > farD) {
                farD = nearest[size_t(i)];
                far = i;
            }
        }
        if (far < 0)
            break; // every node is a pivot already
        next = far;
    }
    return pivots;
}

/// Top eigenvector of the symmetric k×k matrix @p m (row-major) orthogonal to @p against (if not empty), by
/// power iteration from a fixed start.
std::vector<double> topEigenvector(const std::vector<double> &m, int k, const std::vector<double> &against,
                                   std::minstd_rand &gen)
{
    std::vector<double> v(static_cast<size_t>(k)), next(static_cast<size_t>(k));
    for (double &x : v)
        x = double(gen()) / double(std::minstd_rand::max()) - 0.5;
    auto orthonormalise = [&](std::vector<double> &x) {
        if (!against.empty()) {
            double dot = 0;
            for (int p = 0; p < k; ++p)
                dot += x[size_t(p)] * against[size_t(p)];
            for (int p = 0; p < k; ++p)
                x[size_t(p)] -= dot * against[size_t(p)];
        }
        double norm = 0;
        for (double e : x)
            norm += e * e;
        norm = std::sqrt(norm);
        if (norm > 0)
            for (double &e : x)
                e /= norm;
        return norm;
    };
    orthonormalise(v);
    for (int it = 0; it < 200; ++it) {
        for (int p = 0; p < k; ++p) {
            double s = 0;
            for (int q = 0; q < k; ++q)
                s += m[size_t(p) * size_t(k) + size_t(q)] * v[size_t(q)];
            next[size_t(p)] = s;
        }
        if (orthonormalise(next) == 0)
            break;
        double change = 0;
        for (int p = 0; p < k; ++p)
            change = std::max(change, std::abs(next[size_t(p)] - v[size_t(p)]));
        v.swap(next);
        if (change < 1e-10)
            break;
    }
    return v;
}

/// Pivot MDS (Brandes and Pich 2006): the double-centred squared distances to the pivots, projected on the two
/// leading eigenvectors of CᵀC.
void pivotMds(int n, const std::vector<int> &pivots, const std::vector<const std::vector<double> *> &rows,
              std::minstd_rand &gen, std::vector<double> &x, std::vector<double> &y)
{
    const int k = int(pivots.size());
    std::vector<double> c(size_t(n) * size_t(k)), rowMean(size_t(n), 0), colMean(size_t(k), 0);
    double grand = 0;
    for (int p = 0; p < k; ++p) {
        const std::vector<double> &row = *rows[size_t(p)];
        for (int i = 0; i < n; ++i) {
            const double sq = row[size_t(i)] * row[size_t(i)];
            c[size_t(i) * size_t(k) + size_t(p)] = sq;
            rowMean[size_t(i)] += sq / k;
            colMean[size_t(p)] += sq / n;
            grand += sq;
        }
    }
    grand /= double(n) * double(k);
    for (int i = 0; i < n; ++i)
        for (int p = 0; p < k; ++p) {
            double &e = c[size_t(i) * size_t(k) + size_t(p)];
            e = -0.5 * (e - rowMean[size_t(i)] - colMean[size_t(p)] + grand);
        }
    std::vector<double> m(size_t(k) * size_t(k), 0);
    for (int i = 0; i < n; ++i) {
        const double *ci = &c[size_t(i) * size_t(k)];
        for (int p = 0; p < k; ++p)
            for (int q = p; q < k; ++q)
                m[size_t(p) * size_t(k) + size_t(q)] += ci[p] * ci[q];
    }
    for (int p = 0; p < k; ++p)
        for (int q = 0; q < p; ++q)
            m[size_t(p) * size_t(k) + size_t(q)] = m[size_t(q) * size_t(k) + size_t(p)];
    const std::vector<double> v1 = topEigenvector(m, k, {}, gen);
    const std::vector<double> v2 = topEigenvector(m, k, v1, gen);
    x.assign(size_t(n), 0);
    y.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const double *ci = &c[size_t(i) * size_t(k)];
        for (int p = 0; p < k; ++p) {
            x[size_t(i)] += ci[p] * v1[size_t(p)];
            y[size_t(i)] += ci[p] * v2[size_t(p)];
        }
    }
}

} // namespace

std::vector<QPointF> stressLayout(int n, const std::vector<GraphLink> &links, quint32 seed, int sweeps,
                                  double aspect)
{
    if (n <= 0)
        return {};
    if (n == 1)
        return {QPointF(0, 0)};

    std::minstd_rand gen(mixSeed(seed));
    const ShortestPaths paths(n, links, false); // hops
    StressTerms terms;
    terms.n = n;
    terms.dense = n <= kFullLimit;

    // Distances: every row when every pair is a term (then 1/d row by row), else the pivots' rows only.
    std::vector<std::vector<double>> rows; // dense: row i is node i's; sparse: row t is pivot t's
    std::vector<int> pivots;
    if (terms.dense) {
        rows.resize(size_t(n));
        terms.invD.resize(size_t(n) * size_t(n));
        for (int i = 0; i < n; ++i) {
            paths.from(i, rows[size_t(i)]);
            float *inv = &terms.invD[size_t(i) * size_t(n)];
            for (int j = 0; j < n; ++j)
                inv[j] = j == i ? 0.0f : float(1.0 / rows[size_t(i)][size_t(j)]);
        }
        pivots = maxminPivots(n, std::min(n, kMdsPivots), gen,
                              [&](int p) -> const std::vector<double> & { return rows[size_t(p)]; });
    } else {
        pivots = maxminPivots(n, std::min(n, kSparsePivots), gen, [&](int p) -> const std::vector<double> & {
            rows.emplace_back();
            paths.from(p, rows.back());
            return rows.back();
        });
    }
    std::vector<const std::vector<double> *> pivotRows;
    for (size_t t = 0; t < pivots.size(); ++t)
        pivotRows.push_back(terms.dense ? &rows[size_t(pivots[t])] : &rows[t]);

    // Every pair's target is its hop distance, except a link's own two ends: their target is the link's length
    // (heavier pulls closer). A big component's terms are its links and its pairs with a pivot.
    if (terms.dense) {
        for (const GraphLink &l : links) {
            terms.invD[size_t(l.a) * size_t(n) + size_t(l.b)] = float(1.0 / l.length);
            terms.invD[size_t(l.b) * size_t(n) + size_t(l.a)] = float(1.0 / l.length);
        }
    } else {
        std::vector<std::vector<Term>> per(static_cast<size_t>(n));
        for (const GraphLink &l : links) {
            per[size_t(l.a)].push_back({l.b, 1.0 / l.length});
            per[size_t(l.b)].push_back({l.a, 1.0 / l.length});
        }
        for (size_t t = 0; t < pivots.size(); ++t) {
            const int p = pivots[t];
            for (int i = 0; i < n; ++i) {
                if (i == p)
                    continue;
                const double invD = 1.0 / (*pivotRows[t])[size_t(i)];
                per[size_t(i)].push_back({p, invD});
                per[size_t(p)].push_back({i, invD});
            }
        }
        terms.start.assign(size_t(n) + 1, 0);
        for (int i = 0; i < n; ++i) {
            std::vector<Term> &v = per[size_t(i)];
            std::stable_sort(v.begin(), v.end(), [](const Term &a, const Term &b) { return a.j < b.j; });
            terms.list.insert(terms.list.end(), v.begin(), v.end());
            terms.start[size_t(i) + 1] = terms.list.size();
        }
    }

    // Start: pivot MDS, scaled to fit the target distances best, plus a tiny seeded jitter.
    std::vector<double> x, y;
    pivotMds(n, pivots, pivotRows, gen, x, y);
    double num = 0, den = 0;
    for (int i = 0; i < n; ++i) {
        terms.forEach(i, [&](int j, double invD) {
            const double dx = x[size_t(i)] - x[size_t(j)], dy = y[size_t(i)] - y[size_t(j)];
            const double dist = std::sqrt(dx * dx + dy * dy);
            num += invD * dist;
            den += invD * invD * dist * dist;
        });
    }
    const double scale = den > 0 ? num / den : 0;
    for (int i = 0; i < n; ++i) {
        if (scale > 0) {
            x[size_t(i)] *= scale;
            y[size_t(i)] *= scale;
        } else { // degenerate start: a circle in index order
            const double a = 2 * std::numbers::pi * i / n;
            x[size_t(i)] = std::cos(a) * n / (2 * std::numbers::pi);
            y[size_t(i)] = std::sin(a) * n / (2 * std::numbers::pi);
        }
        x[size_t(i)] += kJitter * (double(gen()) / double(std::minstd_rand::max()) - 0.5);
        y[size_t(i)] += kJitter * (double(gen()) / double(std::minstd_rand::max()) - 0.5);
    }

    // Localized stress majorization: each node in turn moves to the weighted mean of where its terms want it.
    std::vector<double> weightSum(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        terms.forEach(i, [&](int, double invD) { weightSum[size_t(i)] += invD * invD; });
    terms.mirror(x, y);
    for (int sweep = 0; sweep < sweeps; ++sweep) {
        double moved = 0;
        for (int i = 0; i < n; ++i) {
            double sx = 0, sy = 0;
            terms.pull(i, x, y, sx, sy);
            const double nx = sx / weightSum[size_t(i)], ny = sy / weightSum[size_t(i)];
            moved += (nx - x[size_t(i)]) * (nx - x[size_t(i)]) + (ny - y[size_t(i)]) * (ny - y[size_t(i)]);
            x[size_t(i)] = nx;
            y[size_t(i)] = ny;
            terms.move(i, nx, ny);
        }
        if (moved < kSettled * kSettled * n)
            break;
    }

    // Principal axis along the bounds' long side, centred, each axis pointing to the side with the longer tail
    // (third moment ≥ 0: the MDS start's sign is arbitrary); then the seed picks one of the four mirror images.
    double mx = 0, my = 0;
    for (int i = 0; i < n; ++i) {
        mx += x[size_t(i)];
        my += y[size_t(i)];
    }
    mx /= n;
    my /= n;
    double sxx = 0, syy = 0, sxy = 0;
    for (int i = 0; i < n; ++i) {
        const double dx = x[size_t(i)] - mx, dy = y[size_t(i)] - my;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    double angle = -0.5 * std::atan2(2 * sxy, sxx - syy);
    if (aspect < 1)
        angle += std::numbers::pi / 2;
    const double ca = std::cos(angle), sa = std::sin(angle);
    std::vector<QPointF> out(static_cast<size_t>(n));
    double tx = 0, ty = 0;
    for (int i = 0; i < n; ++i) {
        const double dx = x[size_t(i)] - mx, dy = y[size_t(i)] - my;
        out[size_t(i)] = QPointF(ca * dx - sa * dy, sa * dx + ca * dy);
        tx += out[size_t(i)].x() * out[size_t(i)].x() * out[size_t(i)].x();
        ty += out[size_t(i)].y() * out[size_t(i)].y() * out[size_t(i)].y();
    }
    const double fx = ((tx < 0) != bool(seed & 1u)) ? -1 : 1, fy = ((ty < 0) != bool(seed & 2u)) ? -1 : 1;
    for (QPointF &p : out)
        p = QPointF(fx * p.x(), fy * p.y());
    return out;
}

} // namespace ksd::detail
