package org.govsim.runner.experiment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Where each run's lines lie in a journal file: for each run id of a shard, the offset, length and CRC-32C of
 * its last block of consecutive lines. Read two ways:
 * <ul>
 * <li>{@link #blocks}: the timeseries and compounds journals, whose blocks are vouched for by the runs journal's seals;</li>
 * <li>{@link #sealed}: the runs and failures journals, where a block counts only when the next line is its seal
 *     (run id, byte length, CRC-32C and this plan's tag all matching). Anything else — a line cut short, a
 *     changed byte, appended garbage, a duplicated or foreign line, an id outside the plan or too long to be
 *     one — is dropped and counted in {@link #damagedLines()}.</li>
 * </ul>
 * A later block of the same run (a run retried after an interruption) replaces an earlier one. Memory is a few
 * numbers per run of the shard, whatever the size of the file.
 */
public final class JournalIndex {
    /** No line govsim writes comes near this; longer ones are damage and are not kept in memory. */
    private static final int MAX_LINE = 1 << 20;

    private final Shard shard;
    private final long totalRuns;
    private final long[] start;
    private final int[] length;
    private final int[] crc;
    private final int[] sealedMonthsLength;
    private final int[] sealedMonthsCrc;
    private final int[] sealedCompoundsLength;
    private final int[] sealedCompoundsCrc;
    private long damagedLines;

    private JournalIndex(Shard shard, long totalRuns, boolean sealed) {
        this.shard = shard;
        this.totalRuns = totalRuns;
        int slots = Math.toIntExact((totalRuns + shard.count() - 1) / shard.count());
        this.start = new long[slots];
        this.length = new int[slots];
        this.crc = new int[slots];
        this.sealedMonthsLength = sealed ? new int[slots] : null;
        this.sealedMonthsCrc = sealed ? new int[slots] : null;
        this.sealedCompoundsLength = sealed ? new int[slots] : null;
        this.sealedCompoundsCrc = sealed ? new int[slots] : null;
    }

    /** Memory of an index per run of the shard, bytes, for the batch's memory estimate. */
    static final int BYTES_PER_RUN = 8 + 4 + 4 + 4 + 4 + 4 + 4;

    /** The blocks of a journal without seals (timeseries); a missing file gives an empty index. */
    public static JournalIndex blocks(Path file, Shard shard, long totalRuns) throws IOException {
        JournalIndex index = new JournalIndex(shard, totalRuns, false);
        index.scan(file, null);
        return index;
    }

    /** The sealed blocks of a runs or failures journal of the plan with this tag; a missing file gives an empty index. */
    public static JournalIndex sealed(Path file, Shard shard, long totalRuns, String planTag) throws IOException {
        JournalIndex index = new JournalIndex(shard, totalRuns, true);
        index.scan(file, planTag);
        return index;
    }

    public boolean has(long runId) {
        return length[slot(runId)] > 0;
    }

    public long start(long runId) {
        return start[slot(runId)];
    }

    public int length(long runId) {
        return length[slot(runId)];
    }

    int crc(long runId) {
        return crc[slot(runId)];
    }

    /** Whether a sealed run's timeseries block is the one its seal vouches for. */
    boolean monthsMatch(long runId, JournalIndex months) {
        int s = slot(runId);
        return matches(runId, months, sealedMonthsLength[s], sealedMonthsCrc[s]);
    }

    /** Whether a sealed run's compounds block is the one its seal vouches for. */
    boolean compoundsMatch(long runId, JournalIndex compounds) {
        int s = slot(runId);
        return matches(runId, compounds, sealedCompoundsLength[s], sealedCompoundsCrc[s]);
    }

    private static boolean matches(long runId, JournalIndex block, int sealedLength, int sealedCrc) {
        if (sealedLength == 0) {
            return !block.has(runId) || block.length(runId) == 0;
        }
        return block.has(runId) && block.length(runId) == sealedLength && block.crc(runId) == sealedCrc;
    }

    /** Lines that were dropped: unreadable, cut short, unsealed or not matching their seal. */
    public long damagedLines() {
        return damagedLines;
    }

    /** How many runs have a (sealed, for a sealed index) block. */
    public int count() {
        int n = 0;
        for (int l : length) {
            n += l > 0 ? 1 : 0;
        }
        return n;
    }

    private int slot(long runId) {
        return (int) (runId / shard.count());
    }

    // ------------------------------------------------------------------ reading

    /** The block being read: consecutive lines of one run, not yet sealed. */
    private long blockRun = -1;
    private long blockStart;
    private int blockLength;
    private int blockLines;
    private final CRC32C blockCrc = new CRC32C();

    private void scan(Path file, String planTag) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        byte[] line = new byte[256];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long offset = 0;
            long lineStart = 0;
            int n = 0;
            boolean tooLong = false;
            for (int c = in.read(); c >= 0; c = in.read()) {
                offset++;
                if (n < MAX_LINE) {
                    if (n == line.length) {
                        line = Arrays.copyOf(line, Math.min(MAX_LINE, 2 * n));
                    }
                    line[n++] = (byte) c;
                } else {
                    tooLong = true;
                }
                if (c == '\n') {
                    if (tooLong) {
                        dropBlock();
                        damagedLines++;
                    } else {
                        line(line, n, lineStart, planTag);
                    }
                    lineStart = offset;
                    n = 0;
                    tooLong = false;
                }
            }
            if (n > 0 || tooLong) {
                damagedLines++; // a last line without its newline: cut short
            }
        }
        if (planTag != null) {
            dropBlock(); // a block without its seal at the end: the run being written when the batch stopped
        }
    }

    private void line(byte[] line, int n, long at, String planTag) {
        long id = runId(line, n);
        if (id >= 0) {
            if (id != blockRun) {
                if (planTag != null) {
                    dropBlock();
                }
                blockRun = id;
                blockStart = at;
                blockLength = 0;
                blockLines = 0;
                blockCrc.reset();
            }
            blockLength += n;
            blockLines++;
            blockCrc.update(line, 0, n);
            if (planTag == null) {
                put(id, blockStart, blockLength, (int) blockCrc.getValue());
            }
            return;
        }
        String text = new String(line, 0, Math.min(n, 200), StandardCharsets.US_ASCII).strip();
        if (planTag != null && text.startsWith(RunJournal.SEAL + ",")) {
            seal(text, planTag);
        } else {
            if (planTag != null) {
                dropBlock();
            }
            blockRun = -1;
            if (!text.equals(RunJournal.RESUMED)) {
                damagedLines++;
            }
        }
    }

    /** Checks a seal against the block before it: the run is kept only when everything matches. */
    private void seal(String text, String planTag) {
        List<String> f = List.of(text.split(",", -1));
        boolean ok = blockRun >= 0 && f.size() == 9;
        try {
            ok = ok && Long.parseLong(f.get(1)) == blockRun && Integer.parseInt(f.get(2)) == blockLength
                    && Integer.parseInt(f.get(3)) == (int) blockCrc.getValue() && f.get(8).equals(planTag) && blockLines == 1;
            if (ok) {
                int s = slot(blockRun);
                put(blockRun, blockStart, blockLength, (int) blockCrc.getValue());
                sealedMonthsLength[s] = Integer.parseInt(f.get(4));
                sealedMonthsCrc[s] = Integer.parseInt(f.get(5));
                sealedCompoundsLength[s] = Integer.parseInt(f.get(6));
                sealedCompoundsCrc[s] = Integer.parseInt(f.get(7));
            }
        } catch (NumberFormatException e) {
            ok = false;
        }
        if (!ok) {
            damagedLines += 1 + (blockRun >= 0 ? blockLines : 0);
        }
        blockRun = -1;
    }

    private void dropBlock() {
        if (blockRun >= 0) {
            damagedLines += blockLines;
            blockRun = -1;
        }
    }

    /** The run id a line starts with (digits, then a comma), or -1 when it starts with none of this shard's ids. */
    private long runId(byte[] line, int n) {
        long id = 0;
        int digits = 0;
        for (int i = 0; i < n; i++) {
            byte b = line[i];
            if (b >= '0' && b <= '9') {
                if (++digits > 18) {
                    return -1; // more digits than any run id can have: not a run's line, and no overflow
                }
                id = id * 10 + (b - '0');
            } else {
                return b == ',' && digits > 0 && (digits == 1 || line[0] != '0') && id < totalRuns && shard.holds(id) ? id : -1;
            }
        }
        return -1;
    }

    private void put(long runId, long at, int len, int checksum) {
        int s = slot(runId);
        start[s] = at;
        length[s] = len;
        crc[s] = checksum;
    }
}
