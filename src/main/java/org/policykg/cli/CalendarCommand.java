package org.policykg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.policykg.calendar.Agency;
import org.policykg.calendar.AgencyCalendars;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code calendar AGENCY [--from DATE] [--to DATE] [--out FILE.ics]}: a body's deadlines as iCalendar. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Write the deadlines of a body's tasks as an iCalendar file (.ics), one event per deadline.")
class CalendarCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AGENCY", description = "the body: its label (湛江市工业和信息化局), id or a part of its label")
    String agency;

    @Option(names = "--from", paramLabel = "DATE", description = "leave out deadlines before this day (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "leave out deadlines after this day (YYYY-MM-DD)")
    LocalDate to;

    @Option(names = "--out", paramLabel = "FILE", description = "the .ics file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
            AgencyCalendars calendars = ctx.getBean(AgencyCalendars.class);
            Agency a = calendars.resolve(agency);
            var calendar = calendars.calendar(a, from, to);
            if (out == null) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                calendar.write(buf);
                spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
                return 0;
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                calendar.write(os);
            }
            spec.commandLine().getOut().println("wrote " + out + " (" + a.label() + ", "
                    + calendar.toICal().getComponents("VEVENT").size() + " events)");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
