package org.govsim.runner.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.swing.UIManager;
import sim.util.Properties;

/**
 * MASON {@link Properties} from a fixed list of rows, for objects whose properties are not bean methods: the
 * model's parameters (declared in a catalogue, not as getters) and a compound's figures. MASON's inspectors
 * show each row as a field, a slider (domain {@link sim.util.Interval}) or a list (domain an array), with the
 * description as its tooltip, and let the user chart numeric rows, exactly as for a bean's {@code getX},
 * {@code setX} and {@code domX} methods.
 */
@SuppressWarnings("serial") // MASON's Properties is Serializable; inspectors are never serialised
final class PropertyTable extends Properties {

    /**
     * One property.
     *
     * @param name        the label
     * @param type        its class ({@code double.class}, {@code int.class}, {@code boolean.class}, {@code String.class})
     * @param description the tooltip (HTML allowed)
     * @param getter      the current value, boxed
     * @param setter      accepts a new value (boxed as {@code type}) and says whether it took it; null when read-only
     * @param domain      null, a {@link sim.util.Interval} or an array of choices (the value is then the index)
     */
    record Row(String name, Class<?> type, String description, Supplier<Object> getter, Predicate<Object> setter,
               Object domain) {

        static Row readOnly(String name, Class<?> type, String description, Supplier<Object> getter) {
            return new Row(name, type, description, getter, null, null);
        }
    }

    private final String name;
    private final List<Row> rows;

    /**
     * @param name what the rows describe, e.g. "compound 12 (community 3)": MASON titles the charts made from an
     *             inspector "ROW of NAME"
     */
    PropertyTable(String name, List<Row> rows) {
        this.name = name;
        this.rows = new ArrayList<>(rows);
    }

    /** What the rows describe (MASON's inspectors call it the inspected object). */
    @Override
    public Object getObject() {
        return name;
    }

    /**
     * No row opens a sub-inspector: a {@link Reading} is shown as its text and charted as its number.
     */
    @Override
    public boolean isComposite(int index) {
        return false;
    }

    /**
     * The rows never change (MASON would rebuild every field on each update otherwise); their values may, and
     * an inspector marked volatile refreshes them after every step.
     */
    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return rows.size();
    }

    @Override
    public Object getValue(int index) {
        return valid(index) ? rows.get(index).getter().get() : null;
    }

    @Override
    public boolean isReadWrite(int index) {
        return valid(index) && rows.get(index).setter() != null;
    }

    @Override
    public String getName(int index) {
        return valid(index) ? rows.get(index).name() : null;
    }

    @Override
    public Class getType(int index) {
        return valid(index) ? rows.get(index).type() : null;
    }

    @Override
    public Object getDomain(int index) {
        return valid(index) ? rows.get(index).domain() : null;
    }

    @Override
    public String getDescription(int index) {
        return valid(index) ? Terms.displayable(rows.get(index).description(), UIManager.getFont("ToolTip.font")) : null;
    }

    /** Returns the value now held, or null (MASON then beeps) when the row refused the new one. */
    @Override
    protected Object _setValue(int index, Object value) {
        if (!isReadWrite(index) || value == null) {
            return null;
        }
        return rows.get(index).setter().test(value) ? getValue(index) : null;
    }

    private boolean valid(int index) {
        return index >= 0 && index < rows.size();
    }
}
