package org.govsim.runner.scenario;

import org.govsim.model.ModelCatalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.CaseCompound;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    private static final String DAYS = "run.days";
    private static final String COMPOUNDS = "district.compounds";
    private static final String COVERAGE = "levels.branch.coverage";
    private static final String RATE = "issues.parking.ratePer1000HouseholdsMonth";
    private static final String LOWEST = "issues.parking.lowestLevel";
    private static final String CONFLICT = "issues.parking.conflict";

    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader();

    private Path write(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, String.join("\n", lines) + (lines.length == 0 ? "" : "\n"));
        return f;
    }

    private List<ScenarioProblem> problems(Path file) {
        return assertThrows(ScenarioException.class, () -> loader.load(file)).problems();
    }

    /**
     * Loading {@code file} must fail for exactly one reason, on {@code line}, for {@code key}, saying all of
     * {@code words}. The problem's own file is left to the caller: it may be a parent of {@code file}.
     */
    private ScenarioProblem refusedOnce(Path file, int line, String key, String... words) {
        List<ScenarioProblem> ps = problems(file);
        assertEquals(1, ps.size(), () -> "expected one problem, got:\n" + render(ps));
        ScenarioProblem p = ps.get(0);
        assertEquals(line, p.line(), p::render);
        assertEquals(key, p.key(), p::render);
        for (String w : words) {
            assertTrue(p.message().contains(w), () -> "'" + w + "' missing from: " + p.render());
        }
        return p;
    }

    private static String render(List<ScenarioProblem> ps) {
        return new ScenarioException(ps).getMessage();
    }

    @Test
    void validFileLoadsTypedValues() throws Exception {
        Path f = write("baseline.yaml",
                "name: baseline",
                "description: A Meilan-sized district.",
                "run:",
                "  days: 360",
                "levels:",
                "  branch:",
                "    coverage: 0.5",
                "issues:",
                "  parking:",
                "    ratePer1000HouseholdsMonth: 3     # an integer is fine for a number",
                "    lowestLevel: BRANCH",
                "    conflict: false");
        Scenario s = loader.load(f);

        assertEquals("baseline", s.name());
        assertEquals("A Meilan-sized district.", s.description());
        assertEquals(f, s.source());
        assertEquals(List.of(f), s.chain());
        ParamValues v = s.values();
        assertEquals(Integer.valueOf(360), v.get(DAYS));
        assertEquals(Double.valueOf(0.5), v.get(COVERAGE));
        assertEquals(Double.valueOf(3.0), v.get(RATE));
        assertEquals("BRANCH", v.get(LOWEST));
        assertEquals(Boolean.FALSE, v.get(CONFLICT));
        assertEquals(ModelCatalog.defaults().get(COMPOUNDS), v.get(COMPOUNDS), "unset parameters keep their default");
        // declaration order: run, then issues, then levels
        assertEquals(List.of(DAYS, RATE, LOWEST, CONFLICT, COVERAGE), List.copyOf(s.fileSettings().keySet()));
        assertEquals(3.0, s.fileSettings().get(RATE));
    }

    @Test
    void nameDefaultsToFileNameAndDescriptionToEmpty() throws Exception {
        Scenario s = loader.load(write("no-name.scenario.yaml", "run:", "  days: 10"));
        assertEquals("no-name.scenario", s.name());
        assertEquals("", s.description());
    }

    @Test
    void extendsOverridesAndInheritsThreeDeep() throws Exception {
        Path root = write("base.yaml",
                "name: root",
                "run:",
                "  days: 100",
                "levels:",
                "  branch:",
                "    coverage: 0.2",
                "issues:",
                "  parking:",
                "    ratePer1000HouseholdsMonth: 4.5");
        write("family/middle.yaml",
                "extends: ../base.yaml",
                "levels:",
                "  branch:",
                "    coverage: 0.3");
        Path child = write("family/child.yaml",
                "extends: middle.yaml",
                "run:",
                "  days: 200");

        Scenario s = loader.load(child);

        assertEquals("child", s.name(), "the name is not inherited");
        assertEquals(List.of(child, dir.resolve("family/middle.yaml"), root), s.chain());
        assertEquals(200, s.values().integer(DAYS));
        assertEquals(0.3, s.values().real(COVERAGE));
        assertEquals(4.5, s.values().real(RATE));
        assertEquals(Map.of(DAYS, 200, COVERAGE, 0.3, RATE, 4.5), Map.copyOf(s.fileSettings()));
    }

    @Test
    void childInheritsItsParentsCasesUnlessItNamesItsOwn() throws Exception {
        write("cbase.yaml", "cases:", "  junyuwan: {households: 2000, hall: true}");
        Path same = write("cchild.yaml", "extends: cbase.yaml", "run:", "  days: 30");
        Path own = write("cown.yaml", "extends: cbase.yaml", "cases:", "  qiongyuan-plaza: {households: 1200, contract: true}");
        assertEquals(List.of(new CaseCompound("junyuwan", 2000, false, Map.of("hall", 1.0))), loader.load(same).values().cases());
        assertEquals(List.of(new CaseCompound("qiongyuan-plaza", 1200, false, Map.of("contract", 1.0))),
                loader.load(own).values().cases(), "a child's cases replace its parent's rather than adding to them");
    }

    @Nested
    class Refuses {

        @Test
        void malformedYaml() throws Exception {
            Path f = write("bad.yaml",
                    "run:",
                    "  days: 10",
                    " levels: [1, 2");
            ScenarioProblem p = refusedOnce(f, 3, "", "malformed YAML");
            assertFalse(p.message().contains("\n"), "a short one-line reason");
        }

        @Test
        void tabIndentation() throws Exception {
            refusedOnce(write("tab.yaml", "run:", "\tdays: 10"), 2, "", "malformed YAML", "TAB");
        }

        @Test
        void emptyFile() throws Exception {
            Path empty = write("empty.yaml");
            assertEquals(empty, refusedOnce(empty, 0, "", "empty scenario").file());
            refusedOnce(write("comments.yaml", "# nothing but", "# comments"), 0, "", "empty scenario");
        }

        @Test
        void topLevelThatIsNotAMapping() throws Exception {
            refusedOnce(write("list.yaml", "- run", "- days"), 1, "", "must be a mapping", "a list");
            refusedOnce(write("scalar.yaml", "", "just words"), 2, "", "must be a mapping", "'just words'");
        }

        @Test
        void secondDocument() throws Exception {
            refusedOnce(write("two.yaml", "run:", "  days: 10", "---", "run:", "  days: 20"), 4, "", "one YAML document");
        }

        @Test
        void caseCompoundsThatCannotBePlaced() throws Exception {
            refusedOnce(write("case-key.yaml", "cases:", "  junyuwan: {households: 2000, hal: true}"), 2, "cases.junyuwan.hal",
                    "unknown key", "households, old", "hall");
            refusedOnce(write("case-size.yaml", "cases:", "  junyuwan:", "    households: 0"), 3, "cases.junyuwan.households",
                    "whole number of households in [1, 1000000]");
            refusedOnce(write("case-none.yaml", "cases:", "  junyuwan: {hall: true}"), 2, "cases.junyuwan", "needs households");
            refusedOnce(write("case-name.yaml", "cases:", "  Jun Yu: {households: 10}"), 2, "cases.Jun Yu", "lower-case words");
            refusedOnce(write("case-list.yaml", "cases:", "  - junyuwan"), 1, "cases", "must be a mapping");
            refusedOnce(write("case-attr.yaml", "cases:", "  junyuwan: {households: 10, advisors: -1}"), 2,
                    "cases.junyuwan.advisors", "true, false or a number at least 0");
        }

        @Test
        void moreCasesThanCompounds() throws Exception {
            List<ScenarioProblem> ps = problems(write("case-many.yaml", "district:", "  compounds: 1", "cases:",
                    "  a: {households: 10}", "  b: {households: 10}"));
            assertEquals(1, ps.size(), render(ps));
            assertTrue(render(ps).contains("case-many.yaml:2: district.compounds: contradiction: allowed is no more named case compounds "
                    + "than district.compounds; here 2 named in cases, district.compounds = 1"), render(ps));
        }

        @Test
        void unknownNestedKeyWithSuggestion() throws Exception {
            Path f = write("typo.yaml",
                    "run:",
                    "  days: 10",
                    "levels:",
                    "  branch:",
                    "    coverag: 0.5");
            refusedOnce(f, 5, "levels.branch.coverag", "unknown key", "did you mean 'levels.branch.coverage'",
                    "allowed here:", "coverage");
        }

        @Test
        void unknownTopLevelKeyListsMetadataAndSections() throws Exception {
            ScenarioProblem p = refusedOnce(write("top.yaml", "isues:", "  parking:", "    expectedDays: 3"), 1, "isues",
                    "did you mean 'issues'", "name, description, extends", "run", "levels");
            assertFalse(p.message().contains("expectedDays"), "an unknown section is reported once, not per key");
        }

        @Test
        void metadataKeysOnlyAtTopLevel() throws Exception {
            refusedOnce(write("meta.yaml", "run:", "  name: x"), 2, "run.name", "unknown key", "days");
        }

        @Test
        void mappingWhereValueExpected() throws Exception {
            refusedOnce(write("map.yaml", "run:", "  days:", "    value: 10"), 2, DAYS, "single value", "a mapping");
            refusedOnce(write("list-value.yaml", "run:", "  days: [1, 2]"), 2, DAYS, "single value", "a list");
        }

        @Test
        void scalarOrListWhereSectionExpected() throws Exception {
            refusedOnce(write("sec.yaml", "run: 720"), 1, "run", "is a section", "days", "not 720");
            refusedOnce(write("seclist.yaml", "run:", "  days: 5", "levels:", "  - branch"), 3, "levels", "is a section", "a list");
        }

        @Test
        void sectionLeftEmptyByAnIndentationSlip() throws Exception {
            List<ScenarioProblem> ps = problems(write("slip.yaml", "run:", "days: 5"));
            assertEquals(2, ps.size(), () -> render(ps));
            assertEquals(List.of(1, 2), ps.stream().map(ScenarioProblem::line).toList());
            assertEquals(List.of("run", "days"), ps.stream().map(ScenarioProblem::key).toList());
            assertTrue(ps.get(0).message().contains("is a section") && ps.get(0).message().contains("nothing"), ps.get(0)::render);
            assertTrue(ps.get(1).message().contains("unknown key"), ps.get(1)::render);
        }

        @Test
        void integerMustBeAYamlInteger() throws Exception {
            refusedOnce(write("int1.yaml", "run:", "  days: 2.5"), 2, DAYS, "must be an integer in [1, 36500]", "not 2.5");
            refusedOnce(write("int2.yaml", "run:", "  days: \"2\""), 2, DAYS, "must be an integer", "in quotes");
            refusedOnce(write("int3.yaml", "run:", "  days: many"), 2, DAYS, "must be an integer", "'many'");
            refusedOnce(write("int4.yaml", "run:", "  days: 99999999999"), 2, DAYS, "outside the allowed range");
        }

        @Test
        void outOfRange() throws Exception {
            refusedOnce(write("range1.yaml", "run:", "  days: 0"), 2, DAYS, "outside the allowed range", "[1, 36500]");
            refusedOnce(write("range2.yaml", "levels:", "  branch:", "    coverage: 1.5"), 3, COVERAGE,
                    "outside the allowed range", "[0.0, 1.0]");
        }

        @Test
        void realMustBeANumber() throws Exception {
            refusedOnce(write("real.yaml", "levels:", "  branch:", "    coverage: half"), 3, COVERAGE, "must be a number", "'half'");
        }

        @Test
        void boolMustBeAYamlBoolean() throws Exception {
            Path f = write("bool.yaml", "issues:", "  parking:", "    conflict: yes");
            refusedOnce(f, 3, CONFLICT, "must be true or false", "'yes'");
            refusedOnce(write("bool2.yaml", "issues:", "  parking:", "    conflict: 1"), 3, CONFLICT, "true or false");
        }

        @Test
        void choiceMustBeOneOfTheChoices() throws Exception {
            refusedOnce(write("choice.yaml", "issues:", "  parking:", "", "    lowestLevel: MAYOR"), 4, LOWEST,
                    "'MAYOR'", "not one of the allowed values", "GRID", "BRANCH");
        }

        @Test
        void missingValue() throws Exception {
            refusedOnce(write("novalue.yaml", "run:", "  burnInDays: 5", "  days:"), 3, DAYS, "has no value", "[1, 36500]");
        }

        @Test
        void keyGivenTwice() throws Exception {
            Path f = write("twice.yaml",
                    "run:",
                    "  days: 10",
                    "  burnInDays: 0",
                    "  days: 20");
            refusedOnce(f, 4, DAYS, "given twice", "first at line 2");
            Path sections = write("twice-section.yaml", "run:", "  days: 10", "levels: {}", "run:", "  days: 20");
            refusedOnce(sections, 4, "run", "given twice", "first at line 1");
        }

        @Test
        void badMetadata() throws Exception {
            refusedOnce(write("name1.yaml", "name: a/b"), 1, "name", "must not contain '/'");
            refusedOnce(write("name2.yaml", "run:", "  days: 5", "name:", "  first: x"), 3, "name", "one-line name", "a mapping");
            refusedOnce(write("desc.yaml", "description: [a, b]"), 1, "description", "must be text", "a list");
        }

        @Test
        void dottedKey() throws Exception {
            refusedOnce(write("dotted.yaml", "run.days: 10"), 1, DAYS, "dotted keys");
        }

        @Test
        void alias() throws Exception {
            refusedOnce(write("alias.yaml", "run:", "  days: &d 10", "  burnInDays: *d"), 3, "run.burnInDays", "alias");
        }

        @Test
        void missingParentNamesReferringFileAndLine() throws Exception {
            Path f = write("orphan.yaml", "name: orphan", "run:", "  days: 5", "extends: nowhere/parent.yaml");
            refusedOnce(f, 4, "extends", "'nowhere/parent.yaml' not found");
            assertTrue(new ScenarioException(problems(f)).getMessage().startsWith(f + ":4: extends: "));
        }

        @Test
        void extendsMustBeText() throws Exception {
            refusedOnce(write("ext1.yaml", "extends: 5"), 1, "extends", "must be the path", "not 5");
            refusedOnce(write("ext2.yaml", "extends:", "  - a.yaml"), 1, "extends", "must be the path", "a list");
        }

        @Test
        void cycleNamesBothFiles() throws Exception {
            Path a = write("a.yaml", "extends: b.yaml", "run:", "  days: 5");
            Path b = write("b.yaml", "run:", "  burnInDays: 5", "extends: a.yaml");
            ScenarioProblem p = refusedOnce(a, 3, "extends", "cycle", a.toString(), b.toString());
            assertEquals(b, p.file(), "reported where the cycle closes");
            refusedOnce(write("self.yaml", "extends: self.yaml"), 1, "extends", "cycle");
        }

        @Test
        void problemsInAParentNameTheParent() throws Exception {
            Path parent = write("parent.yaml", "run:", "  days: -1");
            Path child = write("child.yaml", "extends: parent.yaml");
            ScenarioProblem p = refusedOnce(child, 2, DAYS, "outside the allowed range");
            assertEquals(parent, p.file());
        }

        @Test
        void collectsEveryProblemInLineOrder() throws Exception {
            Path f = write("many.yaml",
                    "run:",
                    "  days: 1.5",
                    "  burnInDayz: 3",
                    "extends: missing.yaml",
                    "levels:",
                    "  branch:",
                    "    coverage: 2",
                    "issues:",
                    "  parking:",
                    "    conflict: maybe");
            List<ScenarioProblem> ps = problems(f);
            assertEquals(List.of(2, 3, 4, 7, 10), ps.stream().map(ScenarioProblem::line).toList(), () -> render(ps));
            String message = render(ps);
            String[] lines = message.split("\n");
            assertEquals(5, lines.length);
            assertTrue(lines[0].startsWith(f + ":2: run.days: must be an integer"), lines[0]);
            assertTrue(lines[1].startsWith(f + ":3: run.burnInDayz: unknown key (did you mean"), lines[1]);
            assertTrue(lines[4].startsWith(f + ":10: issues.parking.conflict: "), lines[4]);
            assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace or class names");
        }

        @Test
        void renderKeepsThePathAsGiven() {
            Path relative = Path.of("scenarios", "x.yaml");
            assertEquals("scenarios/x.yaml:3: run.days: bad".replace('/', java.io.File.separatorChar),
                    new ScenarioProblem(relative, 3, DAYS, "bad").render());
            assertEquals("scenarios/x.yaml: file not found".replace('/', java.io.File.separatorChar),
                    new ScenarioProblem(relative, 0, "", "file not found").render());
        }

        @Test
        void missingFile() {
            Path f = dir.resolve("absent.yaml");
            refusedOnce(f, 0, "", "file not found");
        }
    }

    @Nested
    class Overrides {

        @Test
        void setOverridesFileAndDefaults() throws Exception {
            Scenario s = loader.load(write("o.yaml", "run:", "  days: 10"));
            Scenario o = s.withOverrides(List.of("run.days=30", COVERAGE + " = 0.75", LOWEST + "=DEPARTMENT",
                    CONFLICT + "=false", COMPOUNDS + "=12", "run.days=31"));
            assertEquals(31, o.values().integer(DAYS), "later assignments win");
            assertEquals(0.75, o.values().real(COVERAGE));
            assertEquals("DEPARTMENT", o.values().choice(LOWEST));
            assertFalse(o.values().bool(CONFLICT));
            assertEquals(12, o.values().integer(COMPOUNDS));
            assertEquals(10, s.values().integer(DAYS), "the original is unchanged");
            assertEquals(Map.of(DAYS, 10), o.fileSettings(), "fileSettings keep what the files say");
            assertEquals(s.chain(), o.chain());
        }

        @Test
        void badAssignmentsAreAllRefused() {
            Scenario s = Scenario.defaults();
            ScenarioException e = assertThrows(ScenarioException.class, () -> s.withOverrides(List.of(
                    "run.days=abc", "run.dayz=5", "levels.branch.coverage=2", LOWEST + "=MAYOR", "nonsense", "run=5")));
            String[] lines = e.getMessage().split("\n");
            assertEquals(6, lines.length, e.getMessage());
            assertEquals("--set run.days: 'abc' is not an integer; allowed: an integer in [1, 36500]", lines[0]);
            assertTrue(lines[1].startsWith("--set run.dayz: unknown parameter (did you mean 'run.days'?)"), lines[1]);
            assertTrue(lines[2].startsWith("--set levels.branch.coverage: is 2.0, outside the allowed range"), lines[2]);
            assertTrue(lines[3].contains("--set " + LOWEST) && lines[3].contains("GRID"), lines[3]);
            assertTrue(lines[4].startsWith("--set nonsense: expected PATH=VALUE"), lines[4]);
            assertTrue(lines[5].startsWith("--set run: is a section"), lines[5]);
        }

        @Test
        void withValue() throws Exception {
            Scenario s = Scenario.defaults().withValue(COVERAGE, 0.25).withValue(RATE, 7);
            assertEquals(0.25, s.values().real(COVERAGE));
            assertEquals(7.0, s.values().real(RATE), "an Integer for a number parameter is widened");
            ScenarioException e = assertThrows(ScenarioException.class, () -> s.withValue(DAYS, 0));
            assertEquals("run.days: is 0, outside the allowed range: an integer in [1, 36500]", e.getMessage());
            assertThrows(ScenarioException.class, () -> s.withValue("no.such.path", 1));
        }
    }

    @Nested
    class Writer {

        @Test
        void roundTripGivesEqualValues() throws Exception {
            ParamValues original = ModelCatalog.defaults()
                    .with(DAYS, 365)
                    .with(COMPOUNDS, 42)
                    .with(COVERAGE, 0.00001)
                    .with(RATE, 1234.5678)
                    .with(LOWEST, "BRANCH")
                    .with(CONFLICT, false);
            String yaml = ScenarioWriter.write("resolved", "Says \"hi\": with a colon,\nand a second line", original);
            Path f = write("resolved.yaml", yaml);

            Scenario back = loader.load(f);

            assertEquals(original, back.values());
            assertEquals("resolved", back.name());
            assertEquals("Says \"hi\": with a colon,\nand a second line", back.description());
            assertNotEquals(ModelCatalog.defaults(), back.values());
        }

        @Test
        void roundTripKeepsTheCaseCompounds() throws Exception {
            ParamValues original = ModelCatalog.defaults().withCases(List.of(
                    new CaseCompound("junyuwan", 2000, false, Map.of("hall", 1.0, "advisors", 3.0)),
                    new CaseCompound("old-yard", 300, true, Map.of())));
            Scenario back = loader.load(write("cases-resolved.yaml", ScenarioWriter.write("cases-resolved", original)));
            assertEquals(original.cases(), back.values().cases());
            assertEquals(original, back.values());
        }

        @Test
        void nestsBySectionInDeclarationOrder() {
            String yaml = ScenarioWriter.writeSettings(ModelCatalog.defaults().catalog(),
                    Map.of(COVERAGE, 0.5, DAYS, 10, LOWEST, "GRID"));
            assertEquals(String.join("\n",
                    "run:",
                    "  days: 10",
                    "issues:",
                    "  parking:",
                    "    lowestLevel: GRID",
                    "levels:",
                    "  branch:",
                    "    coverage: 0.5",
                    ""), yaml);
        }

        @Test
        void quotesTextThatWouldReadAsAnotherType() {
            assertEquals("GRID", ScenarioWriter.text("GRID"));
            assertEquals("\"true\"", ScenarioWriter.text("true"));
            assertEquals("\"No\"", ScenarioWriter.text("No"));
            assertEquals("\"12\"", ScenarioWriter.text("12"));
            assertEquals("\"a: b # c\"", ScenarioWriter.text("a: b # c"));
        }
    }
}
