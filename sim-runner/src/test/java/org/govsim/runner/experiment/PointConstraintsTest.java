package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last guard before the first run: a plan whose points break a rule over several parameters is refused with exit
 * code 2 naming the point and the factor, and nothing is written. The loader refuses such designs first; a scenario
 * changed after loading (as the GUI and tests change one) reaches this guard.
 */
class PointConstraintsTest {
    @TempDir
    Path tmp;

    @Test
    void aPointThatBreaksARuleIsRefusedBeforeAnyRun() throws Exception {
        Path f = TinyExperiments.write(tmp, "floors.yaml", "name: floors\n" + TinyExperiments.DISTRICT + """
                experiment:
                  design: FACTORIAL
                  replications: 1
                  policies:
                    buildings.oldFloorsMin: [4, 6]
                """);
        Scenario loaded = TinyExperiments.load(f);
        assertNull(PointConstraints.problem(ExperimentPlan.of(loaded, 1)), "4 and 6 are within the default 7 floors");
        Scenario lowered = loaded.withValue("buildings.oldFloorsMax", 5);
        String problem = PointConstraints.problem(ExperimentPlan.of(lowered, 1));
        assertTrue(problem.contains("point 1 sets buildings.oldFloorsMin to 6")
                && problem.contains("buildings.oldFloorsMin = 6, buildings.oldFloorsMax = 5"), problem);

        Path out = tmp.resolve("never");
        StringWriter err = new StringWriter();
        int code = new ExperimentRun(spec -> {
            throw new AssertionError("no run may start");
        }).execute(lowered, ExperimentRunTest.options(out, 1, false, null), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("breaks a rule"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPlainRunsPointIsCheckedToo() throws Exception {
        Scenario s = TinyExperiments.load(TinyExperiments.write(tmp, "plain.yaml", TinyExperiments.DISTRICT))
                .withValue("buildings.newFloorsMin", 40);
        String problem = PointConstraints.problem(ExperimentPlan.replications(s, 1, 2, List.of("buildings.newFloorsMin")));
        assertTrue(problem.startsWith("the command line sets buildings.newFloorsMin to 40"), problem);
    }
}
