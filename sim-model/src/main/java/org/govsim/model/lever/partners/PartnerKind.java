package org.govsim.model.lever.partners;

import org.govsim.model.issue.IssueType;

/** The kinds of outside unit (the "N" of 1+N) and the issue type each serves. */
enum PartnerKind {
    /** clinics and hospitals: elderly care */
    CLINIC(IssueType.ELDERLY_CARE),
    /** law firms, courts, justice offices: legal mediation of neighbour disputes */
    LEGAL(IssueType.NEIGHBOUR),
    /** enterprises and public utilities: shared infrastructure */
    ENTERPRISE(IssueType.SHARED_INFRASTRUCTURE);

    private final IssueType serves;

    PartnerKind(IssueType serves) {
        this.serves = serves;
    }

    IssueType serves() {
        return serves;
    }
}
