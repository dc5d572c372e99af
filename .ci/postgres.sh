#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests, from the Debian packages.
#
#   source .ci/postgres.sh            # start one, export DATELINE_TEST_POSTGRES_URL; it stops
#                                     # by itself when the sourcing shell exits
#   eval "$(.ci/postgres.sh start)"   # the same from any shell; stop it with:
#   .ci/postgres.sh stop              # (uses DATELINE_PG_DATA from the environment)
#
# Installs the `postgresql` package if no server binaries are found (as root, or with
# passwordless sudo). The cluster lives in a fresh temporary directory, runs as a
# non-root user (the package's `postgres` user when started by root), listens on
# 127.0.0.1 on the first free port from 55432, trusts local connections, and has a
# superuser `dateline` and a database `dateline_test`. If DATELINE_TEST_POSTGRES_URL is
# already set, nothing is started: the tests use that server.

_dlpg_log() { echo "postgres.sh: $*" >&2; }

_dlpg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1) || true
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; fi
}

_dlpg_install() {
  if [ -n "$(_dlpg_bindir)" ]; then return 0; fi
  _dlpg_log "installing the postgresql package"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      _dlpg_log "PostgreSQL is not installed and I am not root: apt-get install postgresql"
      return 1
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || return 1
  [ -n "$(_dlpg_bindir)" ]
}

# Run a command as the server's (non-root) user.
_dlpg_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_dlpg_free_port() {
  local port=${DATELINE_PG_PORT:-55432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Start a cluster; print the `export ...` lines for the caller to eval.
_dlpg_start() {
  if [ -n "${DATELINE_TEST_POSTGRES_URL:-}" ]; then
    _dlpg_log "using DATELINE_TEST_POSTGRES_URL from the environment"
    echo "export DATELINE_TEST_POSTGRES_URL='${DATELINE_TEST_POSTGRES_URL}'"
    return 0
  fi
  _dlpg_install || return 1
  local bin data port
  bin=$(_dlpg_bindir)
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres || return 1
  fi
  data=$(mktemp -d "${TMPDIR:-/tmp}/dateline-pg.XXXXXX") || return 1
  chmod 700 "$data"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$data"; fi
  port=$(_dlpg_free_port)
  _dlpg_as "$bin/initdb" -D "$data/db" -U dateline --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$data/initdb.log" 2>&1 || { cat "$data/initdb.log" >&2; return 1; }
  _dlpg_as "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 start \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=on" >&2 \
    || { cat "$data/server.log" >&2; return 1; }
  _dlpg_as "$bin/createdb" -h 127.0.0.1 -p "$port" -U dateline dateline_test >&2 || return 1
  _dlpg_log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($data)"
  echo "export DATELINE_PG_DATA='$data'"
  echo "export DATELINE_PG_BIN='$bin'"
  echo "export DATELINE_TEST_POSTGRES_URL='postgresql://dateline@127.0.0.1:$port/dateline_test'"
}

_dlpg_stop() {
  local data=${1:-${DATELINE_PG_DATA:-}} bin=${DATELINE_PG_BIN:-$(_dlpg_bindir)}
  if [ -z "$data" ] || [ ! -d "$data/db" ]; then return 0; fi
  _dlpg_as "$bin/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$data"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: start, export, and stop when this shell exits (a watcher, so that
  # other scripts' EXIT traps cannot cancel it).
  if [ -z "${DATELINE_TEST_POSTGRES_URL:-}" ]; then
    _dlpg_exports=$(_dlpg_start) || { _dlpg_log "could not start PostgreSQL"; return 1; }
    eval "$_dlpg_exports"
    unset _dlpg_exports
    _dlpg_shell=$$
    ( trap '' HUP INT
      while kill -0 "$_dlpg_shell" 2>/dev/null; do sleep 1; done
      _dlpg_stop "$DATELINE_PG_DATA" ) </dev/null >/dev/null 2>&1 &
    disown 2>/dev/null || true
  fi
else
  set -euo pipefail
  case "${1:-start}" in
    start) _dlpg_start ;;
    stop) _dlpg_stop "${2:-}" ;;
    *) echo "usage: $0 [start|stop [DATA_DIR]]" >&2; exit 2 ;;
  esac
fi
