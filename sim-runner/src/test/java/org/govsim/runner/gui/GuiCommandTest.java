package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govsim gui} on a machine without a display (the tests run headless): bad input is reported first, then
 * the missing display, each in a sentence and with exit code 2, never with a stack trace.
 */
class GuiCommandTest {
    @TempDir
    Path tmp;

    @Test
    void withoutADisplayItSaysSoAndExits2() {
        GuiFixtures.Result r = GuiFixtures.govsim("gui", GuiFixtures.baselineFile().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("govsim gui needs a display"), r.err());
        assertTrue(r.err().contains("xvfb-run"), "it says what to do: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());

        GuiFixtures.Result chooser = GuiFixtures.govsim("gui");
        assertEquals(2, chooser.exitCode());
        assertTrue(chooser.err().contains("needs a display"), chooser.err());
    }

    @Test
    void badInputIsReportedBeforeTheDisplayIsLookedFor() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "levels:\n  branch:\n    coverage: 2\n");
        GuiFixtures.Result r = GuiFixtures.govsim("gui", bad.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("bad.yaml:3") && r.err().contains("levels.branch.coverage"), r.err());

        GuiFixtures.Result noRun = GuiFixtures.govsim("gui", "--replay", tmp.toString());
        assertEquals(2, noRun.exitCode());
        assertTrue(noRun.err().contains("--replay needs --run"), noRun.err());

        GuiFixtures.Result noBatch = GuiFixtures.govsim("gui", "--replay", tmp.toString(), "--run", "0");
        assertEquals(2, noBatch.exitCode());
        assertTrue(noBatch.err().contains("manifest.json: not found"), noBatch.err());

        GuiFixtures.Result notACheckpoint = GuiFixtures.govsim("gui", "--checkpoint", bad.toString());
        assertEquals(2, notACheckpoint.exitCode());
        assertTrue(notACheckpoint.err().contains("is not a checkpoint"), notACheckpoint.err());

        GuiFixtures.Result both = GuiFixtures.govsim("gui", bad.toString(), "--checkpoint", bad.toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("give one of SCENARIO, --replay or --checkpoint"), both.err());
    }

    @Test
    void helpHasExamples() {
        GuiFixtures.Result r = GuiFixtures.govsim("gui", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Examples:") && r.out().contains("--replay"), r.out());
    }
}
