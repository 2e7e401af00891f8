package org.policykg.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policykg.correct.AgencyCorrections;
import org.policykg.correct.Correction;
import org.policykg.correct.CorrectionService;
import org.policykg.correct.Field;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code correct set|merge-agency|split-alias|list|undo|export|import}: corrections of extracted facts by a person, kept in their own graph,
 * applied to every query, table and calendar, and placed again after every ingest.
 */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = "Correct an obligation's bodies or deadline (or mark it as none, or add one the parser missed), a threshold's value or unit, a document's 文号, date, level or jurisdiction; merge two agencies or split an alias off one; list, undo, export and import corrections.")
class CorrectCommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Command(name = "set", description = "Correct one field of an obligation: DOC PATH FIELD VALUE (several values separated by 、; \"\" for none).")
    int set(@Parameters(index = "0", paramLabel = "DOC", description = "a document (IRI, 文号, file name or part of its title)") String doc,
            @Parameters(index = "1", paramLabel = "PATH", description = "the clause path, as query obligations shows it (二/（一）/1); - for a document field") String path,
            @Parameters(index = "2", paramLabel = "FIELD", description = "lead, support, responsible, recipient, deadline, not-obligation; obligation (one the parser missed); threshold-value, threshold-unit; number, date, level, jurisdiction") String field,
            @Parameters(index = "3", paramLabel = "VALUE", description = "the bodies' names, dates written 2021-09-30, a number, a level (national, province, city, county), an added obligation's text, \"\" for none (obligation: the whole clause)") String value,
            @Option(names = "--task", paramLabel = "N", description = "which obligation (or threshold) of the clause (from 1), when it holds several") Integer task,
            @Option(names = "--by", paramLabel = "NAME", description = "who corrects (default: the login name)") String by,
            @Option(names = "--note", paramLabel = "TEXT", description = "why") String note,
            @Option(names = "--lead", paramLabel = "NAMES", description = "with obligation: the added obligation's lead bodies") String lead,
            @Option(names = "--support", paramLabel = "NAMES", description = "with obligation: its supporting bodies") String support,
            @Option(names = "--deadline", paramLabel = "DATE", description = "with obligation: its deadline (2021-09-30)") String deadline) {
        Field f = Field.parse(field);
        Map<Field, String> with = CorrectionService.fields(lead, support, deadline);
        if (f != Field.OBLIGATION && !with.isEmpty()) {
            throw new IllegalArgumentException("--lead, --support and --deadline go with the field obligation; correct set "
                    + "the field itself otherwise");
        }
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            CorrectionService service = ctx.getBean(CorrectionService.class);
            List<Correction> made = f == Field.OBLIGATION ? service.addObligation(doc, path, value, with, who(by), note)
                    : List.of(service.set(doc, path, task, f, value, who(by), note));
            made.forEach(c -> out().printf("correction %s: %s %s task %d %s: %s -> %s (by %s)%n", c.id(), c.path(), shortDoc(c.doc()),
                    c.task(), c.field().slug(), show(c.before()), show(c.after()), c.by()));
        }
        return 0;
    }

    @Command(name = "merge-agency", description = "Merge two agency nodes that are one body: MERGED's roles, aliases and links become KEPT's.")
    int mergeAgency(@Parameters(index = "0", paramLabel = "KEPT", description = "the agency kept (its label, as query agencies lists it)") String kept,
                    @Parameters(index = "1", paramLabel = "MERGED", description = "the agency merged into it") String merged,
                    @Option(names = "--by", paramLabel = "NAME", description = "who corrects (default: the login name)") String by,
                    @Option(names = "--note", paramLabel = "TEXT", description = "why") String note) {
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            agency(ctx.getBean(AgencyCorrections.class).merge(kept, merged, who(by), note));
        }
        return 0;
    }

    @Command(name = "split-alias", description = "Split a form an agency is written in off to an agency of its own: the roles written so move to it.")
    int splitAlias(@Parameters(index = "0", paramLabel = "AGENCY", description = "the agency (its label)") String agency,
                   @Parameters(index = "1", paramLabel = "ALIAS", description = "the form split off, as written in the documents") String alias,
                   @Option(names = "--as", paramLabel = "NAME", description = "the new agency's name (default: ALIAS)") String as,
                   @Option(names = "--by", paramLabel = "NAME", description = "who corrects (default: the login name)") String by,
                   @Option(names = "--note", paramLabel = "TEXT", description = "why") String note) {
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            agency(ctx.getBean(AgencyCorrections.class).split(agency, alias, as, who(by), note));
        }
        return 0;
    }

    private void agency(Correction c) {
        out().printf("correction %s: %s %s%s -> %s (by %s)%n", c.id(), c.field().slug(), show(c.before()),
                c.field() == Field.SPLIT_ALIAS ? " written " + c.anchorText() : "", show(c.after()), c.by());
    }

    private static String who(String by) {
        return by == null || by.isBlank() ? System.getProperty("user.name") : by.strip();
    }

    @Command(name = "list", description = "List the corrections with where each applies now (anchored, reanchored, orphaned, superseded).")
    int list(@Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})") String format)
            throws JsonProcessingException {
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            CorrectionService service = ctx.getBean(CorrectionService.class);
            switch (format) {
                case "csv" -> out().print(service.exportCsv());
                case "json" -> out().println(JSON.writeValueAsString(service.list().stream().map(CorrectCommand::json).toList()));
                case "table" -> service.list().forEach(l -> out().printf("%s  %-9s %-10s %s  %s -> %s  (%s, %s)%s%n",
                        l.correction().id(), l.status(), l.correction().field().slug(), place(l.correction()),
                        show(l.correction().before()), show(l.correction().after()), l.correction().by(), l.correction().time(),
                        l.appliedPath().isEmpty() || l.appliedPath().equals(l.correction().path()) ? "" : "  now at " + l.appliedPath()));
                default -> throw new IllegalArgumentException("unknown format '" + format + "' (table, csv or json)");
            }
        }
        out().flush();
        return 0;
    }

    @Command(name = "undo", description = "Remove a correction: the field shows the extracted value again.")
    int undo(@Parameters(paramLabel = "ID", description = "the correction's id, as correct list shows it") String id) {
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            Correction c = ctx.getBean(CorrectionService.class).undo(id);
            out().printf("undone %s: %s %s back to %s%n", c.id(), c.path(), c.field().slug(), show(c.before()));
        }
        return 0;
    }

    @Command(name = "export", description = "Write the corrections as Turtle (the corrections graph) or CSV.")
    int export(@Option(names = "--format", description = "ttl or csv (default: from the --out file name, else ttl)") String format,
               @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: standard output)") Path file)
            throws IOException {
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            CorrectionService service = ctx.getBean(CorrectionService.class);
            boolean csv = csv(format, file);
            if (file == null) {
                out().flush();
                OutputStream stdout = System.out;
                write(service, csv, stdout);
                stdout.flush();
            } else {
                try (OutputStream o = Files.newOutputStream(file)) {
                    write(service, csv, o);
                }
            }
        }
        return 0;
    }

    @Command(name = "import", description = "Load corrections from Turtle or CSV (as export writes them) and apply them.")
    int importFrom(@Parameters(paramLabel = "FILE", description = "a .ttl or .csv file") Path file,
                   @Option(names = "--format", description = "ttl or csv (default: from the file name)") String format) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no file " + file);
        }
        try (ConfigurableApplicationContext ctx = Contexts.existing(root); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = ctx.getBean(CorrectionService.class).importFrom(in, csv(format, file));
            out().printf("%d corrections imported from %s%n", n, file);
        }
        return 0;
    }

    private static void write(CorrectionService service, boolean csv, OutputStream o) throws IOException {
        if (csv) {
            o.write(service.exportCsv().getBytes(StandardCharsets.UTF_8));
        } else {
            service.exportTurtle(o);
        }
    }

    private static boolean csv(String format, Path file) {
        String f = format != null ? format : file != null && file.toString().toLowerCase().endsWith(".csv") ? "csv" : "ttl";
        return switch (f) {
            case "csv" -> true;
            case "ttl", "turtle" -> false;
            default -> throw new IllegalArgumentException("unknown format '" + f + "' (ttl or csv)");
        };
    }

    private static Map<String, Object> json(CorrectionService.Listed l) {
        Correction c = l.correction();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("doc", c.doc());
        m.put("path", c.path());
        m.put("task", c.task());
        m.put("field", c.field().slug());
        m.put("before", c.before());
        m.put("after", c.after());
        m.put("by", c.by());
        m.put("time", c.time().toString());
        m.put("note", c.note());
        m.put("status", l.status());
        m.put("appliedPath", l.appliedPath());
        return m;
    }

    private static String show(List<String> values) {
        return values.isEmpty() ? "(none)" : Correction.joined(values);
    }

    /** Where a correction applies: its clause and task, or, for a merge or a split, the agency (named in its values). */
    private static String place(Correction c) {
        return c.field().subject() == Field.Subject.AGENCY ? String.format("%-12s", "agency")
                : String.format("%-12s task %d", c.path(), c.task());
    }

    private static String shortDoc(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
