#!/usr/bin/env bash
# Offline scan benchmark of issue 4 (docs/benchmarks.md): `mamori scan` end to end, JVM
# start and bundle load included, of the 3,952-package SBOM against a bundle of
# 250,000 generated records plus every real record in ../shared/data.
#
#   scripts/benchmark-scan.sh [RECORDS] [RUNS]     (defaults 250000, 7)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
records="${1:-250000}"
runs="${2:-7}"
sbom="$(ls "$here"/../shared/data/large-sboms/bom-shelter/spdx-trivy-newrelic_*.json)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
millis() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

./mvnw -q -o -DskipTests -Djacoco.skip=true -Dspring-javaformat.skip=true test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath >/dev/null \
  || ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath >/dev/null
java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
  dev.mamori.vulnerability.bundle.BundleCorpusGenerator "$work/corpus.mvb" "$records"
"$here/mamori" --version >/dev/null   # builds the jar (and the CLI's extracted copy) if needed

echo "== mamori scan $(basename "$sbom") --vulns corpus.mvb --json, wall time with JVM start ($runs runs)"
times=()
for _ in $(seq "$runs"); do
  start=$(millis)
  "$here/mamori" scan "$sbom" --vulns "$work/corpus.mvb" --json >"$work/scan.json" || [ $? -eq 1 ]
  times+=($(( $(millis) - start )))
done
echo "runs (ms): ${times[*]}"
echo "median: $(printf '%s\n' "${times[@]}" | median) ms"
python3 -c "import json,sys; d=json.load(open('$work/scan.json')); print('findings:', len(d['findings']), 'sbom:', d['sbom'])"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
