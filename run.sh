#!/usr/bin/env bash
# Runs LuckyFive: a local cluster in the background (a private PostgreSQL, N silos, the API), the draws imported and
# one demo simulation followed to its verdict. Safe to run again: a running cluster is left as it is.
#   ./run.sh [start] [--silos N] [--draws FILE|demo] [--state DIR] [--no-build]
#            [--api-port 8080] [--pg-port 55433] [--silo-port 11111] [--gateway-port 30000] [--http-port 11180]
#   ./run.sh stop | status | logs [silo-N|api|postgres] | scale N | backup FILE | restore FILE    [--state DIR]
#   ./run.sh backtest [luckyfive backtest options]     the engine alone, from the command line (docs/cli.md)
# Silo i talks to its peers on --silo-port + i, takes clients on --gateway-port + i and answers HTTP on --http-port + i.
# The state (database, logs, process ids, ports, the admin key) is kept in --state, by default
# ${TMPDIR:-/tmp}/luckyfive, and used by every later command given the same --state.
set -euo pipefail
cd "$(dirname "$0")"

command=start
case "${1:-}" in start | stop | status | logs | scale | backup | restore | backtest) command=$1; shift ;; esac

if [ "$command" = backtest ]; then
  draws=()
  [ -f ../shared/data/quina/Quina.xlsx ] && [[ " $* " != *" --draws "* ]] && draws=(--draws ../shared/data/quina/Quina.xlsx)
  dotnet build tools/LuckyFive.Cli -c Release -v quiet -nologo >/dev/null
  exec dotnet tools/LuckyFive.Cli/bin/Release/net10.0/luckyfive.dll backtest "${draws[@]}" "$@"
fi

silos=2 draws="" build=1 scale_to="" log_name="" file=""
state=${LUCKYFIVE_STATE:-${TMPDIR:-/tmp}/luckyfive}
# Ports; "start" records them in the state folder, and later commands on that folder read them back.
api_port=8080 pg_port=55433 silo_port=11111 gateway_port=30000 http_port=11180
for arg in "$@"; do [ "${previous:-}" = --state ] && state=$arg; previous=$arg; done
[ -f "$state/ports" ] && source "$state/ports"
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) silos=${2:?--silos needs a number}; shift 2 ;;
    --draws) draws=${2:?--draws needs a file or 'demo'}; shift 2 ;;
    --state) state=${2:?--state needs a folder}; shift 2 ;;
    --api-port) api_port=${2:?--api-port needs a port}; shift 2 ;;
    --pg-port) pg_port=${2:?--pg-port needs a port}; shift 2 ;;
    --silo-port) silo_port=${2:?--silo-port needs a port}; shift 2 ;;
    --gateway-port) gateway_port=${2:?--gateway-port needs a port}; shift 2 ;;
    --http-port) http_port=${2:?--http-port needs a port}; shift 2 ;;
    --no-build) build=0; shift ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *)
      if [ "$command" = scale ] && [ -z "$scale_to" ]; then scale_to=$1
      elif [ "$command" = logs ] && [ -z "$log_name" ]; then log_name=$1
      elif [[ "$command" = backup || "$command" = restore ]] && [ -z "$file" ]; then file=$1
      else echo "error: $1: unknown argument; ./run.sh --help lists them" >&2; exit 2; fi
      shift ;;
  esac
done
[[ "$silos" =~ ^[1-9]$ ]] || { echo "error: --silos: must be 1 to 9, got '$silos'" >&2; exit 2; }

source deploy/lib/postgres.sh
source deploy/lib/packages.sh
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=luckyfive"
database_url="postgresql://postgres@127.0.0.1:$pg_port/luckyfive"
silo_dll=silo/LuckyFive.Silo/bin/Release/net10.0/luckyfive-silo.dll
api_dll=api/LuckyFive.Api/bin/Release/net10.0/luckyfive-api.dll
cli_dll=tools/LuckyFive.Cli/bin/Release/net10.0/luckyfive.dll
api=http://127.0.0.1:$api_port

