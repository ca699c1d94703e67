package org.govsim.runner.gui;

import java.lang.reflect.Field;
import java.util.Locale;
import javax.swing.JLabel;
import sim.display.Console;

/**
 * The Console's clock as a planner reads it: "day 857" instead of the schedule's time "857.0013817153629"
 * (one step is one simulated day, and events fall at any time within it). MASON writes the time into a label
 * of the Console's; while the Console shows the time (not steps or rate), the clock rewrites a number written
 * there as its day, and leaves MASON's words ("At Start") alone.
 */
final class DayClock {
    private DayClock() {
    }

    /** MASON's code for "the clock shows the time" (Console.SHOWING_TIME). */
    private static final int SHOWING_TIME = 0;

    /** Installs the clock on a Console; false (and MASON's clock stays) if this MASON has no such label. */
    static boolean install(Console console) {
        JLabel label = (JLabel) field(console, "time", JLabel.class);
        if (label == null || field(console, "showing", Integer.class) == null) {
            return false;
        }
        label.addPropertyChangeListener("text", e -> {
            if (!Integer.valueOf(SHOWING_TIME).equals(field(console, "showing", Integer.class))) {
                return;
            }
            String day = asDay((String) e.getNewValue());
            if (day != null && !day.equals(e.getNewValue())) {
                label.setText(day);
            }
        });
        return true;
    }

    /** The Console's clock, or null if this MASON has none where it is looked for. */
    static JLabel label(Console console) {
        return (JLabel) field(console, "time", JLabel.class);
    }

    /** "day N" for a schedule time written as a number, else null. */
    static String asDay(String text) {
        if (text == null || text.isBlank() || text.startsWith("day ")) {
            return null;
        }
        try {
            double t = Double.parseDouble(text.trim());
            return Double.isFinite(t) && t >= 0 ? String.format(Locale.ROOT, "day %d", (long) Math.floor(t)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** MASON 18 keeps the clock's label and what it shows in package-private fields of its Console. */
    private static Object field(Console console, String name, Class<?> type) {
        try {
            Field f = Console.class.getDeclaredField(name);
            f.setAccessible(true);
            Object value = f.get(console);
            return type.isInstance(value) ? value : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
