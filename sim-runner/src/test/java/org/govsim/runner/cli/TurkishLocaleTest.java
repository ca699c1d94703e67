package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a Turkish default locale, where "I".toLowerCase() is a dotless ı and "i".toUpperCase() a dotted İ, a run
 * with branches (whose formation methods are enum names turned into parameter paths) works and writes the same
 * bytes as under the root locale: every case conversion in the code names its locale.
 */
class TurkishLocaleTest {
    @TempDir
    Path tmp;

    @Test
    void aRunUnderTheTurkishLocaleWritesWhatTheRootLocaleWrites() throws Exception {
        String scenario = Cli.scenario("meilan-2025.yaml").toString();
        Locale saved = Locale.getDefault();
        Cli turkish;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            turkish = Cli.run("run", scenario, "-r", "1", "--days", "60", "--set", "run.burnInDays=30", "--out", tmp.resolve("tr").toString(),
                    "--quiet");
        } finally {
            Locale.setDefault(saved);
        }
        assertEquals(0, turkish.exitCode(), turkish.err());
        Cli root = Cli.run("run", scenario, "-r", "1", "--days", "60", "--set", "run.burnInDays=30", "--out", tmp.resolve("root").toString(),
                "--quiet");
        assertEquals(0, root.exitCode(), root.err());
        for (String file : new String[] {"runs.csv", "timeseries.csv", "compounds.csv"}) {
            String tr = Files.readString(tmp.resolve("tr").resolve(file), StandardCharsets.UTF_8);
            assertFalse(tr.contains("ı") || tr.contains("İ"), file + " has a Turkish dotless or dotted i");
            assertEquals(Files.readString(tmp.resolve("root").resolve(file), StandardCharsets.UTF_8), tr, file);
        }
        assertTrue(Files.readString(tmp.resolve("tr").resolve("runs.csv")).contains("repair_per_1000hh_month"));
    }
}
