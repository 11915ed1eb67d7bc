#!/bin/sh
# A fresh PostgreSQL database for the two-instance test, prepared as README.md's "Running against
# PostgreSQL" says: migrated by the owner (npm run db:migrate), a login role inside groeipad_app for
# the app instances and job workers (the app refuses a role that bypasses RLS), and the demo data
# (npm run db:seed). The scripts run without npm around them.
# The demo data loads in the background while the instances start (they need only the tables and
# the role); its exit status lands in <seed status file>, which the test's global set-up waits for.
# Usage: sh tests/scale/prepare-database.sh <database> <login role> <seed status file>
# PGHOST/PGPORT/PGUSER as for createdb.
set -eu
database="$1"
login="$2"
seeded="$3"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

rm -f "$seeded"
PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists --force "$database"
createdb "$database"
export DATABASE_ADMIN_URL="postgres://${PGUSER}@${PGHOST}:${PGPORT}/${database}"
node --import tsx scripts/migrate.ts
# Roles belong to the whole server: made once, then reused by every run.
psql --quiet -v ON_ERROR_STOP=1 -d "$database" -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${login}') THEN
    CREATE ROLE ${login} LOGIN PASSWORD '${login}' NOSUPERUSER NOBYPASSRLS IN ROLE groeipad_app;
  END IF;
END \$\$"
mkdir -p "$(dirname "$seeded")"
(
  status=0
  node --import tsx db/seed/index.ts || status=$?
  echo "$status" > "$seeded.tmp" && mv "$seeded.tmp" "$seeded"
) &
