package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an option's replications can be paired with the baseline's: common random numbers. Replication i of
 * any scenario run with the same {@code --seed} runs on the same seed, and the model draws arrivals, service
 * and behaviour from separate streams, so replication i of two scenarios meets the same luck. They are paired
 * when the manifests show the same base seed (or a manifest is missing) and every replication index the two
 * share ran on the same seed, with at least two shared; otherwise they are independent samples.
 *
 * @param paired       whether to pair by replication
 * @param replications the shared replication indices, ascending (the pairs); empty when not paired
 * @param reason       why, in a sentence for the report
 */
public record Pairing(boolean paired, List<Integer> replications, String reason) {

    public Pairing {
        replications = List.copyOf(replications);
    }

    public static Pairing of(ScenarioResults baseline, ScenarioResults option) {
        Long a = baseline.manifest().map(ManifestInfo::baseSeed).orElse(null);
        Long b = option.manifest().map(ManifestInfo::baseSeed).orElse(null);
        if (a != null && b != null && !a.equals(b)) {
            return unpaired(String.format(Locale.ROOT, "base seeds differ (%d and %d): independent samples", a, b));
        }
        List<Integer> common = new ArrayList<>();
        int mismatched = 0;
        for (ScenarioResults.Run r : baseline.runs()) {
            Optional<ScenarioResults.Run> other = option.replication(r.replication());
            if (other.isPresent()) {
                if (other.get().seed() == r.seed()) {
                    common.add(r.replication());
                } else {
                    mismatched++;
                }
            }
        }
        if (mismatched > 0) {
            return unpaired(mismatched + " shared replication(s) ran on different seeds: independent samples");
        }
        if (common.size() < 2) {
            return unpaired("fewer than two replications in common: independent samples");
        }
        common.sort(null);
        String seed = a != null && b != null ? "same base seed " + a + ", " : "seeds match (a manifest is missing), ";
        return new Pairing(true, common, seed + common.size() + " replications paired by index (common random numbers)");
    }

    private static Pairing unpaired(String reason) {
        return new Pairing(false, List.of(), reason);
    }
}
