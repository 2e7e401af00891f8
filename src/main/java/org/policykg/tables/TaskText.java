package org.policykg.tables;

import java.util.List;
import java.util.stream.Collectors;
import org.policykg.tables.ColumnRoles.Role;

/** The 主要任务 of a row: a table row's task cells ("钢铁：执行…" with its scope), else the clause text without its marker. */
final class TaskText {

    private static final ColumnRoles ROLES = ColumnRoles.standard();

    private TaskText() {
    }

    static String of(TaskFacts f) {
        return f.cells.isEmpty() ? Texts.tidy(Texts.withoutMarker(f.text, f.marker)) : ofCells(f.cells);
    }

    static String ofCells(List<TaskFacts.Cell> cells) {
        String scope = join(cells, Role.SCOPE, "、");
        String task = cells.stream().filter(c -> ROLES.of(c.column()) == Role.TASK && !(c.index() == 0 && c.value().strip().matches("\\d{1,3}")))
                .map(c -> Texts.tidy(c.value())).filter(s -> !s.isEmpty()).collect(Collectors.joining(""));
        String note = join(cells, Role.NOTE, "；");
        String text = scope.isEmpty() ? task : task.isEmpty() ? scope : scope + "：" + task;
        return note.isEmpty() ? text : text + "（" + note + "）";
    }

    private static String join(List<TaskFacts.Cell> cells, Role role, String glue) {
        return cells.stream().filter(c -> ROLES.of(c.column()) == role).map(c -> Texts.tidy(c.value()))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(glue));
    }
}
