package org.govsim.runner.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.govsim.model.param.ParamDef;

/**
 * One group of the Model tab: a lever's heading with its switch (or a section's title), its key rows, and the
 * rest behind "more". A row is the parameter's name in words, then its editor and unit in a column of fixed
 * width, so that the names take what the Console's width leaves and the values line up from group to group.
 */
@SuppressWarnings("serial") // a panel of the Model tab is never serialised
final class GroupPanel extends JPanel {
    static final Color MUTED = new Color(110, 110, 110);
    private static final Color CHANGED = new Color(0, 84, 166);
    /**
     * Width of the value column, pixels: a number's field and its unit, or a list. A longer unit is cut short, in
     * full in its tooltip.
     */
    static final int VALUE_WIDTH = 172;

    /** One row: the parameter's name, and its value (the editor and the unit). */
    record Row(JLabel label, ParameterEditor editor, JPanel value, boolean key, Terms.Title title) {
    }

    private final ParameterGroups.Group group;
    private final ParameterSheet sheet;
    private final Runnable changed;
    final ParameterEditor toggle;
    private final JLabel heading;
    private final JButton more = new JButton();
    private final JPanel body = new JPanel(new GridBagLayout());
    final List<Row> rows = new ArrayList<>();
    private boolean unfolded;

    GroupPanel(ParameterGroups.Group group, ParameterSheet sheet, Runnable changed, Runnable refilter) {
        super(new BorderLayout());
        this.group = group;
        this.sheet = sheet;
        this.changed = changed;
        setAlignmentX(LEFT_ALIGNMENT);
        setBorder(BorderFactory.createEmptyBorder(2, 4, 4, 4));
        JPanel head = new JPanel(new BorderLayout(4, 0));
        Font bold = getFont().deriveFont(Font.BOLD);
        if (group.toggle().isPresent()) {
            ParamDef sw = group.toggle().get();
            toggle = new ParameterEditor(sw, sheet, "", tip(sw), changed);
            toggle.component().setFont(bold);
            ((AbstractButton) toggle.component()).setText(Terms.withChinese(group.title(), bold));
            heading = null;
            head.add(toggle.component(), BorderLayout.CENTER);
        } else {
            toggle = null;
            heading = new JLabel(Terms.withChinese(group.title(), bold));
            heading.setFont(bold);
            // level with the titles of the levers' switches, which follow a check box
            JCheckBox box = new JCheckBox();
            heading.setBorder(BorderFactory.createEmptyBorder(4, box.getPreferredSize().width + 2, 4, 4));
            head.add(heading, BorderLayout.CENTER);
        }
        more.setMargin(new Insets(0, 6, 0, 6));
        more.setFont(more.getFont().deriveFont(Font.PLAIN));
        more.addActionListener(e -> {
            unfolded = !unfolded;
            refilter.run();
        });
        if (!group.more().isEmpty()) {
            head.add(more, BorderLayout.EAST);
        }
        add(head, BorderLayout.NORTH);
        body.setBorder(BorderFactory.createEmptyBorder(0, 14, 0, 0));
        add(body, BorderLayout.CENTER);
        int y = 0;
        for (ParamDef def : group.key()) {
            addRow(def, true, y++);
        }
        for (ParamDef def : group.more()) {
            addRow(def, false, y++);
        }
        filter("");
    }

    private void addRow(ParamDef def, boolean key, int y) {
        JLabel label = new JLabel(ParameterGroups.name(def));
        label.setToolTipText(tip(def));
        // the name takes the room the value column leaves; a longer name is cut short, in full in the tooltip
        label.setPreferredSize(new Dimension(60, label.getPreferredSize().height));
        ParameterEditor editor = new ParameterEditor(def, sheet, null, tip(def), changed);
        String unitText = "-".equals(def.unit()) ? "" : def.unit();
        JLabel unit = new JLabel(unitText);
        unit.setForeground(MUTED);
        unit.setFont(unit.getFont().deriveFont(Font.PLAIN, unit.getFont().getSize2D() - 1));
        unit.setToolTipText(unitText.isEmpty() ? null : unitText);
        unit.setBorder(BorderFactory.createEmptyBorder(0, 4, 0, 0));
        JPanel value = new JPanel(new BorderLayout());
        value.setOpaque(false);
        value.add(editor.component(), BorderLayout.WEST);
        value.add(unit, BorderLayout.CENTER);
        Dimension editorSize = editor.component().getPreferredSize();
        editor.component().setPreferredSize(new Dimension(Math.min(VALUE_WIDTH, editorSize.width), editorSize.height));
        Dimension cell = new Dimension(VALUE_WIDTH, value.getPreferredSize().height);
        value.setPreferredSize(cell);
        value.setMinimumSize(cell);
        body.add(label, cell(0, y, 1, GridBagConstraints.HORIZONTAL));
        body.add(value, cell(1, y, 0, GridBagConstraints.NONE));
        rows.add(new Row(label, editor, value, key, group.title()));
    }

    private String tip(ParamDef def) {
        Font font = getFont();
        return "<html><b>" + ParameterEditor.escape(def.path()) + "</b><br>"
                + ParameterEditor.escape(Terms.displayable(def.description(), font)) + "<br>unit: "
                + ParameterEditor.escape(def.unit()) + "; allowed: " + ParameterEditor.escape(def.allowed())
                + "<br>source: " + ParameterEditor.escape(Terms.displayable(def.source(), font))
                + "<br>scenario's value: " + ParameterEditor.escape(ParamDef.format(sheet.scenario().get(def.path())))
                + " (a change applies at the next Play)</html>";
    }

    /** Shows the rows a search matches (the key rows, or all when unfolded, without one); hides the group if none. */
    void filter(String query) {
        boolean searching = !query.isBlank();
        int shown = 0;
        for (Row r : rows) {
            boolean visible = searching ? ParameterGroups.matches(query, r.editor.def(), r.title)
                    : r.key || unfolded;
            r.label.setVisible(visible);
            r.value.setVisible(visible);
            shown += visible ? 1 : 0;
        }
        boolean switchMatches = toggle != null && ParameterGroups.matches(query, toggle.def(), group.title());
        setVisible(!searching || shown > 0 || switchMatches);
        more.setVisible(!searching && !group.more().isEmpty());
        more.setText(unfolded ? "fewer" : "more (" + group.more().size() + ")");
    }

    /** Shows the sheet's values; returns how many differ from the scenario's. */
    int refresh() {
        int changed = 0;
        boolean on = toggle == null || Boolean.TRUE.equals(sheet.get(toggle.def().path()));
        if (toggle != null) {
            toggle.refresh();
            toggle.component().setForeground(toggle.changed() ? CHANGED : getForeground());
            changed += toggle.changed() ? 1 : 0;
        }
        for (Row r : rows) {
            r.editor.refresh();
            boolean differs = r.editor.changed();
            changed += differs ? 1 : 0;
            r.label.setFont(r.label.getFont().deriveFont(differs ? Font.BOLD : Font.PLAIN));
            r.label.setForeground(differs ? CHANGED : on ? getForeground() : MUTED);
        }
        return changed;
    }

    /** A cell of a grid of names and values. */
    static GridBagConstraints cell(int x, int y, double weight, int fill) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.weightx = weight;
        c.fill = fill;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(1, 2, 1, 4);
        return c;
    }
}
