package org.govsim.runner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.govsim.runner.output.CsvFormat;
import org.govsim.runner.output.CsvTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comparisons on parameter draws, on a synthetic case whose answer is known: K = 40 draws of two parameters
 * (patience.medianDays, whose value decides the effect, and hall.coverage, which does nothing), 4 replications
 * each, every scenario on the same draws and the same replication seeds. The baseline's property disputes are
 * 24 plus the replication's luck (shared by every scenario: common random numbers) plus its own noise (sd 0.2).
 * "flip" changes them by δ = −4 + 8u, u the draw's patience as a share of its range: better below the middle,
 * worse above, so it is better in half the draws, its effect hangs on patience alone, and the spread of its
 * true effect is 8·sd(u) = 2.309 (u on a stratified grid). "steady" cuts them by 3 whatever the draw.
 */
class UncertainComparisonTest {
    private static final int K = 40;
    private static final int R = 4;
    private static final String METRIC = "property_disputes_per_1000hh_month";
    private static final double[] LUCK = {0.7, -1.6, -0.2, 1.2};

    @TempDir
    Path tmp;
    private double[] patience;
    private double[] coverage;

    @BeforeEach
    void draws() {
        patience = new double[K];
        coverage = new double[K];
        SplittableRandom shuffle = new SplittableRandom(5);
        int[] perm = new int[K];
        for (int k = 0; k < K; k++) {
            perm[k] = k;
        }
        for (int k = K - 1; k > 0; k--) {
            int j = shuffle.nextInt(k + 1);
            int t = perm[k];
            perm[k] = perm[j];
            perm[j] = t;
        }
        for (int k = 0; k < K; k++) {
            patience[k] = 14 + 46 * (perm[k] + 0.5) / K;
            coverage[k] = (k + 0.5) / K;
        }
    }

    @Test
    void anOptionWhoseBenefitChangesSignWithOneParameterIsUnclearAndTheAnalysisNamesThatParameterAndItsRegion() throws Exception {
        Comparison c = compare();
        OptionDifference flip = c.difference("flip", METRIC).orElseThrow();
        UncertainDifference u = flip.uncertain();
        assertNotNull(u);
        assertEquals(K, u.draws());
        assertEquals(R, u.replications());
        // the true spread of the effect between draws is 8 * sd of the grid (k + 0.5)/40 = 2.3090; the noise adds
        // 0.2^2 * 2 / 4 = 0.02 to each draw's variance, which the decomposition takes out again: within 3%
        assertEquals(2.3090, u.spread(), 0.07);
        assertTrue(u.noiseShare() < 0.02, "noise is under 2% of the between-draw variance: " + u.noiseShare());
        // better in half the draws (those with patience below the middle); the interval holds both signs
        assertEquals(0.5, u.probBetter(), 0.05);
        assertTrue(u.low() < -3 && u.high() > 3, u.low() + " " + u.high());
        assertEquals(Verdict.UNCLEAR, flip.verdict());
        // it hangs on patience (rank correlation near 1), not on the coverage that does nothing
        assertEquals("patience.medianDays", u.influences().get(0).parameter());
        assertTrue(u.influences().get(0).rho() > 0.97, u.influences().toString());
        assertEquals(List.of("patience.medianDays"), u.named().stream().map(UncertainDifference.Influence::parameter).toList());
        UncertainDifference.Influence dummy = u.influences().get(1);
        assertEquals("hall.coverage", dummy.parameter());
        // |rho| of an unrelated parameter over 40 draws: sd 1/sqrt(39) = 0.16; 0.45 is 2.8 sd (p = 0.004)
        assertTrue(Math.abs(dummy.rho()) < 0.45, dummy.toString());
        // PRIM boxes the flipped draws by patience alone, around the middle of its range (37), tightly
        PrimBox box = u.flips();
        assertNotNull(box);
        assertEquals(1, box.limits().size(), box.toString());
        PrimBox.Limit limit = box.limits().get(0);
        assertEquals("patience.medianDays", limit.parameter());
        double bound = Double.isNaN(limit.low()) ? limit.high() : limit.low();
        assertEquals(37, bound, 3, box.toString());
        assertTrue(box.density() >= 0.9 && box.coverage() >= 0.8, box.toString());
    }

