package org.policykg.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.policykg.CorpusGraph;

/** A body's deadlines written as .ics and read back with ical4j's parser, as a calendar program would import them. */
class AgencyCalendarsTest {

    private final AgencyCalendars calendars = new AgencyCalendars(CorpusGraph.catalog(), CorpusGraph.runner());

    @Test
    void shouldImportOneEventPerDatedDeadlineWithTaskAndClause() throws Exception {
        Calendar cal = roundTrip(calendars.resolve("湛江市工业和信息化局"), null, null);

        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(e -> value(e, Property.UID)).doesNotHaveDuplicates();
        VEvent report = events.stream().filter(e -> value(e, Property.DTSTART).equals("20220105")).findFirst().orElseThrow();
        assertThat(value(report, Property.DESCRIPTION)).contains("主要任务：", "依据：《湛江市2021年推动落后产能退出工作方案》 四/（三）/¶2");
        assertThat(value(report, Property.URL)).startsWith("https://w3id.org/policykg/id/doc/");
        assertThat(cal.validate().hasErrors()).isFalse();
    }

    @Test
    void shouldMakeYearlyDeadlinesRecurEveryYear() throws Exception {
        Calendar cal = roundTrip(calendars.resolve("经济和信息化主管部门"), LocalDate.of(2030, 1, 1), null);

        VEvent yearly = cal.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> value(e, Property.SUMMARY).contains("每年12月20日前")).findFirst().orElseThrow();
        assertThat(value(yearly, Property.RRULE)).isEqualTo("FREQ=YEARLY");
        assertThat(value(yearly, Property.DTSTART)).isEqualTo("20301220");
        assertThat(value(yearly, Property.DESCRIPTION)).contains("报送当年落后产能退出企业情况", "表1/22");
    }

    @Test
    void shouldLeaveOutDeadlinesOutsideTheRange() throws Exception {
        Agency zhanjiang = calendars.resolve("湛江市工业和信息化局");

        Calendar all = roundTrip(zhanjiang, null, null);
        Calendar some = roundTrip(zhanjiang, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

        assertThat(some.getComponents("VEVENT")).hasSizeLessThan(all.getComponents("VEVENT").size());
        assertThat(some.<VEvent>getComponents("VEVENT")).allMatch(e -> value(e, Property.DTSTART).startsWith("2022"));
    }

    @Test
    void shouldListEachDayAYearlyDeadlineFallsDueInAMonthView() {
        TaskCalendar cal = calendars.calendar(calendars.resolve("经济和信息化主管部门"), null, null);

        List<TaskCalendar.Due> december = cal.dueBetween(LocalDate.of(2031, 12, 1), LocalDate.of(2031, 12, 31));
        assertThat(december).anySatisfy(d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(2031, 12, 20));
            assertThat(d.deadlineText()).contains("每年12月20日前");
            assertThat(d.doc()).startsWith("https://w3id.org/policykg/id/doc/");
        });
        assertThat(december).extracting(TaskCalendar.Due::day).isSorted()
                .allSatisfy(day -> assertThat(day).isBetween(LocalDate.of(2031, 12, 1), LocalDate.of(2031, 12, 31)));
    }

    @Test
    void shouldOpenOnTheNearestDeadlineElseTheLastOne() {
        TaskCalendar cal = calendars.calendar(calendars.resolve("湛江市工业和信息化局"), null, null);

        assertThat(cal.nearest(LocalDate.of(2021, 12, 1))).contains(LocalDate.of(2022, 1, 5));
        assertThat(cal.nearest(LocalDate.of(2030, 1, 1))).contains(LocalDate.of(2022, 1, 5));
        assertThat(cal.dueBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31))).extracting(TaskCalendar.Due::day)
                .contains(LocalDate.of(2022, 1, 5));
    }

    @Test
    void shouldResolveABodyByIdAndRefuseAnAmbiguousName() {
        Agency a = calendars.resolve("湛江市工业和信息化局");

        assertThat(calendars.resolve(a.id())).isEqualTo(a);
        assertThatThrownBy(() -> calendars.resolve("局")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matches");
    }

    private Calendar roundTrip(Agency agency, LocalDate from, LocalDate to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        calendars.calendar(agency, from, to).write(out);
        return new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElse("");
    }
}
