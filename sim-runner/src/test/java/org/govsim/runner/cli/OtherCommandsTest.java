package org.govsim.runner.cli;

import org.govsim.model.ModelCatalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govsim.model.param.ParamCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, params, help and completion. */
class OtherCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void validateAcceptsGoodFilesAndNamesTheLineOfBadOnes() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nlevels:\n  branch:\n    coverage: 2\n");
        Cli r = Cli.run("validate", Cli.scenario("baseline.yaml").toString(), bad.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.out().contains("ok") && r.out().contains("baseline.yaml"), r.out());
        assertTrue(r.err().contains("bad.yaml:4") && r.err().contains("levels.branch.coverage"), r.err());
        assertEquals(0, Cli.run("validate", Cli.scenario("baseline.yaml").toString()).exitCode());
    }

    @Test
    void paramsListsEveryParameterWithUnitRangeAndSource() {
        Cli r = Cli.run("params", Cli.scenario("baseline.yaml").toString());
        assertEquals(0, r.exitCode(), r.err());
        int lines = r.out().split("\n").length;
        assertEquals(ModelCatalog.parameters().all().size() + 1, lines);
        assertTrue(r.out().contains("issues.parking.ratePer1000HouseholdsMonth"));
        assertTrue(r.out().contains("assumption"));
        Cli md = Cli.run("params", "--markdown", "--set", "levels.branch.coverage=0.7", "--changed");
        assertEquals(0, md.exitCode(), md.err());
        assertTrue(md.out().contains("| `levels.branch.coverage` | 0.7 |"), md.out());
        assertEquals(3, md.out().trim().split("\n").length, "header, rule and the one changed parameter");
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String c : new String[] {"run", "validate", "params", "bench"}) {
            Cli r = Cli.run(c, "--help");
            assertEquals(0, r.exitCode());
            assertTrue(r.out().contains("Examples:"), c + " --help lacks examples");
        }
        assertTrue(Cli.run("--help").out().contains("Exit codes"));
    }

    @Test
    void completionScriptIsGenerated() {
        Cli r = Cli.run("generate-completion");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("complete") && r.out().contains("govsim"));
    }

    @Test
    void unknownOptionIsBadInput() {
        Cli r = Cli.run("run", "--bogus");
        assertEquals(2, r.exitCode());
    }
}
