package org.policykg.web.obligations;

import static org.policykg.query.Solutions.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.springframework.stereotype.Component;

/**
 * The explorer's rows from the catalog queries: obligations-of-agency when an agency is named (then narrowed to
 * the document), else obligations (of one document or all), one row per body and role; then the role and due
 * window, sorted by due date with the undated last.
 */
@Component
class ObligationSearch {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The obligations query's columns that hold bodies, by role. */
    private static final Map<String, String> ROLE_COLUMNS = Map.of("lead", "lead", "support", "support", "recipient", "recipient");

    private final QueryCatalog catalog;
    private final QueryRunner runner;
    ObligationSearch(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    /** The filter's rows; {@code doc} is the filter's document already resolved to its IRI (null: every document). */
    List<ObligationRow> find(ObligationFilter filter, String doc) {
        List<ObligationRow> rows = ObligationFilter.given(filter.agency()) ? ofAgency(filter, doc) : ofDocuments(doc);
        Set<String> sources = filter.bySource() ? sources(filter) : null;
        return rows.stream().filter(filter::keeps).filter(r -> sources == null || sources.contains(r.doc()))
                .sorted(Comparator.comparing((ObligationRow r) -> r.due().isEmpty()).thenComparing(ObligationRow::due)
                        .thenComparing(ObligationRow::docTitle).thenComparing(ObligationRow::path))
                .toList();
    }

    /** The documents of the filter's level and jurisdiction. */
    private Set<String> sources(ObligationFilter filter) {
        Map<String, String> params = new HashMap<>();
        if (ObligationFilter.given(filter.level())) {
            params.put("level", filter.level());
        }
        if (ObligationFilter.given(filter.jurisdiction())) {
            params.put("jurisdiction", filter.jurisdiction().strip());
        }
        Set<String> docs = new HashSet<>();
        runner.select(catalog.get("web/documents-in"), params).forEachRemaining(s -> docs.add(text(s, "doc")));
        return docs;
    }

    private List<ObligationRow> ofAgency(ObligationFilter filter, String doc) {
        List<ObligationRow> rows = new ArrayList<>();
        ResultSetRewindable rs = runner.select(catalog.get("obligations-of-agency"), Map.of("agency", filter.agency()));
        rs.forEachRemaining(s -> {
            if (doc == null || doc.equals(text(s, "doc"))) {
                rows.add(new ObligationRow(text(s, "dueDate"), text(s, "deadlineText"), text(s, "doc"), text(s, "docTitle"),
                        text(s, "path"), text(s, "task"), text(s, "label"), text(s, "role"), text(s, "clause")));
            }
        });
        return rows;
    }

    private List<ObligationRow> ofDocuments(String doc) {
        Map<String, String> params = doc != null ? Map.of("doc", doc) : Map.of();
        List<ObligationRow> rows = new ArrayList<>();
        ResultSetRewindable rs = runner.select(catalog.get("obligations"), params);
        rs.forEachRemaining(s -> ROLE_COLUMNS.forEach((role, column) -> {
            String bodies = text(s, column);
            if (!bodies.isEmpty()) {
                String deadline = text(s, "deadline");
                rows.add(new ObligationRow(DATE.matcher(deadline).matches() ? deadline : "", text(s, "deadlineText"), text(s, "doc"),
                        text(s, "docTitle"), text(s, "path"), text(s, "task"), bodies, role, text(s, "clause")));
            }
        }));
        return rows;
    }
}
