#!/usr/bin/env bash
# Cold start of the release archive's launcher against a checkout's ./itagen: one agency's O25 (PDF
# and DOCX) from the department sample, a fresh JVM each run, in alternated pairs (A B, B A, ...)
# so that the machine's load changes hit both alike. Prints each pair's wall and CPU time (user+sys,
# less sensitive to a loaded machine than wall time), the medians and the load average.
# usage: src/dist/coldstart.sh [PAIRS]   (after mvn -B -Pdist package; default 15 pairs)
set -euo pipefail
cd "$(dirname "$0")/../.."
pairs="${1:-15}"
archive="$(ls target/dist/itagen-*-linux-x64.tar.gz | head -n1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar xzf "$archive" -C "$work"
release="$(ls -d "$work"/itagen-*/)itagen"
args=(o25 --scores samples/department/scores.csv --measures samples/department/measures.yaml)

ms() {  # runs "$@" --out DIR; prints its wall time and CPU time (user+sys, all threads) in ms
  local out="$work/out-$RANDOM"
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" --out "$out" >/dev/null 2>&1
  rm -rf "$out"
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

# Warm-up: ./itagen makes its own AOT cache on first use; both get the files into the page cache.
ms ./itagen "${args[@]}" >/dev/null
ms "$release" "${args[@]}" >/dev/null
ms ./itagen "${args[@]}" >/dev/null
echo "archive: $archive ($(du -m "$archive" | cut -f1) MB; unpacked $(du -sm "$work" | cut -f1) MB)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$work/a"; : > "$work/b"; : > "$work/d"; : > "$work/ca"; : > "$work/cb"
for i in $(seq 1 "$pairs"); do
  if [ $((i % 2)) -eq 1 ]; then
    read -r a ca < <(ms ./itagen "${args[@]}"); read -r b cb < <(ms "$release" "${args[@]}")
  else
    read -r b cb < <(ms "$release" "${args[@]}"); read -r a ca < <(ms ./itagen "${args[@]}")
  fi
  echo "$a" >> "$work/a"; echo "$b" >> "$work/b"; echo $((b - a)) >> "$work/d"
  echo "$ca" >> "$work/ca"; echo "$cb" >> "$work/cb"
  echo "pair $i: ./itagen $a ms (cpu $ca), release $b ms (cpu $cb)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median wall: ./itagen $(median < "$work/a") ms, release $(median < "$work/b") ms, release - ./itagen $(median < "$work/d") ms (median of pair differences)"
echo "median cpu:  ./itagen $(median < "$work/ca") ms, release $(median < "$work/cb") ms"
