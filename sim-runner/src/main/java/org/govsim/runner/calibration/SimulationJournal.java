package org.govsim.runner.calibration;

import org.govsim.runner.output.JournalLines;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.govsim.runner.experiment.Shard;

/**
 * The append-only record of a generation's finished simulations, one line each, handed to the operating system as
 * each simulation finishes (a kill -9 loses at most the line being written). Each process writes its own file,
 * {@code journal/generation-003.journal}, or {@code generation-003.shard-2-of-8.journal} for a shard, and holds a lock
 * on it; reading a generation reads every file of it, so the shards of a generation join by simply sharing the
 * folder. A line is {@code generation,index,θ...,values...} (values target by target, replication by replication).
 */
final class SimulationJournal implements Closeable {
    static final String FOLDER = "journal";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private SimulationJournal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Opens this process's journal of a generation for appending, after cutting off a last line left half-written. */
    static SimulationJournal open(Path dir, int generation, Shard shard, String header) throws IOException {
        Path folder = dir.resolve(FOLDER);
        Files.createDirectories(folder);
        String part = shard.isWhole() ? "" : "shard-" + shard.index() + "-of-" + shard.count() + ".";
        Path file = folder.resolve(prefix(generation) + part + "journal");
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new IOException(file + " is being written by another govsim calibrate; run one process per folder and shard");
        }
        long end = JournalLines.lastLineEnd(ch);
        ch.truncate(end);
        ch.position(end);
        SimulationJournal j = new SimulationJournal(file, ch, lock);
        if (end == 0) {
            j.write("# " + header + "\n");
        }
        return j;
    }

    synchronized void append(SimulationRecord r) throws IOException {
        StringBuilder s = new StringBuilder().append(r.generation()).append(',').append(r.index());
        for (double v : r.theta()) {
            s.append(',').append(Numbers.write(v));
        }
        for (double[] target : r.values()) {
            for (double v : target) {
                s.append(',').append(Numbers.write(v));
            }
        }
        write(s.append('\n').toString());
    }

    private void write(String text) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try (channel) {
            channel.force(false);
            lock.release();
        }
    }

    Path file() {
        return file;
    }

    /**
     * Every finished simulation of a generation in the folder's journals, by index. A line still being written (no
     * newline yet) is left out; a simulation found twice (two shards' overlap after a change of N) counts once.
     */
    static Map<Integer, SimulationRecord> read(Path dir, int generation, int dimensions, int targets, int replications) throws IOException {
        Map<Integer, SimulationRecord> records = new TreeMap<>();
        Path folder = dir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return records;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(f -> f.getFileName().toString().startsWith(prefix(generation)) && f.getFileName().toString().endsWith(".journal"))
                    .sorted().forEach(files::add);
        }
        int fields = 2 + dimensions + targets * replications;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n') + 1;
            int lineNo = 0;
            for (String line : text.substring(0, end).split("\n")) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != fields || Integer.parseInt(cells[0]) != generation) {
                    throw new IOException(f + ":" + lineNo + ": not a simulation of generation " + generation + " with " + fields
                            + " fields; the folder holds another calibration's journal");
                }
                records.putIfAbsent(Integer.parseInt(cells[1]), parse(cells, generation, dimensions, targets, replications));
            }
        }
        return records;
    }

    private static SimulationRecord parse(String[] cells, int generation, int dimensions, int targets, int replications) {
        double[] theta = new double[dimensions];
        for (int k = 0; k < dimensions; k++) {
            theta[k] = Numbers.read(cells[2 + k]);
        }
        double[][] values = new double[targets][replications];
        int at = 2 + dimensions;
        for (int t = 0; t < targets; t++) {
            for (int r = 0; r < replications; r++) {
                values[t][r] = Numbers.read(cells[at++]);
            }
        }
        return new SimulationRecord(generation, Integer.parseInt(cells[1]), theta, values);
    }

    private static String prefix(int generation) {
        return String.format(Locale.ROOT, "generation-%03d.", generation);
    }
}
