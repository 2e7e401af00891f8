package org.policykg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykg.conventions.Tsv;
import org.policykg.query.NamedQuery;
import org.policykg.query.Page;
import org.policykg.query.QueryRunner;
import org.policykg.query.QueryTimeoutException;

/**
 * Query latency through {@link QueryRunner}, as the command line and the web app run catalog queries:
 * warm-up runs, then timed runs (a time budget may stop a slow query early, which the note says).
 * The queries of bench/queries.tsv come first, marked not yet available while the catalog lacks them;
 * every other catalog query follows. A name ending in / times all queries under it as one check.
 */
final class QueryBench {

    record Timing(String name, String label, Status status, Percentiles latency, long rows, String note) {}

    enum Status { MEASURED, NOT_AVAILABLE, NOT_MEASURED, FAILED }

    private final Collection<NamedQuery> catalog;
    private final QueryRunner runner;
    private final ParamSampler sampler;
    private final int runs;
    private final int warmUp;
    private final double budgetSeconds;
    private final Page page;

    QueryBench(Collection<NamedQuery> catalog, QueryRunner runner, ParamSampler sampler, int runs, int warmUp, double budgetSeconds) {
        this(catalog, runner, sampler, runs, warmUp, budgetSeconds, Page.ALL);
    }

    private QueryBench(Collection<NamedQuery> catalog, QueryRunner runner, ParamSampler sampler, int runs, int warmUp,
                       double budgetSeconds, Page page) {
        this.catalog = catalog;
        this.runner = runner;
        this.sampler = sampler;
        this.runs = runs;
        this.warmUp = warmUp;
        this.budgetSeconds = budgetSeconds;
        this.page = page;
    }

    /** The same bench on other queries, timing one page of their rows ({@link Page#ALL}: every row). */
    QueryBench with(Collection<NamedQuery> queries, Page p) {
        return new QueryBench(queries, runner, sampler, runs, warmUp, budgetSeconds, p);
    }

    List<Timing> run() {
        List<Timing> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Map<String, String> row : Tsv.classpath("bench/queries.tsv")) {
            String name = row.get("name");
            List<NamedQuery> qs = catalog.stream()
                    .filter(q -> name.endsWith("/") ? q.name().startsWith(name) : q.name().equals(name)).toList();
            qs.forEach(q -> done.add(q.name()));
            out.add(qs.isEmpty() ? new Timing(name, row.get("label"), Status.NOT_AVAILABLE, null, 0, "not yet in queries/")
                    : time(name, row.get("label"), qs));
        }
        for (NamedQuery q : catalog) {
            if (done.add(q.name()) && !q.name().contains("/")) {
                out.add(time(q.name(), q.description(), List.of(q)));
            }
        }
        return out;
    }

    private Timing time(String name, String label, List<NamedQuery> queries) {
        List<Map<String, List<String>>> values = new ArrayList<>();
        for (NamedQuery q : queries) {
            Map<String, List<String>> v = sampler.values(q);
            for (Map.Entry<String, List<String>> e : v.entrySet()) {
                if (e.getValue().isEmpty()) {
                    return new Timing(name, label, Status.NOT_MEASURED, null, 0,
                            "no values for parameter '" + e.getKey() + "' (add a rule to bench/params.tsv)");
                }
            }
            values.add(v);
        }
        try {
            long start = System.nanoTime();
            for (int i = 0; i < warmUp && seconds(start) < budgetSeconds / 4; i++) {
                once(queries, values, i);
            }
            double[] samples = new double[runs];
            long rows = 0;
            int n = 0;
            start = System.nanoTime();
            while (n < runs && (n == 0 || seconds(start) < budgetSeconds)) {
                long t0 = System.nanoTime();
                try {
                    rows = once(queries, values, n);
                } catch (QueryTimeoutException e) {
                    if (n == 0) {
                        throw e;
                    }
                    break;
                }
                samples[n++] = (System.nanoTime() - t0) / 1e6;
            }
            String note = n < runs ? "stopped by the " + (int) budgetSeconds + " s budget after " + n + " runs" : "";
            return new Timing(name, label, Status.MEASURED, Percentiles.of(Arrays.copyOf(samples, n)), rows, note);
        } catch (QueryTimeoutException e) {
            return new Timing(name, label, Status.FAILED, null, 0, "one run did not finish within the " + (int) budgetSeconds + " s budget");
        } catch (RuntimeException e) {
            return new Timing(name, label, Status.FAILED, null, 0, String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
    }

    /**
     * Runs every query once with the run-th binding; returns the rows they returned. One run may take the whole
     * budget and no more, so a query that never finishes cannot hold the bench; a run cut short after others
     * finished only ends the timing early.
     */
    private long once(List<NamedQuery> queries, List<Map<String, List<String>>> values, int run) {
        long rows = 0;
        Duration limit = Duration.ofMillis((long) (budgetSeconds * 1000));
        for (int k = 0; k < queries.size(); k++) {
            rows += runner.select(queries.get(k), ParamSampler.binding(values.get(k), run), page, limit).size();
        }
        return rows;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
