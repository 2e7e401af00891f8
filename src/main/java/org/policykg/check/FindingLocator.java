package org.policykg.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;

/**
 * Places a finding in its document for the report: the document's title, the clause's outline path, and an
 * excerpt of the clause text around the focus (by the focus's code-point span when it has one).
 */
final class FindingLocator {

    private static final int BEFORE = 15;
    private static final int AFTER = 45;
    private static final int PLAIN = 60;

    private final Model union;
    /** Titles and clause texts by IRI: a check places tens of thousands of findings in a few documents' clauses each. */
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, ClauseText> clauses = new HashMap<>();

    private record ClauseText(String path, String text, Integer start) {}

    FindingLocator(Model union) {
        this.union = union;
    }

    Finding locate(String rule, String title, Severity severity, String focus, String doc, String clause, String message) {
        Resource f = focus.isEmpty() ? null : union.createResource(focus);
        Resource c = clause.isEmpty() ? clauseOf(f) : union.createResource(clause);
        String docIri = doc.isEmpty() ? documentOf(f, c) : doc;
        String docTitle = docIri.isEmpty() ? "" : titles.computeIfAbsent(docIri, d -> text(union.createResource(d), ELI.title));
        ClauseText ct = c == null ? null : clauses.computeIfAbsent(c.getURI(),
                u -> new ClauseText(text(c, PKG.path), text(c, RDF.value), integer(c, PKG.start)));
        return new Finding(rule, title, severity, focus, docIri, docTitle, c == null ? "" : c.getURI(),
                c == null ? "" : ct.path(), c == null ? "" : excerpt(ct, f), message);
    }

    /** The subdivision a fact was read from, or the focus itself when it is one. */
    private Resource clauseOf(Resource focus) {
        if (focus == null) {
            return null;
        }
        if (focus.hasProperty(PKG.path)) {
            return focus;
        }
        return uri(focus, PKG.inClause).or(() -> uri(focus, PKG.sourceClause)).map(union::createResource).orElse(null);
    }

    private String documentOf(Resource focus, Resource clause) {
        if (clause != null) {
            return uri(clause, PKG.inDocument).orElse("");
        }
        if (focus == null) {
            return "";
        }
        return focus.hasProperty(RDF.type, PKG.PolicyDocument) ? focus.getURI() : uri(focus, PKG.inDocument).orElse("");
    }

    private String excerpt(ClauseText clause, Resource focus) {
        int[] cps = clause.text().codePoints().toArray();
        int from = 0;
        int to = Math.min(cps.length, PLAIN);
        Integer clauseStart = clause.start();
        Integer start = focus == null ? null : integer(focus, PKG.start);
        Integer end = focus == null ? null : integer(focus, PKG.end);
        if (clauseStart != null && start != null && end != null && start >= clauseStart && end - clauseStart <= cps.length) {
            from = Math.max(0, start - clauseStart - BEFORE);
            to = Math.min(cps.length, Math.min(end, start + PLAIN) - clauseStart + AFTER);
        }
        String cut = new String(cps, from, Math.max(0, to - from)).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + cut + (to < cps.length ? "…" : "");
    }

    private Optional<String> uri(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isURIResource() ? Optional.of(s.getResource().getURI()) : Optional.empty();
    }

    private static String text(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? s.getString() : "";
    }

    private static Integer integer(Resource r, Property p) {
        Statement s = r.getProperty(p);
        RDFNode o = s == null ? null : s.getObject();
        return o != null && o.isLiteral() && o.asLiteral().getValue() instanceof Number n ? n.intValue() : null;
    }
}
