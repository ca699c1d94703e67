package org.govsim.runner.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govsim.model.ModelCatalog;
import org.govsim.model.lever.Lever;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.metrics.MetricDef.Scope;
import org.govsim.model.param.ParamDef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code govsim metrics}: every column the model writes (runs.csv, timeseries.csv, compounds.csv) with its unit,
 * meaning in English and Chinese, the part of the model that writes it, and which way is better. Read from the
 * metric declarations, so it is the outputs' documentation that cannot drift from them.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "List every output column (runs.csv, timeseries.csv, compounds.csv): unit, meaning, the part of the model that "
                + "writes it, which way is better and the practical threshold the comparisons use.",
        footer = {"", "Examples:", "  govsim metrics", "  govsim metrics --file compounds", "  govsim metrics --markdown --file runs"})
public final class MetricsCommand implements Callable<Integer> {

    /** The output files, each with the scope of the metrics it holds. */
    enum OutputFile {
        runs(Scope.RUN, "runs.csv"), timeseries(Scope.MONTH, "timeseries.csv"), compounds(Scope.COMPOUND, "compounds.csv");

        final Scope scope;
        final String file;

        OutputFile(Scope scope, String file) {
            this.scope = scope;
            this.file = file;
        }
    }

    @Option(names = "--file", paramLabel = "FILE", description = "Only one file's columns: ${COMPLETION-CANDIDATES}.")
    OutputFile only;

    @Option(names = "--markdown", description = "Print Markdown tables (for docs/ODD.md) instead of plain columns.")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> writers = writers();
        boolean first = true;
        for (OutputFile f : OutputFile.values()) {
            if (only != null && only != f) {
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            List<MetricDef> defs = columns(f);
            if (markdown) {
                out.printf(Locale.ROOT, "**%s** (%d columns after its identity columns)%n%n", f.file, defs.size());
                out.println("| Column | Unit | Meaning | 中文 | From | Better |");
                out.println("|---|---|---|---|---|---|");
            } else {
                out.printf(Locale.ROOT, "%s%n%-46s %-24s %-10s %s%n", f.file, "COLUMN", "UNIT", "FROM", "MEANING");
            }
            for (MetricDef d : defs) {
                String from = writers.getOrDefault(d.column(), "core");
                if (markdown) {
                    out.printf(Locale.ROOT, "| `%s` | %s | %s | %s | %s | %s |%n", d.column(), d.unit(), meaning(d), d.labelZh(), from,
                            better(d));
                } else {
                    out.printf(Locale.ROOT, "%-46s %-24s %-10s %s%n", d.column(), d.unit(), from, meaning(d));
                }
            }
        }
        out.flush();
        return GovsimCommand.OK;
    }

    /** A file's metric columns in the order the file has them; compounds.csv also holds the counters kept compound by compound. */
    static List<MetricDef> columns(OutputFile f) {
        List<MetricDef> defs = new ArrayList<>(ModelCatalog.metrics().of(f.scope));
        if (f == OutputFile.compounds) {
            for (MetricDef d : ModelCatalog.metrics().counters()) {
                if (d.byCompound()) {
                    defs.add(d);
                }
            }
        }
        return defs;
    }

    /** Which lever declares each column; the rest are the core's. */
    private static Map<String, String> writers() {
        Map<String, String> w = new LinkedHashMap<>();
        for (Lever<?> l : ModelCatalog.levers()) {
            for (MetricDef d : l.metrics()) {
                w.put(d.column(), l.name());
            }
        }
        return w;
    }

    private static String meaning(MetricDef d) {
        String m = d.label();
        if (d.description() != null && !d.description().isEmpty()) {
            m += ", " + d.description();
        }
        if (d.ratio() != null) {
            m += " (" + d.ratio().numerator() + " ÷ " + d.ratio().denominator() + ")";
        }
        return m;
    }

    private static String better(MetricDef d) {
        return switch (d.better()) {
            case LOWER -> "lower, by " + ParamDef.format(d.threshold());
            case HIGHER -> "higher, by " + ParamDef.format(d.threshold());
            case NEITHER -> d.threshold() > 0 ? "neither (" + ParamDef.format(d.threshold()) + ")" : "neither";
        };
    }
}
