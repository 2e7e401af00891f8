package org.policykg.web.reader;

import static org.policykg.query.Solutions.integer;
import static org.policykg.query.Solutions.text;
import static org.policykg.query.Solutions.textOrNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.DocumentResolver;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.web.documents.DocumentListing;
import org.policykg.web.documents.DocumentSummary;
import org.springframework.stereotype.Component;

/**
 * Reads one document for the reader from queries/web/document-text.rq and queries/clauses.rq, with its facts
 * ({@link ReaderFacts}): its text, its outline and its facts at their spans.
 */
@Component
class DocumentReading {

    private final DocumentResolver resolver;
    private final DocumentListing listing;
    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final ReaderFacts factReading;

    DocumentReading(DocumentResolver resolver, DocumentListing listing, QueryCatalog catalog, QueryRunner runner,
                    ReaderFacts factReading) {
        this.resolver = resolver;
        this.listing = listing;
        this.catalog = catalog;
        this.runner = runner;
        this.factReading = factReading;
    }

    /** The document a user names (IRI, number, file name or part of the title). */
    ReaderView read(String name) {
        String iri = resolver.resolve(name);
        DocumentSummary doc = listing.document(iri);
        Map<String, String> params = Map.of("doc", iri);
        ResultSetRewindable texts = runner.select(catalog.get("web/document-text"), params);
        String text = texts.hasNext() ? text(texts.next(), "text") : "";
        List<Outline.Row> rows = new ArrayList<>();
        runner.select(catalog.get("clauses"), params).forEachRemaining(s -> rows.add(new Outline.Row(text(s, "path"),
                text(s, "kind"), textOrNull(s, "heading"), integer(s, "start"), text(s, "text"), text(s, "clause"))));
        List<Fact> facts = factReading.of(iri);
        List<Piece> pieces = Highlights.lay(text, facts, starts(iri, rows), DocumentReading::href);
        return new ReaderView(doc, Outline.of(iri, rows), pieces, legend(facts));
    }

    /** Each subdivision's start; the trace link goes to the deepest one starting at a place (the paragraph, not its notice). */
    private static List<Highlights.Start> starts(String docIri, List<Outline.Row> rows) {
        Map<Integer, Integer> deepest = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            deepest.put(rows.get(i).start(), i);
        }
        List<Highlights.Start> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Outline.Row r = rows.get(i);
            boolean traced = deepest.get(r.start()) == i;
            out.add(new Highlights.Start(r.start(), new Piece.Anchor(ReaderLinks.anchor(docIri, r.clause()), r.path(), r.clause(), traced)));
        }
        return out;
    }

    /** A citation opens the cited document, or the stub the citation made of it. */
    static String href(Fact citation) {
        return citation.target() == null ? null : ReaderLinks.document(citation.target());
    }

    /** Each kind with the number of distinct facts of it. */
    private static List<ReaderView.LegendEntry> legend(List<Fact> facts) {
        List<Fact> distinct = facts.stream().distinct().toList();
        return Fact.KIND_ORDER.stream().map(k -> new ReaderView.LegendEntry(k, Fact.label(k),
                distinct.stream().filter(f -> f.kind().equals(k)).count())).toList();
    }
}
