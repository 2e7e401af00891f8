package org.policykg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.NamedQuery;
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

/** {@code query NAME|FILE.rq [--param k=v]… [--format …]}: runs a catalog query against the store. */
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

    @Override
    public Integer call() {
        ResultFormat fmt = ResultFormat.parse(format);
        try (ConfigurableApplicationContext ctx = Contexts.existing(root.store)) {
            NamedQuery q = ctx.getBean(QueryCatalog.class).get(query);
            ResultSetRewindable rs = ctx.getBean(QueryRunner.class).select(q, params);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            fmt.write(rs, buf);
            spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
