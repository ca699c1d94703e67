package org.govsim.runner.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsim.model.lever.Lever;
import org.govsim.model.param.ParamValues;
import org.govsim.runner.scenario.LeversOff;
import org.govsim.runner.uncertainty.ParameterDraws;

/**
 * {@code --matched-baseline}: each scenario that switches a lever on is run beside its own district with every lever
 * off ({@link LeversOff}) and compared with that, so that the difference is the levers' alone, paired run by run.
 *
 * @param sources  the scenarios to run: each given one, followed by its matched baseline
 * @param baseline per option's name, its matched baseline's name (empty without --matched-baseline)
 * @param notes    what was switched off, per matched baseline, for the terminal
 */
record MatchedBaselines(List<RunSource> sources, Map<String, String> baseline, List<String> notes) {

    static MatchedBaselines none(List<RunSource> sources) {
        return new MatchedBaselines(sources, Map.of(), List.of());
    }

    /** The sources with a matched baseline after each that has a lever on; null when none has. */
    static MatchedBaselines of(List<RunSource> given) {
        List<RunSource> all = new ArrayList<>();
        Map<String, String> baseline = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (RunSource s : given) {
            all.add(s);
            LeversOff.Matched m = LeversOff.of(s.scenario());
            if (m != null) {
                all.add(new RunSource(m.scenario(), s.assignments(), s.columns(), s.seed(), s.replications()));
                baseline.put(s.scenario().name(), m.scenario().name());
                notes.add(m.scenario().name() + ": " + String.join(", ", m.switched()));
            }
        }
        return baseline.isEmpty() ? null : new MatchedBaselines(all, baseline, notes);
    }

    /**
     * A draw that would switch a lever back on in a matched baseline, as a message; null when none does (a draw
     * of a lever's parameter must not turn the levers' baseline into an option).
     */
    String drawProblem(ParameterDraws draws) {
        for (RunSource s : sources) {
            if (!baseline.containsValue(s.scenario().name())) {
                continue;
            }
            for (int k = 0; k < draws.size(); k++) {
                ParamValues v = s.scenario().values();
                for (int j = 0; j < draws.paths().size(); j++) {
                    v = v.with(draws.paths().get(j), draws.rows().get(k)[j]);
                }
                List<Lever<?>> on = LeversOff.on(v);
                if (!on.isEmpty()) {
                    return "--uncertainty: draw " + k + " switches " + on.get(0).name() + " back on in " + s.scenario().name()
                            + " (the levers' baseline); leave the levers' switches out of the uncertain parameters";
                }
            }
        }
        return null;
    }
}
