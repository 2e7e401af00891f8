package org.policykg.tables;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * Moves a reporting deadline earlier by a margin, so that a subordinate's report reaches the parent body before
 * the parent's own deadline. Dates and ends of spans move; a yearly deadline moves its month and day (counted
 * in its plan-year instance when the graph has one); "now" and durations cannot move and stay as written.
 */
final class DeadlineShift {

    private final int marginDays;
    private final TableWords words;

    DeadlineShift(int marginDays, TableWords words) {
        if (marginDays < 0) {
            throw new IllegalArgumentException("the margin must not be negative: " + marginDays);
        }
        this.marginDays = marginDays;
        this.words = words;
    }

    /** The earlier deadline as a cell shows it (2019年4月5日前, 每年12月10日前), or null when it cannot move. */
    String earlier(TaskFacts.Due d) {
        try {
            return switch (d.kind()) {
                case "date", "interval" -> date(LocalDate.parse(d.due()).minusDays(marginDays));
                case "yearly" -> yearly(d);
                default -> null;
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String yearly(TaskFacts.Due d) {
        // without a plan-year instance, count in a common year (2001): 3月1日 less one day is 2月28日
        LocalDate instance = d.dueDate().isEmpty() ? MonthDay.parse(d.due()).atYear(2001) : LocalDate.parse(d.dueDate());
        LocalDate moved = instance.minusDays(marginDays);
        return words.get("deadline.yearly") + moved.getMonthValue() + "月" + moved.getDayOfMonth() + "日" + words.get("deadline.before");
    }

    private String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" + words.get("deadline.before");
    }
}
