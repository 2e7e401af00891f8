package org.policykg.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a task table, left to right: the six standard ones, with 具体措施 (the full text) after 主要任务
 * when asked for and 状态 after 完成时限 when the table tracks progress. Weights share out the page width.
 */
public enum Column {
    NUMBER("column.number", 5, true, TaskRow::number),
    TASK("column.task", 26, false, TaskRow::task),
    DETAILS("column.details", 46, false, TaskRow::details),
    LEAD("column.lead", 19, false, TaskRow::lead),
    SUPPORT("column.support", 19, false, TaskRow::support),
    DEADLINE("column.deadline", 13, true, TaskRow::deadline),
    STATUS("column.status", 9, true, TaskRow::status),
    BASIS("column.basis", 15, false, TaskRow::basis);

    private final String key;
    private final int weight;
    private final boolean centered;
    private final Function<TaskRow, String> value;

    Column(String key, int weight, boolean centered, Function<TaskRow, String> value) {
        this.key = key;
        this.weight = weight;
        this.centered = centered;
        this.value = value;
    }

    /** The columns of a table, with or without 具体措施 and 状态. */
    public static List<Column> of(boolean details, boolean status) {
        List<Column> out = new ArrayList<>(List.of(values()));
        if (!details) {
            out.remove(DETAILS);
        }
        if (!status) {
            out.remove(STATUS);
        }
        return List.copyOf(out);
    }

    public String title(TableWords words) {
        return words.get(key);
    }

    public String value(TaskRow row) {
        return value.apply(row);
    }

    boolean centered() {
        return centered;
    }

    /** This column's share of the width, in parts of {@code total} (percent: 100), among {@code columns}. */
    int share(List<Column> columns, int total) {
        return total * weight / columns.stream().mapToInt(c -> c.weight).sum();
    }
}
