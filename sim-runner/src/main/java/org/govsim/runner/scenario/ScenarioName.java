package org.govsim.runner.scenario;

/**
 * What a scenario's name may be. It names output folders (results/&lt;name&gt;-&lt;timestamp&gt;, --out/&lt;name&gt;), runs.csv's
 * scenario column and lines on the terminal, so it must be one path segment that any file system takes and a
 * terminal shows as written: no separators, no "." or "..", no control characters (a NUL, or an escape sequence
 * that would rewrite the terminal), and short enough that a folder named after it, with its timestamp, stays
 * under the 255 bytes file systems allow.
 */
public final class ScenarioName {
    public static final int MAX_LENGTH = 100;

    private ScenarioName() {
    }

    /** Why the name cannot be used, or null. */
    public static String problem(String name) {
        if (name.isBlank()) {
            return "must not be blank";
        }
        if (name.equals(".") || name.equals("..")) {
            return "must not be '" + name + "' (the name becomes an output folder's name)";
        }
        if (name.contains("/") || name.contains("\\")) {
            return "must not contain '/' or '\\' (the name becomes part of an output folder's name)";
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
            return "must not contain control characters (such as a NUL or a terminal escape)";
        }
        int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (name.length() > MAX_LENGTH || bytes > 2 * MAX_LENGTH) {
            return "is " + name.length() + " characters long; at most " + MAX_LENGTH + " (it becomes an output folder's name)";
        }
        return null;
    }
}
