package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JTextField;
import org.govsim.model.ModelCatalog;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamType;
import org.junit.jupiter.api.Test;

/**
 * The Model tab (built without a display): every declared parameter once, grouped by lever with the switch and
 * key numbers first, readable names, a search over names, paths, descriptions and the article's terms, and
 * edits checked by the declaration.
 */
class GuiModelTabTest {
    private final ParamCatalog catalog = ModelCatalog.parameters();

    @Test
    void everyParameterIsInExactlyOneGroupAndLeversComeFirstEachWithItsSwitch() {
        List<ParameterGroups.Group> groups = ParameterGroups.of(catalog);
        Set<String> seen = new HashSet<>();
        boolean coreStarted = false;
        for (ParameterGroups.Group g : groups) {
            for (ParamDef def : g.all()) {
                assertTrue(seen.add(def.path()), def.path() + " is in one group only");
                assertEquals(g.section(), ParameterGroups.section(def.path()), def.path() + " is in its section's group");
            }
            coreStarted |= !g.lever();
            assertFalse(coreStarted && g.lever(), g.section() + ": the levers come before the core model");
            if (g.lever()) {
                ParamDef first = g.all().get(0);
                assertTrue(first.path().equals(g.section() + ".enabled") || first.path().equals("property.contract"),
                        g.section() + " starts with its switch, not " + first.path());
                assertEquals(first.type() == ParamType.BOOL, g.toggle().isPresent(), "a yes/no switch goes in the heading");
            }
            assertTrue(g.key().size() <= ParameterGroups.KEY_ROWS + 1, g.section() + ": a few key rows, the rest folded");
        }
        assertEquals(catalog.all().size(), seen.size(), "every declared parameter is in the tab");

        List<String> levers = groups.stream().filter(ParameterGroups.Group::lever).map(ParameterGroups.Group::section).toList();
        assertTrue(levers.containsAll(List.of("property", "branches", "advisors", "hall", "elevators")), levers.toString());
        assertEquals(List.of("run", "district"), groups.stream().filter(g -> !g.lever()).map(ParameterGroups.Group::section)
                .limit(2).toList(), "the core model starts with the run and the district");

        ParameterGroups.Group committee = groups.stream().filter(g -> g.section().equals("ownersCommittee")).findFirst().orElseThrow();
        assertEquals("ownersCommittee.outreach", committee.key().get(0).path(),
                "a lever's key numbers are its own, declared after its switch");
        List<ParamDef> all = committee.all();
        List<ParamDef> order = catalog.all();
        int sw = order.indexOf(all.get(0));
        boolean beforeSwitchSeen = false;
        for (ParamDef def : all.subList(1, all.size())) {
            boolean beforeSwitch = order.indexOf(def) < sw;
            assertFalse(beforeSwitchSeen && !beforeSwitch, def.path() + ": the lever's own parameters come before "
                    + "the core ones that share its section (" + all.stream().map(ParamDef::path).toList() + ")");
            beforeSwitchSeen |= beforeSwitch;
        }
        assertTrue(beforeSwitchSeen, "ownersCommittee.initialQuality, a core parameter, is in the lever's group, last");
    }

    @Test
    void namesAreWordsWithinTheirGroupAndSectionsHaveTitles() {
        assertEquals("interval days", ParameterGroups.name(catalog.require("hall.intervalDays")));
        assertEquals("standalone: delay days", ParameterGroups.name(catalog.require("branches.standalone.delayDays")));
        assertEquals("servers per 1000 households", Terms.words("serversPer1000Households"));
        assertEquals("fee yuan per m2 month", Terms.words("feeYuanPerM2Month"));
        for (ParamDef def : catalog.all()) {
            String name = ParameterGroups.name(def);
            assertFalse(name.chars().anyMatch(Character::isUpperCase), def.path() + " reads as words: " + name);
            assertFalse(name.contains("."), name);
        }
        assertEquals("Deliberation hall", Terms.section("hall").english());
        assertEquals("议事堂", Terms.section("hall").chinese());
        assertEquals("Demand lists", Terms.section("demandLists").english().substring(0, 12));
        assertEquals("Some new lever", Terms.section("someNewLever").english(), "a section not known yet is titled from its key");
    }

