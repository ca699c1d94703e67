package org.govsim.runner.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.govsim.model.District;
import org.govsim.model.metrics.MonthlySnapshot;
import org.jfree.chart.ChartPanel;
import sim.display.GUIState;

/**
 * The live charts, all in one window: as many in a grid as fit at {@link #MIN_CHART} or larger, and, when not
 * all fit, pages of them in tabs (one row of tabs, never wrapped). The grid is worked out again when the window
 * is resized. The time series plot the run's monthly figures ({@link LiveChart}); the histogram the ages of the
 * open issues each day ({@link AgesChart}).
 *
 * <p>Data are read on the model's thread (under the schedule's lock) and handed to Swing's thread, as
 * JFreeChart is not thread-safe.
 */
final class ChartBoard {
    /** The smallest a chart is drawn, pixels: room for its title, legend, axes and a plot of about 300 by 200. */
    static final Dimension MIN_CHART = new Dimension(380, 300);
    /** Height of a row of tabs, pixels. */
    private static final int TABS = 30;

    private final JFrame frame = new JFrame("Charts");
    private final List<LiveChart> lines = new ArrayList<>();
    private final AgesChart ages = new AgesChart();
    private final List<JComponent> panels = new ArrayList<>();
    private int monthsShown;
    /** Whether the lines drawn are those of a district shown before Play (Swing's thread only). */
    private boolean showingPreview;
    private int perPage = -1;
    private int columns = -1;

