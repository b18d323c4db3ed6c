#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on 127.0.0.1 at a free port and prints its JDBC URL on stdout
# (everything else goes to stderr). Role and database: roadmap/roadmap, database "roadmap".
#
#   url=$(bash .ci/start-postgres.sh)           # base dir is printed on stderr
#   ROADMAP_PG_BASE=$(mktemp -d) bash .ci/start-postgres.sh
#   bash .ci/stop-postgres.sh <base dir>        # stops it and deletes the data
#
# initdb refuses to run as root, so as root the server runs as the system user ROADMAP_PG_OS_USER (default
# roadmapci, created when missing). Tuned for tests (fsync off): never keep data in it.
set -euo pipefail

os_user="${ROADMAP_PG_OS_USER:-roadmapci}"
db_name=roadmap
db_user=roadmap
db_password=roadmap

log() { printf '[start-postgres] %s\n' "$*" >&2; }

pg_bin="${ROADMAP_PG_BIN:-}"
if [[ -z "$pg_bin" ]]; then
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    pg_bin=/usr/lib/postgresql/15/bin
  else
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
fi
if [[ -z "$pg_bin" || ! -x "$pg_bin/initdb" ]]; then
  log "PostgreSQL server binaries not found (apt-get install postgresql-15, or set ROADMAP_PG_BIN)"
  exit 1
fi

base="${ROADMAP_PG_BASE:-}"
if [[ -z "$base" ]]; then
  base=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-pg.XXXXXX")
fi
mkdir -p "$base"
base=$(cd "$base" && pwd)
if [[ -e "$base/data" ]]; then
  log "$base/data exists already; use a fresh directory"
  exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
  if ! id -u "$os_user" >/dev/null 2>&1; then
    log "creating system user $os_user"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$os_user"
  fi
  chown "$os_user" "$base"
  as_owner() { (cd "$base" && runuser -u "$os_user" -- "$@"); }
else
  as_owner() { (cd "$base" && "$@"); }
fi
chmod 700 "$base"
touch "$base/.roadmap-pg"  # marker: stop-postgres.sh only deletes directories carrying it

port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# Superuser "postgres" connects only through the socket in $base (mode 700: owner and root only);
# TCP on loopback needs a password.
as_owner "$pg_bin/initdb" -D "$base/data" -U postgres -E UTF8 --locale=C \
  --auth-local=trust --auth-host=scram-sha-256 >"$base/initdb.log" 2>&1 || {
  cat "$base/initdb.log" >&2
  exit 1
}

port=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
  candidate=$(( 20000 + RANDOM % 40000 ))
  port_in_use "$candidate" && continue
  if as_owner "$pg_bin/pg_ctl" -D "$base/data" -l "$base/postgres.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$candidate -c unix_socket_directories=$base \
          -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" >&2; then
    port=$candidate
    break
  fi
  log "start on port $candidate failed, retrying on another port"
done
if [[ -z "$port" ]]; then
  tail -n 30 "$base/postgres.log" >&2 || true
  exit 1
fi
echo "$port" >"$base/port"

as_owner "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$base" -p "$port" -U postgres -d postgres \
  -c "CREATE ROLE $db_user LOGIN PASSWORD '$db_password'" \
  -c "CREATE DATABASE $db_name OWNER $db_user ENCODING 'UTF8' TEMPLATE template0" >&2

log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port, data in $base"
log "stop it with: bash .ci/stop-postgres.sh $base"
echo "jdbc:postgresql://127.0.0.1:$port/$db_name"
