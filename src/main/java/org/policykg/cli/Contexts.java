package org.policykg.cli;

import java.util.ArrayList;
import java.util.List;
import org.policykg.PolicyKgApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command: without web endpoints for batch commands, with them for serve. */
final class Contexts {

    private Contexts() {
    }

    static ConfigurableApplicationContext batch(String store) {
        List<String> args = new ArrayList<>();
        if (store != null) {
            args.add("--policykg.store=" + store);
        }
        args.add("--policykg.fuseki.enabled=false");
        args.add("--logging.level.root=WARN");
        return new SpringApplicationBuilder(PolicyKgApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
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
