package org.policykg.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;

/**
 * The third way the rules pair a child plan with a parent: a stub the child implements whose {@code eli:title} equals
 * the parent's title or alternative title once white space is removed ({@code FILTER(REPLACE(?st, "[\\s\\u3000]", "")
 * = REPLACE(?pt, …))}). Evaluated by SPARQL from one document, that filter compares every title of the store; here
 * the store's titles are read once into a map by their key, and each document's pairs are lookups in it.
 */
final class TitlePairs {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]");
    private static final Node TITLE = ELI.title.asNode();
    private static final Node ALTERNATIVE = ELI.title_alternative.asNode();
    private static final Node IMPLEMENTS = ELI.ensures_implementation_of.asNode();
    private static final Node PLAN = PKG.PolicyDocument.asNode();

    private final DatasetGraph dsg;
    /** Key → the nodes with an eli:title of that key (stubs and documents). */
    private final Map<String, Set<Node>> titled = new HashMap<>();
    /** Key → the nodes with an eli:title or eli:title_alternative of that key. */
    private final Map<String, Set<Node>> anyTitle = new HashMap<>();

    TitlePairs(DatasetGraph dsg) {
        this.dsg = dsg;
        dsg.find(Node.ANY, Node.ANY, TITLE, Node.ANY).forEachRemaining(q -> key(q.getObject()).ifPresent(k -> {
            titled.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(q.getSubject());
            anyTitle.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(q.getSubject());
        }));
        dsg.find(Node.ANY, Node.ANY, ALTERNATIVE, Node.ANY).forEachRemaining(q -> key(q.getObject()).ifPresent(k ->
                anyTitle.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(q.getSubject())));
    }

    /** The plans {@code child} is paired with by a stub's title. */
    Set<Node> parents(Node child) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, child, IMPLEMENTS, Node.ANY).forEachRemaining(s ->
                dsg.find(Node.ANY, s.getObject(), TITLE, Node.ANY).forEachRemaining(t -> key(t.getObject()).ifPresent(k ->
                        anyTitle.getOrDefault(k, Set.of()).stream().filter(p -> !p.equals(child) && plan(p)).forEach(out::add))));
        return out;
    }

    /** The documents paired with the plan {@code parent} by a stub's title. */
    Set<Node> children(Node parent) {
        Set<Node> out = new LinkedHashSet<>();
        if (!plan(parent)) {
            return out;
        }
        for (Node p : Set.of(TITLE, ALTERNATIVE)) {
            dsg.find(Node.ANY, parent, p, Node.ANY).forEachRemaining(t -> key(t.getObject()).ifPresent(k ->
                    titled.getOrDefault(k, Set.of()).forEach(stub -> dsg.find(Node.ANY, Node.ANY, IMPLEMENTS, stub)
                            .forEachRemaining(c -> {
                                if (!c.getSubject().equals(parent)) {
                                    out.add(c.getSubject());
                                }
                            }))));
        }
        return out;
    }

    private boolean plan(Node n) {
        return dsg.find(Node.ANY, n, RDF.type.asNode(), PLAN).hasNext();
    }

    /**
     * A title's key as the filter compares it: a string's text without white space, with its language tag (REPLACE
     * keeps it, and = compares it); none for what REPLACE does not take.
     */
    private static Optional<String> key(Node title) {
        if (!title.isLiteral()) {
            return Optional.empty();
        }
        String dt = title.getLiteralDatatypeURI();
        boolean lang = !title.getLiteralLanguage().isEmpty();
        if (!lang && !XSDDatatype.XSDstring.getURI().equals(dt)) {
            return Optional.empty();
        }
        return Optional.of(SPACE.matcher(title.getLiteralLexicalForm()).replaceAll("") + "@" + title.getLiteralLanguage().toLowerCase());
    }
}
