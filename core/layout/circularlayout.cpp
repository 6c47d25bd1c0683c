// SPDX-License-Identifier: Apache-2.0
#include "layout.h"

#include "layout_p.h"
#include "refdata/refdata.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <vector>

namespace ksd {

namespace {

constexpr double kPi = std::numbers::pi;

struct Group
{
    QString province;
    QString centreCode;            ///< the province node, if it is among the nodes
    QStringList ring;              ///< kab/kota (and unknown codes), sorted
    std::vector<QPointF> local;    ///< centre first (if any), then ring members, relative to the group centre
    double radius = 0;             ///< outermost centre distance + node radius
};

/// Rings of spacing @p d around the centre: ring j holds floor(2πj) nodes (6, 12, 18, …), the last ring spreads
/// its nodes evenly. Clockwise from the top in Qt's y-down scene.
void layOutGroup(Group &g, double d, double nodeRadius)
{
    if (!g.centreCode.isEmpty())
        g.local.emplace_back(0, 0);
    const int m = int(g.ring.size());
    if (m == 1 && g.centreCode.isEmpty()) {
        g.local.emplace_back(0, 0);
        g.radius = nodeRadius;
        return;
    }
    int placed = 0, ring = 0;
    while (placed < m) {
        ++ring;
        const int capacity = int(std::floor(2 * kPi * ring));
        const int here = std::min(capacity, m - placed);
        for (int k = 0; k < here; ++k) {
            const double a = -kPi / 2 + 2 * kPi * k / here;
            g.local.emplace_back(ring * d * std::cos(a), ring * d * std::sin(a));
        }
        placed += here;
    }
    g.radius = ring * d + nodeRadius;
}

/// Arc-length table of the ellipse x = a·sin t, y = −b·cos t (top at t = 0, clockwise on screen).
class Ellipse
{
public:
    Ellipse(double a, double b) : mA(a), mB(b)
    {
        mLen.resize(kSteps + 1, 0.0);
        QPointF prev = at(0);
        for (int i = 1; i <= kSteps; ++i) {
            const QPointF p = at(2 * kPi * i / kSteps);
            mLen[size_t(i)] = mLen[size_t(i - 1)] + std::hypot(p.x() - prev.x(), p.y() - prev.y());
            prev = p;
        }
    }
    double perimeter() const { return mLen.back(); }
    /// The point at arc length @p s from the top, clockwise.
    QPointF pointAt(double s) const
    {
        s = std::fmod(std::max(s, 0.0), perimeter());
        const auto it = std::upper_bound(mLen.begin(), mLen.end(), s);
        const size_t i = size_t(std::clamp<std::ptrdiff_t>(it - mLen.begin(), 1, kSteps));
        const double seg = mLen[i] - mLen[i - 1];
        const double f = seg > 0 ? (s - mLen[i - 1]) / seg : 0;
        return at(2 * kPi * (double(i - 1) + f) / kSteps);
    }

private:
    static constexpr int kSteps = 4096;
    QPointF at(double t) const { return {mA * std::sin(t), -mB * std::cos(t)}; }
    double mA, mB;
    std::vector<double> mLen;
};

} // namespace

Layout circularLayout(const LayoutInput &input, const RefData &ref)
{
    Layout out;
    out.kind = LayoutKind::Circular;
    out.bounds = input.bounds;
    const QStringList codes = detail::distinctSortedCodes(input.nodes);
    if (codes.isEmpty())
        return out;

    std::map<QString, Group> byProvince; // ordered by province code
    for (const QString &code : codes) {
        const Region *r = ref.region(code);
        const QString province = r ? r->provinceCode : code.left(2);
        Group &g = byProvince[province];
        g.province = province;
        if (code == province)
            g.centreCode = code;
        else
            g.ring.append(code); // codes are sorted, so the ring is too
    }

    const double r = input.nodeRadius;
    const double d = std::max(2 * r + input.spacing, 1e-6);
    std::vector<Group> groups;
    for (auto &[province, g] : byProvince) {
        layOutGroup(g, d, r);
        groups.push_back(std::move(g));
    }

    // Group centres around an ellipse shaped like the bounds, each group taking arc length in proportion to its
    // diameter plus a gap. The whole picture is then scaled to the bounds: with few provinces the groups grow
    // with it (a ring of three dots lost in a big ellipse reads badly); with many, it fits almost as it is.
    const QRectF inner = detail::innerBounds(input.bounds, r);
    const double gap = 0.75 * d; // three times the in-group spacing at the default sizes
    std::vector<QPointF> centres(groups.size(), QPointF(0, 0));
    if (groups.size() > 1) {
        double need = 0, rhoMax = 0;
        for (const Group &g : groups) {
            need += 2 * g.radius + gap;
            rhoMax = std::max(rhoMax, g.radius);
        }
        const double w = std::max(inner.width(), 1e-6), h = std::max(inner.height(), 1e-6);
        const Ellipse unit(w / 2, h / 2);
        double lambda = need / unit.perimeter();
        // Opposite groups must not meet across the ellipse either.
        lambda = std::max({lambda, (2 * rhoMax + gap) / w, (2 * rhoMax + gap) / h});
        const Ellipse ellipse(lambda * w / 2, lambda * h / 2);
        const double stretch = ellipse.perimeter() / need;
        double s = 0;
        for (size_t i = 0; i < groups.size(); ++i) {
            const double at = (s + groups[i].radius - groups.front().radius) * stretch;
            centres[i] = ellipse.pointAt(at);
            s += 2 * groups[i].radius + gap;
        }
    }

    std::vector<QPointF> all;
    for (size_t i = 0; i < groups.size(); ++i) {
        for (const QPointF &p : groups[i].local)
            all.push_back(centres[i] + p);
    }
    // The frame is symmetric about the ellipse's centre, so that the ring lands centred in the bounds.
    double reachX = 0, reachY = 0;
    for (size_t i = 0; i < groups.size(); ++i) {
        const double reach = groups[i].radius - r;
        reachX = std::max(reachX, std::abs(centres[i].x()) + reach);
        reachY = std::max(reachY, std::abs(centres[i].y()) + reach);
    }
    const std::vector<QPointF> frame = {QPointF(-reachX, -reachY), QPointF(reachX, reachY)};
    detail::FitTransform fit = detail::fitTransform(frame, inner);
    if (all.size() == 1)
        fit.scale = 1;

    QMap<QString, QPointF> raw;
    size_t k = 0;
    for (size_t i = 0; i < groups.size(); ++i) {
        const Group &g = groups[i];
        if (!g.centreCode.isEmpty())
            raw.insert(g.centreCode, fit.map(all[k++]));
        for (const QString &code : g.ring)
            raw.insert(code, fit.map(all[k++]));
        LayoutGroup lg;
        lg.provinceCode = g.province;
        lg.center = fit.map(centres[i]);
        lg.radius = (g.radius - r) * fit.scale + r;
        lg.members = g.ring;
        if (!g.centreCode.isEmpty())
            lg.members.prepend(g.centreCode);
        out.groups.append(lg);
    }
    SpacedPositions spaced = deOverlap(raw, input.bounds, r, input.spacing);
    out.positions = std::move(spaced.positions);
    out.unresolvedOverlaps = spaced.unresolvedOverlaps;
    return out;
}

} // namespace ksd
