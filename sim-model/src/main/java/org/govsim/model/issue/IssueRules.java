package org.govsim.model.issue;

import java.io.Serializable;

/**
 * The pipeline's own rules that are not one level's or one type's: the hand-off between levels, how long a
 * household takes to settle an issue itself, the flood season, and social capital's hold on neighbour disputes.
 */
public record IssueRules(double handoffDays, double selfMedianDays, double selfSigma, int floodStartMonth, int floodEndMonth,
                         double neighbourSocialCapitalWeight) implements Serializable {

    public boolean inFloodSeason(int monthOfYear) {
        return floodStartMonth <= floodEndMonth
                ? monthOfYear >= floodStartMonth && monthOfYear <= floodEndMonth
                : monthOfYear >= floodStartMonth || monthOfYear <= floodEndMonth;
    }
}
