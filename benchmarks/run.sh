#!/usr/bin/env bash
# Builds the JMH benchmark jar, runs the whole suite with settings that fit a 2-core machine in under 10 minutes, and
# writes benchmarks/RESULTS.md: a Markdown table (figure, value, unit, target, met?) with the JDK and the machine.
#
#   benchmarks/run.sh                                  # the suite: 1 fork, 5 x 1 s warm-up, 3 x 1 s measurement
#   BENCH_ARGS="-f 1 -wi 5 -w 1s -i 10 -r 1s" benchmarks/run.sh   # longer: JMH options replacing the defaults
#   benchmarks/run.sh FamilyPayment                    # a subset (JMH's benchmark regexp); other rows say "not run"
#   OUT=/tmp/results.md benchmarks/run.sh              # write the table elsewhere
#
# The measured thread is one; JMH's forks run one after another, so the second core is left to the OS, the GC and
# the JIT compiler.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=${OFFLINE:--o}
LOAD_AT_START=$(awk '{print $1 ", " $2 ", " $3}' /proc/loadavg 2>/dev/null || echo unknown)
mvn -B $OFFLINE -q -pl benchmarks -am -Pbenchmarks package -DskipTests
OUT=${OUT:-benchmarks/RESULTS.md}
JSON=benchmarks/target/results.json
DEFAULTS="-f 1 -wi 5 -w 1s -i 3 -r 1s"
JMH_ARGS=${BENCH_ARGS:-$DEFAULTS}
if [ "$JMH_ARGS" = "$DEFAULTS" ]; then
  SETTINGS="1 fork, 5 × 1 s warm-up, 3 × 1 s measurement, 1 thread"
else
  SETTINGS="JMH options $JMH_ARGS, 1 thread"
fi
# the heap holds the national tree (about 660,000 regions) or a million profiles
java -Xms2g -Xmx4g -jar benchmarks/target/benchmarks.jar $JMH_ARGS -t 1 -bm avgt -rf json -rff "$JSON" "${@}"
java -cp benchmarks/target/benchmarks.jar org.zhengbing.benchmarks.Report "$JSON" "$OUT" "$SETTINGS" "$LOAD_AT_START"
echo "wrote $OUT"
cat "$OUT"
