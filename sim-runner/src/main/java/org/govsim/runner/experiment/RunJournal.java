package org.govsim.runner.experiment;

import org.govsim.runner.output.JournalLines;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The append-only record of a batch as it runs, in {@code DIR/journal/}: each finished run's timeseries rows and
 * compounds rows, then its runs row followed by a seal line, each handed to the operating system at once (so a
 * kill -9 loses at most the run being written). The seal ({@code #seal,id,row bytes,row CRC-32C,timeseries bytes,
 * timeseries CRC-32C,compounds bytes,compounds CRC-32C,plan}) vouches for the run's row and its two blocks and names
 * the plan they belong to; a run
 * counts as done only when its seal matches (see {@link JournalIndex}), so a damaged, cut-short, foreign or
 * edited line is dropped and its run made again. A failed run leaves a sealed failures row.
 * Opening a journal again cuts off a last line left half-written and adds a {@code #resumed} line, so appending
 * goes on from a clean state and a retried run's new block stays apart from an old one.
 */
public final class RunJournal implements Closeable {
    public static final String FOLDER = "journal";
    static final String RUNS = "runs.journal";
    static final String TIMESERIES = "timeseries.journal";
    static final String COMPOUNDS = "compounds.journal";
    static final String FAILURES = "failures.journal";
    static final String SEAL = "#seal";
    static final String RESUMED = "#resumed";

    private final String planTag;
    private final FileChannel runs;
    private final FileChannel timeseries;
    private final FileChannel compounds;
    private final FileChannel failures;

    private RunJournal(Path folder, String planTag) throws IOException {
        this.planTag = planTag;
        runs = openClean(folder.resolve(RUNS));
        timeseries = openClean(folder.resolve(TIMESERIES));
        compounds = openClean(folder.resolve(COMPOUNDS));
        failures = openClean(folder.resolve(FAILURES));
    }

    /** Opens (or creates) the journal of the batch in {@code dir}, for the plan whose hash is given. */
    public static RunJournal open(Path dir, String planHash) throws IOException {
        Path folder = dir.resolve(FOLDER);
        Files.createDirectories(folder);
        return new RunJournal(folder, tag(planHash));
    }

    /** The part of a plan's hash that each seal carries: 64 bits are plenty to tell plans apart. */
    static String tag(String planHash) {
        return planHash.substring(0, 16);
    }

    /** Records a finished run: its timeseries and compounds blocks first, then the runs row and the seal that mark it done. */
    public synchronized void recordRun(long runId, String timeseriesRows, String compoundsRows, String runsRow) throws IOException {
        byte[] months = timeseriesRows.getBytes(StandardCharsets.UTF_8);
        byte[] places = compoundsRows.getBytes(StandardCharsets.UTF_8);
        byte[] row = runsRow.getBytes(StandardCharsets.UTF_8);
        write(timeseries, months);
        write(compounds, places);
        write(runs, sealed(runId, row, months, places));
    }

    public synchronized void recordFailure(long runId, String failureRow) throws IOException {
        write(failures, sealed(runId, failureRow.getBytes(StandardCharsets.UTF_8), new byte[0], new byte[0]));
    }

    private byte[] sealed(long runId, byte[] row, byte[] months, byte[] places) {
        String seal = SEAL + "," + runId + "," + row.length + "," + crc(row, 0, row.length) + "," + months.length + ","
                + crc(months, 0, months.length) + "," + places.length + "," + crc(places, 0, places.length) + "," + planTag + "\n";
        byte[] s = seal.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[row.length + s.length];
        System.arraycopy(row, 0, all, 0, row.length);
        System.arraycopy(s, 0, all, row.length, s.length);
        return all;
    }

    static int crc(byte[] b, int from, int length) {
        CRC32C c = new CRC32C();
        c.update(b, from, length);
        return (int) c.getValue();
    }

    @Override
    public synchronized void close() throws IOException {
        try (runs; timeseries; compounds; failures) {
            runs.force(false);
            timeseries.force(false);
            compounds.force(false);
            failures.force(false);
        }
    }

    private static void write(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** Opens for appending after cutting the file back to its last complete line. */
    private static FileChannel openClean(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        long end = JournalLines.lastLineEnd(ch);
        if (end < ch.size()) {
            ch.truncate(end);
        }
        ch.position(end);
        if (end > 0) {
            // a line that is no run's: a retried run's new block never joins a cut-short block of the same run
            write(ch, (RESUMED + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return ch;
    }
}
