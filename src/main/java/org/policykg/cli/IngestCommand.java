package org.policykg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.ingest.BulkIngest;
import org.policykg.ingest.IngestReport;
import org.policykg.ingest.IngestService;
import org.policykg.store.KgStore;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--compact", description = "compact the store afterwards: TDB2 keeps every earlier version of the "
            + "data until compacted, so a store re-ingested many times grows on disk")
    boolean compact;

    @Option(names = "--bulk", description = "build a new store with Jena's bulk loader (faster and smaller on disk), "
            + "then compact it; refused when the store already holds documents")
    boolean bulk;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = Contexts.batch(root)) {
            ProgressBar progress = new ProgressBar(spec.commandLine().getErr());
            IngestReport report = bulk ? ctx.getBean(BulkIngest.class).ingest(inputs, progress)
                    : ctx.getBean(IngestService.class).ingest(inputs, progress);
            spec.commandLine().getOut().println(report.summary());
            if (compact && !bulk) {
                ctx.getBean(KgStore.class).compact();
                spec.commandLine().getOut().println("store compacted");
            }
            spec.commandLine().getOut().flush();
            return report.ok() ? 0 : 1;
        }
    }
}
