package org.policykg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * {@code serve [--ingest PATH…] [--server.port=N] [--policykg.fuseki.port=N]}: the web app and the SPARQL
 * endpoint, until stopped. Any other {@code --key=value} is passed to Spring as a property.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the landing page and API (server.port, 8080) and SPARQL (policykg.fuseki.port, 3030).")
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--ingest", split = ",", paramLabel = "PATH", description = "documents or folders to ingest before serving")
    List<Path> ingest = new ArrayList<>();

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>(springArgs);
        if (!ingest.isEmpty()) {
            args.add("--policykg.ingest=" + String.join(",", ingest.stream().map(Path::toString).toList()));
        }
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext ctx = Contexts.server(root, args);
        ctx.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }
}
