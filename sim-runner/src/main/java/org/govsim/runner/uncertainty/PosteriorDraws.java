package org.govsim.runner.uncertainty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.govsim.model.ModelCatalog;
import org.govsim.model.engine.RandomStreams;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamType;
import org.govsim.runner.output.CsvTable;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioProblem;

/**
 * K draws from a calibration's posterior ({@code posterior.csv} of {@code govsim calibrate}: generation, particle,
 * weight, distance, one column per parameter path): the last generation's particles, drawn by weight with
 * systematic resampling (one uniform number from the base seed's own stream, then K equally spaced points on the
 * weights' cumulative sum; Kitagawa 1996), so that each particle is drawn ⌊K·w⌋ or ⌈K·w⌉ times and the same seed
 * always gives the same draws.
 */
public final class PosteriorDraws {
    /** The stream, derived from the base seed, that the resampling's one uniform number comes from. */
    static final long STREAM = 0x0DAA_0000L;
    private static final List<String> FIXED = List.of("generation", "particle", "weight", "distance");

    private PosteriorDraws() {
    }

    public static ParameterDraws read(Path file, int k, long seed) throws ScenarioException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problem(file, 0, "", "cannot be read: " + e.getMessage());
        }
        CsvTable t = CsvTable.parse(text);
        for (String c : FIXED) {
            if (t.column(c) < 0) {
                throw problem(file, 1, "", "no column " + c + "; a posterior.csv (of govsim calibrate) has generation, particle, weight, "
                        + "distance, then one column per parameter path");
            }
        }
        List<String> paths = t.header().subList(FIXED.size(), t.header().size());
        List<ParamDef> defs = new ArrayList<>();
        for (String p : paths) {
            Optional<ParamDef> d = ModelCatalog.parameters().find(p);
            if (d.isEmpty()) {
                throw problem(file, 1, p, "unknown parameter" + ModelCatalog.parameters().suggestion(p));
            }
            if (d.get().type() != ParamType.REAL && d.get().type() != ParamType.INT) {
                throw problem(file, 1, p, "is not a number parameter; a posterior holds numbers");
            }
            defs.add(d.get());
        }
        if (paths.isEmpty() || t.rows().isEmpty()) {
            throw problem(file, 0, "", paths.isEmpty() ? "no parameter columns" : "no particles");
        }
        double last = Double.NEGATIVE_INFINITY;
        for (List<String> row : t.rows()) {
            last = Math.max(last, CsvTable.number(row.get(t.column("generation"))));
        }
        List<Object[]> particles = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            int line = i + 2;
            if (row.size() != t.header().size()) {
                throw problem(file, line, "", "has " + row.size() + " fields, the header " + t.header().size());
            }
            if (CsvTable.number(row.get(t.column("generation"))) != last) {
                continue;
            }
            double w = CsvTable.number(row.get(t.column("weight")));
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw problem(file, line, "weight", "must be a number of at least 0, got '" + row.get(t.column("weight")) + "'");
            }
            Object[] values = new Object[paths.size()];
            for (int j = 0; j < paths.size(); j++) {
                values[j] = value(file, line, defs.get(j), row.get(FIXED.size() + j));
            }
            particles.add(values);
            weights.add(w);
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        if (!(total > 0)) {
            throw problem(file, 0, "weight", "the last generation's weights sum to 0");
        }
        List<Object[]> draws = new ArrayList<>();
        double u = new SplittableRandom(RandomStreams.derive(seed, STREAM)).nextDouble() / k;
        double cumulative = 0;
        int i = 0;
        for (int j = 0; j < k; j++) {
            double target = u + (double) j / k;
            while (i < weights.size() - 1 && cumulative + weights.get(i) / total <= target) {
                cumulative += weights.get(i) / total;
                i++;
            }
            draws.add(particles.get(i));
        }
        return new ParameterDraws(paths, draws, String.format(Locale.ROOT, "%d draws from %s, generation %s (%d particles), by weight "
                + "(systematic resampling, seed %d)", k, file.getFileName(), org.govsim.runner.output.CsvFormat.number(last), particles.size(), seed));
    }

    private static Object value(Path file, int line, ParamDef def, String cell) throws ScenarioException {
        double v = CsvTable.number(cell);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw problem(file, line, def.path(), "'" + cell + "' is not a number");
        }
        Object typed = def.type() == ParamType.INT ? (Object) (int) Math.round(v) : (Object) v;
        String bad = def.check(typed);
        if (bad != null) {
            throw problem(file, line, def.path(), bad);
        }
        return typed;
    }

    private static ScenarioException problem(Path file, int line, String key, String message) {
        return new ScenarioException(new ScenarioProblem(file, line, key, message));
    }
}
