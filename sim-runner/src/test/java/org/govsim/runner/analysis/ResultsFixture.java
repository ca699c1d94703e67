package org.govsim.runner.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.runner.output.CsvFormat;

/**
 * A results folder made by hand, laid out as `govsim run` writes it (runs.csv, timeseries.csv, manifest.json), with
 * chosen values: for tests of the comparison that need known numbers rather than a simulation.
 */
public final class ResultsFixture {
    private final String scenario;
    private long baseSeed = 1;
    private boolean manifest = true;
    private int months = 0;
    private int compounds = 30;
    private String description = "";
    private boolean complete;
    private final Map<String, double[]> metrics = new LinkedHashMap<>();
    private final Map<String, String[]> parameterColumns = new LinkedHashMap<>();
    private final Map<String, String> resolved = new LinkedHashMap<>();

    private ResultsFixture(String scenario) {
        this.scenario = scenario;
    }

    public static ResultsFixture scenario(String name) {
        return new ResultsFixture(name);
    }

    /** The base seed; replication i's seed is derived from it, so two folders with the same base seed pair. */
    public ResultsFixture baseSeed(long seed) {
        this.baseSeed = seed;
        return this;
    }

    /** A metric's value in each replication (all metrics need as many values). */
    public ResultsFixture metric(String name, double... values) {
        metrics.put(name, values);
        return this;
    }

    /** A runs.csv parameter column with one value for every replication. */
    public ResultsFixture parameter(String path, String value) {
        return parameter(path, new String[] {value});
    }

    /** A runs.csv parameter column, a value per replication (one value: the same in all). */
    public ResultsFixture parameter(String path, String[] values) {
        parameterColumns.put(path, values);
        return this;
    }

    /** A resolved parameter in manifest.json. */
    public ResultsFixture resolved(String path, String value) {
        resolved.put(path, value);
        return this;
    }

    /** The compounds column of runs.csv (the district's size), 30 unless set. */
    public ResultsFixture compounds(int n) {
        compounds = n;
        return this;
    }

    /** The scenario's description in manifest.json ("" unless set). */
    public ResultsFixture description(String text) {
        description = text;
        return this;
    }

    /** Marks the manifest complete, as a finished run's is, so that {@code govsim compare} takes the folder. */
    public ResultsFixture finished() {
        complete = true;
        return this;
    }

    public ResultsFixture withoutManifest() {
        manifest = false;
        return this;
    }

    /** Writes a timeseries.csv of this many months: each metric's column (less any _month suffix) drifts by 1% a month. */
    public ResultsFixture months(int count) {
        months = count;
        return this;
    }

    public static long seed(long baseSeed, int replication) {
        return baseSeed * 1_000_003L + replication * 7919L;
    }

    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        int n = metrics.values().iterator().next().length;
        StringBuilder runs = new StringBuilder("run_id,scenario,replication,seed");
        parameterColumns.keySet().forEach(p -> runs.append(',').append(p));
        runs.append(",compounds");
        metrics.keySet().forEach(m -> runs.append(',').append(m));
        runs.append('\n');
        for (int i = 0; i < n; i++) {
            runs.append(i).append(',').append(CsvFormat.field(scenario)).append(',').append(i).append(',').append(seed(baseSeed, i));
            for (String[] v : parameterColumns.values()) {
                runs.append(',').append(v.length == 1 ? v[0] : v[i]);
            }
            runs.append(',').append(compounds);
            for (double[] v : metrics.values()) {
                runs.append(',').append(CsvFormat.number(v[i]));
            }
            runs.append('\n');
        }
        Files.writeString(dir.resolve("runs.csv"), runs);
        if (months > 0) {
            StringBuilder ts = new StringBuilder("run_id,scenario,replication,day");
            List<String> columns = new ArrayList<>();
            metrics.keySet().forEach(m -> columns.add(m.endsWith("_month") ? m.substring(0, m.length() - 6) : m));
            columns.forEach(c -> ts.append(',').append(c));
            ts.append('\n');
            for (int i = 0; i < n; i++) {
                for (int month = 1; month <= months; month++) {
                    ts.append(i).append(',').append(CsvFormat.field(scenario)).append(',').append(i).append(',').append(180 + 30 * month);
                    for (double[] v : metrics.values()) {
                        ts.append(',').append(CsvFormat.number(v[i] * (1 + 0.01 * month)));
                    }
                    ts.append('\n');
                }
            }
            Files.writeString(dir.resolve("timeseries.csv"), ts);
        }
        if (manifest) {
            StringBuilder m = new StringBuilder("{\n  \"tool\" : \"govsim\",\n  \"version\" : \"test\",\n  \"gitCommit\" : \"0123abc\",\n")
                    .append("  \"gitDirty\" : false,\n  \"java\" : \"test\",\n  \"scenario\" : { \"name\" : \"").append(scenario)
                    .append("\", \"description\" : \"").append(description).append("\", \"files\" : [ \"").append(scenario).append(".yaml\" ], \"overrides\" : [ ] },\n")
                    .append(complete ? "  \"complete\" : true,\n" : "").append("  \"baseSeed\" : ").append(baseSeed).append(",\n  \"replications\" : ").append(n).append(",\n")
                    .append("  \"rerun\" : \"govsim run x --seed ").append(baseSeed).append("\",\n  \"runs\" : [ ],\n  \"parameters\" : {");
            List<String> entries = new ArrayList<>();
            resolved.forEach((k, v) -> entries.add("\n    \"" + k + "\" : " + v));
            m.append(String.join(",", entries)).append("\n  }\n}\n");
            Files.writeString(dir.resolve("manifest.json"), m);
        }
        return dir;
    }
}
