#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Draw a few straits with the sea-border pairs of sea_borders.csv, for review by eye.

    /usr/bin/python3 resources/data/tools/plot_sea_borders.py docs/data/sea-borders.png

Needs Debian's python3-shapely, python3-pyproj and python3-matplotlib. Each kab/kota pair of sea_borders.csv is
drawn as its narrowest accepted sea crossing (solid, coloured by confidence; recomputed with
derive_sea_borders.py for the pairs shown) and as a dashed line between the two label points. The last panel
shows every kab/kota pair of the list between label points.
"""

import csv
import json
import os
import sys

import matplotlib

matplotlib.use('Agg')
import matplotlib.pyplot as plt  # noqa: E402
from shapely.geometry import shape  # noqa: E402
from shapely.ops import nearest_points  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import derive_sea_borders  # noqa: E402

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
COLOURS = {'high': '#1b7837', 'medium': '#e08214', 'low': '#b2182b'}
PANELS = [
    ('Selat Sunda', (105.2, 106.6, -6.6, -5.4)),
    ('Selat Bali', (114.2, 115.0, -8.85, -7.95)),
    ('Selat Madura (Surabaya)', (112.4, 113.2, -7.4, -6.9)),
    ('Selat Lombok dan Selat Alas', (115.3, 117.2, -9.0, -8.0)),
    ('Selat Makassar: tidak ada pasangan', (115.0, 121.5, -4.5, 2.5)),
]
INDONESIA = (94.5, 141.5, -11.5, 6.5)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else 'sea-borders.png'
    with open(os.path.join(DATA, 'kabkota_simplified.geojson'), encoding='utf-8') as f:
        feats = json.load(f)['features']
    geoms = {ft['properties']['code']: shape(ft['geometry']).buffer(0) for ft in feats}
    with open(os.path.join(DATA, 'regions.csv'), newline='', encoding='utf-8') as f:
        regions = {r['code']: r for r in csv.DictReader(f)}
    with open(os.path.join(DATA, 'sea_borders.csv'), newline='', encoding='utf-8') as f:
        pairs = [r for r in csv.DictReader(f) if r['level'] == 'kabkota']

    def inside(box, x, y):
        return box[0] < x < box[1] and box[2] < y < box[3]

    def label_point(code):
        return float(regions[code]['label_lon']), float(regions[code]['label_lat'])

    shown = set()
    for p in pairs:
        na, nb = nearest_points(geoms[p['code_a']], geoms[p['code_b']])
        if any(inside(box, (na.x + nb.x) / 2, (na.y + nb.y) / 2) for _, box in PANELS):
            shown.add((p['code_a'], p['code_b']))
    crossing = {(r[0], r[1]): r[6] for r in derive_sea_borders.derive_all(shown) if r[2] == 'kabkota'}

    fig, axes = plt.subplots(2, 3, figsize=(18, 11.5))
    for ax, (title, box) in zip(axes.flat, PANELS):
        x0, x1, y0, y1 = box
        for code, g in geoms.items():
            minx, miny, maxx, maxy = g.bounds
            if maxx < x0 or minx > x1 or maxy < y0 or miny > y1:
                continue
            for poly in getattr(g, 'geoms', [g]):
                xs, ys = poly.exterior.xy
                ax.fill(xs, ys, facecolor='#eeeae0', edgecolor='#8c8c8c', linewidth=0.5)
            lx, ly = label_point(code)
            if inside(box, lx, ly):
                ax.text(lx, ly, code, fontsize=7, ha='center', va='center', color='#444444')
        for p in pairs:
            key = (p['code_a'], p['code_b'])
            if key not in crossing:
                continue
            (px, py), (qx, qy) = crossing[key]
            if not inside(box, (px + qx) / 2, (py + qy) / 2):
                continue
            c = COLOURS[p['confidence']]
            (ax_, ay_), (bx_, by_) = label_point(p['code_a']), label_point(p['code_b'])
            ax.plot([ax_, bx_], [ay_, by_], linestyle='--', color=c, linewidth=1)
            ax.plot([px, qx], [py, qy], color=c, linewidth=3, solid_capstyle='round')
            ax.annotate('%s–%s: %s / %s km' % (p['code_a'], p['code_b'], p['gap_km'], p['facing_km']),
                        ((px + qx) / 2, (py + qy) / 2), fontsize=7, color=c, xytext=(5, -10),
                        textcoords='offset points')
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_aspect('equal')
        ax.set_title(title)
        ax.tick_params(labelsize=7)

    ax = axes.flat[len(PANELS)]
    x0, x1, y0, y1 = INDONESIA
    for g in geoms.values():
        for poly in getattr(g, 'geoms', [g]):
            xs, ys = poly.exterior.xy
            ax.fill(xs, ys, facecolor='#eeeae0', edgecolor='none')
    for p in pairs:
        (ax_, ay_), (bx_, by_) = label_point(p['code_a']), label_point(p['code_b'])
        ax.plot([ax_, bx_], [ay_, by_], color=COLOURS[p['confidence']], linewidth=1.2)
    for _, (bx0, bx1, by0, by1) in PANELS:
        ax.plot([bx0, bx1, bx1, bx0, bx0], [by0, by0, by1, by1, by0], color='#555555', linewidth=0.6)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect('equal')
    ax.set_title('Semua %d pasangan kab/kota (antar titik label)' % len(pairs))
    ax.tick_params(labelsize=7)

    handles = [plt.Line2D([], [], color=c, linewidth=3, label='keyakinan %s' % k) for k, c in COLOURS.items()]
    fig.legend(handles=handles, loc='lower center', ncol=3)
    fig.suptitle('sea_borders.csv: kab/kota berhadapan di selat atau teluk (garis tebal: penyeberangan laut '
                 'tersempit; putus-putus: antar titik label; teks: kode, celah / pantai berhadapan)', fontsize=10)
    fig.tight_layout(rect=(0, 0.04, 1, 0.97))
    fig.savefig(out, dpi=80)
    print('wrote', out)


if __name__ == '__main__':
    main()
