package org.policykg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policykg.CoreContext;
import org.policykg.PolicyKgApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command: the core alone for batch commands, the core and the server for serve. */
final class Contexts {

    private Contexts() {
    }

    /** The default store, as application.properties names it. */
    private static final String DEFAULT_STORE = "data/tdb2";

    /**
     * For commands that read a store: a folder that does not exist is a mistyped {@code --store}, not an empty store
     * to create, so it is an error (only ingest and serve create a store).
     */
    static ConfigurableApplicationContext existing(String store) {
        String dir = store != null ? store : DEFAULT_STORE;
        if (!"mem".equals(dir) && !Files.isDirectory(Path.of(dir))) {
            throw new IllegalArgumentException("no store at " + dir + ": give --store DIR of an existing store, or run ingest first");
        }
        return batch(store);
    }

    static ConfigurableApplicationContext batch(String store) {
        return CoreContext.start(store);
    }

    static ConfigurableApplicationContext server(String store, List<String> springArgs) {
        List<String> args = new ArrayList<>(springArgs);
        if (store != null) {
            args.add("--policykg.store=" + store);
        }
        return new SpringApplicationBuilder(PolicyKgApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }
}
