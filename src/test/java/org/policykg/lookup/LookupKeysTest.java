package org.policykg.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.SyntheticCorpus;
import org.policykg.link.StoreWrites;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/**
 * The lookups that find names and titles through the lookup keys (obligations-of-agency, known-agency, citations-of)
 * against the same queries on the store without its keys (where they read every name and title, as before the keys):
 * equal after an ingest, after a document is stored again changed, after one is replaced by a document of another
 * identity (the old one removed), and after the full pass, which builds the keys afresh; every stored name is keyed.
 */
class LookupKeysTest {

    @TempDir
    Path dir;

    @Test
    void shouldAnswerAsWithoutKeysWhenDocumentsAreIngestedChangedAndRemoved() throws IOException {
        SyntheticCorpus.write(6, 11, dir);
        try (KgStore store = ReferenceFixture.storeWithReference()) {
            StoreWrites.everyKind(store, StoreWrites.files(dir), 4, LookupKeysTest::assertKeyedEqualsUnkeyed);
        }
    }

    @Test
    void shouldGramANameByCodePointsWhenItIsLongerThanOneCharacter() {
        assertThat(LookupKeys.grams("工信局")).containsExactly("工信", "信局");
        assertThat(LookupKeys.grams("局")).isEmpty();
        assertThat(LookupKeys.titleKey("关于 印发\u3000方案的通知")).isEqualTo("关于印发方案的通知");
    }

    private static void assertKeyedEqualsUnkeyed(KgStore store) {
        assertThat(store.<Boolean>read(ds -> LookupKeys.missing(ds.asDatasetGraph()))).isFalse();
        assertThat(values(store, Node.ANY, SKOS.prefLabel.asNode())).isNotEmpty()
                .isSubsetOf(values(store, LookupKeys.GRAPH, PKG.keyedName.asNode()));
        List<Map<String, Node>> lookups = new ArrayList<>();
        for (String part : parts(store)) {
            lookups.add(Map.of("agency", NodeFactory.createLiteralString(part)));
        }
        int answered = 0;
        for (Map<String, Node> p : lookups) {
            List<String> keyed = store.read(ds -> select(ds, "obligations-of-agency", p));
            assertThat(keyed).as("%s", p).isEqualTo(unkeyed(store, "obligations-of-agency", p));
            Map<String, Node> name = Map.of("name", p.get("agency"));
            assertThat(store.<List<String>>read(ds -> select(ds, "known-agency", name))).isEqualTo(unkeyed(store, "known-agency", name));
            answered += keyed.isEmpty() ? 0 : 1;
        }
        assertThat(answered).isPositive();
        for (Node doc : documents(store)) {
            Map<String, Node> p = Map.of("doc", doc);
            assertThat(store.<List<String>>read(ds -> select(ds, "citations-of", p))).as("%s", doc).isEqualTo(unkeyed(store, "citations-of", p));
        }
    }

    private static Set<String> values(KgStore store, Node graph, Node property) {
        return store.read(ds -> {
            Set<String> all = new LinkedHashSet<>();
            ds.asDatasetGraph().find(graph, Node.ANY, property, Node.ANY).forEachRemaining(q -> all.add(q.getObject().getLiteralLexicalForm()));
            return all;
        });
    }

    /** Names to look up: some bodies' whole labels, their last three characters, one character, and a name of none. */
    private static Set<String> parts(KgStore store) {
        Set<String> parts = new LinkedHashSet<>(List.of("局", "没有这个机构"));
        store.read(ds -> {
            ds.asDatasetGraph().find(Node.ANY, Node.ANY, PKG.lead.asNode(), Node.ANY).forEachRemaining(q ->
                    ds.asDatasetGraph().find(Node.ANY, q.getObject(), SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(l -> {
                        String label = l.getObject().getLiteralLexicalForm();
                        if (parts.size() < 10) {
                            parts.add(label);
                            parts.add(label.substring(Math.max(0, label.length() - 3)));
                        }
                    }));
            return null;
        });
        return parts;
    }

    private static Set<Node> documents(KgStore store) {
        return store.read(ds -> {
            Set<Node> docs = new LinkedHashSet<>();
            ds.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.type.asNode(), PKG.PolicyDocument.asNode())
                    .forEachRemaining(q -> docs.add(q.getSubject()));
            return docs;
        });
    }

    /** The query's rows with the keys emptied in a transaction that is then aborted. */
    private static List<String> unkeyed(KgStore store, String query, Map<String, Node> params) {
        Dataset ds = store.dataset();
        ds.begin(TxnType.WRITE);
        try {
            LookupKeys.clear(ds.asDatasetGraph());
            return select(ds, query, params);
        } finally {
            ds.abort();
        }
    }

    private static List<String> select(Dataset ds, String query, Map<String, Node> params) {
        Map<Var, Node> bindings = new HashMap<>();
        params.forEach((k, v) -> bindings.put(Var.alloc(k), v));
        Query q = QueryTransformOps.replaceVars(QueryFactory.create(QueryCatalog.shipped(query).text()), bindings);
        return QueryFixtures.rows(ds, q);
    }
}
