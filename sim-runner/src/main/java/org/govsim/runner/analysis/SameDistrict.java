package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govsim.model.ModelCatalog;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamDef;

/**
 * Whether two runs built the same district: the same world parameters, the parameters that decide what is built
 * and for how long (the catalogue's {@code run.*}, {@code district.*}, {@code buildings.*} and {@code households.*}
 * sections: run length and burn-in, communities, compounds, buildings, households). Two runs of the same district
 * on the same seed meet the same luck in every stream the levers do not touch (common random numbers), so their
 * difference can be paired; two runs of different districts cannot, whatever their seeds.
 *
 * <p>A parameter's value comes from runs.csv's column when the folder has one, else from manifest.json. Where a
 * folder has no manifest, the district's size as runs.csv records it (compounds, households, residents) must match.
 */
final class SameDistrict {
    /** The sections of the catalogue whose parameters build the world. */
    static final List<String> SECTIONS = List.of("run.", "district.", "buildings.", "households.");
    private static final List<String> WORLD = ModelCatalog.parameters().all().stream().map(ParamDef::path)
            .filter(p -> SECTIONS.stream().anyMatch(p::startsWith)).toList();
    /** runs.csv's record of the district built (SIZE metrics; "branches", also a SIZE, changes as branches form). */
    private static final List<String> BUILT = ModelCatalog.metrics().of(MetricDef.Scope.RUN).stream()
            .filter(d -> d.kind() == MetricDef.Kind.SIZE).map(MetricDef::column).filter(c -> !c.equals("branches")).toList();

    private SameDistrict() {
    }

    /** The world parameters of the catalogue, in declaration order. */
    static List<String> paths() {
        return WORLD;
    }

    /**
     * The first difference between the districts of two runs, as "district.compounds 800 and 245", or empty when
     * they built the same district.
     */
    static Optional<String> difference(ScenarioResults a, ScenarioResults.Run ra, ScenarioResults b, ScenarioResults.Run rb) {
        boolean known = a.manifest().isPresent() && b.manifest().isPresent();
        for (String path : WORLD) {
            Optional<String> va = a.parameter(ra, path);
            Optional<String> vb = b.parameter(rb, path);
            if (va.isPresent() && vb.isPresent() && !va.get().equals(vb.get())) {
                return Optional.of(path + " " + va.get() + " and " + vb.get());
            }
        }
        if (!known) {
            for (String column : BUILT) {
                double x = ra.metric(column);
                double y = rb.metric(column);
                if (!Double.isNaN(x) && !Double.isNaN(y) && x != y) {
                    return Optional.of(column + " " + Formats.number(x) + " and " + Formats.number(y));
                }
            }
        }
        return Optional.empty();
    }

    /** Each world parameter whose value differs between the two folders' manifests, as "path a and b". */
    static List<String> differences(ScenarioResults a, ScenarioResults b) {
        List<String> out = new ArrayList<>();
        if (a.runs().isEmpty() || b.runs().isEmpty()) {
            return out;
        }
        for (String path : WORLD) {
            Optional<String> va = a.parameter(a.runs().get(0), path);
            Optional<String> vb = b.parameter(b.runs().get(0), path);
            if (va.isPresent() && vb.isPresent() && !va.get().equals(vb.get())) {
                out.add(path + " " + va.get() + " and " + vb.get());
            }
        }
        return out;
    }
}
