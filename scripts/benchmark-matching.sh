#!/usr/bin/env bash
# Matching benchmark of issue 4 (docs/benchmarks.md): builds a deterministic corpus of
# OSV- and NVD-shaped records over the packages of the real SBOMs in ../shared/data, indexes
# it, and matches the 3,952-package SBOM against it, warm, in process.
#
#   scripts/benchmark-matching.sh [RECORDS]     (default 250000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -q -o -DskipTests -Djacoco.skip=true -Dspring-javaformat.skip=true test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath >/dev/null \
  || ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath >/dev/null
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
  dev.mamori.vulnerability.matching.MatchBenchmark "${1:-250000}"
