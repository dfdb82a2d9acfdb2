#!/usr/bin/env bash
# Validates LuckyFive's deployment files without a container engine or a cluster: the Kubernetes manifests against the
# Kubernetes API schemas, the Compose file against the Compose specification's schema, the Dockerfiles with a linter
# and against the repository, the systemd units with systemd-analyze verify, plus LuckyFive's own rules (probes,
# grace periods above the shutdown budget, Orleans' Kubernetes settings, RBAC).
# See docs/deployment.md#what-is-checked-and-what-is-not.
#   deploy/check.sh                       everything under deploy/
#   deploy/check.sh kubernetes FILE...    or: compose FILE | dockerfile CONTEXT FILE... | systemd DIR
# Needs node and npm; installs its packages (deploy/check/package-lock.json) into deploy/check/node_modules first.
set -euo pipefail
tools="$(cd "$(dirname "$0")" && pwd)/check"
for command in node npm; do
  command -v "$command" >/dev/null || { echo "error: $command is required (Node.js 20 or later)" >&2; exit 1; }
done
# One install at a time (tests may run this in parallel), and again only when the lock file changes.
(
  flock 9
  if [ ! -f "$tools/node_modules/.package-lock.json" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
    npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error >&2
  fi
) 9>"$tools/.install.lock"
if [ $# -eq 0 ]; then
  exec node "$tools/check.mjs" all "$tools/../.."
fi
exec node "$tools/check.mjs" "$@"
