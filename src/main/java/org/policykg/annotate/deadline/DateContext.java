package org.policykg.annotate.deadline;

import java.time.LocalDate;

/**
 * What relative time expressions resolve against: the document's plan year (2021 in "湛江市2021年…工作方案") and its
 * issue date. Either may be null; with neither, month-day forms become yearly values (CONVENTIONS.md).
 */
public record DateContext(Integer planYear, LocalDate issued) {

    public static DateContext none() {
        return new DateContext(null, null);
    }

    public static DateContext planYear(int year) {
        return new DateContext(year, null);
    }
}
