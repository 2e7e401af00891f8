package org.policykg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.NamedQuery;
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

/** {@code query NAME|FILE.rq [--param k=v]… [--format …] [--timeout 30s]}: runs a catalog query against the store. */
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

    @Override
    public Integer call() {
        ResultFormat fmt = ResultFormat.parse(format);
        Duration limit = timeout == null ? null : limit(timeout);
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            NamedQuery q = ctx.getBean(QueryCatalog.class).get(query);
            ResultSetRewindable rs = ctx.getBean(QueryRunner.class).select(q, params, limit);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            fmt.write(rs, buf);
            spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
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
