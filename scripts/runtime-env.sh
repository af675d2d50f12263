# Runtime settings of the .NET runtime, read from the environment, sourced by ./voced and benchmarks/ingest-runs.sh.
# Why each is set: docs/decisions/0007-batch-runtime-settings.md.
#
# Every command: a 64 MiB gen0 budget (the runtime reads it from the environment only). A value already set is kept.
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x4000000}"

# Batch commands only (ingest, refresh, demo, serve --no-web, the benchmark harness): a long-running process that shares
# two cores with the database server. A web host keeps the runtime's defaults (server GC, tiered PGO, spinning).
voced_batch_runtime() {
  export DOTNET_TieredPGO="${DOTNET_TieredPGO:-0}"
  export DOTNET_gcServer="${DOTNET_gcServer:-0}"
  export DOTNET_gcConcurrent="${DOTNET_gcConcurrent:-0}"
  export DOTNET_TC_CallCountingDelayMs="${DOTNET_TC_CallCountingDelayMs:-0}"
  export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit="${DOTNET_ThreadPool_UnfairSemaphoreSpinLimit:-0}"
}

# Whether the voced arguments "$@" name a batch command (the first word that is not a global option).
voced_is_batch() {
  local skip=0 arg serve=0
  for arg in "$@"; do
    if [ "$skip" = 1 ]; then skip=0; continue; fi
    case "$arg" in
      --provider|--connection) skip=1 ;;
      --provider=*|--connection=*) ;;
      ingest|refresh|demo) return 0 ;;
      serve) serve=1 ;;
      --no-web) [ "$serve" = 1 ] && return 0 ;;
      *) [ "$serve" = 1 ] || return 1 ;;
    esac
  done
  return 1
}
