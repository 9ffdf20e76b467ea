#!/usr/bin/env bash
# Adds a migration with the same name to both provider projects (CONVENTIONS.md: every schema change, both providers).
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for p in Sqlite PostgreSql; do
  dotnet ef migrations add "$name" --project "src/Gongkai.Data.$p" --startup-project "src/Gongkai.Data.$p" --output-dir Migrations
done
