package org.govsim.runner.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.govsim.runner.output.AtomicFile;
import org.govsim.runner.output.CsvFormat;

/**
 * posterior.csv: every generation's population, one row per kept particle (closest first), with its weight
 * normalised within the generation, its distance and its parameters as the model ran them (integers rounded).
 * The last generation's rows are the posterior; the earlier ones show how it narrowed.
 */
final class PosteriorCsv {
    static final String NAME = "posterior.csv";

    private PosteriorCsv() {
    }

    static void write(Path dir, List<Prior> priors, List<Population> populations) throws IOException {
        AtomicFile.write(dir.resolve(NAME), render(priors, populations));
    }

    static String render(List<Prior> priors, List<Population> populations) {
        StringBuilder s = new StringBuilder("generation,particle,weight,distance");
        for (Prior p : priors) {
            s.append(',').append(CsvFormat.field(p.path()));
        }
        s.append('\n');
        for (Population pop : populations) {
            double[] w = pop.normalisedWeights();
            for (int i = 0; i < w.length; i++) {
                Particle q = pop.particles().get(i);
                s.append(pop.generation()).append(',').append(i).append(',').append(CsvFormat.number(w[i])).append(',')
                        .append(CsvFormat.number(q.distance()));
                double[] model = ParameterPoint.asRun(priors, q.theta());
                for (double v : model) {
                    s.append(',').append(CsvFormat.number(v));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }
}
