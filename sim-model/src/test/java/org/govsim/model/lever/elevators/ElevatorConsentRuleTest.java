package org.govsim.model.lever.elevators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsim.model.lever.elevators.ElevatorConsentRule.Tally;
import org.govsim.model.ModelCatalog;
import org.govsim.model.param.ParamValues;
import org.junit.jupiter.api.Test;

/** The consent rules at their thresholds, and the floor scheme of cost shares (domain-notes §3.3). */
class ElevatorConsentRuleTest {

    /** 12 owners of 90 m² each; {@code voters} took part, {@code agreeing} of them agree. */
    private static Tally equalFlats(int voters, int agreeing, int supporters) {
        return new Tally(12, 12 * 90.0, voters, voters * 90.0, agreeing, agreeing * 90.0, supporters);
    }

    @Test
    void civilCodeNeedsTwoThirdsTakingPartAndThreeQuartersOfThemAgreeing() {
        assertTrue(ElevatorConsentRule.CIVIL_CODE_278.consents(equalFlats(8, 6, 6)), "8 of 12 take part, 6 of 8 agree");
        assertFalse(ElevatorConsentRule.CIVIL_CODE_278.consents(equalFlats(7, 7, 7)), "7 of 12 is under two thirds");
        assertFalse(ElevatorConsentRule.CIVIL_CODE_278.consents(equalFlats(12, 8, 8)), "8 of 12 voters is under three quarters");
        assertTrue(ElevatorConsentRule.CIVIL_CODE_278.consents(equalFlats(12, 9, 9)));
    }

    @Test
    void civilCodeCountsAreaAsWellAsHeads() {
        // 9 of 12 agree by headcount, but the three who do not hold most of the area
        Tally bigFlatsAgainst = new Tally(12, 9 * 60.0 + 3 * 200.0, 12, 9 * 60.0 + 3 * 200.0, 9, 9 * 60.0, 9);
        assertFalse(ElevatorConsentRule.CIVIL_CODE_278.consents(bigFlatsAgainst));
    }

    @Test
    void localRuleNeedsTwoThirdsOfAllOwnersWhoeverVoted() {
        assertTrue(ElevatorConsentRule.LOCAL_TWO_THIRDS.consents(equalFlats(0, 0, 8)));
        assertFalse(ElevatorConsentRule.LOCAL_TWO_THIRDS.consents(equalFlats(12, 7, 7)));
    }

    @Test
    void lowerFloorsPayNothingAndTheCoefficientRisesATenthAFloor() {
        ElevatorTerms t = ElevatorTerms.from(ModelCatalog.defaults());
        assertEquals(0.0, t.shareCoefficient(1));
        assertEquals(0.0, t.shareCoefficient(2));
        assertEquals(0.7, t.shareCoefficient(3), 1e-12);
        assertEquals(1.0, t.shareCoefficient(6), 1e-12);
        assertEquals(1.3, t.shareCoefficient(9), 1e-12);
        assertEquals(300_000.0, t.ownersShareYuan(), "cost minus subsidy");
        assertEquals(0.0, t.benefitYuan(1, true), "the ground floor gains nothing");
    }
}
