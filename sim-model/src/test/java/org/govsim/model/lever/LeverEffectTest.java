package org.govsim.model.lever;

import static org.govsim.model.lever.PairedEffect.assertChange;
import static org.govsim.model.lever.PairedEffect.set;
import static org.govsim.model.lever.PairedEffect.small;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsim.model.param.ParamValues;
import org.junit.jupiter.api.Test;

/** Each lever moves its outcome in the direction the article reports, against the same district and seeds. */
class LeverEffectTest {

    @Test
    void feeQualityLinkageCutsPropertyDisputesAndRaisesCollection() {
        ParamValues linked = set(small(), "property.contract=LINKED");
        double change = assertChange(small(), linked, "property_disputes_per_1000hh_month", -1);
        assertChange(small(), linked, "fee_collection_rate", +1);
        assertChange(small(), linked, "funding_gap_yuan", -1);
        assertTrue(change < 0);
    }

    @Test
    void trustContractRaisesEffortThroughOpenAccounts() {
        assertChange(small(), set(small(), "property.contract=TRUST"), "property_effort_mean", +1);
    }

    @Test
    void newBranchesSettleMoreInTheCompound() {
        assertChange(small(), set(small(), "branches.enabled=true", "branches.newBranches=60"), "share_settled_in_compound", +1);
    }

    @Test
    void buildingGroupsFindIssuesEarlier() {
        assertChange(small(), set(small(), "buildingGroups.enabled=true"), "share_found_by_channel", +1);
    }

    @Test
    void advisorsFindIssuesAndSettleProblems() {
        ParamValues advisors = set(small(), "advisors.enabled=true", "advisors.total=60", "advisors.compounds=25");
        assertChange(small(), advisors, "share_found_by_channel", +1);
        assertChange(small(), advisors, "settled_with_advisor", +1);
        assertChange(small(), advisors, "share_settled_in_compound", +1);
    }

    @Test
    void deliberationHallsCutDisputesAndSuperviseRepairs() {
        ParamValues hall = set(small(), "hall.enabled=true");
        assertChange(small(), hall, "disputes_per_1000hh_month", -1);
        assertChange(small(), hall, "repairs_supervised", +1);
    }

    @Test
    void smartSecurityCutsIncidents() {
        ParamValues secure = set(small(), "security.enabled=true", "security.basicCompounds=30", "security.standardCompounds=15",
                "security.demonstrationCompounds=10");
        assertChange(small(), secure, "security_per_1000hh_month", -1);
    }

    @Test
    void gridPartyOrganisationsFindMoreAndSettleFaster() {
        ParamValues grid = set(small(), "gridParty.enabled=true");
        assertChange(small(), grid, "share_found_by_channel", +1);
        assertChange(small(), grid, "resolution_days_mean", -1);
    }

    @Test
    void doubleReportingRaisesTrustAndFixedPostsRaiseHours() {
        ParamValues volunteers = set(small(), "volunteers.enabled=true", "volunteers.members=150", "volunteers.organisations=8");
        assertChange(small(), volunteers, "trust_mean", +1);
        assertChange(volunteers, set(volunteers, "volunteers.fixedPosts=true"), "volunteer_hours", +1);
    }

    @Test
    void vettedElectionsGiveBetterCommittees() {
        ParamValues unvetted = set(small(), "ownersCommittee.enabled=true", "ownersCommittee.vetting=0", "ownersCommittee.firstElectionDay=30");
        assertChange(unvetted, set(unvetted, "ownersCommittee.vetting=1"), "owners_committee_quality_mean", +1);
    }

    @Test
    void activityFundingRaisesTrust() {
        ParamValues base = set(small(), "levels.branch.coverage=1");
        assertChange(base, set(base, "activities.enabled=true", "activities.budgetYuanPerYear=200000"), "trust_mean", +1);
    }

    @Test
    void demandListsSettleMoreAtDepartments() {
        ParamValues base = set(small(), "levels.branch.coverage=1");
        assertChange(base, set(base, "demandLists.enabled=true"), "settled_at_department_share", +1);
    }
}
