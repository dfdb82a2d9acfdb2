# Sourced: a private PostgreSQL for a local LuckyFive cluster, in a data directory of its own on a loopback port.
# PostgreSQL refuses to run as root, so as root its commands run as the postgres user.

# Puts initdb and pg_ctl on PATH (Debian keeps them off it), installing PostgreSQL's server package as root when
# it is missing; says in one line what is wrong otherwise.
pg_ensure_binaries() {
  command -v pg_ctl >/dev/null && return 0
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing PostgreSQL's server package (apt-get install postgresql)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -n "$bin" ] || { echo "error: PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql" >&2; return 1; }
  PATH="$bin:$PATH"
}

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# pg_start STATE PORT: initialises STATE/pgdata once, then starts the server there (socket in STATE) unless it runs.
pg_start() {
  local state=$1 port=$2 data=$1/pgdata
  mkdir -p "$state"
  chmod 755 "$state"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres "$data"
    as_pg initdb -D "$data" -U postgres --auth=trust >"$state/initdb.log" 2>&1 \
      || { echo "error: initdb failed; see $state/initdb.log" >&2; return 1; }
  fi
  [ "$(id -u)" = 0 ] && chown postgres "$state"
  as_pg pg_ctl -D "$data" status >/dev/null 2>&1 && return 0
  as_pg pg_ctl -D "$data" -l "$state/postgres.log" -w -o "-p $port -k $state -c listen_addresses=127.0.0.1" start >/dev/null \
    || { echo "error: PostgreSQL did not start on port $port; see $state/postgres.log" >&2; return 1; }
}

# pg_stop STATE: stops the server of STATE, if it runs.
pg_stop() { as_pg pg_ctl -D "$1/pgdata" -w stop >/dev/null 2>&1 || true; }

# pg_create_database PORT NAME: creates the database unless it exists.
pg_create_database() {
  psql -h 127.0.0.1 -p "$1" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$2'" | grep -q 1 \
    || psql -h 127.0.0.1 -p "$1" -U postgres -qc "CREATE DATABASE $2" >/dev/null
}
