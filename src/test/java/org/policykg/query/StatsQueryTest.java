package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestService;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/** stats adds up the counts each document recorded at ingest, and counts a document stored without them from its graph. */
class StatsQueryTest {

    private static final List<String> COUNTS = List.of("documents", "subdivisions", "clauses", "paragraphs", "tables", "rows");
    private final KgStore store = ReferenceFixture.storeWithReference();

    @AfterEach
    void close() {
        store.close();
    }

    private QuerySolution stats() {
        QueryCatalog catalog = new QueryCatalog();
        QueryRunner runner = new QueryRunner(store, QueryFixtures.resolver(store, catalog), QueryFixtures.DEFAULTS);
        return runner.select(catalog.find("stats").orElseThrow(), Map.of()).next();
    }

    private long count(QuerySolution s, String column) {
        return s.getLiteral(column).getLong();
    }

    @Test
    void shouldGiveTheSameTotalsFromRecordedCountsAsFromCountingTheGraphs() {
        new IngestService(Samples.pipeline(), store).ingest(List.of(Samples.CORPUS), IngestListener.NONE);
        long allTriples = store.read(ds -> {
            long[] n = {0};
            ds.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
        QuerySolution recorded = stats();

        long removed = forgetCounts();
        QuerySolution counted = stats();

        assertThat(count(recorded, "documents")).isEqualTo(5);
        assertThat(count(recorded, "triples")).isEqualTo(allTriples);
        for (String c : COUNTS) {
            assertThat(count(counted, c)).as(c).isEqualTo(count(recorded, c));
        }
        assertThat(count(counted, "triples")).isEqualTo(allTriples - removed);
    }

    /** As a store written before the counts were recorded; returns how many triples went. */
    private long forgetCounts() {
        return Txn.calculateWrite(store.dataset(), () -> {
            List<String> graphs = new ArrayList<>();
            store.dataset().listNames().forEachRemaining(graphs::add);
            long before = 0;
            long after = 0;
            for (String g : graphs) {
                Model m = store.dataset().getNamedModel(g);
                before += m.size();
                for (var p : List.of(PKG.tripleCount, PKG.numberedClauseCount, PKG.paragraphCount, PKG.tableCount, PKG.rowCount)) {
                    m.removeAll(null, p, null);
                }
                after += m.size();
            }
            return before - after;
        });
    }
}
