package org.policykg.cli;

import java.util.concurrent.Callable;
import org.policykg.trace.Trace;
import org.policykg.trace.TraceService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trace CLAUSE-IRI | DOCUMENT PATH [--format table|csv|json]}: a clause's chain up to the directives above it. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Trace a clause up to the documents it implements, level by level, with what each level changed.")
class TraceCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLAUSE|DOCUMENT",
            description = "a clause IRI, or a document (IRI, 文号, file name or part of its title) followed by PATH")
    String target;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", description = "the clause's outline path, e.g. 二/（一）/3")
    String path;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        TraceFormat fmt = TraceFormat.parse(format);
        if (path == null && !target.contains("://")) {
            throw new IllegalArgumentException("give a clause IRI, or a document and a clause path (trace 湛江 二/（一）/3)");
        }
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            TraceService traces = ctx.getBean(TraceService.class);
            Trace trace = traces.trace(path == null ? target : traces.clause(target, path));
            spec.commandLine().getOut().print(fmt.render(trace));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
