package org.govsim.model.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.govsim.model.issue.IssueType;
import org.govsim.model.issue.Level;

/**
 * Rules that tie parameters together, which no single parameter's range can say: a fewest at most its most, an issue
 * type's levels in the order of the ladder, no more named case compounds than the district has compounds. The core's
 * are declared here, each lever's by the lever ({@code Lever#constraints}); {@code ModelCatalog.constraints()} holds
 * them all. The model would otherwise quietly repair such values (a maximum raised to the minimum), so a scenario
 * that says two contradictory things would run as neither; the scenario loader refuses it instead, before a run.
 */
public final class ParamConstraints {
    /** The key a constraint uses for the scenario's named case compounds (its {@code cases:} block). */
    public static final String CASES = "cases";

    private ParamConstraints() {
    }

    /**
     * One rule over several parameters.
     *
     * @param keys    the parameter paths it reads ({@link #CASES} for the named case compounds), in the order a message
     *                names them; a violation is reported where the first of them a scenario sets is set
     * @param holds   true when the values keep the rule
     * @param allowed what is allowed, in words, e.g. "buildings.oldFloorsMin at most buildings.oldFloorsMax"
     */
    public record Constraint(List<String> keys, Predicate<ParamValues> holds, String allowed) {
        public Constraint {
            keys = List.copyOf(keys);
            Objects.requireNonNull(holds, "holds");
            Objects.requireNonNull(allowed, "allowed");
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("a constraint reads at least one key: " + allowed);
            }
        }

        /** Whether every parameter it reads is declared in {@code catalog} (a test's small catalogue may lack some). */
        public boolean appliesTo(ParamCatalog catalog) {
            return keys.stream().allMatch(k -> k.equals(CASES) || catalog.find(k).isPresent());
        }

        /** Null when the values keep the rule, else what is allowed and the values that break it. */
        public String violation(ParamValues values) {
            if (holds.test(values)) {
                return null;
            }
            List<String> shown = new ArrayList<>();
            for (String k : keys) {
                shown.add(k.equals(CASES) ? values.cases().size() + " named in cases" : k + " = " + ParamDef.format(values.get(k)));
            }
            return "contradiction: allowed is " + allowed + "; here " + String.join(", ", shown);
        }
    }

    /** {@code lower} at most {@code upper}, both numbers. */
    public static Constraint atMost(String lower, String upper) {
        return new Constraint(List.of(lower, upper), v -> number(v, lower) <= number(v, upper), lower + " at most " + upper);
    }

    /** The core model's constraints. */
    public static List<Constraint> core() {
        List<Constraint> c = new ArrayList<>();
        c.add(atMost("buildings.oldFloorsMin", "buildings.oldFloorsMax"));
        c.add(atMost("buildings.newFloorsMin", "buildings.newFloorsMax"));
        // compounds drawn below the minimum are raised to it: a minimum above the mean leaves no spread and a false mean
        c.add(atMost("district.minHouseholdsPerCompound", "district.householdsPerCompoundMean"));
        for (IssueType t : IssueType.values()) {
            String k = "issues." + t.key() + ".";
            c.add(new Constraint(List.of(k + "lowestLevel", k + "highestLevel"),
                    v -> level(v, k + "lowestLevel") <= level(v, k + "highestLevel"),
                    k + "lowestLevel at or below " + k + "highestLevel on the ladder " + ladder()));
        }
        c.add(new Constraint(List.of(CASES, "district.compounds"), v -> v.cases().size() <= v.integer("district.compounds"),
                "no more named case compounds than district.compounds"));
        return c;
    }

    private static double number(ParamValues v, String key) {
        return ((Number) v.get(key)).doubleValue();
    }

    private static int level(ParamValues v, String key) {
        return Level.valueOf(v.choice(key)).ordinal();
    }

    private static String ladder() {
        return String.join(" < ", Level.routable().stream().map(Level::name).toList());
    }
}
