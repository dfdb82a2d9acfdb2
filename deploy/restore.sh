#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh: the database is dropped, created again and filled from the file, in
# that order, so nothing of what it held before is left. Stop every silo and API first: they hold connections and
# grain state in memory.
#   deploy/restore.sh postgresql://USER@HOST:PORT/DATABASE FILE
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: deploy/restore.sh postgresql://USER@HOST:PORT/DATABASE FILE" >&2; exit 2; }
url=$1 file=$2
[ -f "$file" ] || { echo "error: no backup at '$file'" >&2; exit 2; }
source "$(dirname "$0")/lib/postgres.sh"
pg_ensure_binaries
pg_restore --list "$file" >/dev/null || { echo "error: '$file' is not a backup made by deploy/backup.sh" >&2; exit 2; }
database=${url##*/}
maintenance=${url%/*}/postgres
psql "$maintenance" -qc "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" -c "CREATE DATABASE \"$database\""
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$url" "$file"
echo "restored $file into $database"
