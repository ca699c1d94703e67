package org.govsim.runner.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calibration files are read like every scenario file: each problem with file, line and key, all at once. */
class CalibrationFileTest {
    @TempDir
    Path tmp;

    @Test
    void aCalibrationFileExtendsAScenarioAndReadsItsBlock() throws Exception {
        write("parent.yaml", """
                run:
                  days: 90
                district:
                  compounds: 12
                """);
        Path f = write("calibrate.yaml", """
                extends: parent.yaml
                advisors:
                  enabled: true
                calibration:
                  parameters:
                    advisors.visitsPerWeek: {min: 0.5, max: 10}
                    advisors.total: {min: 1, max: 40}
                  targets:
                    - name: problems solved by advisors a year
                      metric: settled_with_advisor
                      per: year
                      value: 1401
                      sd: 420
                      source: article Q6
                    - name: "demands, 200+"
                      metric: hall_items_taken
                      min: 200
                    - name: disputes, linked against flat
                      metric: property_disputes_per_1000hh_month
                      relative_to: {property.contract: FLAT, advisors.total: 0}
                      value: 0.6
                      sd: 0.1
                """);
        Calibration c = load(f);
        assertEquals(12, c.scenario().values().integer("district.compounds"));
        assertTrue(c.scenario().values().bool("advisors.enabled"));
        List<Prior> priors = c.spec().parameters();
        assertEquals(List.of("advisors.visitsPerWeek", "advisors.total"), priors.stream().map(Prior::path).toList());
        assertEquals(0.5, priors.get(0).min());
        assertFalse(priors.get(0).integer());
        assertTrue(priors.get(1).integer());
        List<Target> t = c.spec().targets();
        assertEquals(new Observation.Point(1401, 420), t.get(0).observation());
        assertTrue(t.get(0).perYear());
        assertEquals("article Q6", t.get(0).source());
        assertEquals(9, t.get(0).line(""));
        // a floor without sd is measured in units of itself
        assertEquals(new Observation.AtLeast(200, 200, false), t.get(1).observation());
        assertEquals(Map.of("property.contract", "FLAT", "advisors.total", 0), t.get(2).relativeTo());
        assertNull(t.get(2).compound());
    }

    @Test
    void aScenarioWithACalibrationBlockRunsAsAnyScenario() throws Exception {
        Path f = write("c.yaml", """
                run:
                  days: 60
                calibration:
                  targets:
                    - {name: disputes, metric: disputes_per_1000hh_month, value: 30, sd: 10}
                """);
        Scenario s = new ScenarioLoader().load(f);
        assertEquals(60, s.values().integer("run.days"));
    }