    ChartBoard(GUIState gui) {
        lines.add(new LiveChart("Disputes per 1000 households, monthly", "Disputes", "disputes per 1000 households",
                "disputes_per_1000hh", "all disputes", "property_disputes_per_1000hh", "property disputes"));
        lines.add(new LiveChart("Resolution time, monthly mean", "Resolution", "days from report to settlement",
                "resolution_days_mean", "mean"));
        lines.add(new LiveChart("Satisfaction and trust, monthly mean", "Satisfaction", "mean, 0 to 1",
                "satisfaction_mean", "satisfaction", "satisfaction_property_mean", "with property",
                "satisfaction_governance_mean", "with governance", "trust_mean", "trust"));
        lines.add(new LiveChart("Fee collection rate, monthly", "Fees", "fees collected / billed",
                "fee_collection_rate", "collection rate"));
        lines.add(new LiveChart("Funding gap, monthly", "Gap", "yuan per month (billed - collected)",
                "funding_gap_yuan", "funding gap"));
        for (LiveChart chart : lines) {
            panels.add(chart.panel());
        }
        panels.add(ages.panel());
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                arrange();
            }
        });
        frame.setSize(MIN_CHART.width, 2 * MIN_CHART.height + TABS);
        arrange();
        gui.controller.registerFrame(frame);
        frame.setVisible(true);
    }

    JFrame frame() {
        return frame;
    }

    /** The chart panels, in their order (the five time series, then the histogram). */
    List<ChartPanel> chartPanels() {
        List<ChartPanel> all = new ArrayList<>();
        lines.forEach(c -> all.add(c.panel()));
        all.add(ages.panel());
        return all;
    }

    List<LiveChart> lines() {
        return List.copyOf(lines);
    }

    AgesChart ages() {
        return ages;
    }

    /** The tabs, or null when every chart fits in one grid. */
    JTabbedPane tabs() {
        return frame.getContentPane().getComponentCount() == 1
                && frame.getContentPane().getComponent(0) instanceof JTabbedPane t ? t : null;
    }

    /**
     * Charts per page and columns for a window's content of {@code size}: the most charts that fit at the
     * minimum size, in the grid shape that leaves each the most room.
     *
     * @return {perPage, columns}
     */
    static int[] grid(Dimension size, int charts) {
        int maxColumns = Math.max(1, size.width / MIN_CHART.width);
        int maxRowsAlone = Math.max(1, size.height / MIN_CHART.height);
        if (maxColumns * maxRowsAlone >= charts) {
            int bestColumns = 1;
            double bestSide = -1;
            for (int c = 1; c <= maxColumns; c++) {
                int r = (charts + c - 1) / c;
                if (r > maxRowsAlone) {
                    continue;
                }
                double side = Math.min((double) size.width / c / MIN_CHART.width, (double) size.height / r / MIN_CHART.height);
                if (side > bestSide) {
                    bestSide = side;
                    bestColumns = c;
                }
            }
            return new int[] {charts, bestColumns};
        }
        int rows = Math.max(1, (size.height - TABS) / MIN_CHART.height);
        return new int[] {maxColumns * rows, maxColumns};
    }

    /** Lays the charts out for the window's size, unless the grid it needs is the one already shown. */
    private void arrange() {
        Dimension size = frame.getContentPane().getSize();
        if (size.width <= 0 || size.height <= 0) {
            size = frame.getSize();
        }
        int[] g = grid(size, panels.size());
        if (g[0] == perPage && g[1] == columns) {
            return;
        }
        perPage = g[0];
        columns = g[1];
        JTabbedPane oldTabs = tabs();
        int selected = oldTabs == null ? 0 : oldTabs.getSelectedIndex();
        frame.getContentPane().removeAll();
        if (perPage >= panels.size()) {
            frame.getContentPane().add(page(0, panels.size()), BorderLayout.CENTER);
        } else {
            JTabbedPane tabs = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.SCROLL_TAB_LAYOUT);
            tabs.setFont(tabs.getFont().deriveFont(java.awt.Font.PLAIN));
            for (int from = 0; from < panels.size(); from += perPage) {
                int to = Math.min(panels.size(), from + perPage);
                tabs.addTab(pageTitle(from, to), null, page(from, to), pageTip(from, to));
            }
            tabs.setSelectedIndex(Math.max(0, Math.min(tabs.getTabCount() - 1, selected)));
            frame.getContentPane().add(tabs, BorderLayout.CENTER);
        }
        frame.getContentPane().revalidate();
        frame.getContentPane().repaint();
    }

    private JPanel page(int from, int to) {
        int n = to - from;
        int c = Math.min(columns, n);
        JPanel page = new JPanel(new GridLayout((n + c - 1) / c, c, 4, 4));
        for (int i = from; i < to; i++) {
            page.add(panels.get(i));
        }
        return page;
    }

    private String pageTip(int from, int to) {
        List<String> titles = new ArrayList<>();
        for (int i = from; i < to; i++) {
            titles.add(i < lines.size() ? lines.get(i).chart().getTitle().getText() : ages.chart().getTitle().getText());
        }
        return String.join("; ", titles);
    }

    private String pageTitle(int from, int to) {
        List<String> names = new ArrayList<>();
        for (int i = from; i < to; i++) {
            names.add(i < lines.size() ? lines.get(i).shortTitle() : "Ages");
        }
        return String.join(" · ", names);
    }

    /**
     * Shows a run that has recorded {@code months} so far, spans [0, endDay] and observes after burnIn. The lines
     * of the run shown until now stay as the faint previous run, unless they were only a district shown before
     * Play; {@code preview} says whether this one is.
     */
    void reset(List<MonthlySnapshot> months, double burnIn, double endDay, boolean preview) {
        monthsShown = months.size();
        List<MonthlySnapshot> recorded = List.copyOf(months);
        SwingUtilities.invokeLater(() -> {
            boolean keep = !showingPreview;
            showingPreview = preview;
            for (LiveChart chart : lines) {
                chart.reset(burnIn, endDay, keep);
                chart.add(recorded);
            }
            ages.reset(keep);
        });
    }

    /** Adds the months recorded since the last call and redraws the histogram of ages; call on the model's thread. */
    void update(District district, DistrictFigures figures) {
        List<MonthlySnapshot> months = district.metrics().months();
        List<MonthlySnapshot> fresh = months.size() > monthsShown
                ? List.copyOf(months.subList(monthsShown, months.size())) : List.of();
        monthsShown = months.size();
        double[] a = figures.openIssueAges();
        SwingUtilities.invokeLater(() -> {
            if (!fresh.isEmpty()) {
                for (LiveChart chart : lines) {
                    chart.add(fresh);
                }
            }
            ages.show(a);
        });
    }

    void dispose() {
        frame.dispose();
    }
}
