#!/usr/bin/env python3
"""Provisional GCJ-02 -> WGS84 converter for GeoJSON (python3 stdlib only).

Port of the standard eviltransform forward formula (WGS84 -> GCJ-02); the inverse is found by
fixed-point iteration until |error| < 1e-9 degrees. Properties are copied unchanged.
The canonical converter is the C# CLI (`hanyang crs convert --from gcj02 --to wgs84`); this script
exists so that the other layers can be fitted before the CLI verb exists, and as a cross-check.
Usage: gcj2wgs.py in.geojson out.geojson
"""
import json
import math
import sys

A = 6378245.0
EE = 0.00669342162296594323


def _tlat(x, y):
    r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    r += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    r += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    r += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return r


def _tlon(x, y):
    r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    r += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    r += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    r += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return r


def wgs2gcj(lon, lat):
    dlat = _tlat(lon - 105.0, lat - 35.0)
    dlon = _tlon(lon - 105.0, lat - 35.0)
    radlat = lat / 180.0 * math.pi
    magic = math.sin(radlat)
    magic = 1 - EE * magic * magic
    sq = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((A * (1 - EE)) / (magic * sq) * math.pi)
    dlon = (dlon * 180.0) / (A / sq * math.cos(radlat) * math.pi)
    return lon + dlon, lat + dlat


def gcj2wgs(lon, lat, tol=1e-9):
    x, y = lon, lat
    for _ in range(50):
        gx, gy = wgs2gcj(x, y)
        ex, ey = gx - lon, gy - lat
        if abs(ex) < tol and abs(ey) < tol:
            break
        x, y = x - ex, y - ey
    return x, y


def _conv(c):
    if isinstance(c[0], (int, float)):
        x, y = gcj2wgs(c[0], c[1])
        return [round(x, 6), round(y, 6)]
    return [_conv(k) for k in c]


def main():
    src, dst = sys.argv[1], sys.argv[2]
    fc = json.load(open(src, encoding="utf-8"))
    for f in fc["features"]:
        f["geometry"]["coordinates"] = _conv(f["geometry"]["coordinates"])
    with open(dst, "w", encoding="utf-8") as fh:
        json.dump(fc, fh, ensure_ascii=False)
        fh.write("\n")


if __name__ == "__main__":
    main()
