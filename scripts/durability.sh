#!/usr/bin/env bash
# kill -9 the bot during bursts of concurrent outcome updates, restart it on the same LiteDB file,
# and check that every acknowledged update is present and the store opens cleanly; N rounds.
#   scripts/durability.sh [ROUNDS=20]
# Runs Tests/Reliability/DurabilityTests (which starts `dotnet Bot/bin/Release/net10.0/SafetyBot.Bot.dll`
# as a separate process) with SAFETYBOT_DURABILITY_ROUNDS=ROUNDS.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-20}"
dotnet build SafetyBot.sln -c Release -v q -nologo
SAFETYBOT_DURABILITY_ROUNDS="$rounds" dotnet test Tests/Tests.csproj -c Release --no-build \
  --filter "FullyQualifiedName~SafetyBot.Tests.Reliability.DurabilityTests" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "round [0-9]+:|Passed!|Failed!|missing|Error Message|Assert" || true
# The exit code is the test's.
SAFETYBOT_DURABILITY_ROUNDS=0 true
