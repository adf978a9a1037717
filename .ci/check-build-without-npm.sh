#!/usr/bin/env bash
# The build must not need npm (issue 12): `mvn -B package` with no npm on PATH succeeds and says in
# one line that the bundled font is left out. Builds a copy of the sources outside git (so the
# version line must say the commit is unknown) with a PATH that has everything but npm.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/src-copy" "$work/bin"
# Everything the build reads, without .git (so: outside a checkout) and without earlier output.
tar --exclude=./.git --exclude=./target -cf - . | tar -xf - -C "$work/src-copy"
for dir in /usr/local/bin /usr/bin /bin; do
  [ -d "$dir" ] || continue
  for f in "$dir"/*; do
    name="$(basename "$f")"
    case "$name" in npm|npx|node|nodejs|corepack) continue ;; esac
    [ -e "$work/bin/$name" ] || ln -s "$f" "$work/bin/$name"
  done
done
if PATH="$work/bin" command -v npm >/dev/null 2>&1; then
  echo "check-build-without-npm: npm is still on the test PATH" >&2
  exit 1
fi

log="$work/build.log"
if ! (cd "$work/src-copy" && PATH="$work/bin" mvn -B -ntp -Dmaven.test.skip=true package >"$log" 2>&1); then
  tail -n 40 "$log" >&2
  echo "check-build-without-npm: the build failed without npm" >&2
  exit 1
fi
lines="$(grep -c 'Bundled font skipped' "$log" || true)"
if [ "$lines" != 1 ]; then
  grep -n -i 'font\|npm' "$log" >&2 || true
  echo "check-build-without-npm: expected one line about the font, found $lines" >&2
  exit 1
fi
jar="$work/src-copy/target/itagen.jar"
if unzip -l "$jar" | grep -q 'org/itagen/fonts/Sarabun'; then
  echo "check-build-without-npm: the jar has a font it cannot have fetched" >&2
  exit 1
fi
java_bin="$(sed -n 's/.*Toolchain in maven-compiler-plugin: JDK\[\(.*\)\]/\1/p' "$log" | head -n1)/bin/java"
version="$("$java_bin" -jar "$jar" --version)"
case "$version" in
  *"(commit unknown)"*) ;;
  *) echo "check-build-without-npm: outside git the version should say the commit is unknown: $version" >&2; exit 1 ;;
esac
echo "check-build-without-npm: ok: $(grep 'Bundled font skipped' "$log" | sed 's/^\[WARNING\] *\[echo\] //')"
