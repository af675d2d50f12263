#!/usr/bin/env bash
# Adds one EF Core migration with the same name for each of the three providers.
# Usage: scripts/add-migration.sh MigrationName
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
project=warehouse/VocEd.Warehouse
for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add "$name" --project "$project" --context "${provider}WarehouseDbContext" \
    --output-dir "Migrations/$provider" --namespace "VocEd.Warehouse.Migrations.$provider"
  # dotnet-ef writes the model snapshot under a folder named after the namespace; keep it beside the migrations.
  if [ -d "$project/VocEd/Warehouse/Migrations/$provider" ]; then
    mv "$project/VocEd/Warehouse/Migrations/$provider/"*.cs "$project/Migrations/$provider/"
  fi
done
rm -rf "$project/VocEd"
