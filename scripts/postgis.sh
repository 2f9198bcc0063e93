#!/usr/bin/env bash
# PostGIS for Hanyang.Gis: a PostgreSQL 15 + PostGIS 3 + pgRouting cluster of this project's own,
# listening on 127.0.0.1 only.
#
#   scripts/postgis.sh start    install the Debian packages if missing, create the cluster if missing,
#                               start it if stopped; prints the connection string. Safe to run twice.
#   scripts/postgis.sh stop     stop this cluster (and only this one).
#   scripts/postgis.sh status   say whether it runs; prints the connection string.
#   scripts/postgis.sh url      print only the connection string.
#
# Settings (environment):
#   HANYANG_PG_PORT   port (default 55432)
#   HANYANG_PG_DIR    directory the cluster lives in (default /var/lib/hanyang-gis/postgis-<port> as root,
#                     ~/.local/share/hanyang-gis/postgis-<port> otherwise). The script owns it.
#   HANYANG_PG_PASSWORD  password of the role "hanyang" (default "hanyang"; the server listens on loopback only).
set -euo pipefail

PORT="${HANYANG_PG_PORT:-55432}"
if [ "$(id -u)" -eq 0 ]; then
  DEFAULT_DIR="/var/lib/hanyang-gis/postgis-$PORT"
else
  DEFAULT_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/hanyang-gis/postgis-$PORT"
fi
DIR="${HANYANG_PG_DIR:-$DEFAULT_DIR}"
DATA="$DIR/data"
SOCKETS="$DIR/run"
LOG="$DIR/postgres.log"
PASSWORD="${HANYANG_PG_PASSWORD:-hanyang}"
PGBIN=/usr/lib/postgresql/15/bin
PACKAGES=(postgresql-15 postgresql-15-postgis-3 postgresql-15-pgrouting)

say() { printf 'postgis.sh: %s\n' "$*" >&2; }

url() {
  printf 'Host=127.0.0.1;Port=%s;Database=hanyang;Username=hanyang;Password=%s\n' "$PORT" "$PASSWORD"
}

# Runs a command as the cluster's owner: "postgres" when we are root (initdb refuses root), else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

psql_local() {
  PGOPTIONS="-c client_min_messages=warning" as_owner "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKETS" -p "$PORT" -U postgres "$@"
}

installed() {
  [ -x "$PGBIN/initdb" ] && [ -f /usr/share/postgresql/15/extension/postgis.control ] \
    && [ -f /usr/share/postgresql/15/extension/pgrouting.control ]
}

install_packages() {
  installed && return 0
  say "installing ${PACKAGES[*]} from Debian"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
  installed || { say "the packages did not install"; exit 1; }
}

running() {
  [ -f "$DATA/postmaster.pid" ] && as_owner "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

create_cluster() {
  [ -f "$DATA/PG_VERSION" ] && return 0
  say "creating a cluster in $DATA"
  mkdir -p "$DATA" "$SOCKETS"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$DIR"
  fi
  chmod 700 "$DATA"
  as_owner "$PGBIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$DATA/postgresql.conf" <<CONF
# Hanyang.Gis: loopback only; sockets in the cluster's own directory.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKETS'
max_connections = 200
shared_buffers = 256MB
CONF
  CREATED=1
}

provision() {
  # Role, database and extensions; each statement is idempotent.
  psql_local -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hanyang') THEN
    CREATE ROLE hanyang LOGIN CREATEDB PASSWORD '$PASSWORD';
  ELSE
    ALTER ROLE hanyang LOGIN CREATEDB PASSWORD '$PASSWORD';
  END IF;
END \$\$;
SQL
  # Extensions in template1 so every database created later (tests create their own) has them:
  # PostGIS is not a trusted extension on PostgreSQL 15, so only a superuser can create it.
  psql_local -d template1 -c "CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pgrouting;"
  if ! psql_local -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'hanyang'" | grep -q 1; then
    psql_local -d postgres -c "CREATE DATABASE hanyang OWNER hanyang;"
  fi
  psql_local -d hanyang -c "CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pgrouting;"
}

start() {
  install_packages
  CREATED=0
  create_cluster
  if running; then
    say "already running on 127.0.0.1:$PORT ($DATA)"
  else
    mkdir -p "$SOCKETS"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$SOCKETS"
    if ! as_owner "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null; then
      say "PostgreSQL did not start; the end of $LOG says:"
      tail -n 20 "$LOG" >&2 || true
      exit 1
    fi
    say "started on 127.0.0.1:$PORT ($DATA)"
  fi
  provision
  url
}

stop() {
  if running; then
    as_owner "$PGBIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    say "stopped the cluster in $DATA"
  else
    say "not running ($DATA)"
  fi
}

status() {
  if running; then
    say "running on 127.0.0.1:$PORT ($DATA)"
    url
  else
    say "not running ($DATA)"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) url ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
