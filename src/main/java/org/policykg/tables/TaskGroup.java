package org.policykg.tables;

import java.util.List;

/** Consecutive rows of one aspect (能耗, 环保 …) or, without aspects, of one top-level heading. */
public record TaskGroup(String name, List<TaskRow> rows) {

    public TaskGroup {
        rows = List.copyOf(rows);
    }
}
