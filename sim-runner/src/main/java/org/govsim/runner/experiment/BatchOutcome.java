package org.govsim.runner.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govsim.runner.analysis.SummaryTable;
import org.govsim.runner.output.CsvTable;

/**
 * What a batch did, and its exit code: 0 when every run was made, 1 when a run failed or {@code --precision} was
 * not reached (the manifest says which).
 *
 * @param precisionNote what {@code --precision} reached, or null
 * @param analysesText  what the whole batch's analyses print, or null
 */
public record BatchOutcome(ExperimentPlan plan, Path dir, long done, long failed, long planned, double seconds, String precisionNote,
                           boolean precisionMissed, String analysesText) {

    static BatchOutcome alreadyComplete(Path dir) {
        return new BatchOutcome(null, dir, -1, 0, 0, 0, null, false, null);
    }

    public int exitCode() {
        return failed > 0 || done < planned || precisionMissed ? BatchRun.RUN_FAILED : BatchRun.OK;
    }

    /** Prints the result: errors always, the summary unless quiet. */
    public void report(PrintWriter out, PrintWriter err, boolean quiet) throws IOException {
        if (plan == null) {
            if (!quiet) {
                out.println(dir + " is complete; nothing to run");
            }
            out.flush();
            return;
        }
        String name = plan.scenario().name();
        if (failed > 0) {
            err.println("govsim: " + failed + " run(s) failed; see " + dir.resolve("failures.csv") + " (run again with --resume --out "
                    + dir + " to retry them)");
        }
        if (precisionMissed) {
            err.println("govsim: " + precisionNote + "; marked in " + dir.resolve("manifest.json") + " (precision.reached: false)");
        }
        if (!quiet) {
            if (plan.isExperiment()) {
                out.printf(Locale.ROOT, "%s: %d runs done, %d failed, %.1f s, results in %s%n", name, done, failed, seconds, dir);
            } else {
                out.printf(Locale.ROOT, "%s: %d replications, %.1f s, results in %s%n", name, done + failed, seconds, dir);
                if (precisionNote != null && !precisionMissed) {
                    out.println(precisionNote);
                }
                if (done > 0) {
                    out.print(SummaryTable.render(keyMetrics(dir.resolve("runs.csv"))));
                }
            }
            if (analysesText != null) {
                out.print(analysesText);
            }
        }
        out.flush();
        err.flush();
    }

    /** The key metrics of runs.csv, read line by line: memory is a few numbers per run. */
    private static Map<String, double[]> keyMetrics(Path runsCsv) throws IOException {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8)) {
            List<String> header = CsvTable.cells(in.readLine());
            for (String m : SummaryTable.KEY_METRICS) {
                values.put(m, new ArrayList<>());
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> cells = CsvTable.cells(line);
                for (String m : SummaryTable.KEY_METRICS) {
                    int c = header.indexOf(m);
                    values.get(m).add(c < 0 || c >= cells.size() ? Double.NaN : CsvTable.number(cells.get(c)));
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }
}
