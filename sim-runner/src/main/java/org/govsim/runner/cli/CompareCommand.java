package org.govsim.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.analysis.ComparisonTable;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.ResultsException;
import org.govsim.runner.analysis.ResultsReader;
import org.govsim.runner.analysis.ScenarioResults;
import org.govsim.runner.output.JsonFiles;
import org.govsim.runner.output.Manifest;
import org.govsim.runner.output.OutputFolder;
import org.govsim.runner.output.Provenance;
import org.govsim.runner.report.ComparisonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govsim compare}: policy options against a baseline, with statistics, charts and an HTML report. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare the results of `govsim run` folders: per scenario and metric the mean, sd, 95%% interval, median "
                + "and 90th percentile; each option against the baseline: the difference with its interval (paired by "
                + "runs when they built the same district on the same seeds, else Welch), simultaneous (Bonferroni) intervals, a verdict "
                + "per metric from its declared direction and practical threshold, a ranking; with runs on parameter draws "
                + "(run --uncertainty), the spread across the draws.",
                "Prints the comparison table and writes comparison.csv, statistics.csv, timeseries_summary.csv, charts/ (PNG and "
                + "SVG) and report.html (one self-contained file) to the output folder; files there are replaced."},
        footer = {"", "Examples:",
                "  govsim compare results/baseline-20261126-235507 results/branches-20261127-001210",
                "  govsim compare results/a results/b results/c --baseline a --metrics disputes_per_1000hh_month,satisfaction_mean",
                "  govsim compare results/a results/b --report fees.html --out results/fees-comparison",
                "", "Exit codes: 0 success, 2 bad input (a folder without runs.csv, an unknown metric or baseline)."})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RESULTS_DIR", description = "Folders written by `govsim run` (each with runs.csv).")
    List<Path> dirs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: results/compare-<UTC timestamp>).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No table on the terminal.")
    boolean quiet;

    @Mixin
    ComparisonOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Instant now = Instant.now();
        String problem = out == null ? null : outputProblem(out, options.report);
        if (problem != null) {
            spec.commandLine().getErr().println("govsim compare: " + problem);
            return GovsimCommand.BAD_INPUT;
        }
        Path folder = out != null ? out : OutputFolders.forComparison(null, now);
        int code = compare(dirs, options, Map.of(), folder, quiet, spec.commandLine().getOut(), spec.commandLine().getErr());
        if (out == null && code != GovsimCommand.OK) {
            OutputFolders.release(folder);
        }
        return code;
    }

    /**
     * Reads the folders (each must be a finished run's), compares, prints the table and writes the outputs; the exit
     * code. The output folder and the report's place are checked, and the folder taken, before anything is written.
     */
    static int compare(List<Path> dirs, ComparisonOptions options, Map<String, String> matched, Path folder, boolean quiet, PrintWriter out,
                       PrintWriter err) throws IOException {
        Comparison c;
        List<ScenarioResults> results;
        String problem = outputProblem(folder, options.report);
        if (problem != null) {
            err.println("govsim compare: " + problem);
            err.flush();
            return GovsimCommand.BAD_INPUT;
        }
        try {
            for (Path d : dirs) {
                if (Files.isDirectory(d)) {
                    Manifest.readComplete(d, "govsim compare");
                }
            }
            results = ResultsReader.readAll(dirs);
            c = matched.isEmpty() ? Comparison.of(results, options.baseline, options.metrics())
                    : Comparison.matched(results, matched, options.metrics());
        } catch (ResultsException | JsonFiles.Unreadable e) {
            err.println("govsim compare: " + e.getMessage());
            err.flush();
            return GovsimCommand.BAD_INPUT;
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        List<String> cases = caseCompounds(results);
        ComparisonReport.Written written;
        try (OutputFolder taken = OutputFolder.take(folder, "govsim compare")) {
            written = ComparisonReport.write(c, folder, options.report, Provenance.current(), Instant.now(), options.language());
        } catch (OutputFolder.Unusable e) {
            err.println("govsim compare: " + e.getMessage());
            err.flush();
            return GovsimCommand.BAD_INPUT;
        }
        if (!quiet) {
            Language lang = options.language();
            out.print(ComparisonTable.render(c, lang));
            out.println(lang.pick("report: ", "报告：") + written.report() + lang.pick("   tables and charts: ", "   数据表与图表：") + folder);
            if (!cases.isEmpty()) {
                out.println(lang.pick("case compounds in every folder: ", "各结果中的案例小区：") + String.join(", ", cases)
                        + lang.pick(" (compare one's figures with --metrics NAME:COLUMN, e.g. ", "（用 --metrics 名称:列 比较其指标，如 ")
                        + cases.get(0) + ":property_disputes_per_1000hh_month" + lang.pick(")", "）"));
            }
        }
        out.flush();
        return GovsimCommand.OK;
    }

    /** The case compounds (named rows of compounds.csv) that every folder has, in the first folder's order. */
    private static List<String> caseCompounds(List<ScenarioResults> results) {
        List<String> names = new java.util.ArrayList<>();
        for (String column : results.get(0).metricColumns()) {
            int colon = column.indexOf(':');
            String name = colon > 0 ? column.substring(0, colon) : null;
            if (name != null && !names.contains(name)
                    && results.stream().allMatch(r -> r.metricColumns().contains(name + ":property_disputes_per_1000hh_month"))) {
                names.add(name);
            }
        }
        return names;
    }

    /** What is wrong with the comparison's folder or the report's place, or null; writes nothing that stays. */
    static String outputProblem(Path folder, Path report) {
        String problem = OutputFolder.problem(folder);
        if (problem != null || report == null) {
            return problem;
        }
        if (Files.isDirectory(report)) {
            return "--report " + report + ": is a folder; name the HTML file to write";
        }
        Path parent = report.toAbsolutePath().normalize().getParent();
        problem = OutputFolder.problem(parent);
        if (problem != null) {
            return "--report " + report + ": " + problem;
        }
        if (Files.isDirectory(parent)) {
            try {
                Files.delete(Files.createTempFile(parent, ".govsim-probe-", ".tmp"));
            } catch (IOException | SecurityException e) {
                return "--report " + report + ": cannot be written in " + parent + " (" + e.getClass().getSimpleName() + ")";
            }
        }
        return null;
    }
}
