package org.govsim.runner.gui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.Objects;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JTextField;
import javax.swing.UIManager;
import org.govsim.model.param.ParamDef;

/**
 * The editor of one parameter of the next run: a check box for a switch, a list for a choice, a text field for
 * a number. A new value is checked by the parameter's declaration; one it refuses is marked red with the reason
 * as the tooltip and never reaches the sheet. {@link #refresh()} shows the sheet's value again (after a
 * checkpoint brings its own parameters), except in a field the user is typing in.
 */
final class ParameterEditor {
    private static final Color REFUSED = new Color(255, 214, 214);
    /** Width of a number field, pixels: room for "800000.0" and the like. */
    static final int FIELD_WIDTH = 84;

    private final ParamDef def;
    private final ParameterSheet sheet;
    private final Runnable changed;
    private final JComponent component;
    private final String tip;
    private boolean refreshing;

    /**
     * @param label   the check box's text, for a switch shown as a heading; null for a plain editor
     * @param changed called after the sheet took a new value
     */
    ParameterEditor(ParamDef def, ParameterSheet sheet, String label, String tip, Runnable changed) {
        this.def = def;
        this.sheet = sheet;
        this.changed = changed;
        this.tip = tip;
        this.component = switch (def.type()) {
            case BOOL -> checkBox(label);
            case CHOICE -> choices();
            case INT, REAL -> field();
        };
        component.setToolTipText(tip);
        refresh();
    }

    JComponent component() {
        return component;
    }

    ParamDef def() {
        return def;
    }

    private JCheckBox checkBox(String label) {
        JCheckBox box = label == null ? new JCheckBox() : new JCheckBox(label);
        box.setOpaque(false);
        box.addActionListener(e -> {
            if (!refreshing) {
                take(box.isSelected());
            }
        });
        return box;
    }

    private JComboBox<String> choices() {
        JComboBox<String> box = new JComboBox<>();
        for (String choice : def.choices()) {
            box.addItem(Terms.displayable(Terms.contractOrChoice(def.path(), choice), box.getFont()));
        }
        box.addActionListener(e -> {
            if (!refreshing && box.getSelectedIndex() >= 0) {
                take(def.choices().get(box.getSelectedIndex()));
            }
        });
        return box;
    }

    private JTextField field() {
        JTextField field = new JTextField(7);
        field.setHorizontalAlignment(JTextField.RIGHT);
        Dimension size = new Dimension(FIELD_WIDTH, field.getPreferredSize().height);
        field.setPreferredSize(size);
        field.setMinimumSize(size);
        field.addActionListener(e -> commit(field));
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit(field);
            }
        });
        return field;
    }

    /** Takes the field's text if the declaration allows it; else marks the field and says why. */
    void commit(JTextField field) {
        if (refreshing) {
            return;
        }
        String text = field.getText();
        if (text.trim().equals(ParamDef.format(sheet.get(def.path())))) {
            unmark(field);
            return;
        }
        try {
            Object value = def.parse(text);
            if (take(value)) {
                unmark(field);
                field.setText(ParamDef.format(value));
            }
        } catch (IllegalArgumentException e) {
            field.setBackground(REFUSED);
            field.setToolTipText("<html><b>Not taken:</b> " + escape(e.getMessage()) + "<br>" + tip.replace("<html>", ""));
            Toolkit.getDefaultToolkit().beep();
        }
    }

    private void unmark(JTextField field) {
        field.setBackground(UIManager.getColor("TextField.background"));
        field.setToolTipText(tip);
    }

    private boolean take(Object value) {
        boolean taken = sheet.set(def.path(), value);
        if (!taken) {
            Toolkit.getDefaultToolkit().beep();
            refresh();
        } else {
            changed.run();
        }
        return taken;
    }

    /** Shows the sheet's value (a field being edited keeps what is typed). */
    void refresh() {
        Object value = sheet.get(def.path());
        refreshing = true;
        try {
            if (component instanceof JCheckBox box) {
                box.setSelected(Boolean.TRUE.equals(value));
            } else if (component instanceof JComboBox<?> box) {
                box.setSelectedIndex(def.choices().indexOf((String) value));
            } else if (component instanceof JTextField field && !field.isFocusOwner()) {
                field.setText(ParamDef.format(value));
                unmark(field);
            }
        } finally {
            refreshing = false;
        }
    }

    /** Whether the next run's value differs from the scenario's. */
    boolean changed() {
        return !Objects.equals(sheet.get(def.path()), sheet.scenario().get(def.path()));
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
