package org.policykg.tables;

import org.policykg.CorpusGraph;
import org.policykg.Samples;
import org.policykg.query.QueryFixtures;

/** Task tables over the shared corpus graph, without Spring. */
final class TableFixtures {

    private static TaskTables tables;

    private TableFixtures() {
    }

    static synchronized TaskTables tables() {
        if (tables == null) {
            var store = CorpusGraph.store();
            var catalog = CorpusGraph.catalog();
            var runner = CorpusGraph.runner();
            tables = new TaskTables(catalog, runner, QueryFixtures.resolver(store, catalog), new TaskFactsReader(catalog, runner),
                    Samples.jurisdictions(), store, new org.policykg.correct.CorrectionLayer());
        }
        return tables;
    }
}
