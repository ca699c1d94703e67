package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.world.Compound;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The map's geometry, colours and figures, without a display. */
class GuiMapTest {

    @Test
    void tilesFillTheirCommunityWithoutOverlapAndWithAreaByHouseholds() throws Exception {
        Scenario s = GuiFixtures.smallBaseline("district.compounds=800");
        District d = new District(5, new ModelConfig(s.values()));
        d.start();
        Compound[] compounds = d.compounds();
        MapLayout layout = MapLayout.of(compounds);
        assertEquals(100, layout.communities());
        double mapArea = layout.width() * layout.height();
        double communityArea = 0;
        for (int k = 0; k < layout.communities(); k++) {
            communityArea += area(layout.community(k));
        }
        assertEquals(mapArea, communityArea, 1e-9, "communities tile the whole map");

        double[] perHousehold = new double[compounds.length];
        for (int c = 0; c < compounds.length; c++) {
            Rectangle2D.Double tile = layout.tile(c);
            int k = compounds[c].community().index();
            assertTrue(layout.community(k).contains(tile), "compound " + c + " lies in its community");
            perHousehold[c] = area(tile) / compounds[c].households();
            for (int other = 0; other < c; other++) {
                Rectangle2D overlap = tile.createIntersection(layout.tile(other));
                assertFalse(overlap.getWidth() > 1e-9 && overlap.getHeight() > 1e-9, c + " and " + other + " overlap");
                if (compounds[other].community() == compounds[c].community()) {
                    assertEquals(perHousehold[other], perHousehold[c], 1e-9 * perHousehold[c],
                            "in one community, area is exactly proportional to households");
                }
            }
        }
        // across communities only the thin gap between them (GAP wide) distorts the scale: a community of 8
        // compounds on 1/100 of the map loses about 4 * GAP / sqrt(1/100 * ASPECT) = 21% of its area at most
        double[] sorted = perHousehold.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        for (int c = 0; c < compounds.length; c++) {
            assertEquals(1, perHousehold[c] / median, 0.25, "compound " + c + ": area by households, one scale for the map");
        }
    }

    private static double area(Rectangle2D.Double r) {
        return r.width * r.height;
    }

    @Test
    void theTreemapGivesAreasInProportionAndKeepsRectanglesFromBecomingSlivers() {
        double[] weights = {6, 6, 4, 3, 2, 2, 1};
        Rectangle2D.Double[] r = MapLayout.treemap(weights, new Rectangle2D.Double(0, 0, 6, 4));
        for (int i = 0; i < weights.length; i++) {
            assertEquals(weights[i], area(r[i]), 1e-9, "rectangle " + i);
            double aspect = Math.max(r[i].width / r[i].height, r[i].height / r[i].width);
            assertTrue(aspect < 3, "rectangle " + i + " is " + r[i].width + " by " + r[i].height);
        }
    }

    @Test
    void aMapLaidOutForAnotherShapeFillsItWithTheSameAreasByHouseholds() throws Exception {
        Scenario s = GuiFixtures.smallBaseline();
        District d = new District(5, new ModelConfig(s.values()));
        d.start();
        for (double aspect : new double[] {0.8, 4.0 / 3.0, 2.0}) {
            MapLayout layout = MapLayout.of(d.compounds(), aspect);
            assertEquals(aspect, layout.width(), 1e-12);
            double area = 0;
            for (int k = 0; k < layout.communities(); k++) {
                area += area(layout.community(k));
                assertTrue(new Rectangle2D.Double(0, 0, aspect, 1).contains(layout.community(k)), "community " + k + " on the map");
            }
            assertEquals(aspect, area, 1e-9, "the communities fill a map of aspect " + aspect);
        }
    }

