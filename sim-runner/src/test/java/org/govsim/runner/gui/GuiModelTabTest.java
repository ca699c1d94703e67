package org.govsim.runner.gui;

import org.govsim.model.ModelCatalog;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;

/** The Model tab lists every declared parameter with the range its declaration gives, and checks edits by it. */
class GuiModelTabTest {
    private final ParameterSheet sheet = new ParameterSheet(ModelCatalog.defaults());
    private final Properties props = ParameterProperties.of(sheet, () -> null);

    private Map<String, Integer> indexByName() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < props.numProperties(); i++) {
            m.put(props.getName(i), i);
        }
        return m;
    }

    @Test
    void everyParameterIsARowWithTheDomainOfItsDeclaration() {
        Map<String, Integer> rows = indexByName();
        for (ParamDef def : ModelCatalog.parameters().all()) {
            Integer i = rows.get(def.path());
            assertTrue(i != null, def.path() + " is missing from the Model tab");
            assertTrue(props.isReadWrite(i), def.path());
            assertTrue(props.getDescription(i).contains(def.unit()), def.path() + " tooltip names its unit");
            Object domain = props.getDomain(i);
            switch (def.type()) {
                case INT -> {
                    Interval range = (Interval) domain;
                    assertEquals((long) def.min(), range.getMin().longValue(), def.path());
                    assertEquals((long) def.max(), range.getMax().longValue(), def.path());
                    assertFalse(range.isDouble(), def.path() + ": an integer slider");
                }
                case REAL -> {
                    Interval range = (Interval) domain;
                    assertEquals(def.min(), range.getMin().doubleValue(), def.path());
                    assertEquals(def.max(), range.getMax().doubleValue(), def.path());
                }
                case BOOL -> assertNull(domain, def.path() + ": a check box");
                case CHOICE -> assertArrayEquals(def.choices().toArray(), (Object[]) domain, def.path());
            }
        }
    }

    @Test
    void editsAreCheckedByTheDeclarationAndTypedAsTheParameter() {
        Map<String, Integer> rows = indexByName();
        int coverage = rows.get("levels.branch.coverage");
        assertEquals(0.7, props.setValue(coverage, "0.7"));
        assertNull(props.setValue(coverage, "2.0"), "outside [0, 1]: refused (MASON beeps)");
        assertEquals(0.7, sheet.values().real("levels.branch.coverage"));

        int compounds = rows.get("district.compounds");
        assertEquals(120, props.setValue(compounds, "120"));
        assertEquals(120, sheet.values().integer("district.compounds"));

        int contract = rows.get("property.contract");
        ParamDef def = ModelCatalog.parameters().require("property.contract");
        int linked = def.choices().indexOf("LINKED");
        assertEquals(linked, props.setValue(contract, Integer.toString(linked)), "a choice is picked by its index");
        assertEquals("LINKED", sheet.values().choice("property.contract"));
        assertNull(props.setValue(contract, "99"));
    }

    @Test
    void liveFiguresComeFirstAndAreReadOnly() {
        assertEquals("now: day", props.getName(0));
        assertFalse(props.isReadWrite(0));
        assertTrue(Double.isNaN((Double) props.getValue(0)), "no run yet");
        assertFalse(props.isVolatile(), "the rows never change, so MASON refreshes values instead of rebuilding fields");
    }
}
