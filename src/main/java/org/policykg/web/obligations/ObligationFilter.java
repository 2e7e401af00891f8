package org.policykg.web.obligations;

import java.time.LocalDate;

/**
 * The explorer's filters, as given in the URL: agency (name or part of it), doc (IRI, 文号, file name or part of
 * the title), role (lead, support or recipient), and the due window from/to (inclusive). Blank means no filter.
 */
public record ObligationFilter(String agency, String doc, String role, LocalDate from, LocalDate to) {

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /** Role and due window; agency and document are applied by the queries themselves. */
    boolean keeps(ObligationRow row) {
        if (given(role) && !role.equals(row.roleGroup())) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        if (row.due().isEmpty()) {
            return false;
        }
        LocalDate due = LocalDate.parse(row.due());
        return (from == null || !due.isBefore(from)) && (to == null || !due.isAfter(to));
    }
}
