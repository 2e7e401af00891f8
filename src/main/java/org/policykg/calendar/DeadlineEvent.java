package org.policykg.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/** One deadline of a body's task, as queries/agency-deadlines.rq gives it. */
record DeadlineEvent(String deadline, String roleLabel, String docTitle, String number, String path, String clause,
                     String task, String text, String deadlineText, String kind, String due, String dueDate) {

    boolean yearly() {
        return kind.equals("yearly");
    }

    /**
     * The day of the (first) event: the date, the end of a span, or a yearly deadline's plan-year instance; a
     * yearly deadline of an undated document starts in {@code fallbackYear}. Empty for "now" and durations.
     */
    Optional<LocalDate> day(int fallbackYear) {
        if (!dueDate.isEmpty()) {
            return Optional.of(LocalDate.parse(dueDate));
        }
        if (yearly() && due.startsWith("--")) {
            return Optional.of(MonthDay.parse(due).atYear(fallbackYear));
        }
        return due.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(LocalDate.parse(due)) : Optional.empty();
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
