package org.policykg.web.obligations;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The explorer's filters, as given in the URL: agency (name or part of it), doc (IRI, 文号, file name or part of
 * the title), role (lead, support or recipient), the due window from/to (inclusive), status as of {@code today}
 * (overdue: due before today; due30: due within 30 days from today; undated: no due date), and the document's level
 * (national, province, city, county) and jurisdiction (with the places within it). Blank means no filter.
 */
public record ObligationFilter(String agency, String doc, String role, LocalDate from, LocalDate to, String status,
                               LocalDate today, String level, String jurisdiction) {

    /** The statuses the filter offers, with their Chinese names. */
    static final Map<String, String> STATUSES = statuses();
    /** The levels the filter offers, with their Chinese names. */
    static final Map<String, String> LEVELS = levels();

    public ObligationFilter(String agency, String doc, String role, LocalDate from, LocalDate to) {
        this(agency, doc, role, from, to, null, LocalDate.now(), null, null);
    }

    /** Whether only the documents of a level or jurisdiction are kept. */
    boolean bySource() {
        return given(level) || given(jurisdiction);
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /** Role and due window; agency and document are applied by the queries themselves. */
    boolean keeps(ObligationRow row) {
        if (given(role) && !role.equals(row.roleGroup())) {
            return false;
        }
        if (given(status) && !hasStatus(row)) {
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

    private static Map<String, String> statuses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("overdue", "已逾期");
        m.put("due30", "30日内到期");
        m.put("undated", "无日期");
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> levels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("national", "国家级");
        m.put("province", "省级");
        m.put("city", "市级");
        m.put("county", "县级");
        return Collections.unmodifiableMap(m);
    }

    private boolean hasStatus(ObligationRow row) {
        if (row.due().isEmpty()) {
            return status.equals("undated");
        }
        LocalDate due = LocalDate.parse(row.due());
        return status.equals("overdue") ? due.isBefore(today)
                : status.equals("due30") && !due.isBefore(today) && !due.isAfter(today.plusDays(30));
    }
}
