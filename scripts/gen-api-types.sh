#!/usr/bin/env bash
# Regenerates the map client's API types (src/Hanyang.Gis.MapClient/src/generated/api.d.ts) from the
# server's OpenAPI document: builds the server, starts it on the embedded store (bundled geodata, a
# throwaway data directory, no database) on a free loopback port, runs openapi-typescript over
# /openapi/v1.json and stops the server. The drift test (ApiTypesDriftTests) fails until this has run
# after a change to the API's shape; commit the regenerated file with that change.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
client=src/Hanyang.Gis.MapClient

[ -d "$client/node_modules/.bin" ] && [ -d "$client/tools/api-types/node_modules/openapi-typescript" ] \
  || (cd "$client" && npm ci --no-audit --no-fund)
dotnet build src/Hanyang.Gis.Server -v q -nologo

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
data="$(mktemp -d)"
log="$data/server.log"
ConnectionStrings__Plan= Data__Directory="$data" dotnet src/Hanyang.Gis.Server/bin/Debug/net10.0/Hanyang.Gis.Server.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/openapi/v1.json" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { echo "gen-api-types: the server exited:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.5
done
(cd "$client" && HANYANG_API="http://127.0.0.1:$port" npm run --silent gen:api)
