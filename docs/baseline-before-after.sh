#!/usr/bin/env bash
# Regenerates the "baseline before and after" tables of README.md and docs/ODD.md, so that they cannot go stale:
# builds the commit before the baseline rework of issue 13 (BEFORE, default 3454ae0) in a temporary git worktree,
# runs each build's own scenarios/baseline.yaml on the same seeds (--seed 1, 3 replications, full size), and puts
# the table of key figures and of the composition of disputes (by issue type, and by the level where they arose)
# between the markers <!-- baseline-before-after.sh --> and <!-- /baseline-before-after.sh --> of both files.
# A figure the older build did not write is shown as "-". About 5 minutes on 2 cores.
# Usage: docs/baseline-before-after.sh [WORK_DIR] [BEFORE]   (a WORK_DIR holding finished runs reuses them)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="${1:-$(mktemp -d)}"
before="${2:-3454ae0}"
mkdir -p "$work"

if [ ! -f "$work/before/manifest.json" ]; then
  tree="$work/before-tree"
  [ -d "$tree" ] || git worktree add --detach "$tree" "$before" > /dev/null
  (cd "$tree" && mvn -B -q -DskipTests package) >&2
  (cd "$tree" && java -XX:MaxHeapFreeRatio=100 -jar sim-runner/target/sim-runner-0.1.0-SNAPSHOT-all.jar run scenarios/baseline.yaml \
    --seed 1 -r 3 --out "$work/before" --quiet) > /dev/null
  git worktree remove --force "$tree"
fi
[ -f "$work/after/manifest.json" ] || ./govsim run scenarios/baseline.yaml --seed 1 -r 3 --out "$work/after" --quiet > /dev/null

# the mean over replications of each runs.csv column, as "column value" lines
means() {
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) name[i] = $i; n = NF; next }
           { rows++; for (i = 1; i <= n; i++) sum[i] += $i }
           END { for (i = 1; i <= n; i++) printf "%s %.10g\n", name[i], sum[i] / rows }' "$1"
}
means "$work/before/runs.csv" > "$work/before.means"
means "$work/after/runs.csv" > "$work/after.means"

table="$work/table.md"
awk -v before_id="$before" -v after_id="$(git rev-parse --short HEAD)" '
  FNR == 1 { file++ }
  file == 1 { b[$1] = $2; next }
  file == 2 { a[$1] = $2; next }
  function cell(m, k, fmt, scale) { return (k in m) ? sprintf(fmt, m[k] * scale) : "-" }
  function row(label, k, fmt, scale) { printf "| %s | %s | %s |\n", label, cell(b, k, fmt, scale), cell(a, k, fmt, scale) }
  function share(m, k, total) { return ((k in m) && (total in m) && m[total] > 0) ? sprintf("%.0f%%", 100 * m[k] / m[total]) : "-" }
  END {
    printf "| baseline, full size, seeds 1 to 3 (mean) | before (%s) | after (%s) |\n|---|---|---|\n", before_id, after_id
    row("disputes per 1,000 households a month", "disputes_per_1000hh_month", "%.2f", 1)
    row("property disputes per 1,000 households a month", "property_disputes_per_1000hh_month", "%.2f", 1)
    row("issues reaching the 12345 hotline per 1,000 households a month", "hotline_per_1000hh_month", "%.2f", 1)
    row("property issues reaching the hotline per 1,000 households a month (anchor 6-7)", "property_hotline_per_1000hh_month", "%.2f", 1)
    row("fee collection rate (anchor 0.70-0.76)", "fee_collection_rate", "%.3f", 1)
    row("property satisfaction (anchor about 0.63)", "satisfaction_property_mean", "%.3f", 1)
    row("trust in the branch and community", "trust_mean", "%.3f", 1)
    row("property companies mean effort", "property_effort_mean", "%.3f", 1)
    row("mean resolution days", "resolution_days_mean", "%.2f", 1)
    row("share settled in the compound or grid, repairs aside", "share_settled_in_compound_non_repair", "%.3f", 1)
    printf "\n| disputes by issue type (share of all disputes) | before | after |\n|---|---|---|\n"
    n = split("repair property_service parking neighbour illegal_construction ev_charging thrown_objects security shared_infrastructure elderly_care flood_hazard renovation emergency", types, " ")
    for (i = 1; i <= n; i++) {
      k = types[i] "_disputes_per_1000hh_month"
      printf "| %s | %s | %s |\n", types[i], share(b, k, "disputes_per_1000hh_month"), share(a, k, "disputes_per_1000hh_month")
    }
    printf "\n| where disputes arose (share of all disputes) | before | after |\n|---|---|---|\n"
    n = split("unreported called_in at_self at_property at_building_group at_grid at_branch at_hall at_community at_department", where, " ")
    for (i = 1; i <= n; i++) {
      k = "disputes_" where[i] "_share"
      printf "| %s | %s | %s |\n", where[i], cell(b, k, "%.0f%%", 100), cell(a, k, "%.0f%%", 100)
    }
  }' "$work/before.means" "$work/after.means" > "$table"

for doc in README.md docs/ODD.md; do
  grep -qxF "<!-- baseline-before-after.sh -->" "$doc" || continue
  awk -v file="$table" '
    $0 == "<!-- baseline-before-after.sh -->" { print; while ((getline line < file) > 0) print line; skip = 1; next }
    $0 == "<!-- /baseline-before-after.sh -->" { skip = 0 }
    !skip { print }' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
done
echo "README.md and docs/ODD.md updated from the runs in $work" >&2
