package org.policykg.cli;

import java.util.Set;
import java.util.concurrent.Callable;
import org.policykg.link.CrossDocumentLinker;
import org.policykg.link.LinkReport;
import org.policykg.store.KgStore;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code link [--all]}: the cross-document pass on its own, for what an interrupted run left pending, or whole. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Complete the cross-document pass (links, clause alignments) for documents an interrupted ingest left pending.")
class LinkCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--all", description = "recompute every link and alignment of the store and repair the links graph to match")
    boolean all;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = Contexts.batch(root)) {
            KgStore store = ctx.getBean(KgStore.class);
            CrossDocumentLinker linker = ctx.getBean(CrossDocumentLinker.class);
            LinkReport report = all ? linker.link(store) : linker.link(store, Set.of());
            spec.commandLine().getOut().println(report.summary());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
