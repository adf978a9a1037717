#!/usr/bin/env bash
# itagen against Typst: one agency's O25 PDF, cold, in alternated runs (A, B, A, B, ...) so that
# both sides see the same machine load. Typst compiles src/test/bench/o25.typ (the same O25 written
# by hand, same font files) with the npm compiler @myriaddreamin/typst-ts-node-compiler, installed
# into target/bench/typst-node on first use (never committed).
# Usage: src/test/bench/typst.sh [ROUNDS (default 10)]
#   one round = ./itagen o25, Typst, java -jar target/itagen.jar o25, Typst (4 runs)
# Env:   BENCH_FORMAT   itagen's --format (default pdf; pdf,docx for the issue's cold target)
#        TYPST_NPM      the npm package spec (default @myriaddreamin/typst-ts-node-compiler@0.7.0)
#        SKIP_BUILD=1   reuse target/itagen.jar
# Prints medians of wall and CPU (user+sys, /usr/bin/time) per side, the ratios itagen/Typst,
# and the load average before and after.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
rounds="${1:-10}"
format="${BENCH_FORMAT:-pdf}"
npm_spec="${TYPST_NPM:-@myriaddreamin/typst-ts-node-compiler@0.7.0}"
out=target/bench/typst
node_dir=target/bench/typst-node
sample=samples/department
mkdir -p "$out"
[ -x /usr/bin/time ] || { echo "typst.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v node >/dev/null || { echo "typst.sh: needs node and npm (apt-get install nodejs npm)" >&2; exit 2; }

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f target/itagen.jar ]; then
  echo "typst.sh: building target/itagen.jar ..."
  mvn -B -q -ntp -DskipTests package
fi
if [ ! -d "$node_dir/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
  echo "typst.sh: installing $npm_spec into $node_dir ..."
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --no-audit --no-fund --no-save "$npm_spec" >/dev/null
fi

# The fonts itagen uses on this machine (its --verbose log names them) and the bundled Sarabun.
font_log="$(./itagen o25 --scores "$sample/scores.csv" --measures "$sample/measures.yaml" --out "$out/itagen" \
  --format pdf --verbose 2>&1)"
font_dirs=()
for f in $(printf '%s\n' "$font_log" | sed -n 's|^font: .* \(/[^ ]*\)$|\1|p'); do
  d="$(dirname "$f")"
  case " ${font_dirs[*]-} " in
    *" $d "*) ;;
    *) font_dirs+=("$d") ;;
  esac
done
font_dirs+=(target/classes/org/itagen/fonts)
font_args=()
for d in "${font_dirs[@]}"; do font_args+=(--font-path "$d"); done
echo "typst.sh: Typst font paths: ${font_dirs[*]}"

java_bin="$(cut -d'|' -f3 target/.itagen-java 2>/dev/null || true)"
[ -x "${java_bin:-}" ] || java_bin="$(command -v java)"

itagen_args=(o25 --scores "$sample/scores.csv" --measures "$sample/measures.yaml" --out "$out/itagen" --format "$format")
launcher=(./itagen "${itagen_args[@]}")
jar=("$java_bin" -jar target/itagen.jar "${itagen_args[@]}")
typst=(env NODE_PATH="$node_dir/node_modules" node src/test/bench/typst-compile.js src/test/bench/o25.typ "$out/o25-typst.pdf" "${font_args[@]}")

# One untimed run each: the launcher makes its AOT cache on first use; file caches warm up.
"${launcher[@]}" >/dev/null; "${jar[@]}" >/dev/null; "${typst[@]}"
echo "typst.sh: itagen PDF $(stat -c %s "$out"/itagen/O25_*.pdf) bytes, $(pdfinfo "$out"/itagen/O25_*.pdf 2>/dev/null | sed -n 's/^Pages: *//p') pages;" \
     "Typst PDF $(stat -c %s "$out/o25-typst.pdf") bytes, $(pdfinfo "$out/o25-typst.pdf" 2>/dev/null | sed -n 's/^Pages: *//p') pages"

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "typst.sh: $(nproc) cores, $("$java_bin" -version 2>&1 | head -n1), node $(node --version), load before $(load), $(date -u +%FT%TZ)"
times="$out/times.txt"
: > "$times"
timed() {  # timed LABEL COMMAND...: appends "LABEL wall-s cpu-s" (cpu = user + sys of the process tree)
  local label="$1" w u s
  shift
  /usr/bin/time -o "$out/time.tmp" -f "%e %U %S" "$@" >/dev/null
  read -r w u s < "$out/time.tmp"
  echo "$label $w $(echo "$u + $s" | bc)" >> "$times"
}
for ((i = 1; i <= rounds; i++)); do
  timed launcher "${launcher[@]}"
  timed typst "${typst[@]}"
  timed jar "${jar[@]}"
  timed typst "${typst[@]}"
done
echo "typst.sh: load after $(load)"

median() {  # median of column $2 for label $1
  awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$times" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
tw="$(median typst 2)" tc="$(median typst 3)"
printf '%-38s %5s  %8s  %8s  %9s  %9s\n' "O25 --format $format, $rounds rounds" runs "wall s" "CPU s" "wall/Typst" "CPU/Typst"
printf '%-38s %5s  %8s  %8s\n' "Typst (npm compiler, node)" "$(grep -c '^typst ' "$times")" "$tw" "$tc"
for l in launcher jar; do
  w="$(median "$l" 2)" c="$(median "$l" 3)"
  name="./itagen (AOT cache, C1, SerialGC)"; [ "$l" = jar ] && name="java -jar target/itagen.jar"
  printf '%-38s %5s  %8s  %8s  %9.2f  %9.2f\n' "$name" "$(grep -c "^$l " "$times")" "$w" "$c" \
    "$(echo "$w / $tw" | bc -l)" "$(echo "$c / $tc" | bc -l)"
done
echo "typst.sh: every run in $times (label, wall s, user+sys s)"
