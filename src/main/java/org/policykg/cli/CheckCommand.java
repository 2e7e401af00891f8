package org.policykg.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.policykg.check.CheckReport;
import org.policykg.check.ReportFormat;
import org.policykg.check.RuleChecker;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check [--rule ID]… [--format …]}: runs the rule checks and SHACL shapes; exits 1 when any error is found. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the documents: the rules of queries/rules/ and the SHACL shapes. Exit status 1 when any error-level finding exists.")
class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text, csv, json or html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--rule", paramLabel = "ID", description = "run only this rule (repeatable; 'shacl' for the shapes)")
    Set<String> rules = new LinkedHashSet<>();

    @Override
    public Integer call() {
        ReportFormat fmt = ReportFormat.parse(format);
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            CheckReport report = ctx.getBean(RuleChecker.class).check(rules);
            fmt.write(report, spec.commandLine().getOut());
            return report.hasErrors() ? 1 : 0;
        }
    }
}
