package org.govsim.runner.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * The map's window: MASON's {@link Display2D} showing the {@link DistrictMapPortrayal}, under a row of the
 * map's own controls (what the colours show, which markers, a scale fitted to today and locked), with a single
 * click on a compound to inspect it. The display's size at zoom 1 follows the window, so the map fills whatever
 * room the window is given; MASON's Scale zooms in from there.
 */
final class MapWindow {
    /** The smallest display the map is fitted to, pixels (a smaller window scrolls). */
    private static final Dimension MIN_DISPLAY = new Dimension(320, 240);
    /** The display's size at zoom 1 before the window is placed. */
    static final Dimension START = new Dimension(640, (int) Math.round(640 / MapLayout.ASPECT + MapLegend.HEIGHT));

    private final GUIState gui;
    private final Rectangle2D.Double bounds = new Rectangle2D.Double(0, 0, START.width, START.height);
    private final Display2D display;
    private final DistrictMapPortrayal map;
    private final JFrame frame;
    private final JToggleButton lock = new JToggleButton("Fit scale to today");

    MapWindow(GUIState gui, Controller controller) {
        this.gui = gui;
        display = new Display2D(bounds.width, bounds.height, gui);
        display.setBackdrop(DistrictMapPortrayal.BACKGROUND);
        map = new DistrictMapPortrayal(bounds, CompoundMarker.standard());
        display.attach(map, "District map", bounds); // the same rectangle: fitting it to the window moves the map too

        // MASON inspects on a double click; a single click on a compound should be enough
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 1 && SwingUtilities.isLeftMouseButton(e)) {
                    inspectAt(e.getX(), e.getY());
                }
            }
        });
        display.display.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fitToWindow();
            }
        });

        // scroll bars only when zoomed in: at zoom 1 the map fits the window
        display.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        frame = display.createFrame();
        frame.setTitle("District map");
        frame.getContentPane().add(controls(), BorderLayout.NORTH);
        frame.pack();
        controller.registerFrame(frame);
        frame.setVisible(true);
    }

    private JPanel controls() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        JComboBox<MapMetric> colourBy = new JComboBox<>(MapMetric.values());
        colourBy.setToolTipText("What the compounds' colours show; each has a fixed scale, so a colour means the same value on every day");
        colourBy.addActionListener(e -> {
            map.setMetric((MapMetric) colourBy.getSelectedItem());
            lock.setSelected(false);
            display.repaint();
        });
        List<String> markOptions = new ArrayList<>(List.of("all marks"));
        map.markers().forEach(m -> markOptions.add(m.name() + " only"));
        markOptions.add("no marks");
        JComboBox<String> marks = new JComboBox<>(markOptions.toArray(new String[0]));
        marks.setToolTipText("Which markers the tiles carry");
        marks.addActionListener(e -> {
            int i = marks.getSelectedIndex();
            List<CompoundMarker> all = map.markers();
            map.showMarkers(i == 0 ? all : i <= all.size() ? List.of(all.get(i - 1)) : List.of());
            display.repaint();
        });
        lock.setToolTipText("Fit the colours to today's spread (5th to 95th percentile) and hold them; press again for the fixed scale");
        lock.addActionListener(e -> {
            if (lock.isSelected()) {
                synchronized (gui.state.schedule) {
                    lock.setSelected(map.lockScaleToNow());
                }
            } else {
                map.unlockScale();
            }
            display.repaint();
        });
        bar.add(new JLabel("Colour by"));
        bar.add(colourBy);
        bar.add(marks);
        bar.add(lock);
        return bar;
    }

    /** Inspects what lies at a point of the display (in its pixels), as a click there does. */
    void inspectAt(double x, double y) {
        Rectangle2D.Double at = new Rectangle2D.Double(x, y, 1, 1);
        display.createInspectors(at, gui);
        display.performSelection(at); // MASON's own click does it too: the same selection, outlined on the map
        display.repaint();
    }

    /** Sizes the display at zoom 1 to the room the window gives it, so the map fills the window. */
    void fitToWindow() {
        Dimension room = display.display.getViewport().getExtentSize();
        // the size at zoom 1 is the window's room, whatever the zoom: a zoomed-in map stays zoomed in after a resize
        int w = Math.max(MIN_DISPLAY.width, room.width);
        int h = Math.max(MIN_DISPLAY.height, room.height);
        if (room.width <= 0 || room.height <= 0 || (Math.abs(w - bounds.width) < 1 && Math.abs(h - bounds.height) < 1)) {
            return;
        }
        bounds.width = w;
        bounds.height = h;
        display.insideDisplay.width = w;
        display.insideDisplay.height = h;
        display.insideDisplay.revalidate();
        display.repaint();
    }

    /**
     * Shows a district's figures: a new or reopened run (then the display redraws after every step) or one
     * waiting for Play ({@code running} false: the display is drawn once, as no schedule runs yet).
     */
    void show(DistrictFigures figures, String title, boolean running) {
        map.show(figures, title);
        if (running) {
            display.reset();
        }
        display.repaint();
    }

    JFrame frame() {
        return frame;
    }

    DistrictMapPortrayal portrayal() {
        return map;
    }

    /** The display's size at zoom 1 (its snapshots' size), pixels. */
    Dimension displaySize() {
        return new Dimension((int) bounds.width, (int) bounds.height);
    }

    /** Writes the map as the display shows it to a PNG (MASON's snapshot). Call on Swing's thread. */
    void snapshot(File file) throws IOException {
        synchronized (gui.state.schedule) {
            display.takeSnapshot(file, Display2D.TYPE_PNG);
        }
    }

    void dispose() {
        frame.dispose();
    }
}
