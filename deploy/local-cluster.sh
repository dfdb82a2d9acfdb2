#!/usr/bin/env bash
# Runs a local LuckyFive cluster until Ctrl-C or SIGTERM: a PostgreSQL server of its own and N Orleans silos
# (default 2). A silo that dies is reported and the others keep running (that is what failover looks like).
#   deploy/local-cluster.sh [silos]
# Environment: LUCKYFIVE_LOCAL_DIR (database and logs; default $TMPDIR/luckyfive-local-cluster, kept between runs
# so grain state survives a restart), LUCKYFIVE_PG_PORT (default 55432). Silo i (from 0) talks to its peers on
# port 11111+i, takes clients on gateway port 30000+i and answers HTTP on 11180+i (/healthz, /readyz, /metrics, /stats).
set -euo pipefail
cd "$(dirname "$0")/.."

silos=${1:-2}
[[ "$silos" =~ ^[1-9][0-9]?$ ]] || { echo "silos must be a number from 1 to 99, not '$silos'" >&2; exit 2; }
state=${LUCKYFIVE_LOCAL_DIR:-${TMPDIR:-/tmp}/luckyfive-local-cluster}
pg_port=${LUCKYFIVE_PG_PORT:-55432}

source deploy/lib/postgres.sh
pg_ensure_binaries
pg_start "$state" "$pg_port"
pids=()
stop() {
  # Once stopping, a second Ctrl-C or TERM (a process-group signal arrives twice) must not cut the clean-up short.
  trap - EXIT
  trap '' INT TERM
  echo "stopping..."
  [ ${#pids[@]} -gt 0 ] && kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  pg_stop "$state"
}
trap stop EXIT
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM

pg_create_database "$pg_port" luckyfive

dotnet build silo/LuckyFive.Silo -c Release -v quiet -nologo >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=luckyfive"
silo_dll=silo/LuckyFive.Silo/bin/Release/net10.0/luckyfive-silo.dll
dotnet "$silo_dll" --migrate-only --LuckyFive:ConnectionString="$connection" >"$state/migrate.log" 2>&1 \
  || { echo "migrations failed; see $state/migrate.log" >&2; tail -n 5 "$state/migrate.log" >&2; exit 1; }
for ((i = 0; i < silos; i++)); do
  dotnet "$silo_dll" --LuckyFive:ConnectionString="$connection" --LuckyFive:MigrateOnStart=false \
    --LuckyFive:SiloPort=$((11111 + i)) --LuckyFive:GatewayPort=$((30000 + i)) \
    --urls="http://127.0.0.1:$((11180 + i))" >"$state/silo-$i.log" 2>&1 &
  pids+=($!)
done

ready() { curl -fsS "http://127.0.0.1:$1/readyz" >/dev/null 2>&1; }
for ((i = 0; i < silos; i++)); do
  for ((t = 0; t < 120; t++)); do
    ready $((11180 + i)) && break
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "silo $i exited; see $state/silo-$i.log" >&2; tail -n 20 "$state/silo-$i.log" >&2; exit 1; }
    sleep 0.5
  done
  ready $((11180 + i)) || { echo "silo $i is not ready after 60 s; see $state/silo-$i.log" >&2; exit 1; }
done

echo "LuckyFive local cluster: $silos silo(s), PostgreSQL on 127.0.0.1:$pg_port (database luckyfive), state in $state"
for ((i = 0; i < silos; i++)); do
  echo "  silo $i: peers on 127.0.0.1:$((11111 + i)), gateway 127.0.0.1:$((30000 + i)), http://127.0.0.1:$((11180 + i))/readyz /metrics /stats, log $state/silo-$i.log"
done
echo "Ctrl-C stops the cluster."
declare -A alive=()
for ((i = 0; i < silos; i++)); do alive[${pids[$i]}]=$i; done
while [ ${#alive[@]} -gt 0 ]; do
  code=0
  exited=
  wait -n -p exited "${!alive[@]}" || code=$?
  [ -n "$exited" ] || continue
  i=${alive[$exited]}
  unset "alive[$exited]"
  echo "silo $i exited with code $code; ${#alive[@]} silo(s) still running; see $state/silo-$i.log" >&2
done
