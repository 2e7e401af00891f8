package org.policykg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.policykg.rdf.MappedDocument;
import org.policykg.rdf.PKG;
import org.policykg.rdf.PROV;
import org.policykg.store.KgStore;

/**
 * What the cross-document pass has still to do, kept in graph {@link PKG#LINK_STATE_GRAPH} so that it survives a
 * crash: {@code doc pkg:linkPending true} for every document stored since the last pass, written in the transaction
 * that stores it; and, for every document with clause alignments, the batch they came from and a hash of that
 * batch's input ({@code pkg:alignmentBatch}, {@code pkg:alignmentInput}), so that a pass aligns again only the
 * batches whose input changed. All lookups go through the store's indexes.
 */
public final class LinkState {

    static final Node GRAPH = NodeFactory.createURI(PKG.LINK_STATE_GRAPH);
    static final Node LINKS = NodeFactory.createURI(PKG.LINKS_GRAPH);
    private static final Node PENDING = PKG.linkPending.asNode();
    private static final Node BATCH = PKG.alignmentBatch.asNode();
    private static final Node INPUT = PKG.alignmentInput.asNode();
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    /** The batch a document's stored alignments came from, and the hash of that batch's input. */
    record Mark(String batch, String input) {}

    private LinkState() {
    }

    /**
     * Stores documents as {@link KgStore#replaceAll} does and, in the same transaction, marks them pending and drops
     * the alignments of the clauses of the graphs they replace (their clause IRIs are known only while those graphs
     * exist). A crash then leaves either the documents with their marks, or neither.
     */
    public static void replace(KgStore store, List<MappedDocument> docs) {
        Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            for (MappedDocument doc : docs) {
                for (String g : store.graphsReplacedBy(doc)) {
                    List<Quad> clauses = new ArrayList<>();
                    dsg.find(NodeFactory.createURI(g), Node.ANY, PKG.inDocument.asNode(), Node.ANY).forEachRemaining(clauses::add);
                    clauses.forEach(q -> dropAlignments(dsg, q.getSubject()));
                }
                dsg.add(GRAPH, NodeFactory.createURI(doc.documentIri()), PENDING, TRUE);
            }
            store.replaceAll(docs);
        });
    }

    /** How many documents were stored since the last pass finished: after a crash, those it left undone. */
    public static int pendingCount(KgStore store) {
        return store.read(ds -> pending(ds.asDatasetGraph()).size());
    }

    /** The documents stored since the last pass finished. */
    static Set<String> pending(DatasetGraph dsg) {
        Set<String> docs = new LinkedHashSet<>();
        dsg.find(GRAPH, Node.ANY, PENDING, Node.ANY).forEachRemaining(q -> docs.add(q.getSubject().getURI()));
        return docs;
    }

    static void done(DatasetGraph dsg, Set<String> docs) {
        docs.forEach(d -> dsg.delete(GRAPH, NodeFactory.createURI(d), PENDING, TRUE));
    }

    /** Each document's mark, by document IRI. */
    static Map<String, Mark> marks(DatasetGraph dsg) {
        Map<String, String> batches = new HashMap<>();
        dsg.find(GRAPH, Node.ANY, BATCH, Node.ANY).forEachRemaining(q -> batches.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
        Map<String, Mark> marks = new HashMap<>();
        dsg.find(GRAPH, Node.ANY, INPUT, Node.ANY).forEachRemaining(q -> {
            String doc = q.getSubject().getURI();
            marks.put(doc, new Mark(batches.get(doc), q.getObject().getLiteralLexicalForm()));
        });
        return marks;
    }

    static void mark(DatasetGraph dsg, String doc, Mark mark) {
        Node d = NodeFactory.createURI(doc);
        unmark(dsg, doc);
        dsg.add(GRAPH, d, BATCH, NodeFactory.createLiteralString(mark.batch()));
        dsg.add(GRAPH, d, INPUT, NodeFactory.createLiteralString(mark.input()));
    }

    static void unmark(DatasetGraph dsg, String doc) {
        Node d = NodeFactory.createURI(doc);
        dsg.deleteAny(GRAPH, d, BATCH, Node.ANY);
        dsg.deleteAny(GRAPH, d, INPUT, Node.ANY);
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
        alignmentsOf(dsg, clause).forEach(dsg::delete);
    }
}
