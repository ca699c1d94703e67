#!/usr/bin/env bash
# Rewrites the generated blocks of README.md in place, so that the outputs and figures it shows cannot drift from
# what govsim prints. A block is everything between the lines
#   <!-- BEGIN GENERATED NAME: docs/update-readme-figures.sh -->
#   <!-- END GENERATED NAME -->
# and becomes a fenced text block with the command and what it printed:
#   baseline-run      ./govsim run scenarios/baseline.yaml (10 replications; about 15 s on 2 cores)
#   validate-example  ./govsim validate on docs/examples/bad.yaml and contradiction.yaml
#   design-too-large  ./govsim validate on docs/examples/big.yaml
#   sweep-dry-run     ./govsim run scenarios/experiments/advisor-sweep.yaml --dry-run
#   morris-excerpt    ./govsim run scenarios/experiments/levers-morris.yaml (180 runs; about 35 s), an excerpt
#   sobol-excerpt     ./govsim run scenarios/experiments/levers-sobol.yaml (896 runs; about 45 s), an excerpt
# ReadmeFiguresTest fails when the README no longer shows what the cheap ones print (all but the Morris and Sobol
# excerpts); run this after a change to the model's defaults or to these messages, and commit the README.
#
# Usage: docs/update-readme-figures.sh [--jar PATH] [--only NAME]
#   By default it runs ./govsim, which rebuilds the jar first if a source is newer than it.
#   With --jar PATH (or GOVSIM_JAR=PATH) it runs that jar as it is, without building.
#   --only NAME rewrites that block alone.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readme="$root/README.md"
jar="${GOVSIM_JAR:-}"
only=""

while [ $# -gt 0 ]; do
  case "$1" in
    --jar) [ $# -ge 2 ] || { echo "update-readme-figures: --jar needs a path" >&2; exit 2; }; jar="$2"; shift 2 ;;
    --only) [ $# -ge 2 ] || { echo "update-readme-figures: --only needs a block name" >&2; exit 2; }; only="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "update-readme-figures: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

if [ -n "$jar" ]; then
  [ -f "$jar" ] || { echo "update-readme-figures: no jar at $jar" >&2; exit 2; }
  jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
  govsim() { java -jar "$jar" "$@"; }
else
  "$root/govsim" params > /dev/null   # builds the jar once, before any output is captured
  govsim() { "$root/govsim" "$@"; }
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs in a scratch folder, so results/ paths print as a user sees them; the exit code is part of the example.
in_work() { (cd "$work" && rm -rf results && "$@"); }
in_examples() { (cd "$root/docs/examples" && "$@"); }

# The lines of a sensitivity table a reader needs: the header, the first metric's rows, the median resolution time's
# rows, and the warnings and noise floor; the timing line is left out (it changes with the machine's load).
excerpt() {
  awk 'NR == 1 || NR == 3 || NR == 4 { print; next }
       $2 == "disputes_per_1000hh_month" || $2 == "resolution_days_median" { print; next }
       /^(warning|note|noise floor)/ { print }'
}

block() {
  local name="$1"
  case "$name" in
    baseline-run)
      echo '$ ./govsim run scenarios/baseline.yaml'
      in_work govsim run "$root/scenarios/baseline.yaml" 2>/dev/null ;;
    validate-example)
      echo '$ ./govsim validate bad.yaml contradiction.yaml'
      in_examples govsim validate bad.yaml contradiction.yaml 2>&1 || true ;;
    design-too-large)
      echo '$ ./govsim validate big.yaml'
      in_examples govsim validate big.yaml 2>&1 || true ;;
    sweep-dry-run)
      echo '$ ./govsim run scenarios/experiments/advisor-sweep.yaml --out results/sweep --dry-run'
      in_work govsim run "$root/scenarios/experiments/advisor-sweep.yaml" --out results/sweep --dry-run 2>/dev/null ;;
    morris-excerpt)
      echo '$ ./govsim run scenarios/experiments/levers-morris.yaml    # excerpt'
      in_work govsim run "$root/scenarios/experiments/levers-morris.yaml" --out results/levers-morris 2>/dev/null | excerpt ;;
    sobol-excerpt)
      echo '$ ./govsim run scenarios/experiments/levers-sobol.yaml     # excerpt'
      in_work govsim run "$root/scenarios/experiments/levers-sobol.yaml" --out results/levers-sobol 2>/dev/null | excerpt ;;
    *) echo "update-readme-figures: no block named '$name'" >&2; exit 2 ;;
  esac
}

names=(baseline-run validate-example design-too-large sweep-dry-run morris-excerpt sobol-excerpt)
[ -z "$only" ] || names=("$only")
current="$work/README.md"
cp "$readme" "$current"
for name in "${names[@]}"; do
  begin="<!-- BEGIN GENERATED $name: docs/update-readme-figures.sh -->"
  end="<!-- END GENERATED $name -->"
  for marker in "$begin" "$end"; do
    n="$(grep -cxF -- "$marker" "$current" || true)"
    if [ "$n" != 1 ]; then
      echo "update-readme-figures: README.md must contain the line '$marker' exactly once (found $n)" >&2
      exit 2
    fi
  done
  { echo '```text'; block "$name"; echo '```'; } > "$work/$name.txt"
  awk -v begin="$begin" -v end="$end" -v body="$work/$name.txt" '
    $0 == begin { print; while ((getline line < body) > 0) print line; skipping = 1; next }
    $0 == end   { skipping = 0 }
    !skipping   { print }
  ' "$current" > "$current.next"
  mv "$current.next" "$current"
  echo "README.md: $name ($(($(wc -l < "$work/$name.txt") - 3)) lines)"
done

if cmp -s "$current" "$readme"; then
  echo "README.md: already up to date"
else
  out="$(mktemp "$readme.XXXXXX")"
  cp "$current" "$out"
  chmod --reference="$readme" "$out" 2>/dev/null || true
  mv "$out" "$readme"
  echo "README.md: rewritten"
fi
