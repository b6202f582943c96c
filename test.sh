#!/usr/bin/env bash
# Runs every test of SafetyBot: the xunit suite (storage contract, the real app over HTTP,
# knowledge, understanding, cards through the official renderer, dialogs) and the browser
# tests in the Agents Playground. Needs: .NET 10 SDK; for the browser and renderer tests,
# Debian chromium and `npm ci` in Tests/e2e (.ci/run does both on a fresh machine).
set -euo pipefail
cd "$(dirname "$0")"
if [ -f Tests/e2e/package.json ] && { [ ! -d Tests/e2e/node_modules ] || [ Tests/e2e/package-lock.json -nt Tests/e2e/node_modules/.package-lock.json ]; }; then
  (cd Tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test SafetyBot.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# One plain closing line that any CI reads: "N passed, N failed".
passed=$(grep -aE '^\s+Passed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -aE '^\s+Failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
