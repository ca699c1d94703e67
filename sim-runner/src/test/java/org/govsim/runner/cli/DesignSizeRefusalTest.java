package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A design too large to run is refused by validate and by run --dry-run alike: exit code 2, the setting to lower, nothing written. */
class DesignSizeRefusalTest {
    @TempDir
    Path tmp;

    @Test
    void validateAndDryRunRefuseATooLargeDesignBeforeGeneratingIt() throws Exception {
        Path f = tmp.resolve("huge.yaml");
        Files.writeString(f, """
                name: huge
                experiment:
                  design: SOBOL
                  samples: 10000000
                  uncertainties:
                    patience.medianDays: {min: 10, max: 60}
                    patience.exitProb: {min: 0, max: 1}
                    levels.branch.coverage: {min: 0, max: 1}
                    levels.branch.strength: {min: 0, max: 1}
                    hall.coverage: {min: 0, max: 1}
                """);
        Cli validate = Cli.run("validate", f.toString());
        assertEquals(2, validate.exitCode(), validate.err());
        assertTrue(validate.err().contains("huge.yaml:4: experiment.samples: the design has 70,000,000 points"), validate.err());
        assertTrue(validate.err().contains("lower samples to at most 142,857"), validate.err());
        Path out = tmp.resolve("out");
        Cli dry = Cli.run("run", f.toString(), "--dry-run", "--out", out.toString());
        assertEquals(2, dry.exitCode(), dry.err());
        assertTrue(dry.err().contains("lower samples to at most 142,857"), dry.err());
        assertFalse(dry.err().contains("Exception") || dry.err().contains("OutOfMemoryError"), dry.err());
        assertFalse(Files.exists(out), "nothing is written");
    }
}
