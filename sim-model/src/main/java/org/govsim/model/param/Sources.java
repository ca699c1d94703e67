package org.govsim.model.param;

/** Wording for the {@code source} column, so that "assumption" is always spelt the same way. */
final class Sources {
    static final String ASSUMPTION = "assumption";

    private Sources() {
    }

    static String assumption(String where) {
        return ASSUMPTION + " (" + where + ")";
    }

    static String article(String figure) {
        return "article " + figure;
    }
}
