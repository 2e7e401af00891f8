package org.policykg.lookup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.ELI;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.summary.GraphSizes;

/**
 * The keys by which the parameterised lookups find a name or a title without reading every label or title of the
 * store, kept in graph {@link PKG#LOOKUP_GRAPH}: each stored name (skos:prefLabel, skos:altLabel) under every two
 * consecutive characters of it (obligations-of-agency, known-agency), and each titled node under its title without
 * white space (citations-of). The keys only narrow the candidates: the queries still test the stored names and titles
 * themselves, so a key left behind by a removed document changes no answer, and the keys are only ever added. The
 * cross-document pass adds those of the documents it processes; a store without them gets them all from the next
 * pass (policykg link).
 */
public final class LookupKeys {

    /** Bumped when the keys change meaning: a store whose keys have another version has them rebuilt. */
    static final long VERSION = 1;
    static final Node GRAPH = NodeFactory.createURI(PKG.LOOKUP_GRAPH);
    private static final Node VERSION_NODE = NodeFactory.createLiteralDT(Long.toString(VERSION), XSDDatatype.XSDinteger);
    private static final List<Node> NAMES = List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());
    private static final List<Node> TITLES = List.of(ELI.title.asNode(), ELI.title_alternative.asNode());
    /** Java's \s holds every character XPath's does: titles equal without XPath's white space have equal keys. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]");

    private LookupKeys() {
    }

    /** Whether the store's keys are missing or of another version: call in a transaction. */
    public static boolean missing(DatasetGraph dsg) {
        return !dsg.contains(GRAPH, GRAPH, PKG.lookupVersion.asNode(), VERSION_NODE);
    }

    /**
     * Adds the keys of the graphs of {@code docs} (document IRIs) and of the links graph; every key of the store when
     * they are missing. Returns how many names and titles were keyed. Call in a write transaction.
     */
    public static int update(DatasetGraph dsg, Collection<String> docs) {
        if (missing(dsg)) {
            return rebuild(dsg);
        }
        Set<Node> graphs = new LinkedHashSet<>();
        graphs.add(NodeFactory.createURI(PKG.LINKS_GRAPH));
        for (String doc : docs) {
            dsg.find(Node.ANY, NodeFactory.createURI(doc), RDF.type.asNode(), PKG.PolicyDocument.asNode())
                    .forEachRemaining(q -> graphs.add(q.getGraph()));
        }
        return graphs.stream().mapToInt(g -> add(dsg, g)).sum();
    }

    /** Every key computed afresh, from every graph of the store, into an emptied graph. Call in a write transaction. */
    public static int rebuild(DatasetGraph dsg) {
        clear(dsg);
        int n = add(dsg, Node.ANY);
        GraphSizes.add(dsg, GRAPH, GRAPH, PKG.lookupVersion.asNode(), VERSION_NODE);
        return n;
    }

    /** Empties the keys: the next pass that completes rebuilds them (the full pass, a repair, calls it). */
    public static void clear(DatasetGraph dsg) {
        GraphSizes.clear(dsg, GRAPH);
    }

    /** A title's key: the title without white space. */
    static String titleKey(String title) {
        return SPACE.matcher(title).replaceAll("");
    }

    /** The two-character grams of a name, by code point; a name of one character has none (its lookups read every name). */
    static Set<String> grams(String name) {
        int[] cps = name.codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    private static int add(DatasetGraph dsg, Node graph) {
        Set<Node> names = new LinkedHashSet<>();
        Set<Quad> titles = new LinkedHashSet<>();
        NAMES.forEach(p -> dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral() && !q.getGraph().equals(GRAPH)) {
                names.add(q.getObject());
            }
        }));
        TITLES.forEach(p -> dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getObject().isLiteral() && !q.getGraph().equals(GRAPH)) {
                titles.add(q);
            }
        }));
        List<Triple> keys = new ArrayList<>();
        names.forEach(name -> {
            Node key = NodeFactory.createURI(Iris.name(name.getLiteralLexicalForm(), name.getLiteralLanguage()));
            keys.add(Triple.create(key, PKG.keyedName.asNode(), name));
            grams(name.getLiteralLexicalForm()).forEach(g -> keys.add(Triple.create(key, PKG.nameGram.asNode(), NodeFactory.createLiteralString(g))));
        });
        titles.forEach(t -> keys.add(Triple.create(t.getSubject(), PKG.titleKey.asNode(),
                NodeFactory.createLiteralString(titleKey(t.getObject().getLiteralLexicalForm())))));
        GraphSizes.addAll(dsg, GRAPH, keys);
        return names.size() + titles.size();
    }
}
