#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls ./voced test):
#   1. install the system packages the tests need (as root) or name them
#   2. build everything in Release with warnings as errors
#   3. dotnet format --verify-no-changes (the only check for some style rules)
#   4. every NUnit test: SQLite files, a throw-away PostgreSQL server, SQL Server when VOCED_TEST_SQLSERVER is set
# Extra arguments go to dotnet test (e.g. --filter "FullyQualifiedName~Migration").
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

for arg in "$@"; do
  case "$arg" in
    -h|--help)
      sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
      echo "Usage: ./voced test [dotnet test arguments]"
      exit 0
      ;;
  esac
done

"$ROOT/scripts/prereqs.sh"
dotnet tool restore >/dev/null

echo "== build (Release, warnings as errors)"
dotnet build VocEdWarehouse.sln -c Release -nologo -v:q -clp:"ErrorsOnly;Summary"

echo "== style (dotnet format --verify-no-changes)"
dotnet format VocEdWarehouse.sln --verify-no-changes --no-restore -v:q

echo "== tests"
if [ -z "${VOCED_TEST_SQLSERVER:-}" ]; then
  echo "note: VOCED_TEST_SQLSERVER is not set, so the SQL Server tests are reported as skipped (no SQL Server here)"
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test VocEdWarehouse.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole suite, summed over the test assemblies.
awk '
  /(Passed|Failed)! *- *Failed:/ {
    for (i = 1; i <= NF; i++) {
      gsub(",", "", $(i+1))
      if ($i == "Failed:") f += $(i+1)
      if ($i == "Passed:") p += $(i+1)
      if ($i == "Skipped:") s += $(i+1)
    }
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
