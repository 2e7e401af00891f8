package org.policykg.calendar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One deadline of a body's task, as queries/agency-deadlines.rq gives it, with the plan's date and year. */
record DeadlineEvent(String deadline, String roleLabel, String doc, String docTitle, String number, String path, String clause,
                     String task, String text, String deadlineText, String kind, String due, String dueDate, String period,
                     String docDate, String planYear) {

    private static final Pattern MONTHS = Pattern.compile("P(\\d+)M");
    private static final Pattern YEARS = Pattern.compile("P(\\d+)Y");

    boolean yearly() {
        return kind.equals("yearly");
    }

    /** Repeats every year, or every {@code period} from its first day (每季度末: P3M). */
    boolean repeating() {
        return yearly() || kind.equals("recurring");
    }

    /**
     * The iCalendar RRULE of a repeating deadline starting on {@code first}: yearly, or every N months (on the
     * month's last day when the first falls on one, as 每季度末 does) or N years; empty when it does not repeat.
     */
    Optional<String> recurrence(LocalDate first) {
        if (yearly()) {
            return Optional.of("FREQ=YEARLY");
        }
        Matcher months = MONTHS.matcher(period);
        if (kind.equals("recurring") && months.matches()) {
            boolean monthEnd = first.getDayOfMonth() == first.lengthOfMonth();
            return Optional.of("FREQ=MONTHLY;INTERVAL=" + months.group(1) + (monthEnd ? ";BYMONTHDAY=-1" : ""));
        }
        Matcher years = YEARS.matcher(period);
        return kind.equals("recurring") && years.matches() ? Optional.of("FREQ=YEARLY;INTERVAL=" + years.group(1)) : Optional.empty();
    }

    /**
     * The day of the (first) event: the date, the end of a span, or a yearly deadline's first instance on or after
     * the plan's start; a plan without date or year starts on {@code undated}. Empty for "now" and durations.
     */
    Optional<LocalDate> day(LocalDate undated) {
        return DueDays.first(dueDays(), start(undated));
    }

    /** The first day on or after {@code day} it falls due, counting from the plan's start as {@link #day} does. */
    Optional<LocalDate> next(LocalDate undated, LocalDate day) {
        return DueDays.next(dueDays(), start(undated), day);
    }

    private LocalDate start(LocalDate undated) {
        return !docDate.isEmpty() ? LocalDate.parse(docDate)
                : !planYear.isEmpty() ? LocalDate.of(Integer.parseInt(planYear), 1, 1) : undated;
    }

    private DueDays.Deadline dueDays() {
        return new DueDays.Deadline(deadlineText, kind, due, dueDate, period);
    }

    /** The clause text with a table row's cells on lines of their own and no indents. */
    String plainText() {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** How a table's 依据 cell names the clause: the document's number, else its title in 《》, then the path. */
    String basis() {
        return (number.isEmpty() ? "《" + docTitle + "》" : number) + " " + path;
    }
}
