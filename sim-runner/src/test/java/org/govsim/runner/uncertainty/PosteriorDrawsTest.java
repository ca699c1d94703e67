package org.govsim.runner.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.govsim.runner.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Draws from a posterior.csv: the last generation only, by weight, deterministic from the seed; bad files refused with file and line. */
class PosteriorDrawsTest {
    @TempDir
    Path tmp;

    @Test
    void systematicResamplingDrawsEachParticleInProportionToItsWeightFromTheLastGeneration() throws Exception {
        Path file = tmp.resolve("posterior.csv");
        Files.writeString(file, "generation,particle,weight,distance,patience.medianDays,advisors.total\n"
                + "0,0,0.5,3.0,99.0,1\n0,1,0.5,2.0,98.0,2\n"
                + "1,0,0.5,1.0,20.0,10\n1,1,0.3,1.2,30.0,20\n1,2,0.2,1.5,40.0,30\n");
        ParameterDraws d = PosteriorDraws.read(file, 10, 7);
        assertEquals(10, d.size());
        Map<Double, Integer> count = new HashMap<>();
        for (Object[] row : d.rows()) {
            count.merge((Double) row[0], 1, Integer::sum);
            assertTrue(row[1] instanceof Integer, "an integer parameter is drawn as an integer");
        }
        // systematic resampling draws a particle of weight w floor(Kw) or ceil(Kw) times: here exactly 5, 3 and 2
        assertEquals(Map.of(20.0, 5, 30.0, 3, 40.0, 2), count);
        assertEquals(d.table(), PosteriorDraws.read(file, 10, 7).table(), "the same seed gives the same draws");
        assertTrue(d.table().contains("patience.medianDays,advisors.total\n20.0,10\n"), d.table());
    }

    @Test
    void anUnknownParameterOrAValueOutOfRangeIsRefusedWithTheFileAndLine() throws Exception {
        Path unknown = tmp.resolve("u.csv");
        Files.writeString(unknown, "generation,particle,weight,distance,patience.medianDay\n0,0,1,0,20\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> PosteriorDraws.read(unknown, 5, 1));
        assertTrue(e.getMessage().contains("u.csv:1: patience.medianDay: unknown parameter (did you mean 'patience.medianDays'?)"), e.getMessage());
        Path range = tmp.resolve("r.csv");
        Files.writeString(range, "generation,particle,weight,distance,levels.branch.coverage\n0,0,1,0,2.5\n");
        e = assertThrows(ScenarioException.class, () -> PosteriorDraws.read(range, 5, 1));
        assertTrue(e.getMessage().contains("r.csv:2: levels.branch.coverage: is 2.5, outside the allowed range"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> UncertaintySource.draws(range, 2, 1));
        assertTrue(e.getMessage().contains("--draws: must be in [3,"), e.getMessage());
    }
}
