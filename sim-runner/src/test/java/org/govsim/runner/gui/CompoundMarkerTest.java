package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.govsim.model.District;
import org.govsim.model.ModelCatalog;
import org.govsim.model.ModelConfig;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Compound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The map's compound markers: each can be told apart by its shape, its colour is off the map's ramp and the others',
 * it shows its colour inside its outline at the smallest size the map draws, and a lever's marker marks exactly the
 * compounds where the lever's declared figure is positive.
 */
class CompoundMarkerTest {
    /** RGB distance below which two colours are taken as hard to tell apart on a small mark. */
    private static final double DISTINCT = 60;

    @Test
    void everyMarkerHasItsOwnShapeAndAColourOffTheRampAndOffTheOthers() {
        List<CompoundMarker> markers = CompoundMarker.standard();
        Set<CompoundMarker.Form> forms = new HashSet<>();
        for (CompoundMarker m : markers) {
            assertTrue(forms.add(m.form()), m.name() + " shares its shape " + m.form());
            for (int i = 0; i <= 100; i++) {
                Color ramp = ColourScale.viridis(i / 100.0);
                assertTrue(distance(m.colour(), ramp) >= DISTINCT, m.name() + " is close to the ramp at " + i / 100.0);
            }
            assertTrue(distance(m.colour(), ColourScale.NO_DATA) >= DISTINCT, m.name() + " is close to the no-data grey");
            for (CompoundMarker other : markers) {
                if (other != m) {
                    assertTrue(distance(m.colour(), other.colour()) >= DISTINCT, m.name() + " and " + other.name() + " look alike");
                }
            }
        }
    }

    @Test
    void aMarkerShowsItsFillInsideItsOutlineAtTheSmallestSizeTheMapDraws() {
        // DistrictMapPortrayal draws markers 5 to 10 pixels across; the legend at 11
        for (CompoundMarker m : CompoundMarker.standard()) {
            for (int size : new int[] {5, 10}) {
                int fill = fillPixels(m, size);
                // no thinner than the slimmest marker drawn before the new levers': the advisors' triangle shows 3 pixels of
                // fill at 5 px and 15 at 10 (measured); at 5 px the 1-pixel outline takes most of any mark, so 2 there
                int floor = size == 5 ? 2 : 15;
                assertTrue(fill >= floor, m.name() + " at " + size + " px shows " + fill + " pixels of its colour, fewer than " + floor);
            }
        }
    }

    @Test
    void theLegendKeysEveryMarkerInsideItsBandAndClearOfTheScaleAtTheWindowsStartingWidth() {
        BufferedImage bare = legend(List.of());
        // the markers a Meilan run shows (branches, halls, advisors, the linked contract, red stewards, the campaign), the
        // most of the bundled scenarios; the legend keys only the markers that mark some compound
        List<String> meilan = List.of("party branch", "deliberation hall", "advisor", "linked fee contract", "red stewards", "campaign order");
        BufferedImage keyed = legend(CompoundMarker.standard().stream().filter(m -> meilan.contains(m.name())).toList());
        int band = (int) MapLegend.HEIGHT;
        for (int y = 0; y < bare.getHeight(); y++) {
            for (int x = 0; x < bare.getWidth(); x++) {
                if (y >= band) {
                    assertEquals(Color.BLACK.getRGB(), keyed.getRGB(x, y), "the legend draws below its band at (" + x + ", " + y + ")");
                } else if (y < 70) {
                    // the title, the scale and its labels end above y = 70: the key must not draw over them
                    assertEquals(bare.getRGB(x, y), keyed.getRGB(x, y), "the key draws over the scale at (" + x + ", " + y + ")");
                }
            }
        }
    }

