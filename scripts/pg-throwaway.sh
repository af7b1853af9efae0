#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 for tests (see ../shared/STACK.md).
#   scripts/pg-throwaway.sh start <dir> <port>   → prints the DATABASE_URL
#   scripts/pg-throwaway.sh stop <dir>
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?dir}; port=${3:-54329}
PG_BIN=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || dirname "$(command -v initdb)")
run_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"; chmod 755 "$dir" "$(dirname "$dir")"
    if [ "$(id -u)" = 0 ]; then install -d -o postgres -g postgres "$dir/data" "$dir/sock"; else mkdir -p "$dir/data" "$dir/sock"; fi
    run_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust >/dev/null
    run_pg "$PG_BIN/pg_ctl" -D "$dir/data" -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" -l "$dir/data/log" -w start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    run_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    ;;
esac
