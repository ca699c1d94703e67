package org.govsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsim.model.ModelConfig;
import org.govsim.model.param.ParamValues;
import org.govsim.model.world.Buildings;
import org.govsim.model.world.Compound;
import org.govsim.model.world.Households;
import org.junit.jupiter.api.Test;

/** The district built from the defaults has the Meilan scale and a consistent layout. */
class DistrictBuildTest {

    @Test
    void defaultDistrictIsMeilanSized() {
        District d = new District(1, new ModelConfig(ModelCatalog.defaults()));
        d.start();
        assertEquals(800, d.compounds().length);
        int households = d.households().count();
        // 800 compounds of mean 225 households (lognormal, CV 0.8): the total's sd is about 225·0.8·√800 ≈ 5,100
        assertTrue(Math.abs(households - 180_000) < 25_000, "households " + households);
        long residents = d.residents();
        assertTrue(Math.abs(residents / (double) households - 2.78) < 0.05, "persons per household " + residents / (double) households);
        assertEquals(100, d.communities().length);
    }

    @Test
    void householdsAndBuildingsAreContiguousPerCompound() {
        District d = new District(5, new ModelConfig(TestParams.small()));
        d.start();
        Households h = d.households();
        Buildings b = d.buildings();
        int expectedFirst = 0;
        for (Compound c : d.compounds()) {
            assertEquals(expectedFirst, c.firstHousehold());
            int inBuildings = 0;
            for (int k = c.firstBuilding(); k < c.firstBuilding() + c.buildings(); k++) {
                assertEquals(c.index(), b.compound(k));
                inBuildings += b.households(k);
                for (int x = b.firstHousehold(k); x < b.firstHousehold(k) + b.households(k); x++) {
                    assertEquals(c.index(), h.compound(x));
                    assertEquals(k, h.building(x));
                    assertTrue(h.floor(x) >= 1 && h.floor(x) <= b.floors(k));
                }
            }
            assertEquals(c.households(), inBuildings);
            expectedFirst += c.households();
        }
        assertEquals(h.count(), expectedFirst);
    }
}
