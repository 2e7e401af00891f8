package org.policykg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.ingest.IngestReport;
import org.policykg.ingest.IngestService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest FILE|FOLDER…}: extracts and stores documents; exits 1 when any file failed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse documents into the store; each replaces its earlier version atomically.")
class IngestCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = "documents, or folders of them")
    List<Path> inputs;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = Contexts.batch(root.store)) {
            IngestReport report = ctx.getBean(IngestService.class).ingest(inputs, new ProgressBar(spec.commandLine().getErr()));
            spec.commandLine().getOut().println(report.summary());
            spec.commandLine().getOut().flush();
            return report.ok() ? 0 : 1;
        }
    }
}
