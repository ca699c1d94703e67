package org.govsim.runner.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@link AtomicFile} for output too large to hold in memory: the body writes to a channel on a temporary file
 * beside the target, which is renamed into place only when the body has finished.
 */
public final class AtomicStream {
    private AtomicStream() {
    }

    /** Writes one file's content to the channel it is given. */
    @FunctionalInterface
    public interface Body {
        void writeTo(FileChannel out) throws IOException;
    }

    public static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            shareable(tmp);
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                body.writeTo(out);
                out.force(false);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Outputs are for sharing (a report, a batch's tables): readable by all, as a plain new file would be, not 0600. */
    private static void shareable(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes all of a text to the channel (UTF-8). */
    public static void text(FileChannel out, String s) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    /** Copies {@code length} bytes of {@code from}, starting at {@code position}, to the end of {@code out}. */
    public static void copy(FileChannel from, long position, long length, FileChannel out) throws IOException {
        long done = 0;
        while (done < length) {
            long n = from.transferTo(position + done, length - done, out);
            if (n <= 0) {
                throw new IOException("short read copying " + length + " bytes at " + position);
            }
            done += n;
        }
    }
}
