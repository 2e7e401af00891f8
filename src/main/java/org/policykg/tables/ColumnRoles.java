package org.policykg.tables;

import java.util.HashMap;
import java.util.Map;
import org.policykg.conventions.Tsv;

/** What the cells under a header fill in a generated table, from conventions/task-table-columns.tsv. */
final class ColumnRoles {

    enum Role { NUMBER, TASK, SCOPE, LEAD, SUPPORT, DEADLINE, NOTE, BASIS }

    private static final ColumnRoles STANDARD = new ColumnRoles();

    private final Map<String, Role> byHeader = new HashMap<>();

    private ColumnRoles() {
        for (Map<String, String> r : Tsv.classpath("conventions/task-table-columns.tsv")) {
            byHeader.put(r.get("header"), Role.valueOf(r.get("role").toUpperCase(java.util.Locale.ROOT)));
        }
    }

    static ColumnRoles standard() {
        return STANDARD;
    }

    /** The role of a column; a column nobody listed (列3, an unusual header) is read as part of the task. */
    Role of(String header) {
        return byHeader.getOrDefault(header.replaceAll("[\\s\\u3000]", ""), Role.TASK);
    }
}