    @Test
    void chineseIsShownOnlyWhereTheFontCanDrawIt() {
        Terms.Title hall = Terms.section("hall");
        assertEquals("Deliberation hall", Terms.withChinese(hall, null), "no font that draws it: English only");
        assertEquals("The deliberation hall meets monthly.",
                Terms.displayable("The deliberation hall (议事堂) meets monthly.", null));
        assertEquals("Fee regime: FLAT (baseline), LINKED (fee-quality linkage).",
                Terms.displayable("Fee regime: FLAT 包干 (baseline), LINKED 信酬 (fee-quality linkage).", null));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        if (Terms.canDisplay(font, "议事堂")) { // a CJK font is installed (Debian: fonts-noto-cjk)
            assertEquals("Deliberation hall 议事堂", Terms.withChinese(hall, font));
        } else {
            assertEquals("Deliberation hall", Terms.withChinese(hall, font), "never boxes");
        }
    }

    @Test
    void aSearchFindsParametersByNamePathDescriptionOrTheArticlesTerm() {
        ParameterSheet sheet = new ParameterSheet(ModelCatalog.defaults());
        ModelTab tab = new ModelTab(sheet, () -> null);
        tab.search("interval days");
        assertTrue(tab.visiblePaths().contains("hall.intervalDays"), tab.visiblePaths().toString());
        assertFalse(tab.visiblePaths().contains("advisors.total"));

        tab.search("议事堂");
        List<String> hall = tab.visiblePaths();
        assertTrue(hall.contains("hall.enabled") && hall.contains("hall.wishWall"), "the hall's group by its Chinese name: " + hall);

        tab.search("advisors.visitsPerWeek");
        assertEquals(List.of("advisors.enabled", "advisors.visitsPerWeek"), tab.visiblePaths(), "by path, under its lever's switch");

        tab.search("");
        List<String> folded = tab.visiblePaths();
        assertTrue(folded.contains("hall.coverage") && !folded.contains("hall.wishWallReportUplift"),
                "without a search, the key rows show and the rest is folded");
    }

    @Test
    void editsAreCheckedByTheDeclarationAndApplyToTheNextRun() {
        ParameterSheet sheet = new ParameterSheet(ModelCatalog.defaults());
        ModelTab tab = new ModelTab(sheet, () -> null);
        ParameterEditor coverage = editor(tab, "hall.coverage");
        JTextField field = (JTextField) coverage.component();
        field.setText("2");
        coverage.commit(field);
        assertEquals(1.0, sheet.values().real("hall.coverage"), "outside [0, 1]: refused");
        assertTrue(field.getToolTipText().contains("Not taken") && field.getToolTipText().contains("[0.0, 1.0]"),
                "the field says why: " + field.getToolTipText());
        field.setText("0.4");
        coverage.commit(field);
        assertEquals(0.4, sheet.values().real("hall.coverage"));
        assertTrue(coverage.changed());

        JCheckBox hall = (JCheckBox) editor(tab, "hall.enabled").component();
        assertTrue(hall.getText().startsWith("Deliberation hall"), "the switch is the group's heading: " + hall.getText());
        hall.doClick();
        assertTrue(sheet.values().bool("hall.enabled"));

        @SuppressWarnings("unchecked")
        JComboBox<String> contract = (JComboBox<String>) editor(tab, "property.contract").component();
        assertTrue(contract.getItemAt(contract.getItemCount() - 1).startsWith("fee linked to quality"), "choices in words");
        contract.setSelectedIndex(catalog.require("property.contract").choices().indexOf("LINKED"));
        assertEquals("LINKED", sheet.values().choice("property.contract"));

        sheet.revert();
        tab.updateInspector();
        assertEquals(ModelCatalog.defaults(), sheet.values(), "Undo changes: the scenario's values again");
        assertFalse(hall.isSelected(), "the editors show the values again");
    }

    private static ParameterEditor editor(ModelTab tab, String path) {
        List<String> paths = new ArrayList<>();
        for (ParameterEditor e : tab.editors()) {
            if (e.def().path().equals(path)) {
                return e;
            }
            paths.add(e.def().path());
        }
        throw new AssertionError(path + " has no editor; editors: " + paths);
    }
}
