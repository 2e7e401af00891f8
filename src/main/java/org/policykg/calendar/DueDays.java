package org.policykg.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.policykg.annotate.deadline.YearOffsets;

/**
 * The days a deadline falls due. A date is its own day; a yearly deadline (每年12月20日前, 次年1月31日前) first
 * falls on its first instance on or after the plan's start (its date, else the first day of its plan year),
 * a year later when written 次年; a repeating one (每季度末) falls every period from its first day. "立即",
 * durations ("6个月内") and monthly days without a first date have no day.
 */
public final class DueDays {

    /** A deadline as the graph holds it: its text, kind, pkg:due, pkg:dueDate and, when it repeats, its period. */
    public record Deadline(String text, String kind, String due, String dueDate, String period) {

        boolean repeating() {
            return kind.equals("yearly") || kind.equals("recurring") && !period.isEmpty();
        }
    }

    private DueDays() {
    }

    /** The first day the deadline falls due, counting from {@code planStart} (null when unknown). */
    public static Optional<LocalDate> first(Deadline d, LocalDate planStart) {
        try {
            if (d.kind().equals("yearly") && d.due().startsWith("--") && planStart != null) {
                MonthDay day = MonthDay.parse(d.due());
                LocalDate first = day.atYear(planStart.getYear() + YearOffsets.of(d.text()));
                return Optional.of(first.isBefore(planStart) ? day.atYear(first.getYear() + 1) : first);
            }
            if (!d.dueDate().isEmpty()) {
                return Optional.of(LocalDate.parse(d.dueDate()));
            }
            return d.due().matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(LocalDate.parse(d.due())) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first day on or after {@code day} the deadline falls due: its only day, or the next instance of a repeat. */
    public static Optional<LocalDate> next(Deadline d, LocalDate planStart, LocalDate day) {
        Optional<LocalDate> first = first(d, planStart);
        if (first.isEmpty() || !d.repeating()) {
            return first;
        }
        Period step = d.kind().equals("yearly") ? Period.ofYears(1) : Period.parse(d.period());
        LocalDate next = first.get();
        for (int n = 1; next.isBefore(day); n++) {
            next = first.get().plus(step.multipliedBy(n));
        }
        return Optional.of(next);
    }
}
