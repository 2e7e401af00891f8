package org.policykg.web.documents;

import static org.policykg.query.Solutions.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.springframework.stereotype.Component;

/** The documents in the store, from queries/documents.rq. */
@Component
public class DocumentListing {

    private final QueryCatalog catalog;
    private final QueryRunner runner;

    DocumentListing(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    public List<DocumentSummary> documents() {
        return select(Map.of());
    }

    /** One document, looked up by its IRI rather than found in the whole listing. */
    public DocumentSummary document(String iri) {
        return select(Map.of("doc", iri)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document " + iri));
    }

    private List<DocumentSummary> select(Map<String, String> params) {
        ResultSetRewindable rs = runner.select(catalog.get("documents"), params);
        List<DocumentSummary> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(new DocumentSummary(s.getResource("doc").getURI(), text(s, "title"), text(s, "number"), text(s, "level"),
                    text(s, "jurisdiction"), text(s, "year"), text(s, "date"), s.getLiteral("clauses").getLong(),
                    text(s, "source"), text(s, "overridden")));
        }
        return out;
    }
}
