package org.govsim.model.lever;

import java.io.Serializable;
import java.util.List;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.param.ParamConstraints;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;

/**
 * A governance mechanism a planner can switch on (MODEL.md §3), as one unit: it declares its parameters (read once
 * into its own typed settings) and its metrics, and when switched on it installs itself on a freshly built
 * district through a {@link LeverContext}: it creates the state it owns (per-compound arrays, projects, teams),
 * schedules its processes, opens or adds to server pools, and registers hooks. It draws only from its own random
 * streams, so the baseline's draws are the same with or without it; switched off, it is never installed.
 *
 * <p>An implementation is a stateless definition, shared by every run; the run's state is what
 * {@link #install} creates. Registering a lever is one line in {@code org.govsim.model.ModelCatalog}.
 *
 * @param <S> the lever's settings
 */
public interface Lever<S extends LeverSettings> extends Serializable {

    /** The lever's name: the section of its switch in a scenario file, and the seed of its random streams. */
    String name();

    /** What a planner calls it, in English and with the article's Chinese term, e.g. "Deliberation hall (议事堂)". */
    String title();

    /** Its parameters, each declared once (path, unit, default, range, source). */
    List<ParamDef> parameters();

    /** What it counts: its runs.csv columns (zero or NaN when it is off). */
    List<MetricDef> metrics();

    /**
     * The attributes a scenario may give a named case compound for this lever (e.g. {@code hall: true}), which the
     * lever honours there instead of its own rule for choosing compounds; 1 means yes, 0 no.
     */
    default List<String> caseKeys() {
        return List.of();
    }

    /**
     * Its rules over several parameters, its own or the core's (e.g. seats at most candidates), which a scenario must
     * keep; checked with the core's before any run ({@link ParamConstraints}).
     */
    default List<ParamConstraints.Constraint> constraints() {
        return List.of();
    }

    /** Its settings, read once from a complete set of values. */
    S settings(ParamValues values);

    /** Installs the lever on a built district, before the first event. Called only when {@code settings.enabled()}. */
    void install(S settings, LeverContext context);
}
