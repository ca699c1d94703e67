package org.govsim.runner.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.govsim.runner.output.CsvTable;

/**
 * One sitting of a batch: runs made on the executor into the journal. For {@code --precision} it also keeps the
 * chosen metrics of every replication made, in this sitting or (read back from the journal) an earlier one, so
 * the sequential procedure decides the same batches after a resume as it would have without the interruption.
 */
final class BatchSession implements AdaptiveReplication.Batches {
    private final ExperimentPlan plan;
    private final BatchRequest request;
    private final List<String> metrics;
    private final boolean compounds;
    private final Function<RunSpec, RunOutcome> runner;
    private final Progress progress;
    private final Map<Long, double[]> chosen = new ConcurrentHashMap<>();
    private final Set<Long> done = ConcurrentHashMap.newKeySet();
    private final Set<Long> failed = ConcurrentHashMap.newKeySet();
    private RunSink sink;

    BatchSession(ExperimentPlan plan, BatchRequest request, List<String> metrics, boolean compounds, Function<RunSpec, RunOutcome> runner,
                 Progress progress) {
        this.plan = plan;
        this.request = request;
        this.metrics = metrics;
        this.compounds = compounds;
        this.runner = runner;
        this.progress = progress;
    }

    /** Starts writing to the journal; reads back what an earlier sitting made. */
    void open(Path dir, RunJournal journal) throws IOException {
        sink = new JournalSink(plan, metrics, compounds, journal, this::record);
        JournalState state = JournalState.read(dir, request.shard(), plan.totalRuns(), plan.hash());
        for (long id = request.shard().index() - 1; id < plan.totalRuns(); id += request.shard().count()) {
            if (state.done(id)) {
                done.add(id);
            } else if (state.failed(id)) {
                failed.add(id);
            }
        }
        if (request.precision() != null && !done.isEmpty()) {
            readChosen(dir.resolve(RunJournal.FOLDER).resolve(RunJournal.RUNS), state);
        }
    }

    /** Makes the given runs (those not done yet). */
    void make(long[] ids) throws IOException, InterruptedException {
        long[] todo = LongStream.of(ids).filter(id -> !done.contains(id)).toArray();
        failed.removeIf(id -> LongStream.of(todo).anyMatch(t -> t == id));
        new BatchExecutor(request.threads(), runner).run(plan, todo, sink, progress);
    }

    @Override
    public boolean extendTo(int n) throws IOException, InterruptedException {
        make(LongStream.range(0, n).toArray());
        return LongStream.range(0, n).anyMatch(failed::contains);
    }

    @Override
    public double[] values(String metric, int n) {
        int m = request.precision().metrics().indexOf(metric);
        List<Double> v = new ArrayList<>();
        for (long id = 0; id < n; id++) {
            double[] row = chosen.get(id);
            if (row != null) {
                v.add(row[m]);
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void record(RunOutcome o) {
        long id = o.spec().runId();
        if (!o.ok()) {
            failed.add(id);
            return;
        }
        done.add(id);
        if (request.precision() != null) {
            List<String> names = request.precision().metrics();
            double[] row = new double[names.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = o.result().summary().getOrDefault(names.get(i), Double.NaN);
            }
            chosen.put(id, row);
        }
    }

    /** The chosen metrics of the runs an earlier sitting made, from their sealed journal rows. */
    private void readChosen(Path runsJournal, JournalState state) throws IOException {
        List<String> header = CsvTable.cells(RunRows.runsHeader(plan, metrics).strip());
        List<String> names = request.precision().metrics();
        try (FileChannel in = FileChannel.open(runsJournal, StandardOpenOption.READ)) {
            for (long id : done) {
                ByteBuffer b = ByteBuffer.allocate(state.runs().length(id));
                in.read(b, state.runs().start(id));
                List<String> cells = CsvTable.cells(new String(b.array(), StandardCharsets.UTF_8).strip());
                double[] row = new double[names.size()];
                for (int i = 0; i < row.length; i++) {
                    int c = header.indexOf(names.get(i));
                    row[i] = c < 0 || c >= cells.size() ? Double.NaN : CsvTable.number(cells.get(c));
                }
                chosen.put(id, row);
            }
        }
    }
}
