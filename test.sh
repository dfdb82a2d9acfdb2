#!/usr/bin/env bash
# Builds the whole solution and runs every test project. This is the one test command (README, .ci/run).
set -euo pipefail
cd "$(dirname "$0")"
configuration="${CONFIGURATION:-Release}"
dotnet build LuckyFive.Orleans.sln -c "$configuration" -warnaserror
dotnet test LuckyFive.Orleans.sln -c "$configuration" --no-build --logger "console;verbosity=minimal" "$@"
