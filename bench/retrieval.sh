#!/usr/bin/env bash
# Retrieval benchmark (docs/retrieval.md): BM25 indexing lines/s, query p50/p95, MiniLM chunks/s,
# on the JDK's own sources (lib/src.zip of the JDK running it). Extra args go to RetrievalBench,
# e.g. bench/retrieval.sh --lines 1000000 --queries 500 --embed 300
# bench/retrieval.sh --sandboxes [--reps N]: keeping the index up to date on the needle code base, local
# and Docker side by side (SandboxIndexBench; Docker is skipped without a daemon or the python image).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"; export JAVA_HOME
cd "$ROOT"
./mvnw -q -B -pl sandbox,results,tasks,harness test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
BENCH=dev.ratchet.harness.retrieval.RetrievalBench
if [ "${1:-}" = "--sandboxes" ]; then shift; BENCH=dev.ratchet.harness.retrieval.SandboxIndexBench; fi
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -Xmx2g \
  -cp "harness/target/test-classes:harness/target/classes:$(cat harness/target/bench-classpath.txt)" \
  "$BENCH" "$@"
