package org.policykg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policykg.query.NamedQuery;
import org.policykg.query.Page;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultFormat;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code query NAME|FILE.rq [--param k=v]… [--format …] [--timeout 30s] [--limit N] [--offset M] [--total]}: runs a
 * catalog query against the store. Without a limit every row is written as the query produces it (an export streams).
 */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a query from queries/ by name, or a .rq file.")
class QueryCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq")
    String query;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a parameter the query declares")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "stop the query after this long, e.g. 30s or 500ms (default: policykg.query.timeout, 60s)")
    String timeout;

    @Option(names = "--limit", paramLabel = "N", description = "at most N rows (up to " + Page.MAX_LIMIT + "; default: every row)")
    String limit;

    @Option(names = "--offset", paramLabel = "M", description = "skip the first M rows, in the query's order (default: 0)")
    String offset;

    @Option(names = "--total", description = "also count every row of the query, without the page, on standard error")
    boolean total;

    @Option(names = "--explain", description = "print ARQ's plan of the query (optimized algebra, parameters bound and page applied) on standard error first")
    boolean explain;

    @Override
    public Integer call() {
        ResultFormat fmt = ResultFormat.parse(format);
        Page page = Page.parse(limit, offset);
        Duration within = timeout == null ? null : limit(timeout);
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            NamedQuery q = ctx.getBean(QueryCatalog.class).get(query);
            QueryRunner runner = ctx.getBean(QueryRunner.class);
            PrintWriter out = spec.commandLine().getOut();
            if (explain) {
                spec.commandLine().getErr().print(runner.explain(q, params, page));
                spec.commandLine().getErr().flush();
            }
            runner.stream(q, params, page, within, rs -> {
                fmt.stream(rs, out);
                return null;
            });
            out.flush();
            if (total) {
                spec.commandLine().getErr().println("total: " + runner.total(q, params, within) + " rows");
            }
            return 0;
        }
    }

    private static Duration limit(String text) {
        try {
            return DurationStyle.detectAndParse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--timeout " + text + " is not a duration (e.g. 30s, 500ms, 2m)");
        }
    }
}
