package org.policykg.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;

/** A child is paired with a plan whose title or alternative title is its stub's title once white space is removed. */
class TitlePairsTest {

    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    private final Node child = uri("doc/child");
    private final Node stub = uri("doc/child/stub");
    private final Node parent = uri("doc/parent");
    private final Node notAPlan = uri("doc/other");

    private static Node uri(String local) {
        return NodeFactory.createURI("https://w3id.org/policykg/id/" + local);
    }

    private void add(Node g, Node s, Node p, Node o) {
        dsg.add(g, s, p, o);
    }

    private void store(String stubTitle) {
        add(child, child, RDF.type.asNode(), PKG.PolicyDocument.asNode());
        add(child, child, ELI.ensures_implementation_of.asNode(), stub);
        add(child, stub, ELI.title.asNode(), NodeFactory.createLiteralString(stubTitle));
        add(parent, parent, RDF.type.asNode(), PKG.PolicyDocument.asNode());
        add(parent, parent, ELI.title.asNode(), NodeFactory.createLiteralString("广东省碳达峰实施方案（全文）"));
        add(parent, parent, ELI.title_alternative.asNode(), NodeFactory.createLiteralString("广东省碳达峰实施方案"));
        // same title, but not a stored plan
        add(notAPlan, notAPlan, ELI.title.asNode(), NodeFactory.createLiteralString("广东省碳达峰实施方案"));
    }

    @Test
    void shouldPairByAlternativeTitleWhenOnlyWhiteSpaceDiffers() {
        store("广东省 碳达峰\u3000实施方案");
        TitlePairs pairs = new TitlePairs(dsg);

        assertThat(pairs.parents(child)).containsExactly(parent);
        assertThat(pairs.children(parent)).containsExactly(child);
        assertThat(pairs.children(notAPlan)).isEmpty();
    }

    @Test
    void shouldNotPairWhenTheTitlesDifferInMoreThanWhiteSpace() {
        store("广东省碳达峰行动方案");
        TitlePairs pairs = new TitlePairs(dsg);

        assertThat(pairs.parents(child)).isEmpty();
        assertThat(pairs.children(parent)).isEmpty();
    }
}
