package org.policykg.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.link.StoreWrites.files;
import static org.policykg.link.StoreWrites.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.bench.SyntheticCorpus;
import org.policykg.link.StoreWrites;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/**
 * The stored rows of agencies and agency-calendars against the same queries computed from the documents (what they
 * answer on a store without summaries): equal after an ingest, after a document is stored again changed, and after
 * one is replaced by a document of another identity from the same file (the old one removed).
 */
class SummariesTest {

    private static final List<String> QUERIES = List.of("agencies", "agency-calendars");

    @TempDir
    Path dir;

    @Test
    void shouldEqualTheQueriesOverTheDocumentsWhenTheSamplesAreIngested() {
        try (KgStore store = ReferenceFixture.storeWithReference()) {
            List<Path> files = files(Samples.CORPUS);
            store(store, files);
            assertSummariesEqualDocuments(store);
        }
    }

    @Test
    void shouldFollowAChangedDocumentWhenItIsStoredAgain() throws IOException {
        List<Path> files = synthetic(8);
        try (KgStore store = ReferenceFixture.storeWithReference()) {
            store(store, files.subList(0, 5));
            store(store, files.subList(5, 8));
            StoreWrites.halve(files.get(2));
            store(store, List.of(files.get(2)));
            assertSummariesEqualDocuments(store);
        }
    }

    @Test
    void shouldDropARemovedDocumentsBodiesWhenAnotherDocumentReplacesItsFile() throws IOException {
        List<Path> files = synthetic(6);
        try (KgStore store = ReferenceFixture.storeWithReference()) {
            store(store, files);
            List<String> before = rows(store, "agencies");
            Path replaced = files.get(0);
            StoreWrites.renumber(replaced);
            List<String> lines = Files.readAllLines(replaced, StandardCharsets.UTF_8);
            Files.write(replaced, lines.subList(0, Math.min(lines.size(), 12)), StandardCharsets.UTF_8);
            store(store, List.of(replaced));
            assertThat(rows(store, "agencies")).isNotEqualTo(before);
            assertSummariesEqualDocuments(store);
        }
    }

    private static void assertSummariesEqualDocuments(KgStore store) {
        assertThat(store.<Boolean>read(ds -> Summaries.missing(ds.asDatasetGraph()))).isFalse();
        for (String q : QUERIES) {
            List<String> stored = rows(store, q);
            assertThat(stored).as(q).isNotEmpty().containsExactlyInAnyOrderElementsOf(fromDocuments(store, q));
        }
    }

    /** The query's rows, each as its values in column order. */
    private static List<String> rows(KgStore store, String query) {
        return store.read(ds -> select(ds, query));
    }

    /** The query's rows with the summaries emptied in a transaction that is then aborted: computed from the documents. */
    private static List<String> fromDocuments(KgStore store, String query) {
        Dataset ds = store.dataset();
        ds.begin(TxnType.WRITE);
        try {
            Summaries.clear(ds.asDatasetGraph());
            return select(ds, query);
        } finally {
            ds.abort();
        }
    }

    private static List<String> select(Dataset ds, String query) {
        return QueryFixtures.rows(ds, QueryFactory.create(QueryCatalog.shipped(query).text()));
    }

    private List<Path> synthetic(int docs) throws IOException {
        SyntheticCorpus.write(docs, 7, dir);
        return files(dir);
    }
}
