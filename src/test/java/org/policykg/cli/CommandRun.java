package org.policykg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.policykg.PolicyKg;
import picocli.CommandLine;

/** One run of the command line as a user types it, with what it printed and its exit status. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        CommandLine cli = PolicyKg.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
