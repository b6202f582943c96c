#!/usr/bin/env bash
# Runs every test of SafetyBot: the xunit suite (storage contract, the real app over HTTP,
# knowledge, understanding, cards through the official renderer, dialogs) and the browser
# tests in the Agents Playground. The store tests run on LiteDB and on a throwaway PostgreSQL
# that this script starts (scripts/test-postgres.sh) and stops again. Needs: .NET 10 SDK;
# Debian postgresql; for the browser and renderer tests, Debian chromium and `npm ci` in
# Tests/e2e (.ci/run installs all of them on a fresh machine).
set -euo pipefail
cd "$(dirname "$0")"
if [ -f Tests/e2e/package.json ] && { [ ! -d Tests/e2e/node_modules ] || [ Tests/e2e/package-lock.json -nt Tests/e2e/node_modules/.package-lock.json ]; }; then
  (cd Tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
log=$(mktemp)
pg_dir=""
trap 'rm -f "$log"; if [ -n "$pg_dir" ]; then scripts/test-postgres.sh stop "$pg_dir"; fi' EXIT
# A PostgreSQL of its own for the tests on that provider, unless one is given (SAFETYBOT_TEST_POSTGRES).
if [ -z "${SAFETYBOT_TEST_POSTGRES:-}" ]; then
  eval "$(scripts/test-postgres.sh start)"
  pg_dir=$SAFETYBOT_TEST_POSTGRES_DIR
fi
export SAFETYBOT_TEST_POSTGRES
status=0
dotnet test SafetyBot.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# One plain closing line that any CI reads: "N passed, N failed".
passed=$(grep -aE '^\s+Passed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -aE '^\s+Failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
