package org.govsim.model.lever.elevators;

/** Whose agreement a building's elevator retrofit needs (domain-notes §3.3). */
enum ElevatorConsentRule {
    /**
     * Civil Code Art. 278 (双三分之二参与、双四分之三同意): owners holding 2/3 of the area and 2/3 of the headcount
     * take part, and 3/4 of those taking part agree, by area and by headcount.
     */
    CIVIL_CODE_278 {
        @Override
        boolean consents(Tally t) {
            return t.voters() > 0
                    && 3 * t.voters() >= 2 * t.owners() && 3 * t.votersArea() >= 2 * t.area()
                    && 4 * t.agreeing() >= 3 * t.voters() && 4 * t.agreeingArea() >= 3 * t.votersArea();
        }

        @Override
        boolean needsTurnout() {
            return true;
        }
    },
    /** The older local rule (Guangzhou): two thirds of the building's owners agree. */
    LOCAL_TWO_THIRDS {
        @Override
        boolean consents(Tally t) {
            return t.owners() > 0 && 3 * t.supporters() >= 2 * t.owners();
        }

        @Override
        boolean needsTurnout() {
            return false;
        }
    };

    abstract boolean consents(Tally t);

    /** Whether the rule counts who took part, so that meetings must draw owners into the vote. */
    abstract boolean needsTurnout();

    /** A building's owners at a meeting: all of them, those who have voted, and those of the voters who agree. */
    record Tally(int owners, double area, int voters, double votersArea, int agreeing, double agreeingArea, int supporters) {
    }
}
