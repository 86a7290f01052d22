#!/usr/bin/env bash
# Grading benchmark: one hidden grade in Docker with the warm pool vs a fresh container vs local vs the bare test command.
#   bench/grading.sh [--reps N] [--humaneval N] [--polyglot N-per-language] [--suites java,...] [--java-image IMAGE] [--cpus N]   (data: $RATCHET_BENCHMARKS, default /work/shared/benchmarks)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/ratchet" --version >/dev/null # builds the classpath when stale, finds the JDK
source "$ROOT/bin/find-jdk.sh"
JAVA_HOME="$(find_jdk)"
export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE="${TESTCONTAINERS_HOST_OVERRIDE:-localhost}"
# the JUnit jar as ./ratchet names it: without it the local sandbox's Java test runs find no JUnit and fail
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dratchet.junit.jar="$ROOT/tasks/target/sandbox-lib/junit-platform-console-standalone.jar" \
  -Dorg.slf4j.simpleLogger.log.org.testcontainers=off \
  -cp "$ROOT/harness/target/classes:$(cat "$ROOT/harness/target/classpath.txt")" "$ROOT/bench/GradingBench.java" "$@"
