#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Derive sea_borders.csv: regions facing each other across a narrow strait or bay.

Input (all in resources/data): kabkota_simplified.geojson, adjacency.csv, regions.csv.
Output: sea_borders.csv with `code_a,code_b,level,gap_km,facing_km,confidence` (code_a < code_b),
for kab/kota pairs and for province pairs, none of which share a land border.

The method, the threshold and their reasoning are in PROVENANCE.md ("Sea borders").
Needs Debian's python3-shapely (1.8) and python3-pyproj. Deterministic: the same input gives the
same bytes, so `--check` can compare the committed CSV with a fresh run.

    /usr/bin/python3 resources/data/tools/derive_sea_borders.py            # rewrite sea_borders.csv
    /usr/bin/python3 resources/data/tools/derive_sea_borders.py --check    # exit 1 when it differs
"""

import argparse
import csv
import io
import json
import os
import sys
import warnings

from pyproj import Transformer
from shapely.geometry import LineString, box, shape
from shapely.ops import nearest_points, transform, unary_union
from shapely.strtree import STRtree

# --- parameters (see PROVENANCE.md for why) --------------------------------------------------
MAX_GAP_KM = 44.4        # 24 nautical miles: below it two provinces' sea areas meet at the median line (UU 23/2014 Pasal 27 (4))
SAMPLE_KM = 1.0          # spacing of the sample points along a coastline
LAND_NEAR_KM = 0.5       # boundary within this distance of another region is a land border, not coast
CLEARANCE_KM = 1.0       # a crossing must keep this far from any third region (or a quarter of its length)
MIN_FACING_KM = 1.0      # a pair needs at least this much coastline facing the other side
HIGH = (10.0, 5.0)       # confidence high: gap <= 10 km and facing >= 5 km
MEDIUM = (22.2, 2.0)     # confidence medium: gap <= 12 nautical miles (22.2 km) and facing >= 2 km; otherwise low

warnings.filterwarnings('ignore', message='STRtree will be changed')

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))


def utm_zone(lon):
    return int((lon + 180.0) // 6.0) + 1


class Projector:
    """Projects lon/lat geometries into the UTM zone of a pair, caching per zone."""

    def __init__(self):
        self._tf = {}
        self._cache = {}

    def __call__(self, key, geom, zone):
        k = (key, zone)
        if k not in self._cache:
            if zone not in self._tf:
                self._tf[zone] = Transformer.from_crs('EPSG:4326', 'EPSG:%d' % (32600 + zone), always_xy=True)
            tf = self._tf[zone]
            g = transform(lambda x, y, z=None: tf.transform(x, y), geom)
            self._cache[k] = g if g.is_valid else g.buffer(0)
        return self._cache[k]


def read_regions():
    with open(os.path.join(DATA, 'regions.csv'), newline='', encoding='utf-8') as f:
        return {r['code']: r for r in csv.DictReader(f)}


def read_land_pairs():
    pairs = set()
    with open(os.path.join(DATA, 'adjacency.csv'), newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            pairs.add((r['code_a'], r['code_b']))
    return pairs


def read_kabkota(regions):
    with open(os.path.join(DATA, 'kabkota_simplified.geojson'), encoding='utf-8') as f:
        fc = json.load(f)
    geoms = {}
    for feat in fc['features']:
        code = feat['properties']['code']
        if code not in regions:
            sys.exit('kabkota_simplified.geojson: code %s is not in regions.csv' % code)
        g = shape(feat['geometry'])
        geoms[code] = g if g.is_valid else g.buffer(0)
    return geoms


def province_geoms(kab, regions):
    members = {}
    for code in sorted(kab):
        members.setdefault(regions[code]['province_code'], []).append(kab[code])
    # The same 0.001 degree close-and-open as the display provinces, to shut sliver gaps between kab/kota.
    return {p: unary_union(gs).buffer(0.001).buffer(-0.001) for p, gs in sorted(members.items())}


def sample_line(line, step):
    n = max(1, int(line.length // step))
    return [line.interpolate((i + 0.5) * line.length / n) for i in range(n)], line.length / n


def lines_of(geom):
    if geom.is_empty:
        return []
    if geom.geom_type == 'LineString':
        return [geom]
    if geom.geom_type in ('MultiLineString', 'GeometryCollection'):
        out = []
        for g in geom.geoms:
            out.extend(lines_of(g))
        return out
    return []


def derive(geoms, land_pairs, level, only=None):
    """Sea pairs among `geoms` (code -> lon/lat polygon) that are not in `land_pairs`.

    Each row is (code_a, code_b, level, gap_km, facing_km, confidence, crossing), where crossing is the narrowest
    accepted sea crossing as ((lon, lat), (lon, lat)). `only`, a set of (code_a, code_b), limits the work to
    those pairs (for the figure)."""
    codes = sorted(geoms)
    proj = Projector()
    deg = MAX_GAP_KM / 105.0  # a little more than MAX_GAP_KM in degrees near the equator
    tree_geoms = [geoms[c] for c in codes]
    tree = STRtree(tree_geoms)
    code_of = {id(g): c for c, g in zip(codes, tree_geoms)}

    def near(code, dist_deg):
        g = geoms[code]
        return sorted(code_of[id(h)] for h in tree.query(g.buffer(dist_deg)) if code_of[id(h)] != code
                      and h.distance(g) <= dist_deg)

    land_near = {c: near(c, LAND_NEAR_KM / 105.0) for c in codes}
    candidates = {c: near(c, deg) for c in codes}
    coast_cache = {}

    def coast(code, zone):
        k = (code, zone)
        if k not in coast_cache:
            g = proj(code, geoms[code], zone)
            others = [proj(o, geoms[o], zone).buffer(LAND_NEAR_KM * 1000) for o in land_near[code]]
            b = g.boundary
            coast_cache[k] = b.difference(unary_union(others)) if others else b
        return coast_cache[k]

    def facing(a, b, zone, third):
        """Coastline of a (km) whose crossing to b's coast is open sea, and the narrowest such crossing."""
        ga, gb = proj(a, geoms[a], zone), proj(b, geoms[b], zone)
        ca, cb = coast(a, zone), coast(b, zone)
        if ca.is_empty or cb.is_empty:
            return 0.0, None, None
        reach = ca.intersection(gb.buffer(MAX_GAP_KM * 1000))
        total, gap, seg_best = 0.0, None, None
        for line in lines_of(reach):
            pts, step = sample_line(line, SAMPLE_KM * 1000)
            for p in pts:
                q = nearest_points(p, cb)[1]
                d = p.distance(q)
                if d > MAX_GAP_KM * 1000:
                    continue
                if d > 1.0:
                    seg = LineString([p, q])
                    # not across the two regions' own land (tolerating simplification noise)...
                    if seg.intersection(ga.union(gb)).length > max(200.0, 0.05 * d):
                        continue
                    # ...and clear of any third region, so the crossing is not along a neighbour's coast.
                    clear = min(CLEARANCE_KM * 1000, 0.25 * d)
                    if any(t.distance(seg) < clear for t in third):
                        continue
                total += step
                if gap is None or d < gap:
                    gap, seg_best = d, (p, q)
        return total / 1000.0, (gap / 1000.0 if gap is not None else None), seg_best

    rows = []
    for a in codes:
        for b in candidates[a]:
            if b <= a or (a, b) in land_pairs or (only is not None and (a, b) not in only):
                continue
            na, nb = nearest_points(geoms[a], geoms[b])
            zone = utm_zone((na.x + nb.x) / 2)
            pa, pb = proj(a, geoms[a], zone), proj(b, geoms[b], zone)
            if pa.distance(pb) > MAX_GAP_KM * 1000:
                continue
            env = pa.union(pb).envelope.buffer(MAX_GAP_KM * 1000)
            third = [proj(o, geoms[o], zone) for o in codes if o not in (a, b)
                     and geoms[o].envelope.intersects(transform_back_box(env, zone))]
            third = [t for t in third if t.intersects(env)]
            fa, ga_, sa = facing(a, b, zone, third)
            fb, gb_, sb = facing(b, a, zone, third)
            if ga_ is None or gb_ is None:
                continue
            fkm = min(fa, fb)
            gkm = min(ga_, gb_)
            p, q = sa if ga_ <= gb_ else sb
            back = back_transformer(zone)
            crossing = (back.transform(p.x, p.y), back.transform(q.x, q.y))
            if fkm < MIN_FACING_KM:
                continue
            if gkm <= HIGH[0] and fkm >= HIGH[1]:
                conf = 'high'
            elif gkm <= MEDIUM[0] and fkm >= MEDIUM[1]:
                conf = 'medium'
            else:
                conf = 'low'
            rows.append((a, b, level, gkm, fkm, conf, crossing))
    return rows


