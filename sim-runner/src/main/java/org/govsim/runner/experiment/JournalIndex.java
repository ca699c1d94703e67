package org.govsim.runner.experiment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where each run's lines lie in a journal (or any CSV whose lines start with the run id): for each run id of a
 * shard, the offset and length of its last complete block of consecutive lines. A later block of the same run
 * (a run retried after an interruption) replaces an earlier one, and a last line without its newline is ignored.
 * Memory is two numbers per run of the shard, whatever the size of the file.
 */
public final class JournalIndex {
    private final Shard shard;
    private final long[] start;
    private final int[] length;

    private JournalIndex(Shard shard, long totalRuns) {
        this.shard = shard;
        int slots = Math.toIntExact((totalRuns + shard.count() - 1) / shard.count());
        this.start = new long[slots];
        this.length = new int[slots];
    }

    /** Indexes the file; a missing file gives an empty index; a header line (not starting with a digit) is skipped. */
    public static JournalIndex of(Path file, Shard shard, long totalRuns) throws IOException {
        JournalIndex index = new JournalIndex(shard, totalRuns);
        if (!Files.exists(file)) {
            return index;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long offset = 0;
            long lineStart = 0;
            long blockStart = 0;
            long blockRun = -1;
            long id = 0;
            boolean inId = true;
            boolean numeric = false;
            for (int c = in.read(); c >= 0; c = in.read()) {
                offset++;
                if (inId) {
                    if (c >= '0' && c <= '9') {
                        id = id * 10 + (c - '0');
                        numeric = true;
                    } else {
                        inId = false;
                    }
                }
                if (c == '\n') {
                    if (numeric && index.holds(id, totalRuns)) {
                        if (id != blockRun) {
                            blockRun = id;
                            blockStart = lineStart;
                        }
                        index.put(id, blockStart, offset - blockStart);
                    } else {
                        blockRun = -1;
                    }
                    lineStart = offset;
                    id = 0;
                    inId = true;
                    numeric = false;
                }
            }
        }
        return index;
    }

    private boolean holds(long id, long totalRuns) {
        return id < totalRuns && shard.holds(id);
    }

    private void put(long runId, long at, long len) {
        int slot = (int) (runId / shard.count());
        start[slot] = at;
        length[slot] = Math.toIntExact(len);
    }

    public boolean has(long runId) {
        return length[(int) (runId / shard.count())] > 0;
    }

    public long start(long runId) {
        return start[(int) (runId / shard.count())];
    }

    public int length(long runId) {
        return length[(int) (runId / shard.count())];
    }

    /** How many runs have lines. */
    public int count() {
        int n = 0;
        for (int l : length) {
            n += l > 0 ? 1 : 0;
        }
        return n;
    }
}
