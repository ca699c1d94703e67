package org.govsim.runner.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import sim.portrayal.Inspector;

/**
 * The Console's Model tab: the district's figures now, then the parameters of the next run grouped by lever
 * ({@link ParameterGroups}: each lever's switch in its heading, its key numbers under it, the rest folded),
 * the core model's sections after, and a search box over names, paths, descriptions and the article's terms.
 * Names are words ("interval days"), not paths; units stand beside the values; a value changed from the
 * scenario's is shown in bold and applies at the next Play.
 *
 * <p>The tab fills the Console's scroll pane and scrolls its groups itself, so the search box stays in view and
 * nothing scrolls sideways at the Console's width.
 */
@SuppressWarnings("serial") // an inspector is never serialised
final class ModelTab extends Inspector implements Scrollable {
    private final ParameterSheet sheet;
    private final Supplier<DistrictFigures> figures;
    private final JLabel[] live = new JLabel[5];
    private final JTextField search = new JTextField();
    private final JLabel status = new JLabel();
    private final List<GroupPanel> groups = new ArrayList<>();

    ModelTab(ParameterSheet sheet, Supplier<DistrictFigures> figures) {
        super();
        this.sheet = sheet;
        this.figures = figures;
        setLayout(new BorderLayout());
        setVolatile(true);

        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(livePanel());
        top.add(searchPanel());
        add(top, BorderLayout.NORTH);

        JPanel list = new JPanel();
        list.setLayout(new BoxLayout(list, BoxLayout.Y_AXIS));
        boolean leversDone = false;
        list.add(sectionHeading("Levers: switch on, set the key numbers; more under each"));
        for (ParameterGroups.Group g : ParameterGroups.of(sheet.values().catalog())) {
            if (!g.lever() && !leversDone) {
                list.add(sectionHeading("Core model"));
                leversDone = true;
            }
            GroupPanel panel = new GroupPanel(g, sheet, this::updateInspector, this::filter);
            groups.add(panel);
            list.add(panel);
        }
        list.add(Box.createVerticalGlue());
        JScrollPane scroll = new JScrollPane(new WidthTracking(list), JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        updateInspector();
    }

    private JPanel livePanel() {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createEmptyBorder(4, 6, 2, 6),
                BorderFactory.createTitledBorder("Now")));
        String[] names = {"day", "open issues", "disputes, last 30 days", "satisfaction (0 to 1)", "fee collection, last month"};
        for (int i = 0; i < names.length; i++) {
            live[i] = new JLabel(Reading.NONE);
            live[i].setHorizontalAlignment(SwingConstants.RIGHT);
            p.add(new JLabel(names[i]), GroupPanel.cell(0, i, 1, GridBagConstraints.HORIZONTAL));
            p.add(live[i], GroupPanel.cell(1, i, 0, GridBagConstraints.NONE));
        }
        return p;
    }

    private JPanel searchPanel() {
        JPanel p = new JPanel(new BorderLayout(6, 2));
        p.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JLabel title = new JLabel("Next run");
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        JButton undo = new JButton("Undo changes");
        undo.setToolTipText("Back to the scenario's values for the next run");
        undo.addActionListener(e -> {
            sheet.revert();
            updateInspector();
        });
        JPanel row = new JPanel(new BorderLayout(6, 0));
        row.add(title, BorderLayout.WEST);
        row.add(status, BorderLayout.CENTER);
        row.add(undo, BorderLayout.EAST);
        status.setForeground(GroupPanel.MUTED);
        search.setToolTipText("Shows the parameters whose name, path, description or lever contains every word typed");
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                filter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                filter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                filter();
            }
        });
        JPanel find = new JPanel(new BorderLayout(6, 0));
        find.add(new JLabel("Search"), BorderLayout.WEST);
        find.add(search, BorderLayout.CENTER);
        p.add(row, BorderLayout.NORTH);
        p.add(find, BorderLayout.SOUTH);
        return p;
    }

    private static JLabel sectionHeading(String text) {
        JLabel l = new JLabel(text);
        l.setFont(l.getFont().deriveFont(Font.PLAIN));
        l.setForeground(GroupPanel.MUTED);
        l.setBorder(BorderFactory.createEmptyBorder(8, 8, 2, 8));
        l.setAlignmentX(LEFT_ALIGNMENT);
        return l;
    }

    /** Shows only the parameters the search matches (all groups unfolded); an empty search restores the groups. */
    void filter() {
        String q = search.getText();
        for (GroupPanel g : groups) {
            g.filter(q);
        }
        revalidate();
        repaint();
    }

    /** Types a search, as the user would (for tests and scripts). */
    void search(String text) {
        search.setText(text);
    }

    /** The rows a user can see now (visible in their group), by parameter path. */
    List<String> visiblePaths() {
        List<String> paths = new ArrayList<>();
        for (GroupPanel g : groups) {
            if (g.isVisible()) {
                if (g.toggle != null) {
                    paths.add(g.toggle.def().path());
                }
                g.rows.stream().filter(r -> r.label().isVisible()).forEach(r -> paths.add(r.editor().def().path()));
            }
        }
        return paths;
    }

    /** The labels of the parameter rows, for tests of what fits. */
    List<JLabel> rowLabels() {
        List<JLabel> labels = new ArrayList<>();
        groups.forEach(g -> g.rows.forEach(r -> labels.add(r.label())));
        return labels;
    }

    /** The editors (heading switches included), for tests. */
    List<ParameterEditor> editors() {
        List<ParameterEditor> all = new ArrayList<>();
        for (GroupPanel g : groups) {
            if (g.toggle != null) {
                all.add(g.toggle);
            }
            g.rows.forEach(r -> all.add(r.editor()));
        }
        return all;
    }

    @Override
    public void updateInspector() {
        DistrictFigures f = figures.get();
        if (f != null) {
            live[0].setText(String.format(Locale.ROOT, "day %d", (long) Math.floor(f.day())));
            live[1].setText(Reading.count(f.openIssuesTotal(), "issues").text());
            live[2].setText(Reading.count(f.recentDisputesTotal(), "disputes").text());
            live[3].setText(Reading.score(f.satisfactionMean()).text());
            live[4].setText(Reading.share(f.feeCollectionRateTotal()).text());
        }
        int changed = 0;
        for (GroupPanel g : groups) {
            changed += g.refresh();
        }
        status.setText(changed == 0 ? "as the scenario" : changed + (changed == 1 ? " change" : " changes"));
        status.setToolTipText("Changes apply when the next run starts: press Stop, then Play");
    }

    // ------------------------------------------------------------ Scrollable: fill the Console's scroll pane

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return visible.height;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return true;
    }

    /** A panel that takes the scroll pane's width, so that rows lay out to it instead of scrolling sideways. */
    private static final class WidthTracking extends JPanel implements Scrollable {
        WidthTracking(JPanel content) {
            super(new BorderLayout());
            add(content, BorderLayout.NORTH);
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return visible.height;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }
}