    @Test
    void theLegendKeysOnlyTheMarkersThatMarkSomeCompound() throws Exception {
        GuiRun run = GuiRun.replication(GuiFixtures.smallBaseline("redStewards.enabled=true"), 2, 0);
        DistrictWithUI gui = new DistrictWithUI(run);
        gui.state.setSeed(run.seed());
        gui.start();
        DistrictMapPortrayal map = new DistrictMapPortrayal(new Rectangle2D.Double(0, 0, 640, 580), CompoundMarker.standard());
        map.show(gui.figures(), run.title());
        MapLegend legend = map.legend(gui.figures(), MapMetric.OPEN_ISSUES, MapMetric.OPEN_ISSUES.scale(), new int[3]);
        List<String> keyed = legend.markers().stream().map(k -> k.marker().name()).toList();
        assertEquals(List.of("party branch", "red stewards"), keyed, "the baseline's branches and the stewards' teams, no lever that is off");
        assertTrue(legend.markers().stream().allMatch(k -> k.compounds() > 0));
    }

    /** The legend band at zoom 1 and the map window's starting width, on black, with room below it. */
    private static BufferedImage legend(List<CompoundMarker> markers) {
        List<MapLegend.Marked> keyed = markers.stream().map(m -> new MapLegend.Marked(m, 120)).toList();
        MapLegend legend = new MapLegend("baseline · replication 1", 400, MapMetric.OPEN_ISSUES.label() + ", " + MapMetric.OPEN_ISSUES.unit(),
                MapMetric.OPEN_ISSUES.scale(), "fixed scale", 0, 0, 120, keyed);
        int width = MapWindow.START.width;
        int band = (int) MapLegend.HEIGHT;
        BufferedImage image = new BufferedImage(width, band + 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width, band + 60);
        legend.draw(g, new Rectangle2D.Double(0, 0, width, band), 1.0);
        g.dispose();
        return image;
    }

    static Stream<Arguments> leverMarkers() {
        return Stream.of(
                Arguments.of("red stewards", "red_steward_members", List.of("redStewards.enabled=true")),
                // a standard above the calibrated companies' service, so that some are ordered (at the default 0.42 none is here)
                Arguments.of("campaign order", "campaign_status", List.of("propertyCampaign.enabled=true", "propertyCampaign.qualityStandard=0.55")),
                Arguments.of("outside units", "partner_units", List.of("partnerUnits.enabled=true")),
                Arguments.of("responsibility zones", "zone_members", List.of("responsibilityZones.enabled=true", "responsibilityZones.coverage=0.5")),
                Arguments.of("demonstration posts", "demonstration_posts", List.of("demonstrationPosts.enabled=true", "demonstrationPosts.coverage=0.5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leverMarkers")
    void aLeversMarkerMarksTheCompoundsWhereItsFigureIsPositive(String name, String column, List<String> lever) {
        CompoundMarker marker = CompoundMarker.standard().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
        District on = ranDistrict(lever);
        int marked = 0;
        for (Compound c : on.compounds()) {
            boolean positive = on.compoundFigures().value(column, c) > 0;
            assertEquals(positive, marker.applies().test(on, c), name + " on compound " + c.index());
            marked += positive ? 1 : 0;
        }
        // some compounds marked and some not (teams in 30%, half the zone and post campaign, units on some grids,
        // orders for companies below standard): the marker tells compounds apart
        assertTrue(marked > 0 && marked < on.compounds().length, name + " marks " + marked + " of " + on.compounds().length);
        District off = ranDistrict(List.of());
        for (Compound c : off.compounds()) {
            assertTrue(!marker.applies().test(off, c), name + " marks compound " + c.index() + " with its lever off");
        }
    }

    /** A 60-compound district run past the campaign's default start (day 180) with the given settings. */
    private static District ranDistrict(List<String> settings) {
        ParamValues p = ModelCatalog.defaults().with("district.compounds", 60).with("run.burnInDays", 90).with("run.days", 180);
        for (String a : settings) {
            String[] kv = a.split("=", 2);
            p = p.with(kv[0], p.catalog().require(kv[0]).parse(kv[1]));
        }
        District d = new District(7, new ModelConfig(p));
        d.start();
        d.advanceToEnd();
        return d;
    }

    private static int fillPixels(CompoundMarker m, int size) {
        BufferedImage image = new BufferedImage(size + 4, size + 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, size + 4, size + 4);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        m.draw(g, 2, 2, size);
        g.dispose();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += distance(new Color(image.getRGB(x, y)), m.colour()) < 30 ? 1 : 0;
            }
        }
        return n;
    }

    private static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
