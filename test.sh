#!/usr/bin/env bash
# Builds the whole solution and runs every test project. This is the one test command (README, .ci/run).
set -euo pipefail
cd "$(dirname "$0")"
configuration="${CONFIGURATION:-Release}"
# What the tests start or call besides .NET: PostgreSQL's server (throwaway instances), curl and jq (the API guide's
# examples are run as a reader runs them), Node.js, npm and systemd-analyze (deploy/check.sh, run by
# LuckyFive.Deploy.Tests, validates the deployment files) and Chromium (the browser tests drive /usr/bin/chromium
# through Playwright); installed when missing and running as root.
source deploy/lib/postgres.sh
source deploy/lib/packages.sh
pg_ensure_binaries
ensure_commands curl jq node:nodejs npm systemd-analyze:systemd chromium
dotnet build LuckyFive.Orleans.sln -c "$configuration" -warnaserror
# Silos as separate processes assert timings (a killed silo declared dead within 10 s): they run on their own,
# after the rest, so the other test assemblies do not compete with them for the two cores.
dotnet test LuckyFive.Orleans.sln -c "$configuration" --no-build --logger "console;verbosity=minimal" --filter "Category!=MultiProcess" "$@"
dotnet test tests/LuckyFive.Cluster.Tests -c "$configuration" --no-build --logger "console;verbosity=minimal" "$@"
