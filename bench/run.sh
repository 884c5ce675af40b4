#!/usr/bin/env bash
# Builds the benchmarks and runs them; each benchmark and harness runs in JVMs of its own.
#   bench/run.sh EncryptionBenchmark   # JMH benchmarks matching a regexp
#   bench/run.sh harnesses             # the pipeline harnesses (full sync of 10,000 and 1,000,000, memory, pump, fetch)
#                                      # on H2 and PostgreSQL, under 15 minutes on 2 cores; every line they print goes to
#                                      # bench/target/harnesses.txt, and PerformanceReport writes docs/performance.md's
#                                      # generated section and the plots in docs/img from those lines
#   bench/run.sh fleet                 # 1,000 users' embedded journeys through two instances' fleets on PostgreSQL,
#                                      # about 7 minutes; its lines go to bench/target/fleet.txt
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl bench,sandbox -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
if [ "${1:-}" = "fleet" ]; then
  java -cp bench/target/oxlin-bench.jar io.oxlinkit.bench.FleetHarness postgres 1000 2>&1 \
    | grep -E "^fleet" | tee bench/target/fleet.txt
  exit 0
fi
if [ "${1:-}" != "harnesses" ]; then
  java -jar bench/target/oxlin-bench.jar "${1:-.*}" -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff bench/target/jmh-result.json
  exit 0
fi
out=bench/target/harnesses.txt
: > "$out"
run() {
  echo "== $*" | tee -a "$out"
  java -cp bench/target/oxlin-bench.jar "io.oxlinkit.bench.$@" 2>&1 | grep -E "run [0-9]+:|median|memory |retained heap|pump on|accounts x" | tee -a "$out"
}
run FullSyncHarness h2 5000 5
run FullSyncHarness postgres 5000 5
run FullSyncHarness h2 500000 3
run FullSyncHarness postgres 500000 3
run SyncMemoryHarness h2 5000 500000
run SyncMemoryHarness postgres 5000 500000
run PumpHarness h2 100000 1
run PumpHarness h2 100000 4
run PumpHarness postgres 100000 1
run PumpHarness postgres 100000 4
run FetchHarness 5
machine="$(nproc) cores, $(java -version 2>&1 | head -1), $(psql -V 2>/dev/null | head -1), $(date -u +%Y-%m-%d)"
java -cp bench/target/oxlin-bench.jar io.oxlinkit.bench.PerformanceReport "$out" docs/performance.md docs/img "$machine"
echo "results in $out; docs/performance.md and docs/img updated"