    @Test
    void anOptionThatHelpsWhateverTheDrawIsBetterWithANarrowInterval() throws Exception {
        Comparison c = compare();
        OptionDifference steady = c.difference("steady", METRIC).orElseThrow();
        UncertainDifference u = steady.uncertain();
        assertEquals(-3, u.mean(), 0.05);
        assertEquals(1.0, u.probBetter(), 0);
        assertEquals(1.0, u.probPracticallyBetter(), 0);
        assertTrue(u.high() < -2.8 && u.low() > -3.2, u.low() + " " + u.high());
        assertEquals(Verdict.BETTER, steady.verdict());
        assertNull(u.flips(), "it never flips");
        assertTrue(u.named().isEmpty(), "no parameter is named for an effect that does not depend on them: " + u.influences());
        // the CSV carries the analysis
        CsvTable csv = CsvTable.parse(ComparisonCsv.comparison(c));
        List<String> row = csv.rows().stream().filter(r -> r.get(csv.column("option")).equals("flip")).findFirst().orElseThrow();
        assertEquals("40", row.get(csv.column("draws")));
        assertEquals("unclear", row.get(csv.column("verdict")));
        assertTrue(row.get(csv.column("hangs_on")).startsWith("patience.medianDays"), row.toString());
        assertTrue(row.get(csv.column("flips_where")).contains("patience.medianDays"), row.toString());
        CsvTable influences = CsvTable.parse(ComparisonCsv.influences(c));
        assertEquals(2 * 2, influences.rows().size(), "two options x two parameters");
    }

    @Test
    void foldersOnDifferentDrawsAreRefused() throws Exception {
        Path base = write("baseline", (p, x) -> 0, 0);
        patience[3] += 1;
        Path other = write("flip", (p, x) -> 0, 0);
        ResultsException e = assertThrows(ResultsException.class,
                () -> Comparison.of(ResultsReader.readAll(List.of(base, other)), null, List.of(METRIC)));
        assertTrue(e.getMessage().contains("not run on the same draws"), e.getMessage());
    }

    @Test
    void aFolderOnDrawsAgainstOneWithoutIsRefused() throws Exception {
        Path base = write("baseline", (p, x) -> 0, 0);
        Path plain = ResultsFixture.scenario("plain").metric(METRIC, 1, 2, 3).write(tmp.resolve("plain"));
        ResultsException e = assertThrows(ResultsException.class,
                () -> Comparison.of(ResultsReader.readAll(List.of(base, plain)), null, List.of(METRIC)));
        assertTrue(e.getMessage().contains("--uncertainty"), e.getMessage());
    }

    private Comparison compare() throws Exception {
        Path base = write("baseline", (p, x) -> 0, 11);
        Path flip = write("flip", (p, x) -> -4 + 8 * (p - 14) / 46, 12);
        Path steady = write("steady", (p, x) -> -3, 13);
        return Comparison.of(ResultsReader.readAll(List.of(base, flip, steady)), null, List.of(METRIC));
    }

    /** A folder of K draws x R replications: 24 + effect(patience, coverage) + luck of the replication + noise. */
    private Path write(String name, DoubleBinaryOperator effect, long noiseSeed) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        SplittableRandom noise = new SplittableRandom(noiseSeed);
        StringBuilder runs = new StringBuilder("run_id,scenario,point,replication,seed,patience.medianDays,hall.coverage,compounds," + METRIC + "\n");
        for (int k = 0; k < K; k++) {
            for (int r = 0; r < R; r++) {
                double v = 24 + effect.applyAsDouble(patience[k], coverage[k]) + LUCK[r] + 0.2 * noise.nextGaussian();
                runs.append(k * R + r).append(',').append(name).append(',').append(k).append(',').append(r).append(',')
                        .append(ResultsFixture.seed(9, r)).append(',').append(CsvFormat.number(patience[k])).append(',')
                        .append(CsvFormat.number(coverage[k])).append(",30,").append(CsvFormat.number(v)).append('\n');
            }
        }
        Files.writeString(dir.resolve("runs.csv"), runs);
        Files.writeString(dir.resolve("manifest.json"), "{\"tool\":\"govsim\",\"complete\":true,\"baseSeed\":9,\"scenario\":{\"name\":\""
                + name + "\",\"description\":\"\",\"files\":[],\"overrides\":[]},\"parameters\":{}}\n");
        return dir;
    }
}
