package org.policykg.tables;

import java.util.List;
import java.util.stream.Collectors;
import org.policykg.tables.ColumnRoles.Role;

/**
 * The text of a row: a table row's task cells ("钢铁：执行…" with its scope), else the clause text without its
 * marker; in full (具体措施) or brief (主要任务 as an office writes it: the item's run-in heading, else its first
 * sentence).
 */
final class TaskText {

    private static final ColumnRoles ROLES = ColumnRoles.standard();

    private TaskText() {
    }

    static String of(TaskFacts f) {
        return f.cells.isEmpty() ? Texts.tidy(Texts.withoutMarker(f.text, f.marker)) : ofCells(f.cells);
    }

    /** The item's heading when its text opens with it (严格项目审核审查。…), else its first sentence. */
    static String brief(TaskFacts f) {
        if (!f.cells.isEmpty()) {
            return briefOfCells(f.cells);
        }
        String full = of(f);
        String heading = Texts.tidy(f.heading);
        return !heading.isEmpty() && flat(full).startsWith(flat(heading)) ? Sentences.trimEnd(heading) : Sentences.first(full);
    }

    static String ofCells(List<TaskFacts.Cell> cells) {
        String note = join(cells, Role.NOTE, "；");
        String text = scoped(cells, task(cells));
        return note.isEmpty() ? text : text + "（" + note + "）";
    }

    /** The scope and the first sentence of the task cells; notes stay in the full text. */
    static String briefOfCells(List<TaskFacts.Cell> cells) {
        return scoped(cells, Sentences.first(task(cells)));
    }

    private static String task(List<TaskFacts.Cell> cells) {
        return cells.stream().filter(c -> ROLES.of(c.column()) == Role.TASK && !(c.index() == 0 && c.value().strip().matches("\\d{1,3}")))
                .map(c -> Texts.tidy(c.value())).filter(s -> !s.isEmpty()).collect(Collectors.joining(""));
    }

    private static String scoped(List<TaskFacts.Cell> cells, String task) {
        String scope = join(cells, Role.SCOPE, "、");
        return scope.isEmpty() ? task : task.isEmpty() ? scope : scope + "：" + task;
    }

    private static String join(List<TaskFacts.Cell> cells, Role role, String glue) {
        return cells.stream().filter(c -> ROLES.of(c.column()) == role).map(c -> Texts.tidy(c.value()))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(glue));
    }

    private static String flat(String s) {
        return s.replaceAll("[\\s\\u3000]", "");
    }
}
