package org.policykg.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/** The findings comparing documents, stored per document in the checks graph, are those the rules find over the store. */
class FamilyChecksTest {

    private static final String DOC = "https://w3id.org/policykg/id/doc/";
    private final QueryCatalog catalog = new QueryCatalog();
    private final KgStore store = ReferenceFixture.storeWithReference();
    private final FamilyChecks checks = new FamilyChecks(catalog);

    @AfterEach
    void close() {
        store.close();
    }

    /** The parent (Guangdong) and the child (Zhanjiang) of a fixture, each in a graph of its own, as ingest stores them. */
    private void storeParentAndChild() {
        Model all = RDFDataMgr.loadModel("rules/child-deadline-after-parent-fire.ttl");
        Model parent = ModelFactory.createDefaultModel();
        Model child = ModelFactory.createDefaultModel();
        all.listStatements().forEach(s -> {
            String subject = s.getSubject().getURI();
            if (!subject.startsWith(DOC + "zj21")) {
                parent.add(s);
            }
            if (!subject.startsWith(DOC + "gd")) {
                child.add(s);
            }
        });
        store.replaceGraph(PKG.GRAPH + "doc/gd", parent);
        store.replaceGraph(PKG.GRAPH + "doc/zj21", child);
    }

    private Set<Node> unchecked() {
        return store.read(ds -> new CheckStore(ds, checks.version()).unchecked());
    }

    @Test
    void shouldReportTheSameFindingsFromTheChecksGraphAsFoundAnewOverTheStore() {
        storeParentAndChild();
        RuleChecker checker = new RuleChecker(catalog, store);
        List<Finding> anew = checker.check().findings();

        int stored = checks.fill(store);
        List<Finding> fromStore = checker.check().findings();

        assertThat(stored).isEqualTo(2);
        assertThat(anew).extracting(Finding::rule).contains("child-deadline-after-parent");
        assertThat(fromStore).containsExactlyElementsOf(anew);
        assertThat(unchecked()).isEmpty();
    }

    @Test
    void shouldFindAgainTheChildsFindingsWhenItsParentChanges() {
        storeParentAndChild();
        checks.fill(store);
        Node child = NodeFactory.createURI(DOC + "zj21");

        Set<Node> touched = store.read(ds -> checks.touchedBy(ds, List.of(DOC + "gd")));
        org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> checks.forget(store.dataset(), touched));

        assertThat(touched).contains(child, NodeFactory.createURI(DOC + "gd"));
        assertThat(unchecked()).contains(child);
        assertThat(checks.fill(store)).isEqualTo(2);
    }

    @Test
    void shouldLeaveTheParentsFindingsWhenOnlyTheChildChanges() {
        storeParentAndChild();

        Set<Node> touched = store.read(ds -> checks.touchedBy(ds, List.of(DOC + "zj21")));

        assertThat(touched).doesNotContain(NodeFactory.createURI(DOC + "gd"));
    }
}
