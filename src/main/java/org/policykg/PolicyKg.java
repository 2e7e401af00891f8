package org.policykg;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.policykg.cli.RootCommand;
import picocli.CommandLine;

/** Entry point of target/policykg.jar. */
public final class PolicyKg {

    private PolicyKg() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with UTF-8 output and one-line error messages (exit 2 for bad arguments, 1 otherwise); the
     * stack trace follows only with {@code --debug}.
     */
    public static CommandLine commandLine() {
        RootCommand root = new RootCommand();
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (root.debug()) {
                e.printStackTrace(cmd.getErr());
            }
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli;
    }
}
