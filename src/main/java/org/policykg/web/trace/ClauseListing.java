package org.policykg.web.trace;

import static org.policykg.query.Solutions.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.DocumentResolver;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.web.documents.DocumentListing;
import org.policykg.web.documents.DocumentSummary;
import org.springframework.stereotype.Component;

/** One document and its subdivisions in order, from queries/documents.rq and queries/clauses.rq. */
@Component
class ClauseListing {

    /** One subdivision as the document page shows it. */
    record ClauseRow(String path, String kind, String text, String clause) {}

    /** A document with its subdivisions. */
    record DocumentClauses(DocumentSummary document, List<ClauseRow> clauses) {}

    private final DocumentResolver resolver;
    private final DocumentListing listing;
    private final QueryCatalog catalog;
    private final QueryRunner runner;

    ClauseListing(DocumentResolver resolver, DocumentListing listing, QueryCatalog catalog, QueryRunner runner) {
        this.resolver = resolver;
        this.listing = listing;
        this.catalog = catalog;
        this.runner = runner;
    }

    /** The document a user names (IRI, number, file name or part of the title) with its subdivisions. */
    DocumentClauses of(String name) {
        String iri = resolver.resolve(name);
        DocumentSummary doc = listing.document(iri);
        ResultSetRewindable rs = runner.select(catalog.get("clauses"), Map.of("doc", iri));
        List<ClauseRow> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            rows.add(new ClauseRow(text(s, "path"), text(s, "kind"), text(s, "text"), s.getResource("clause").getURI()));
        }
        return new DocumentClauses(doc, rows);
    }
}
