package org.policykg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policykg.CoreContext;
import org.policykg.PolicyKgApplication;
import org.policykg.correct.CorrectionLayer;
import org.policykg.store.KgStore;
import org.policykg.store.StoreHolder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Starts the Spring application for a command: the core alone for batch commands, the core and the server for serve. */
final class Contexts {

    private Contexts() {
    }

    /** The default store, as application.properties names it. */
    private static final String DEFAULT_STORE = "data/tdb2";
    private static final String MEMORY = "mem";

    /**
     * For commands that read a store: a folder that does not exist is a mistyped {@code --store}, not an empty store
     * to create, so it is an error (only ingest and serve create a store).
     */
    static ConfigurableApplicationContext existing(RootCommand root) {
        String store = root.store;
        String dir = folder(store);
        if (!MEMORY.equals(dir) && !Files.isDirectory(Path.of(dir))) {
            throw new IllegalArgumentException("no store at " + dir + ": give --store DIR of an existing store, or run ingest first");
        }
        checkHolder(dir, false, root);
        ConfigurableApplicationContext ctx = CoreContext.start(store);
        if (root.asExtracted) {
            ctx.getBean(CorrectionLayer.class).showExtracted(ctx.getBean(KgStore.class));
        }
        return ctx;
    }

    /** For commands that write the store (ingest): recorded in it while they run, so that a crash is told next time. */
    static ConfigurableApplicationContext batch(RootCommand root) {
        String store = root.store;
        String dir = folder(store);
        checkHolder(dir, true, root);
        ConfigurableApplicationContext ctx = CoreContext.start(store);
        if (!MEMORY.equals(dir)) {
            Path folder = Path.of(dir);
            createDirectories(folder);
            StoreHolder.record(folder, "ingest", null);
            ctx.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    StoreHolder.forget(folder);
                }
            });
        }
        return ctx;
    }

    static ConfigurableApplicationContext server(RootCommand root, List<String> springArgs) {
        String store = root.store;
        checkHolder(folder(store), false, root);
        List<String> args = new ArrayList<>(springArgs);
        if (store != null) {
            args.add("--policykg.store=" + store);
        }
        return new SpringApplicationBuilder(PolicyKgApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }

    private static String folder(String store) {
        return store != null ? store : DEFAULT_STORE;
    }

    /**
     * TDB2 lets one process open a store: while another holds it, say so in one line instead of failing in Spring. A
     * store left open by a process that died is opened (TDB2 recovers its last commit), saying so in one line.
     */
    private static void checkHolder(String dir, boolean write, RootCommand root) {
        if (!MEMORY.equals(dir)) {
            StoreHolder.of(Path.of(dir)).ifPresent(h -> {
                throw new IllegalStateException(h.message(write));
            });
            StoreHolder.leftOpen(Path.of(dir)).ifPresent(line -> {
                root.err().println("note: " + line);
                root.err().flush();
            });
        }
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
