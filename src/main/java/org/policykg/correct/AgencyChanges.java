package org.policykg.correct;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.CORR;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;

/**
 * Corrections of the agency nodes themselves, computed on the extracted graphs: the quads a change replaces (which the
 * corrected view hides) and the same facts rewritten (which the applied graph holds), plus the obligations whose owners
 * it changes (marked as corrected). {@code merge-agency}: every link to or from the merged node becomes the kept node's,
 * its labels become the kept node's aliases (the kept node keeps its own place). {@code split-alias}: the role
 * assignments written as the alias, and their obligations' links in those roles, move to a node of the new name.
 * A body's literal values are hidden per graph and property, so all its aliases are replaced and the ones kept re-added.
 */
final class AgencyChanges {

    private static final Set<Node> ROLES = Set.of(PKG.lead.asNode(), PKG.support.asNode(), PKG.responsible.asNode(),
            PKG.recipient.asNode());

    /** What one correction of an agency does now. */
    record Change(List<Quad> replaced, List<Triple> replacements, Set<Node> obligations) {}

    private AgencyChanges() {
    }

    static Change of(DatasetGraph dsg, Correction c) {
        return of(dsg, c.field(), c.doc(), c.anchorText(), c.after().isEmpty() ? "" : c.after().get(0));
    }

    /**
     * {@code agency}: the node merged away, or the node an alias is split off; {@code alias}: the form split off;
     * {@code into}: the label of the node kept, or of the new node.
     */
    static Change of(DatasetGraph dsg, Field field, String agency, String alias, String into) {
        Node from = NodeFactory.createURI(agency);
        Node to = NodeFactory.createURI(Iris.agency(into));
        Change change = new Change(new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>());
        if (field == Field.MERGE_AGENCY) {
            merge(dsg, from, to, into, change);
        } else if (field == Field.SPLIT_ALIAS) {
            split(dsg, from, to, alias, into, change);
        }
        if (!change.replaced().isEmpty() && !stored(dsg, to)) {
            // the node kept is named by no stored document (any more), or the new node is new: it is made here
            dsg.find(Node.ANY, from, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> change.replacements().add(Triple.create(to, q.getPredicate(), q.getObject())));
            change.replacements().add(Triple.create(to, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(into)));
        }
        return change;
    }

    private static void merge(DatasetGraph dsg, Node from, Node to, String into, Change change) {
        if (!stored(dsg, from)) {
            return;
        }
        boolean placed = dsg.find(Node.ANY, to, PKG.jurisdiction.asNode(), Node.ANY).hasNext();
        each(dsg, from, Node.ANY, Node.ANY, q -> {
            change.replaced().add(q);
            Node p = q.getPredicate();
            boolean label = p.equals(SKOS.prefLabel.asNode()) || p.equals(SKOS.altLabel.asNode());
            if (label && !q.getObject().getLiteralLexicalForm().equals(into)) {
                change.replacements().add(Triple.create(to, SKOS.altLabel.asNode(), q.getObject()));
            } else if (!label && !p.equals(RDF.type.asNode()) && !(placed && p.equals(PKG.jurisdiction.asNode()))) {
                change.replacements().add(Triple.create(to, p, q.getObject()));
            }
        });
        each(dsg, Node.ANY, Node.ANY, from, q -> {
            change.replaced().add(q);
            change.replacements().add(Triple.create(q.getSubject(), q.getPredicate(), to));
            if (ROLES.contains(q.getPredicate())) {
                change.obligations().add(q.getSubject());
            }
        });
    }

