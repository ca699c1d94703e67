#!/usr/bin/env bash
# Prints, as Markdown, the calibration tables of docs/ODD.md ("Calibration and validation") and README.md ("Calibration"),
# so that no figure in them is typed by hand:
#   0. the shipped values: every parameter whose source says "calibrated", from `govsim params --markdown`;
#   1. each fit's posterior (median and 90% interval of every free parameter, against its prior), read from the
#      manifest.json that `govsim calibrate` wrote in the fit's folder, with the fit's generations and wall time;
#   2. each fit's targets against the posterior predictive (fit.csv of the fit);
#   3. the shipped case scenarios against their targets: `govsim calibrate <file> --check` with R replications of
#      scenarios/calibration/meilan-check.yaml (Meilan at full size), yindu-check.yaml and yongshou.yaml (held out),
#      the last with each prediction's ratio to the article's figure ("N+" read as N).
#
# Usage: docs/calibration-tables.sh [--meilan-fit DIR] [--yindu-fit DIR] [--station-fit DIR] [--replications R] [--work DIR]
#   --meilan-fit, --yindu-fit, --station-fit
#                              folders of finished calibrations (default results/meilan-fit, results/yindu-fit,
#                              results/station-fit; the commands that make them are in scenarios/calibration/meilan.yaml,
#                              yindu.yaml and junyuwan-station.yaml)
#   --replications             replications of each check (default 10)
#   --work                     where the checks write (default results/calibration-checks; emptied first)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
meilan_fit="$root/results/meilan-fit"
yindu_fit="$root/results/yindu-fit"
station_fit="$root/results/station-fit"
reps=10
work="$root/results/calibration-checks"
while [ $# -gt 0 ]; do
  case "$1" in
    --meilan-fit) meilan_fit="$2"; shift 2 ;;
    --yindu-fit) yindu_fit="$2"; shift 2 ;;
    --station-fit) station_fit="$2"; shift 2 ;;
    --replications) reps="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "calibration-tables: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
command -v python3 >/dev/null || { echo "calibration-tables: needs python3" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$work"
for check in meilan-check yindu-check yongshou; do
  "$root/govsim" calibrate "$root/scenarios/calibration/$check.yaml" --check --replications "$reps" --threads 2 --quiet \
      --out "$work/$check" >&2
done

"$root/govsim" params --markdown > "$work/params.md"

python3 - "$meilan_fit" "$yindu_fit" "$station_fit" "$work" "$reps" <<'PY'
import csv, json, os, sys
from datetime import datetime

meilan_fit, yindu_fit, station_fit, work, reps = sys.argv[1:6]

def num(x):
    x = float(x)
    if x == 0:
        return "0"
    a = abs(x)
    if a >= 1000:
        return f"{x:,.0f}"
    if a >= 100:
        return f"{x:.0f}"
    if a >= 10:
        return f"{x:.1f}"
    if a >= 1:
        return f"{x:.2f}"
    return f"{x:.3f}"

def observed(r):
    if r["min"]:
        return f"≥ {num(r['min'])}" + (f" (sd {num(r['sd'])})" if r["sd"] else "")
    return f"{num(r['value'])} ± {num(r['sd'])}"

def fit_table(folder, title, ratio=False):
    rows = list(csv.DictReader(open(os.path.join(folder, "fit.csv"), encoding="utf-8")))
    print(f"**{title}**\n")
    head = "| target | source | observed | simulated mean | 90% interval | within |"
    rule = "|---|---|---|---|---|---|"
    if ratio:
        head += " predicted ÷ observed |"
        rule += "---|"
    print(head)
    print(rule)
    for r in rows:
        line = (f"| {r['target']} | {r['source']} | {observed(r)} | {num(r['simulated_mean'])} | "
                f"[{num(r['predictive_5'])}, {num(r['predictive_95'])}] | {r['within']} |")
        if ratio:
            fig = float(r["value"] or r["min"])
            line += f" {float(r['simulated_mean']) / fig:.2f} |"
        print(line)
    print()

def posterior(folder, title):
    m = json.load(open(os.path.join(folder, "manifest.json"), encoding="utf-8"))
    start = datetime.fromisoformat(m["startTime"].replace("Z", "+00:00")[:26] + "+00:00")
    end = datetime.fromisoformat(m["endTime"].replace("Z", "+00:00")[:26] + "+00:00")
    gens = m["generations"]
    sims = sum(g["proposals"] for g in gens)
    print(f"**{title}**: {len(gens)} generations, {sims} proposals of {m['replications']} replication(s), "
          f"{m['particles']} particles, stopped because {m['stopReason']}; final tolerance {num(gens[-1]['tolerance'])}; "
          f"wall time of its last invocation {(end - start).total_seconds() / 60:.1f} minutes on {m['threads']} threads; effective sample "
          f"size by generation: {', '.join(str(round(g['effectiveSampleSize'])) for g in gens)}. Rerun: `{m['rerun']}`\n")
    print("| parameter | prior | posterior median | 90% interval |")
    print("|---|---|---|---|")
    for p in m["posterior"]:
        lo, hi = p["interval90"]
        print(f"| `{p['path']}` | [{num(p['priorMin'])}, {num(p['priorMax'])}] | {num(p['median'])} | [{num(lo)}, {num(hi)}] |")
    print()

def shipped():
    print("**The shipped values** (the calibrated parameters of `govsim params`)\n")
    print("| parameter | shipped value | source |")
    print("|---|---|---|")
    for line in open(os.path.join(work, "params.md"), encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and cells[4].startswith("calibrated"):
            print(f"| {cells[0]} | {cells[1]} | {cells[4]} |")
    print()

shipped()
for folder, name in ((meilan_fit, "Meilan fit"), (yindu_fit, "Yindu fit"), (station_fit, "Junyuwan station fit")):
    if os.path.exists(os.path.join(folder, "manifest.json")):
        posterior(folder, name + " (" + os.path.relpath(folder) + ")")
        fit_table(folder, name + ": targets against the posterior predictive (every particle of the last generation)")
    else:
        print(f"_{name}: no finished calibration in {folder}_\n")
fit_table(os.path.join(work, "meilan-check"), f"Meilan at full size, shipped values ({reps} replications)")
fit_table(os.path.join(work, "yindu-check"), f"Yindu, shipped values ({reps} replications)")
fit_table(os.path.join(work, "yongshou"), f"Yongshou held out: predicted from the shipped values ({reps} replications)", ratio=True)
PY
