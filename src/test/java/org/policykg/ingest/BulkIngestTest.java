package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.link.CrossDocumentLinker;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;

/** A store built by the bulk loader holds what ingest stores, graph by graph, and answers the same. */
class BulkIngestTest {

    /** Catalog queries that need no parameter, run over the whole store. */
    private static final List<String> QUERIES = List.of("stats", "agencies", "documents", "obligations", "citations");

    /** Subdivisions the full-text index finds for a word of the samples. */
    private static final String TEXT_HITS = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT (COUNT(?s) AS ?hits) WHERE { ?s text:query "能耗" }""";

    @TempDir
    Path dir;

    private final CrossDocumentLinker linker = new CrossDocumentLinker(Samples.jurisdictions());

    @Test
    void shouldStoreTheSameGraphsAsIngestWhenBuildingANewStore() {
        try (KgStore regular = KgStore.open(dir.resolve("regular")); KgStore bulk = KgStore.open(dir.resolve("bulk"))) {
            IngestReport normal = new IngestService(Samples.pipeline(), regular, linker).ingest(List.of(Samples.CORPUS), IngestListener.NONE);
            IngestReport loaded = new BulkIngest(Samples.pipeline(), bulk, linker).ingest(List.of(Samples.CORPUS), IngestListener.NONE);

            assertThat(loaded.errors()).isEmpty();
            assertThat(loaded.documents()).isEqualTo(normal.documents()).isEqualTo(5);
            assertThat(loaded.clauses()).isEqualTo(normal.clauses());
            assertThat(loaded.triples()).isEqualTo(normal.triples());
            assertThat(graphSizes(bulk)).isNotEmpty().isEqualTo(graphSizes(regular));
            for (String g : graphSizes(regular).keySet()) {
                boolean same = copy(bulk, g).isIsomorphicWith(copy(regular, g));
                assertThat(same).as(g).isTrue();
            }
            for (String q : QUERIES) {
                assertThat(answers(bulk, QueryCatalog.shipped(q).text())).as(q).hasSizeGreaterThan(100)
                        .isEqualTo(answers(regular, QueryCatalog.shipped(q).text()));
            }
            assertThat(textHits(bulk)).isPositive().isEqualTo(textHits(regular));
            assertThat(bulk.documentCount()).isEqualTo(5);
            assertThat(graphSizes(bulk)).containsKey(PKG.LINKS_GRAPH);
            TDBInternal.expel(regular.dataset().asDatasetGraph());
            TDBInternal.expel(bulk.dataset().asDatasetGraph());
        }
    }

    @Test
    void shouldLeaveOnlyACompactedGenerationWhenTheBuildEnds() throws IOException {
        Path location = dir.resolve("compacted");
        try (KgStore bulk = KgStore.open(location)) {
            new BulkIngest(Samples.pipeline(), bulk, linker).ingest(List.of(Samples.CORPUS), IngestListener.NONE);

            try (Stream<Path> files = Files.list(location)) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("Data-")))
                        .containsExactly("Data-0002");
            }
            assertThat(bulk.documentCount()).isEqualTo(5);
            assertThat(graphSizes(bulk)).containsKey(PKG.LINKS_GRAPH);
            TDBInternal.expel(bulk.dataset().asDatasetGraph());
        }
    }

    @Test
    void shouldRefuseAStoreThatHoldsDocuments() {
        try (KgStore store = KgStore.open(dir.resolve("full"))) {
            new IngestService(Samples.pipeline(), store).ingest(List.of(Samples.documents().get(0)), IngestListener.NONE);

            assertThatThrownBy(() -> new BulkIngest(Samples.pipeline(), store, linker).ingest(List.of(Samples.CORPUS), IngestListener.NONE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already holds 1 documents")
                    .hasMessageNotContaining("\n");
            assertThat(store.documentCount()).isEqualTo(1);
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    private static Map<String, Long> graphSizes(KgStore store) {
        return store.read(ds -> {
            Map<String, Long> sizes = new TreeMap<>();
            ds.listNames().forEachRemaining(g -> sizes.put(g, ds.getNamedModel(g).size()));
            return sizes;
        });
    }

    private static Model copy(KgStore store, String graph) {
        return store.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(graph)));
    }

    private static long textHits(KgStore store) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.create(TEXT_HITS, ds)) {
                return qe.execSelect().next().getLiteral("hits").getLong();
            }
        });
    }

    private static String answers(KgStore store, String query) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                return ResultSetFormatter.asText(qe.execSelect());
            }
        });
    }
}
