#!/usr/bin/env bash
# Runs the benchmark in Release (a Debug build's figures mean nothing). Arguments pass through:
#   bench/run.sh [--items N] [--only search|reports] [--index-path DIR] [--queries N] [--seconds S]
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/Gongkai.Bench -- "$@"
