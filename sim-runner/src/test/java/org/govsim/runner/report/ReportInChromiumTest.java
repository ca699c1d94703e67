package org.govsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsim.runner.analysis.Comparison;
import org.govsim.runner.output.Provenance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report opened in headless Chromium (Debian's {@code chromium}) renders every chart and logs nothing to the
 * console. A small script is added to a copy of the report (the report itself has none): on the load event it
 * marks the body with how many images there are and how many decoded ({@code complete && naturalWidth > 0}), and
 * the dumped DOM is read back. Console messages appear on stderr as ":CONSOLE" lines; a page without scripts
 * should log none. Skipped, with a message, where Chromium is not installed. Each launch takes 2 to 5 s.
 */
class ReportInChromiumTest {
    private static final Pattern MARK = Pattern.compile("data-images=\"(\\d+):(\\d+)\"");
    private static final String CHECK = "<script>window.addEventListener('load', function () {"
            + " var images = Array.prototype.slice.call(document.images);"
            + " var decoded = images.filter(function (i) { return i.complete && i.naturalWidth > 0; }).length;"
            + " document.body.setAttribute('data-images', images.length + ':' + decoded); });</script>";

    @TempDir
    static Path tmp;

    private static Path chromium;
    private static Path report;
    private static int charts;

    /** A browser's output: the DOM it dumped and what it logged. */
    private record Rendered(String dom, String log) {
        List<String> consoleLines() {
            return log.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
        }
    }

    @BeforeAll
    static void writeTheReport() throws Exception {
        Optional<Path> found = onPath("chromium");
        Assumptions.assumeTrue(found.isPresent(), "chromium is not installed (Debian: apt-get install chromium): the report's "
                + "rendering is not checked");
        chromium = found.get();
        Comparison c = ReportFixtures.threeScenarios(tmp.resolve("in"), true);
        ComparisonReport.Written w = ComparisonReport.write(c, tmp.resolve("out"), null,
                new Provenance("test", "feedbeef", false, "Java test"), Instant.now());
        report = w.report();
        charts = ReportCharts.draw(c).size();
    }

    @Test
    void rendersEveryChartWithoutConsoleErrors() throws Exception {
        Rendered r = open(withScript(report, CHECK, "checked.html"));
        Matcher m = MARK.matcher(r.dom());
        assertTrue(m.find(), "the load event fired and the check ran; DOM starts: " + r.dom().substring(0, Math.min(300, r.dom().length())));
        assertEquals(charts, Integer.parseInt(m.group(1)), "every chart is an image of the page");
        assertEquals(charts, Integer.parseInt(m.group(2)), "every image decoded");
        assertTrue(r.dom().contains("id=\"summary\"") && r.dom().contains("Differences against baseline"));
        assertEquals(List.of(), r.consoleLines(), "nothing logged to the console");
    }

    @Test
    void theConsoleCheckCatchesAnError() throws Exception {
        // the check above would pass vacuously if console errors did not reach the log: show that one does
        Rendered r = open(withScript(report, CHECK + "<script>notDefinedAnywhere();</script>", "broken.html"));
        assertTrue(r.consoleLines().stream().anyMatch(l -> l.contains("notDefinedAnywhere")), r.log());
    }

    private static Path withScript(Path html, String script, String name) throws IOException {
        String page = Files.readString(html);
        int end = page.lastIndexOf("</body>");
        Path copy = html.resolveSibling(name);
        Files.writeString(copy, page.substring(0, end) + script + page.substring(end));
        return copy;
    }

    private static Rendered open(Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "profile");
        Path out = Files.createTempFile(tmp, "dom", ".html");
        Path err = Files.createTempFile(tmp, "log", ".txt");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom",
                page.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!p.waitFor(50, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 50 s: " + Files.readString(err));
        }
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "chromium failed: " + log);
        return new Rendered(Files.readString(out, StandardCharsets.UTF_8), log);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
