#!/usr/bin/env bash
# Where warm CPU goes, native code included: renders samples/department's O25 again and again in
# one JVM (org.itagen.bench.WarmBench) under `perf record`, skipping the warm-up, and prints the
# inclusive shares of named parts (zlib, HarfBuzz, table layout, ...) with perf-shares.py.
# Usage: src/test/bench/profile.sh [pdf|docx|both (default pdf)] [ROUNDS (default 600)] [JAR (default target/itagen.jar)]
# Needs perf (apt-get install linux-perf) with software events (cpu-clock); hardware counters are
# not required. JIT frames get names from -XX:+DumpPerfMapAtExit, stacks from -XX:+PreserveFramePointer.
# Env: PROFILE_JAVA_OPTS (default: -Xmx256m -XX:+UseParallelGC, as batch runs), PROFILE_DELAY_MS (12000),
#      PROFILE_DATA=DIR a folder made by org.itagen.bench.NationalData: render the O25 and O28 of its
#      first 100 agencies in turn (as a batch meets them) instead of the department sample's O25 over and over.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
what="${1:-pdf}"
rounds="${2:-600}"
jar="${3:-target/itagen.jar}"
opts="${PROFILE_JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
java_bin="$(cut -d'|' -f3 target/.itagen-java 2>/dev/null || true)"
[ -x "${java_bin:-}" ] || java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -d target/test-classes/org/itagen/bench ] || mvn -B -q -ntp -DskipTests test-compile
out=target/bench/profile
mkdir -p "$out"
data="$out/$what.data"
echo "profile.sh: $what, $rounds rounds, $jar, load $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
perf record -q -e cpu-clock -F 499 -g -D "${PROFILE_DELAY_MS:-12000}" -o "$data" -- \
  "$java_bin" $opts -XX:+PreserveFramePointer -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit \
  -cp "$jar:target/test-classes" org.itagen.bench.WarmBench "$what" "$rounds" 300 ${PROFILE_DATA:+"$PROFILE_DATA" 100}
perf script -i "$data" -F comm,tid,ip,sym,dso 2>/dev/null | python3 src/test/bench/perf-shares.py
echo "profile.sh: load after $(cut -d' ' -f1-3 /proc/loadavg); perf data in $data (perf report -i $data --no-children)"