_BACK = {}


def back_transformer(zone):
    if zone not in _BACK:
        _BACK[zone] = Transformer.from_crs('EPSG:%d' % (32600 + zone), 'EPSG:4326', always_xy=True)
    return _BACK[zone]


def transform_back_box(env, zone):
    """The lon/lat bounding box of a projected envelope (for a cheap pre-filter)."""
    minx, miny, maxx, maxy = env.bounds
    xs, ys = back_transformer(zone).transform([minx, maxx, minx, maxx], [miny, miny, maxy, maxy])
    return box(min(xs), min(ys), max(xs), max(ys))


def derive_all(only=None):
    """Every sea pair, kab/kota rows first, each level sorted by code."""
    regions = read_regions()
    land = read_land_pairs()
    kab = read_kabkota(regions)
    prov = province_geoms(kab, regions)
    for p in prov:
        if p not in regions:
            sys.exit('province %s is not in regions.csv' % p)
    rows = derive(kab, land, 'kabkota', only) + derive(prov, land, 'province', only)
    rows.sort(key=lambda r: (0 if r[2] == 'kabkota' else 1, r[0], r[1]))
    return rows


def render(rows):
    out = io.StringIO()
    out.write('code_a,code_b,level,gap_km,facing_km,confidence\n')
    for a, b, level, gap, fac, conf, _ in rows:
        out.write('%s,%s,%s,%.1f,%.1f,%s\n' % (a, b, level, gap, fac, conf))
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--check', action='store_true', help='compare with the committed sea_borders.csv, write nothing')
    ap.add_argument('--output', default=os.path.join(DATA, 'sea_borders.csv'))
    args = ap.parse_args()

    text = render(derive_all())
    if args.check:
        with open(args.output, encoding='utf-8') as f:
            old = f.read()
        if old != text:
            sys.exit('%s differs from a fresh run of %s' % (args.output, os.path.basename(__file__)))
        print('sea_borders.csv is up to date (%d pairs)' % (text.count('\n') - 1))
        return
    with open(args.output, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    counts = {}
    for r in csv.DictReader(io.StringIO(text)):
        counts[(r['level'], r['confidence'])] = counts.get((r['level'], r['confidence']), 0) + 1
    print('wrote %s: %d pairs %s' % (args.output, sum(counts.values()), sorted(counts.items())))


if __name__ == '__main__':
    main()
