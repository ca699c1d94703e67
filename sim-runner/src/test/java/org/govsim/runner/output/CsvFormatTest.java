package org.govsim.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatTest {
    @TempDir
    Path tmp;

    @Test
    void numbersAreExactAndLocaleFree() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("800", CsvFormat.number(800.0));
            assertEquals("0.1", CsvFormat.number(0.1));
            assertEquals("80743059.70018959", CsvFormat.number(8.074305970018959E7));
            assertEquals("0.00001", CsvFormat.number(1e-5));
            assertEquals("NaN", CsvFormat.number(Double.NaN));
            assertEquals(0.1 + 0.2, Double.parseDouble(CsvFormat.number(0.1 + 0.2)));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void textWithCommasIsQuoted() {
        assertEquals("\"a,b\"", CsvFormat.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvFormat.field("say \"hi\""));
        assertEquals("plain", CsvFormat.field("plain"));
    }

    @Test
    void atomicWriteLeavesNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("sub/runs.csv");
        AtomicFile.write(target, "a,b\n");
        AtomicFile.write(target, "c,d\n");
        assertEquals("c,d\n", Files.readString(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count());
        }
        assertFalse(Files.exists(tmp.resolve("sub/runs.csv.tmp")));
        assertTrue(Files.exists(target));
    }
}
