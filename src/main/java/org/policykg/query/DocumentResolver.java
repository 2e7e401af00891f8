package org.policykg.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.policykg.conventions.DocumentNumbers;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.springframework.stereotype.Component;

/**
 * Turns what a user calls a document into its IRI: the IRI itself, its document number (any bracket
 * style), its source file name, or an unambiguous part of its title.
 */
@Component
public class DocumentResolver {

    private final KgStore store;
    private final QueryCatalog catalog;

    DocumentResolver(KgStore store, QueryCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    public String resolve(String name) {
        if (isStoredDocument(name.strip())) {
            return name.strip();
        }
        String needle = DocumentNumbers.parseWhole(name).orElse(name.strip());
        ParameterizedSparqlString pss = new ParameterizedSparqlString(catalog.get("resolve-document").text());
        pss.setLiteral("name", needle);
        List<String[]> hits = store.read(ds -> {
            List<String[]> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(pss.asQuery()).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> rows.add(new String[] {
                        s.getResource("doc").getURI(), s.getLiteral("title").getString(), s.getLiteral("match").getString()}));
            }
            return rows;
        });
        List<String[]> exact = hits.stream().filter(h -> !h[2].equals("title")).toList();
        List<String[]> pick = exact.isEmpty() ? hits : exact;
        if (pick.size() == 1) {
            return pick.get(0)[0];
        }
        if (pick.isEmpty()) {
            throw new IllegalArgumentException("no document matches '" + name + "'");
        }
        throw new IllegalArgumentException("'" + name + "' matches " + pick.size() + " documents: "
                + pick.stream().map(h -> h[1]).distinct().toList() + "; be more specific");
    }

    /**
     * A stored document's own IRI, the form programs and links use, is looked up in the index of its type triple rather
     * than matched against every document's names: it can be no other document's number, file name or title.
     */
    private boolean isStoredDocument(String name) {
        if (!name.contains("://")) {
            return false;
        }
        Node doc = NodeFactory.createURI(name);
        return store.read(ds -> ds.asDatasetGraph().contains(Node.ANY, doc, RDF.type.asNode(), PKG.PolicyDocument.asNode()));
    }
}
