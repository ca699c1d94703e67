package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.world.Compound;
import org.govsim.runner.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The map's geometry and colours, without a display. */
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
    void greenIsGoodAndRedIsBadWhicheverWayTheMetricPoints() {
        double[] range = {0, 1};
        Color lowOpen = DistrictMapPortrayal.colour(MapMetric.OPEN_ISSUES, 0, range);
        Color highOpen = DistrictMapPortrayal.colour(MapMetric.OPEN_ISSUES, 1, range);
        Color lowSatisfaction = DistrictMapPortrayal.colour(MapMetric.SATISFACTION, 0, range);
        assertTrue(lowOpen.getGreen() > lowOpen.getRed(), "few open issues: green");
        assertTrue(highOpen.getRed() > highOpen.getGreen(), "many open issues: red");
        assertEquals(highOpen, lowSatisfaction, "low satisfaction is as bad as many open issues");
        assertNotEquals(DistrictMapPortrayal.colour(MapMetric.FEE_COLLECTION, 0.5, range),
                DistrictMapPortrayal.colour(MapMetric.FEE_COLLECTION, Double.NaN, range), "no data has its own grey");
    }

    @Test
    void theFiguresOfAMonthCountTheDisputesThatAroseInIt() throws Exception {
        GuiRun run = GuiRun.replication(GuiFixtures.smallBaseline(), 2, 0);
        DistrictWithUI gui = new DistrictWithUI(run);
        gui.state.setSeed(run.seed());
        gui.start();
        int[] atMonthStart = null;
        while (gui.district().schedule.getTime() < 75) {
            gui.step();
            double t = gui.district().schedule.getTime();
            if (atMonthStart == null && t >= 60) {
                atMonthStart = new int[gui.figures().compounds()];
                for (int c = 0; c < atMonthStart.length; c++) {
                    atMonthStart[c] = gui.figures().compound(c).disputes(); // the month began at day 60
                }
            }
        }
        DistrictFigures f = gui.figures();
        int total = 0;
        for (int c = 0; c < f.compounds(); c++) {
            assertEquals(f.compound(c).disputes() - atMonthStart[c], f.disputesThisMonth(c), "compound " + c);
            total += f.disputesThisMonth(c);
            int byLevel = 0;
            for (int l = 0; l <= DistrictFigures.UNREPORTED; l++) {
                byLevel += f.openAt(c, l);
            }
            assertEquals(f.openIssues(c), byLevel, "every open issue of compound " + c + " is at one level or unreported");
        }
        assertEquals(total, f.disputesThisMonthTotal());
        assertTrue(total > 0, "some disputes in a fortnight of a 40-compound district");
        assertEquals(f.openIssuesTotal(), f.openIssueAges().length, "the register knows every open issue");
        gui.finish();
    }
}
