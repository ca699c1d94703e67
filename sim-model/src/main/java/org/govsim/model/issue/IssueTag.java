package org.govsim.model.issue;

import java.io.Serializable;

/**
 * A fact a lever records on an issue (an advisor took part, cameras identified who threw it), declared by the
 * lever when it installs. The core gives each tag one bit of the issue and knows nothing of what it means.
 */
public record IssueTag(String name, int bit) implements Serializable {
    /** Tags an issue can carry at once: the bits of an int. */
    public static final int MAX = 32;

    public IssueTag {
        if (bit < 0 || bit >= MAX) {
            throw new IllegalArgumentException("tag bit " + bit + " is outside [0, " + MAX + ")");
        }
    }

    int mask() {
        return 1 << bit;
    }
}