    @Test
    void everyProblemOfTheBlockIsReportedWithFileLineAndKey() throws Exception {
        Path f = write("bad.yaml", """
                name: bad
                run:
                  days: 30
                calibration:
                  parameters:
                    advisors.visitsPerWek: {min: 0.5, max: 10}
                    advisors.total: {min: 10, max: 5}
                    advisors.successUplift: {min: 0, max: 0.9}
                    advisors.enabled: {min: 0, max: 1}
                    advisors: {min: 0, max: 1}
                  targets:
                    - name: a
                      metric: settled_with_advisor
                      value: 10
                      sd: 0
                    - name: b
                      metric: settled_with_advisor
                      value: 10
                    - name: c
                      metric: x
                      value: 1
                      sd: 1
                      min: 2
                    - name: d
                      metric: x
                      min: 5
                      per: month
                      relative_to: {property.contract: FLT, advisors.total: 2.5}
                      sourc: Q1
                    - name: a
                      metric: x
                      min: 0
                    - {name: a, metric: x, value: 1, sd: 1}
                  weights: 3
                """);
        String m = problems(f);
        String file = f.toString();
        assertLine(m, file + ":6: calibration.parameters.advisors.visitsPerWek: unknown parameter (did you mean 'advisors.visitsPerWeek'?)");
        assertLine(m, file + ":7: calibration.parameters.advisors.total: min (10.0) must be below max (5.0)");
        assertLine(m, file + ":8: calibration.parameters.advisors.successUplift: the prior [0.0, 0.9] reaches outside the parameter's allowed range: a number in [0.0, 0.5]");
        assertLine(m, file + ":9: calibration.parameters.advisors.enabled: is true or false: a prior needs a number parameter");
        assertLine(m, file + ":10: calibration.parameters.advisors: is a section, not a parameter");
        assertLine(m, file + ":15: calibration.targets[1].sd: must be above 0");
        assertLine(m, file + ":18: calibration.targets[2].value: needs sd");
        assertLine(m, file + ":19: calibration.targets[3]: gives both value and min");
        assertLine(m, file + ":27: calibration.targets[4].per: must be 'year'");
        assertLine(m, file + ":28: calibration.targets[4].relative_to.property.contract: is 'FLT', not one of the allowed values: one of FLAT, COMMISSION, TRUST, LINKED");
        assertLine(m, file + ":28: calibration.targets[4].relative_to.advisors.total: must be an integer in [0, 100000], not 2.5");
        assertLine(m, file + ":29: calibration.targets[4].sourc: unknown key (did you mean 'source'?)");
        assertLine(m, file + ":32: calibration.targets[5].min: a floor of 0 or less needs sd");
        assertLine(m, file + ":30: calibration.targets[5].name: 'a' names another target too (line 12)");
        assertLine(m, file + ":33: calibration.targets[6].name: 'a' names another target too (line 12)");
        assertLine(m, file + ":34: calibration.weights: unknown key; allowed here: parameters, targets");
        assertEquals(16, m.lines().count(), m);
    }

    @Test
    void metricsCompoundsAndYearlyScalingAreCheckedAgainstTheModel() throws Exception {
        Path f = write("model.yaml", """
                calibration:
                  parameters:
                    advisors.visitsPerWeek: {min: 0.5, max: 10}
                  targets:
                    - name: a
                      metric: setled_with_advisor
                      value: 1
                      sd: 1
                    - name: b
                      metric: property_disputes_per_1000hh_month
                      compound: qiongyuan-plaza
                      value: 1
                      sd: 1
                    - name: c
                      metric: disputes_per_1000hh_month
                      per: year
                      value: 1
                      sd: 1
                """);
        String m = problems(f);
        String file = f.toString();
        assertLine(m, file + ":6: calibration.targets[1].metric: 'setled_with_advisor' is not a runs.csv metric (did you mean 'settled_with_advisor'?)");
        assertLine(m, file + ":11: calibration.targets[2].compound: unknown compound 'qiongyuan-plaza'; the scenario names no compound");
        assertLine(m, file + ":16: calibration.targets[3].per: 'disputes_per_1000hh_month' is not a total over the observed window");
        assertEquals(3, m.lines().count(), m);

        Path cased = write("cased.yaml", """
                cases:
                  qiongyuan-plaza: {households: 1200, contract: true}
                calibration:
                  parameters:
                    advisors.visitsPerWeek: {min: 0.5, max: 10}
                  targets:
                    - name: a
                      metric: property_disputes_per_1000hh_month
                      compound: qiongyuan-plaza
                      value: 1
                      sd: 1
                    - name: b
                      metric: property_dispute_rate
                      compound: qiongyuan-plaza
                      value: 1
                      sd: 1
                    - name: c
                      metric: households
                      compound: junyuwan
                      value: 1
                      sd: 1
                """);
        String n = problems(cased);
        assertLine(n, cased + ":13: calibration.targets[2].metric: 'property_dispute_rate' is not a compounds.csv metric");
        assertLine(n, cased + ":19: calibration.targets[3].compound: unknown compound 'junyuwan'; the scenario names qiongyuan-plaza");
        assertEquals(2, n.lines().count(), n);
    }