    private static void split(DatasetGraph dsg, Node from, Node to, String alias, String into, Change change) {
        Node written = NodeFactory.createLiteralString(alias);
        Set<Quad> links = new LinkedHashSet<>();
        each(dsg, Node.ANY, PKG.agent.asNode(), from, q -> {
            if (dsg.contains(q.getGraph(), q.getSubject(), PKG.text.asNode(), written)) {
                change.replaced().add(q);
                change.replacements().add(Triple.create(q.getSubject(), PKG.agent.asNode(), to));
                Node role = NodeFactory.createURI(PKG.NS + roleOf(dsg, q.getGraph(), q.getSubject()));
                dsg.find(q.getGraph(), Node.ANY, PKG.assignment.asNode(), q.getSubject())
                        .forEachRemaining(o -> links.add(Quad.create(q.getGraph(), o.getSubject(), role, from)));
            }
        });
        if (change.replaced().isEmpty()) {
            return;
        }
        for (Quad link : links) {
            change.obligations().add(link.getSubject());
            change.replacements().add(Triple.create(link.getSubject(), link.getPredicate(), to));
            if (dsg.contains(link) && !keepsAnother(dsg, link, written)) {
                change.replaced().add(link);
            }
        }
        each(dsg, from, SKOS.altLabel.asNode(), Node.ANY, q -> {
            change.replaced().add(q);
            boolean moved = q.getObject().equals(written);
            if (!moved || !alias.equals(into)) {
                change.replacements().add(Triple.create(moved ? to : from, SKOS.altLabel.asNode(), q.getObject()));
            }
        });
    }

    /** Whether the obligation still names the agency in that role under another form: then its link stays. */
    private static boolean keepsAnother(DatasetGraph dsg, Quad link, Node written) {
        var it = dsg.find(link.getGraph(), link.getSubject(), PKG.assignment.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node a = it.next().getObject();
            if (dsg.contains(link.getGraph(), a, PKG.agent.asNode(), link.getObject())
                    && !dsg.contains(link.getGraph(), a, PKG.text.asNode(), written)
                    && link.getPredicate().getURI().equals(PKG.NS + roleOf(dsg, link.getGraph(), a))) {
                return true;
            }
        }
        return false;
    }

    /** The role of an assignment, as the local name of its property (lead, support, responsible, recipient). */
    private static String roleOf(DatasetGraph dsg, Node g, Node assignment) {
        var it = dsg.find(g, assignment, PKG.role.asNode(), Node.ANY);
        if (!it.hasNext()) {
            return "";
        }
        String role = it.next().getObject().getURI();
        return role.substring(role.lastIndexOf('/') + 1);
    }

    /** Writes a change into the applied graph: the rewritten facts, and each obligation it changed marked. */
    static void apply(Change change, Model applied, org.apache.jena.rdf.model.Resource corr) {
        change.replacements().forEach(applied.getGraph()::add);
        change.obligations().forEach(o -> applied.getGraph().add(Triple.create(o, CORR.correctedBy.asNode(), corr.asNode())));
    }

    /**
     * After the corrections are applied: what other corrections of the applied graph say of the merged node (a lead set
     * to it) is said of the kept one.
     */
    static void renamed(Model applied, Correction merge) {
        org.apache.jena.graph.Graph g = applied.getGraph();
        Node from = NodeFactory.createURI(merge.doc());
        Node to = NodeFactory.createURI(Iris.agency(merge.after().get(0)));
        for (Triple t : g.find(Node.ANY, Node.ANY, from).toList()) {
            if (t.getPredicate().equals(CORR.appliesTo.asNode())) {
                continue;
            }
            g.delete(t);
            g.add(Triple.create(t.getSubject(), t.getPredicate(), to));
        }
        g.find(from, Node.ANY, Node.ANY).toList().forEach(g::delete);
    }

    /** Whether a node is typed in a graph other than the correction graphs: an agency the documents still name. */
    static boolean stored(DatasetGraph dsg, Node node) {
        var it = dsg.find(Node.ANY, node, RDF.type.asNode(), Node.ANY);
        while (it.hasNext()) {
            if (extracted(it.next().getGraph())) {
                return true;
            }
        }
        return false;
    }

    /** A graph of extracted facts: neither a correction graph, nor the default or union graph. */
    static boolean extracted(Node g) {
        return !g.getURI().equals(CORR.APPLIED_GRAPH) && !g.getURI().equals(CORR.GRAPH) && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g);
    }

    private static void each(DatasetGraph dsg, Node s, Node p, Node o, java.util.function.Consumer<Quad> action) {
        dsg.find(Node.ANY, s, p, o).forEachRemaining(q -> {
            if (extracted(q.getGraph())) {
                action.accept(q);
            }
        });
    }
}
