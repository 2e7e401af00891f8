package org.policykg.annotate.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;

/**
 * One normalized time expression found in a text. {@code text} is {@code source.substring(start, end)}, cue words
 * included (2022年1月3日前, 自2019年1月1日起, 不超过3个月).
 *
 * @param date     DATE: the day; YEARLY, RECURRING: the (first) instance in the plan year (null without one); otherwise null
 * @param begin    INTERVAL only: first day
 * @param until    INTERVAL only: last day
 * @param yearly   YEARLY only: the recurring month-day
 * @param duration DURATION: the length; RECURRING: the period
 * @param day      MONTHLY only: the day of every month
 */
public record Deadline(String text, int start, int end, DeadlineKind kind, TimeRelation relation,
                       LocalDate date, LocalDate begin, LocalDate until, MonthDay yearly, Period duration,
                       Integer day) {

    /** The "value" column of CONVENTIONS.md: 2021-04-30, --12-20, 2024-05-21/2024-06-10, P6M, now, R/2022-03-31/P3M, ---25, ongoing. */
    public String value() {
        return switch (kind) {
            case DATE -> date.toString();
            case INTERVAL -> begin + "/" + until;
            case YEARLY -> yearly.toString();
            case DURATION -> duration.toString();
            case NOW -> "now";
            case RECURRING -> "R/" + (date == null ? "" : date + "/") + duration;
            case MONTHLY -> String.format("---%02d", day);
            case ONGOING -> "ongoing";
        };
    }
}