    @Test
    void aCalibrationUsesTargetsFilesWithoutCopyingThem() throws Exception {
        Files.createDirectories(tmp.resolve("targets"));
        write("targets/case.yaml", """
                # the article's figures of a case
                targets:
                  - name: gap filled
                    metric: funding_gap_yuan
                    relative_to: {property.contract: FLAT}
                    relation: difference
                    value: -489500
                    sd: 200000
                  - name: collection under the flat contract
                    metric: fee_collection_rate
                    under: {property.contract: FLAT}
                    value: 0.73
                    sd: 0.03
                  - name: things done
                    metric: service_events + settled_with_volunteers
                    per: year
                    min: 970
                """);
        Path f = write("calibrate.yaml", """
                run:
                  days: 90
                calibration:
                  district_share: 0.25
                  targets:
                    - {name: disputes, metric: disputes_per_1000hh_month, value: 10, sd: 3}
                  targets_from: targets/case.yaml
                """);
        Calibration c = load(f);
        assertEquals(0.25, c.spec().districtShare());
        List<Target> t = c.spec().targets();
        assertEquals(List.of("disputes", "gap filled", "collection under the flat contract", "things done"), t.stream().map(Target::name).toList());
        assertEquals(Target.Relation.DIFFERENCE, t.get(1).relation());
        assertEquals(Map.of("property.contract", "FLAT"), t.get(2).under());
        assertTrue(t.get(2).relativeTo().isEmpty());
        assertEquals(Map.of("property.contract", "FLAT"), t.get(2).reference());
        assertEquals(List.of("service_events", "settled_with_volunteers"), t.get(3).metrics());
        assertEquals(tmp.resolve("targets/case.yaml"), t.get(1).origin().file());
        assertEquals(3, t.get(1).line(""));
        // the block written back (as calibrated.yaml writes it) reads to the same targets
        Path again = write("again.yaml", "run:\n  days: 90\n" + Yaml.block(c.spec()));
        Calibration d = load(again);
        assertEquals(0.25, d.spec().districtShare());
        assertEquals(t.stream().map(x -> List.of(x.metric(), x.relativeTo(), x.relation(), x.under(), x.observation())).toList(),
                d.spec().targets().stream().map(x -> List.of(x.metric(), x.relativeTo(), x.relation(), x.under(), x.observation())).toList());
    }

    @Test
    void calibratedYamlKeepsTheCaseCompoundsItsTargetsName() throws Exception {
        Path f = write("cased.yaml", """
                run:
                  days: 90
                district:
                  compounds: 12
                hall:
                  enabled: true
                cases:
                  junyuwan: {households: 900, hall: true}
                calibration:
                  parameters:
                    hall.itemsPerMeeting: {min: 4, max: 20}
                  targets:
                    - {name: items, metric: hall_items_taken, compound: junyuwan, per: year, min: 200}
                """);
        Calibration c = load(f);
        PosteriorSummary median = new PosteriorSummary(c.spec().parameters(), new double[] {9}, new double[] {5}, new double[] {14});
        Path again = tmp.resolve("calibrated.yaml");
        Files.writeString(again, CalibratedScenario.render(c, median, "test"));
        Calibration d = load(again);
        assertEquals(c.scenario().values().cases(), d.scenario().values().cases());
        assertEquals(9, d.scenario().values().integer("hall.itemsPerMeeting"));
        assertEquals("junyuwan", d.spec().targets().get(0).compound());
    }

