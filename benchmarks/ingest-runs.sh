#!/usr/bin/env bash
# Runs the ingest benchmark several times, each in a process of its own (a cold start, as `./voced ingest` has) on a
# fresh warehouse, and prints every run's figures and their medians — the protocol of docs/benchmarks.md ("quote the median
# of several runs; compare by ratios measured in the same run"). With --old, a second harness binary (say a worktree
# of an earlier commit) runs in turn with this one, so that both see the same minutes of this shared machine.
#
# usage: benchmarks/ingest-runs.sh [--runs N] [--old BIN] [--bench BIN] SAMPLE [voced-bench ingest options...]
#   SAMPLE   a folder made by `voced-bench generate` (CSV, so the raw baseline can load the same files)
#   options  passed on, e.g. --provider postgres (default sqlite), --workers 2, --skip-raw 1
# Without --connection the harness starts a throw-away PostgreSQL server for each run (fsync off, like the tests');
# with --connection every run would find the previous run's rows, so it is refused here.
set -euo pipefail

runs=4
old=""
bench="$(cd "$(dirname "$0")" && pwd)/VocEd.Benchmarks/bin/Release/net10.0/voced-bench"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --old) old="$2"; shift 2 ;;
    --bench) bench="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
  esac
done

if [[ $# -lt 1 ]]; then
  echo "usage: benchmarks/ingest-runs.sh [--runs N] [--old BIN] [--bench BIN] SAMPLE [voced-bench ingest options...]" >&2
  exit 2
fi
sample="$1"; shift
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "--runs must be a whole number from 1 up, not '$runs'" >&2
  exit 2
fi
for arg in "$@"; do
  if [[ "$arg" == "--connection" ]]; then
    echo "--connection is refused here: each run needs an empty warehouse, and the harness makes one only on its own throw-away server" >&2
    exit 2
  fi
done
for binary in "$bench" ${old:+"$old"}; do
  if [[ ! -x "$binary" ]]; then
    echo "no harness at $binary: build it with 'dotnet build benchmarks/VocEd.Benchmarks -c Release'" >&2
    exit 2
  fi
done
if [[ ! -d "$sample" ]]; then
  echo "no sample folder at $sample: make one with 'voced-bench generate --scale province --year 2024 --formats csv --encoding utf8 --out DIR'" >&2
  exit 2
fi

# The runtime settings ./voced gives the CLI (read from the environment only), so the runs measure what it runs.
. "$(cd "$(dirname "$0")" && pwd)/../scripts/runtime-env.sh"

table=$(mktemp)
trap 'rm -f "$table"' EXIT
labels=(new)
[[ -n "$old" ]] && labels+=(old)

field() { grep -oP "$1" <<<"$2" | head -1 || true; }

for ((i = 1; i <= runs; i++)); do
  for label in "${labels[@]}"; do
    binary="$bench"
    [[ "$label" == old ]] && binary="$old"
    started=$(date -u +%T)
    out=$("$binary" ingest --sample "$sample" "$@")
    elapsed=$(field 'ingest elapsed\s+\K[0-9.]+' "$out")
    cpu=$(field 'ingest CPU\s+\K[0-9.]+' "$out")
    rss=$(field 'peak RSS \(VmHWM\) \K[0-9]+' "$out")
    raw=$(field 'raw rows/s\s+\K[0-9,]+' "$out")
    ratio=$(field 'ratio ours/raw\s+\K[0-9.]+' "$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$i" "$started" "${elapsed:--}" "${cpu:--}" "${rss:--}" "${raw:--}" "${ratio:--}" | tee -a "$table"
  done
done | awk -F'\t' 'BEGIN { printf "%-4s %3s  %-8s  %9s  %10s  %8s  %12s  %6s\n", "code", "run", "started", "elapsed s", "client CPU", "RSS MiB", "raw rows/s", "ratio" }
  { printf "%-4s %3s  %-8s  %9s  %10s  %8s  %12s  %6s\n", $1, $2, $3, $4, $5, $6, $7, $8 }'

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
for label in "${labels[@]}"; do
  elapsed=$(awk -F'\t' -v l="$label" '$1 == l && $4 != "-" { print $4 }' "$table" | median)
  ratio=$(awk -F'\t' -v l="$label" '$1 == l && $8 != "-" { print $8 }' "$table" | median)
  echo "median ($label, $runs runs): ingest elapsed $elapsed s, ratio ours/raw $ratio"
done
