package org.govsim.model.lever;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.govsim.model.District;
import org.govsim.model.ModelCatalog;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered lever, switched off, leaves the run exactly as the baseline, whatever its other parameters say:
 * each parameter it declares is moved to another allowed value (the one that would switch it on is found by
 * asking the lever, not by its name) and the results must still be identical, seed for seed.
 */
class LeverOffTest {

    static Stream<String> levers() {
        return ModelCatalog.levers().stream().map(Lever::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levers")
    void leverOffIsTheBaseline(String name) {
        Lever<?> lever = ModelCatalog.lever(name).orElseThrow();
        ParamValues base = PairedEffect.small();
        assertFalse(lever.settings(base).enabled(), name + " is on in the defaults");
        ParamValues moved = base;
        int changed = 0;
        for (ParamDef d : lever.parameters()) {
            ParamValues next = moved.with(d.path(), otherValue(d));
            if (!lever.settings(next).enabled()) {
                moved = next;
                changed++;
            }
        }
        assertTrue(changed > 0 || lever.parameters().size() == 1, "no parameter of " + name + " could be moved");
        RunResult baseline = new District(77, new ModelConfig(base)).run();
        RunResult off = new District(77, new ModelConfig(moved)).run();
        assertEquals(baseline, off, name + " switched off must not change the run");
    }

    private static Object otherValue(ParamDef d) {
        return switch (d.type()) {
            case BOOL -> !(Boolean) d.defaultValue();
            case INT -> (Integer) d.defaultValue() == (int) d.max() ? (int) d.min() : (int) d.max();
            case REAL -> (Double) d.defaultValue() == d.max() ? d.min() : d.max();
            case CHOICE -> d.choices().stream().filter(c -> !c.equals(d.defaultValue())).findFirst().orElseThrow();
        };
    }
}
