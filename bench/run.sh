#!/usr/bin/env bash
# Builds the benchmarks and runs them; each benchmark forks its own JVM. Pass a JMH regexp to pick some:
#   bench/run.sh EncryptionBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl bench -am package -DskipTests
java -jar bench/target/oxlin-bench.jar "${1:-.*}" -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff bench/target/jmh-result.json
