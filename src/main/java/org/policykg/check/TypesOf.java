package org.policykg.check;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * The types another graph gives a node, asked by node only: {@code find(node, rdf:type, ?)} answers, every other
 * pattern is empty. Beside the shared graphs, it lets the shapes' {@code sh:class} see a document's node typed in its
 * document graph, without making that node a target of the shapes ({@code find(?, rdf:type, class)} finds nothing).
 */
final class TypesOf extends GraphBase {

    private final Graph source;

    TypesOf(Graph source) {
        this.source = source;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        Node p = pattern.getPredicate();
        if (!s.isConcrete() || !(p.equals(RDF.type.asNode()) || p.equals(Node.ANY))) {
            return NullIterator.instance();
        }
        return source.find(s, RDF.type.asNode(), pattern.getObject());
    }
}
