package org.govsim.runner.experiment;

/** A batch that cannot go on because its runs fail (the pilot run failed): exit code 1. */
public final class RunFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public RunFailedException(String message) {
        super(message);
    }
}
