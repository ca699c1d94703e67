package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 11, from the command line: {@code validate} and {@code run} refuse the same contradictions with the
 * same words, exit code 2, before anything runs, and write nothing.
 */
class ContradictionCliTest {
    @TempDir
    Path tmp;

    @Test
    void validateAndRunReportTheSameContradictionAndWriteNothing() throws Exception {
        Path f = tmp.resolve("floors.yaml");
        Files.writeString(f, "run:\n  days: 30\ndistrict:\n  compounds: 5\nbuildings:\n  oldFloorsMin: 9\n");
        String loader = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(f)).getMessage();
        assertTrue(loader.contains("floors.yaml:6: buildings.oldFloorsMin: contradiction"), loader);

        Cli v = Cli.run("validate", f.toString());
        assertEquals(2, v.exitCode());
        assertTrue(v.err().contains(loader), v.err());

        Path out = tmp.resolve("out");
        Cli r = Cli.run("run", f.toString(), "--out", out.toString(), "-r", "1", "--quiet");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(loader), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aSetThatContradictsAndADesignThatCanAreRefusedBeforeTheFirstRun() throws Exception {
        Path ok = tmp.resolve("ok.yaml");
        Files.writeString(ok, "run:\n  days: 30\n  burnInDays: 0\ndistrict:\n  compounds: 5\n");
        Path out = tmp.resolve("out");
        Cli set = Cli.run("run", ok.toString(), "--set", "buildings.newFloorsMin=40", "--out", out.toString(), "-r", "1", "--quiet");
        assertEquals(2, set.exitCode());
        assertTrue(set.err().contains("--set buildings.newFloorsMin: contradiction"), set.err());

        Path sweep = tmp.resolve("sweep.yaml");
        Files.writeString(sweep, "run:\n  days: 30\n  burnInDays: 0\ndistrict:\n  compounds: 5\nexperiment:\n  design: FACTORIAL\n"
                + "  replications: 1\n  policies:\n    buildings.oldFloorsMax: [3, 8]\n");
        Cli design = Cli.run("run", sweep.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, design.exitCode());
        assertTrue(design.err().contains("sweep.yaml:10: experiment.policies.buildings.oldFloorsMax: the design can make a contradiction"),
                design.err());
        Cli validate = Cli.run("validate", sweep.toString());
        assertEquals(2, validate.exitCode());
        assertTrue(validate.err().contains("experiment.policies.buildings.oldFloorsMax: the design can make a contradiction"), validate.err());
        assertFalse(Files.exists(out));
    }
}
