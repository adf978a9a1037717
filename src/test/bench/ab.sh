#!/usr/bin/env bash
# Two builds side by side on a busy machine: runs the same command with jar A and jar B
# alternated (A, B, A, B, ...), N pairs, and prints the medians of wall and CPU (user+sys of the
# whole process, /usr/bin/time) and the ratio B/A, with the load average before and after.
# Lines the command prints that start with "warm " (org.itagen.bench.WarmBench) are kept per run.
# Usage: src/test/bench/ab.sh A.jar B.jar PAIRS COMMAND...   (JAR in COMMAND stands for the jar)
# e.g.   src/test/bench/ab.sh /tmp/main.jar target/itagen.jar 5 \
#          java -Xmx256m -XX:+UseParallelGC -cp JAR:target/test-classes org.itagen.bench.WarmBench pdf 300 300 target/bench/national-400 100
#        src/test/bench/ab.sh /tmp/main.jar target/itagen.jar 3 \
#          java -Xmx256m -XX:+UseParallelGC -jar JAR batch --scores D/scores.csv --measures-dir D/measures --out /tmp/ab --progress none
set -euo pipefail
[ $# -ge 4 ] || { sed -n 2,11p "$0" >&2; exit 2; }
a="$1" b="$2" pairs="$3"
shift 3
[ -x /usr/bin/time ] || { echo "ab.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
log="$(mktemp -d)"
trap 'rm -rf "$log"' EXIT
run() {  # run LABEL JAR
  local cmd=() w u s
  for x in "${args[@]}"; do cmd+=("${x//JAR/$2}"); done
  /usr/bin/time -o "$log/time" -f "%e %U %S %M" "${cmd[@]}" > "$log/out" 2>&1 || { cat "$log/out" >&2; exit 1; }
  read -r w u s m < <(tail -n1 "$log/time")
  echo "$1 $w $(echo "$u + $s" | bc) $m" >> "$log/times"
  grep '^warm ' "$log/out" | sed "s/^/  $1: /" || true
}
args=("$@")
echo "ab.sh: A=$a B=$b, $pairs pairs, load before $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
for ((i = 1; i <= pairs; i++)); do
  run A "$a"
  run B "$b"
done
echo "ab.sh: load after $(cut -d' ' -f1-3 /proc/loadavg)"
median() {
  awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$log/times" | sort -g \
    | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
printf '%-3s %9s %9s %12s\n' "" "wall s" "CPU s" "peak RSS KB"
for l in A B; do printf '%-3s %9s %9s %12s\n' "$l" "$(median $l 2)" "$(median $l 3)" "$(median $l 4)"; done
printf 'B/A %9.3f %9.3f\n' "$(echo "$(median B 2) / $(median A 2)" | bc -l)" "$(echo "$(median B 3) / $(median A 3)" | bc -l)"
