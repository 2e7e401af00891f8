package org.policykg.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.link.StoreWrites.files;
import static org.policykg.link.StoreWrites.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.bench.SyntheticCorpus;
import org.policykg.link.CrossDocumentLinker;
import org.policykg.link.StoreWrites;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/**
 * The stored triple counts of the large shared graphs equal a real count of those graphs, and stats' triples the
 * store's quads, after every kind of write: ingest and its pass, a document stored again changed, a document removed
 * (replaced by another identity from its file), a full pass, and a store built before the counts (filled by link).
 */
class GraphSizesTest {

    @TempDir
    Path dir;

    @Test
    void shouldEqualARealCountAfterIngestReingestRemovalAndPasses() throws IOException {
        SyntheticCorpus.write(8, 7, dir);
        try (KgStore store = ReferenceFixture.storeWithReference()) {
            StoreWrites.everyKind(store, StoreWrites.files(dir), 5, GraphSizesTest::assertCountsAreReal);
        }
    }

    @Test
    void shouldCountTheSharedGraphsOnLinkWhenTheStoreWasBuiltBeforeTheCounts() throws IOException {
        SyntheticCorpus.write(4, 3, dir);
        try (KgStore store = ReferenceFixture.storeWithReference()) {
            store(store, files(dir));
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().removeGraph(GraphSizes.GRAPH));
            assertThat(store.<Boolean>read(ds -> GraphSizes.missing(ds.asDatasetGraph()))).isTrue();

            new CrossDocumentLinker(Samples.jurisdictions()).link(store, Set.of());

            assertThat(store.<Boolean>read(ds -> GraphSizes.missing(ds.asDatasetGraph()))).isFalse();
            assertCountsAreReal(store);
        }
    }

    private static void assertCountsAreReal(KgStore store) {
        store.read(ds -> {
            var dsg = ds.asDatasetGraph();
            for (Node g : GraphSizes.COUNTED) {
                assertThat(GraphSizes.stored(dsg, g)).as(g.getURI()).isEqualTo(count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)));
            }
            assertThat(GraphSizes.stored(dsg, GraphSizes.COUNTED.get(0))).as("links").isPositive();
            return null;
        });
        long all = store.read(ds -> count(ds.asDatasetGraph().find()));
        assertThat(statsTriples(store)).isEqualTo(all);
    }

    private static long statsTriples(KgStore store) {
        QueryCatalog catalog = new QueryCatalog();
        return QueryFixtures.runner(store, catalog).select(catalog.find("stats").orElseThrow(), Map.of()).next().getLiteral("triples").getLong();
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
