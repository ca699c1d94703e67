package org.govsim.runner.experiment;

import org.govsim.model.metrics.RunResult;

/** A finished run: its result, or the error that stopped it. */
public record RunOutcome(RunSpec spec, RunResult result, String error) {

    public boolean ok() {
        return error == null;
    }
}
