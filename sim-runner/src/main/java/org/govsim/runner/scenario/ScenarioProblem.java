package org.govsim.runner.scenario;

import java.nio.file.Path;

/**
 * One reason a scenario is refused. {@code file} is null for command-line input ({@code --set}); {@code line}
 * is 1-based, or 0 when the problem concerns the whole file; {@code key} is the full dotted path, or empty.
 */
public record ScenarioProblem(Path file, int line, String key, String message) {

    public ScenarioProblem {
        key = key == null ? "" : key;
    }

    /** {@code FILE:LINE: KEY: MESSAGE}, leaving out the parts that do not apply, so editors can jump to the line. */
    public String render() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file);
            if (line > 0) {
                s.append(':').append(line);
            }
            s.append(": ");
        }
        if (!key.isEmpty()) {
            s.append(key).append(": ");
        }
        return s.append(message).toString();
    }
}
