package org.policykg.annotate.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;

/**
 * One normalized time expression found in a text. {@code text} is {@code source.substring(start, end)}, cue words
 * included (2022年1月3日前, 自2019年1月1日起, 不超过3个月).
 *
 * @param date     DATE: the day; YEARLY: the instance in the plan year (null without one); otherwise null
 * @param begin    INTERVAL only: first day
 * @param until    INTERVAL only: last day
 * @param yearly   YEARLY only: the recurring month-day
 * @param duration DURATION only
 */
public record Deadline(String text, int start, int end, DeadlineKind kind, TimeRelation relation,
                       LocalDate date, LocalDate begin, LocalDate until, MonthDay yearly, Period duration) {

    /** The "value" column of CONVENTIONS.md: 2021-04-30, --12-20, 2024-05-21/2024-06-10, P6M, now. */
    public String value() {
        return switch (kind) {
            case DATE -> date.toString();
            case INTERVAL -> begin + "/" + until;
            case YEARLY -> yearly.toString();
            case DURATION -> duration.toString();
            case NOW -> "now";
        };
    }
}
