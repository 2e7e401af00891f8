package org.policykg.correct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;

/**
 * Reads the extracted facts that corrections are placed on, straight from a document's graph by index lookups: they
 * never go through SPARQL, so the corrected view (which hides some of them from queries) does not hide them here.
 */
final class StoredFacts {

    private StoredFacts() {
    }

    /** The named graph holding a document, if it is stored. */
    static Optional<Node> graphOf(DatasetGraph dsg, String doc) {
        var it = dsg.find(Node.ANY, NodeFactory.createURI(doc), RDF.type.asNode(), PKG.PolicyDocument.asNode());
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.isDefaultGraph() && !q.isUnionGraph()) {
                return Optional.of(q.getGraph());
            }
        }
        return Optional.empty();
    }

    /** The path a document field is corrected at: the document itself, no clause. */
    static final String DOCUMENT_PATH = "-";

    /**
     * What fields of {@code subject} can be corrected on in a document: its obligations, thresholds or clauses, in document
     * order, each numbered within its clause; or the document itself (at path {@value #DOCUMENT_PATH}, its title as text).
     */
    static List<Target> targets(DatasetGraph dsg, String doc, Field.Subject subject) {
        Optional<Node> graph = graphOf(dsg, doc);
        if (graph.isEmpty()) {
            return List.of();
        }
        Node g = graph.get();
        Node d = NodeFactory.createURI(doc);
        if (subject == Field.Subject.DOCUMENT) {
            return List.of(new Target(doc, doc, DOCUMENT_PATH, 1, text(one(dsg, g, d, ELI.title)), 0, 0, g.getURI()));
        }
        List<Target> raw = new ArrayList<>();
        if (subject == Field.Subject.CLAUSE) {
            dsg.find(g, Node.ANY, PKG.inDocument.asNode(), d).forEachRemaining(q -> {
                Node n = q.getSubject();
                if (dsg.contains(g, n, PKG.path.asNode(), Node.ANY)) {
                    raw.add(target(dsg, g, n, n, RDF.value));
                }
            });
        } else if (subject == Field.Subject.OBLIGATION) {
            dsg.find(g, Node.ANY, PKG.inDocument.asNode(), d).forEachRemaining(q -> {
                Node o = q.getSubject();
                if (dsg.contains(g, o, RDF.type.asNode(), PKG.Obligation.asNode())) {
                    raw.add(target(dsg, g, o, one(dsg, g, o, PKG.sourceClause), RDF.value));
                }
            });
        } else {
            dsg.find(g, Node.ANY, RDF.type.asNode(), PKG.Threshold.asNode())
                    .forEachRemaining(q -> raw.add(target(dsg, g, q.getSubject(), one(dsg, g, q.getSubject(), PKG.inClause), PKG.text)));
        }
        raw.sort(Comparator.comparingInt(Target::start).thenComparing(Target::obligation));
        Map<String, Integer> counts = new HashMap<>();
        return raw.stream().map(t -> new Target(t.obligation(), t.clause(), t.path(), counts.merge(t.clause(), 1, Integer::sum),
                t.text(), t.start(), t.end(), t.graph())).toList();
    }

    private static Target target(DatasetGraph dsg, Node g, Node fact, Node clause, Property text) {
        return new Target(fact.getURI(), clause.getURI(), text(one(dsg, g, clause, PKG.path)), 0, text(one(dsg, g, fact, text)),
                integer(one(dsg, g, fact, PKG.start)), integer(one(dsg, g, fact, PKG.end)), g.getURI());
    }

    /** A field's values on an obligation as the parser read them: body labels in text order, or due dates. */
    static List<String> extracted(DatasetGraph dsg, Target t, Field field) {
        Node g = NodeFactory.createURI(t.graph());
        Node o = NodeFactory.createURI(t.obligation());
        for (Property p : field.replaces()) {
            List<String> values = values(dsg, g, o, p, field);
            if (!values.isEmpty()) {
                return values;
            }
        }
        return List.of();
    }

    private static List<String> values(DatasetGraph dsg, Node g, Node o, Property p, Field field) {
        List<Map.Entry<Integer, String>> found = new ArrayList<>();
        dsg.find(g, o, p.asNode(), Node.ANY).forEachRemaining(q -> {
            Node value = q.getObject();
            if (field == Field.LEVEL && value.isURI() && org.policykg.rdf.Iris.levelOf(value.getURI()) != null) {
                found.add(Map.entry(0, org.policykg.rdf.Iris.levelOf(value.getURI()).notation()));
                return;
            }
            Node shown = value.isLiteral() ? value : field == Field.DEADLINE ? first(dsg, g, value, PKG.due, PKG.text)
                    : field == Field.JURISDICTION ? first(dsg, Node.ANY, value, RDFS.label, null) : first(dsg, g, value, SKOS.prefLabel, null);
            Node start = field == Field.DEADLINE && !value.isLiteral() ? first(dsg, g, value, PKG.start, null) : null;
            if (shown != null) {
                found.add(Map.entry(start == null ? 0 : integer(start), text(shown)));
            }
        });
        return found.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).distinct().toList();
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Property p, Property orElse) {
        var it = dsg.find(g, s, p.asNode(), Node.ANY);
        if (it.hasNext()) {
            return it.next().getObject();
        }
        return orElse == null ? null : first(dsg, g, s, orElse, null);
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Property p) {
        Node n = first(dsg, g, s, p, null);
        if (n == null) {
            throw new IllegalStateException(s + " has no " + p.getLocalName() + " in " + g);
        }
        return n;
    }

    private static String text(Node n) {
        return n.getLiteralLexicalForm();
    }

    private static int integer(Node n) {
        return Integer.parseInt(n.getLiteralLexicalForm());
    }
}
