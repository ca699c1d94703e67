package org.govsim.runner.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a file under a temporary name beside it and renames it into place when complete, so a reader
 * (or an interrupted run) never sees a half-written output. For content too large to hold, use {@link AtomicStream}.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        AtomicStream.write(target, out -> {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) {
                out.write(b);
            }
        });
    }
}
