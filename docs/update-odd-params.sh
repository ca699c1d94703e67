#!/usr/bin/env bash
# Rewrites the generated parameter table of docs/ODD.md in place: everything between the lines
#   <!-- BEGIN GENERATED PARAMETERS: govsim params --markdown -->
#   <!-- END GENERATED PARAMETERS -->
# becomes the output of `govsim params --markdown`, so the table cannot drift from the parameter
# declarations (sim-model/.../param/). OddParameterTableTest fails until this has been run after a change.
#
# Usage: docs/update-odd-params.sh [--jar PATH]
#   By default it runs ./govsim, which rebuilds the jar first if a source is newer than it.
#   With --jar PATH (or GOVSIM_JAR=PATH) it runs that jar as it is, without building.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
odd="$root/docs/ODD.md"
begin='<!-- BEGIN GENERATED PARAMETERS: govsim params --markdown -->'
end='<!-- END GENERATED PARAMETERS -->'
jar="${GOVSIM_JAR:-}"

while [ $# -gt 0 ]; do
  case "$1" in
    --jar) [ $# -ge 2 ] || { echo "update-odd-params: --jar needs a path" >&2; exit 2; }; jar="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "update-odd-params: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

[ -f "$odd" ] || { echo "update-odd-params: $odd not found" >&2; exit 2; }
for marker in "$begin" "$end"; do
  n="$(grep -cxF -- "$marker" "$odd" || true)"
  if [ "$n" != 1 ]; then
    echo "update-odd-params: docs/ODD.md must contain the line '$marker' exactly once (found $n)" >&2
    exit 2
  fi
done

table="$(mktemp)"
out="$(mktemp "$odd.XXXXXX")"
trap 'rm -f "$table" "$out"' EXIT

if [ -n "$jar" ]; then
  [ -f "$jar" ] || { echo "update-odd-params: no jar at $jar" >&2; exit 2; }
  java -jar "$jar" params --markdown > "$table"
else
  "$root/govsim" params --markdown > "$table"
fi
[ -s "$table" ] || { echo "update-odd-params: govsim params --markdown printed nothing" >&2; exit 1; }

# Copy ODD.md, replacing the lines between the markers (exclusive) by the table; write, then rename.
awk -v begin="$begin" -v end="$end" -v table="$table" '
  $0 == begin { print; while ((getline line < table) > 0) print line; skipping = 1; next }
  $0 == end   { skipping = 0 }
  !skipping   { print }
' "$odd" > "$out"
chmod --reference="$odd" "$out" 2>/dev/null || true
if cmp -s "$out" "$odd"; then
  echo "docs/ODD.md: parameter table already up to date ($(($(wc -l < "$table") - 2)) parameters)"
else
  mv "$out" "$odd"
  echo "docs/ODD.md: parameter table rewritten ($(($(wc -l < "$table") - 2)) parameters)"
fi
