package org.policykg.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.policykg.rdf.Iris;
import org.policykg.tables.CorrectedFact;
import org.policykg.tables.TableWords;

/**
 * A body's deadlines as iCalendar: one all-day event per deadline, the task, the body's role and the source
 * clause in its description, a link to the clause, and yearly deadlines (每年12月20日前) as yearly recurrences
 * from their first instance on or after the plan's date (a plan without one: on or after --from, else today).
 * Deadlines without a day ("立即", "6个月内") have no event.
 */
public final class TaskCalendar {

    private final Agency agency;
    private final List<DeadlineEvent> deadlines;
    private final LocalDate from;
    private final LocalDate to;
    /** The fields people corrected, by clause IRI: said in the description of the clause's events. */
    private final Map<String, List<CorrectedFact>> corrections;

    TaskCalendar(Agency agency, List<DeadlineEvent> deadlines, LocalDate from, LocalDate to) {
        this(agency, deadlines, from, to, Map.of());
    }

    private TaskCalendar(Agency agency, List<DeadlineEvent> deadlines, LocalDate from, LocalDate to,
                         Map<String, List<CorrectedFact>> corrections) {
        this.agency = agency;
        this.deadlines = List.copyOf(deadlines);
        this.from = from;
        this.to = to;
        this.corrections = Map.copyOf(corrections);
    }

    /** The same calendar, its events saying which of their facts a person corrected. */
    TaskCalendar withCorrections(Map<String, List<CorrectedFact>> byClause) {
        return new TaskCalendar(agency, deadlines, from, to, byClause);
    }

    /** One day a deadline falls due, for a month view: the task's headline, the body's role and the source clause. */
    public record Due(LocalDate day, String task, String roleLabel, String deadlineText, String doc, String docTitle, String path,
                      String clause) {}

    public Agency agency() {
        return agency;
    }

    /** Every day in [first, last] a deadline falls due, repeats included, by day; plans without a date count from {@code first}. */
    public List<Due> dueBetween(LocalDate first, LocalDate last) {
        List<Due> out = new ArrayList<>();
        for (DeadlineEvent d : deadlines) {
            String task = headline(d.task().isEmpty() ? d.text() : d.task());
            Optional<LocalDate> day = d.next(first, first);
            while (day.isPresent() && !day.get().isAfter(last) && !day.get().isBefore(first)) {
                out.add(new Due(day.get(), task, d.roleLabel(), d.deadlineText(), d.doc(), d.docTitle(), d.path(), d.clause()));
                day = d.repeating() ? d.next(first, day.get().plusDays(1)) : Optional.empty();
            }
        }
        out.sort(Comparator.comparing(Due::day));
        return out;
    }

    /** The nearest day a deadline falls due on or after {@code today}, else the last day one fell due. */
    public Optional<LocalDate> nearest(LocalDate today) {
        Optional<LocalDate> next = deadlines.stream().map(d -> d.next(today, today)).flatMap(Optional::stream)
                .filter(day -> !day.isBefore(today)).min(LocalDate::compareTo);
        return next.isPresent() ? next : deadlines.stream().map(d -> d.day(today)).flatMap(Optional::stream).max(LocalDate::compareTo);
    }

    public Calendar toICal() {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//PolicyKG//Deadlines//ZH"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", agency.label()));
        LocalDate undated = from != null ? from : LocalDate.now();
        Instant stamp = Instant.now();
        for (DeadlineEvent d : deadlines) {
            event(d, undated, stamp).ifPresent(cal::add);
        }
        return cal;
    }

    /** Writes the .ics (UTF-8, CRLF lines, folded at 75 octets); the stream stays open. */
    public void write(OutputStream out) throws IOException {
        StringWriter w = new StringWriter();
        new CalendarOutputter().output(toICal(), w);
        out.write(w.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private Optional<VEvent> event(DeadlineEvent d, LocalDate undated, Instant stamp) {
        Optional<LocalDate> day = d.day(undated);
        if (day.isEmpty() || to != null && day.get().isAfter(to) || from != null && !d.repeating() && day.get().isBefore(from)) {
            return Optional.empty();
        }
        String task = d.task().isEmpty() ? d.text() : d.task();
        VEvent e = new VEvent(day.get(), headline(task) + "（" + d.deadlineText() + "）");
        e.replace(new DtStamp(stamp));
        e.add(new Uid(Iris.hash(agency.iri() + "|" + d.deadline()).substring(0, 24) + "@policykg"));
        e.add(new Description(description(d, task)));
        e.add(new Url(URI.create(d.clause())));
        d.recurrence(day.get()).ifPresent(rule -> e.add(new RRule<>(new Recur<LocalDate>(rule))));
        return Optional.of(e);
    }

    /** A calendar line shows about 30 characters; a task that is a whole paragraph is cut there. */
    private static String headline(String task) {
        int limit = 30;
        return task.codePointCount(0, task.length()) <= limit ? task
                : task.substring(0, task.offsetByCodePoints(0, limit)) + "…";
    }

    private String description(DeadlineEvent d, String task) {
        TableWords words = TableWords.standard();
        return words.get("column.task") + "：" + task + "\n"
                + d.roleLabel() + "：" + agency.label() + "\n"
                + words.get("column.deadline") + "：" + d.deadlineText() + "\n"
                + words.get("column.basis") + "：" + d.basis() + "\n"
                + corrections.getOrDefault(d.clause(), List.of()).stream().map(c -> c.comment(words) + "\n").collect(Collectors.joining())
                + "\n" + d.plainText();
    }
}
