package org.govsim.model.param;

import java.util.ArrayList;
import java.util.List;

/**
 * The core model's parameters, in the order {@code govsim params} lists them: the run and the district, issue
 * types, levels, households' behaviour and the property company. Levers declare their own sections.
 */
public final class CoreParameters {
    private CoreParameters() {
    }

    public static List<ParamDef> declare() {
        List<ParamDef> defs = new ArrayList<>();
        WorldParameters.declare(defs);
        IssueParameters.declare(defs);
        LevelParameters.declare(defs);
        BehaviourParameters.declare(defs);
        PropertyParameters.declare(defs);
        return defs;
    }
}
