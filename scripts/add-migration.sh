#!/usr/bin/env bash
# Adds one EF Core migration with the same name for each of the three providers.
# Usage: scripts/add-migration.sh MigrationName            (the warehouse: Migrations/{Sqlite,Postgres,SqlServer})
#        scripts/add-migration.sh --secure MigrationName   (the secure store: Secure/Migrations/{Sqlite,Postgres,SqlServer})
set -euo pipefail
context=WarehouseDbContext
folder=Migrations
namespace=VocEd.Warehouse.Migrations
if [ "${1:-}" = "--secure" ]; then
  context=SecureDbContext
  folder=Secure/Migrations
  namespace=VocEd.Warehouse.Secure.Migrations
  shift
fi
name="${1:?usage: scripts/add-migration.sh [--secure] MigrationName}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
project=warehouse/VocEd.Warehouse
for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add "$name" --project "$project" --context "${provider}${context}" \
    --output-dir "$folder/$provider" --namespace "$namespace.$provider"
  # dotnet-ef writes the model snapshot under a folder named after the namespace; keep it beside the migrations.
  snapshots="$project/${namespace//.//}/$provider"
  if [ -d "$snapshots" ]; then
    mv "$snapshots/"*.cs "$project/$folder/$provider/"
  fi
done
rm -rf "$project/VocEd"
