package org.govsim.runner.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamType;

/**
 * The Model tab's parameters in groups: one per section of the catalogue (a path's first segment, e.g.
 * {@code hall}, {@code advisors}), the levers first (in the order their switches are declared) and the core
 * model after. A lever's group starts with its switch ({@code SECTION.enabled}, or the fee contract for
 * {@code property}) and its key numbers: the next {@link #KEY_ROWS} parameters declared after the switch,
 * which the declarations list first. The rest fold away, those of the section declared before the switch (the
 * core model's, such as the company's costs under {@code property}) last.
 */
final class ParameterGroups {
    /** Parameters a group shows before "more": its key numbers. */
    static final int KEY_ROWS = 3;
    /** Switches that are not {@code SECTION.enabled}: the fee regime is switched by its contract. */
    private static final Map<String, String> SWITCHES = Map.of("property", "property.contract");

    /**
     * One section's parameters.
     *
     * @param section the path's first segment
     * @param title   its title, with the article's term
     * @param lever   whether the section is a lever (it has a switch)
     * @param toggle  the lever's switch, if it is a yes/no parameter (shown in the group's heading)
     * @param key     the switch when it is a choice, then the key numbers
     * @param more    the rest, in declaration order
     */
    record Group(String section, Terms.Title title, boolean lever, Optional<ParamDef> toggle, List<ParamDef> key,
                 List<ParamDef> more) {

        /** Every parameter of the group, the switch first. */
        List<ParamDef> all() {
            List<ParamDef> all = new ArrayList<>();
            toggle.ifPresent(all::add);
            all.addAll(key);
            all.addAll(more);
            return all;
        }
    }

    private ParameterGroups() {
    }

    /** The groups of a catalogue: levers in declaration order, then the core sections in declaration order. */
    static List<Group> of(ParamCatalog catalog) {
        Map<String, List<ParamDef>> bySection = new LinkedHashMap<>();
        for (ParamDef def : catalog.all()) {
            bySection.computeIfAbsent(section(def.path()), s -> new ArrayList<>()).add(def);
        }
        List<Group> levers = new ArrayList<>();
        List<Group> core = new ArrayList<>();
        for (Map.Entry<String, List<ParamDef>> e : bySection.entrySet()) {
            Group g = group(e.getKey(), e.getValue());
            (g.lever() ? levers : core).add(g);
        }
        List<ParamDef> order = catalog.all();
        levers.sort(java.util.Comparator.comparingInt(g -> order.indexOf(g.all().get(0))));
        List<Group> all = new ArrayList<>(levers);
        all.addAll(core);
        return all;
    }

    private static Group group(String section, List<ParamDef> defs) {
        String switchPath = SWITCHES.getOrDefault(section, section + ".enabled");
        ParamDef sw = defs.stream().filter(d -> d.path().equals(switchPath)).findFirst().orElse(null);
        boolean lever = sw != null && (sw.type() == ParamType.BOOL || sw.type() == ParamType.CHOICE);
        List<ParamDef> rest = new ArrayList<>(defs);
        List<ParamDef> key = new ArrayList<>();
        Optional<ParamDef> toggle = Optional.empty();
        if (lever) {
            int at = defs.indexOf(sw);
            rest = new ArrayList<>(defs.subList(at + 1, defs.size())); // the lever's own, declared after its switch
            rest.addAll(defs.subList(0, at));
            if (sw.type() == ParamType.BOOL) {
                toggle = Optional.of(sw);
            } else {
                key.add(sw);
            }
        }
        int keyNumbers = Math.min(KEY_ROWS, rest.size());
        key.addAll(rest.subList(0, keyNumbers));
        List<ParamDef> more = List.copyOf(rest.subList(keyNumbers, rest.size()));
        return new Group(section, Terms.section(section), lever, toggle, List.copyOf(key), more);
    }

    /** A path's first segment. */
    static String section(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /**
     * A parameter's name within its group, in words: "hall.intervalDays" is "interval days",
     * "branches.standalone.delayDays" is "standalone: delay days".
     */
    static String name(ParamDef def) {
        String[] parts = def.path().split("\\.");
        StringBuilder s = new StringBuilder();
        for (int i = parts.length == 1 ? 0 : 1; i < parts.length; i++) {
            s.append(s.length() > 0 ? ": " : "").append(Terms.words(parts[i]));
        }
        return s.toString();
    }

    /** Whether a search matches the parameter: its name, path, description or group title contain every word. */
    static boolean matches(String query, ParamDef def, Terms.Title title) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        String haystack = (name(def) + " " + def.path() + " " + def.description() + " " + def.unit() + " "
                + title.english() + " " + title.chinese()).toLowerCase(Locale.ROOT);
        for (String word : q.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
