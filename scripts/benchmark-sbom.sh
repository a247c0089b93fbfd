#!/usr/bin/env bash
# SBOM benchmark of issue 3 (docs/benchmarks.md): `mamori sbom check` wall time including
# JVM start, and the server-side import (parse, normalize, NTIA check, store) of the same
# file through the API, on a fresh embedded database.
#
#   scripts/benchmark-sbom.sh [SBOM] [RUNS]
#
# SBOM defaults to the 3,952-package SPDX file in ../shared/data/large-sboms/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sbom="${1:-$(ls "$here"/../shared/data/large-sboms/bom-shelter/spdx-trivy-newrelic_*.json)}"
runs="${2:-7}"
port="${MAMORI_BENCH_PORT:-18099}"

millis() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "SBOM: $sbom ($(stat -c %s "$sbom") bytes)"
"$here/mamori" --version >/dev/null   # builds the jar (and the CLI's extracted copy) if needed
"$here/mamori" sbom check "$sbom" >/dev/null || true

echo "== mamori sbom check, wall time including JVM start ($runs runs)"
times=()
for _ in $(seq "$runs"); do
  start=$(millis)
  "$here/mamori" sbom check "$sbom" >/dev/null || [ $? -eq 1 ]
  times+=($(( $(millis) - start )))
done
echo "runs (ms): ${times[*]}"
echo "median: $(printf '%s\n' "${times[@]}" | median) ms"

echo "== server import through POST /api/v1/products/{id}/versions/{versionId}/sboms ($runs runs)"
data="$(mktemp -d)"
password="bench-$(date +%s)-Pw!"
MAMORI_ADMIN_PASSWORD="$password" "$here/mamori" serve --data "$data" --port "$port" >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 120); do
  curl -sf "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
api() { curl -sf -u "admin:$password" -H 'Content-Type: application/json' "$@"; }
product=$(api -d '{"name":"Benchmark device","modelNumber":"BENCH-1","genericName":"benchmark","deviceClass":"II","intendedEnvironment":"HOSPITAL","interfaces":["WIRED_NETWORK"]}' \
  "http://localhost:$port/api/v1/products" | sed 's/.*"id":"\([^"]*\)".*/\1/')
version=$(api -d '{"version":"1.0","releaseDate":"2026-01-01"}' \
  "http://localhost:$port/api/v1/products/$product/versions" | sed 's/.*"id":"\([^"]*\)".*/\1/')
url="http://localhost:$port/api/v1/products/$product/versions/$version/sboms"
times=()
for _ in $(seq "$runs"); do
  seconds=$(curl -sf -o /dev/null -w '%{time_total}' -u "admin:$password" -H 'Content-Type: application/json' \
    --data-binary @"$sbom" "$url")
  times+=($(awk -v s="$seconds" 'BEGIN {printf "%d", s * 1000}'))
done
echo "runs (ms): ${times[*]}  (the first on a cold JVM)"
echo "median: $(printf '%s\n' "${times[@]}" | median) ms"
