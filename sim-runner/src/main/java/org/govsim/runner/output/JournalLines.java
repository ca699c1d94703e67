package org.govsim.runner.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Where a journal's last whole line ends, so that a journal reopened after a crash appends after it, not after half a line. */
public final class JournalLines {
    private JournalLines() {
    }

    /** The offset just after the file's last newline (0 if none), read backwards from the end. */
    public static long lastLineEnd(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8192);
        for (long at = ch.size(); at > 0; ) {
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
