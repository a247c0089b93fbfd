#!/bin/sh
# Re-matching the portfolio after an import (issue 4, docs/benchmarks.md): a server on a fresh
# embedded PostgreSQL with the 250,000-record corpus and 1,000 product versions x 1,000 components
# from the real SBOMs; 1,000 new or changed OSV records imported through the feed import, timed from
# the import's commit to the last FindingsChanged, RUNS times.
# Usage: scripts/benchmark-rematch.sh [RECORDS] [VERSIONS] [COMPONENTS] [CHANGES] [RUNS]
#        (defaults: 250000 1000 1000 1000 5); MAMORI_BENCHMARK_XMX sets the heap (default 2g)
set -eu
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile -Djacoco.skip=true -Dspring-javaformat.skip=true
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt \
  || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
java "-Xmx${MAMORI_BENCHMARK_XMX:-2g}" -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  dev.mamori.vulnerability.internal.RematchBenchmark "$@" 2>&1 | grep --line-buffered -v ' INFO '
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
