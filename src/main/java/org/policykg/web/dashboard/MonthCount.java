package org.policykg.web.dashboard;

import java.time.YearMonth;

/** Obligations due in one month, and how many of them are overdue. */
public record MonthCount(YearMonth month, long due, long overdue) {

    public long upcoming() {
        return due - overdue;
    }
}
