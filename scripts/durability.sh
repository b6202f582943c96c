#!/usr/bin/env bash
# kill -9 the bot during bursts of concurrent outcome updates, restart it on the same store (the
# LiteDB file, then a PostgreSQL database), and check that every acknowledged update is present,
# once, with its audit entry, and that the store opens cleanly (/healthz 200, the bot answers).
# PostgreSQL: SAFETYBOT_TEST_POSTGRES, or a throwaway server this script starts and stops. N rounds:
#   scripts/durability.sh [ROUNDS=20]
# Runs Tests/Reliability/DurabilityTests, which starts `dotnet Bot/bin/Release/net10.0/SafetyBot.Bot.dll`
# as a separate process, with SAFETYBOT_DURABILITY_ROUNDS=ROUNDS. Exits non-zero if any round fails.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-20}"
log=$(mktemp)
pg_dir=
trap 'rm -f "$log"; if [ -n "$pg_dir" ]; then scripts/test-postgres.sh stop "$pg_dir"; fi' EXIT
if [ -z "${SAFETYBOT_TEST_POSTGRES:-}" ]; then
  eval "$(scripts/test-postgres.sh start)"
  pg_dir=$SAFETYBOT_TEST_POSTGRES_DIR
fi
export SAFETYBOT_TEST_POSTGRES
dotnet build SafetyBot.sln -c Release -v q -nologo >/dev/null
status=0
SAFETYBOT_DURABILITY_ROUNDS="$rounds" dotnet test Tests/Tests.csproj -c Release --no-build \
  --filter "FullyQualifiedName~SafetyBot.Tests.Reliability.DurabilityTests" \
  --logger "console;verbosity=detailed" >"$log" 2>&1 || status=$?
grep -E "round [0-9]+:|missing|Error Message|Assert\.|Passed!|Failed!" "$log" | sed 's/^ *//' || true
total=$(grep -oE "round [0-9]+: .* ([0-9]+) updates acknowledged" "$log" | grep -oE "[0-9]+ updates" | grep -oE "[0-9]+" | awk "{s+=\$1} END {print s+0}")
echo "durability: $rounds rounds, $total acknowledged updates checked after kill -9, exit $status"
exit "$status"
