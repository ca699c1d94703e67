package org.govsim.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.runner.scenario.Scenario;
import org.govsim.runner.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.engine.SimState;

/**
 * Issue 17, item 5: a checkpoint is read through a filter before any object is made. A real district (with every
 * lever of the Meilan package on) reads back and runs on; the hostile shapes are refused fast, with a message and
 * no stack trace: a HashSet bomb, a huge array allocation, deep nesting, a class a district never holds.
 */
class CheckpointFilterTest {
    @TempDir
    Path tmp;

    private Path gzipped(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(o);
        }
        Path f = Files.createTempFile(tmp, "shape", ".checkpoint");
        Files.write(f, bytes.toByteArray());
        return f;
    }

    private static Path scenario(String name) {
        String root = System.getProperty("govsim.repoRoot", "..");
        return Path.of(root).resolve("scenarios").resolve(name);
    }

    @Test
    void aDistrictWithEveryLeverReadsBackAndGoesOn() throws Exception {
        Scenario s = new ScenarioLoader().load(scenario("meilan-2025.yaml")).withOverrides(List.of("district.compounds=30", "run.days=200",
                "run.burnInDays=0"));
        District d = new District(3, new ModelConfig(s.values()));
        d.start();
        while (d.schedule.getTime() < 100 && d.schedule.step(d)) {
            // to day 100
        }
        Path f = tmp.resolve("day100.checkpoint");
        try (var out = Files.newOutputStream(f)) {
            d.writeToCheckpoint(out);
        }
        SimState back = CheckpointReader.read(f);
        assertTrue(back instanceof District);
        District r = (District) back;
        while (r.schedule.step(r) && !r.hasEnded()) {
            // to the end
        }
        District again = new District(3, new ModelConfig(s.values()));
        assertEquals(again.run(), r.result(), "the reopened run ends as the uninterrupted one");
    }

    @Test
    void aHashSetBombIsRefusedFast() throws Exception {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("x");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        Path f = gzipped(root);
        assertTrue(Files.size(f) < 2000);
        CheckpointReader.Refused e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(CheckpointReader.Refused.class, () -> CheckpointReader.read(f)));
        assertTrue(e.getMessage().contains("refused as a checkpoint"), e.getMessage());
    }

    @Test
    void aHugeArrayIsRefusedBeforeItIsAllocated() throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(raw)) {
            out.writeObject(new long[] {7});
        }
        byte[] b = raw.toByteArray();
        // the array's length is the 4 bytes before its one 8-byte element: claim 2^31 - 1 elements (16 GiB)
        int at = b.length - 8 - 4;
        b[at] = 0x7f;
        b[at + 1] = (byte) 0xff;
        b[at + 2] = (byte) 0xff;
        b[at + 3] = (byte) 0xff;
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(b, 0, b.length - 8);
        }
        Path f = tmp.resolve("huge.checkpoint");
        Files.write(f, gz.toByteArray());
        assertTrue(Files.size(f) < 100, "a few dozen bytes");
        CheckpointReader.Refused e = assertThrows(CheckpointReader.Refused.class, () -> CheckpointReader.read(f));
        assertTrue(e.getMessage().contains("refused as a checkpoint"), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() throws Exception {
        List<Object> top = new ArrayList<>();
        List<Object> at = top;
        for (int i = 0; i < 3000; i++) {
            List<Object> next = new ArrayList<>();
            at.add(next);
            at = next;
        }
        Path f;
        try {
            f = gzipped(top);
        } catch (StackOverflowError e) {
            return; // this JVM's stack cannot even write it; nothing to read back
        }
        CheckpointReader.Refused e = assertThrows(CheckpointReader.Refused.class, () -> CheckpointReader.read(f));
        assertTrue(e.getMessage().contains("refused as a checkpoint"), e.getMessage());
    }

    /** A class no district holds. */
    record Foreign(String what) implements Serializable {
    }

    @Test
    void aClassNoDistrictHoldsIsRefusedAndAFileNotGzipSaysSo() throws Exception {
        CheckpointReader.Refused foreign = assertThrows(CheckpointReader.Refused.class, () -> CheckpointReader.read(gzipped(new Foreign("x"))));
        assertTrue(foreign.getMessage().contains("refused as a checkpoint"), foreign.getMessage());
        Path text = tmp.resolve("notes.checkpoint");
        Files.writeString(text, "hello");
        CheckpointReader.Refused notGzip = assertThrows(CheckpointReader.Refused.class, () -> CheckpointReader.read(text));
        assertTrue(notGzip.getMessage().contains("is not a checkpoint (not gzip data"), notGzip.getMessage());
    }
}
