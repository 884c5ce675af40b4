#!/usr/bin/env bash
# Builds the benchmarks and runs them; each benchmark and harness runs in JVMs of its own.
#   bench/run.sh EncryptionBenchmark   # JMH benchmarks matching a regexp
#   bench/run.sh harnesses             # the pipeline harnesses (full sync, memory, pump, fetch) on H2 and PostgreSQL,
#                                      # about 10 minutes on 2 cores; every line they print goes to bench/target/harnesses.txt
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
run FullSyncHarness h2 50000 5
run FullSyncHarness postgres 50000 5
run SyncMemoryHarness h2 5000 500000
run SyncMemoryHarness postgres 5000 500000
run PumpHarness h2 100000 1
run PumpHarness h2 100000 4
run PumpHarness postgres 100000 1
run PumpHarness postgres 100000 4
run FetchHarness 5
echo "results in $out"
