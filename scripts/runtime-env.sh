# Runtime settings the .NET runtime reads from the environment only (the rest are in the project files), sourced by
# ./voced for every command and by benchmarks/ingest-runs.sh so the benchmark runs what the CLI runs.
# A 64 MiB gen0 budget: an ingest allocates ≈ 1 KB a row, and with the default budget (≈ 17 MB here) a collection
# every few milliseconds stopped both workers (docs/etl.md "Settings"). A value already set is kept.
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x4000000}"
