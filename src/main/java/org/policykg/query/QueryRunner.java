package org.policykg.query;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.store.KgStore;
import org.springframework.stereotype.Component;

/** Runs catalog queries against the store, binding parameters as RDF terms, never by pasting text. */
@Component
public class QueryRunner {

    private final KgStore store;
    private final DocumentResolver documents;

    QueryRunner(KgStore store, DocumentResolver documents) {
        this.store = store;
        this.documents = documents;
    }

    public ResultSetRewindable select(NamedQuery q, Map<String, String> params) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(q.text());
        for (Map.Entry<String, String> e : params.entrySet()) {
            NamedQuery.Param p = q.params().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("query '" + q.name() + "' has no parameter '" + e.getKey()
                            + "' (it takes: " + q.params().stream().map(NamedQuery.Param::name).toList() + ")"));
            bind(pss, p, e.getValue());
        }
        Query query = pss.asQuery();
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
    }

    private void bind(ParameterizedSparqlString pss, NamedQuery.Param p, String value) {
        switch (p.type()) {
            case "iri" -> pss.setIri(p.name(), value);
            case "document" -> pss.setIri(p.name(), documents.resolve(value));
            case "date" -> pss.setLiteral(p.name(), value, XSDDatatype.XSDdate);
            case "year" -> pss.setLiteral(p.name(), value, XSDDatatype.XSDgYear);
            case "integer" -> pss.setLiteral(p.name(), Long.parseLong(value));
            default -> pss.setLiteral(p.name(), value);
        }
    }
}
