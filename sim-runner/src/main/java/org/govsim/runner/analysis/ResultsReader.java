package org.govsim.runner.analysis;

import java.io.IOException;
import org.govsim.runner.output.JsonFiles;
import org.govsim.runner.output.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsim.runner.output.CsvTable;

/**
 * Reads {@code govsim run} folders back: runs.csv (required), timeseries.csv and manifest.json (optional).
 * runs.csv's columns are run_id, scenario, replication, seed, then the parameters set on the command line, then
 * the metrics from {@code compounds} on.
 */
public final class ResultsReader {
    private static final List<String> IDENTITY = List.of("run_id", "scenario", "replication", "seed");
    private static final String FIRST_METRIC = "compounds";

    private ResultsReader() {
    }

    /**
     * Reads each folder. Each gets a unique label: the scenario's name; when two share it, the folder's name;
     * when two folders share that too, the path as given.
     */
    public static List<ScenarioResults> readAll(List<Path> dirs) throws ResultsException {
        List<ScenarioResults> all = new ArrayList<>();
        for (Path dir : dirs) {
            all.add(read(dir));
        }
        List<String> labels = all.stream().map(ScenarioResults::name).toList();
        labels = relabelDuplicates(labels, all.stream().map(r -> folderName(r.dir())).toList());
        labels = relabelDuplicates(labels, all.stream().map(r -> r.dir().toString()).toList());
        List<ScenarioResults> labelled = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (labels.indexOf(labels.get(i)) != i) {
                throw new ResultsException("the same results folder is given twice: " + all.get(i).dir());
            }
            labelled.add(all.get(i).withLabel(labels.get(i)));
        }
        return labelled;
    }

    private static List<String> relabelDuplicates(List<String> labels, List<String> alternatives) {
        Map<String, Integer> count = new HashMap<>();
        labels.forEach(l -> count.merge(l, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(count.get(labels.get(i)) > 1 ? alternatives.get(i) : labels.get(i));
        }
        return out;
    }

    public static ScenarioResults read(Path dir) throws ResultsException {
        if (!Files.isDirectory(dir)) {
            throw new ResultsException(dir + ": no such folder");
        }
        Path runsFile = dir.resolve("runs.csv");
        if (!Files.isRegularFile(runsFile)) {
            throw new ResultsException(dir + ": no runs.csv here; give folders that `govsim run` wrote");
        }
        CsvTable runs = CsvTable.parse(readString(runsFile));
        for (String c : IDENTITY) {
            if (runs.column(c) < 0) {
                throw new ResultsException(runsFile + ": no column " + c + "; is it a runs.csv that `govsim run` wrote?");
            }
        }
        if (runs.rows().isEmpty()) {
            throw new ResultsException(runsFile + ": holds no successful replication");
        }
        List<String> header = runs.header();
        int firstMetric = header.indexOf(FIRST_METRIC);
        int seedColumn = runs.column("seed");
        int pointColumn = runs.column("point");
        List<String> parameters = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        for (int c = seedColumn + 1; c < header.size(); c++) {
            boolean parameter = firstMetric >= 0 ? c < firstMetric : header.get(c).contains(".");
            (parameter ? parameters : metrics).add(header.get(c));
        }
        List<ScenarioResults.Run> rows = new ArrayList<>();
        String name = null;
        for (int line = 0; line < runs.rows().size(); line++) {
            List<String> row = runs.rows().get(line);
            if (row.size() != header.size()) {
                throw new ResultsException(runsFile + ":" + (line + 2) + ": has " + row.size() + " fields, the header " + header.size());
            }
            name = name == null ? row.get(runs.column("scenario")) : name;
            Map<String, String> p = new LinkedHashMap<>();
            parameters.forEach(col -> p.put(col, row.get(header.indexOf(col))));
            Map<String, Double> m = new LinkedHashMap<>();
            for (String col : metrics) {
                String cell = row.get(header.indexOf(col));
                Double v = CsvTable.strictNumber(cell);
                if (v == null) {
                    throw new ResultsException(runsFile + ":" + (line + 2) + ": " + col + ": " + shown(cell)
                            + " is not a number (a number, NaN, Inf or -Inf)");
                }
                m.put(col, v);
            }
            try {
                rows.add(new ScenarioResults.Run(Integer.parseInt(row.get(runs.column("run_id"))),
                        pointColumn < 0 ? 0 : Integer.parseInt(row.get(pointColumn)),
                        Integer.parseInt(row.get(runs.column("replication"))), Long.parseLong(row.get(seedColumn)), p, m));
            } catch (NumberFormatException e) {
                throw new ResultsException(runsFile + ":" + (line + 2) + ": run_id, point, replication and seed must be integers");
            }
        }
        caseFigures(dir.resolve("compounds.csv"), rows, metrics);
        Optional<ManifestInfo> manifest = manifest(dir);
        return new ScenarioResults(name, name, dir, parameters, metrics, rows, months(dir.resolve("timeseries.csv")), manifest);
    }

    /**
     * Adds the figures of the case compounds (the rows of compounds.csv with a name) to their runs as metrics
     * {@code name:column}, so that a named compound's figures compare like the district's. The file is read line by
     * line and only named rows are parsed: a batch's compounds.csv holds every compound of every run.
     */
    private static void caseFigures(Path file, List<ScenarioResults.Run> runs, List<String> metrics) throws ResultsException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        StringBuilder named = new StringBuilder();
        int nameField = -1;
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                return;
            }
            nameField = java.util.Arrays.asList(header.split(",", -1)).indexOf("name");
            if (nameField < 0) {
                throw new ResultsException(file + ": no column name; is it a compounds.csv that `govsim run` wrote?");
            }
            named.append(header).append('\n');
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // identity fields before the name are numbers or a scenario name, so the name is the field after the nameField-th comma
                if (!caseName(line, nameField).isEmpty()) {
                    named.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new ResultsException(file + ": cannot read (" + e.getMessage() + ")");
        }
        CsvTable t = CsvTable.parse(named);
        int runId = t.column("run_id");
        int name = t.column("name");
        Map<Integer, ScenarioResults.Run> byId = new HashMap<>();
        runs.forEach(r -> byId.put(r.runId(), r));
        for (int line = 0; line < t.rows().size(); line++) {
            List<String> row = t.rows().get(line);
            ScenarioResults.Run run = byId.get(Integer.parseInt(row.get(runId)));
            if (run == null) {
                continue; // a failed run has its compounds' rows in no table; runs.csv is the reference
            }
            for (int c = name + 1; c < t.header().size(); c++) {
                String column = row.get(name) + ":" + t.header().get(c);
                Double v = CsvTable.strictNumber(row.get(c));
                if (v == null) {
                    throw new ResultsException(file + ": run " + run.runId() + ", " + column + ": " + shown(row.get(c)) + " is not a number");
                }
                run.metrics().put(column, v);
                if (!metrics.contains(column)) {
                    metrics.add(column);
                }
            }
        }
    }

    /** The field after the {@code field}-th comma of a line whose earlier fields hold no quoted comma. */
    private static String caseName(String line, int field) {
        int start = 0;
        for (int k = 0; k < field; k++) {
            start = line.indexOf(',', start) + 1;
            if (start == 0) {
                return "";
            }
        }
        int end = line.indexOf(',', start);
        return end < 0 ? line.substring(start) : line.substring(start, end);
    }

    private static List<ScenarioResults.Month> months(Path file) throws ResultsException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        CsvTable t = CsvTable.parse(readString(file));
        int rep = t.column("replication");
        int point = t.column("point");
        int day = t.column("day");
        if (t.rows().isEmpty() || rep < 0 || day < 0) {
            return List.of();
        }
        List<ScenarioResults.Month> months = new ArrayList<>();
        for (List<String> row : t.rows()) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int c = day + 1; c < t.header().size() && c < row.size(); c++) {
                values.put(t.header().get(c), CsvTable.number(row.get(c)));
            }
            try {
                months.add(new ScenarioResults.Month(point < 0 ? 0 : Integer.parseInt(row.get(point)), Integer.parseInt(row.get(rep)),
                        CsvTable.number(row.get(day)), values));
            } catch (NumberFormatException e) {
                throw new ResultsException(file + ": replication must be an integer, got " + row.get(rep));
            }
        }
        return months;
    }

    private static Optional<ManifestInfo> manifest(Path dir) throws ResultsException {
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            return Optional.empty();
        }
        Manifest m;
        try {
            m = Manifest.read(dir);
        } catch (JsonFiles.Unreadable e) {
            throw new ResultsException(e.getMessage());
        }
        Manifest.ScenarioPart scenario = m.scenario() != null ? m.scenario() : new Manifest.ScenarioPart(null, null, List.of(), List.of());
        Map<String, String> parameters = new LinkedHashMap<>();
        if (m.parameters() != null) {
            m.parameters().forEach((k, v) -> parameters.put(k, String.valueOf(v)));
        }
        return Optional.of(new ManifestInfo(scenario.name(), scenario.description(), orEmpty(scenario.files()), orEmpty(scenario.overrides()),
                m.baseSeed(), m.replications(), m.version(), m.gitCommit(), m.gitDirty(), m.java(), m.startTime(), m.endTime(), m.rerun(),
                parameters));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    /** A cell as it may be shown: cut short, without control characters. */
    private static String shown(String cell) {
        String clean = cell.replaceAll("\\p{Cntrl}", "?");
        return "'" + (clean.length() > 40 ? clean.substring(0, 37) + "..." : clean) + "'";
    }

    private static String readString(Path file) throws ResultsException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultsException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static String folderName(Path dir) {
        Path f = dir.toAbsolutePath().normalize().getFileName();
        return f == null ? dir.toString() : f.toString();
    }
}
