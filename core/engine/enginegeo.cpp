// SPDX-License-Identifier: Apache-2.0
// Geometry of the reference data for the engine: indices, border hops, adjacency and distances.
#include "engine_p.h"

#include <numeric>

namespace ksd::detail::engine {

namespace {

Geo buildGeo(const RefData &ref)
{
    Geo g;
    g.n = int(ref.regions().size());
    const int n = g.n;
    for (const Region &r : ref.regions()) {
        g.index.insert(r.code, int(g.regions.size()));
        g.regions.push_back(&r);
    }
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return g.regions[a]->code < g.regions[b]->code; });
    g.rank.assign(n, 0);
    for (int i = 0; i < n; ++i)
        g.rank[order[i]] = i;
    g.isProvince.resize(n);
    g.administrative.resize(n);
    g.province.resize(n);
    for (int i = 0; i < n; ++i) {
        g.isProvince[i] = g.regions[i]->isProvince();
        g.administrative[i] = g.regions[i]->administrative;
        g.province[i] = g.index.value(g.regions[i]->provinceCode, i);
    }
    g.sameLevelNeighbours.assign(n, {});
    for (const Border &b : ref.borders()) {
        const int a = g.index.value(b.a, -1);
        const int c = g.index.value(b.b, -1);
        if (a < 0 || c < 0 || a == c || g.isProvince[a] != g.isProvince[c])
            continue;
        g.sameLevelNeighbours[a].push_back(c);
        g.sameLevelNeighbours[c].push_back(a);
    }
    for (auto &v : g.sameLevelNeighbours) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }

    // Hops between regions of one level: breadth-first over land borders.
    g.hops.assign(std::size_t(n) * n, NoHop);
    std::vector<int> queue;
    for (int s = 0; s < n; ++s) {
        std::uint8_t *row = &g.hops[g.at(s, 0)];
        row[s] = 0;
        queue.assign(1, s);
        for (std::size_t qi = 0; qi < queue.size(); ++qi) {
            const int u = queue[qi];
            if (row[u] >= 254)
                continue;
            for (int v : g.sameLevelNeighbours[u]) {
                if (row[v] == NoHop) {
                    row[v] = std::uint8_t(row[u] + 1);
                    queue.push_back(v);
                }
            }
        }
    }
    // A province and a kab/kota: 1 for its own kab/kota, otherwise the fewest hops from the kab/kota to any of
    // the province's kab/kota (so 1 when they border, as RefData::adjacency says).
    std::vector<std::uint8_t> toProvince(std::size_t(n) * n, NoHop);
    for (int k = 0; k < n; ++k) {
        if (g.isProvince[k])
            continue;
        for (int j = 0; j < n; ++j) {
            if (g.isProvince[j])
                continue;
            const std::uint8_t h = g.hops[g.at(k, j)];
            std::uint8_t &best = toProvince[g.at(k, g.province[j])];
            best = std::min(best, h);
        }
    }
    g.adjacency.assign(std::size_t(n) * n, std::uint8_t(Adjacency::None));
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            if (a == b)
                continue;
            if (g.isProvince[a] == g.isProvince[b]) {
                if (g.hops[g.at(a, b)] == 1)
                    g.adjacency[g.at(a, b)] = std::uint8_t(Adjacency::Borders);
                continue;
            }
            const int p = g.isProvince[a] ? a : b;
            const int k = g.isProvince[a] ? b : a;
            std::uint8_t h;
            if (g.province[k] == p) {
                h = 1;
                g.adjacency[g.at(a, b)] = std::uint8_t(Adjacency::Within);
            } else {
                h = toProvince[g.at(k, p)];
                if (h == 1)
                    g.adjacency[g.at(a, b)] = std::uint8_t(Adjacency::Borders);
            }
            g.hops[g.at(a, b)] = h;
        }
    }
    // Sea borders where there is no land border, as RefData::adjacency gives them: one hop, like a land border
    // (longer paths stay over land). A province faces a kab/kota of another province when one of its own
    // kab/kota does.
    auto markSea = [&](int a, int b) {
        if (a >= 0 && b >= 0 && g.adjacency[g.at(a, b)] == std::uint8_t(Adjacency::None)) {
            g.adjacency[g.at(a, b)] = std::uint8_t(Adjacency::Sea);
            g.adjacency[g.at(b, a)] = std::uint8_t(Adjacency::Sea);
            g.hops[g.at(a, b)] = 1;
            g.hops[g.at(b, a)] = 1;
        }
    };
    for (const SeaBorder &s : ref.seaBorders()) {
        const int a = g.index.value(s.a, -1);
        const int b = g.index.value(s.b, -1);
        if (a < 0 || b < 0)
            continue;
        markSea(a, b);
        if (!g.isProvince[a] && g.province[a] != g.province[b]) {
            markSea(a, g.province[b]);
            markSea(b, g.province[a]);
        }
    }

    g.km.assign(std::size_t(n) * n, 0.f);
    constexpr double R = 6371.0088;
    constexpr double deg = M_PI / 180.0;
    std::vector<double> lat(n), lon(n), cosLat(n);
    for (int i = 0; i < n; ++i) {
        lat[i] = g.regions[i]->labelLat * deg;
        lon[i] = g.regions[i]->labelLon * deg;
        cosLat[i] = std::cos(lat[i]);
    }
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            const double sLat = std::sin((lat[b] - lat[a]) / 2);
            const double sLon = std::sin((lon[b] - lon[a]) / 2);
            const double h = sLat * sLat + cosLat[a] * cosLat[b] * sLon * sLon;
            const float d = float(2 * R * std::asin(std::min(1.0, std::sqrt(h))));
            g.km[g.at(a, b)] = d;
            g.km[g.at(b, a)] = d;
        }
    }

    for (const Urusan &u : ref.urusanList()) {
        g.urusanIndex.insert(u.code, int(g.urusan.size()));
        g.urusan.push_back(&u);
        g.urusanSupport.push_back(!u.isConcurrent());
    }
    g.regionBySlot.assign(100 + 100 * 100, -1);
    g.urusanBySlot.assign(1000, -1);
    for (int i = 0; i < n; ++i) {
        if (const int slot = Geo::regionSlot(g.regions[i]->code); slot >= 0)
            g.regionBySlot[slot] = i;
    }
    for (int i = 0; i < int(g.urusan.size()); ++i) {
        if (const int slot = Geo::urusanSlot(g.urusan[i]->code); slot >= 0)
            g.urusanBySlot[slot] = i;
    }
    return g;
}

} // namespace

const Geo &geo()
{
    static const Geo g = buildGeo(RefData::instance());
    return g;
}

} // namespace ksd::detail::engine
