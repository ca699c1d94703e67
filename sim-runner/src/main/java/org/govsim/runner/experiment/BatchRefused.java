package org.govsim.runner.experiment;

/** A batch that is not started: bad options, a folder in use or holding other results, too large for the machine. Exit code 2. */
public final class BatchRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public BatchRefused(String message) {
        super(message);
    }
}
