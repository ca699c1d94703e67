package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govsim.runner.experiment.PrecisionTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govsim run --precision}: replications are added until the intervals are narrow enough, or the maximum. */
class RunPrecisionTest {
    private static final List<String> SMALL = List.of("--days", "120", "--set", "district.compounds=30", "--set", "run.burnInDays=60",
            "--threads", "2");

    @TempDir
    Path tmp;

    private Cli run(String... args) {
        List<String> all = new ArrayList<>(List.of("run", Cli.scenario("baseline.yaml").toString()));
        all.addAll(List.of(args));
        all.addAll(SMALL);
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void aLoosePrecisionIsReachedByTheFirstBatch() throws IOException {
        // satisfaction varies by well under 1% between replications of even a small district
        Cli r = run("--precision", "20%", "--metrics", "satisfaction_mean", "--replications", "3", "--out", tmp.resolve("loose").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("precision ±20% reached after 3 replications in 1 batch (widest: satisfaction_mean ±"), r.out());
        assertEquals(4, Files.readAllLines(tmp.resolve("loose/runs.csv")).size());
    }

    @Test
    void anUnreachablePrecisionStopsAtTheMaximumAndExtendsTheSameSeeds() throws IOException {
        // 0.01% of the mean is out of reach for six small replications: 3, then min(2n, need) = 6
        Cli r = run("--precision", "0.01%", "--replications", "3", "--max-replications", "6", "--seed", "4", "--out",
                tmp.resolve("tight").toString());
        // not reached: exit code 1, said on stderr and marked in the manifest
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("precision ±0.01% NOT reached after 6 replications"), r.err());
        assertTrue(r.out().contains("baseline: 6 replications"), r.out());
        var manifest = new ObjectMapper().readTree(tmp.resolve("tight/manifest.json").toFile());
        assertEquals(6, manifest.get("replications").asInt());
        assertFalse(manifest.get("precision").get("reached").asBoolean());
        assertTrue(manifest.get("rerun").asText().endsWith("--replications 6"), manifest.get("rerun").asText());
        // the adaptive batch is the plain batch of the same size: same seeds, same bytes
        Cli plain = run("--replications", "6", "--seed", "4", "--quiet", "--out", tmp.resolve("plain").toString());
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(Files.readString(tmp.resolve("plain/runs.csv")), Files.readString(tmp.resolve("tight/runs.csv")));
    }

    @Test
    void precisionIsReadAsAPercentageOrAShare() {
        assertEquals(0.05, PrecisionTarget.parse("5%"), 1e-15);
        assertEquals(0.05, PrecisionTarget.parse("0.05"), 1e-15);
        assertEquals(0.005, PrecisionTarget.parse(" 0.5 % "), 1e-15);
    }

    @Test
    void badPrecisionOptionsAreRefusedBeforeAnythingRuns() {
        Path never = tmp.resolve("never");
        Cli five = run("--precision", "5", "--out", never.toString());
        assertEquals(2, five.exitCode());
        assertTrue(five.err().contains("5% or 0.05"), five.err());
        Cli max = run("--max-replications", "20", "--out", never.toString());
        assertEquals(2, max.exitCode());
        assertTrue(max.err().contains("--max-replications needs --precision"), max.err());
        Cli below = run("--precision", "5%", "--replications", "10", "--max-replications", "5", "--out", never.toString());
        assertEquals(2, below.exitCode());
        Cli metric = run("--precision", "5%", "--metrics", "nonsense", "--out", never.toString());
        assertEquals(2, metric.exitCode());
        assertTrue(metric.err().contains("nonsense is not a runs.csv metric"), metric.err());
        assertFalse(Files.exists(never));
    }
}
