package org.policykg.tables;

import java.util.List;

/**
 * A task-division table (任务分工表) ready to be written: an attachment label above the title (附件1, or empty),
 * the title, a line saying where the rows come from, the rows in groups and the columns to print.
 */
public record TaskTable(String attachment, String title, String source, List<TaskGroup> groups, List<Column> columns) {

    public TaskTable {
        groups = List.copyOf(groups);
        columns = List.copyOf(columns);
    }

    /** A table with the six standard columns. */
    public TaskTable(String attachment, String title, String source, List<TaskGroup> groups) {
        this(attachment, title, source, groups, Column.of(false, false));
    }

    /** The numbered rows, in order, without their groups. */
    public List<TaskRow> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }

    /** Whether the group rows carry names worth printing. */
    public boolean named() {
        return groups.stream().anyMatch(g -> !g.name().isEmpty());
    }

    public TaskTable withAttachment(String label) {
        return new TaskTable(label, title, source, groups, columns);
    }
}
