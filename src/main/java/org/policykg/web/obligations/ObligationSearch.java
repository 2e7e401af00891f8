package org.policykg.web.obligations;

import static org.policykg.query.Solutions.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.NamedQuery;
import org.policykg.query.Page;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The explorer's rows: without an agency, a page of web/explorer-rows (one row per obligation, deadline and role,
 * the role's bodies joined), filtered, ordered and counted by the store; with one, obligations-of-agency (one row
 * per body and role, narrowed to the document), then the role and due window, sorted by due date with the undated last.
 */
@Component
class ObligationSearch {

    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final int maxDocuments;

    /**
     * {@code maxDocuments}: the most documents a view without an agency lists. Their rows are read and sorted whatever
     * the page (about 8 s for 1,000 synthetic documents), so a broader view asks to be narrowed instead of running
     * into the time limit.
     */
    ObligationSearch(QueryCatalog catalog, QueryRunner runner, @Value("${policykg.explorer.max-documents}") int maxDocuments) {
        this.catalog = catalog;
        this.runner = runner;
        this.maxDocuments = maxDocuments;
    }

    /**
     * One page of the filter's rows; {@code doc} is the filter's document already resolved to its IRI (null: every
     * document). Without an agency the store filters, orders and pages the rows (web/explorer-rows) and counts them,
     * so the cost follows the documents in scope and the page; without a document, or with an agency, every
     * row is gathered and paged here. A view of more than the limit's documents lists none and says so.
     */
    RowPage page(ObligationFilter filter, String doc, int page) {
        if (ObligationFilter.given(filter.agency())) {
            return RowPage.of(find(filter, doc), page, filter);
        }
        if (doc == null) {
            long inScope = runner.total(catalog.get("web/documents-in"), filter.scopeParams(), null);
            if (inScope > maxDocuments) {
                return RowPage.tooBroad(inScope, maxDocuments);
            }
        }
        NamedQuery rowsQuery = catalog.get("web/explorer-rows");
        Map<String, String> params = filter.rowParams(doc);
        if (doc == null && !filter.bySource()) {
            // no documents in scope: every obligation is read whatever the page, so once (sorted by the store), not
            // once to count and again to sort
            return RowPage.of(rows(runner.select(rowsQuery, params)), page, filter);
        }
        int total = Math.toIntExact(runner.total(rowsQuery, params, null));
        int shown = RowPage.shown(page, total);
        return RowPage.of(rows(runner.select(rowsQuery, params, new Page(RowPage.SIZE, (long) (shown - 1) * RowPage.SIZE), null)),
                shown, total, filter);
    }

    private static List<ObligationRow> rows(ResultSetRewindable rs) {
        List<ObligationRow> rows = new ArrayList<>();
        rs.forEachRemaining(s -> rows.add(new ObligationRow(text(s, "due"), text(s, "deadlineText"), text(s, "doc"),
                text(s, "docTitle"), text(s, "path"), text(s, "task"), text(s, "agency"), text(s, "bodyRole"), text(s, "clause"))));
        return rows;
    }

    /** An agency's rows of the filter, in the explorer's order. */
    List<ObligationRow> find(ObligationFilter filter, String doc) {
        List<ObligationRow> rows = ofAgency(filter, doc);
        Set<String> sources = filter.bySource() ? sources(filter) : null;
        return rows.stream().filter(filter::keeps).filter(r -> sources == null || sources.contains(r.doc()))
                .sorted(Comparator.comparing((ObligationRow r) -> r.due().isEmpty()).thenComparing(ObligationRow::due)
                        .thenComparing(ObligationRow::docTitle).thenComparing(ObligationRow::path))
                .toList();
    }

    /** The documents of the filter's level and jurisdiction. */
    private Set<String> sources(ObligationFilter filter) {
        Set<String> docs = new HashSet<>();
        runner.select(catalog.get("web/documents-in"), filter.scopeParams()).forEachRemaining(s -> docs.add(text(s, "doc")));
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
}
