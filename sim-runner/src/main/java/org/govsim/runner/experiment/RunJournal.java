package org.govsim.runner.experiment;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The append-only record of a batch as it runs, in {@code DIR/journal/}: each finished run's timeseries rows,
 * then its runs row, each handed to the operating system at once (so a kill -9 loses at most the run being
 * written). A run counts as done only when its runs row is complete; a failed run leaves a failures row.
 * Opening a journal again cuts off a last line left half-written and adds a {@code #resumed} line, so appending
 * goes on from a clean state and {@link JournalIndex} keeps a retried run's new block apart from an old one.
 */
public final class RunJournal implements Closeable {
    public static final String FOLDER = "journal";
    static final String RUNS = "runs.journal";
    static final String TIMESERIES = "timeseries.journal";
    static final String FAILURES = "failures.journal";

    private final FileChannel runs;
    private final FileChannel timeseries;
    private final FileChannel failures;

    private RunJournal(Path folder) throws IOException {
        runs = openClean(folder.resolve(RUNS));
        timeseries = openClean(folder.resolve(TIMESERIES));
        failures = openClean(folder.resolve(FAILURES));
    }

    public static RunJournal open(Path dir) throws IOException {
        Path folder = dir.resolve(FOLDER);
        Files.createDirectories(folder);
        return new RunJournal(folder);
    }

    /** Records a finished run: its timeseries block first, then the runs row that marks it done. */
    public synchronized void recordRun(String timeseriesRows, String runsRow) throws IOException {
        write(timeseries, timeseriesRows);
        write(runs, runsRow);
    }

    public synchronized void recordFailure(String failureRow) throws IOException {
        write(failures, failureRow);
    }

    @Override
    public synchronized void close() throws IOException {
        try (runs; timeseries; failures) {
            runs.force(false);
            timeseries.force(false);
            failures.force(false);
        }
    }

    private static void write(FileChannel ch, String text) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** Opens for appending after cutting the file back to its last complete line. */
    private static FileChannel openClean(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        long end = lastLineEnd(ch);
        if (end < ch.size()) {
            ch.truncate(end);
        }
        ch.position(end);
        if (end > 0) {
            // a line that is no run's: a retried run's new block never joins a cut-short block of the same run
            write(ch, "#resumed\n");
        }
        return ch;
    }

    /** The offset just after the file's last newline (0 if none). */
    static long lastLineEnd(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer b = ByteBuffer.allocate(8192);
        for (long at = size; at > 0; ) {
            int n = (int) Math.min(b.capacity(), at);
            at -= n;
            b.clear().limit(n);
            while (b.hasRemaining()) {
                if (ch.read(b, at + b.position()) < 0) {
                    throw new IOException("journal shrank while read");
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                if (b.get(i) == '\n') {
                    return at + i + 1;
                }
            }
        }
        return 0;
    }
}
