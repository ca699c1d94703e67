package org.govsim.runner.experiment;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes each finished run of a batch to its journal as CSV lines ({@link RunRows}), and tells a listener (the
 * precision procedure, which needs the runs' metrics). A run whose metrics do not fit the plan's header is
 * recorded as failed rather than written under the wrong columns.
 */
final class JournalSink implements RunSink {
    private final ExperimentPlan plan;
    private final List<String> metrics;
    private final boolean compounds;
    private final RunJournal journal;
    private final Consumer<RunOutcome> listener;

    JournalSink(ExperimentPlan plan, List<String> metrics, boolean compounds, RunJournal journal, Consumer<RunOutcome> listener) {
        this.plan = plan;
        this.metrics = metrics;
        this.compounds = compounds;
        this.journal = journal;
        this.listener = listener;
    }

    @Override
    public void accept(RunOutcome o) throws IOException {
        RunOutcome outcome = o;
        if (o.ok()) {
            try {
                String row = RunRows.runsRow(plan, o, metrics);
                journal.recordRun(o.spec().runId(), RunRows.timeseriesRows(plan, o), compounds ? RunRows.compoundsRows(plan, o) : "", row);
            } catch (IllegalStateException e) {
                outcome = new RunOutcome(o.spec(), null, "IllegalStateException: " + e.getMessage());
            }
        }
        if (!outcome.ok()) {
            journal.recordFailure(outcome.spec().runId(), RunRows.failureRow(outcome));
        }
        listener.accept(outcome);
    }
}
