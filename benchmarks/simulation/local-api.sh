# Sourced by the benchmarks beside it: a local cluster (deploy/local-cluster.sh: a PostgreSQL of its own and $silos
# silo processes) with the API as its client on $api, the official workbook imported, $key an admin key, and a trap
# that stops it all and deletes its state on exit. Needs curl and jq; runs from the repository root.
for tool in curl jq; do command -v $tool >/dev/null || { echo "error: $tool is required" >&2; exit 1; }; done

workbook=../shared/data/quina/Quina.xlsx
state=$(mktemp -d)
chmod 755 "$state"   # PostgreSQL runs as its own user below it
export LUCKYFIVE_LOCAL_DIR=$state LUCKYFIVE_PG_PORT=${LUCKYFIVE_PG_PORT:-55470}
api_port=${LUCKYFIVE_BENCH_API_PORT:-8097}
api=http://127.0.0.1:$api_port
key=lf_benchmark-admin-key-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')

dotnet build api/LuckyFive.Api -c Release -v quiet -nologo >/dev/null
dotnet build tools/LuckyFive.Cli -c Release -v quiet -nologo >/dev/null
dotnet build tools/LuckyFive.Load -c Release -v quiet -nologo >/dev/null
deploy/local-cluster.sh "$silos" >"$state/cluster.out" 2>&1 &
cluster=$!
api_pid=
cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null || true
  kill -TERM "$cluster" 2>/dev/null && wait "$cluster" 2>/dev/null || true
  rm -rf "$state"
}
trap cleanup EXIT
for _ in $(seq 1 240); do grep -q "Ctrl-C stops" "$state/cluster.out" && break; kill -0 $cluster 2>/dev/null || { cat "$state/cluster.out" >&2; exit 1; }; sleep 0.5; done

dotnet api/LuckyFive.Api/bin/Release/net10.0/luckyfive-api.dll --urls="$api" \
  --LuckyFive:ConnectionString="Host=127.0.0.1;Port=$LUCKYFIVE_PG_PORT;Username=postgres;Database=luckyfive" \
  --LuckyFive:Api:BootstrapAdminKey="$key" --Logging:LogLevel:Default=Warning \
  --LuckyFive:Api:RateLimit:KeyBurst=1000000 --LuckyFive:Api:RateLimit:KeyPermitsPerSecond=1000000 >"$state/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 120); do curl -fs "$api/readyz" >/dev/null && break; sleep 0.5; done
curl -fsS -H "X-Api-Key: $key" -F file=@"$workbook" "$api/api/v1/results/import" >/dev/null

