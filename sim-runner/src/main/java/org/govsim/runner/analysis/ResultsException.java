package org.govsim.runner.analysis;

/** A results folder that cannot be compared: missing, without runs.csv, unreadable, or asked for what it lacks. */
public final class ResultsException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResultsException(String message) {
        super(message);
    }
}
