package org.policykg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.tables.TableFormat;
import org.policykg.tables.TableOptions;
import org.policykg.tables.TaskTable;
import org.policykg.tables.TaskTables;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code table DOCUMENT | JURISDICTION YEAR [--format …] [--out FILE] [--draft-for JURISDICTION] [--details] [--as-of DATE]}: a task-division
 * table (任务分工表) from the graph. CSV and HTML go to standard output without --out; DOCX and XLSX go to a file
 * named after the table.
 */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = "Write the task-division table (任务分工表) of a document, or of a jurisdiction's plans of a year.")
class TableCommand implements Callable<Integer> {

    private static final Pattern JURISDICTION_YEAR = Pattern.compile("^(\\D+?)[+\\s]*(\\d{4})年?$");

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "DOCUMENT | JURISDICTION YEAR",
            description = "a document (IRI, 文号, file name or part of its title), or a jurisdiction and a plan year")
    List<String> target;

    @Option(names = "--format", description = "docx, xlsx, csv or html (default: from --out, else docx)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the table")
    Path out;

    @Option(names = "--draft-for", paramLabel = "JURISDICTION",
            description = "draft the table of this subordinate jurisdiction (e.g. 湛江市) from the given parent plan")
    String draftFor;

    @Option(names = "--margin-days", defaultValue = "10",
            description = "with --draft-for: how many days earlier reports are due (default: ${DEFAULT-VALUE})")
    int marginDays;

    @Option(names = "--attachment", paramLabel = "LABEL", description = "the label above the title (default: 附件1; \"\" for none)")
    String attachment;

    @Option(names = "--details", description = "add a 具体措施 column with each task's full text")
    boolean details;

    @Option(names = "--as-of", paramLabel = "DATE", description = "add a 状态 column: each task's progress on this day (YYYY-MM-DD)")
    LocalDate asOf;

    @Override
    public Integer call() throws IOException {
        TableFormat fmt = format != null ? TableFormat.parse(format)
                : out != null ? TableFormat.ofFile(out.toString()).orElse(TableFormat.DOCX) : TableFormat.DOCX;
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            TaskTable table = table(ctx.getBean(TaskTables.class));
            if (attachment != null) {
                table = table.withAttachment(attachment);
            }
            if (out == null && (fmt == TableFormat.CSV || fmt == TableFormat.HTML)) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                fmt.write(table, buf);
                spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
                return 0;
            }
            Path file = out != null ? out : Path.of(table.title().replaceAll("[\\\\/:*?\"<>|\\s]", "_") + "." + fmt.extension());
            try (OutputStream os = Files.newOutputStream(file)) {
                fmt.write(table, os);
            }
            spec.commandLine().getOut().println("wrote " + file + " (" + table.rows().size() + " tasks)");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private TaskTable table(TaskTables tables) {
        TableOptions options = new TableOptions(details, asOf);
        if (draftFor != null) {
            if (target.size() != 1) {
                throw new IllegalArgumentException("--draft-for takes one parent plan");
            }
            return tables.draftFor(draftFor, target.get(0), marginDays, options);
        }
        if (target.size() == 2) {
            return tables.forJurisdiction(target.get(0), target.get(1).replace("年", ""), options);
        }
        try {
            return tables.forDocument(target.get(0), options);
        } catch (IllegalArgumentException e) {
            Matcher m = JURISDICTION_YEAR.matcher(target.get(0).strip());
            if (m.matches()) {
                return tables.forJurisdiction(m.group(1), m.group(2), options);
            }
            throw e;
        }
    }
}
