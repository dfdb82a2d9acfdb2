#!/usr/bin/env bash
# A simulation's status read under load: one completed simulation, then GET /api/v1/simulations/{id} at a fixed
# rate (open loop, tools/LuckyFive.Load) through the API to a local cluster; prints the rate achieved and the
# latency percentiles. Also while a second simulation runs, so reads compete with batches for the cores.
#   benchmarks/simulation/status-reads.sh [--rate N] [--seconds N] [--silos N]     defaults: 2000/s, 10 s, 2 silos
set -euo pipefail
cd "$(dirname "$0")/../.."

rate=2000 seconds=10 silos=2
while [ $# -gt 0 ]; do
  case "$1" in
    --rate) rate=$2 ;; --seconds) seconds=$2 ;; --silos) silos=$2 ;;
    *) echo "error: unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
source benchmarks/simulation/local-api.sh

submit() {
  curl -fsS -H "X-Api-Key: $key" -H "Content-Type: application/json" \
    -d "{\"recipe\": {\"strategy\": \"hybrid\", \"seed\": $1}, \"from_contest\": $2, \"to_contest\": 6882, \"tickets\": 20, \"window\": 500}" \
    "$api/api/v1/simulations" | jq -r .id
}
load() { dotnet tools/LuckyFive.Load/bin/Release/net10.0/luckyfive-load.dll --url "$api/api/v1/simulations/$1" --header "X-Api-Key: $key" --rate "$rate" --seconds "$seconds"; }

id=$(submit 1 6001)
curl -fsSN -H "X-Api-Key: $key" "$api/api/v1/simulations/$id/events" >/dev/null
echo "$silos silo(s), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## a completed simulation"
load "$id"
busy=$(submit 2 501)
echo "## a completed simulation while another (contests 501..6882, hybrid, 20 tickets) runs"
load "$id"
echo "state of the other simulation at the end: $(curl -fsS -H "X-Api-Key: $key" "$api/api/v1/simulations/$busy" | jq -r '.state + " " + (.progress.percent|tostring) + " %"')"
