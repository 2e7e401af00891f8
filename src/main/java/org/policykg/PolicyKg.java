package org.policykg;

import org.policykg.cli.RootCommand;
import picocli.CommandLine;

/** Entry point of target/policykg.jar. */
public final class PolicyKg {

    private PolicyKg() {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        System.exit(cli.execute(args));
    }
}
