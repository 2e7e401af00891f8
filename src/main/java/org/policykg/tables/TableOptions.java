package org.policykg.tables;

import java.time.LocalDate;
import java.util.List;

/**
 * What a table shows beyond the six standard columns: the full text of each task in a 具体措施 column
 * ({@code details}), and each row's 状态 on a given day ({@code asOf}, null for none).
 */
public record TableOptions(boolean details, LocalDate asOf) {

    public static final TableOptions STANDARD = new TableOptions(false, null);

    List<Column> columns() {
        return Column.of(details, asOf != null);
    }
}
