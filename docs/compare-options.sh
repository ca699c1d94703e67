#!/usr/bin/env bash
# Regenerates the figures of README.md's "Comparing options" section, so that they cannot go stale: runs the three
# comparisons the section shows (full size, about 15 minutes on 2 cores) and puts each one's terminal verdict
# between its markers in README.md (<!-- compare-options.sh: NAME --> ... <!-- /compare-options.sh: NAME -->).
# The third draws the shared parameters from the Meilan calibration's posterior, POSTERIOR (default
# results/meilan-fit-floor/posterior.csv, which `govsim calibrate scenarios/calibration/meilan.yaml --out
# results/meilan-fit-floor --particles 150 --generations 12 --min-tolerance auto --replications 1` makes).
# Usage: docs/compare-options.sh [WORK_DIR [POSTERIOR]]   (the runs' folders stay in WORK_DIR, default a temporary
# folder; a WORK_DIR that already holds a finished run's terminal output, options.txt, uncertain.txt or
# posterior.txt, is reused for it)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d)}"
posterior="${2:-results/meilan-fit-floor/posterior.csv}"
mkdir -p "$work"
[ -s "$work/posterior.txt" ] || [ -f "$posterior" ] || { echo "compare-options: no posterior at $posterior (see the header)" >&2; exit 2; }

[ -s "$work/options.txt" ] || ./govsim run scenarios/baseline.yaml scenarios/fee-quality-linkage.yaml scenarios/deliberation-hall.yaml \
  --compare --lang en --out "$work/options" > "$work/options.txt"
[ -s "$work/uncertain.txt" ] || ./govsim run scenarios/fee-quality-linkage.yaml scenarios/deliberation-hall.yaml --compare \
  --matched-baseline --lang en --uncertainty scenarios/experiments/assumed-effects.yaml --out "$work/uncertain" > "$work/uncertain.txt"
[ -s "$work/posterior.txt" ] || ./govsim run scenarios/fee-quality-linkage.yaml scenarios/deliberation-hall.yaml --compare \
  --matched-baseline --lang en --uncertainty "$posterior" --out "$work/posterior" > "$work/posterior.txt"

# the comparison's verdict: from its first "baseline: NAME (N runs)" line to the end of the option sentences (the
# detail table follows a blank line)
verdict() {
  awk '/^baseline: .*\([0-9]+ runs\)$/ && !on { on = 1 } on && /^Verdict/ { seen = 1 } on { if (seen && /^$/) exit; print }' "$1"
}
verdict "$work/options.txt" > "$work/options.excerpt"
verdict "$work/uncertain.txt" > "$work/uncertain.excerpt"
verdict "$work/posterior.txt" > "$work/posterior.excerpt"

replace() {
  local name="$1" file="$2"
  awk -v name="$name" -v file="$file" '
    $0 == "<!-- compare-options.sh: " name " -->" { print; print "```"; while ((getline line < file) > 0) print line; print "```"; skip = 1; next }
    $0 == "<!-- /compare-options.sh: " name " -->" { skip = 0 }
    !skip { print }' README.md > README.md.tmp && mv README.md.tmp README.md
}
replace options "$work/options.excerpt"
replace uncertain "$work/uncertain.excerpt"
replace posterior "$work/posterior.excerpt"
echo "README.md updated from the runs in $work"