pid_of() { cat "$state/pids/$1" 2>/dev/null || true; }
alive() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
# A port is taken when something listens on it, or (seen with ss) any socket holds it, as an outgoing connection may.
port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
  command -v ss >/dev/null && [ -n "$(ss -Htan "( sport = :$1 )" 2>/dev/null)" ]
}
running_silos() { local f; for f in "$state"/pids/silo-*; do if [ -e "$f" ] && alive "$(basename "$f")"; then basename "$f"; fi; done | sort -t- -k2 -n; }
ready() { curl -fsS --max-time 2 "$1/readyz" >/dev/null 2>&1; }
key() { cat "$state/admin-key"; }

# The first line of a log that names an exception or a failure, for a one-line report.
first_error() { { grep -m1 -E '(Exception|^error)[^:]*: ' "$1" || tail -n 1 "$1"; } 2>/dev/null | cut -c1-300; }

# wait_ready NAME URL: until URL/readyz answers, or the process exits (its log's end is shown), or 90 s pass.
wait_ready() {
  for _ in $(seq 1 180); do
    ready "$2" && return 0
    alive "$1" || { echo "error: $1 exited during start-up: $(first_error "$state/$1.log"); see $state/$1.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "error: $1 is not ready after 90 s; see $state/$1.log" >&2
  exit 1
}

# launch NAME COMMAND...: starts a process in its own session, so it outlives this script and the terminal.
launch() {
  local name=$1
  shift
  setsid "$@" >"$state/$name.log" 2>&1 < /dev/null &
  echo $! >"$state/pids/$name"
}

start_silo() {
  local i=$1
  for port in $((silo_port + i)) $((gateway_port + i)) $((http_port + i)); do
    port_taken "$port" && { echo "error: port $port (silo-$i) is taken by another process; stop it or run ./run.sh stop" >&2; exit 1; }
  done
  launch "silo-$i" dotnet "$silo_dll" --LuckyFive:ConnectionString="$connection" --LuckyFive:MigrateOnStart=false \
    --LuckyFive:SiloPort=$((silo_port + i)) --LuckyFive:GatewayPort=$((gateway_port + i)) --urls="http://127.0.0.1:$((http_port + i))"
}

stop_process() {
  local name=$1 pid
  pid=$(pid_of "$name")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    # The silo's shutdown budget is 45 s by default (LuckyFive:ShutdownBudgetSeconds): its grains are saved and
    # handed over before it exits; it is killed only past 50 s.
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$state/pids/$name"
}

print_addresses() {
  echo
  echo "LuckyFive is running: $(running_silos | wc -l) silo(s), the API and PostgreSQL; state in $state"
  echo "  API                 $api   (docs/api.md; requests: api/LuckyFive.Api.http)"
  echo "  OpenAPI reference   $api/scalar/"
  echo "  LuckyFive pages     $api/ui   (sign in with an API key)"
  echo "  Orleans dashboard   $api/dashboard/   (sign in at /ui with the admin key)"
  echo "  admin API key       $(key)"
  echo "  try: curl -H \"X-Api-Key: $(key)\" $api/api/v1/cluster"
  echo "  ./run.sh status | logs [silo-N|api|postgres] | scale N | stop"
}

build_all() {
  [ "$build" = 1 ] || return 0
  echo "building..."
  for project in silo/LuckyFive.Silo api/LuckyFive.Api tools/LuckyFive.Cli; do
    dotnet build "$project" -c Release -v quiet -nologo >"$state/build.log" 2>&1 \
      || { echo "error: building $project failed; see $state/build.log:" >&2; grep -E 'error|Error' "$state/build.log" | head -n 5 >&2; exit 1; }
  done
}

import_draws() {
  local file=$draws
  if [ -z "$file" ]; then
    file=../shared/data/quina/Quina.xlsx
    [ -f "$file" ] || file=demo
  fi
  if [ "$file" = demo ]; then
    file="$state/demo-draws.csv"
    dotnet "$cli_dll" draws demo >"$file"
    echo "importing a synthetic demo history (no official workbook at ../shared/data/quina/Quina.xlsx)..."
  else
    [ -f "$file" ] || { echo "error: --draws: no file at '$file'" >&2; exit 2; }
    echo "importing $file..."
  fi
  local report
  report=$(curl -sS -H "X-Api-Key: $(key)" -F file=@"$file" "$api/api/v1/results/import")
  jq -e '.version' >/dev/null 2>&1 <<<"$report" || { echo "error: the import was refused: $(jq -r '.detail // .' <<<"$report")" >&2; exit 1; }
  jq -r '"draws version \(.version): \(.inserted) inserted, \(.updated) updated, \(.unchanged) unchanged, \(.rejected) rejected"' <<<"$report"
}

demo_simulation() {
  local last from id event data
  last=$(curl -fsS -H "X-Api-Key: $(key)" "$api/api/v1/results?limit=1" | jq -r '.results[0].contest')
  from=$((last > 200 ? last - 199 : 1))
  id=$(curl -fsS -H "X-Api-Key: $(key)" -H "Content-Type: application/json" \
    -d "{\"preset\": \"balanced\", \"from_contest\": $from, \"to_contest\": $last, \"batch_size\": 20}" "$api/api/v1/simulations" | jq -r .id)
  echo "demo simulation $id: the balanced preset over contests $from..$last"
  while IFS= read -r line; do
    case "$line" in
      event:*) event=${line#event: } ;;
      data:*)
        data=${line#data: }
        if [ "$event" = progress ]; then
          jq -r '.progress | "  [" + ("#" * (.percent / 5 | floor)) + ("." * (20 - (.percent / 5 | floor))) + "] \(.percent) % of \(.contests_total) contests"' <<<"$data"
        else
          jq -r 'def reais: "R$ \(. / 100 | floor),\(. % 100 | tostring | if length == 1 then "0" + . else . end)";
            "  \(.state): cost \(.summary.cost_cents // 0 | reais), prizes \(if .summary.prize_cents == null then "unknown" else (.summary.prize_cents | reais) end), ROI \(if .summary.roi == null then "unknown" else "\(.summary.roi * 1000 | round / 10) %" end)\n  verdict: \(.verdict // .reason)"' <<<"$data"
        fi ;;
    esac
  done < <(curl -fsSN -H "X-Api-Key: $(key)" "$api/api/v1/simulations/$id/events")
}

start() {
  command -v dotnet >/dev/null || { echo "error: the .NET SDK 10 is required (dotnet not on PATH)" >&2; exit 1; }
  ensure_commands curl jq
  mkdir -p "$state/pids"
  if alive api; then
    echo "LuckyFive is already running (./run.sh stop stops it)."
    print_addresses
    return
  fi
  pg_ensure_binaries
  alive postgres || ! port_taken "$pg_port" || { echo "error: port $pg_port (PostgreSQL) is taken by another process; give --pg-port" >&2; exit 1; }
  port_taken "$api_port" && { echo "error: port $api_port (API) is taken by another process; give --api-port" >&2; exit 1; }
  build_all
  echo "api_port=$api_port pg_port=$pg_port silo_port=$silo_port gateway_port=$gateway_port http_port=$http_port" >"$state/ports"
  pg_start "$state" "$pg_port"
  as_pg pg_ctl -D "$state/pgdata" status 2>/dev/null | sed -n 's/.*PID: \([0-9]*\).*/\1/p' >"$state/pids/postgres"
  pg_create_database "$pg_port" luckyfive
  dotnet "$silo_dll" --migrate-only --LuckyFive:ConnectionString="$connection" >"$state/migrate.log" 2>&1 \
    || { echo "error: the migrations failed; see $state/migrate.log:" >&2; tail -n 3 "$state/migrate.log" >&2; exit 1; }
  local running
  running=$(running_silos | wc -l)
  for ((i = running; i < silos; i++)); do start_silo "$i"; done
  for ((i = 0; i < silos; i++)); do wait_ready "silo-$i" "http://127.0.0.1:$((http_port + i))"; done
  [ -f "$state/admin-key" ] || (umask 077 && echo "lf_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')" >"$state/admin-key")
  launch api dotnet "$api_dll" --urls="$api" --LuckyFive:ConnectionString="$connection" --LuckyFive:Api:BootstrapAdminKey="$(key)"
  wait_ready api "$api"
  echo "cluster ready: $silos silo(s) and the API"
  import_draws
  demo_simulation
  print_addresses
}

stop() {
  stop_process api
  for silo in $(running_silos); do stop_process "$silo"; done
  rm -f "$state"/pids/silo-*
  pg_ensure_binaries
  pg_stop "$state"
  rm -f "$state/pids/postgres"
  echo "LuckyFive stopped; its data stays in $state"
}

status() {
  local i
  printf '%-10s %-8s %-8s %s\n' PROCESS PID STATE ADDRESS
  for ((i = 0; i < 10; i++)); do
    [ -e "$state/pids/silo-$i" ] || continue
    printf '%-10s %-8s %-8s %s\n' "silo-$i" "$(pid_of "silo-$i")" "$(ready "http://127.0.0.1:$((http_port + i))" && echo ready || { alive "silo-$i" && echo starting || echo dead; })" \
      "peers 127.0.0.1:$((silo_port + i)), gateway :$((gateway_port + i)), http://127.0.0.1:$((http_port + i))"
  done
  printf '%-10s %-8s %-8s %s\n' api "$(pid_of api)" "$(ready "$api" && echo ready || { alive api && echo starting || echo stopped; })" "$api"
  printf '%-10s %-8s %-8s %s\n' postgres "$(pid_of postgres)" "$(alive postgres && echo running || echo stopped)" "127.0.0.1:$pg_port (database luckyfive)"
}

logs() {
  case "$log_name" in
    "") ls "$state"/*.log 2>/dev/null | xargs -n 1 basename | sed 's/\.log$//' ;;
    postgres | api | silo-[0-9]) tail -n 100 "$state/$log_name.log" ;;
    *) echo "error: $log_name: no such log; one of api, postgres, silo-N" >&2; exit 2 ;;
  esac
}

scale() {
  [[ "$scale_to" =~ ^[1-9]$ ]] || { echo "error: scale: the number of silos must be 1 to 9, got '$scale_to'" >&2; exit 2; }
  alive api || { echo "error: LuckyFive is not running; ./run.sh starts it" >&2; exit 1; }
  local f i=0 silo
  # A silo that died is forgotten, then started again under the lowest free number, which is its own.
  for f in "$state"/pids/silo-*; do [ -e "$f" ] && ! alive "$(basename "$f")" && rm -f "$f"; done
  while [ "$(running_silos | wc -l)" -lt "$scale_to" ]; do
    alive "silo-$i" || { start_silo "$i"; wait_ready "silo-$i" "http://127.0.0.1:$((http_port + i))"; }
    i=$((i + 1))
  done
  # Removing a silo stops it gracefully, highest number first: its grains are saved, running simulations carry on on
  # the others.
  for silo in $(running_silos | tail -n +$((scale_to + 1)) | sort -t- -k2 -nr); do stop_process "$silo"; done
  echo "$(running_silos | wc -l) silo(s) running"
}

backup() {
  [ -n "$file" ] || { echo "error: backup: give the file to write" >&2; exit 2; }
  alive postgres || { echo "error: LuckyFive's PostgreSQL is not running; ./run.sh starts it" >&2; exit 1; }
  deploy/backup.sh "$database_url" "$file"
}

# Stops the API and the silos, replaces the database with the backup, and starts as many silos and the API again.
restore() {
  [ -f "$file" ] || { echo "error: restore: no backup at '$file'" >&2; exit 2; }
  alive postgres || { echo "error: LuckyFive's PostgreSQL is not running; ./run.sh starts it" >&2; exit 1; }
  local count i
  count=$(running_silos | wc -l)
  [ "$count" -gt 0 ] || count=$silos
  stop_process api
  for silo in $(running_silos); do stop_process "$silo"; done
  deploy/restore.sh "$database_url" "$file"
  for ((i = 0; i < count; i++)); do start_silo "$i"; done
  for ((i = 0; i < count; i++)); do wait_ready "silo-$i" "http://127.0.0.1:$((http_port + i))"; done
  launch api dotnet "$api_dll" --urls="$api" --LuckyFive:ConnectionString="$connection" --LuckyFive:Api:BootstrapAdminKey="$(key)"
  wait_ready api "$api"
  echo "$count silo(s) and the API running on the restored database"
}

"$command"
