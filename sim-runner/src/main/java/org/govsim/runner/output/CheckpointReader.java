package org.govsim.runner.output;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import sim.engine.SimState;

/**
 * Reads a MASON checkpoint (a gzipped Java serialisation of a SimState, as the Console's File &gt; Save writes it)
 * through {@link CheckpointFilter}, so that a file from elsewhere cannot make the reader build objects it should
 * not, allocate without bound, or recurse until the stack overflows. The filter is set before the first object is
 * read; then MASON's {@code awakeFromCheckpoint} runs, as {@link SimState#readFromCheckpoint} would.
 */
public final class CheckpointReader {
    private CheckpointReader() {
    }

    /** A file that is not a checkpoint govsim can open; the message is for the user as it stands. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    public static SimState read(Path file) throws Refused {
        if (!Files.isRegularFile(file)) {
            throw new Refused(file + ": not found");
        }
        try (InputStream raw = Files.newInputStream(file)) {
            return read(raw, file.toString());
        } catch (IOException e) {
            throw new Refused(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reads from a stream; {@code name} names it in messages. */
    public static SimState read(InputStream in, String name) throws Refused {
        Object o;
        try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(in)))) {
            objects.setObjectInputFilter(new CheckpointFilter());
            o = objects.readObject();
        } catch (InvalidClassException e) {
            throw new Refused(name + ": refused as a checkpoint: it holds something a govsim checkpoint does not ("
                    + CheckpointFilter.limits() + ")");
        } catch (ZipException e) {
            throw new Refused(name + ": is not a checkpoint (not gzip data, as the Console's File > Save writes)");
        } catch (ClassNotFoundException e) {
            throw new Refused(name + ": a checkpoint of another version of govsim (a class it holds is not in this one)");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new Refused(name + ": is not a checkpoint this version of govsim can read (" + e.getClass().getSimpleName() + ")");
        }
        if (!(o instanceof SimState state)) {
            throw new Refused(name + ": holds a " + (o == null ? "null" : o.getClass().getSimpleName()) + ", not a saved simulation");
        }
        state.awakeFromCheckpoint();
        return state;
    }
}
