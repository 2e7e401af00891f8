package org.policykg.calendar;

import static org.policykg.query.Solutions.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.tables.CorrectedFact;
import org.springframework.stereotype.Component;

/** A body's deadlines from the graph: which body a name means, and the deadlines of its tasks. */
@Component
public class AgencyCalendars {

    private final QueryCatalog catalog;
    private final QueryRunner runner;

    AgencyCalendars(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    /** The body a name means: its IRI, id, label, a label as written, or an unambiguous part of its label. */
    public Agency resolve(String name) {
        ResultSetRewindable rs = runner.select(catalog.get("resolve-agency"), Map.of("name", name.strip()));
        Map<String, List<Agency>> byMatch = new LinkedHashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Agency a = new Agency(s.getResource("agency").getURI(), text(s, "label"));
            byMatch.computeIfAbsent(text(s, "match").equals("part") ? "part" : "exact", k -> new ArrayList<>()).add(a);
        }
        List<Agency> pick = byMatch.getOrDefault("exact", byMatch.getOrDefault("part", List.of())).stream().distinct().toList();
        if (pick.size() == 1) {
            return pick.get(0);
        }
        if (pick.isEmpty()) {
            throw new IllegalArgumentException("no body given a task matches '" + name + "'");
        }
        throw new IllegalArgumentException("'" + name + "' matches " + pick.size() + " bodies: "
                + pick.stream().map(Agency::label).limit(10).toList() + "; be more specific");
    }

    /** Every body with deadlines, most deadlines first. */
    public List<Map<String, Object>> agencies() {
        ResultSetRewindable rs = runner.select(catalog.get("agency-calendars"), Map.of());
        List<Map<String, Object>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Agency a = new Agency(s.getResource("agency").getURI(), text(s, "label"));
            out.add(Map.of("id", a.id(), "label", a.label(), "deadlines", s.getLiteral("deadlines").getInt()));
        }
        return out;
    }

    /** The body's calendar between two days (either may be null), one event per deadline. */
    public TaskCalendar calendar(Agency agency, LocalDate from, LocalDate to) {
        ResultSetRewindable rs = runner.select(catalog.get("agency-deadlines"), Map.of("agency", agency.iri()));
        Map<String, DeadlineEvent> byDeadline = new LinkedHashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            DeadlineEvent e = new DeadlineEvent(text(s, "deadline"), text(s, "roleLabel"), text(s, "doc"), text(s, "docTitle"), text(s, "number"),
                    text(s, "path"), text(s, "clause"), text(s, "task"), text(s, "text"), text(s, "deadlineText"), text(s, "kind"),
                    text(s, "due"), text(s, "dueDate"), text(s, "period"), text(s, "docDate"), text(s, "planYear"));
            byDeadline.merge(e.deadline(), e, (a, b) -> a.roleLabel().contains(b.roleLabel()) ? a
                    : new DeadlineEvent(a.deadline(), a.roleLabel() + "、" + b.roleLabel(), a.doc(), a.docTitle(), a.number(), a.path(),
                            a.clause(), a.task(), a.text(), a.deadlineText(), a.kind(), a.due(), a.dueDate(), a.period(),
                            a.docDate(), a.planYear()));
        }
        return new TaskCalendar(agency, new ArrayList<>(byDeadline.values()), from, to)
                .withCorrections(CorrectedFact.byClause(catalog, runner, Map.of()));
    }
}
