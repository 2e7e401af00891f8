package org.policykg.tables;

import java.util.List;
import java.util.Map;

/**
 * A task-division table (任务分工表) ready to be written: an attachment label above the title (附件1, or empty),
 * the title, a line saying where the rows come from, the rows in groups, the columns to print, and the fields people
 * corrected, by the IRI of the row's clause (DOCX marks them with a comment).
 */
public record TaskTable(String attachment, String title, String source, List<TaskGroup> groups, List<Column> columns,
                        Map<String, List<CorrectedFact>> corrections) {

    public TaskTable {
        groups = List.copyOf(groups);
        columns = List.copyOf(columns);
        corrections = Map.copyOf(corrections);
    }

    public TaskTable(String attachment, String title, String source, List<TaskGroup> groups, List<Column> columns) {
        this(attachment, title, source, groups, columns, Map.of());
    }

    /** The corrected fields of a row, empty when a person corrected none. */
    public List<CorrectedFact> corrected(TaskRow row) {
        return corrections.getOrDefault(row.clause(), List.of());
    }

    /** What a person changed in this cell of a row (as the DOCX comment says it), or null: the web preview marks it. */
    public String correctedNote(TaskRow row, Column column, TableWords words) {
        return corrected(row).stream().filter(f -> f.column() == column).map(f -> f.comment(words))
                .reduce((a, b) -> a + "；" + b).orElse(null);
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
        return new TaskTable(label, title, source, groups, columns, corrections);
    }
}
