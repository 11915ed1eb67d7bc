#!/bin/sh
# The migrated database with the demo data that every server of one browser-test run copies
# (playwright.config.ts): made once, under a lock, so the first server makes it while the others
# wait, and .ci/run can make it beforehand while the machine has cores to spare. A directory of an
# earlier run (older migrations or demo data) is removed, never copied.
# Usage: sh tests/e2e/prepare-template.sh .data/e2e-template-<run id>
set -eu
template="$1"
unset DATABASE_URL SMTP_URL
mkdir -p .data
exec flock .data/e2e-template.lock sh -c '
  test -d "$1" && exit 0
  find .data -maxdepth 1 -name "e2e-template-*" -exec rm -rf {} +
  PGLITE_DIR="$1.tmp" node --import tsx scripts/prepare-db.ts
  mv "$1.tmp" "$1"
' sh "$template"
