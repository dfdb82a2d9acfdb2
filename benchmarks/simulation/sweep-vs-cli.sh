#!/usr/bin/env bash
# A 100-child search through the product against the command line, in one paired run: two sweeps started together
# through the API on a local cluster (deploy/local-cluster.sh: PostgreSQL and N silo processes, the API as their
# client), one of `random` children (one recipe, 50 seeds) and one of `hybrid` children (5 alphas × 10 seeds), timed
# from the first POST until both are completed; against `luckyfive backtest --json` of the same 100 children (each
# child's strategy, seed and every parameter read back from the API) one after another. Runs alternate (sweeps,
# CLI, sweeps, CLI, ...) after a one-child warm-up of each, so both see the same machine.
#   benchmarks/simulation/sweep-vs-cli.sh [--runs N] [--silos N] [--from C] [--to C] [--tickets N] [--concurrency N]
# Defaults: 1 run, 2 silos, contests 4001..6882, 10 tickets, 4 children at a time per sweep. Prints children per
# minute both ways and their ratio (sweeps / CLI) for every run and the medians, then how long each sweep's
# probability of backtest overfitting takes through the API (and one more sweep's, of 100 random children).
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=1 silos=2 from=4001 to=6882 tickets=10 concurrency=4
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2 ;; --silos) silos=$2 ;; --from) from=$2 ;; --to) to=$2 ;;
    --tickets) tickets=$2 ;; --concurrency) concurrency=$2 ;;
    *) echo "error: unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
source benchmarks/simulation/local-api.sh

# A sweep body: strategy, swept parameter (name and values) and replicates per combination.
sweep_body() {
  echo "{\"spec\": {\"version\": 1, \"name\": \"bench_$1\",
    \"base_recipe\": {\"version\": 1, \"name\": \"base\", \"strategy\": \"$1\", \"seed\": $RANDOM, \"parameters\": {\"sim_preds\": $tickets}},
    \"parameters\": [{\"name\": \"$2\", \"type\": \"discrete\", \"values\": [$3]}], \"replicates\": $4},
    \"from_contest\": $from, \"to_contest\": $to, \"concurrency\": $concurrency}"
}
submit() { curl -fsS -H "X-Api-Key: $key" -H "Content-Type: application/json" -d "$1" "$api/api/v1/sweeps" | jq -r .id; }
state() { curl -fsS -H "X-Api-Key: $key" "$api/api/v1/sweeps/$1" | jq -r .state; }
wait_all() {
  for id in "$@"; do
    until [ "$(state "$id")" = completed ]; do sleep 0.2; done
  done
}
# Each child of the sweeps as CLI arguments: --strategy, --seed and every parameter as --param.
children_args() {
  for id in "$@"; do
    curl -fsS -H "X-Api-Key: $key" "$api/api/v1/sweeps/$id/results?limit=500" | jq -r '.items[].simulation_id' |
      while read -r child; do
        curl -fsS -H "X-Api-Key: $key" "$api/api/v1/simulations/$child" |
          jq -r '"--strategy \(.strategy) --seed \(.seed) " + ([.parameters | to_entries[] | "--param \(.key)=\(.value)"] | join(" "))'
      done
  done
}
cli_children() {
  local args
  while read -r args; do
    # shellcheck disable=SC2086  # one child's arguments, split on purpose
    dotnet tools/LuckyFive.Cli/bin/Release/net10.0/luckyfive.dll backtest --draws "$workbook" --from "$from" --to "$to" $args --json >/dev/null
  done <"$1"
}
seconds() { local start=$EPOCHREALTIME; "$@"; echo "$EPOCHREALTIME - $start" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

sweeps_run() {
  local random hybrid
  random=$(submit "$(sweep_body random sim_preds "$tickets" 50)")
  hybrid=$(submit "$(sweep_body hybrid alpha "0.2, 0.4, 0.6, 0.8, 1.0" 10)")
  wait_all "$random" "$hybrid"
  echo "$random $hybrid" >"$state/last-sweeps"
}

echo "contests $from..$to, $tickets tickets, 50 random + 50 hybrid children, $concurrency at a time per sweep; $silos silo(s); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
# Warm-up: one child each way.
warm=$(submit "$(sweep_body hybrid alpha 0.5 1)"); wait_all "$warm"
children_args "$warm" >"$state/warm.args"; cli_children "$state/warm.args"

printf '%-6s %10s %10s %12s %12s %8s\n' run sweeps_s cli_s sweeps_cpm cli_cpm ratio
sweep_times=() cli_times=() ratios=()
for i in $(seq 1 "$runs"); do
  s=$(seconds sweeps_run)
  # shellcheck disable=SC2046  # two sweep ids
  children_args $(cat "$state/last-sweeps") >"$state/children.args"
  n=$(wc -l <"$state/children.args")
  c=$(seconds cli_children "$state/children.args")
  r=$(echo "scale=3; $c / $s" | bc)
  sweep_times+=("$s"); cli_times+=("$c"); ratios+=("$r")
  printf '%-6s %10.1f %10.1f %12.1f %12.1f %8.2f\n' "$i" "$s" "$c" "$(echo "$n * 60 / $s" | bc -l)" "$(echo "$n * 60 / $c" | bc -l)" "$r"
done
ms=$(printf '%s\n' "${sweep_times[@]}" | median) mc=$(printf '%s\n' "${cli_times[@]}" | median)
printf '%-6s %10.1f %10.1f %12.1f %12.1f %8.2f\n' median "$ms" "$mc" "$(echo "100 * 60 / $ms" | bc -l)" "$(echo "100 * 60 / $mc" | bc -l)" \
  "$(printf '%s\n' "${ratios[@]}" | median)"
# The overfitting estimate end to end: the children's stored rows read back and cross-validated (S = 16), for
# each sweep above and for one of 100 random children.
hundred=$(submit "$(sweep_body random sim_preds "$tickets" 100)"); wait_all "$hundred"
for id in $(cat "$state/last-sweeps") "$hundred"; do
  start=$EPOCHREALTIME
  pbo=$(curl -fsS -H "X-Api-Key: $key" "$api/api/v1/sweeps/$id/overfitting" | jq -c '{children, contests, probability}')
  echo "overfitting $pbo in $(echo "$EPOCHREALTIME - $start" | bc) s"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
