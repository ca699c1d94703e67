package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govsim.model.ModelCatalog;
import org.govsim.model.lever.Lever;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamType;
import org.govsim.model.param.ParamValues;
import org.govsim.model.param.Sources;

/**
 * What an option's effect rests on: the parameters it changes from its baseline, each with its declared source
 * ({@link ParamDef#source()}: "article …", "calibrated (…)" or "assumption (…)"), and, for every lever it switches
 * on, the lever's numeric parameters whose values are assumptions (changed or not: a lever's effect sizes are
 * mostly assumed figures, and the report must say so wherever it shows the lever's effect).
 *
 * @param option   the option's label
 * @param changed  the parameters whose values differ from the baseline's
 * @param leversOn the levers on in the option and off in the baseline
 * @param assumed  the assumed numeric parameters of those levers, at the option's values
 */
public record AssumedParameters(String option, List<Row> changed, List<Lever<?>> leversOn, List<Row> assumed) {

    /**
     * One parameter.
     *
     * @param lever the lever that declares it, or null for a core parameter
     */
    public record Row(String path, String baselineValue, String optionValue, String source, Lever<?> lever) {
        /** Whether the declared source is an assumption. */
        public boolean assumption() {
            return source.startsWith(Sources.ASSUMPTION);
        }
    }

    public AssumedParameters {
        changed = List.copyOf(changed);
        leversOn = List.copyOf(leversOn);
        assumed = List.copyOf(assumed);
    }

    /** The changed parameters that are assumptions. */
    public List<Row> changedAssumptions() {
        return changed.stream().filter(Row::assumption).toList();
    }

    public static AssumedParameters of(ScenarioResults option, ScenarioResults baseline) {
        Set<String> paths = new LinkedHashSet<>();
        option.manifest().ifPresent(m -> paths.addAll(m.parameters().keySet()));
        baseline.manifest().ifPresent(m -> paths.addAll(m.parameters().keySet()));
        paths.addAll(option.parameterColumns());
        paths.addAll(baseline.parameterColumns());
        List<Row> changed = new ArrayList<>();
        for (String path : paths) {
            Optional<ParamDef> def = ModelCatalog.parameters().find(path);
            if (def.isEmpty()) {
                continue;
            }
            String a = value(option, path);
            String b = value(baseline, path);
            if (!a.equals(b)) {
                changed.add(new Row(path, b, a, def.get().source(), ModelCatalog.leverOf(path).orElse(null)));
            }
        }
        ParamValues optionValues = values(option);
        ParamValues baselineValues = values(baseline);
        List<Lever<?>> on = new ArrayList<>();
        List<Row> assumed = new ArrayList<>();
        for (Lever<?> l : ModelCatalog.levers()) {
            if (l.settings(optionValues).enabled() && !l.settings(baselineValues).enabled()) {
                on.add(l);
                for (ParamDef d : l.parameters()) {
                    if ((d.type() == ParamType.REAL || d.type() == ParamType.INT) && d.source().startsWith(Sources.ASSUMPTION)) {
                        assumed.add(new Row(d.path(), ParamDef.format(baselineValues.get(d.path())), ParamDef.format(optionValues.get(d.path())),
                                d.source(), l));
                    }
                }
            }
        }
        return new AssumedParameters(option.label(), changed, on, assumed);
    }

    private static String value(ScenarioResults s, String path) {
        if (s.runs().isEmpty()) {
            return ParameterDifferences.UNKNOWN;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (ScenarioResults.Run r : s.runs()) {
            seen.add(s.parameter(r, path).orElse(ParameterDifferences.UNKNOWN));
        }
        return String.join(", ", seen);
    }

    /** The folder's resolved parameters as the model reads them (the first run's, for a folder of several points). */
    static ParamValues values(ScenarioResults s) {
        ParamValues v = ModelCatalog.defaults();
        Map<String, String> resolved = s.manifest().map(ManifestInfo::parameters).orElse(Map.of());
        for (Map.Entry<String, String> e : resolved.entrySet()) {
            v = with(v, e.getKey(), e.getValue());
        }
        if (!s.runs().isEmpty()) {
            for (Map.Entry<String, String> e : s.runs().get(0).parameters().entrySet()) {
                v = with(v, e.getKey(), e.getValue());
            }
        }
        return v;
    }

    private static ParamValues with(ParamValues v, String path, String text) {
        Optional<ParamDef> def = ModelCatalog.parameters().find(path);
        if (def.isEmpty()) {
            return v;
        }
        try {
            String t = def.get().type() == ParamType.INT && text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
            return v.with(path, def.get().parse(t));
        } catch (IllegalArgumentException e) {
            return v;
        }
    }
}
