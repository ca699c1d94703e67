package org.govsim.runner.uncertainty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.govsim.runner.scenario.ScenarioException;
import org.govsim.runner.scenario.ScenarioProblem;

/**
 * What {@code --uncertainty SOURCE} names: a calibration's {@code posterior.csv} ({@link PosteriorDraws}) or a
 * scenario file with a Latin-hypercube {@code experiment:} block ({@link RangeDraws}), told apart by the file's
 * extension.
 */
public final class UncertaintySource {
    /** Draws from a posterior when --draws is not given. */
    public static final int DEFAULT_DRAWS = 20;
    /** The most draws a comparison may ask for (each is R runs per option). */
    public static final int MAX_DRAWS = 10_000;

    private UncertaintySource() {
    }

    /** The draws; bad input throws with the file, line and key. */
    public static ParameterDraws draws(Path source, Integer draws, long seed) throws ScenarioException {
        if (!Files.isRegularFile(source)) {
            throw new ScenarioException(new ScenarioProblem(source, 0, "--uncertainty", "no such file (give a posterior.csv or a scenario "
                    + "file with a LATIN_HYPERCUBE experiment block)"));
        }
        if (draws != null && (draws < 3 || draws > MAX_DRAWS)) {
            throw new ScenarioException(new ScenarioProblem(null, 0, "--draws", "must be in [3, " + MAX_DRAWS + "], got " + draws
                    + " (the spread between draws needs at least 3)"));
        }
        return isPosterior(source) ? PosteriorDraws.read(source, draws == null ? DEFAULT_DRAWS : draws, seed)
                : RangeDraws.read(source, draws, seed);
    }

    static boolean isPosterior(Path source) {
        return source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
