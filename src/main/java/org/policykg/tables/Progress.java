package org.policykg.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policykg.calendar.DueDays;

/**
 * The 状态 of a row on a given day: 已逾期 when a deadline of its own has passed, 30日内到期 when the next falls
 * within the window, 未到期 when it falls later, 长期 when it has no day (no deadline, "立即", a duration, or a
 * start such as 自2019年1月1日起). Yearly and repeating deadlines count from their first instance on or after the
 * plan's start, so they are never overdue; the words and the window are in conventions/task-table.tsv.
 */
final class Progress {

    private final LocalDate asOf;
    private final TableWords words;
    private final List<String> startWords;

    /** {@code asOf} null: no 状态. */
    Progress(LocalDate asOf, TableWords words) {
        this.asOf = asOf;
        this.words = words;
        this.startWords = List.of(words.get("status.start").split("\\|"));
    }

    String status(TaskFacts f, DocumentRef doc) {
        if (asOf == null) {
            return "";
        }
        LocalDate start = doc.start().orElse(asOf);
        List<LocalDate> upcoming = new ArrayList<>();
        for (TaskFacts.Due d : f.dues) {
            if (startWords.stream().anyMatch(w -> d.text().endsWith(w))) {
                continue;
            }
            Optional<LocalDate> day = DueDays.next(d.deadline(), start, asOf);
            if (day.isPresent() && day.get().isBefore(asOf)) {
                return words.get("status.overdue");
            }
            day.ifPresent(upcoming::add);
        }
        int window = Integer.parseInt(words.get("status.window"));
        return upcoming.stream().min(LocalDate::compareTo)
                .map(d -> words.get(d.isAfter(asOf.plusDays(window)) ? "status.later" : "status.soon"))
                .orElse(words.get("status.ongoing"));
    }
}
