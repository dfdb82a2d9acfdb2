#!/usr/bin/env bash
# Backs up a LuckyFive database (every table: Orleans' membership, grain state and reminders, the draws,
# simulations, their rows, ledgers and API keys) into one file, PostgreSQL's custom format, while the cluster runs.
#   deploy/backup.sh postgresql://USER@HOST:PORT/DATABASE FILE
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: deploy/backup.sh postgresql://USER@HOST:PORT/DATABASE FILE" >&2; exit 2; }
source "$(dirname "$0")/lib/postgres.sh"
pg_ensure_binaries
pg_dump --format=custom --file="$2" "$1"
echo "backed up $(pg_restore --list "$2" | grep -c ' TABLE DATA ') tables into $2 ($(du -h "$2" | cut -f1))"
