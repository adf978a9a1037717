#!/usr/bin/env bash
# itagen benchmark: one agency cold (O25 PDF+DOCX) and the national batch (O25+O28 x PDF+DOCX).
# Usage: src/test/bench/bench.sh [AGENCIES (default 8317)] [batch|cold|all (default all)]
# Env:   BENCH_JAVA_OPTS  JVM options for the batch (default: -Xmx256m -XX:+UseParallelGC)
#        BENCH_JOBS       --jobs for the batch (default: all cores)
#        SKIP_BUILD=1     reuse target/itagen.jar
# Reports wall time, peak RSS (/usr/bin/time -f "%e s %M KB"), files/s and the load average.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
agencies="${1:-8317}"
what="${2:-all}"
batch_opts="${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
out=target/bench
data="$out/national-$agencies"
mkdir -p "$out"

# JAVA_HOME's java, else the newest JDK on the machine (as the launcher picks it); it must be 21+.
major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1; }
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/java}"
if [ -z "$java_bin" ] || [ ! -x "$java_bin" ]; then
  best=0
  for c in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
           "$(command -v java || true)"; do
    [ -x "$c" ] || continue
    v="$(major "$c")"
    if [ -n "$v" ] && [ "$v" -gt "$best" ]; then best="$v"; java_bin="$c"; fi
  done
fi
v="$(major "$java_bin")"
if [ -z "$v" ] || [ "$v" -lt 21 ]; then echo "bench: needs a JDK 21+ (set JAVA_HOME)" >&2; exit 2; fi
timer=(/usr/bin/time -f "%e s %M KB")
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time not found (apt-get install time); RSS will not be reported" >&2; timer=(); }

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }
echo "bench: $(nproc) cores, $("$java_bin" -version 2>&1 | head -n1), load $(load), $(date -u +%FT%TZ)"

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f target/itagen.jar ]; then
  echo "bench: building target/itagen.jar and the test classes ..."
  mvn -B -q -ntp -DskipTests package test-compile
fi

if [ "$what" = cold ] || [ "$what" = all ]; then
  sample=samples/department
  cold_args=(o25 --scores "$sample/scores.csv" --measures "$sample/measures.yaml" --out "$out/cold" --format pdf,docx)
  echo "== one agency, O25 PDF+DOCX, cold JVM (3 runs each)"
  echo "-- plain: java -jar"
  for i in 1 2 3; do "${timer[@]}" "$java_bin" -jar target/itagen.jar "${cold_args[@]}" >/dev/null; done
  # JDK 24+ AOT cache (JEP 483/514/515): one training run records loaded and linked classes and profiles.
  aot_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData)
  rm -f "$out/itagen.aot"
  "$java_bin" "${aot_flags[@]}" -XX:AOTCacheOutput="$out/itagen.aot" -jar target/itagen.jar "${cold_args[@]}" >/dev/null 2>&1
  echo "-- AOT cache + SerialGC + C1 only + no perf data: java ${aot_flags[*]} -XX:AOTCache=$out/itagen.aot -jar"
  for i in 1 2 3; do
    "${timer[@]}" "$java_bin" "${aot_flags[@]}" -Xlog:aot=off -Xlog:aot+codecache=off -XX:AOTCache="$out/itagen.aot" \
      -jar target/itagen.jar "${cold_args[@]}" >/dev/null
  done
  echo "-- where a cold run spends its time (phases, same JVM flags, no AOT cache)"
  "$java_bin" "${aot_flags[@]}" -cp target/itagen.jar:target/test-classes org.itagen.bench.StartupProfile \
    "$sample/scores.csv" "$sample/measures.yaml" | sed -n 1,9p
fi

if [ "$what" = batch ] || [ "$what" = all ]; then
  if [ ! -f "$data/scores.csv" ]; then
    echo "== generating $agencies agencies into $data"
    "$java_bin" -cp target/itagen.jar:target/test-classes org.itagen.bench.NationalData "$data" "$agencies"
  fi
  rm -rf "$out/batch"
  echo "== batch: $agencies agencies x O25+O28 x PDF+DOCX; JVM: $batch_opts; load before $(load)"
  # shellcheck disable=SC2086
  "${timer[@]}" "$java_bin" $batch_opts -jar target/itagen.jar batch --scores "$data/scores.csv" \
    --measures-dir "$data/measures" --out "$out/batch" --progress lines ${BENCH_JOBS:+--jobs "$BENCH_JOBS"}
  echo "bench: load after $(load)"
fi
