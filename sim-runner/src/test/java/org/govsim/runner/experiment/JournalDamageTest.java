package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 17, items 2 and 3: a journal checks itself. Whatever happened to it — a line cut short, a byte flipped, a
 * cell changed, garbage appended, a line duplicated, a seal of another plan, an id too large to be a run's, its
 * companion timeseries journal gone — {@code --resume} drops what its seals do not vouch for, says how many lines,
 * runs those runs again, and ends with the bytes of an undamaged batch. A journal without plan.json is refused.
 */
class JournalDamageTest {
    @TempDir
    Path tmp;

    private Scenario scenario;
    private Path whole;

    /** Ways a journal gets damaged: each is a class of faults, applied where it hurts most (a run that was done). */
    enum Fault {
        TRUNCATED_LINE, FLIPPED_BYTE, CHANGED_CELL, APPENDED_GARBAGE, DUPLICATED_LINE, FOREIGN_PLAN_SEAL, HUGE_ID, MISSING_TIMESERIES, MISSING_COMPOUNDS,
        SHORT_ROW_WITHOUT_SEAL
    }

    @BeforeEach
    void wholeBatch() throws Exception {
        scenario = TinyExperiments.load(TinyExperiments.factorial(tmp, 3));
        whole = tmp.resolve("whole");
        assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), scenario, ExperimentRunTest.options(whole, 2, false, null)));
    }

    /** A batch stopped after its first 8 runs (the rest fail), so its journal stays for --resume. */
    private Path stopped(String name) throws Exception {
        Path dir = tmp.resolve(name);
        ExperimentRun firstEight = new ExperimentRun(spec -> spec.runId() >= 8
                ? new RunOutcome(spec, null, "IllegalStateException: stopped") : BatchExecutor.runOne(spec));
        assertEquals(1, ExperimentRunTest.run(firstEight, scenario, ExperimentRunTest.options(dir, 1, false, null)));
        return dir;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void aDamagedJournalIsResumedToTheUndamagedBytes(Fault fault) throws Exception {
        Path dir = stopped(fault.name().toLowerCase());
        Path runs = dir.resolve("journal/runs.journal");
        Path months = dir.resolve("journal/timeseries.journal");
        byte[] r = Files.readAllBytes(runs);
        String text = new String(r, StandardCharsets.UTF_8);
        int row3 = text.indexOf("\n3,") + 1; // run 3's row, a run that was done
        switch (fault) {
            case TRUNCATED_LINE -> Files.write(runs, java.util.Arrays.copyOf(r, r.length - 5));
            case FLIPPED_BYTE -> {
                r[row3 + 12] ^= 0x04;
                Files.write(runs, r);
            }
            case CHANGED_CELL -> {
                int end = text.indexOf('\n', row3);
                String[] cells = text.substring(row3, end).split(",", -1);
                cells[7] = "GARBAGE"; // the first metric: a cell that parses as text, not a number
                Files.writeString(runs, text.substring(0, row3) + String.join(",", cells) + text.substring(end));
            }
            case APPENDED_GARBAGE -> {
                byte[] junk = new byte[5000];
                new SplittableRandom(17).nextBytes(junk);
                Files.write(runs, junk, java.nio.file.StandardOpenOption.APPEND);
            }
            case DUPLICATED_LINE -> {
                String line = text.substring(row3, text.indexOf('\n', row3) + 1);
                Files.writeString(runs, text.substring(0, row3) + line + text.substring(row3));
            }
            case FOREIGN_PLAN_SEAL -> {
                int seal = text.indexOf("#seal,3,");
                int end = text.indexOf('\n', seal);
                String s = text.substring(seal, end);
                Files.writeString(runs, text.substring(0, seal) + s.substring(0, s.lastIndexOf(',') + 1) + "0123456789abcdef" + text.substring(end));
            }
            case HUGE_ID -> Files.writeString(runs, text + "18446744073709551617,tiny,0,1,5\n#seal,1,30,0,0,0,0123456789abcdef\n");
            case MISSING_TIMESERIES -> Files.delete(months);
            case MISSING_COMPOUNDS -> Files.delete(dir.resolve("journal/compounds.journal"));
            case SHORT_ROW_WITHOUT_SEAL -> Files.writeString(runs, text + "9,short\n");
        }
        int[] ran = new int[1];
        ExperimentRun counting = new ExperimentRun(spec -> {
            synchronized (ran) {
                ran[0]++;
            }
            return BatchExecutor.runOne(spec);
        });
        StringWriter err = new StringWriter();
        int code = counting.execute(scenario, ExperimentRunTest.options(dir, 2, true, null), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        ExperimentRunTest.assertSameFiles(whole, dir);
        assertTrue(err.toString().matches("(?s).*the journal held .*(damaged or unfinished line|timeseries or compounds rows are missing).*made again.*"),
                err.toString());
        int expectedAtLeast = 12 - 8 + (fault == Fault.APPENDED_GARBAGE || fault == Fault.HUGE_ID || fault == Fault.SHORT_ROW_WITHOUT_SEAL ? 0 : 1);
        assertTrue(ran[0] >= expectedAtLeast && ran[0] <= 12, fault + ": ran " + ran[0]);
        if (fault == Fault.MISSING_TIMESERIES || fault == Fault.MISSING_COMPOUNDS) {
            assertEquals(12, ran[0], "without the timeseries or compounds journal no run is vouched for");
        }
        assertTrue(Files.list(dir).noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }

    @Test
    void aJournalWithoutPlanJsonIsRefused() throws Exception {
        Path dir = stopped("noplan");
        Files.delete(dir.resolve(PlanFile.NAME));
        StringWriter err = new StringWriter();
        int code = new ExperimentRun().execute(TinyExperiments.load(TinyExperiments.factorial(tmp.resolve("other"), 2)),
                ExperimentRunTest.options(dir, 2, true, null), new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("holds a journal/ but no plan.json"), err.toString());
        List<String> after = new ArrayList<>(Files.readAllLines(dir.resolve("journal/runs.journal")));
        assertTrue(after.size() > 0, "the journal is left as it was");
    }
}
