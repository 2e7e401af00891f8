package org.policykg.tables;

import java.util.List;
import java.util.stream.Collectors;
import org.policykg.tables.ColumnRoles.Role;

/**
 * The document's own words: a table row's responsibility and deadline cells as written (split into 牵头 and 配合
 * by their cues), otherwise the labels of the bodies the graph found, in the order the text names them.
 */
final class AsWritten implements RowStyle {

    private final ColumnRoles roles = ColumnRoles.standard();
    private final Responsibility responsibility = Responsibility.standard();

    @Override
    public String lead(TaskFacts f) {
        String written = cells(f, Role.LEAD);
        return written.isEmpty() ? String.join("、", f.leads()) : responsibility.split(written).lead();
    }

    @Override
    public String support(TaskFacts f) {
        String lead = cells(f, Role.LEAD);
        String support = cells(f, Role.SUPPORT);
        if (lead.isEmpty() && support.isEmpty()) {
            return String.join("、", f.supports());
        }
        String fromLead = lead.isEmpty() ? "" : responsibility.split(lead).support();
        return List.of(fromLead, support).stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("；"));
    }

    @Override
    public String deadline(TaskFacts f) {
        String written = cells(f, Role.DEADLINE);
        return written.isEmpty() ? f.dues.stream().map(TaskFacts.Due::text).distinct().collect(Collectors.joining("、")) : written;
    }

    private String cells(TaskFacts f, Role role) {
        return f.cells.stream().filter(c -> roles.of(c.column()) == role).map(c -> Texts.tidy(c.value()))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("；"));
    }
}
