package org.policykg.tables;

import java.util.List;

/**
 * One row as printed: 序号 | 主要任务 | 牵头单位 | 配合单位 | 完成时限 | 依据, plus the IRI of the source clause
 * (the 依据 links to it). A row split into sub-rows in its source table (a merged 序号 cell) keeps them as
 * {@code parts}; the parts have no number of their own.
 */
public record TaskRow(String number, String task, String lead, String support, String deadline, String basis,
                      String clause, List<TaskRow> parts) {

    public TaskRow {
        parts = List.copyOf(parts);
    }

    /** This row and its parts, top to bottom. */
    public List<TaskRow> lines() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this), parts.stream()).toList();
    }
}
