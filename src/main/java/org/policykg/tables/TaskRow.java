package org.policykg.tables;

import java.util.List;

/**
 * One row as printed: 序号 | 主要任务 | 牵头单位 | 配合单位 | 完成时限 | 依据, plus the IRI of the source clause
 * (the 依据 links to it), the full text the short 主要任务 comes from ({@code details}, empty when the task is
 * the whole text) and the progress 状态 (empty unless asked for). A row split into sub-rows in its source table
 * (a merged 序号 cell) keeps them as {@code parts}; the parts have no number of their own.
 */
public record TaskRow(String number, String task, String details, String lead, String support, String deadline,
                      String status, String basis, String clause, List<TaskRow> parts) {

    public TaskRow {
        parts = List.copyOf(parts);
    }

    /** A row whose task is its whole text, without progress. */
    public TaskRow(String number, String task, String lead, String support, String deadline, String basis, String clause,
                   List<TaskRow> parts) {
        this(number, task, "", lead, support, deadline, "", basis, clause, parts);
    }

    /** This row and its parts, top to bottom. */
    public List<TaskRow> lines() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this), parts.stream()).toList();
    }
}
