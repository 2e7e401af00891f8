package org.policykg.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policykg.query.NamedQuery;
import org.policykg.query.Page;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultFormat;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code query NAME|FILE.rq [--param k=v]… [--format …] [--limit N] [--offset M] [--total]}: runs a catalog query
 * against the store. Without a limit every row is written as the query produces it (an export streams).
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

    @Option(names = "--limit", paramLabel = "N", description = "at most N rows (up to " + Page.MAX_LIMIT + "; default: every row)")
    String limit;

    @Option(names = "--offset", paramLabel = "M", description = "skip the first M rows, in the query's order (default: 0)")
    String offset;

    @Option(names = "--total", description = "also count every row of the query, without the page, on standard error")
    boolean total;

    @Override
    public Integer call() {
        ResultFormat fmt = ResultFormat.parse(format);
        Page page = Page.parse(limit, offset);
        try (ConfigurableApplicationContext ctx = Contexts.existing(root.store)) {
            NamedQuery q = ctx.getBean(QueryCatalog.class).get(query);
            QueryRunner runner = ctx.getBean(QueryRunner.class);
            PrintWriter out = spec.commandLine().getOut();
            runner.stream(q, params, page, null, rs -> {
                fmt.stream(rs, out);
                return null;
            });
            out.flush();
            if (total) {
                spec.commandLine().getErr().println("total: " + runner.total(q, params, null) + " rows");
            }
            return 0;
        }
    }
}
