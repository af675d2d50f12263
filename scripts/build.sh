#!/usr/bin/env bash
# Builds the voced app into .voced-build/app when it is missing or a source file is newer than the last build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$ROOT/.voced-build"
stamp="$out/stamp"
app="$out/app/voced.dll"

stale() {
  [ -f "$app" ] && [ -f "$stamp" ] || return 0
  local changed
  changed=$(find "$ROOT/warehouse" "$ROOT/etl" "$ROOT/cubes" "$ROOT/reports" "$ROOT/scheduler" "$ROOT/tools" \
      "$ROOT/Directory.Build.props" "$ROOT/Directory.Packages.props" "$ROOT/global.json" "$ROOT/.editorconfig" \
      -newer "$stamp" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)
  [ -n "$changed" ]
}

stale || exit 0
mkdir -p "$out"
echo "voced: building (first use, or sources changed)…" >&2
started="$out/stamp.new"
touch "$started"
log="$out/build.log"
if ! dotnet build "$ROOT/scheduler/VocEd.Scheduler/VocEd.Scheduler.csproj" -c Release -o "$out/app" -nologo -v:q >"$log" 2>&1; then
  grep -E "error|Error" "$log" | sort -u | head -40 >&2 || tail -40 "$log" >&2
  echo "voced: build failed (full log: $log)" >&2
  exit 1
fi
mv "$started" "$stamp"