    @Test
    void aTargetsFilesProblemsNameItsOwnFileAndLine() throws Exception {
        Path targets = write("t.yaml", """
                targets:
                  - name: a
                    metric: service_events + setled_with_volunteers
                    value: 1
                    sd: 1
                  - name: b
                    metric: fee_collection_rate
                    relation: difference
                    under: {property.contract: FLAT}
                    value: 1
                    sd: 1
                  - {name: c, metric: service_events, relative_to: {property.contract: FLAT}, relation: sum, value: 1, sd: 1}
                  - {name: d, metric: "service_events + ", value: 1, sd: 1}
                  - {name: e, metric: service_events, under: {property.contract: FLAT}, relative_to: {property.contract: LINKED}, value: 1, sd: 1}
                weights: 1
                """);
        Path f = write("c.yaml", """
                calibration:
                  district_share: 1.5
                  targets_from: [t.yaml, missing.yaml]
                  targets:
                    - {name: a, metric: service_events, value: 1, sd: 1}
                """);
        String m = problems(f);
        assertLine(m, f + ":2: calibration.district_share: must be a number in (0, 1]");
        assertLine(m, f + ":3: calibration.targets_from: cannot read the targets file " + tmp.resolve("missing.yaml"));
        assertLine(m, f + ":5: calibration.targets[1].name: 'a' names another target too (t.yaml line 2)");
        assertLine(m, targets + ":8: targets[2].relation: says how the metric meets a reference run: it needs relative_to");
        assertLine(m, targets + ":12: targets[3].relation: must be 'ratio' (the metric over the reference run's) or 'difference'");
        assertLine(m, targets + ":13: targets[4].metric: a sum of columns is written 'a + b'");
        assertLine(m, targets + ":14: targets[5].under: a target is read either relative to a reference run (relative_to) or under other values");
        assertLine(m, targets + ":15: weights: unknown key; a targets file holds only 'targets:'");
        assertEquals(8, m.lines().count(), m);

        Path unknownTerm = write("u.yaml", """
                calibration:
                  targets:
                    - {name: a, metric: service_events + setled_with_volunteers, per: year, value: 1, sd: 1}
                    - {name: b, metric: service_events + fee_collection_rate, per: year, value: 1, sd: 1}
                """);
        String n = problems(unknownTerm);
        assertLine(n, unknownTerm + ":3: calibration.targets[1].metric: 'setled_with_volunteers' is not a runs.csv metric (did you mean 'settled_with_volunteers'?)");
        assertLine(n, unknownTerm + ":4: calibration.targets[2].per: 'fee_collection_rate' is not a total over the observed window");
        assertEquals(2, n.lines().count(), n);
    }

    @Test
    void aFileWithoutTargetsOrWithoutABlockIsRefused() throws Exception {
        Path none = write("none.yaml", "run:\n  days: 30\n");
        assertLine(problems(none), none + ": calibration: no calibration: block in this file or the files it extends");
        Path empty = write("empty.yaml", """
                calibration:
                  parameters:
                    advisors.visitsPerWeek: {min: 0.5, max: 10}
                """);
        assertLine(problems(empty), empty + ":1: calibration: has no targets");
        Path scenarioToo = write("both.yaml", """
                run:
                  dayz: 30
                calibration:
                  targets: []
                """);
        String m = problems(scenarioToo);
        assertLine(m, scenarioToo + ":2: run.dayz: unknown key");
        assertLine(m, scenarioToo + ":4: calibration.targets: the list is empty");
    }

    @Test
    void validationChecksABlockWhereThereIsOneAndPlainScenariosAsBefore() throws Exception {
        CalibrationFile.check(write("plain.yaml", "run:\n  days: 30\n"));
        Path bad = write("bad.yaml", """
                run:
                  days: 30
                calibration:
                  targets:
                    - {name: d, metric: disputes_per_month, value: 1, sd: 1}
                """);
        String m = assertThrows(ScenarioException.class, () -> CalibrationFile.check(bad)).getMessage();
        assertLine(m, bad + ":5: calibration.targets[1].metric: 'disputes_per_month' is not a runs.csv metric");
        Path badScenario = write("bad-scenario.yaml", "run:\n  dayz: 30\n");
        assertLine(assertThrows(ScenarioException.class, () -> CalibrationFile.check(badScenario)).getMessage(), badScenario + ":2: run.dayz");
    }

    private static void assertLine(String message, String start) {
        assertTrue(message.lines().anyMatch(l -> l.startsWith(start)), "no line starting\n  " + start + "\nin\n" + message);
    }

    private static Calibration load(Path f) throws ScenarioException {
        return CalibrationFile.load(f, ModelSimulator::new);
    }

    private static String problems(Path f) {
        return assertThrows(ScenarioException.class, () -> load(f)).getMessage();
    }

    private Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
