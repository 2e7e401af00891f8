package org.policykg.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.link.StoreWrites.files;
import static org.policykg.link.StoreWrites.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.SyntheticCorpus;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/**
 * agencies read through the sort groups: the rows in the query's order (kind, then name) as the sort of every row gave
 * them, a page equal to that part of the whole answer, and a store whose rows were stored without groups answering
 * the same before and after the pass fills them.
 */
class SortGroupsTest {

    /** The query's ORDER BY: ?kind then ?agency (columns 2 and 1 of a row). */
    private static final Comparator<String> KIND_THEN_NAME = Comparator.<String, String>comparing(r -> r.split("\t")[1])
            .thenComparing(r -> r.split("\t")[0]);

    @TempDir
    Path dir;

    @Test
    void shouldListTheStoredRowsByKindThenNameWhenReadGroupByGroup() throws IOException {
        try (KgStore store = stored(8)) {
            List<String> rows = store.read(ds -> select(ds, agencies()));
            assertThat(rows).hasSizeGreaterThan(20).isSortedAccordingTo(KIND_THEN_NAME);
            assertThat(groups(store)).isBetween(1L, (long) rows.size() - 1);
            Query page = agencies();
            page.setLimit(10);
            page.setOffset(7);
            assertThat(store.<List<String>>read(ds -> select(ds, page))).containsExactlyElementsOf(rows.subList(7, 17));
        }
    }

    @Test
    void shouldAnswerTheSameWhenTheGroupsAreFilledOnAStoreWhoseRowsHaveNone() throws IOException {
        try (KgStore store = stored(6)) {
            List<String> grouped = store.read(ds -> select(ds, agencies()));
            Dataset ds = store.dataset();
            ds.begin(TxnType.WRITE);
            try {
                DatasetGraph dsg = ds.asDatasetGraph();
                GraphSizes.deleteAny(dsg, SummaryKeys.GRAPH, Node.ANY, PKG.sortGroup.asNode(), Node.ANY);
                GraphSizes.deleteAny(dsg, SummaryKeys.GRAPH, Node.ANY, PKG.sortGroupVersion.asNode(), Node.ANY);
                assertThat(SortGroups.missing(dsg)).isTrue();
                // rows without groups are not read: every body is computed from the documents
                assertThat(select(ds, agencies())).containsExactlyInAnyOrderElementsOf(grouped);
                assertThat(SortGroups.fill(dsg)).isEqualTo(grouped.size());
                assertThat(SortGroups.missing(dsg)).isFalse();
                assertThat(select(ds, agencies())).containsExactlyElementsOf(grouped);
            } finally {
                ds.abort();
            }
        }
    }

    private KgStore stored(int docs) throws IOException {
        SyntheticCorpus.write(docs, 7, dir);
        KgStore store = ReferenceFixture.storeWithReference();
        store(store, files(dir));
        return store;
    }

    private static long groups(KgStore store) {
        return store.read(ds -> {
            long[] n = {0};
            ds.asDatasetGraph().find(SummaryKeys.GRAPH, Node.ANY, PKG.sortGroupOf.asNode(), Node.ANY).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    private static Query agencies() {
        return QueryFactory.create(QueryCatalog.shipped("agencies").text());
    }

    private static List<String> select(Dataset ds, Query query) {
        return QueryFixtures.rows(ds, query);
    }
}
