package org.govsim.runner.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.govsim.runner.analysis.Formats;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.Provenance;

/**
 * report.html: the calibration on one self-contained page (charts embedded as PNG data, also written to
 * {@code charts/}): the posterior of each parameter against its prior, each pair of parameters, each target's fit,
 * the tolerance schedule, the method and the provenance. It holds no wall-clock time (manifest.json has it), so the
 * same calibration writes the same page.
 */
final class CalibrationReport {
    static final String NAME = "report.html";
    static final String CHARTS = "charts";
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:2rem auto;max-width:1100px;
            padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
            table{border-collapse:collapse;font-size:.85rem;margin:.8rem 0}
            th,td{border-bottom:1px solid #e3e3e3;padding:.25rem .5rem;text-align:right}th{background:#f4f4f4}
            td:first-child,th:first-child{text-align:left}.no{color:#b00}.meta,.note{color:#555;font-size:.9rem}
            figure{display:inline-block;margin:.6rem}figcaption{font-size:.8rem;color:#555;max-width:640px}
            code{font-size:.85rem}
            """;

    /** What the report shows, gathered by the command. */
    record Content(Calibration calibration, AbcSmc.Settings settings, List<Population> populations, String stopReason,
                   PosteriorSummary posterior, List<FitTable.Row> fit, Provenance provenance, String command) {
    }

    private CalibrationReport() {
    }

    static void write(Path dir, Content c) throws IOException {
        List<CalibrationCharts.Png> charts = charts(c);
        for (CalibrationCharts.Png png : charts) {
            AtomicFile.write(dir.resolve(CHARTS).resolve(png.name() + ".png"), png.bytes());
        }
        AtomicFile.write(dir.resolve(NAME), render(c, charts));
    }

    private static List<CalibrationCharts.Png> charts(Content c) {
        List<Prior> priors = c.calibration().spec().parameters();
        Population last = c.populations().get(c.populations().size() - 1);
        double[] w = last.normalisedWeights();
        double[][] theta = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            theta[i] = ParameterPoint.asRun(priors, last.particles().get(i).theta());
        }
        List<CalibrationCharts.Png> charts = new ArrayList<>();
        for (int k = 0; k < priors.size(); k++) {
            double[] v = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                v[i] = theta[i][k];
            }
            charts.add(CalibrationCharts.parameter(k, priors.get(k), v, w));
        }
        for (int a = 0; a < priors.size(); a++) {
            for (int b = a + 1; b < priors.size(); b++) {
                charts.add(CalibrationCharts.pair(a, b, priors, theta));
            }
        }
        charts.add(CalibrationCharts.fit(c.fit()));
        charts.add(CalibrationCharts.schedule(c.populations()));
        return charts;
    }

    private static String render(Content c, List<CalibrationCharts.Png> charts) {
        Calibration cal = c.calibration();
        Population last = c.populations().get(c.populations().size() - 1);
        int simulations = c.populations().stream().mapToInt(Population::simulations).sum();
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>govsim calibration: ")
                .append(esc(cal.scenario().name())).append("</title>\n<style>").append(CSS).append("</style></head>\n<body>\n");
        h.append("<h1>Calibration of ").append(esc(cal.scenario().name())).append("</h1>\n<p class=\"meta\">")
                .append(cal.spec().parameters().size()).append(" free parameters, ").append(cal.spec().targets().size()).append(" targets; ")
                .append(c.populations().size()).append(" generations, ").append(simulations).append(" proposals × ")
                .append(c.settings().replications()).append(" replications. Stopped because ").append(esc(c.stopReason())).append(".</p>\n");

        h.append("<h2>Parameters</h2>\n<table><tr><th>parameter</th><th>prior</th><th>posterior median</th><th>90% interval</th></tr>\n");
        PosteriorSummary s = c.posterior();
        for (int k = 0; k < s.priors().size(); k++) {
            Prior p = s.priors().get(k);
            h.append("<tr><td><code>").append(esc(p.path())).append("</code></td><td>[").append(Formats.number(p.min())).append(", ")
                    .append(Formats.number(p.max())).append("]</td><td>").append(Formats.number(s.median()[k])).append("</td><td>[")
                    .append(Formats.number(s.low()[k])).append(", ").append(Formats.number(s.high()[k])).append("]</td></tr>\n");
        }
        h.append("</table>\n");
        figures(h, charts, "parameter-");
        if (s.priors().size() > 1) {
            h.append("<h2>Pairs of parameters</h2>\n<p class=\"note\">The last population's particles on the priors' ranges.</p>\n");
            figures(h, charts, "pair-");
        }

        h.append("<h2>Targets</h2>\n<table><tr><th>target</th><th>metric</th><th>observed</th><th>simulated mean</th>")
                .append("<th>90% predictive interval</th><th>within</th><th>source</th></tr>\n");
        for (FitTable.Row r : c.fit()) {
            h.append("<tr><td>").append(esc(r.target().name())).append("</td><td><code>").append(esc(FitTable.metric(r.target())))
                    .append("</code></td><td>").append(esc(observed(r.target()))).append("</td><td>").append(Formats.number(r.mean()))
                    .append("</td><td>[").append(Formats.number(r.low())).append(", ").append(Formats.number(r.high())).append("]</td><td")
                    .append(r.within() ? ">yes" : " class=\"no\">no").append("</td><td>").append(esc(r.target().source())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        figures(h, charts, "fit");

        h.append("<h2>Generations</h2>\n<table><tr><th>generation</th><th>tolerance ε</th><th>acceptance rate</th>")
                .append("<th>proposals</th><th>effective sample size</th><th>kernel mass in the prior box</th></tr>\n");
        for (Population p : c.populations()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%d</td><td>%s</td><td>%s</td><td>%d</td><td>%.0f</td><td>%s</td></tr>%n",
                    p.generation(), Formats.number(p.tolerance()), Formats.number(p.acceptance()), p.simulations(), p.effectiveSize(),
                    Formats.number(p.boxMass())));
        }
        h.append("</table>\n");
        figures(h, charts, "schedule");
        method(h, c.settings(), last);
        provenance(h, c);
        return h.append("</body></html>\n").toString();
    }

    private static void method(StringBuilder h, AbcSmc.Settings s, Population last) {
        h.append("<h2>Method</h2>\n<p>Approximate Bayesian computation by adaptive population Monte Carlo (Lenormand, Jabot &amp; ")
                .append("Deffuant 2013, “Adaptive approximate Bayesian computation for complex models”, Computational Statistics 28; ")
                .append("Beaumont, Cornuet, Marin &amp; Robert 2009, Biometrika 96). Each generation keeps the ").append(s.particles())
                .append(" particles closest to the observations; the first draws ").append(2 * s.particles())
                .append(" from the uniform priors, each later one proposes ").append(s.particles())
                .append(" by moving kept particles with a Gaussian kernel of twice their weighted covariance, truncated to the prior box, ")
                .append("and weights them by prior over proposal density. The distance is √Σ((simulated − observed)/sd)² over the targets ")
                .append("(a floor adds (floor − simulated)/scale only when short of it), the simulated value being the mean of ")
                .append(s.replications()).append(" replications. The run stops when a generation accepts fewer than ")
                .append(Formats.number(s.minAcceptance())).append(" of its proposals within the previous tolerance, ")
                .append(s.minTolerance() > 0 ? "once its tolerance is at or below " + Formats.number(s.minTolerance()) + " (a floor: the "
                        + "posterior is then exact for a model error uniform within that distance of the figures, Wilkinson 2013), " : "")
                .append("or after ").append(s.generations()).append(" generations. The posterior is the last population (effective sample size ")
                .append(String.format(Locale.ROOT, "%.0f", last.effectiveSize())).append("); the predictive intervals are of one run's ")
                .append("value, over every replication of every posterior particle.</p>\n");
    }

    private static void provenance(StringBuilder h, Content c) {
        Provenance p = c.provenance();
        h.append("<h2>Provenance</h2>\n<table>\n");
        row(h, "software", "govsim " + p.version());
        row(h, "git commit", p.gitCommit() + (p.gitDirty() ? " (with uncommitted changes)" : ""));
        row(h, "Java", p.java());
        row(h, "scenario files", String.join(", ", c.calibration().scenario().chain().stream().map(Path::toString).toList()));
        row(h, "seed", Long.toString(c.settings().seed()));
        row(h, "command", c.command());
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, String key, String value) {
        h.append("<tr><td>").append(esc(key)).append("</td><td style=\"text-align:left\"><code>").append(esc(value)).append("</code></td></tr>\n");
    }

    private static void figures(StringBuilder h, List<CalibrationCharts.Png> charts, String prefix) {
        for (CalibrationCharts.Png png : charts) {
            if (png.name().startsWith(prefix)) {
                h.append("<figure><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png.bytes()))
                        .append("\" width=\"").append(png.width()).append("\" height=\"").append(png.height()).append("\" alt=\"")
                        .append(esc(png.caption())).append("\"><figcaption>").append(esc(png.caption())).append(" (").append(CHARTS)
                        .append('/').append(esc(png.name())).append(".png)</figcaption></figure>\n");
            }
        }
    }

    static String observed(Target t) {
        if (t.observation() instanceof Observation.Point p) {
            return Formats.number(p.value()) + " ± " + Formats.number(p.sd());
        }
        return "≥ " + Formats.number(((Observation.AtLeast) t.observation()).min());
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : String.valueOf(s).toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
