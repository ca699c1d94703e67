package org.govsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.govsim.model.metrics.CompoundResults;
import org.govsim.model.metrics.MetricDef;
import org.govsim.model.metrics.RunResult;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.api.Test;

/**
 * compounds.csv adds up to runs.csv: its households, rates, counts and yuan, summed or household-weighted over the
 * compounds, are the district's figures, for the core's figures and for every counter kept compound by compound.
 */
class CompoundResultsTest {

    private static final ParamValues LEVERS_ON = TestParams.small()
            .with("hall.enabled", true).with("advisors.enabled", true).with("volunteers.enabled", true)
            .with("buildingGroups.enabled", true).with("property.contract", "LINKED").with("property.contractShare", 0.5);

    @Test
    void compoundsAddUpToTheDistrict() {
        RunResult r = new District(11, new ModelConfig(LEVERS_ON)).run();
        Map<String, Double> run = r.summary();
        CompoundResults c = r.compounds();
        assertEquals(run.get("compounds").intValue(), c.compounds());
        assertEquals(run.get("households"), sum(c, "households"));
        assertEquals(run.get("branches"), sum(c, "branch"));
        for (String rate : new String[] {"issues_per_1000hh_month", "disputes_per_1000hh_month", "property_disputes_per_1000hh_month",
                "hotline_per_1000hh_month"}) {
            assertEquals(run.get(rate), weighted(c, rate), 1e-9 * run.get(rate), rate);
        }
        assertTrue(run.get("disputes_per_1000hh_month") > 0, "the test needs disputes");
        assertEquals(run.get("funding_gap_yuan"), sum(c, "funding_gap_yuan"), 1e-6 * run.get("funding_gap_yuan"));
        int counters = 0;
        for (MetricDef d : ModelCatalog.metrics().counters()) {
            if (d.byCompound()) {
                assertEquals(run.get(d.column()), sum(c, d.column()), 1e-9 * Math.max(1, run.get(d.column())), d.column());
                counters += run.get(d.column()) > 0 ? 1 : 0;
            }
        }
        assertTrue(counters >= 4, "the levers switched on should count something in several counters, got " + counters);
    }

    @Test
    void eachCompoundsRowIsItsOwn() {
        RunResult r = new District(12, new ModelConfig(LEVERS_ON)).run();
        CompoundResults c = r.compounds();
        long halls = 0;
        for (int k = 0; k < c.compounds(); k++) {
            assertTrue(c.value(k, "households") >= 1);
            halls += (long) c.value(k, "has_hall");
        }
        // hall coverage of the default applies to this 40-compound district
        assertEquals(Math.round(ModelCatalog.defaults().real("hall.coverage") * c.compounds()), halls);
    }

    private static double sum(CompoundResults c, String column) {
        double s = 0;
        for (int k = 0; k < c.compounds(); k++) {
            s += c.value(k, column);
        }
        return s;
    }

    private static double weighted(CompoundResults c, String column) {
        double s = 0;
        double h = 0;
        for (int k = 0; k < c.compounds(); k++) {
            s += c.value(k, column) * c.value(k, "households");
            h += c.value(k, "households");
        }
        return s / h;
    }
}
