package org.govsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/** A run is a function of its parameters and seed. */
class DeterminismTest {

    @Test
    void sameSeedSameResult() {
        ModelConfig config = new ModelConfig(TestParams.small());
        RunResult a = new District(42, config).run();
        RunResult b = new District(42, config).run();
        assertEquals(a, b);
    }

    @Test
    void differentSeedsDiffer() {
        ModelConfig config = new ModelConfig(TestParams.small());
        assertNotEquals(new District(1, config).run().summary(), new District(2, config).run().summary());
    }

    @Test
    void theSameDistrictCanBeRunTwice() {
        District d = new District(9, new ModelConfig(TestParams.small()));
        RunResult first = d.run();
        assertEquals(first, d.run(), "start() must rebuild the world from the seed");
    }
}
