package org.policykg.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.policykg.PolicyKgProperties;
import org.policykg.store.KgStore;

/** The query beans, built by hand for tests that run without a Spring context. */
public final class QueryFixtures {

    /** The settings' defaults: a query's time limit of 60 s. */
    public static final PolicyKgProperties DEFAULTS = new PolicyKgProperties("mem", null,
            new PolicyKgProperties.Query(Duration.ofSeconds(60)));

    private QueryFixtures() {
    }

    public static DocumentResolver resolver(KgStore store, QueryCatalog catalog) {
        return new DocumentResolver(store, catalog);
    }

    public static QueryRunner runner(KgStore store, QueryCatalog catalog) {
        return new QueryRunner(store, resolver(store, catalog), DEFAULTS);
    }

    /** A query's rows on a dataset, each its values in column order joined by tabs, for comparing answers. */
    public static List<String> rows(Dataset ds, Query query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            var rs = qe.execSelect();
            rs.forEachRemaining(s -> {
                StringBuilder row = new StringBuilder();
                rs.getResultVars().forEach(v -> row.append(s.get(v)).append('\t'));
                rows.add(row.toString());
            });
        }
        return rows;
    }
}
