package org.policykg.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policykg.store.KgStore;

/** Stored findings read back by index lookups: every field, and only those stored under the version asked for. */
class StoredFindingsTest {

    private static final String DOC = "https://w3id.org/policykg/id/doc/";
    private static final Rule RULE = new Rule("recipient-level", "Recipient level", Severity.WARNING, "", Rule.Scope.FAMILY, null);
    private final KgStore store = KgStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    private void put(String version, Node doc, List<RuleRow> rows) {
        Txn.executeWrite(store.dataset(), () -> new CheckStore(store.dataset(), version).put(doc, rows));
    }

    @Test
    void shouldReadBackEveryFieldOfTheFindingsStoredUnderTheVersionAskedFor() {
        Node a = NodeFactory.createURI(DOC + "a");
        Node b = NodeFactory.createURI(DOC + "b");
        put("v1", a, List.of(
                new RuleRow(RULE, Severity.ERROR, DOC + "a/o1", a.getURI(), DOC + "a/c1", "reports upward"),
                new RuleRow(RULE, Severity.INFO, "", a.getURI(), "", "no focus, no clause")));
        put("v0", b, List.of(new RuleRow(RULE, Severity.WARNING, DOC + "b/o1", b.getURI(), "", "stale")));

        List<StoredFindings.Row> rows = store.read(ds -> new CheckStore(ds, "v1").rows());

        assertThat(rows).containsExactlyInAnyOrder(
                new StoredFindings.Row("recipient-level", "error", DOC + "a/o1", a.getURI(), DOC + "a/c1", "reports upward"),
                new StoredFindings.Row("recipient-level", "info", "", a.getURI(), "", "no focus, no clause"));
    }
}
