package org.govsim.runner.output;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive right to write an output folder: a file {@code .govsim.lock} in it, locked by the operating
 * system for as long as the writer lives and holding its pid, host, start time and command. A second writer
 * (another process, or another thread of this one) is refused with who holds the folder. A writer that died
 * (kill -9, a crash, a node lost) loses the operating system's lock with its process; the file it leaves is
 * recognised as stale when the next writer takes the folder, and said so.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".govsim.lock";
    /**
     * Folders this process holds. Checked before the file is opened: on POSIX systems closing any descriptor of a
     * file drops every lock the process holds on it, so a second thread must never open and close the lock file.
     */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final String staleNote;

    private OutputLock(Path key, FileChannel channel, FileLock lock, String staleNote) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.staleNote = staleNote;
    }

    /** The folder is being written by someone else; the message names who. */
    public static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    /**
     * Takes the folder (which must exist) for this process.
     *
     * @param command what this writer is doing, for the message another writer will see
     * @throws Busy when another writer holds it
     */
    public static OutputLock acquire(Path dir, String command) throws Busy, IOException {
        Path key = dir.toRealPath();
        String description = describe(command);
        String mine = HELD.putIfAbsent(key, description);
        if (mine != null) {
            throw busy(dir, mine);
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw busy(dir, read(ch));
            }
            String previous = read(ch);
            String stale = previous.isEmpty() ? null
                    : "a stale lock was left in " + dir + " by " + previous + ", which stopped without finishing "
                    + "(killed, crashed or its machine went down); taking the folder over";
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(description.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new OutputLock(key, ch, lock, stale);
        } catch (Busy | IOException | RuntimeException e) {
            HELD.remove(key);
            if (ch != null) {
                ch.close();
            }
            throw e;
        }
    }

    private static Busy busy(Path dir, String holder) {
        return new Busy(dir + " is in use by another govsim" + (holder.isEmpty() ? "" : " (" + holder.strip() + ")")
                + "; wait for it to finish, or choose another --out");
    }

    /** Non-null when the folder's last writer died holding it: what it was, for the user. */
    public String staleNote() {
        return staleNote;
    }

    /**
     * Releases the folder. The file stays, emptied: deleting it would let a writer that opened it just before lock
     * a file no longer in the folder while a third creates a new one, and both would write.
     */
    @Override
    public void close() throws IOException {
        try (channel) {
            channel.truncate(0);
            channel.force(false);
        } finally {
            if (lock.isValid()) {
                lock.release();
            }
            HELD.remove(key);
        }
    }

    private static String describe(String command) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return "pid " + ProcessHandle.current().pid() + " on " + host + " since " + Instant.now() + ": " + command + "\n";
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4096);
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
    }
}
