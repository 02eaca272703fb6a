#!/usr/bin/env bash
# Builds the JMH benchmark jar and runs the quota benchmarks with settings that fit a 2-core machine in a few
# minutes, then writes a Markdown table (mean ms per operation, and the ratio of each apportionment to the plain loop
# summing the same weights).
#
#   benchmarks/run.sh                 # short run: 1 fork, 2 x 1 s warm-up, 3 x 1 s measurement
#   BENCH_ARGS="-wi 5 -i 10" benchmarks/run.sh    # longer; any JMH options
#   OUT=results.md benchmarks/run.sh  # where the table goes (default benchmarks/target/results.md)
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=${OFFLINE:--o}
mvn -B $OFFLINE -q -pl benchmarks -am -Pbenchmarks package -DskipTests
OUT=${OUT:-benchmarks/target/results.md}
CSV=benchmarks/target/results.csv
# one core for the measured thread; the heap holds the national tree (about 660,000 regions)
java -Xms2g -Xmx4g -jar benchmarks/target/benchmarks.jar \
  -f 1 -wi 2 -w 1s -i 3 -r 1s -t 1 -tu ms -bm avgt \
  -rf csv -rff "$CSV" ${BENCH_ARGS:-} "${@}"
awk -F, '
  function unq(s) { gsub(/"/, "", s); return s }
  { sub(/\r$/, "") }
  NR == 1 { for (i = 1; i <= NF; i++) col[unq($i)] = i; next }
  {
    name = unq($col["Benchmark"]); sub(/^org\.zhengbing\.benchmarks\./, "", name)
    score = unq($col["Score"]) + 0; err = unq($col["Score Error (99.9%)"])
    units = ("Param: units" in col) ? unq($col["Param: units"]) : ""
    method = ("Param: method" in col) ? unq($col["Param: method"]) : ""
    n++; names[n] = name; scores[n] = score; errs[n] = err; us[n] = units; ms[n] = method
    if (name ~ /SumBaseline/) base[units] = score
  }
  END {
    print "| benchmark | method | units | ms/op | ± (99.9%) | × plain loop |"
    print "|---|---|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
      ratio = (names[i] ~ /ApportionBenchmark/ && base[us[i]] > 0) ? sprintf("%.1f", scores[i] / base[us[i]]) : ""
      printf "| %s | %s | %s | %.4f | %s | %s |\n", names[i], ms[i], us[i], scores[i], errs[i], ratio
    }
  }' "$CSV" > "$OUT"
echo "wrote $OUT"
cat "$OUT"
