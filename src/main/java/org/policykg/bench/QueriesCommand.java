package org.policykg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policykg.query.NamedQuery;
import org.policykg.query.Page;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench queries}: query latency alone, on a store already built, so a change to the queries (or to
 * the store) can be measured before and after in minutes rather than by a whole {@code bench run}.
 * {@code --queries} times another version's .rq files on the same store, as a baseline in the same run.
 */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "Time the catalog queries on an existing store; print a Markdown table.")
class QueriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tdb2", required = true, paramLabel = "DIR", description = "the TDB2 store to query (left as it is)")
    Path store;

    @Option(names = "--queries", paramLabel = "DIR", description = "time the .rq files of this folder (and its rules/) instead of the catalog")
    Path queries;

    @Option(names = "--only", split = ",", paramLabel = "NAME,NAME", description = "time only these queries (rules/ for the rule check)")
    List<String> only = List.of();

    @Option(names = "--runs", defaultValue = "20", description = "timed runs per query (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up runs per query (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--query-budget", defaultValue = "30", paramLabel = "SECONDS", description = "time limit per query (default: ${DEFAULT-VALUE})")
    double queryBudget;

    @Option(names = "--limit", paramLabel = "N", description = "also time the first N rows of each query, right after its full answer")
    String limit;

    @Option(names = "--unfiltered", description = "leave optional parameters unbound (a whole-corpus listing, as without a filter)")
    boolean unfiltered;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (BenchContext ctx = new BenchContext(store); LoadSampler load = new LoadSampler()) {
            Collection<NamedQuery> catalog = queries != null ? folder(queries) : ctx.bean(QueryCatalog.class).all();
            List<NamedQuery> chosen = catalog.stream().filter(q -> only.isEmpty() || only.stream()
                    .anyMatch(n -> n.endsWith("/") ? q.name().startsWith(n) : q.name().equals(n))).toList();
            QueryBench bench = new QueryBench(chosen, ctx.bean(QueryRunner.class), new ParamSampler(ctx.bean(KgStore.class), unfiltered),
                    runs, warmUp, queryBudget);
            List<QueryBench.Timing> timings = limit == null ? bench.run() : fullAndFirstPage(chosen, bench, Page.parse(limit, null));
            List<List<String>> rows = new ArrayList<>();
            for (QueryBench.Timing t : timings) {
                if (t.status() == QueryBench.Status.MEASURED) {
                    Percentiles p = t.latency();
                    rows.add(List.of(t.name(), String.valueOf(p.runs()), Fmt.ms(p.p50()), Fmt.ms(p.p95()), Fmt.count(t.rows()), t.note()));
                } else if (t.status() != QueryBench.Status.NOT_AVAILABLE) {
                    rows.add(List.of(t.name(), "—", "—", "—", "—", t.status().name().toLowerCase() + ": " + t.note()));
                }
            }
            out.print(Fmt.table(List.of("query", "runs", "p50 ms", "p95 ms", "rows", "note"), rows));
            out.println("store " + store + ", queries " + (queries != null ? queries : "of the catalog") + "; system load " + load.summary());
        }
        out.flush();
        return 0;
    }

    /** Each query in full, then its first page, one after the other so that both see the same load. */
    private static List<QueryBench.Timing> fullAndFirstPage(List<NamedQuery> chosen, QueryBench bench, Page page) {
        List<QueryBench.Timing> out = new ArrayList<>();
        for (NamedQuery q : chosen) {
            out.addAll(bench.with(List.of(q), Page.ALL).run());
            bench.with(List.of(q), page).run().forEach(t -> out.add(new QueryBench.Timing(t.name() + " (first " + page.limit() + ")",
                    t.label(), t.status(), t.latency(), t.rows(), t.note())));
        }
        return out;
    }

    /** The .rq files of a folder and its subfolders, named as the catalog names them ("trace", "rules/missing-owner"). */
    private static List<NamedQuery> folder(Path dir) throws IOException {
        List<NamedQuery> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String name = dir.relativize(f).toString().replace('\\', '/').replaceFirst("\\.rq$", "");
                found.add(NamedQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return found;
    }
}
