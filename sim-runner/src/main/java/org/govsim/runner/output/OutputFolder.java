package org.govsim.runner.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A folder a command writes to, made ready before anything runs: created if missing (with a file written and
 * removed, to know it can hold files), then locked ({@link OutputLock}). Refusals name the folder and what is wrong
 * with it: a file, a device, a path under a file, a place that cannot be written. Closing it releases the lock and,
 * when nothing was written, removes the folder it created.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path dir;
    /** The highest folder this command created (dir itself or an ancestor), or null when dir existed. */
    private final Path created;
    private final OutputLock lock;

    private OutputFolder(Path dir, Path created, OutputLock lock) {
        this.dir = dir;
        this.created = created;
        this.lock = lock;
    }

    /** The folder cannot be used; the message is for the user as it stands. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unusable(String message) {
            super(message);
        }
    }

    /**
     * Makes the folder ready and takes it for this process.
     *
     * @param command what this writer does, shown to a second writer that is refused
     */
    public static OutputFolder take(Path dir, String command) throws Unusable {
        String problem = problem(dir);
        if (problem != null) {
            throw new Unusable(problem);
        }
        Path created = null;
        for (Path p = dir.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) {
            created = p;
        }
        try {
            Files.createDirectories(dir);
            probe(dir);
        } catch (IOException e) {
            throw new Unusable(dir + ": cannot be written (" + reason(e) + "); choose another --out");
        }
        try {
            return new OutputFolder(dir, created, OutputLock.acquire(dir, command));
        } catch (OutputLock.Busy e) {
            removeEmpty(dir, created);
            throw new Unusable(e.getMessage());
        } catch (IOException e) {
            removeEmpty(dir, created);
            throw new Unusable(dir + ": cannot be locked for writing (" + reason(e) + "); choose another --out");
        }
    }

    /** What is wrong with the path as a folder to write into, or null; looks, writes nothing. */
    public static String problem(Path dir) {
        String text = dir.toString();
        if (text.isEmpty()) {
            return "--out is empty: name a folder";
        }
        try {
            Path probe = dir.toAbsolutePath().normalize();
            for (Path p = probe; p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.isDirectory(p)) {
                    return p.equals(probe) ? dir + ": is a file, not a folder; choose another --out"
                            : dir + ": cannot be a folder: " + p + " is a file";
                }
            }
        } catch (InvalidPathException e) {
            return "--out '" + text + "' is not a valid path";
        }
        return null;
    }

    public Path dir() {
        return dir;
    }

    /** Non-null when the folder's last writer died holding it: for the user. */
    public String staleNote() {
        return lock.staleNote();
    }

    /**
     * Removes what a writer killed mid-way leaves: files under a temporary name (an interrupted atomic write) and
     * staging folders of an interrupted merge. Only the folder's holder may call it.
     */
    public void sweepLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(f)) {
                    Files.deleteIfExists(f);
                } else if (name.startsWith(StagedFiles.PREFIX) && Files.isDirectory(f)) {
                    StagedFiles.deleteTree(f);
                }
            }
        }
    }

    /** Releases the folder; removes it (and the parents this command created) if nothing was written but the lock. */
    @Override
    public void close() throws IOException {
        lock.close();
        removeEmpty(dir, created);
    }

    private static void removeEmpty(Path dir, Path created) {
        if (created == null) {
            return;
        }
        try {
            try (Stream<Path> files = Files.list(dir)) {
                if (!files.allMatch(f -> f.getFileName().toString().equals(OutputLock.FILE))) {
                    return;
                }
            }
            Files.deleteIfExists(dir.resolve(OutputLock.FILE));
            for (Path p = dir.toAbsolutePath().normalize(); p != null && p.startsWith(created); p = p.getParent()) {
                try (Stream<Path> rest = Files.list(p)) {
                    if (rest.findAny().isPresent()) {
                        return;
                    }
                }
                Files.delete(p);
            }
        } catch (IOException e) {
            // another writer put something there meanwhile: leave it
        }
    }

    private static void probe(Path dir) throws IOException {
        Path p = Files.createTempFile(dir, ".govsim-probe-", ".tmp");
        Files.delete(p);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
