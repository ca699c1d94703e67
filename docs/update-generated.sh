#!/usr/bin/env bash
# Rewrites the generated blocks of README.md and docs/*.md in place. A block is everything between
#   <!-- BEGIN GENERATED NAME: govsim ARGS... -->
#   <!-- END GENERATED NAME -->
# and becomes the output of `govsim ARGS...` (for example `govsim params --markdown`), so that the tables of
# parameters and output columns cannot drift from their declarations in the code. GeneratedBlocksTest fails
# until this has been run after a change.
#
# Usage: docs/update-generated.sh [--jar PATH]
#   By default it runs ./govsim, which rebuilds the jar first if a source is newer than it.
#   With --jar PATH (or GOVSIM_JAR=PATH) it runs that jar as it is, without building.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${GOVSIM_JAR:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) [ $# -ge 2 ] || { echo "update-generated: --jar needs a path" >&2; exit 2; }; jar="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "update-generated: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
if [ -n "$jar" ]; then
  [ -f "$jar" ] || { echo "update-generated: no jar at $jar" >&2; exit 2; }
  govsim() { java -jar "$jar" "$@"; }
else
  "$root/govsim" --version > /dev/null # builds the jar once, before the blocks
  govsim() { "$root/govsim" "$@"; }
fi

begin_re='^<!-- BEGIN GENERATED ([A-Z_]+): govsim (.*) -->$'
for doc in "$root/README.md" "$root"/docs/*.md; do
  grep -qE "$begin_re" "$doc" || continue
  out="$(mktemp "$doc.XXXXXX")"
  block="$(mktemp)"
  trap 'rm -f "$out" "$block"' EXIT
  name=""
  while IFS= read -r line || [ -n "$line" ]; do
    if [ -z "$name" ] && [[ "$line" =~ $begin_re ]]; then
      name="${BASH_REMATCH[1]}"
      read -r -a args <<< "${BASH_REMATCH[2]}"
      printf '%s\n' "$line" >> "$out"
      govsim "${args[@]}" > "$block"
      [ -s "$block" ] || { echo "update-generated: govsim ${BASH_REMATCH[2]} printed nothing" >&2; exit 1; }
      cat "$block" >> "$out"
      continue
    fi
    if [ -n "$name" ]; then
      [ "$line" = "<!-- END GENERATED $name -->" ] || continue
      name=""
    fi
    printf '%s\n' "$line" >> "$out"
  done < "$doc"
  [ -z "$name" ] || { echo "update-generated: ${doc#$root/}: no line <!-- END GENERATED $name -->" >&2; exit 2; }
  chmod --reference="$doc" "$out" 2>/dev/null || true
  if cmp -s "$out" "$doc"; then
    rm -f "$out"
    echo "${doc#$root/}: generated blocks already up to date"
  else
    mv "$out" "$doc"
    echo "${doc#$root/}: generated blocks rewritten"
  fi
done
