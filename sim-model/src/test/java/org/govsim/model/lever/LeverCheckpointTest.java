package org.govsim.model.lever;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sim.engine.SimState;

/**
 * Every lever, switched on, survives MASON's checkpoint: a run serialised on day 100 (the lever's state, processes,
 * hooks and streams with it) and read back ends exactly as the uninterrupted run. Each lever is switched on as its
 * first claim in {@link LeverEffectTest} switches it on.
 */
class LeverCheckpointTest {

    static Stream<String> levers() {
        return switchedOn().keySet().stream();
    }

    private static Map<String, ParamValues> switchedOn() {
        Map<String, ParamValues> on = new LinkedHashMap<>();
        for (LeverEffectTest.Claim c : LeverEffectTest.claims()) {
            on.putIfAbsent(c.lever(), c.with());
        }
        return on;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levers")
    void aRunSavedAtDay100EndsAsTheUninterruptedRun(String lever) throws Exception {
        ModelConfig config = new ModelConfig(switchedOn().get(lever));
        RunResult uninterrupted = new District(31, config).run();

        District district = new District(31, config);
        district.start();
        while (district.schedule.getTime() < 100) {
            assertTrue(district.schedule.step(district), "the run ended before day 100");
        }
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        district.writeToCheckpoint(saved);
        assertHoldsNoLambda(saved.toByteArray(), lever);
        District reopened = (District) SimState.readFromCheckpoint(new ByteArrayInputStream(saved.toByteArray()));
        reopened.advanceToEnd();
        assertEquals(uninterrupted, reopened.result(), lever + " reopened from a checkpoint must end as the uninterrupted run");
    }

    /** A checkpoint holds named classes only: a lambda would tie it to one compiled build (and the reader refuses it). */
    private static void assertHoldsNoLambda(byte[] checkpoint, String lever) throws Exception {
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(checkpoint)))) {
            in.setObjectInputFilter(i -> i.serialClass() == java.lang.invoke.SerializedLambda.class
                    ? java.io.ObjectInputFilter.Status.REJECTED : java.io.ObjectInputFilter.Status.UNDECIDED);
            org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> in.readObject(), lever + "'s state must hold no lambda");
        }
    }
}
