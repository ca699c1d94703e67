package org.govsim.runner.gui;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.govsim.model.metrics.CompoundResults;
import org.govsim.runner.output.CsvFormat;

/**
 * What a replayed run must end as: its rows of the batch's compounds.csv, cell by cell as the batch wrote them. When
 * the replay reaches the end of its window the GUI says whether every compound's figures came out the same, so that
 * a user watching a run knows it is the run of the batch, not one like it.
 *
 * @param runId   the run of the batch
 * @param columns compounds.csv's figure columns (after {@code name})
 * @param cells   for each compound in index order, its figures as written
 */
record ReplayCheck(int runId, List<String> columns, List<List<String>> cells) {

    /** The run's rows of {@code dir}/compounds.csv, or null when the batch wrote none (--no-compounds). */
    static ReplayCheck read(Path dir, int runId) throws IOException {
        Path file = dir.resolve("compounds.csv");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            List<String> names = header == null ? List.of() : Arrays.asList(header.split(",", -1));
            int name = names.indexOf("name");
            if (name < 0 || !"run_id".equals(names.get(0))) {
                return null;
            }
            String prefix = runId + ",";
            List<List<String>> cells = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(prefix)) {
                    // the fields before the figures are the run's identity, the compound's index and its name: no quoted commas
                    List<String> fields = Arrays.asList(line.split(",", -1));
                    cells.add(List.copyOf(fields.subList(name + 1, fields.size())));
                }
            }
            return cells.isEmpty() ? null : new ReplayCheck(runId, List.copyOf(names.subList(name + 1, names.size())), List.copyOf(cells));
        }
    }

    /** Whether the replay ended as the batch did, in a sentence; the first difference when it did not. */
    String verdict(CompoundResults replay) {
        if (!replay.columns().equals(columns) || replay.compounds() != cells.size()) {
            return String.format(Locale.ROOT, "the replay of run %d has %d compounds and %d figures each, the batch's compounds.csv %d and %d: "
                    + "not comparable", runId, replay.compounds(), replay.columns().size(), cells.size(), columns.size());
        }
        for (int k = 0; k < cells.size(); k++) {
            for (int c = 0; c < columns.size(); c++) {
                String mine = CsvFormat.number(replay.values()[k][c]);
                if (!mine.equals(cells.get(k).get(c))) {
                    return String.format(Locale.ROOT, "the replay of run %d differs from the batch: compound %d, %s is %s, the batch wrote %s",
                            runId, k, columns.get(c), mine, cells.get(k).get(c));
                }
            }
        }
        return String.format(Locale.ROOT, "the replay of run %d ended as the batch did: all %d compounds' figures equal compounds.csv",
                runId, cells.size());
    }
}
