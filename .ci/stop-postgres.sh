#!/usr/bin/env bash
# Stops a cluster started by .ci/start-postgres.sh and deletes its directory.
#   bash .ci/stop-postgres.sh <base dir>
set -euo pipefail

base="${1:?usage: stop-postgres.sh <base dir printed by start-postgres.sh>}"
[[ -d "$base" ]] || exit 0
if [[ ! -e "$base/.roadmap-pg" ]]; then
  echo "[stop-postgres] $base was not made by start-postgres.sh; leaving it alone" >&2
  exit 1
fi

pg_bin="${ROADMAP_PG_BIN:-}"
if [[ -z "$pg_bin" && -r "$base/data/PG_VERSION" ]]; then
  pg_bin="/usr/lib/postgresql/$(cat "$base/data/PG_VERSION")/bin"
fi

if [[ -n "$pg_bin" && -f "$base/data/postmaster.pid" ]]; then
  owner=$(stat -c %U "$base/data")
  if [[ $(id -u) -eq 0 && "$owner" != root ]]; then
    (cd "$base" && runuser -u "$owner" -- "$pg_bin/pg_ctl" -D "$base/data" -m fast -w stop) >&2 || true
  else
    (cd "$base" && "$pg_bin/pg_ctl" -D "$base/data" -m fast -w stop) >&2 || true
  fi
fi
rm -rf -- "$base"
