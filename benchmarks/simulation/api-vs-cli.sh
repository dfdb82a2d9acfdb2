#!/usr/bin/env bash
# The whole product against the command line on the same work, in one paired run: a simulation submitted through
# the API to a local cluster (deploy/local-cluster.sh: PostgreSQL and N silo processes, the API as their client),
# timed from the POST until its events stream ends, against `luckyfive backtest --json` of the same recipe, range
# and seed. Runs alternate (API, CLI, API, CLI, ...) after one warm-up of each, so both see the same machine.
#   benchmarks/simulation/api-vs-cli.sh [--runs N] [--silos N] [--from C] [--to C] [--tickets N] [--window N] [--strategy S]
# Defaults: 5 runs, 2 silos, contests 501..6882, 20 tickets, window 500, hybrid. Prints every run and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=5 silos=2 from=501 to=6882 tickets=20 window=500 strategy=hybrid
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2 ;; --silos) silos=$2 ;; --from) from=$2 ;; --to) to=$2 ;;
    --tickets) tickets=$2 ;; --window) window=$2 ;; --strategy) strategy=$2 ;;
    *) echo "error: unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
source benchmarks/simulation/local-api.sh

body="{\"recipe\": {\"strategy\": \"$strategy\", \"seed\": 42}, \"from_contest\": $from, \"to_contest\": $to, \"tickets\": $tickets, \"window\": $window}"
through_api() {
  local id
  id=$(curl -fsS -H "X-Api-Key: $key" -H "Content-Type: application/json" -d "$body" "$api/api/v1/simulations" | jq -r .id)
  curl -fsSN -H "X-Api-Key: $key" "$api/api/v1/simulations/$id/events" | grep -q '^event: completed'
}
with_cli() {
  dotnet tools/LuckyFive.Cli/bin/Release/net10.0/luckyfive.dll backtest --draws "$workbook" --strategy "$strategy" --seed 42 \
    --from "$from" --to "$to" --tickets "$tickets" --window "$window" --json >/dev/null
}
seconds() { local start=$EPOCHREALTIME; "$@"; echo "$EPOCHREALTIME - $start" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "contests $from..$to, $tickets tickets, window $window, $strategy; $silos silo(s); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
seconds through_api >/dev/null; seconds with_cli >/dev/null
printf '%-4s %10s %10s %8s\n' run api_s cli_s ratio
api_times=() cli_times=() ratios=()
for i in $(seq 1 "$runs"); do
  a=$(seconds through_api); c=$(seconds with_cli); r=$(echo "scale=3; $a / $c" | bc)
  api_times+=("$a"); cli_times+=("$c"); ratios+=("$r")
  printf '%-4s %10.2f %10.2f %8.2f\n' "$i" "$a" "$c" "$r"
done
printf '%-4s %10.2f %10.2f %8.2f\n' median "$(printf '%s\n' "${api_times[@]}" | median)" \
  "$(printf '%s\n' "${cli_times[@]}" | median)" "$(printf '%s\n' "${ratios[@]}" | median)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
