#!/usr/bin/env bash
# Start-up of the example shop with several agent jars (or none), interleaved: milliseconds from launching the JVM
# to the first 200 on /health, one line per run ("label ms"). Used to compare two builds of the agent:
#   benchmarks/startup-compare.sh examples/shop/target/shop.jar 16 none= old=/tmp/old-agent.jar new=agent/target/sci4j-agent.jar
# Take the median of the per-round differences; single runs vary by ±50 ms on a 2-core VM.
set -euo pipefail
shop=$1; rounds=$2; shift 2
tmp=$(mktemp -d)
one() {
  local args=(-Xms256m -Xmx256m)
  [ -n "$2" ] && args+=("-javaagent:$2=output=$tmp/m-$1.json;interval=1s")
  local t0=$(date +%s%N)
  java "${args[@]}" -jar "$shop" 0 1 > "$tmp/out-$1.txt" 2>&1 &
  local pid=$! port=""
  while [ -z "$port" ]; do port=$(grep -o 'shop listening on http://[^ ]*' "$tmp/out-$1.txt" 2>/dev/null | sed 's/.*://' | tr -dc 0-9 || true); sleep 0.005; done
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.005; done
  local t1=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$1 $(( (t1 - t0) / 1000000 ))"
}
for i in $(seq 1 "$rounds"); do for spec in "$@"; do one "${spec%%=*}" "${spec#*=}"; done; done
rm -rf "$tmp"
