package org.govsim.runner.experiment;

import java.io.IOException;

/** Where a batch's finished runs go as they finish (a journal; the bench drops them). Called from worker threads. */
@FunctionalInterface
public interface RunSink {
    RunSink DROP = o -> { };

    void accept(RunOutcome outcome) throws IOException;
}
