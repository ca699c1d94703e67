package org.govsim.model.engine;

/**
 * The model's calendar: one time unit is a day, a month is 30 days and a year 12 such months (360 days), so
 * that monthly and yearly figures are exact multiples of the daily clock. Day 0 is the first of January.
 */
public final class Calendar {
    public static final double DAYS_PER_MONTH = 30.0;
    public static final double DAYS_PER_YEAR = 360.0;

    private Calendar() {
    }

    /** Month of the year (1-12) of a day. */
    public static int monthOfYear(double day) {
        return (int) (Math.floor(day / DAYS_PER_MONTH) % 12) + 1;
    }

    /** The first day of the year after the one that holds {@code day}. */
    public static double nextYearStart(double day) {
        return (Math.floor(day / DAYS_PER_YEAR) + 1) * DAYS_PER_YEAR;
    }
}
