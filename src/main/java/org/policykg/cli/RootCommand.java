package org.policykg.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code policykg}: the command line of the knowledge graph. */
@Command(name = "policykg", mixinStandardHelpOptions = true, version = "PolicyKG 0.1.0",
        description = "Chinese policy documents as an RDF knowledge graph (TDB2 + SPARQL).",
        subcommands = {IngestCommand.class, ServeCommand.class, QueryCommand.class, TraceCommand.class, EvalCommand.class, org.policykg.bench.BenchCommand.class, TableCommand.class, CalendarCommand.class, CheckCommand.class, LinkCommand.class, CorrectCommand.class})
public class RootCommand {

    @Option(names = "--store", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "TDB2 store folder (default: data/tdb2, or policykg.store)")
    String store;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "on an error, print its stack trace after the one-line message")
    boolean debug;

    @Option(names = "--as-extracted", scope = ScopeType.INHERIT,
            description = "show the facts as the parser read them, without the corrections made by people")
    boolean asExtracted;

    /** Whether {@code --debug} was given. */
    public boolean debug() {
        return debug;
    }

    @Spec
    CommandSpec spec;

    /** Where a command prints a note beside its output. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