    /** Relative luminance (WCAG 2), to check that the ramp runs from dark to light. */
    private static double luminance(Color c) {
        double[] v = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    @Test
    void darkerIsWorseWhicheverWayTheMetricPointsAndTheRampGetsLighterStepByStep() {
        ColourScale open = MapMetric.OPEN_ISSUES.scale();
        ColourScale satisfaction = MapMetric.SATISFACTION.scale();
        double previous = -1;
        for (double t = 0; t <= 1.0001; t += 0.125) {
            double l = luminance(ColourScale.viridis(t));
            assertTrue(l > previous, "viridis gets lighter at " + t);
            previous = l;
        }
        assertTrue(luminance(open.colour(open.high())) < luminance(open.colour(open.low())), "many open issues: dark");
        assertTrue(luminance(satisfaction.colour(satisfaction.low())) < luminance(satisfaction.colour(satisfaction.high())),
                "low satisfaction: dark");
        assertEquals(open.colour(open.high()), satisfaction.colour(satisfaction.low()), "the worst end has one colour");
        assertEquals(open.colour(open.high()), open.colour(open.high() * 3), "beyond the scale: the end's colour");
        assertTrue(open.clamps(open.high() * 3) && !open.clamps(open.mid()));
        assertEquals(ColourScale.NO_DATA, open.colour(Double.NaN), "no data has its own grey");
        assertArrayEquals(new double[] {0, 3.75, 7.5, 11.25, 15}, open.ticks(), 1e-12, "ends, quarters and middle");
        assertEquals("7.5", open.format(7.5));
        assertEquals("0.6", satisfaction.format(satisfaction.mid()));
    }

    @Test
    void theMapsScaleStaysFixedAsTheRunGoesOnUnlessAFittedOneIsLocked() throws Exception {
        GuiRun run = GuiRun.replication(GuiFixtures.smallBaseline(), 2, 0);
        DistrictWithUI gui = new DistrictWithUI(run);
        gui.state.setSeed(run.seed());
        gui.start();
        DistrictMapPortrayal map = new DistrictMapPortrayal(new Rectangle2D.Double(0, 0, 640, 580), CompoundMarker.standard());
        map.show(gui.figures(), run.title());
        map.setMetric(MapMetric.SATISFACTION);
        for (int day = 0; day < 90; day++) {
            gui.step();
            assertEquals(MapMetric.SATISFACTION.scale(), map.scale(), "the same scale on day " + day);
        }
        assertTrue(map.lockScaleToNow());
        ColourScale fitted = map.scale();
        double[] spread = DistrictMapPortrayal.percentileRange(MapMetric.SATISFACTION, gui.figures());
        assertEquals(spread[0], fitted.low());
        assertEquals(spread[1], fitted.high());
        assertTrue(fitted.high() - fitted.low() < 0.2, "a fitted scale spans the compounds' spread, not [0.4, 0.8]: " + fitted);
        for (int day = 0; day < 30; day++) {
            gui.step();
        }
        assertEquals(fitted, map.scale(), "a locked scale holds while the run goes on");
        map.unlockScale();
        assertEquals(MapMetric.SATISFACTION.scale(), map.scale());
        gui.finish();
    }

    @Test
    void disputesAreCountedOverTheLast30DaysEveryDayNotFromTheStartOfAMonth() throws Exception {
        GuiRun run = GuiRun.replication(GuiFixtures.smallBaseline(), 2, 0);
        DistrictWithUI gui = new DistrictWithUI(run);
        gui.state.setSeed(run.seed());
        gui.start();
        // the compounds' cumulative disputes at the end of each day, as the test sees them
        List<int[]> byDay = new ArrayList<>();
        byDay.add(cumulative(gui.figures()));
        while (gui.district().schedule.getTime() < 100) {
            gui.step();
            int day = (int) Math.floor(gui.district().schedule.getTime());
            while (byDay.size() < day) {
                byDay.add(byDay.get(byDay.size() - 1)); // a day without events kept its counts
            }
            byDay.add(cumulative(gui.figures()));
            DistrictFigures f = gui.figures();
            int from = Math.max(0, day - DistrictFigures.RECENT_DAYS);
            assertEquals(Math.min(day, DistrictFigures.RECENT_DAYS), f.recentDisputeDays(), "day " + day);
            int total = 0;
            for (int c = 0; c < f.compounds(); c++) {
                assertEquals(byDay.get(day)[c] - byDay.get(from)[c], f.recentDisputes(c), "compound " + c + " on day " + day);
                total += f.recentDisputes(c);
            }
            assertEquals(total, f.recentDisputesTotal());
            if (day >= 60) {
                assertTrue(total > 0, "disputes in 30 days of a 40-compound district");
            }
        }
        DistrictFigures f = gui.figures();
        for (int c = 0; c < f.compounds(); c++) {
            int byLevel = 0;
            for (int l = 0; l <= DistrictFigures.UNREPORTED; l++) {
                byLevel += f.openAt(c, l);
            }
            assertEquals(f.openIssues(c), byLevel, "every open issue of compound " + c + " is at one level or unreported");
        }
        assertEquals(f.openIssuesTotal(), f.openIssueAges().length, "the register knows every open issue");
        gui.finish();
    }

    private static int[] cumulative(DistrictFigures f) {
        int[] n = new int[f.compounds()];
        for (int c = 0; c < n.length; c++) {
            n[c] = f.compound(c).disputes();
        }
        return n;
    }

    @Test
    void recentCountsSpanTheWindowAndCarryADayWithoutRecordForward() {
        RecentCounts counts = new RecentCounts(3, 1);
        counts.record(0, new int[] {0});
        counts.record(1, new int[] {2});
        assertEquals(2, counts.recent(0));
        assertEquals(1, counts.daysCovered(), "one day so far");
        counts.record(2, new int[] {5});
        counts.record(3, new int[] {6});
        assertEquals(6, counts.recent(0), "days 1 to 3");
        counts.record(4, new int[] {10});
        assertEquals(8, counts.recent(0), "days 2 to 4: 10 - 2");
        counts.record(9, new int[] {11}); // days 5 to 8 had no event
        assertEquals(1, counts.recent(0), "days 7 to 9: 11 - 10");
        counts.record(20, new int[] {11});
        assertEquals(0, counts.recent(0));
        assertEquals(3, counts.daysCovered());
    }
}
