#!/usr/bin/env bash
# itagen benchmark: one agency cold (O25 PDF+DOCX) and the national batch (O25+O28 x PDF+DOCX).
# Usage: src/test/bench/bench.sh [AGENCIES (default 8317)] [batch|cold|all (default all)]
# Env:   BENCH_JAVA_OPTS  JVM options for a batch started with java -jar (default: -Xmx256m -XX:+UseParallelGC)
#        BENCH_JOBS       --jobs for the batch (default: all cores)
#        BENCH_BASE_JAR   a previous build's jar (e.g. main's, built into a temp folder): the batch runs
#                         with it and with this build alternated, and the ratio is printed
#        BENCH_PAIRS      how many such pairs (default 1)
#        BENCH_LAUNCHER=0 run this build with java -jar and BENCH_JAVA_OPTS instead of ./itagen
#        SKIP_BUILD=1     reuse target/itagen.jar
# Reports wall time, CPU (user+sys), peak RSS (/usr/bin/time), files/s and the load average.
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
  jobs=(${BENCH_JOBS:+--jobs "$BENCH_JOBS"})
  # This build as users start it (./itagen: batch flags and, on JDK 25+, its AOT cache), or java -jar.
  # shellcheck disable=SC2206
  this=(./itagen)
  [ "${BENCH_LAUNCHER:-1}" = 0 ] && this=("$java_bin" $batch_opts -jar target/itagen.jar)
  # shellcheck disable=SC2206
  base=()
  [ -n "${BENCH_BASE_JAR:-}" ] && base=("$java_bin" $batch_opts -jar "$BENCH_BASE_JAR")
  [ -z "${BENCH_BASE_JAR:-}" ] || [ -f "$BENCH_BASE_JAR" ] || { echo "bench: BENCH_BASE_JAR $BENCH_BASE_JAR not found" >&2; exit 2; }
  if [ "${this[0]}" = ./itagen ]; then
    # Not timed: the launcher rebuilds a stale jar and makes its batch AOT cache once per jar.
    ./itagen batch --scores "$data/scores.csv" --measures-dir "$data/measures" --out "$out/batch-warm" \
      --progress none --shard "1/$agencies" >/dev/null
    rm -rf "$out/batch-warm"
  fi
  times="$out/batch-times.txt"
  : > "$times"
  run_batch() {  # run_batch LABEL COMMAND...: one batch, timed; appends "LABEL wall cpu rss files/s"
    local label="$1" w u s m
    shift
    rm -rf "$out/batch"
    echo "== batch ($label): $agencies agencies x O25+O28 x PDF+DOCX: $*; load before $(load)"
    /usr/bin/time -o "$out/batch.time" -f "%e %U %S %M" "$@" batch --scores "$data/scores.csv" \
      --measures-dir "$data/measures" --out "$out/batch" --progress lines "${jobs[@]}" > "$out/batch-$label.log" 2>&1 \
      || { tail -n 20 "$out/batch-$label.log" >&2; exit 1; }
    read -r w u s m < <(tail -n1 "$out/batch.time")
    grep -v '^progress\|^ *[0-9]*/[0-9]* ' "$out/batch-$label.log" | tail -n 4
    local files
    files="$(find "$out/batch" -name '*.pdf' -o -name '*.docx' | wc -l)"
    echo "$label $w $(echo "$u + $s" | bc) $m $(echo "$files / $w" | bc -l)" >> "$times"
    printf 'bench: %s: %s s wall, %s s CPU, peak RSS %s KB, %d files, %.1f files/s; load after %s\n' \
      "$label" "$w" "$(echo "$u + $s" | bc)" "$m" "$files" "$(echo "$files / $w" | bc -l)" "$(load)"
  }
  for ((i = 1; i <= ${BENCH_PAIRS:-1}; i++)); do
    [ ${#base[@]} -eq 0 ] || run_batch base "${base[@]}"
    run_batch this "${this[@]}"
  done
  median() {
    awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$times" | sort -g \
      | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
  }
  if [ ${#base[@]} -gt 0 ]; then
    printf 'bench: this/base, medians of %s pair(s): wall %.3f, CPU %.3f, peak RSS %.3f\n' "${BENCH_PAIRS:-1}" \
      "$(echo "$(median this 2) / $(median base 2)" | bc -l)" "$(echo "$(median this 3) / $(median base 3)" | bc -l)" \
      "$(echo "$(median this 4) / $(median base 4)" | bc -l)"
  elif [ "$agencies" = 8317 ]; then
    # The figure main had when issue 16 was filed (docs/performance.md, "Final figures on main"):
    # another hour and load, so only a rough guide; BENCH_BASE_JAR gives a fair ratio.
    printf 'bench: wall / stored 115.6 s (main, load 1.0-2.2, not this hour): %.3f\n' "$(echo "$(median this 2) / 115.6" | bc -l)"
  fi
fi
