package org.govsim.runner.experiment;

/** Told as runs finish; the terminal shows it, tests ignore it. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void finished(int done, int total);
}
