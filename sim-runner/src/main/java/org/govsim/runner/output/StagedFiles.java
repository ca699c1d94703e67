package org.govsim.runner.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files written in a hidden staging folder inside their destination and moved into it only when all are
 * written, in the order given (so the one named last, the manifest, marks a whole result); abandoned, they leave
 * nothing. Used where a refusal can come after writing has begun (a merge finds a duplicated run mid-way).
 */
public final class StagedFiles implements AutoCloseable {
    static final String PREFIX = ".staging-";

    private final Path dir;
    private final Path stage;
    private boolean committed;

    private StagedFiles(Path dir, Path stage) {
        this.dir = dir;
        this.stage = stage;
    }

    public static StagedFiles in(Path dir) throws IOException {
        return new StagedFiles(dir, Files.createTempDirectory(dir, PREFIX));
    }

    /** The staging folder itself. */
    public Path folder() {
        return stage;
    }

    /** Where to write a file that is to appear in the destination as {@code name}. */
    public Path path(String name) {
        return stage.resolve(name);
    }

    /** Moves the named staged files into the destination, in this order, replacing what is there. */
    public void commit(List<String> names) throws IOException {
        for (String n : names) {
            try {
                Files.move(stage.resolve(n), dir.resolve(n), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(stage.resolve(n), dir.resolve(n), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
        deleteTree(stage);
    }

    /** Removes the staging folder and whatever is still in it. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(stage);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
