package org.policykg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.policykg.rdf.MappedDocument;
import org.policykg.rdf.PKG;
import org.policykg.rdf.PROV;
import org.policykg.store.KgStore;
import org.policykg.summary.GraphSizes;
import org.policykg.summary.SummaryKeys;

/**
 * What the cross-document pass has still to do, kept in graph {@link PKG#LINK_STATE_GRAPH} so that it survives a
 * crash. Every call that stores documents takes the next generation number ({@code pkg:linkGeneration} of the graph
 * itself) and marks them {@code doc pkg:linkPending generation}, in the transaction that stores them. Every document
 * with clause alignments records the batch they came from, a hash of that batch's input and the generation the pass
 * that aligned it had reached ({@code pkg:alignmentBatch}, {@code pkg:alignmentInput}, {@code pkg:linkGeneration}):
 * a pass aligns again only the batches whose input changed or that hold a document pending since, and a pass killed
 * halfway resumes after the batches it committed. All lookups go through the store's indexes.
 */
public final class LinkState {

    static final Node GRAPH = NodeFactory.createURI(PKG.LINK_STATE_GRAPH);
    static final Node LINKS = NodeFactory.createURI(PKG.LINKS_GRAPH);
    private static final Node PENDING = PKG.linkPending.asNode();
    private static final Node BATCH = PKG.alignmentBatch.asNode();
    private static final Node INPUT = PKG.alignmentInput.asNode();
    private static final Node GENERATION = PKG.linkGeneration.asNode();

    /** The batch a document's stored alignments came from, the hash of that batch's input, and the generation. */
    record Mark(String batch, String input, long generation) {}

    private LinkState() {
    }

    /**
     * Stores documents as {@link KgStore#replaceAll} does and, in the same transaction, marks them pending and drops
     * the alignments of the clauses of the graphs they replace and records the bodies those graphs name for the
     * summaries (both are known only while those graphs exist). A crash then leaves either the documents with their marks, or neither.
     */
    public static void replace(KgStore store, List<MappedDocument> docs) {
        Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            long generation = next(dsg);
            for (MappedDocument doc : docs) {
                for (String g : store.graphsReplacedBy(doc)) {
                    List<Quad> clauses = new ArrayList<>();
                    dsg.find(NodeFactory.createURI(g), Node.ANY, PKG.inDocument.asNode(), Node.ANY).forEachRemaining(clauses::add);
                    clauses.forEach(q -> dropAlignments(dsg, q.getSubject()));
                    SummaryKeys.stale(dsg, g);
                }
                setPending(dsg, NodeFactory.createURI(doc.documentIri()), generation);
            }
            store.replaceAll(docs);
        });
    }

    /** How many documents were stored since the last pass finished: after a crash, those it left undone. */
    public static int pendingCount(KgStore store) {
        return store.read(ds -> pending(ds.asDatasetGraph()).size());
    }

    /** The documents stored since the last pass finished, with the generation each was stored in. */
    static Map<String, Long> pending(DatasetGraph dsg) {
        Map<String, Long> docs = new LinkedHashMap<>();
        dsg.find(GRAPH, Node.ANY, PENDING, Node.ANY).forEachRemaining(q -> docs.put(q.getSubject().getURI(), number(q.getObject())));
        return docs;
    }

    /** Marks every stored document pending in a new generation: a full pass is the pass over all of them. */
    static void allPending(DatasetGraph dsg, Collection<String> docs) {
        long generation = next(dsg);
        docs.forEach(d -> setPending(dsg, NodeFactory.createURI(d), generation));
    }

    /** The generation reached so far: a pass that starts now covers every document pending up to it. */
    static long generation(DatasetGraph dsg) {
        var it = dsg.find(GRAPH, GRAPH, GENERATION, Node.ANY);
        return it.hasNext() ? number(it.next().getObject()) : 0;
    }

    /** Clears the pending marks of documents stored up to {@code generation}; later ones wait for the next pass. */
    static void done(DatasetGraph dsg, Map<String, Long> pending, long generation) {
        pending.forEach((d, g) -> {
            if (g <= generation) {
                GraphSizes.deleteAll(dsg, GRAPH, List.of(Triple.create(NodeFactory.createURI(d), PENDING, integer(g))));
            }
        });
    }

    /** Each document's mark, by document IRI. */
    static Map<String, Mark> marks(DatasetGraph dsg) {
        Map<String, String> batches = new HashMap<>();
        Map<String, Long> generations = new HashMap<>();
        dsg.find(GRAPH, Node.ANY, BATCH, Node.ANY).forEachRemaining(q -> batches.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
        dsg.find(GRAPH, Node.ANY, GENERATION, Node.ANY).forEachRemaining(q -> generations.put(q.getSubject().getURI(), number(q.getObject())));
        Map<String, Mark> marks = new HashMap<>();
        dsg.find(GRAPH, Node.ANY, INPUT, Node.ANY).forEachRemaining(q -> {
            String doc = q.getSubject().getURI();
            marks.put(doc, new Mark(batches.get(doc), q.getObject().getLiteralLexicalForm(), generations.getOrDefault(doc, 0L)));
        });
        return marks;
    }

    static void mark(DatasetGraph dsg, String doc, Mark mark) {
        Node d = NodeFactory.createURI(doc);
        unmark(dsg, doc);
        GraphSizes.addAll(dsg, GRAPH, List.of(Triple.create(d, BATCH, NodeFactory.createLiteralString(mark.batch())),
                Triple.create(d, INPUT, NodeFactory.createLiteralString(mark.input())), Triple.create(d, GENERATION, integer(mark.generation()))));
    }

    static void unmark(DatasetGraph dsg, String doc) {
        Node d = NodeFactory.createURI(doc);
        GraphSizes.deleteAny(dsg, GRAPH, d, BATCH, Node.ANY);
        GraphSizes.deleteAny(dsg, GRAPH, d, INPUT, Node.ANY);
        GraphSizes.deleteAny(dsg, GRAPH, d, GENERATION, Node.ANY);
    }

    /** The alignment triples whose lower clause is {@code clause}: its derivations, their nodes, and the direct edges. */
    static List<Quad> alignmentsOf(DatasetGraph dsg, Node clause) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(LINKS, clause, PROV.qualifiedDerivation.asNode(), Node.ANY).forEachRemaining(q -> {
            quads.add(q);
            dsg.find(LINKS, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(quads::add);
        });
        dsg.find(LINKS, clause, PKG.alignedWith.asNode(), Node.ANY).forEachRemaining(quads::add);
        return quads;
    }

    private static void dropAlignments(DatasetGraph dsg, Node clause) {
        GraphSizes.deleteQuads(dsg, LINKS, alignmentsOf(dsg, clause));
    }

    private static long next(DatasetGraph dsg) {
        long generation = generation(dsg) + 1;
        GraphSizes.deleteAny(dsg, GRAPH, GRAPH, GENERATION, Node.ANY);
        GraphSizes.add(dsg, GRAPH, GRAPH, GENERATION, integer(generation));
        return generation;
    }

    private static void setPending(DatasetGraph dsg, Node doc, long generation) {
        GraphSizes.deleteAny(dsg, GRAPH, doc, PENDING, Node.ANY);
        GraphSizes.add(dsg, GRAPH, doc, PENDING, integer(generation));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static long number(Node literal) {
        return Long.parseLong(literal.getLiteralLexicalForm());
    }
}
