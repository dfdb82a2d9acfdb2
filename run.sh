#!/usr/bin/env bash
# Runs LuckyFive. Until the cluster exists this is a backtest with the luckyfive CLI:
#   ./run.sh                      hybrid strategy over the last 100 contests of the official workbook if it is
#                                 beside the repository (../shared/data/quina/Quina.xlsx), else of a demo history
#   ./run.sh path/to/Quina.xlsx   the same on the given workbook or CSV
#   ./run.sh FILE backtest-options...   any further luckyfive backtest options (see docs/cli.md)
set -euo pipefail
cd "$(dirname "$0")"

draws=()
if [ $# -gt 0 ] && [ -f "$1" ]; then
  draws=(--draws "$1")
  shift
elif [ -f ../shared/data/quina/Quina.xlsx ]; then
  draws=(--draws ../shared/data/quina/Quina.xlsx)
fi

dotnet build tools/LuckyFive.Cli -c Release -v quiet -nologo >/dev/null
exec dotnet tools/LuckyFive.Cli/bin/Release/net10.0/luckyfive.dll backtest "${draws[@]}" "$@"
