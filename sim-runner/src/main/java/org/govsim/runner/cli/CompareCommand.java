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
            List<ScenarioResults> results = ResultsReader.readAll(dirs);
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
        }
        out.flush();
        return GovsimCommand.OK;
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
