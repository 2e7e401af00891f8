package org.policykg.web.obligations;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
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

    /**
     * The parameters of web/explorer-rows for this filter: the document ({@code docIri}, resolved), level,
     * jurisdiction and role as given, and the status turned into a due window (overdue: up to yesterday; due30: today
     * to 30 days on) meeting the one given, or into keeping the undated rows.
     */
    Map<String, String> rowParams(String docIri) {
        Map<String, String> params = scopeParams();
        put(params, "doc", docIri);
        put(params, "role", role);
        LocalDate first = from;
        LocalDate last = to;
        if ("overdue".equals(status)) {
            last = earlier(last, today.minusDays(1));
        } else if ("due30".equals(status)) {
            first = first == null || first.isBefore(today) ? today : first;
            last = earlier(last, today.plusDays(30));
        } else if ("undated".equals(status)) {
            params.put("undated", "yes");
        }
        put(params, "from", first == null ? null : first.toString());
        put(params, "to", last == null ? null : last.toString());
        return params;
    }

    /** The parameters of web/documents-in for this filter: its level and jurisdiction, as given. */
    Map<String, String> scopeParams() {
        Map<String, String> params = new HashMap<>();
        put(params, "level", level);
        put(params, "jurisdiction", given(jurisdiction) ? jurisdiction.strip() : null);
        return params;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (given(value)) {
            params.put(name, value);
        }
    }

    /** Role and due window, for an agency's rows; agency and document are applied by the queries themselves. */
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
