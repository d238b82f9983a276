#!/usr/bin/env bash
# Runs sci4j's benchmarks and writes benchmarks/target/overhead.json (every figure with its target and
# pass/fail) plus the Markdown table for BENCHMARKS.md. --quick finishes in about 3.5 minutes on 2 cores (quiet).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
quick=false
[ "${1:-}" = "--quick" ] && quick=true

echo "building (skipping tests) ..." >&2
mvn -B -q -pl benchmarks -am -DskipTests package >&2

target="$root/benchmarks/target"
if $quick; then
  jmh_opts=(-f 1 -wi 2 -i 3 -w 1 -r 1)
  pairs=2; phase=5; warmup=5; short_pairs=4
else
  jmh_opts=(-f 2 -wi 5 -i 10 -w 2 -r 2)
  pairs=9; phase=15; warmup=25; short_pairs=10
fi

echo "JMH ..." >&2
java -jar "$target/benchmarks.jar" "${jmh_opts[@]}" -prof gc -rf json -rff "$target/jmh.json" \
  'WindowCarbonBenchmark|SamplerCycleBenchmark|MeasurementWriteBenchmark|UnitBoundary|ThreadCpuClock|CompareReportsBenchmark|HttpRequest' >&2

echo "load benchmark ($pairs pairs: side by side on 4+ cores, else interleaved) ..." >&2
java -cp "$target/benchmarks.jar" dev.sci4j.benchmarks.load.LoadBenchmark \
  "$root/examples/shop/target/shop.jar" "$root/agent/target/sci4j-agent.jar" "$target/load.json" "$pairs" "$phase" "$warmup"

echo "short-lived JVMs ($short_pairs interleaved pairs) ..." >&2
java -cp "$target/benchmarks.jar" dev.sci4j.benchmarks.load.ShortJvmBenchmark \
  "$target/benchmarks.jar" "$root/agent/target/sci4j-agent.jar" "$target/short-jvm.json" "$short_pairs"

write_intervals=$(grep -o 'OUTPUT_WRITE_INTERVALS("output.write.intervals", "[0-9]*")' \
  agent/core/src/main/java/dev/sci4j/agent/config/ConfigKey.java | grep -o '"[0-9]*")' | tr -dc 0-9)
java -cp "$target/benchmarks.jar" dev.sci4j.benchmarks.report.OverheadReport \
  "$target/jmh.json" "$target/load.json" "$target/short-jvm.json" "$target/overhead.json" "$write_intervals" "$quick"
echo "wrote $target/overhead.json" >&2
