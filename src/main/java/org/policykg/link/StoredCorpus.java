package org.policykg.link;

import static org.policykg.query.Solutions.textOrNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.align.ClauseText;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.Level;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.Iris;

/**
 * What the cross-document pass needs from the store, read back from the document graphs: the documents and the
 * stubs they cite (one row each, no text), and, for the documents a pass aligns only, every subdivision but whole
 * tables (their rows are read) as the aligner's input, as {@link org.policykg.align.ClauseTexts} gives them at
 * parse time. Call inside a transaction.
 */
final class StoredCorpus {

    private static final String DOCUMENTS = QueryCatalog.shipped("link/documents").text();
    private static final String CITATIONS = QueryCatalog.shipped("link/citations").text();
    private static final String CLAUSES = QueryCatalog.shipped("link/clauses").text();

    private final List<CorpusDocument> documents = new ArrayList<>();
    private final Map<String, CitedStub> stubs = new LinkedHashMap<>();
    private final List<CitationEdge> citations = new ArrayList<>();
    private final List<ClauseText> clauses = new ArrayList<>();
    private final Map<String, String> clauseIris = new HashMap<>();
    private final Map<String, CorpusDocument> byIri = new LinkedHashMap<>();

    private StoredCorpus() {
    }

    static StoredCorpus read(Dataset ds, Jurisdictions gazetteer) {
        StoredCorpus c = new StoredCorpus();
        select(ds, DOCUMENTS, null, s -> c.byIri.putIfAbsent(s.getResource("doc").getURI(), document(s, gazetteer)));
        c.documents.addAll(c.byIri.values());
        select(ds, CITATIONS, null, s -> c.citation(s));
        return c;
    }

    /** Reads the subdivisions of {@code docs} (stored documents), each document by an index lookup. */
    void readClauses(Dataset ds, Collection<String> docs) {
        for (String doc : docs) {
            CorpusDocument d = byIri.get(doc);
            if (d != null) {
                select(ds, CLAUSES, d.iri(), s -> clause(s, d));
            }
        }
    }

    List<CorpusDocument> documents() {
        return documents;
    }

    Map<String, CitedStub> stubs() {
        return stubs;
    }

    List<CitationEdge> citations() {
        return citations;
    }

    /** Subdivisions of the documents read by {@link #readClauses}, in document order. */
    List<ClauseText> clauses() {
        return clauses;
    }

    String clauseIri(ClauseText c) {
        return clauseIris.get(key(c.doc(), c.path()));
    }

    private static CorpusDocument document(QuerySolution s, Jurisdictions gazetteer) {
        Level level = Iris.levelOf(textOrNull(s, "level"));
        String code = Iris.jurisdictionCode(textOrNull(s, "j"));
        Jurisdiction jurisdiction = code == null ? null : gazetteer.byCode(code).orElse(null);
        return new CorpusDocument(s.getResource("doc").getURI(), s.getLiteral("title").getString(), textOrNull(s, "alt"),
                textOrNull(s, "number"), level, jurisdiction, s.contains("year") ? yearOf(s.get("year")) : null);
    }

    private static Integer yearOf(RDFNode year) {
        String lexical = year.asLiteral().getLexicalForm();
        return lexical.matches("\\d{4}.*") ? Integer.valueOf(lexical.substring(0, 4)) : null;
    }

    private void citation(QuerySolution s) {
        String stub = s.getResource("stub").getURI();
        String citing = s.getResource("citing").getURI();
        CitedStub known = stubs.computeIfAbsent(stub, k -> new CitedStub(k, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
        known.citedBy().add(citing);
        if (s.contains("number")) {
            known.numbers().add(s.getLiteral("number").getString());
        }
        if (s.contains("title")) {
            known.titles().add(s.getLiteral("title").getString());
        }
        CitationEdge edge = new CitationEdge(citing, s.getLiteral("relation").getString(), stub);
        if (!citations.contains(edge)) {
            citations.add(edge);
        }
    }

    private void clause(QuerySolution s, CorpusDocument d) {
        ClauseText c = new ClauseText(d.iri(), s.getLiteral("path").getString(), s.getLiteral("text").getString(),
                d.level() == null ? null : d.level().notation(), d.jurisdiction() == null ? null : d.jurisdiction().code(), d.year());
        String iri = s.getResource("clause").getURI();
        if (clauseIris.putIfAbsent(key(c.doc(), c.path()), iri) == null) {
            clauses.add(c);
        }
    }

    private static String key(String doc, String path) {
        return doc + '\u0000' + path;
    }

    private static void select(Dataset ds, String query, String doc, Consumer<QuerySolution> row) {
        var builder = QueryExecution.dataset(ds).query(query);
        if (doc != null) {
            builder.substitution("doc", ResourceFactory.createResource(doc));
        }
        try (QueryExecution qe = builder.build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }
}
