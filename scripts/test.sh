#!/usr/bin/env bash
# The test command: installs what the tests need, starts the project's PostGIS, runs every test in
# Hanyang.Gis.sln and ends with the line "N passed, N failed" counted from the test results.
# Exits non-zero when a test fails, when the build fails, or when no test ran.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null || { echo "test.sh: the .NET SDK (dotnet) is not on PATH" >&2; exit 1; }

# 1. Debian packages the tests use as real third-party parts: GDAL's ogrinfo (an OGC API client),
#    Chromium (browser tests of the map), a CJK font (so Chinese renders in screenshots, map images and
#    PDF reports), poppler-utils (pdfinfo/pdftotext read the PDF reports back) and osmium-tool (turns
#    the OpenStreetMap tests' .osm XML into .osm.pbf).
missing=()
command -v ogrinfo >/dev/null || missing+=(gdal-bin)
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
command -v osmium >/dev/null || missing+=(osmium-tool)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from Debian" >&2
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "test.sh: could not install ${missing[*]}" >&2; echo "0 passed, 1 failed"; exit 1; }
fi

# 2. PostGIS (Debian packages, a cluster of the project's own on 127.0.0.1). Tests talk to it for real.
if ! HANYANG_TEST_POSTGIS="$(scripts/postgis.sh start)"; then
  echo "test.sh: PostGIS did not start" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
export HANYANG_TEST_POSTGIS

# 3. Build and test. Each test project writes a TRX file; the counts below come from them.
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
dotnet test Hanyang.Gis.sln --nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

passed=0 failed=0 skipped=0 files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  value() { printf '%s\n' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build failed or a test host crashed: nothing to count, but it is a failure.
  failed=1
fi
if [ "$files" -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  status=1
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
