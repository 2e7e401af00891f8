package org.policykg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policykg.CoreContext;
import org.policykg.PolicyKgApplication;
import org.policykg.store.StoreHolder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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
    static ConfigurableApplicationContext existing(String store) {
        String dir = folder(store);
        if (!MEMORY.equals(dir) && !Files.isDirectory(Path.of(dir))) {
            throw new IllegalArgumentException("no store at " + dir + ": give --store DIR of an existing store, or run ingest first");
        }
        refuseIfHeld(dir, false);
        return CoreContext.start(store);
    }

    /** For commands that write the store (ingest). */
    static ConfigurableApplicationContext batch(String store) {
        refuseIfHeld(folder(store), true);
        return CoreContext.start(store);
    }

    static ConfigurableApplicationContext server(String store, List<String> springArgs) {
        refuseIfHeld(folder(store), false);
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

    /** TDB2 lets one process open a store: while another holds it, say so in one line instead of failing in Spring. */
    private static void refuseIfHeld(String dir, boolean write) {
        if (!MEMORY.equals(dir)) {
            StoreHolder.of(Path.of(dir)).ifPresent(h -> {
                throw new IllegalStateException(h.message(write));
            });
        }
    }
}
